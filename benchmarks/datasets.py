"""Loaders for the three read-only benchmark sets.

Each loader yields `Record`s in a fixed order so that runs are comparable and
`--limit N` always picks the same pages. Pages are gunzipped here (outside any
timing); ground truth is normalised into one shape so that run.py and metrics.py
need no per-dataset branches beyond choosing the body metric.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

SCRAPINGHUB = "scrapinghub"
WCXB = "wcxb-dev"
TRAFILATURA_EVAL = "trafilatura-eval"


@dataclass(frozen=True)
class Record:
    """One page with its ground truth.

    `annotated` names the metadata fields ("title", "authors", "date") that have
    ground truth on this page; a field not in it is skipped when scoring. Inside
    it, None / empty means "the page has none".
    """

    dataset: str
    id: str
    html: bytes
    url: str | None
    page_type: str | None = None
    body: str = ""
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    annotated: frozenset[str] = frozenset()


def data_root() -> Path:
    """THRESHER_DATA if set, else `<repo>/../shared/datasets`."""
    env = os.environ.get("THRESHER_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "datasets"


def _read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()


def _none_if_empty(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _as_names(value: object) -> tuple[str, ...]:
    """Author ground truth is a string or (in a few trafilatura-eval pages) a list."""
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v.strip())
    return ()


def iter_scrapinghub(root: Path) -> Iterator[Record]:
    """scrapinghub/ground-truth.json: {id: {articleBody, url}}; body only."""
    folder = root / SCRAPINGHUB
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        item = truth[page_id]
        yield Record(
            dataset=SCRAPINGHUB,
            id=page_id,
            html=_read_gz(folder / "html" / f"{page_id}.html.gz"),
            url=item.get("url") or None,
            body=item.get("articleBody") or "",
        )


def wcxb_page_type(data: dict) -> str:
    """Page type as WCXB's evaluate.py reads it ("category" is renamed "collection")."""
    internal = data.get("_internal") or {}
    page_type = internal.get("page_type", {})
    if isinstance(page_type, dict):
        name = page_type.get("primary", "article")
    elif isinstance(page_type, str):
        name = page_type
    else:
        name = "article"
    return "collection" if name == "category" else name


def iter_wcxb(root: Path) -> Iterator[Record]:
    """wcxb-dev/ground-truth/<id>.json; null/empty title, author or date = page has none."""
    folder = root / WCXB
    for path in sorted((folder / "ground-truth").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        truth = data.get("ground_truth") or {}
        yield Record(
            dataset=WCXB,
            id=path.stem,
            html=_read_gz(folder / "html" / f"{path.stem}.html.gz"),
            url=data.get("url") or None,
            page_type=wcxb_page_type(data),
            body=truth.get("main_content") or "",
            with_snippets=tuple(truth.get("with") or ()),
            without_snippets=tuple(truth.get("without") or ()),
            title=_none_if_empty(truth.get("title")),
            authors=_as_names(truth.get("author")),
            date=_none_if_empty(truth.get("publish_date")),
            annotated=frozenset({"title", "authors", "date"}),
        )


_TE_FIELDS = {"title": "title", "author": "authors", "date": "date"}


def iter_trafilatura_eval(root: Path) -> Iterator[Record]:
    """trafilatura-eval/evaldata.json: {url: {file, with, without, title?, author?, date?}}.

    A missing metadata key means "not annotated"; an empty string means "none".
    """
    folder = root / TRAFILATURA_EVAL
    evaldata = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(evaldata):
        item = evaldata[url]
        yield Record(
            dataset=TRAFILATURA_EVAL,
            id=item["file"],
            html=_read_gz(folder / "html" / f"{item['file']}.gz"),
            url=url,
            with_snippets=tuple(item["with"]),
            without_snippets=tuple(item["without"]),
            title=_none_if_empty(item.get("title")),
            authors=_as_names(item.get("author")),
            date=_none_if_empty(item.get("date")),
            annotated=frozenset(v for k, v in _TE_FIELDS.items() if k in item),
        )


LOADERS: dict[str, Callable[[Path], Iterator[Record]]] = {
    SCRAPINGHUB: iter_scrapinghub,
    WCXB: iter_wcxb,
    TRAFILATURA_EVAL: iter_trafilatura_eval,
}


def count_pages(name: str, root: Path) -> int:
    """Number of pages without reading any HTML (for progress bars)."""
    folder = root / name
    if name == SCRAPINGHUB:
        return len(json.loads((folder / "ground-truth.json").read_text(encoding="utf-8")))
    if name == WCXB:
        return sum(1 for _ in (folder / "ground-truth").glob("*.json"))
    return len(json.loads((folder / "evaldata.json").read_text(encoding="utf-8")))


def load(name: str, root: Path | None = None, limit: int | None = None) -> Iterator[Record]:
    """Yield up to `limit` records of dataset `name` (all if limit is None)."""
    records = LOADERS[name](root or data_root())
    for index, record in enumerate(records):
        if limit is not None and index >= limit:
            return
        yield record
