"""Fit thresher's confidence model and measure its calibration on folds not used for fitting.

    python -m benchmarks.fit_confidence [--limit N] [--folds 5] [--dumps w3m,inscriptis,html2text] [--cache DIR]

1. Run the default chain with every extractor (precise) on the development sets. Every state the
   cascade can stop in is a prefix of that run: the cheap candidates (what ``fast`` sees), then
   the cheap ones plus each costly extractor in chain order, up to all of them (``precise``).
   The text dumps of scrapinghub and wcxb-dev (``benchmarks.dumps``; w3m must be installed, see
   TEXTDUMP.md) add one state per renderer, ``dump:<renderer>``, so dumps are calibrated too.
2. For each page, state and field, record the merge's evidence and whether the value is right:
   title, authors and date exactly (the benchmark's comparisons; absent = right when the truth
   has none), the body when its word F1 against the truth is at least 0.8.
3. Fit one logistic model per field and per present/absent on K-1 folds, predict the held-out
   fold: ECE (10 bins), Brier and AUROC come from these out-of-fold predictions only. Folds are
   by page, so every state of a page falls in the same fold. Indicator features (a rule, an
   extractor) enter a fit only when at least ``MIN_FEATURE_ROWS`` of its rows carry them.
4. Fit on everything and write ``src/thresher/data/confidence.json``; write the measures to
   ``benchmarks/results/calibration.json`` and the reliability diagram to ``reliability.png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import thresher
from benchmarks import calibration, dumps, metrics
from benchmarks.datasets import SCRAPINGHUB, TRAFILATURA_EVAL, WCXB, Record, load
from thresher.article import FieldName
from thresher.candidate import Candidate
from thresher.chain import CASCADE_FIELDS
from thresher.extractor import Cost
from thresher.merge import field_choices
from thresher.page import Page

FIELDS = (FieldName.TITLE, FieldName.AUTHORS, FieldName.DATE, FieldName.BODY)
# An indicator seen on fewer rows than this is left out of a fit: too rare to weigh reliably.
MIN_FEATURE_ROWS = 20
BODY_RIGHT_F1 = 0.8  # the definition of a right body
DEFAULT_DATASETS = (WCXB, SCRAPINGHUB, TRAFILATURA_EVAL)
# The cascade's possible stops in the default chain's order, and the bars its table tries.
STATE_ORDER = ("cheap", "+trafilatura", "+readability")
CASCADE_THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
DUMPED_DATASETS = (WCXB, SCRAPINGHUB)  # the text-dump benchmark's sets (benchmarks/textdump_run.py)
REPO = Path(__file__).resolve().parents[1]
MODEL_PATH = REPO / "src" / "thresher" / "data" / "confidence.json"


@dataclass(frozen=True)
class Row:
    """One field of one page in one chain state: its features and whether it was right."""

    page: int
    dataset: str
    field: FieldName
    present: bool
    state: str
    features: dict[str, float]
    right: bool
    score: float  # the body's word F1 (1.0 or 0.0 for the other fields)


def chain_states(chain: thresher.Chain, candidates: Sequence[Candidate]) -> Iterator[tuple[str, tuple[Candidate, ...]]]:
    """The cascade's possible stopping points: cheap candidates, then one costly extractor more at a time."""
    cheap = {e.name for e in chain.extractors if e.cost is Cost.CHEAP}
    state = tuple(c for c in candidates if c.extractor in cheap)
    yield "cheap", state
    for candidate in candidates:
        if candidate.extractor not in cheap:
            state += (candidate,)
            yield f"+{candidate.extractor}", state


def rows_for(record: Record, index: int, chain: thresher.Chain, candidates: Sequence[Candidate]) -> Iterator[Row]:
    page_format = str(Page.load(record.html, url=record.url).format)
    for state_name, state in chain_states(chain, candidates):
        choices = field_choices(state, format=page_format, url=record.url)
        for field in FIELDS:
            outcome = _outcome(record, field, choices[field].value)
            if outcome is not None:
                evidence = choices[field].evidence
                yield Row(index, record.dataset, field, evidence.present, state_name, evidence.features(), *outcome)


