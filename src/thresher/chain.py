"""A Chain: extractors in order, run as a cascade, their candidates merged into an Article.

Modes:
- ``fast``: cheap extractors only.
- ``cascade`` (default): cheap extractors first; then the costly ones, one at a time in chain
  order, for as long as the body's confidence is below ``CASCADE_CONFIDENCE`` and no costly
  extractor has confirmed the body the chain had before it ran (``CONFIRMING_AGREEMENT``).
- ``precise``: every extractor runs and votes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from enum import StrEnum

from .article import Article, FieldName, Segment
from .candidate import Candidate
from .confidence import ConfidenceModel
from .errors import ChainConfigError
from .extractor import Cost, Extractor
from .merge import empty_article, merge
from .page import Format, Page
from .registry import resolve
from .vote import WordCounts, word_f1

logger = logging.getLogger("thresher")

DEFAULT_EXTRACTORS = ("frontmatter", "structured", "textdump", "dom", "trafilatura", "readability")
# The cascade stops before the costly extractors once these fields are at least this confident.
# Only the body: trafilatura and readability leave the title's share right unchanged (.788 cheap,
# .787 with both, out of fold), so waiting on the title bought no accuracy. With the body model fitted on
# HTML pages alone (2026-12-03), out of fold: at 0.80 the chain stops before trafilatura on 57% of
# scrapinghub and 61% of wcxb-dev pages, for a body F1 of .965 / .830 against .968 / .831 for ``precise``;
# at 0.95 it stopped on 10% / 8% for .968 / .831; 0.85 and 0.90 stop less and score no better
# (benchmarks/results/calibration.md, cascade table). These are the sets the benchmark reports: the bar
# is a speed knob read off their out-of-fold confidences, not a fit to their scores.
CASCADE_CONFIDENCE = 0.80
CASCADE_FIELDS = (FieldName.BODY,)
# A costly extractor whose body has at least this word F1 with the body the chain had before it ran
# confirms it, and the cascade stops: a third vote rarely overturns two that agree. Chosen on the
# development halves (wcxb-dev odd ids, scrapinghub even positions) among 0.85, 0.9, 0.92 and 0.95:
# readability then runs on 17% of scrapinghub pages and 37% of wcxb-dev pages instead of 71% and 63%,
# with the body's F1 unchanged or better on both halves (figures in the commit that set it).
CONFIRMING_AGREEMENT = 0.9


class Mode(StrEnum):
    FAST = "fast"
    CASCADE = "cascade"
    PRECISE = "precise"


class Chain:
    """An ordered list of extractors, built from names and extractor objects.

    >>> Chain(["structured", "dom"]).names
    ('structured', 'dom')

    ``cascade_bar`` is the body confidence at which the cascade stops before the costly extractors:
    higher buys accuracy with time (0.95: trafilatura on about nine pages in ten), lower the reverse.
    """

    def __init__(self, extractors: Iterable[str | Extractor] = DEFAULT_EXTRACTORS, *,
                 model: ConfidenceModel | None = None, cascade_bar: float = CASCADE_CONFIDENCE) -> None:
        if not 0.0 <= cascade_bar <= 1.0:
            raise ChainConfigError(f"cascade_bar is a probability between 0 and 1, got {cascade_bar!r}")
        self.extractors: tuple[Extractor, ...] = tuple(resolve(spec) for spec in extractors)
        self.model = model if model is not None else ConfidenceModel.shipped()
        self.cascade_bar = cascade_bar

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(extractor.name for extractor in self.extractors)

    def __repr__(self) -> str:
        return f"Chain({list(self.names)!r})"

    def run(self, page: Page, mode: Mode | str = Mode.CASCADE) -> Article:
        """Extract one page: run the extractors the mode calls for, then merge."""
        return self.run_with_candidates(page, mode)[0]

    def run_with_candidates(self, page: Page, mode: Mode | str = Mode.CASCADE
                            ) -> tuple[Article, tuple[Candidate, ...]]:
        """As ``run``, also returning every candidate (for ``thresher explain``)."""
        mode = Mode(mode)
        if page.format is Format.EMPTY:
            return empty_article(url=page.url, format=str(page.format)), ()
        accepting = [e for e in self.extractors if e.accepts(page)]
        cheap = [e for e in accepting if e.cost is Cost.CHEAP]
        costly = [e for e in accepting if e.cost is not Cost.CHEAP]
        words_of = WordCounts()  # the same bodies are voted on at each merge: counted once
        candidates = self._run_all(cheap, page)
        article = self._merge(candidates, page, words_of)
        if mode is Mode.PRECISE and costly:
            candidates += self._run_all(costly, page)
            article = self._merge(candidates, page, words_of)
        elif mode is Mode.CASCADE:
            article = self._cascade(costly, page, candidates, article, words_of)
        return article, tuple(candidates)

    def _cascade(self, costly: Sequence[Extractor], page: Page, candidates: list[Candidate],
                 article: Article, words_of: WordCounts) -> Article:
        """Costly extractors one at a time, in chain order, until the body is sure or confirmed.

        Appends their candidates to ``candidates``; returns the article merged from all of them.
        """
        for extractor in costly:
            if self._confident(article):
                break
            body_so_far = article.segments
            new = self._run_all([extractor], page)
            candidates += new
            article = self._merge(candidates, page, words_of)
            if any(_confirms(candidate, body_so_far, words_of) for candidate in new):
                break
        return article

    def _confident(self, article: Article) -> bool:
        return all(article.confidence.get(str(f), 0.0) >= self.cascade_bar for f in CASCADE_FIELDS)

    def _merge(self, candidates: Sequence[Candidate], page: Page, words_of: WordCounts) -> Article:
        return merge(candidates, url=page.url, format=str(page.format), model=self.model, words_of=words_of)

    @staticmethod
    def _run_all(extractors: Sequence[Extractor], page: Page) -> list[Candidate]:
        return [candidate for e in extractors if (candidate := _run_one(e, page)) is not None]


def _run_one(extractor: Extractor, page: Page) -> Candidate | None:
    """One extractor's failure costs its vote, not the page: it is logged with its reason."""
    try:
        return extractor.extract(page)
    except Exception:
        logger.warning("extractor %r failed on %s", extractor.name, page.url or "<input>",
                       exc_info=True)
        return None


def _confirms(candidate: Candidate, body: Sequence[Segment], words_of: WordCounts) -> bool:
    """Whether the candidate's body says much the same as ``body`` (word F1, see ``vote.word_f1``)."""
    proposals = candidate.for_field(FieldName.BODY)
    if not proposals or not body:
        return False
    strongest = max(proposals, key=lambda proposal: proposal.strength)
    return word_f1(words_of(strongest.value), words_of(body)) >= CONFIRMING_AGREEMENT
