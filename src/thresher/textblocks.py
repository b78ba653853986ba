"""Text dump → blocks with features, for any renderer (browser copy, w3m, lynx, html2text, inscriptis).

A dump has no markup, so structure is read from the shape of lines:

1. Read each line: indentation, bullet marker (``•``, ``*``, ``-``, ``+``, ``o``, ``□``, ``1.``),
   Markdown heading, link markers (``[text](url)``, lynx's ``[12]``), rules and setext underlines.
2. Join lines into logical blocks: hard-wrapped paragraphs and wrapped list items are rejoined;
   any other line stands alone, with a note of whether a blank line preceded it.
3. Measure each block: length, words, sentence punctuation, title case, stop-words, repetition,
   position, dates, link-list shape, and the list runs and date-and-headline pairs around it.
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from .article import SegmentKind
from .dates import DateMatch, find_dates
from .lexicon import guess_language, stopword_ratio, words

_BULLET = regex.compile(
    r"^(?P<marker>[•◦▪▫‣∙·●○■□◆◇►▶➢➤✓✔–\-*+]|o(?=\s+\p{Lu})|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)](?=\s+\p{Lu}))"
    r"\s+(?P<text>\S.*)$"
)
_MD_HEADING = regex.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_SETEXT = regex.compile(r"^(?:=+|-+)\s*$")
_RULE = regex.compile(r"^(?:[-*_=~]\s*){3,}$")
_MD_IMAGE = regex.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = regex.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*(?:\s[^)\s]*)?)(?:\s+\"[^\"]*\")?\)")
_LYNX_REF = regex.compile(r"\[\d{1,4}\](?=\S)")
# Markdown emphasis, strong or not ("**x**", "_x_"), not inside a word ("snake_case", "5*3*2").
_EMPHASIS = regex.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
_SENTENCE_END = regex.compile(r"[.!?…:;。！？\"”»')\]]$")
_SENTENCE_MARK = regex.compile(r"[.!?…](?=\s|$)")
_ORDERED = regex.compile(r"^(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])$")
# A day and month with no year, as in a masthead's "Sunday, November 2": a dateline, never a pub date.
_YEARLESS_DATE = regex.compile(
    r"^(?:\p{L}{2,12}\.?,?\s+)?(?:\d{1,2}\.?\s+\p{L}{3,12}|\p{L}{3,12}\s+\d{1,2}"
    r"(?:st|nd|rd|th)?)$",
    regex.IGNORECASE,
)
_WEEKDAY = regex.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                         r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", regex.IGNORECASE)
_TOKEN = regex.compile(r"\S+")
# Every full date has a year: lines without one need no date search.
_YEARISH = regex.compile(r"(?:19|20)\d\d")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
# Renderers do not break URLs, so lines holding one may run past the wrap width.
_URLISH = regex.compile(r"https?://|\]\(|www\.")

# Renderers hard-wrap at 60–100 columns; a page whose longest line is shorter is a list of short lines.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 60, 100
# A hard-wrapped page has almost no prose line longer than its width (a stray long word may be).
MAX_OVERLONG_SHARE = 0.03
# ... and several lines filled close to that width.
MIN_FULL_LINES = 3
# A line within this many columns of the width is "full": the next word did not fit.
WRAP_SLACK = 15
# A lower-case continuation joins a line at least this long: menus do not wrap mid-phrase.
MIN_JOIN_CHARS = 30
# A link list is a run of at least this many short capitalised tokens ("Facebook X Instagram Pinterest").
MIN_LINK_LIST_TOKENS = 4
# Share of capitalised tokens for the link-list and title-case shapes.
MIN_CAPITALISED_SHARE = 0.8
# A "short title-like line" (menu item, headline) has at most this many words: headlines run long.
MAX_TITLE_WORDS = 24
# A date line has at most this many characters left beside its date ("Updated", "|").
MAX_DATE_LINE_REST = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One physical line read for its shape."""

    number: int
    text: str
    indent: int
    kind: SegmentKind
    level: int = 0
    ordered: bool = False
    links: int = 0
    text_column: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Features:
    """Markup-free evidence about a block, all cheap to compute."""

    chars: int
    words: int
    sentences: int
    ends_sentence: bool
    capitalised: float  # share of words starting upper-case
    stopwords: float  # share of stop-words in the page's language
    repeats: int  # how many other blocks have the same text
    position: float  # 0 at the top of the page, 1 at the bottom
    date_only: bool  # the block is a full date and little else
    yearless_date: bool  # "Sunday, November 2": a masthead dateline
    has_date: bool
    link_list: bool  # a run of short capitalised tokens, no sentence
    title_like: bool  # short, no sentence end, mostly capitalised or a heading
    list_run: int  # length of the run of short title-like list items this block is in (0 if none)
    headline_date: bool  # a title-like line next to a date line: the shape of "Related Posts" lists
    links: int  # link markers in the raw text (html2text, lynx)


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A logical block of a dump: a paragraph, heading, list item or single line."""

    index: int
    text: str
    kind: SegmentKind
    level: int
    ordered: bool
    indent: int
    first_line: int
    last_line: int
    gap_before: bool
    features: Features


@dataclass(frozen=True, slots=True)
class Blocks:
    """The blocks of one page and the language guessed from its prose."""

    items: tuple[Block, ...]
    language: str | None


def build_blocks(lines: Sequence[str]) -> Blocks:
    """Read lines, join them into blocks, then measure each block against the page."""
    read = [parsed for number, raw in enumerate(lines) if (parsed := read_line(number, raw, lines)) is not None]
    width = wrap_width(lines)
    drafts = join_lines(read, width)
    language = guess_language(" ".join(d.text for d in drafts if _prose_shaped(d.text)))
    return Blocks(_measure(drafts, language), language)


def read_line(number: int, raw: str, lines: Sequence[str]) -> Line | None:
    """One line's kind, level and clean text; None for blank lines, rules and setext underlines."""
    expanded = raw.expandtabs(4).rstrip()
    stripped = expanded.lstrip()
    if not _ALNUM.search(stripped) or _RULE.match(stripped) or not clean_inline(stripped):
        return None  # blank lines, rules, lone bullets and images carry no text
    indent = len(expanded) - len(stripped)
    links = len(_MD_LINK.findall(stripped)) + len(_LYNX_REF.findall(stripped))
    if (heading := _MD_HEADING.match(stripped)) is not None:
        return Line(number=number, text=clean_inline(heading["text"]), indent=indent, kind=SegmentKind.HEADING,
                    level=len(heading["hashes"]), links=links)
    if (bullet := _BULLET.match(stripped)) is not None:
        marker = bullet["marker"]
        return Line(number=number, text=clean_inline(bullet["text"]), indent=indent, kind=SegmentKind.LIST_ITEM,
                    ordered=bool(_ORDERED.match(marker)), links=links, text_column=indent + bullet.start("text"))
    underlined = number + 1 < len(lines) and _SETEXT.match(lines[number + 1].strip() or "x")
    kind = SegmentKind.HEADING if underlined else SegmentKind.PARAGRAPH
    level = (1 if lines[number + 1].strip().startswith("=") else 2) if underlined else 0
    return Line(number=number, text=clean_inline(stripped), indent=indent, kind=kind, level=level, links=links)