def _outcome(record: Record, field: FieldName, value: object) -> tuple[bool, float] | None:
    """Whether the value is right and its score, or None when this page has no truth for the field."""
    if field is FieldName.BODY:
        if record.dataset == TRAFILATURA_EVAL:
            return None
        body = "\n\n".join(s.text for s in value or ())
        f1 = metrics.word_prf(body, record.body).f1
        return f1 >= BODY_RIGHT_F1, f1
    if str(field) not in record.annotated:
        return None
    if field is FieldName.TITLE:
        right = metrics.title_match(value, record.title)
    elif field is FieldName.AUTHORS:
        right = metrics.authors_match(value or (), record.authors)
    else:
        right = metrics.date_match(value.date() if isinstance(value, dt.datetime) else value, record.date)
    return right, float(right)


def precise_candidates(record: Record, chain: thresher.Chain) -> tuple[Candidate, ...]:
    page = Page.load(record.html, url=record.url)
    return chain.run_with_candidates(page, mode="precise")[1]


def collect(datasets: Sequence[str], limit: int | None, cache: Path | None) -> list[Row]:
    """Rows for every page; with ``cache``, candidates are read from (or written to) a pickle there."""
    chain = thresher.Chain()
    rows: list[Row] = []
    for name in datasets:
        cached = _read_cache(cache, name, limit)
        fresh: dict[str, tuple[Candidate, ...]] = {}
        for record in load(name, limit=limit):
            try:
                candidates = cached[record.id] if record.id in cached else precise_candidates(record, chain)
                fresh[record.id] = candidates
                rows.extend(rows_for(record, page_number(record), chain, candidates))
            except thresher.ThresherError as exc:
                print(f"skip {record.id}: {exc}", file=sys.stderr)
        if cache is not None and not cached:
            cache.mkdir(parents=True, exist_ok=True)
            _cache_path(cache, name, limit).write_bytes(pickle.dumps(fresh))
        print(f"{name}: {len(fresh)} pages", file=sys.stderr)
    return rows


def collect_dumps(datasets: Sequence[str], renderers: Sequence[str], limit: int | None) -> list[Row]:
    """Rows for the text dumps of the pages (rendered and cached by ``benchmarks.dumps``), one state per renderer."""
    chain = thresher.Chain()
    rows: list[Row] = []
    for name in (d for d in datasets if d in DUMPED_DATASETS):
        for record in load(name, limit=limit):
            for renderer in renderers:
                page = Page.load(dumps.dump(renderer, record))
                _, candidates = chain.run_with_candidates(page, mode="precise")
                choices = field_choices(candidates, format=str(page.format))
                for field in FIELDS:
                    outcome = _outcome(record, field, choices[field].value)
                    if outcome is not None:
                        evidence = choices[field].evidence
                        rows.append(Row(page_number(record), record.dataset, field, evidence.present,
                                        f"dump:{renderer}", evidence.features(), *outcome))
        print(f"{name} dumps done", file=sys.stderr)
    return rows


def page_number(record: Record) -> int:
    """A stable number per page, so a page's HTML and its dumps fall in the same fold."""
    return zlib.crc32(f"{record.dataset}/{record.id}".encode())


def _cache_path(cache: Path, dataset: str, limit: int | None) -> Path:
    return cache / f"candidates_{dataset}_{limit or 'all'}.pickle"


def _read_cache(cache: Path | None, dataset: str, limit: int | None) -> dict[str, tuple[Candidate, ...]]:
    if cache is None or not _cache_path(cache, dataset, limit).exists():
        return {}
    return pickle.loads(_cache_path(cache, dataset, limit).read_bytes())


def _vocabulary(rows: Sequence[Row]) -> tuple[str, ...]:
    """Numeric features always; an indicator only when enough rows carry it."""
    counts: Counter[str] = Counter(name for row in rows for name, value in row.features.items() if value)
    names = {name for row in rows for name in row.features if ":" not in name}
    names |= {name for name, n in counts.items() if ":" in name and n >= MIN_FEATURE_ROWS}
    return tuple(sorted(names))


def _matrix(rows: Sequence[Row], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[row.features.get(n, 0.0) for n in names] for row in rows], dtype=float)
    x = x.reshape(len(rows), len(names))
    return x, np.array([row.right for row in rows], dtype=float)


def _fit(rows: Sequence[Row]) -> tuple[calibration.Fit, tuple[str, ...]]:
    names = _vocabulary(rows)
    x, y = _matrix(rows, names)
    return calibration.fit_logistic(x, y, names), names


