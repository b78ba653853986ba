"""What an extractor returns: proposals for fields, each with the rule that made it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .article import FieldName


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposal:
    """One proposed value for one field.

    ``strength`` is the extractor's prior belief in the rule that fired, in [0, 1]; the chain
    combines the strengths of agreeing extractors and calibrates the result into a confidence.
    Values: str for text fields, list[str] for authors and tags, ``datetime.date`` or
    ``datetime.datetime`` for the date, a tuple of ``Segment`` for the body.
    """

    field: FieldName
    value: Any
    rule: str
    strength: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.strength <= 1.0:
            raise ValueError(f"strength must lie in [0, 1], got {self.strength!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockDecision:
    """Why one block of a page was kept or dropped: feeds ``thresher explain``."""

    text: str
    label: str
    score: float
    kept: bool
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """Everything one extractor proposes for one page.

    ``signals`` are facts the extractor saw that are not values but bear on how far to trust them,
    named ``page.<fact>`` or ``<field>.<fact>`` (``page.non_article``, ``date.rival_support``): they
    become features of the confidence model, never votes.

    ``sought`` names the fields the extractor looked for (None: every field). A field it did not
    look for is not one it failed to find, so the merge does not count it as having run for it.
    """

    extractor: str
    proposals: tuple[Proposal, ...] = ()
    blocks: tuple[BlockDecision, ...] = ()
    signals: Mapping[str, float] = dataclasses.field(default_factory=dict)
    sought: frozenset[FieldName] | None = None

    def for_field(self, field: FieldName) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if p.field is field)

    def seeks(self, field: FieldName) -> bool:
        return self.sought is None or field in self.sought
