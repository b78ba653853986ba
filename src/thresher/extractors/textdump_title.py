"""The title of a text dump when no byline anchors it: a small logistic model over candidate lines.

Each title-like line near the body's start is described by a few markup-free features; the weights
were fitted on the development part of the text-dump benchmark (``benchmarks/fit_textdump_title.py``)
and are shipped here as constants, so no learning library is needed at run time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..article import SegmentKind
from ..lexicon import ANY_STOPWORDS, words
from ..textblocks import Block
from .textdump_types import Verdict, is_prose

# Candidates are sought this many blocks above the body's start (menus may stand between) ...
TITLE_WINDOW_ABOVE = 40
# ... and this many blocks into it (the title often opens the body run).
TITLE_WINDOW_INSIDE = 3
# Words this short ("and", "how") carry no topic.
MIN_CONTENT_WORD_CHARS = 2
# A title has a few words and not many.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 25
# Titles of most articles have this many words; menu items fewer, teasers more.
TYPICAL_TITLE_WORDS = (4, 16)
# How far below a headline a date line may stand and still date it.
DATE_REACH = 3

FEATURES = ("bias", "echo", "log_words", "typical_length", "repeated", "distance_above", "inside_body",
            "prose_below", "date_below", "heading", "capitalised")
# Fitted on the dev part (wcxb-dev odd ids, three renderers); refit with benchmarks/fit_textdump_title.py.
WEIGHTS = (-4.246, 1.656, 0.277, 0.932, 0.256, -0.943, -0.857, 0.210, 1.300, 1.220, 0.092)


def candidate(block: Block, verdict: Verdict | None) -> bool:
    """A line that could be a title: a few words, no date, no sentence end, not a list item."""
    f = block.features
    return ((verdict is None or verdict.spread) and MIN_TITLE_WORDS <= f.words <= MAX_TITLE_WORDS and not f.has_date
            and not block.text.endswith((".", ",", ";", ":")) and block.kind is not SegmentKind.LIST_ITEM)


def content_words(text: str) -> frozenset[str]:
    """Topic words: stop-words and very short words left out."""
    return frozenset(w for w in words(text) if len(w) > MIN_CONTENT_WORD_CHARS and w not in ANY_STOPWORDS)


def features(blocks: Sequence[Block], i: int, body_start: int, body_words: frozenset[str]) -> tuple[float, ...]:
    """The model's inputs for block ``i`` (see ``FEATURES``)."""
    block, f = blocks[i], blocks[i].features
    content = content_words(block.text)
    echo = len(content & body_words) / len(content) if content else 0.0
    low, high = TYPICAL_TITLE_WORDS
    below = blocks[i + 1:i + 1 + DATE_REACH]
    return (
        1.0,
        echo,
        math.log1p(f.words),
        float(low <= f.words <= high),
        float(f.repeats > 0),
        max(body_start - i, 0) / 10,
        float(i >= body_start),
        float(i + 1 < len(blocks) and is_prose(blocks[i + 1])),
        float(any(b.features.date_only or b.features.has_date for b in below)),
        float(block.kind is SegmentKind.HEADING),
        f.capitalised,
    )


def probability(values: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    score = sum(w * v for w, v in zip(weights, values, strict=True))
    return 1 / (1 + math.exp(-score))


def candidates(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int) -> list[int]:
    first = max(body_start - TITLE_WINDOW_ABOVE, 0)
    last = min(body_start + TITLE_WINDOW_INSIDE, len(blocks))
    return [i for i in range(first, last) if candidate(blocks[i], verdicts[i])]


def best_title(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int,
               body_words: frozenset[str]) -> tuple[int, float] | None:
    """The candidate the model likes best, with its probability (the nearest wins a tie)."""
    scored = [(probability(features(blocks, i, body_start, body_words)), i)
              for i in candidates(blocks, verdicts, body_start)]
    if not scored:
        return None
    p, i = max(scored, key=lambda pair: (pair[0], pair[1]))
    return i, p