def clean_inline(text: str) -> str:
    """Visible text of a line: entities decoded (scrapers leave "&amp;"), Markdown links and emphasis
    unwrapped, images and lynx markers gone."""
    text = _MD_IMAGE.sub("", html.unescape(text))
    text = _MD_LINK.sub(lambda m: m["text"], text)
    text = _LYNX_REF.sub("", text)
    text = _EMPHASIS.sub(lambda m: m[2], text)
    return " ".join(text.split())


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a renderer hard-wrapped the page at, or None if its lines are not wrapped."""
    lengths = [columns(line.rstrip().expandtabs(4)) for line in lines if _wrappable(line)]
    if not lengths:
        return None
    overlong = sum(length > MAX_WRAP_WIDTH for length in lengths)
    if overlong > MAX_OVERLONG_SHARE * len(lengths):
        return None
    width = max((length for length in lengths if length <= MAX_WRAP_WIDTH), default=0)
    full = sum(width - WRAP_SLACK <= length <= width for length in lengths)
    return width if full >= MIN_FULL_LINES and width >= MIN_WRAP_WIDTH else None


def columns(text: str) -> int:
    """The columns a terminal renderer gives the text: East Asian wide and full-width characters take
    two, so a hard-wrapped line of Korean or Chinese holds half as many characters as one of English."""
    return len(text) + sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def _wrappable(line: str) -> bool:
    """Prose lines tell the wrap width; html2text leaves list items, table rows and URLs unwrapped."""
    stripped = line.strip()
    return bool(stripped) and not _URLISH.search(line) and not _BULLET.match(stripped) and "|" not in stripped


def join_lines(lines: Sequence[Line], width: int | None) -> list[Block]:
    """Rejoin wrapped lines into logical blocks (features are filled in later)."""
    drafts: list[Block] = []
    previous: Line | None = None
    for line in lines:
        gap = previous is None or line.number != previous.number + 1
        if drafts and previous is not None and not gap and continues(previous, line, width):
            last = drafts[-1]
            drafts[-1] = replace(last, text=clean_inline(last.text + " " + line.text), last_line=line.number,
                                 features=replace(last.features, links=last.features.links + line.links))
            previous = Line(number=line.number, text=line.text, indent=previous.indent, kind=previous.kind,
                            text_column=previous.text_column)
            continue
        drafts.append(_new_draft(len(drafts), line, gap))
        previous = line
    return drafts


def continues(previous: Line, line: Line, width: int | None) -> bool:
    """Whether ``line`` is the wrapped tail of ``previous`` rather than a line of its own."""
    if line.kind is not SegmentKind.PARAGRAPH or previous.kind is SegmentKind.HEADING:
        return False
    if previous.kind is SegmentKind.LIST_ITEM and line.indent < previous.text_column:
        return False
    if previous.kind is SegmentKind.PARAGRAPH and abs(line.indent - previous.indent) > 2:
        return False
    first_word = line.text.split()[0]
    if width is not None and columns(previous.text) + previous.indent + 1 + columns(first_word) > width:
        return True
    lower_start = first_word[0].islower()
    return lower_start and len(previous.text) >= MIN_JOIN_CHARS and not _SENTENCE_END.search(previous.text)


def _new_draft(index: int, line: Line, gap: bool) -> Block:
    return Block(index=index, text=line.text, kind=line.kind, level=line.level, ordered=line.ordered,
                 indent=line.indent, first_line=line.number, last_line=line.number, gap_before=gap,
                 features=replace(_EMPTY_FEATURES, links=line.links))


def _measure(drafts: list[Block], language: str | None) -> tuple[Block, ...]:
    """Fill every block's features, including those that look at its neighbours."""
    counts = Counter(_key(d.text) for d in drafts)
    base_indent = min((d.indent for d in drafts), default=0)
    list_indent = min((d.indent for d in drafts if d.kind is SegmentKind.LIST_ITEM), default=0)
    dated = [is_date_line(d.text) for d in drafts]
    titled = [is_title_like(d.text, d.kind) for d in drafts]
    runs = _list_runs(drafts, titled)
    total = max(len(drafts) - 1, 1)
    blocks = []
    for i, d in enumerate(drafts):
        pair = titled[i] and not dated[i] and (
            (i + 1 < len(drafts) and dated[i + 1]) or (i > 0 and dated[i - 1] and not titled[i - 1]))
        features = _features(d.text, language, repeats=counts[_key(d.text)] - 1, position=i / total,
                             date_only=dated[i], title_like=titled[i], list_run=runs[i], headline_date=pair,
                             links=d.features.links)
        level = d.level if d.kind is SegmentKind.HEADING else _list_level(d, list_indent)
        blocks.append(Block(index=i, text=d.text, kind=d.kind, level=level, ordered=d.ordered,
                            indent=d.indent - base_indent, first_line=d.first_line, last_line=d.last_line,
                            gap_before=d.gap_before, features=features))
    return tuple(blocks)


