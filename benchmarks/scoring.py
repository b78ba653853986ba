"""Per-(dataset, system) accumulation of page scores into the reported summary.

Kept apart from run.py so that the loop there only runs systems and this module
only decides how a page counts: which body metric a dataset uses, how failures
score (as empty output) and which metadata fields are scored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from benchmarks import metrics
from benchmarks.datasets import SCRAPINGHUB, TRAFILATURA_EVAL, WCXB, Record
from benchmarks.systems import Extraction

BODY_METRIC = {
    SCRAPINGHUB: "4-gram shingle P/R/F1, macro over pages (article-extraction-benchmark)",
    WCXB: "bag-of-words P/R/F1 per page, macro mean (WCXB evaluate.py)",
    TRAFILATURA_EVAL: "with/without segments pooled over all pages (trafilatura eval)",
}
WCXB_TYPES = ("article", "forum", "product", "collection", "listing", "documentation", "service")
META_FIELDS = ("title", "authors", "date")


def page_body_score(record: Record, body: str) -> Any:
    """The dataset's per-page body score: shingle (tp, fp, fn), word PRF or segment counts."""
    if record.dataset == SCRAPINGHUB:
        return metrics.shingle_tp_fp_fn(record.body, body)
    if record.dataset == WCXB:
        return metrics.word_prf(body, record.body)
    return metrics.segment_counts(body, record.with_snippets, record.without_snippets)


def page_metadata(record: Record, result: Extraction, fields: frozenset[str]) -> dict[str, bool]:
    """Right/wrong for each annotated metadata field the system returns at all."""
    checks = {
        "title": lambda: metrics.title_match(result.title, record.title),
        "authors": lambda: metrics.authors_match(result.authors, record.authors),
        "date": lambda: metrics.date_match(result.date, record.date),
    }
    return {f: checks[f]() for f in META_FIELDS if f in record.annotated and f in fields}


@dataclass
class Tally:
    """Everything one system produced on one dataset."""

    dataset: str
    fields: frozenset[str]
    scores: list[Any] = field(default_factory=list)
    page_types: list[str | None] = field(default_factory=list)
    metadata: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    seconds: float = 0.0
    failures: int = 0
    timeouts: int = 0
    empty: int = 0
    first_error: str | None = None

    def add(self, record: Record, result: Extraction | None, seconds: float, error: str | None) -> Any:
        """Score one page; a failed page (result None) counts as empty output."""
        self.seconds += seconds
        if error is not None:
            self.failures += 1
            self.timeouts += error == "timeout"
            self.first_error = self.first_error or f"{record.id}: {error}"[:300]
        result = result or Extraction("")
        self.empty += not result.body.strip()
        score = page_body_score(record, result.body)
        self.scores.append(score)
        self.page_types.append(record.page_type)
        for name, right in page_metadata(record, result, self.fields).items():
            self.metadata[name].append(right)
        return score

    def body(self, scores: list[Any]) -> metrics.PRF:
        if self.dataset == SCRAPINGHUB:
            return metrics.shingle_scores(scores)
        if self.dataset == WCXB:
            return metrics.macro_average(scores)
        return metrics.segment_scores(scores)

    def summary(self) -> dict[str, Any]:
        """JSON-ready summary: body P/R/F1, per page type, metadata accuracy, cost."""
        pages = len(self.scores)
        out: dict[str, Any] = {"pages": pages, **_prf(self.body(self.scores))}
        if self.dataset == WCXB:
            out["by_page_type"] = {
                pt: {"pages": len(sub), **_prf(self.body(sub))}
                for pt in WCXB_TYPES
                if (sub := [s for s, t in zip(self.scores, self.page_types, strict=True) if t == pt])
            }
        if self.dataset != SCRAPINGHUB:
            out["metadata"] = {
                f: ({"accuracy": sum(v) / len(v), "pages": len(v)} if (v := self.metadata.get(f)) else None)
                for f in META_FIELDS
            }
        out.update(
            ms_per_page=1000 * self.seconds / pages if pages else None,
            failures=self.failures,
            timeouts=self.timeouts,
            empty_outputs=self.empty,
            first_error=self.first_error,
        )
        return out


def _prf(prf: metrics.PRF) -> dict[str, float]:
    return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1}
