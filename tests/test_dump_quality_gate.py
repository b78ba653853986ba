"""The text-dump accuracy gate: ``thresher.extract(dump)`` on a fixed sample of the shared benchmark pages,
rendered afresh by the two pure-Python renderers (inscriptis, html2text; w3m is a system package), must not
fall below the floors pinned under ``dumps`` in ``quality_floors.json`` (set just under measured figures;
never lowered silently).

The pages are rendered, extracted and scored by the dump benchmark's own code
(``benchmarks.textdump_run.run_page`` and ``aggregate``), only without its render cache, so the figures
are those of ``python -m benchmarks.textdump_run --renderers inscriptis,html2text --systems thresher``
restricted to the sample.

Skips with the reason when ``../shared/datasets`` (or ``THRESHER_DATA``) is absent, or when a renderer
is not installed (both are in the ``test`` extra).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.datasets import SCRAPINGHUB, WCXB, Record, data_root, load
from benchmarks.dumps import render
from benchmarks.textdump_run import aggregate, run_page

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text())["dumps"]
DATA = data_root()
pytestmark = pytest.mark.skipif(
    not (DATA / SCRAPINGHUB).is_dir() or not (DATA / WCXB).is_dir(),
    reason=f"benchmark datasets not found at {DATA} (set THRESHER_DATA to run the dump quality gate)",
)
# The renderer names are also the names of the modules they import.
RENDERERS = ("inscriptis", "html2text")


@pytest.fixture(scope="module")
def sample() -> list[tuple[Record, int]]:
    """Every ``stride``-th page of each dataset in load order, with its position (the benchmark's dev/held split)."""
    return [
        (record, position)
        for dataset in (SCRAPINGHUB, WCXB)
        for position, record in enumerate(load(dataset))
        if position % FLOORS["stride"][dataset] == 0
    ]


def figures(renderer: str, sample: list[tuple[Record, int]]) -> dict:
    """The dump benchmark's figures for thresher on the sample, every dump rendered afresh."""
    results = [r for task in sample for r in run_page((*task, [renderer], ["thresher"]), text_of=render)[0]]
    return aggregate(results)[renderer]["thresher"]["all"]


@pytest.mark.parametrize("renderer", RENDERERS)
def test_dump_body_and_metadata(renderer: str, sample: list[tuple[Record, int]]):
    pytest.importorskip(renderer, reason=f"{renderer} is not installed (pip install -e '.[test]')")
    floors = FLOORS[renderer]
    measured = figures(renderer, sample)
    assert measured["pages"] == FLOORS["pages"]
    fallen = {k: measured[k] for k in floors if measured[k] < floors[k]}
    assert not fallen, f"{renderer} dumps below the floor: {fallen} (floors {floors})"
