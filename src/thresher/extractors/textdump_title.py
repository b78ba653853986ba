"""The title of a text dump when no byline anchors it: a small ranking model over candidate lines.

Each title-like line near the body's start is described by markup-free features; a page's candidates
compete in one softmax (a conditional logit), so the model learns which line is *the* title rather
than whether a line looks like one. The weights were fitted on the development part of the text-dump
benchmark (``benchmarks/fit_textdump_title.py``) and are shipped here as constants, so no learning
library is needed at run time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .._normalize import fold
from ..article import SegmentKind
from ..lexicon import ANY_STOPWORDS, BYLINE_PREFIX, DATELINE_PREFIX, words
from ..textblocks import Block
from .textdump_types import Body, Verdict, is_prose

# Candidates are sought this many blocks above the body's start: mega-menus may put hundreds of lines
# between the title and a misplaced body start (a 250-block window left the title out on 17 to 28 of 742
# dev dumps per renderer); a bound keeps a dump of endless short lines from costing seconds.
TITLE_WINDOW_ABOVE = 2000
# ... and this many blocks into it (the title often opens the body run, after a caption or a teaser).
TITLE_WINDOW_INSIDE = 12
# Words this short ("and", "how") carry no topic.
MIN_CONTENT_WORD_CHARS = 2
# A title has a few words and not many.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 1, 25
# Titles of most articles have this many words; menu items fewer, teasers more.
TYPICAL_TITLE_WORDS = (4, 16)
# How far below a headline a date line or a byline may stand and still belong to it.
DATE_REACH = 3
# The same line again within this many blocks: a breadcrumb's last crumb, or a heading rendered twice.
ECHO_REACH = 4
# The lead of the body, whose words a title announces: its first few prose blocks.
LEAD_BLOCKS = 3
# Prose this close above a line makes it a sub-heading between paragraphs, not the article's title.
PROSE_ABOVE_REACH = 2
# The body's most frequent topic words, which a title names.
TOPIC_WORDS = 5
# A line this long or shorter may hold the title beside other words ("Title | Site", "Share: Title"); longer
# lines are prose, whose first words are no echo (and the bound keeps the echo set small on long pages).
ECHO_CHARS = 200
# What is left at a cut between a title and the words beside it: separators, not part of either.
_ECHO_TRIM = " |-–—:·•»«/\\"
# Characters that mark a control, a price or a counter rather than a headline ("Search [ ]", "$39.58").
_NOISE = regex.compile(r"[\[\]{}<>|@#$€£%=_*]|\d{3,}")

FEATURES = ("bias", "echo", "lead_echo", "log_words", "typical_length", "repeated", "echoed_nearby",
            "distance_above", "log_distance", "inside_body", "prose_below", "date_below", "byline_below",
            "heading", "top_heading", "capitalised", "noise", "nearest", "position", "gap_before", "gap_after",
            "title_like", "best_lead_echo", "prose_above", "again_after_body", "topic", "after_chrome",
            "candidates_between", "deeper_than_body", "shallower_than_body", "echoed_anywhere", "extends_line",
            "first_candidate")
# Fitted on the dev part (wcxb-dev odd ids, three renderers); refit with benchmarks/fit_textdump_title.py.
WEIGHTS = (0.000, 1.537, 2.457, 0.589, 0.735, 0.078, 0.558, 0.020, -0.971, -1.364, -0.051, 1.211, 0.469, 1.317,
           2.737, 0.393, 0.435, -0.155, -1.485, 1.544, 1.868, 0.437, -0.451, -0.549, -0.327, 3.074, 0.533, 0.894,
           -1.408, 0.952, 1.464, 0.624, -0.490)


@dataclass(frozen=True, slots=True)
class TitleContext:
    """What the model compares a candidate with: the body's start and the words of the body and its lead."""

    blocks: Sequence[Block]
    verdicts: Sequence[Verdict | None]
    body_start: int
    body_words: frozenset[str]
    lead_words: frozenset[str]
    topic_words: frozenset[str]
    after_body: frozenset[str]  # folded lines below the body: footers and menus repeat site names, not titles
    echoes: frozenset[str]  # folded word-boundary parts of the page's short lines (see ``title_context``)
    short_lines: frozenset[str]  # the page's folded lines of at most ``ECHO_CHARS`` characters