# Renderers indent nested list items by two to four columns per level.
INDENT_PER_LEVEL = 2


def _list_level(block: Block, base_indent: int) -> int:
    if block.kind is not SegmentKind.LIST_ITEM:
        return 0
    return 1 + max(block.indent - base_indent, 0) // INDENT_PER_LEVEL


def _features(text: str, language: str | None, **context: int | float | bool) -> Features:
    tokens = _TOKEN.findall(text)
    lettered = [t for t in tokens if t[0].isalpha()]
    capitalised = sum(t[0].isupper() for t in lettered) / len(lettered) if lettered else 0.0
    return Features(
        chars=len(text), words=len(tokens), sentences=len(_SENTENCE_MARK.findall(text)),
        ends_sentence=bool(_SENTENCE_END.search(text)), capitalised=capitalised,
        stopwords=stopword_ratio(text, language), yearless_date=is_yearless_date(text),
        has_date=bool(dates_in(text)), link_list=is_link_list(text), **context,  # type: ignore[arg-type]
    )


def _list_runs(drafts: Sequence[Block], titled: Sequence[bool]) -> list[int]:
    """For each block, the length of the run of consecutive short title-like list items it sits in."""
    runs = [0] * len(drafts)
    start = 0
    while start < len(drafts):
        end = start
        while end < len(drafts) and drafts[end].kind is SegmentKind.LIST_ITEM and titled[end]:
            end += 1
        for i in range(start, end):
            runs[i] = end - start
        start = max(end, start + 1)
    return runs


