"""Text-dump benchmark: every page of scrapinghub and wcxb-dev rendered to text, then extracted.

No peer extractor reads plain text, so the baselines are what one could do without thresher:

- ``whole``: the whole dump as the body (and no title, authors or date);
- ``trafilatura`` and ``justext``: the dump wrapped one html-escaped ``<p>`` per line inside
  ``<html><body>`` (trafilatura with its defaults, jusText with the English stoplist).

``thresher`` is ``thresher.extract(dump)`` with no URL (a dump has none).

Pages are split for tuning: the *dev* part is wcxb-dev pages with odd file ids and scrapinghub pages
at even (0-based) positions in sorted id order; the *held-out* part is the rest. Figures are reported
for dev, held-out and all pages, so overfitting to dev shows.

    python -m benchmarks.textdump_run [--datasets scrapinghub,wcxb-dev] [--renderers w3m,inscriptis,html2text]
                                      [--systems thresher,whole,trafilatura,justext] [--limit N]
                                      [--out benchmarks/results] [--jobs 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .datasets import SCRAPINGHUB, WCXB, Record, load
from .dumps import CACHE_ROOT, RENDERERS, dump
from .metrics import (
    authors_match,
    date_match,
    macro_average,
    shingle_scores,
    shingle_tp_fp_fn,
    title_match,
    word_prf,
)

DATASETS = (SCRAPINGHUB, WCXB)
SYSTEMS = ("thresher", "whole", "trafilatura", "justext")
PARTS = ("dev", "held", "all")
FIELDS = ("title", "authors", "date")


@dataclass(frozen=True, slots=True)
class Prediction:
    """What one system said about one dump."""

    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page, one renderer, one system: its scores, ready to aggregate."""

    dataset: str
    id: str
    renderer: str
    system: str
    part: str
    page_type: str | None
    body: tuple[float, ...]  # scrapinghub: (tp, fp, fn); wcxb: (precision, recall, f1)
    fields: Mapping[str, bool]  # metadata field -> right (only fields annotated on the page)


# --- systems -----------------------------------------------------------------------------------


def _thresher(text: str) -> Prediction:
    import thresher

    article = thresher.extract(text)
    date = article.date.isoformat()[:10] if article.date is not None else None
    return Prediction(article.body or "", article.title, tuple(article.authors), date)


def _whole(text: str) -> Prediction:
    return Prediction(text)


def wrap_lines(text: str) -> str:
    """The dump as HTML, one escaped ``<p>`` per non-blank line, for HTML-only extractors."""
    paragraphs = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def _trafilatura(text: str) -> Prediction:
    import trafilatura

    return Prediction(trafilatura.extract(wrap_lines(text)) or "") if text.strip() else Prediction("")


def _justext(text: str) -> Prediction:
    import justext

    if not text.strip():
        return Prediction("")
    paragraphs = justext.justext(wrap_lines(text).encode("utf-8"), justext.get_stoplist("English"))
    return Prediction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


SYSTEM_FUNCTIONS: Mapping[str, Callable[[str], Prediction]] = MappingProxyType(
    {
        "thresher": _thresher,
        "whole": _whole,
        "trafilatura": _trafilatura,
        "justext": _justext,
    }
)


def predict(system: str, renderer: str, record: Record, text: str) -> Prediction:
    """A system's prediction; the baselines' are cached beside the renders (they never change)."""
    if system == "thresher":
        return _thresher(text)
    path = CACHE_ROOT / "predictions" / system / renderer / record.dataset / f"{record.id}.json"
    if path.exists():
        return Prediction(**json.loads(path.read_text(encoding="utf-8")))
    prediction = SYSTEM_FUNCTIONS[system](text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(prediction)), encoding="utf-8")
    return prediction


# --- pages -------------------------------------------------------------------------------------


def part_of(record: Record, position: int) -> str:
    """``dev`` or ``held``: wcxb odd file ids and scrapinghub even sorted positions are dev."""
    if record.dataset == WCXB:
        return "dev" if int(record.id) % 2 == 1 else "held"
    return "dev" if position % 2 == 0 else "held"


def score_page(record: Record, prediction: Prediction) -> tuple[tuple[float, ...], dict[str, bool]]:
    """Body score with the dataset's own metric, and right/wrong per annotated metadata field."""
    if record.dataset == SCRAPINGHUB:
        body: tuple[float, ...] = shingle_tp_fp_fn(record.body, prediction.body)
    else:
        body = tuple(word_prf(prediction.body, record.body))
    checks = {
        "title": title_match(prediction.title, record.title),
        "authors": authors_match(prediction.authors, record.authors),
        "date": date_match(prediction.date, record.date),
    }
    return body, {k: v for k, v in checks.items() if k in record.annotated}


def run_page(
    task: tuple[Record, int, Sequence[str], Sequence[str]], text_of: Callable[[str, Record], str] = dump
) -> tuple[list[PageResult], list[dict[str, Any]]]:
    """Every renderer and system on one page (one unit of work for the process pool).

    ``text_of(renderer, record)`` is the dump: cached here, rendered afresh by the test suite's gate.
    """
    record, position, renderers, systems = task
    results, predictions = [], []
    for renderer in renderers:
        text = text_of(renderer, record)
        for system in systems:
            prediction = predict(system, renderer, record, text)
            body, fields = score_page(record, prediction)
            results.append(
                PageResult(
                    record.dataset,
                    record.id,
                    renderer,
                    system,
                    part_of(record, position),
                    record.page_type,
                    body,
                    fields,
                )
            )
            if system == "thresher":
                predictions.append(
                    {
                        "dataset": record.dataset,
                        "id": record.id,
                        "renderer": renderer,
                        **asdict(prediction),
                        "body_score": body,
                        "fields": fields,
                    }
                )
    return results, predictions