def title_context(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None,
                  body_start: int | None = None) -> TitleContext:
    """The context for ``body`` (no body: the candidates are the page's last lines, with no echo). The
    body's start is its first prose block: a heading the run opens with is often the title itself, and
    must not count as a line inside the article."""
    start = body_start if body_start is not None else (body.start if body else len(blocks))
    inside = range(body.start, body.end + 1) if body else range(0)
    prose = [i for i in inside if verdicts[i] is None and is_prose(blocks[i])][:LEAD_BLOCKS]
    if prose and body is not None and start == body.start:
        start = prose[0]
    after = frozenset(fold(b.text) for b in blocks[body.end + 1:]) if body else frozenset()
    short_lines = frozenset(fold(b.text) for b in blocks if len(b.text) <= ECHO_CHARS)
    # Every proper prefix and suffix of the short lines: pages repeat their title beside the site's name
    # ("Title | Site", "Site - Title") or a share button's label ("Share: Title"), menu items rarely.
    echoes = frozenset().union(*(_parts(line) for line in short_lines))
    return TitleContext(blocks, verdicts, start, _words_of(blocks, inside), _words_of(blocks, prose),
                        _topic_words(blocks, inside), after, echoes, short_lines)


def _parts(folded: str) -> frozenset[str]:
    """The proper prefixes and suffixes of a folded line cut at a space, without the separator at the cut."""
    found: set[str] = set()
    cut = folded.find(" ")
    while cut > 0:
        found.update((folded[:cut].strip(_ECHO_TRIM), folded[cut + 1:].strip(_ECHO_TRIM)))
        cut = folded.find(" ", cut + 1)
    found.discard("")
    return frozenset(found)


def _topic_words(blocks: Sequence[Block], indices: range) -> frozenset[str]:
    """The body's most frequent content words: what the article is about."""
    counts = Counter(w for i in indices for w in words(blocks[i].text) if _is_content_word(w))
    return frozenset(w for w, _ in counts.most_common(TOPIC_WORDS))


def _words_of(blocks: Sequence[Block], indices: Sequence[int] | range) -> frozenset[str]:
    return frozenset().union(*(content_words(blocks[i].text) for i in indices))


def candidate(block: Block, verdict: Verdict | None) -> bool:
    """A line that could be a title: a few words, no date, no sentence end, not a list item."""
    f = block.features
    return ((verdict is None or verdict.spread) and MIN_TITLE_WORDS <= f.words <= MAX_TITLE_WORDS and not f.has_date
            and not block.text.endswith((".", ",", ";", ":")) and block.kind is not SegmentKind.LIST_ITEM)


def content_words(text: str) -> frozenset[str]:
    """Topic words: stop-words and very short words left out."""
    return frozenset(w for w in words(text) if _is_content_word(w))


def _is_content_word(word: str) -> bool:
    return len(word) > MIN_CONTENT_WORD_CHARS and word not in ANY_STOPWORDS


def _overlap(content: frozenset[str], other: frozenset[str]) -> float:
    return len(content & other) / len(content) if content else 0.0


def _echoed_nearby(blocks: Sequence[Block], i: int) -> bool:
    """The line again close by, or a nearby breadcrumb ending with it: pages repeat their title."""
    key = fold(blocks[i].text)
    near = range(max(i - ECHO_REACH, 0), min(i + ECHO_REACH + 1, len(blocks)))
    return any(j != i and fold(blocks[j].text).endswith(key) for j in near)


def _depth(ctx: TitleContext, i: int) -> int:
    """The line's indentation against the body's first block (0 without a body): renderers that indent
    keep the title at another depth than the menu items and the body's paragraphs."""
    start = ctx.blocks[ctx.body_start] if ctx.body_start < len(ctx.blocks) else ctx.blocks[i]
    return ctx.blocks[i].indent - start.indent


def _extends_line(ctx: TitleContext, i: int) -> bool:
    """Another short line is the start or the end of this one: a shortened headline or crumb ("Title"
    beside "Title: What It Means"), of which this line is the full title."""
    return not _parts(fold(ctx.blocks[i].text)).isdisjoint(ctx.short_lines)


def _after_chrome(ctx: TitleContext, i: int) -> bool:
    """Right below a labelled line or a list item: the first line after the menus is where titles stand."""
    return i > 0 and (ctx.verdicts[i - 1] is not None or ctx.blocks[i - 1].kind is SegmentKind.LIST_ITEM)