def dates_in(text: str) -> list[DateMatch]:
    """``find_dates``, skipped for text with no year in it (most lines; the search is costly)."""
    return find_dates(text) if _YEARISH.search(text) else []


def is_date_line(text: str) -> bool:
    """A line that is a full date and little else ("November 2, 2025", "Updated 12.03.2024")."""
    dates = dates_in(text)
    if len(dates) != 1:
        return False
    rest = text[:dates[0].start] + text[dates[0].end:]
    return len(regex.sub(r"[\W\d]+", "", rest)) <= MAX_DATE_LINE_REST and len(text) < 60


def is_yearless_date(text: str) -> bool:
    """A day and month without a year ("Sunday, November 2"): a masthead's dateline."""
    text = text.strip()
    return bool(_YEARLESS_DATE.match(text)) and not dates_in(text) and (
        bool(_WEEKDAY.match(text)) or any(len(w) >= 3 and w in _MONTH_WORDS for w in words(text)))


_MONTH_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier",
     "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"]
)


def is_link_list(text: str) -> bool:
    """A run of short capitalised tokens with no sentence: a share bar, tag line or inline menu."""
    tokens = [t.strip("()[]|·•") for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    if len(tokens) < MIN_LINK_LIST_TOKENS or regex.search(r"[.,;:!?]", text):
        return False
    if stopword_ratio(text, None) > 0:
        return False
    capitalised = sum(t[0].isupper() or t[0].isdigit() for t in tokens) / len(tokens)
    return capitalised >= MIN_CAPITALISED_SHARE


def is_title_like(text: str, kind: SegmentKind = SegmentKind.PARAGRAPH) -> bool:
    """Short, not a sentence, and mostly capitalised (or marked as a heading): a title or a menu item."""
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > MAX_TITLE_WORDS or text.rstrip().endswith((".", ",", ";", ":")):
        return False
    if kind is SegmentKind.HEADING:
        return True
    lettered = [t for t in tokens if t[0].isalpha()]
    if not lettered:
        return False
    content = [t for t in lettered if t.lower() not in _SMALL_WORDS]
    capitalised = sum(t[0].isupper() for t in content) / len(content) if content else 0.0
    return capitalised >= MIN_CAPITALISED_SHARE


# Words left lower-case inside English title case ("Safe Food Practices of the Year").
_SMALL_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
                          "by", "from", "as", "vs", "via", "not", "into", "over"])


def _prose_shaped(text: str) -> bool:
    return len(text.split()) >= MIN_LINK_LIST_TOKENS and bool(_SENTENCE_MARK.search(text))


def _key(text: str) -> str:
    return " ".join(words(text))


_EMPTY_FEATURES = Features(chars=0, words=0, sentences=0, ends_sentence=False, capitalised=0.0, stopwords=0.0,
                           repeats=0, position=0.0, date_only=False, yearless_date=False, has_date=False,
                           link_list=False, title_like=False, list_run=0, headline_date=False, links=0)