def tasks(
    datasets: Iterable[str], renderers: Sequence[str], systems: Sequence[str], limit: int | None, part: str
) -> Iterable[tuple[Record, int, Sequence[str], Sequence[str]]]:
    for name in datasets:
        for position, record in enumerate(load(name, limit=limit)):
            if part == "all" or part_of(record, position) == part:
                yield record, position, renderers, systems


# --- aggregation -------------------------------------------------------------------------------


def aggregate(results: Sequence[PageResult]) -> dict[str, Any]:
    """Nested figures: renderer -> system -> part -> {scrapinghub_f1, wcxb_f1, per type, fields}."""
    groups: dict[tuple[str, str, str], list[PageResult]] = defaultdict(list)
    for r in results:
        for part in (r.part, "all"):
            groups[(r.renderer, r.system, part)].append(r)
    out: dict[str, Any] = {}
    for (renderer, system, part), pages in sorted(groups.items()):
        out.setdefault(renderer, {}).setdefault(system, {})[part] = _figures(pages)
    return out


def _figures(pages: Sequence[PageResult]) -> dict[str, Any]:
    shub = [p.body for p in pages if p.dataset == SCRAPINGHUB]
    wcxb = [p for p in pages if p.dataset == WCXB]
    figures: dict[str, Any] = {"pages": {SCRAPINGHUB: len(shub), WCXB: len(wcxb)}}
    if shub:
        figures["scrapinghub_f1"] = round(shingle_scores(shub).f1, 4)  # type: ignore[arg-type]
    if wcxb:
        figures["wcxb_f1"] = round(_wcxb_f1(wcxb), 4)
        by_type: dict[str, list[PageResult]] = defaultdict(list)
        for p in wcxb:
            by_type[p.page_type or "?"].append(p)
        figures["wcxb_f1_by_type"] = {t: round(_wcxb_f1(ps), 4) for t, ps in sorted(by_type.items())}
        for field in FIELDS:
            marks = [p.fields[field] for p in wcxb if field in p.fields]
            if marks:
                figures[field] = round(sum(marks) / len(marks), 4)
    return figures


def _wcxb_f1(pages: Sequence[PageResult]) -> float:
    from .metrics import PRF

    return macro_average([PRF(*p.body) for p in pages]).f1


# --- report ------------------------------------------------------------------------------------


def markdown(figures: Mapping[str, Any], command: str, when: str) -> str:
    """One table per part, one row per renderer and system."""
    lines = [
        f"# Text-dump benchmark — {when}",
        "",
        f"Command: `{command}`",
        "",
        "Body: scrapinghub 4-gram shingle F1 (macro P/R), wcxb-dev word F1 (macro). "
        "Title / authors / date: accuracy on wcxb-dev (absence counts as right when the page has none).",
        "Parts: dev = wcxb odd ids + scrapinghub even sorted positions; held = the rest.",
        "",
    ]
    for part in PARTS:
        lines += [
            f"## {part}",
            "",
            "| renderer | system | scrapinghub F1 | wcxb F1 | title | authors | date |",
            "|---|---|---|---|---|---|---|",
        ]
        for renderer, systems in figures.items():
            for system, parts in systems.items():
                f = parts.get(part, {})
                cells = [_cell(f.get(k)) for k in ("scrapinghub_f1", "wcxb_f1", *FIELDS)]
                lines.append(f"| {renderer} | {system} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## wcxb-dev word F1 by page type (all pages)", ""]
    types = sorted(
        {
            t
            for systems in figures.values()
            for parts in systems.values()
            for t in parts.get("all", {}).get("wcxb_f1_by_type", {})
        }
    )
    if types:
        lines += ["| renderer | system | " + " | ".join(types) + " |", "|---|---|" + "---|" * len(types)]
        for renderer, systems in figures.items():
            for system, parts in systems.items():
                by_type = parts.get("all", {}).get("wcxb_f1_by_type", {})
                lines.append(f"| {renderer} | {system} | " + " | ".join(_cell(by_type.get(t)) for t in types) + " |")
    return "\n".join(lines) + "\n"


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.textdump_run", description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument("--renderers", default=",".join(RENDERERS))
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--part", choices=PARTS, default="all", help="score only this part (for tuning: dev)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each dataset")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--tag", default="", help="suffix for the output file names")
    args = parser.parse_args(argv)
    renderers, systems = args.renderers.split(","), args.systems.split(",")
    work = list(tasks(args.datasets.split(","), renderers, systems, args.limit, args.part))
    results: list[PageResult] = []
    predictions: list[dict[str, Any]] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for page_results, page_predictions in pool.map(run_page, work, chunksize=8):
            results += page_results
            predictions += page_predictions
    figures = aggregate(results)
    command = "python -m benchmarks.textdump_run " + " ".join(argv if argv is not None else sys.argv[1:])
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    args.out.mkdir(parents=True, exist_ok=True)
    stem = "textdump_results" + (f"_{args.tag}" if args.tag else "")
    (args.out / f"{stem}.json").write_text(
        json.dumps({"date": when, "command": command, "figures": figures}, indent=1), encoding="utf-8"
    )
    (args.out / f"{stem}.md").write_text(markdown(figures, command, when), encoding="utf-8")
    (args.out / "cache").mkdir(exist_ok=True)
    with (args.out / "cache" / f"{stem}_predictions.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(p, default=str) + "\n" for p in predictions)
    print(markdown(figures, command, when))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
