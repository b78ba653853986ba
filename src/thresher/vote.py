"""Voting between body proposals: the body the other extractors agree with most wins.

Each ballot's score is the sum of its word-overlap F1 with every other ballot, plus
``STRENGTH_PRIOR`` times its own strength to break near-ties in favour of the surer extractor; when
the ballots hardly agree at all (``MIN_AGREEMENT``), the surest extractor's body wins.
A paragraph-level vote (keep each paragraph enough voters cover) was tried first and lost
recall on wcxb-dev: extractors cut and normalise paragraphs too differently for coverage tests
to be reliable. Selection by agreement was chosen on the development half (wcxb-dev odd ids,
scrapinghub even positions); see the README's benchmark for held-out figures.

Also tried on top of the selection, with token-trigram coverage instead of substring containment
(dev / held word F1 on wcxb-dev, against 0.824 / 0.822 for plain selection): dropping the winner's
paragraphs no other ballot covers, 0.807 / 0.804 (wcxb truth keeps what one extractor alone finds);
adding paragraphs two losers share, 0.825 / 0.823 but lower on scrapinghub and trafilatura-eval;
preferring the longer of dom and trafilatura when it covers the other, +0.01 on wcxb but -0.01 on
scrapinghub. None is kept.

A learned selector was tried too: ridge regression of each ballot's word F1 on its extractor,
agreement (mean and least word F1 with the others), length against the longest ballot and
strength, fitted on the development halves of wcxb-dev and scrapinghub weighted equally, the
ballot with the best prediction winning. Held-out halves, each set's own metric, vote -> learned:
wcxb-dev 0.831 -> 0.847, scrapinghub 0.962 -> 0.960, trafilatura-eval (not fitted on) 0.914 -> 0.905.
Not kept: the sets' truths disagree on what a page's main content is, and one set's gain is
another's loss.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .article import Segment, SegmentKind

# Weight of a ballot's own strength next to its agreement (a sum of F1s in [0, n-1]); fitted on
# the development half among 0.1, 0.2 and 0.3.
STRENGTH_PRIOR = 0.2
# When the best-agreed ballot's agreement with the others sums below this, nobody agrees with anybody
# (a product page: dom takes a promo strip, readability a banner, trafilatura the description) and the
# surest extractor's body wins. Chosen among 0.2-1.0 on the development half of wcxb-dev (odd ids), from
# precise-mode candidates: 0.8303 -> 0.8314; held half 0.8293 -> 0.8299; scrapinghub and
# trafilatura-eval unchanged.
MIN_AGREEMENT = 0.4
# On a page that does not declare itself an article, the ``region`` ballot (the native extractor's, which keeps
# the page's whole content region) wins a vote it lost when it is at least this many times as long as every
# other ballot and at most ``REGION_MAX_LIST_SHARE`` of its segments are list items (a long list is a menu or
# links to other pages as often as content). trafilatura and readability each keep the one node that scores
# best, so on a product, service, forum or listing page they often agree on the same small part of it: one
# opinion counted twice. Chosen on the development half of wcxb-dev (odd ids) among ratios 1.5, 2 and 3, list
# shares 0.3 and any, with and without the article test (figures in the commit that set it).
REGION_LENGTH_RATIO = 2.0
REGION_MAX_LIST_SHARE = 0.3
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Ballot:
    """One extractor's body and the strength of its vote."""

    extractor: str
    strength: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class VoteResult:
    segments: tuple[Segment, ...]
    agreement: dict[str, float]  # per extractor: word F1 of its body against the chosen one
    overruled: bool = False  # the ``region`` ballot won a vote it had lost (see ``REGION_LENGTH_RATIO``)


class WordCounts:
    """Each body's ``body_words``, counted once: one extraction in the cascade votes up to three times
    on the same bodies and checks them for confirmation in between. Lives for one extraction."""

    def __init__(self) -> None:
        self._counts: dict[tuple[Segment, ...], Counter[str]] = {}

    def __call__(self, segments: Sequence[Segment]) -> Counter[str]:
        key = tuple(segments)
        counts = self._counts.get(key)
        if counts is None:
            counts = self._counts[key] = body_words(key)
        return counts


def vote(ballots: Sequence[Ballot], words_of: WordCounts | None = None, region: str | None = None) -> VoteResult:
    """Choose the body with the most agreement from the others; ``region`` names the ballot that may overrule
    the vote (see ``REGION_LENGTH_RATIO``), None where the page declares itself an article."""
    words_of = words_of if words_of is not None else WordCounts()
    ballots = [b for b in ballots if b.segments]
    if not ballots:
        return VoteResult((), {})
    if len(ballots) == 1:  # a lone body agrees fully with itself if it has a word (word_f1 of a text with itself)
        return VoteResult(ballots[0].segments, {ballots[0].extractor: 1.0 if words_of(ballots[0].segments) else 0.0})
    overlap = _agreements([words_of(b.segments) for b in ballots])
    agreeing = [sum(row) - row[i] for i, row in enumerate(overlap)]
    scores = [agreeing[i] + STRENGTH_PRIOR * ballots[i].strength for i in range(len(ballots))]
    winner = max(range(len(ballots)), key=scores.__getitem__)
    if agreeing[winner] < MIN_AGREEMENT:
        winner = max(range(len(ballots)), key=lambda i: ballots[i].strength)
    overruling = _overruling_region(ballots, region, words_of)
    overruled = overruling is not None and overruling != winner
    winner = overruling if overruling is not None else winner
    agreement = {b.extractor: overlap[winner][i] for i, b in enumerate(ballots)}
    return VoteResult(ballots[winner].segments, agreement, overruled)


def _overruling_region(ballots: Sequence[Ballot], region: str | None, words_of: WordCounts) -> int | None:
    """The index of the ``region`` ballot if it is long enough and not mostly a list to overrule the vote."""
    found = [i for i, b in enumerate(ballots) if b.extractor == region]
    if not found:
        return None
    i = found[0]
    segments = ballots[i].segments
    if sum(s.kind is SegmentKind.LIST_ITEM for s in segments) > REGION_MAX_LIST_SHARE * len(segments):
        return None
    length = sum(words_of(segments).values())
    others = max(sum(words_of(b.segments).values()) for j, b in enumerate(ballots) if j != i)
    return i if length >= REGION_LENGTH_RATIO * max(others, 1) else None


def _agreements(words: Sequence[Counter[str]]) -> list[list[float]]:
    """``word_f1`` of every pair of bodies, each pair counted once: the F1 is symmetric (to the bit), and a
    body agrees fully with itself if it has a word."""
    overlap = [[0.0] * len(words) for _ in words]
    for i, mine in enumerate(words):
        overlap[i][i] = 1.0 if mine else 0.0
        for j in range(i + 1, len(words)):
            overlap[i][j] = overlap[j][i] = word_f1(mine, words[j])
    return overlap


def body_words(segments: Sequence[Segment]) -> Counter[str]:
    """A body's words, case-folded, with their counts."""
    return Counter(_WORD.findall(" ".join(s.text for s in segments).casefold()))


def word_f1(a: Counter[str], b: Counter[str]) -> float:
    """Bag-of-words F1 between two texts' word counts."""
    common = _shared_words(a, b)
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _shared_words(a: Counter[str], b: Counter[str]) -> int:
    """``sum((a & b).values())``, the words two bodies share, without building ``a & b``: twice as fast."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    common = 0
    for word, count in small.items():
        other = large.get(word)
        if other:
            common += min(count, other)
    return common
