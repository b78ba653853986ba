"""Paragraph-level voting between body proposals.

Each extractor proposing a body votes, with its strength, for every segment its body covers.
The union of all proposed segments is kept in page order (each extractor's own order, merged);
a segment stays when the strength of the extractors covering it reaches ``KEEP_SHARE`` of the
strength of all extractors that proposed a body. So trafilatura and the native extractor can
outvote readability's stray sidebar paragraph, and two of them can restore one the third lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._normalize import fold
from .article import Segment

# A segment is kept when extractors holding at least this share of the voting strength cover it.
KEEP_SHARE = 0.5
# Below this many words a segment must match a whole segment to be covered: a short line like
# "Share" or "Menu" is a substring of too much prose for containment to mean agreement.
MIN_WORDS_FOR_CONTAINMENT = 5
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
    agreement: dict[str, float]  # per extractor: share of the result's words its body covers


def vote(ballots: Sequence[Ballot]) -> VoteResult:
    """Merge the ballots' segments and keep those enough of the voters cover."""
    ballots = [b for b in ballots if b.segments]
    if not ballots:
        return VoteResult((), {})
    if len(ballots) == 1:
        return VoteResult(ballots[0].segments, {ballots[0].extractor: 1.0})
    union = _union_in_order(ballots)
    views = [_View(b) for b in ballots]
    total = sum(b.strength for b in ballots)
    kept = tuple(s for s in union if sum(v.strength for v in views if v.covers(s)) >= KEEP_SHARE * total)
    return VoteResult(kept, _agreement(kept, views))


class _View:
    """A ballot prepared for coverage questions: its folded text and its set of segment keys."""

    def __init__(self, ballot: Ballot) -> None:
        self.extractor = ballot.extractor
        self.strength = ballot.strength
        self.keys = {fold(s.text) for s in ballot.segments}
        self.text = " \n ".join(self.keys)

    def covers(self, segment: Segment) -> bool:
        key = fold(segment.text)
        if key in self.keys:
            return True
        return len(_WORD.findall(key)) >= MIN_WORDS_FOR_CONTAINMENT and key in self.text


def _union_in_order(ballots: Sequence[Ballot]) -> list[Segment]:
    """Every distinct segment once: the strongest ballot's order, the others' segments inserted
    after the last segment they share with it."""
    ordered = sorted(ballots, key=lambda b: b.strength, reverse=True)
    union: list[Segment] = []
    position: dict[str, Segment] = {}
    seen_text = ""
    for ballot in ordered:
        anchor: Segment | None = None
        for segment in ballot.segments:
            key = fold(segment.text)
            if key in position:
                anchor = position[key]
                continue
            if not key or key in seen_text:  # empty, or already inside a longer segment
                continue
            at = union.index(anchor) + 1 if anchor is not None else 0
            union.insert(at, segment)
            position[key] = anchor = segment
            seen_text += "\n" + key
    return union


def _agreement(kept: Sequence[Segment], views: Sequence[_View]) -> dict[str, float]:
    words = [len(_WORD.findall(s.text)) for s in kept]
    total = sum(words) or 1
    return {v.extractor: sum(n for s, n in zip(kept, words, strict=True) if v.covers(s)) / total
            for v in views}
