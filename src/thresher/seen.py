"""Whether the chosen author and date can be seen on the page: signals for their confidence.

Readers, and the people who annotate benchmarks, credit the name and the date a page shows. A name
only a ``<meta>`` tag or JSON-LD declares, or a date printed nowhere, is more often not what they
saw; a byline label with no name read after it, or dates shown but none chosen, mean one was missed.
A name that is the site's own is a brand credited for want of a person, which readers often don't
count as an author.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from .article import FieldName
from .candidate import BlockDecision
from .dates import find_dates
from .labels import Label
from .metadata.byline import opens_with_by
from .metadata.titles import key

# Blocks of at most this many words are where pages print bylines and dates (not in the text's body).
MAX_CREDIT_WORDS = 40
MAX_LABEL_WORDS = 12
# Dates shown count up to this many: beyond it, a page is a list of dated items either way.
MAX_DATES_SEEN = 5
# A word holds its apostrophes: "O'Brien" is one name word, not an "O" the page may write lower case.
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}+(?:['’]\p{Ll}+)*(?![\p{L}'’])")


def value_signals(field: FieldName, value: Any, blocks: Sequence[tuple[int, BlockDecision]],
                  site: frozenset[str] = frozenset()) -> dict[str, float]:
    """``authors.*`` or ``date.*`` signals of the chosen value (None: absent) against the page's blocks and
    the site's names (folded as ``titles.key`` folds them)."""
    if field is FieldName.AUTHORS:
        return _author_signals(value, blocks) | (_site_signals(value, site) if value else {})
    if field is FieldName.DATE and blocks:
        return _date_signals(value, blocks)
    return {}


def _author_signals(names: list[str] | None, blocks: Sequence[tuple[int, BlockDecision]]) -> dict[str, float]:
    if not blocks:
        return {}
    if not names:
        label = any(words <= MAX_LABEL_WORDS and opens_with_by(block.text) for words, block in blocks)
        return {"authors.by_label": float(label), "authors.first_date": _first_date(blocks)}
    text = " ".join(block.text for _, block in blocks)
    page = text.casefold()
    byline = " ".join(block.text for _, block in blocks if block.label == Label.BYLINE).casefold()
    folded = [name.casefold() for name in names]
    return {
        "authors.visible": sum(name in page for name in folded) / len(folded),
        "authors.in_byline": float(any(name in byline for name in folded)),
        "authors.common_words": _common_word_share(names, text),
        "authors.position": _first_mention(folded[0], page),
    }


def _first_mention(name: str, page: str) -> float:
    """Where the page first writes the name, from 0 (its top) to 1 (its end, or nowhere): a credit sits
    by the headline; a name first met far down is a commenter's, a related post's or a bio's."""
    found = page.find(name)
    return found / len(page) if found >= 0 and page else 1.0


def _first_date(blocks: Sequence[tuple[int, BlockDecision]]) -> float:
    """Where the first short block holding a date sits, from 0 (the page's top) to 1 (its end, or none):
    a date by the headline marks a dated writing, which is seldom unsigned or undated, so a name or a date
    not found there was likely missed."""
    total = _length(blocks)
    return next((offset / total for offset, _, days in _short_block_dates(blocks) if days), 1.0)


def _short_block_dates(blocks: Sequence[tuple[int, BlockDecision]]
                       ) -> Iterator[tuple[int, BlockDecision, set[dt.date | None]]]:
    """Each short block (where pages print credits) with the days it shows and its offset in the page's text."""
    offset = 0
    for words, block in blocks:
        if words <= MAX_CREDIT_WORDS:
            yield offset, block, {_day(match.value) for match in find_dates(block.text)}
        offset += len(block.text) + 1


def _length(blocks: Sequence[tuple[int, BlockDecision]]) -> int:
    """The length of the page's text, its blocks joined by spaces (at least 1)."""
    return sum(len(block.text) + 1 for _, block in blocks) or 1


def _common_word_share(names: list[str], text: str) -> float:
    """The share of the names' words that the page also writes in lower case: "Tools", "Strategy" or
    "Advertisement" are words of the language, a label taken for a name; "Bailey" is not written so."""
    lower = set(_LOWER_WORD.findall(text))
    name_words = [word for name in names for word in _WORD.findall(name)]
    return sum(word.casefold() in lower for word in name_words) / len(name_words) if name_words else 0.0


def _site_signals(names: list[str], site: frozenset[str]) -> dict[str, float]:
    return {"authors.site_named": float(any(key(name) in site for name in names))}


def _date_signals(value: object, blocks: Sequence[tuple[int, BlockDecision]]) -> dict[str, float]:
    shown: set[dt.date | None] = set()
    in_byline: set[dt.date | None] = set()
    first = None
    for offset, block, days in _short_block_dates(blocks):
        shown |= days
        if block.label == Label.BYLINE:
            in_byline |= days
        if days and first is None:
            first = offset
    if value is None:
        return {"date.dates_seen": min(len(shown), MAX_DATES_SEEN) / MAX_DATES_SEEN,
                "date.first_date": 1.0 if first is None else first / _length(blocks)}
    day = _day(value)
    return {"date.visible": float(day in shown), "date.in_byline": float(day in in_byline)}


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None