def groups(rows: Sequence[Row]) -> dict[str, list[Row]]:
    """The rows each table of the model is fitted on, by field, then ``present:html`` and the like: a
    value found or not, in HTML or in text. Fitted apart, text dumps' bodies were calibrated better
    (out of fold, ECE of w3m dump bodies 0.055 -> 0.028) and dates ranked better (AUROC 0.795 -> 0.801)."""
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        kind = "html" if row.features.get("html") else "text"
        out[f"{row.field}/{'present' if row.present else 'absent'}:{kind}"].append(row)
    return out


def cross_validate(rows: Sequence[Row], folds: int) -> list[tuple[Row, float]]:
    """Each row with its out-of-fold probability; folds by page, so a page's states share one."""
    out: list[tuple[Row, float]] = []
    for group in groups(rows).values():
        for fold in range(folds):
            train = [r for r in group if r.page % folds != fold]
            test = [r for r in group if r.page % folds == fold]
            if not test:
                continue
            fit, names = _fit(train)
            x, _ = _matrix(test, names)
            out.extend(zip(test, fit.predict(x, names), strict=True))
    return out


def fit_all(rows: Sequence[Row]) -> dict[str, dict[str, dict[str, float]]]:
    model: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for name, group in sorted(groups(rows).items()):
        field, table = name.split("/")
        fit, _ = _fit(group)
        model[field][table] = {"bias": round(fit.bias, 5)} | {
            feature: round(weight, 5) for feature, weight in fit.weights.items()}
    return dict(model)


def measures(oof: Sequence[tuple[Row, float]], state: str | None = None) -> dict[str, dict[str, float]]:
    """Calibration per field over every state, or over one state (``cheap``, ``+trafilatura``, ...)."""
    results = {}
    for field in FIELDS:
        chosen = [(p, row.right) for row, p in oof if row.field is field and state in (None, row.state)]
        if not chosen:
            continue
        p, y = np.array([c[0] for c in chosen]), np.array([c[1] for c in chosen], dtype=float)
        results[str(field)] = {
            "n": len(y),
            "accuracy": float(y.mean()),
            "ece": calibration.expected_calibration_error(p, y),
            "brier": calibration.brier(p, y),
            "auroc": calibration.auroc(p, y),
            "bins": calibration.reliability_bins(p, y),
        }
    return results


def cascade_table(oof: Sequence[tuple[Row, float]], thresholds: Sequence[float] = CASCADE_THRESHOLDS
                  ) -> list[dict[str, Any]]:
    """What the cascade would do at each bar, on out-of-fold confidences of HTML pages with a body truth.

    The cascade stops at the first state whose confidences in ``CASCADE_FIELDS`` reach the bar (a
    field without truth on a page is not scored there, so it does not vote either); the table gives,
    per dataset, the share of pages stopping at each state and the mean body word F1 at the stop,
    next to ``precise`` (the last state), so the bar can be chosen for speed at no cost in accuracy.
    """
    pages: dict[tuple[str, int], dict[str, dict[FieldName, tuple[float, float]]]] = defaultdict(
        lambda: defaultdict(dict))
    for row, p in oof:
        if not row.state.startswith("dump:") and row.field in CASCADE_FIELDS:
            pages[row.dataset, row.page][row.state][row.field] = (p, row.score)
    order = [s for s in STATE_ORDER if any(s in states for states in pages.values())]
    table = []
    for dataset in sorted({dataset for dataset, _ in pages}):
        complete = [states for (d, _), states in pages.items()
                    if d == dataset and all(FieldName.BODY in states.get(s, {}) for s in order)]
        if not complete:
            continue
        for bar in (*thresholds, None):
            stops = [next((s for s in order if bar is not None and all(p >= bar for p, _ in states[s].values())),
                          order[-1]) for states in complete]
            scores = [states[stop][FieldName.BODY][1] for states, stop in zip(complete, stops, strict=True)]
            table.append({"dataset": dataset, "bar": "precise" if bar is None else bar, "pages": len(complete),
                          "body_f1": float(np.mean(scores)) if scores else 0.0,
                          **{f"stop {s}": stops.count(s) / max(len(stops), 1) for s in order}})
    return table