def _prose_above(ctx: TitleContext, i: int) -> bool:
    """Article prose just above the line: a sub-heading between paragraphs (a title opens its article)."""
    above = range(max(i - PROSE_ABOVE_REACH, 0), i)
    return any(ctx.verdicts[j] is None and is_prose(ctx.blocks[j]) for j in above)


def _byline_below(below: Sequence[Block]) -> bool:
    return any(BYLINE_PREFIX.match(b.text) or DATELINE_PREFIX.match(b.text) for b in below)


def features(ctx: TitleContext, i: int, nearest: bool = False, best_echo: bool = False, between: int = 0,
             first: bool = False) -> tuple[float, ...]:
    """The model's inputs for block ``i`` (see ``FEATURES``); ``nearest``: no candidate stands closer
    above the body's start; ``best_echo``: no candidate shares more words with the body's lead; ``between``:
    how many candidates stand between the line and the body's start (a subtitle, a caption and a section
    heading may come after the title, so the nearest line is not always it); ``first``: no candidate
    stands above it (where a site's name or its logo's text opens the page)."""
    blocks, start = ctx.blocks, ctx.body_start
    block, f = blocks[i], blocks[i].features
    content = content_words(block.text)
    low, high = TYPICAL_TITLE_WORDS
    below = blocks[i + 1:i + 1 + DATE_REACH]
    depth = _depth(ctx, i)
    return (
        1.0,
        _overlap(content, ctx.body_words),
        _overlap(content, ctx.lead_words),
        math.log1p(f.words),
        float(low <= f.words <= high),
        float(f.repeats > 0),
        float(_echoed_nearby(blocks, i)),
        max(start - i, 0) / 10,
        math.log1p(abs(start - i)),
        float(i >= start),
        float(i + 1 < len(blocks) and is_prose(blocks[i + 1])),
        float(any(b.features.date_only or b.features.has_date for b in below)),
        float(_byline_below(below)),
        float(block.kind is SegmentKind.HEADING),
        float(block.kind is SegmentKind.HEADING and block.level == 1),
        f.capitalised,
        float(_NOISE.search(block.text) is not None),
        float(nearest),
        f.position,
        float(block.gap_before),
        float(i + 1 < len(blocks) and blocks[i + 1].gap_before),
        float(f.title_like),
        float(best_echo),
        float(_prose_above(ctx, i)),
        float(fold(block.text) in ctx.after_body),
        len(content & ctx.topic_words) / TOPIC_WORDS,
        float(_after_chrome(ctx, i)),
        math.log1p(between),
        float(depth > 0),
        float(depth < 0),
        float(fold(block.text) in ctx.echoes),
        float(_extends_line(ctx, i)),
        float(first),
    )


def score(values: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    """A candidate's logit: only differences between a page's candidates mean anything."""
    return sum(w * v for w, v in zip(weights, values, strict=True))


def candidates(ctx: TitleContext) -> list[int]:
    first = max(ctx.body_start - TITLE_WINDOW_ABOVE, 0)
    last = min(ctx.body_start + TITLE_WINDOW_INSIDE, len(ctx.blocks))
    return [i for i in range(first, last) if candidate(ctx.blocks[i], ctx.verdicts[i])]


def candidate_features(ctx: TitleContext) -> list[tuple[int, tuple[float, ...]]]:
    """Every candidate with its features."""
    found = candidates(ctx)
    above = [i for i in found if i < ctx.body_start]
    between = {i: len(above) - 1 - rank for rank, i in enumerate(above)}
    nearest = above[-1] if above else (found[0] if found else None)
    echoes = {i: _overlap(content_words(ctx.blocks[i].text), ctx.lead_words) for i in found}
    best = max(echoes.values(), default=0.0)
    return [(i, features(ctx, i, nearest=i == nearest, best_echo=best > 0 and echoes[i] == best,
                         between=between.get(i, 0), first=i == found[0])) for i in found]


def best_title(ctx: TitleContext, among: frozenset[int] | None = None) -> tuple[int, float] | None:
    """The candidate the model ranks first (of those ``among``, if given), with its share of the softmax
    (the nearest wins a tie)."""
    scored = [(score(values), i) for i, values in candidate_features(ctx) if among is None or i in among]
    if not scored:
        return None
    top, i = max(scored, key=lambda pair: (pair[0], pair[1]))
    total = sum(math.exp(s - top) for s, _ in scored)
    return i, 1 / total
