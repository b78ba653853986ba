"""What the chain knows about one field of one page, turned into the confidence model's features.

The features are deliberately plain: how strong and how many the agreeing sources are, which rule
gave the value, which extractors ran (absence after more looking is likelier right), how long the
value is next to the page, and a few shapes of the value that often mean it is wrong (a title that
still carries a separator, a date on the first of January). Named indicator features
(``rule:...``, ``source:...``, ``ran:...``, ``shape:...``) let the fitted model weigh each rule by
how often it was right; a name the model has never seen weighs nothing. ``signal:...`` features carry
what an extractor saw beyond its values (the page's declared kind, how strong a passed-over value was).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from .article import FieldName

# A title separator left in place usually means a site name is still attached.
_TITLE_SEPARATOR = regex.compile(r"\s[|·•»\-–—:]\s|\s[|»]|[|»]\s")
# An author list this long is usually a list of names from elsewhere on the page.
MANY_AUTHORS = 4
# A name of more words than this is usually a sentence, a job title or an organisation.
LONG_NAME_WORDS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldEvidence:
    """What the merge learned about one field of one page."""

    present: bool
    support: float = 0.0  # noisy-or of the agreeing extractors' strengths
    agreeing: int = 0  # distinct extractors that proposed the chosen value
    rivals: int = 0  # distinct extractors that proposed something else
    margin: float = 0.0  # support of the chosen value minus the best rival's (the body: least agreement)
    ran: int = 0  # extractors that ran on the page
    words: int = 0  # words in the value
    html: bool = False
    rule: str = ""  # the rule behind the chosen value
    sources: tuple[str, ...] = ()  # extractors that proposed the chosen value
    ran_names: tuple[str, ...] = ()  # extractors that ran
    page_words: int = 0  # words in the page's blocks, as the block-reading extractors saw them
    shapes: tuple[str, ...] = ()  # value shapes that often mean trouble (see ``value_shapes``)
    signals: tuple[tuple[str, float], ...] = ()  # the extractors' facts about the page and this field

    def features(self) -> dict[str, float]:
        """The model's inputs: numbers, then indicators named after rules and extractors."""
        features = {
            "support": self.support,
            "agreeing": float(self.agreeing),
            "competing": float(self.rivals),
            "margin": self.margin,
            "ran": float(self.ran),
            "log_words": math.log1p(self.words),
            "log_page_words": math.log1p(self.page_words),
            "share_of_page": min(self.words / self.page_words, 1.0) if self.page_words else 0.0,
            "html": float(self.html),
        }
        features.update(dict.fromkeys(self._indicators(), 1.0))
        features.update((f"signal:{name}", value) for name, value in self.signals)
        return features

    def _indicators(self) -> Iterator[str]:
        if self.rule:
            yield f"rule:{self.rule}"
        yield from (f"source:{name}" for name in self.sources)
        yield from (f"ran:{name}" for name in self.ran_names)
        yield from (f"shape:{shape}" for shape in self.shapes)


def value_shapes(field: FieldName, value: Any) -> tuple[str, ...]:
    """Shapes of a value that the data showed to go with wrong values more often than not."""
    if value is None:
        return ()
    if field is FieldName.TITLE:
        return ("separator",) if _TITLE_SEPARATOR.search(value) else ()
    if field is FieldName.AUTHORS:
        shapes = ["many"] if len(value) >= MANY_AUTHORS else []
        if any(len(name.split()) > LONG_NAME_WORDS for name in value):
            shapes.append("long_name")
        if any(len(name.split()) == 1 for name in value):
            shapes.append("one_word_name")
        return tuple(shapes)
    if field is FieldName.DATE and isinstance(value, dt.date):
        shapes = ["with_time"] if isinstance(value, dt.datetime) else []
        if (value.month, value.day) == (1, 1):
            shapes.append("new_year")
        return tuple(shapes)
    return ()


def value_words(field: FieldName, value: Any) -> int:
    """Words in a value: the body's segments, a title's words, the names of an author list."""
    if value is None:
        return 0
    if field is FieldName.BODY:
        return sum(len(segment.text.split()) for segment in value)
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, list | tuple):
        return len(value)
    return 1
