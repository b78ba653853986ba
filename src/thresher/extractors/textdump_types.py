"""Shared shapes of the text-dump extractor: a block's verdict, the body run, and what counts as prose."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..article import SegmentKind
from ..labels import Label
from ..textblocks import Block

# Prose has at least this many words: shorter sentences are captions, buttons and teasers.
MIN_PROSE_WORDS = 5
# Scripts written without spaces (Japanese, Chinese, Thai) have no words to count: this many characters instead.
MIN_UNSPACED_PROSE_CHARS = 25
# ... and at least this share of stop-words (in the page's language): menus and tag rows have none.
MIN_PROSE_STOPWORDS = 0.08
# ... unless its letters are mostly not Latin (the stop-word lists are for Latin-script languages).
MAX_LATIN_SHARE = 0.5
# ... and is not title case: headlines capitalise most words, sentences few.
MAX_PROSE_CAPITALISED = 0.7

# A sentence closes with its mark, perhaps inside quotes or brackets; "Week 12 rankings (133)" does not.
_CLOSED = regex.compile(r"[.!?…:;。！？][\"”»’')\]]*$")
_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Latin}")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A label for one block, why, and whether it ends a body run."""

    label: Label
    reason: str
    breaks: bool = False
    opens_section: bool = False
    spread: bool = False  # given by a section heading above, not by the block's own words


@dataclass(frozen=True, slots=True)
class Body:
    """The chosen body run: first and last kept block, and the prose it holds."""

    start: int
    end: int
    prose_chars: int
    bounded: bool
    widened: bool = False  # a thin run taken whole: its short lines are the page's content, not chrome


def is_prose(block: Block) -> bool:
    """Sentence-punctuated, stop-word-rich, not title case: the shape of article text."""
    f = block.features
    closed = f.sentences > 0 or _CLOSED.search(block.text) is not None
    unlisted = _unlisted_script(block.text)
    unspaced = unlisted and _unspaced(block.text)  # no words to count, no capitals to weigh
    return ((f.words >= MIN_PROSE_WORDS or unspaced) and f.ends_sentence and closed
            and (f.stopwords >= MIN_PROSE_STOPWORDS or unlisted)
            and (f.capitalised <= MAX_PROSE_CAPITALISED or unspaced) and block.kind is not SegmentKind.HEADING)


def _unspaced(text: str) -> bool:
    """Long text in a script that does not separate words by spaces (one "word" holds a whole clause)."""
    return len(_UNSPACED.findall(text)) >= MIN_UNSPACED_PROSE_CHARS


def _unlisted_script(text: str) -> bool:
    """Mostly letters of a script with no stop-word list (Cyrillic, Greek, CJK …): the test cannot apply."""
    letters = _LETTER.findall(text)
    return bool(letters) and len(_LATIN.findall(text)) < MAX_LATIN_SHARE * len(letters)
