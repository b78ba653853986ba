"""The accuracy gate: the default chain on the shared benchmark data must not fall below the
floors pinned in ``quality_floors.json`` (set just under measured figures; never lowered silently).

Skips with the reason when ``../shared/datasets`` (or ``THRESHER_DATA``) is absent.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from benchmarks import metrics
from benchmarks.datasets import SCRAPINGHUB, WCXB, data_root, load

import thresher

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text())
DATA = data_root()
pytestmark = pytest.mark.skipif(
    not (DATA / SCRAPINGHUB).is_dir() or not (DATA / WCXB).is_dir(),
    reason=f"benchmark datasets not found at {DATA} (set THRESHER_DATA to run the quality gate)",
)
# The wcxb-dev sample: every WCXB_STRIDE-th page in file order, fixed so runs compare.
WCXB_STRIDE = FLOORS["wcxb-dev-sample"]["stride"]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()[:10]


def test_scrapinghub_body_shingle_f1():
    pages = [metrics.shingle_tp_fp_fn(r.body, thresher.extract(r.html, url=r.url).body) for r in load(SCRAPINGHUB)]
    assert len(pages) == FLOORS["scrapinghub"]["pages"]
    f1 = metrics.shingle_scores(pages).f1
    assert f1 >= FLOORS["scrapinghub"]["body_f1"], f"scrapinghub shingle F1 fell to {f1:.4f}"


def test_wcxb_sample_body_and_metadata():
    floors = FLOORS["wcxb-dev-sample"]
    scores, right = [], {"title": [], "authors": [], "date": []}
    for index, record in enumerate(load(WCXB)):
        if index % WCXB_STRIDE:
            continue
        article = thresher.extract(record.html, url=record.url)
        scores.append(metrics.word_prf(article.body, record.body))
        right["title"].append(metrics.title_match(article.title, record.title))
        right["authors"].append(metrics.authors_match(article.authors, record.authors))
        right["date"].append(metrics.date_match(_iso(article.date), record.date))
    assert len(scores) == floors["pages"]
    measured = {"body_f1": metrics.macro_average(scores).f1} | {k: sum(v) / len(v) for k, v in right.items()}
    fallen = {k: round(v, 4) for k, v in measured.items() if v < floors[k]}
    assert not fallen, f"below the floor: {fallen} (floors {floors})"