def plot(results: dict[str, dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(results), figsize=(4 * len(results), 4), squeeze=False)
    for axis, (field, entry) in zip(axes[0], results.items(), strict=True):
        bins = entry["bins"]
        axis.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1)
        axis.plot([b[0] for b in bins], [b[1] for b in bins], marker="o")
        axis.set_title(f"{field}: ECE {entry['ece']:.3f}, AUROC {entry['auroc']:.2f}")
        axis.set_xlabel("confidence")
        axis.set_ylabel("share right")
        axis.set_xlim(0, 1)
        axis.set_ylim(0, 1)
    figure.tight_layout()
    figure.savefig(path, dpi=90)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=",".join(DEFAULT_DATASETS))
    parser.add_argument("--limit", type=int, default=None, help="pages per dataset (for a quick try)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--no-write-model", action="store_true", help="measure only")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep each page's candidates in a pickle here and reuse them (to try features quickly)")
    parser.add_argument("--dumps", default=",".join(dumps.RENDERERS),
                        help="renderers whose text dumps also train and test the model ('' for none)")
    args = parser.parse_args(argv)
    datasets = args.datasets.split(",")
    rows = collect(datasets, args.limit, args.cache)
    renderers = [r for r in args.dumps.split(",") if r]
    rows += collect_dumps(datasets, renderers, args.limit)
    oof = cross_validate(rows, args.folds)
    results = measures(oof)
    by_state = {state: measures(oof, state) for state in sorted({row.state for row in rows})}
    cascade = cascade_table(oof)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.date.today().isoformat()
    command = ("python -m benchmarks.fit_confidence " + " ".join(argv if argv is not None else sys.argv[1:])).strip()
    report = {"date": stamp, "command": command, "datasets": datasets, "dumps": renderers, "folds": args.folds,
              "fields": results, "by_state": by_state, "cascade": cascade}
    (args.out / "calibration.json").write_text(json.dumps(report, indent=2))
    (args.out / "calibration.md").write_text(render(report))
    plot(results, args.out / "reliability.png")
    if not args.no_write_model:
        about = (f"Fitted {stamp} by benchmarks/fit_confidence.py on {', '.join(datasets)} and their "
                 f"{', '.join(renderers) or 'no'} dumps ({len(rows)} field observations); "
                 "logit(p) = bias + sum(w * feature).")
        MODEL_PATH.write_text(json.dumps({"about": about, "fields": {"default": _default(), **fit_all(rows)}},
                                         indent=2) + "\n")
    print(render(report))
    return 0


def render(report: dict[str, Any]) -> str:
    """The calibration report as Markdown: every state pooled, each state alone, the cascade's choices."""
    lines = [f"Calibration, {report['date']}, out-of-fold ({report['folds']} folds by page): `{report['command']}`",
             "", "| state | field | n | share right | ECE | Brier | AUROC |", "|---|---|---|---|---|---|---|"]
    for state, entries in [("all", report["fields"]), *report["by_state"].items()]:
        for field, e in entries.items():
            lines.append(f"| {state} | {field} | {e['n']} | {e['accuracy']:.3f} | {e['ece']:.3f} | "
                         f"{e['brier']:.3f} | {e['auroc']:.3f} |")
    cascade = report["cascade"]
    stops = [key for key in cascade[0] if key.startswith("stop ")] if cascade else []
    fields = " and ".join(str(f) for f in CASCADE_FIELDS)
    lines += ["", f"Cascade on HTML pages with a body truth (stop at the first state whose {fields} "
              "confidence reaches the bar):", "",
              "| set | bar | pages | body word F1 | " + " | ".join(stops) + " |", "|---" * (4 + len(stops)) + "|"]
    for entry in cascade:
        bar = entry["bar"] if isinstance(entry["bar"], str) else f"{entry['bar']:.2f}"
        shares = " | ".join(f"{entry[s]:.2f}" for s in stops)
        lines.append(f"| {entry['dataset']} | {bar} | {entry['pages']} | {entry['body_f1']:.3f} | {shares} |")
    return "\n".join(lines) + "\n"


def _default() -> dict[str, dict[str, float]]:
    """Fields the benchmarks cannot check (site name, tags, ...): confidence tracks source support."""
    return {"present": {"bias": -2.2, "support": 4.0, "agreeing": 0.3, "competing": -0.3, "margin": 0.5},
            "absent": {"bias": -1.0}}


if __name__ == "__main__":
    raise SystemExit(main())
