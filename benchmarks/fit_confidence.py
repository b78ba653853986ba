"""Fit thresher's confidence model and measure its calibration on folds not used for fitting.

    python -m benchmarks.fit_confidence [--limit N] [--folds 5]

1. Run the default chain with every extractor (precise) on the development sets; the cheap-only
   state (what ``fast`` and an early-stopping cascade see) is the same run's cheap candidates.
2. For each page, state and field, record the merge's evidence and whether the value is right:
   title, authors and date exactly (the benchmark's comparisons; absent = right when the truth
   has none), the body when its word F1 against the truth is at least 0.8.
3. Fit one logistic model per field and per present/absent on K-1 folds, predict the held-out
   fold: ECE (10 bins), Brier and AUROC come from these out-of-fold predictions only.
4. Fit on everything and write ``src/thresher/data/confidence.json``; write the measures to
   ``benchmarks/results/calibration.json`` and the reliability diagram to ``reliability.png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import thresher
from benchmarks import calibration, metrics
from benchmarks.datasets import SCRAPINGHUB, TRAFILATURA_EVAL, WCXB, Record, load
from thresher.article import FieldName
from thresher.confidence import FieldEvidence
from thresher.extractor import Cost
from thresher.merge import field_choices
from thresher.page import Page

FIELDS = (FieldName.TITLE, FieldName.AUTHORS, FieldName.DATE, FieldName.BODY)
FEATURES = tuple(FieldEvidence(present=True).features())
BODY_RIGHT_F1 = 0.8  # the definition of a right body
DEFAULT_DATASETS = (WCXB, SCRAPINGHUB, TRAFILATURA_EVAL)
REPO = Path(__file__).resolve().parents[1]
MODEL_PATH = REPO / "src" / "thresher" / "data" / "confidence.json"


@dataclass(frozen=True)
class Row:
    """One field of one page in one chain state: its features and whether it was right."""

    page: int
    field: FieldName
    present: bool
    features: tuple[float, ...]
    right: bool


def rows_for(record: Record, index: int, chain: thresher.Chain) -> Iterator[Row]:
    page = Page.load(record.html, url=record.url)
    _, candidates = chain.run_with_candidates(page, mode="precise")
    cheap = {e.name for e in chain.extractors if e.cost is Cost.CHEAP}
    states = [candidates, tuple(c for c in candidates if c.extractor in cheap)]
    for state in {id(s): s for s in states}.values():
        choices = field_choices(state, format=str(page.format))
        for field in FIELDS:
            right = _is_right(record, field, choices[field].value)
            if right is not None:
                evidence = choices[field].evidence
                yield Row(index, field, evidence.present, tuple(evidence.features().values()), right)


def _is_right(record: Record, field: FieldName, value: object) -> bool | None:
    """Whether the value is right, or None when this page has no truth for the field."""
    if field is FieldName.BODY:
        if record.dataset == TRAFILATURA_EVAL:
            return None
        body = "\n\n".join(s.text for s in value or ())
        return metrics.word_prf(body, record.body).f1 >= BODY_RIGHT_F1
    if str(field) not in record.annotated:
        return None
    if field is FieldName.TITLE:
        return metrics.title_match(value, record.title)
    if field is FieldName.AUTHORS:
        return metrics.authors_match(value or (), record.authors)
    date = value.date() if isinstance(value, dt.datetime) else value
    return metrics.date_match(date, record.date)


def collect(datasets: Sequence[str], limit: int | None) -> list[Row]:
    chain = thresher.Chain()
    rows: list[Row] = []
    index = 0
    for name in datasets:
        for record in load(name, limit=limit):
            try:
                rows.extend(rows_for(record, index, chain))
            except thresher.ThresherError as exc:
                print(f"skip {record.id}: {exc}", file=sys.stderr)
            index += 1
            if index % 100 == 0:
                print(f"{index} pages", file=sys.stderr)
    return rows


def _group(rows: Sequence[Row], field: FieldName, present: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    chosen = [r for r in rows if r.field is field and r.present is present]
    x = np.array([r.features for r in chosen], dtype=float).reshape(len(chosen), len(FEATURES))
    y = np.array([r.right for r in chosen], dtype=float)
    pages = np.array([r.page for r in chosen], dtype=int)
    return x, y, pages


def cross_validate(rows: Sequence[Row], folds: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Out-of-fold probabilities and outcomes per field (folds by page, so both states share one)."""
    out: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for field in FIELDS:
        for present in (True, False):
            x, y, pages = _group(rows, field, present)
            for fold in range(folds):
                test = pages % folds == fold
                if not test.any():
                    continue
                fit = calibration.fit_logistic(x[~test], y[~test], FEATURES)
                out[str(field)][0].extend(fit.predict(x[test], FEATURES))
                out[str(field)][1].extend(y[test])
    return {k: (np.array(p), np.array(y)) for k, (p, y) in out.items()}


def fit_all(rows: Sequence[Row]) -> dict[str, dict[str, dict[str, float]]]:
    model: dict[str, dict[str, dict[str, float]]] = {}
    for field in FIELDS:
        model[str(field)] = {}
        for present in (True, False):
            x, y, _ = _group(rows, field, present)
            fit = calibration.fit_logistic(x, y, FEATURES)
            model[str(field)]["present" if present else "absent"] = {"bias": fit.bias, **fit.weights}
    return model


def measures(oof: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, dict[str, float]]:
    return {
        field: {
            "n": len(y),
            "accuracy": float(y.mean()) if len(y) else float("nan"),
            "ece": calibration.expected_calibration_error(p, y),
            "brier": calibration.brier(p, y),
            "auroc": calibration.auroc(p, y),
            "bins": calibration.reliability_bins(p, y),
        }
        for field, (p, y) in oof.items()
    }


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
    args = parser.parse_args(argv)
    datasets = args.datasets.split(",")
    rows = collect(datasets, args.limit)
    results = measures(cross_validate(rows, args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.date.today().isoformat()
    command = "python -m benchmarks.fit_confidence " + " ".join(argv if argv is not None else sys.argv[1:])
    (args.out / "calibration.json").write_text(json.dumps(
        {"date": stamp, "command": command.strip(), "datasets": datasets, "folds": args.folds,
         "fields": results}, indent=2))
    plot(results, args.out / "reliability.png")
    if not args.no_write_model:
        about = (f"Fitted {stamp} by benchmarks/fit_confidence.py on {', '.join(datasets)} "
                 f"({len(rows)} field observations); logit(p) = bias + sum(w * feature).")
        MODEL_PATH.write_text(json.dumps({"about": about, "features": list(FEATURES),
                                          "fields": {"default": _default(), **fit_all(rows)}}, indent=2) + "\n")
    for field, entry in results.items():
        print(f"{field:8} n={entry['n']:5d} acc={entry['accuracy']:.3f} ECE={entry['ece']:.3f} "
              f"Brier={entry['brier']:.3f} AUROC={entry['auroc']:.3f}")
    return 0


def _default() -> dict[str, dict[str, float]]:
    """Fields the benchmarks cannot check (site name, tags, ...): confidence tracks source support."""
    return {"present": {"bias": -2.2, "support": 4.0, "agreeing": 0.3, "competing": -0.3, "margin": 0.5},
            "absent": {"bias": -1.0}}


if __name__ == "__main__":
    raise SystemExit(main())
