"""Scoring functions, each a faithful copy of the metric its dataset publishes.

Pure functions only: per-page scores and their aggregation, plus metadata
comparison. Body metrics take the extracted text ("" for a failed page).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class PRF(NamedTuple):
    """Precision, recall, F1."""

    precision: float
    recall: float
    f1: float


# --- scrapinghub: article-extraction-benchmark evaluate.py -------------------

_SHINGLE_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    """Case-sensitive `\\w+` tokens in n-grams; a text shorter than n is one short shingle."""
    tokens = _SHINGLE_TOKEN_RE.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_tp_fp_fn(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over 4-gram shingle multisets, normalised to sum 1.

    Reproduces `string_shingle_matching` of scrapinghub/article-extraction-benchmark.
    """
    true_sh, pred_sh = _shingles(true, n), _shingles(pred, n)
    tp = float(sum((true_sh & pred_sh).values()))
    fp = float(sum((pred_sh - true_sh).values()))
    fn = float(sum((true_sh - pred_sh).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_scores(pages: Sequence[tuple[float, float, float]]) -> PRF:
    """Macro P/R over pages, F1 = harmonic mean of the two (`metrics_from_tp_fp_fns`).

    As in the original, a page with an empty prediction (tp + fp == 0) is left out of
    the precision mean but scores recall 0; a page with empty truth is left out of recall.
    """
    precisions = [_precision(*p) for p in pages if p[0] + p[1] > 0]
    recalls = [_recall(*p) for p in pages if p[0] + p[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


# --- wcxb: WCXB evaluate.py (Murrough-Foley/web-content-extraction-benchmark) -----

_WORD_RE = re.compile(r"\w+")


def word_prf(pred: str, true: str) -> PRF:
    """Per-page bag-of-words P/R/F1 as WCXB's `word_f1`.

    Tokens are `\\w+` on the lowercased text, overlap is the multiset intersection.
    Empty truth: (1, 1, 1) if the prediction is empty too, else (0, 0, 0);
    empty prediction with non-empty truth: (0, 0, 0).
    """
    pred_tokens = _WORD_RE.findall(pred.lower()) if pred else []
    true_tokens = _WORD_RE.findall(true.lower()) if true else []
    if not true_tokens:
        return PRF(1.0, 1.0, 1.0) if not pred_tokens else PRF(0.0, 0.0, 0.0)
    if not pred_tokens:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((Counter(pred_tokens) & Counter(true_tokens)).values())
    precision = overlap / len(pred_tokens)
    recall = overlap / len(true_tokens)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def macro_average(pages: Sequence[PRF]) -> PRF:
    """Mean of per-page P, R and F1 (WCXB reports the mean F1, not F1 of the means)."""
    if not pages:
        return PRF(0.0, 0.0, 0.0)
    n = len(pages)
    return PRF(
        sum(p.precision for p in pages) / n,
        sum(p.recall for p in pages) / n,
        sum(p.f1 for p in pages) / n,
    )


# --- trafilatura-eval: trafilatura tests/eval_common.py -----------------------

_WS_RE = re.compile(r"\s+")


def _ws_norm(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def segment_counts(pred: str | None, with_: Iterable[str], without: Iterable[str]) -> tuple[int, int, int, int]:
    """Per-page (tp, fp, fn, tn) as trafilatura's `count_item`.

    A `with` snippet found in the whitespace-normalised output is a TP, else FN;
    a `without` snippet found is an FP, else TN. No output: all FN / TN.
    """
    with_, without = list(with_), list(without)
    if isinstance(pred, str):
        text = _ws_norm(pred)
        tp = sum(1 for s in with_ if _ws_norm(s) in text)
        fp = sum(1 for s in without if _ws_norm(s) in text)
    else:
        tp = fp = 0
    return tp, fp, len(with_) - tp, len(without) - fp


def segment_scores(pages: Iterable[tuple[int, int, int, int]]) -> PRF:
    """P/R/F1 over all segments pooled (trafilatura's `ConfusionMatrix.scores`)."""
    tp = fp = fn = 0
    for p_tp, p_fp, p_fn, _ in pages:
        tp, fp, fn = tp + p_tp, fp + p_fp, fn + p_fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    return PRF(precision, recall, f1)


# --- metadata ---------------------------------------------------------------

_NAME_SPLIT_RE = re.compile(r"\s*[,;]\s*|\s+and\s+", re.IGNORECASE)
_DATE_RE = re.compile(r"(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?")


def normalise_text(text: str | None) -> str:
    """NFKC, casefold, whitespace folded to single spaces; None -> ""."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def title_match(pred: str | None, true: str | None) -> bool:
    """Titles equal after `normalise_text`; both absent counts as right."""
    return normalise_text(pred) == normalise_text(true)


def author_set(names: Iterable[str] | None) -> frozenset[str]:
    """Split each string on "," / ";" / " and ", normalise each part, drop empties.

    Applied to both sides, so "A and B" matches ["A", "B"] and vice versa.
    """
    parts = (normalise_text(part) for name in names or () for part in _NAME_SPLIT_RE.split(name))
    return frozenset(p for p in parts if p)


def authors_match(pred: Iterable[str] | None, true: Iterable[str] | None) -> bool:
    """Author sets equal; both empty counts as right."""
    return author_set(pred) == author_set(true)


def normalise_date(value: str | dt.date | None) -> str | None:
    """YYYY-MM-DD (zero-padded) from a date, datetime or string starting with a date.

    A string with only year and month stays YYYY-MM; anything unparsable is None.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime is a subclass
        return value.strftime("%Y-%m-%d")
    match = _DATE_RE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def date_match(pred: str | dt.date | None, true: str | dt.date | None) -> bool:
    """Dates equal as YYYY-MM-DD; both absent counts as right."""
    return normalise_date(pred) == normalise_date(true)
