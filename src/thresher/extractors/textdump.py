"""Text dumps: the rendered text of a page as scrapers keep it (browser copy, w3m, lynx, html2text).

One readable pass, Readability-style:

1. Build blocks from lines, with markup-free features (``thresher.textblocks``).
2. Label each block by itself: cue lines (share, counters, footer, pagination, search), cue
   headings that open a section ("Related Posts"), shapes (social rows, datelines, breadcrumbs,
   source-and-age lines, calls to action) — each with a readable reason.
3. Spread section labels over the blocks that follow a cue heading, until the section ends.
4. Choose the body: the run of blocks, unbroken by chrome, with the most prose; trim its edges.
5. Read the header before the body: byline (authors, date), title, site name.
6. Label whatever is left outside the body by its shape; propose fields with rule strengths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex

from .._normalize import fold
from ..article import FieldName, Segment, SegmentKind
from ..authors import clean_authors, split_names
from ..candidate import BlockDecision, Candidate, Proposal
from ..dates import find_dates
from ..extractor import Cost
from ..labels import Label
from ..lexicon import (
    BYLINE_PREFIX,
    COOKIE_HINT,
    DATELINE_PREFIX,
    PROMO_VERBS,
    guess_language,
    line_cue,
    section_cue,
    social_share,
    words,
)
from ..page import Format, Page
from ..textblocks import Block, build_blocks, is_title_like

# --- thresholds -----------------------------------------------------------------------------
# Prose has at least this many words: shorter sentences are captions, buttons and teasers.
MIN_PROSE_WORDS = 5
# ... and at least this share of stop-words (in the page's language): menus and tag rows have none.
MIN_PROSE_STOPWORDS = 0.08
# ... and is not title case: headlines capitalise most words, sentences few.
MAX_PROSE_CAPITALISED = 0.7
# A prose block this long is strong enough to end a boilerplate section ("Related Posts" teasers are shorter).
STRONG_PROSE_WORDS = 25
# This many non-prose blocks in a row (a menu, a list of links) split the page into separate runs ...
MAX_NON_PROSE_STRETCH = 10
# ... if they hold this much text: a listicle's "Visit website / Name / [svg]" lines between entries do not.
MIN_SPLIT_CHARS = 250
# Prose with no other prose this many blocks around it, at the edge of a run, is an island (a prompt, a caption).
ISLAND_REACH = 3
# Cookie banners are a few sentences; a long article about cookies is not one.
MAX_COOKIE_WORDS = 80
# A social row is mostly network names ("Share Facebook Twitter …") and short.
MIN_SOCIAL_SHARE = 0.5
MAX_SOCIAL_WORDS = 14
# Calls to action ("Dive deeper into …") are short; a run of two makes a promo box.
MAX_CTA_WORDS = 20
MIN_CTA_RUN = 2
# A list run of this many short title-like items is a menu or a list of headlines.
MIN_MENU_RUN = 3

# Rule strengths: hand-set priors for how often each rule is right; the chain's calibration refines them.
BODY_STRENGTH = 0.55
BODY_BOUNDED_BONUS = 0.15  # chrome found on both sides: the run is a real article, not the whole page
BODY_LONG_BONUS = 0.1  # a long run is rarely boilerplate
BODY_LONG_CHARS = 1500
LANGUAGE_STRENGTH = 0.7

_TEASER_END = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\]|read more|weiterlesen|lire la suite|leer más)\W*$",
                            regex.IGNORECASE)
_NAMED_COUNTER = regex.compile(r"^[\p{L} ]{2,20}:\s*\d[\d,.]*[kKmM]?$")
_SOURCE_AGE = regex.compile(
    r"^\S.{1,80}?\s*\d+\s?(?:months?|mo|weeks?|w|days?|d|hours?|hrs?|h|mins?|minutes?|years?|yrs?|y)"
    r"(?:\s+ago)?$", regex.IGNORECASE)
_BREADCRUMB = regex.compile(r"^\S[^»›>/|]{0,40}\s*(?:»|›|>|/|→)\s*\S.*$")
_BREADCRUMB_HOME = regex.compile(r"^(?:home|start|startseite|accueil|inicio|home ?page|strona główna|início|"
                                 r"homepage)\b", regex.IGNORECASE)

# Labels found from a cue or a strong shape end a body run; the others only drop their own block.
_BREAKING = frozenset({Label.RELATED, Label.HEADLINES, Label.PROMO, Label.COMMENTS, Label.TAGS, Label.BIO,
                       Label.FOOTER, Label.PAGINATION, Label.SEARCH})


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


class TextDumpExtractor:
    """Title, byline, site name and body from a page's rendered text, with a reason for every block."""

    name = "textdump"
    cost = Cost.CHEAP

    def accepts(self, page: Page) -> bool:
        return page.format is Format.TEXT

    def extract(self, page: Page) -> Candidate:
        """Steps 1–6 of the module docstring."""
        built = build_blocks(page.lines)
        blocks = built.items
        if not blocks:
            return Candidate(extractor=self.name)
        verdicts = spread_sections(blocks, [block_verdict(blocks, i) for i in range(len(blocks))])
        verdicts = mark_annotated(blocks, verdicts)
        body = choose_body(blocks, verdicts)
        header = read_header(blocks, verdicts, body, header_limit(blocks, verdicts, body))
        verdicts = mark_header(verdicts, header)
        body = reanchor(body, header)
        decisions = decide(blocks, verdicts, body, header)
        proposals = propose(blocks, decisions, body, header)
        return Candidate(extractor=self.name, proposals=tuple(proposals),
                         blocks=tuple(d for d, _ in decisions))


# --- step 2: each block by itself ---------------------------------------------------------------

def block_verdict(blocks: Sequence[Block], i: int) -> Verdict | None:
    """A label from the block's own words and shape, or None if it says nothing by itself."""
    block = blocks[i]
    text, f = block.text, block.features
    if _heading_shaped(block) and (cue := section_cue(text)) is not None:
        return Verdict(cue.label, f"section heading “{cue.phrase}”", breaks=True, opens_section=True)
    if (cue := line_cue(text)) is not None:
        return Verdict(cue.label, f"{cue.label} line “{_short(cue.phrase)}”", breaks=cue.label in _BREAKING)
    if COOKIE_HINT.match(text) and f.words <= MAX_COOKIE_WORDS:
        return Verdict(Label.COOKIE, "mentions cookies and consent (cookie banner)", breaks=True)
    if social_share(text) >= MIN_SOCIAL_SHARE and f.words <= MAX_SOCIAL_WORDS:
        return Verdict(Label.SHARE, "row of social network names")
    if f.yearless_date:
        return Verdict(Label.HEADER, "dateline without a year (the day's date in a masthead)")
    if _is_breadcrumb(text):
        return Verdict(Label.BREADCRUMBS, "breadcrumb trail (Home » …)")
    if _SOURCE_AGE.match(text) and not f.ends_sentence:
        return Verdict(Label.RELATED, "source name with a relative age (“15month”, “3 days ago”)")
    if _starts_cta_run(blocks, i):
        return Verdict(Label.PROMO, "short calls to action (“Discover …”, “Dive deeper …”)", breaks=True)
    return None


def _heading_shaped(block: Block) -> bool:
    """A cue heading stands alone: not a list item, not a sentence ("More on that shortly.")."""
    return block.kind is not SegmentKind.LIST_ITEM and not block.text.rstrip().endswith((".", "!", "?"))


def _is_breadcrumb(text: str) -> bool:
    return bool(_BREADCRUMB.match(text) and _BREADCRUMB_HOME.match(text)) and len(text) < 200


def _is_cta(block: Block) -> bool:
    tokens = words(block.text)
    return bool(tokens) and tokens[0] in PROMO_VERBS and block.features.words <= MAX_CTA_WORDS


def _starts_cta_run(blocks: Sequence[Block], i: int) -> bool:
    """Block ``i`` is in a run of calls to action, or is the title-like heading just above one."""
    def run_from(j: int) -> bool:
        return j + MIN_CTA_RUN <= len(blocks) and all(_is_cta(b) for b in blocks[j:j + MIN_CTA_RUN])

    if _is_cta(blocks[i]):
        return any(run_from(j) for j in range(max(i - MIN_CTA_RUN + 1, 0), i + 1))
    return is_title_like(blocks[i].text, blocks[i].kind) and run_from(i + 1)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- step 3: sections ------------------------------------------------------------------------

def spread_sections(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """A cue heading labels the blocks after it until the section ends (see ``_section_goes_on``)."""
    out = list(verdicts)
    for i, verdict in enumerate(verdicts):
        if verdict is None or not verdict.opens_section:
            continue
        in_list = i + 1 < len(blocks) and blocks[i + 1].kind is SegmentKind.LIST_ITEM
        j = i + 1
        while j < len(blocks) and verdicts[j] is None and _section_goes_on(blocks[j], in_list):
            out[j] = Verdict(verdict.label, f"under the {verdict.label} heading “{_short(blocks[i].text)}”",
                             breaks=True, spread=True)
            j += 1
    return out


def _section_goes_on(block: Block, in_list: bool) -> bool:
    """A section ends at strong prose, at the next cue or Markdown heading, or where the list it opened ends."""
    if block.kind is SegmentKind.HEADING:
        return False
    if in_list:
        return block.kind is SegmentKind.LIST_ITEM
    return not (is_prose(block) and block.features.words >= STRONG_PROSE_WORDS and not _TEASER_END.search(block.text))


def mark_annotated(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """A "Mentions: 12" line annotates the blurb just above it: both are dropped."""
    out = list(verdicts)
    for i in range(1, len(blocks)):
        counter = verdicts[i] is not None and verdicts[i].label is Label.COUNTER  # type: ignore[union-attr]
        if counter and _NAMED_COUNTER.match(blocks[i].text) and not blocks[i].gap_before and out[i - 1] is None:
            out[i - 1] = Verdict(Label.COUNTER, f"blurb annotated by the counter “{blocks[i].text}” below it")
    return out


# --- step 4: the body ------------------------------------------------------------------------

def is_prose(block: Block) -> bool:
    """Sentence-punctuated, stop-word-rich, not title case: the shape of article text."""
    f = block.features
    return (f.words >= MIN_PROSE_WORDS and f.ends_sentence and f.stopwords >= MIN_PROSE_STOPWORDS
            and f.capitalised <= MAX_PROSE_CAPITALISED and block.kind is not SegmentKind.HEADING)


def choose_body(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> Body | None:
    """The run with the most prose; runs end at breaking chrome and at long stretches without prose.
    Lone short prose at either edge of the run (a "Do you want more …?" prompt) is left out."""
    best: Body | None = None
    for start, end in _runs(blocks, verdicts):
        prose = _trim_islands(blocks, [i for i in range(start, end) if verdicts[i] is None and is_prose(blocks[i])])
        if not prose:
            continue
        lead = prose[0] > start and _lead_heading(blocks[prose[0] - 1], verdicts[prose[0] - 1])
        chars = sum(blocks[i].features.chars for i in prose)
        bounded = start > 0 and end < len(blocks)
        if best is None or chars > best.prose_chars:
            best = Body(prose[0] - lead, prose[-1], chars, bounded)
    return best


def _trim_islands(blocks: Sequence[Block], prose: list[int]) -> list[int]:
    """Drop short prose blocks at the edges that have no other prose within ``ISLAND_REACH`` blocks."""
    def lone(k: int) -> bool:
        near = any(0 < abs(prose[j] - prose[k]) <= ISLAND_REACH for j in (k - 1, k + 1) if 0 <= j < len(prose))
        return not near and blocks[prose[k]].features.words < STRONG_PROSE_WORDS

    while len(prose) > 1 and lone(0):
        prose = prose[1:]
    while len(prose) > 1 and lone(len(prose) - 1):
        prose = prose[:-1]
    return prose


def _lead_heading(block: Block, verdict: Verdict | None) -> bool:
    return verdict is None and is_title_like(block.text, block.kind) and not block.features.date_only


def _runs(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> list[tuple[int, int]]:
    """Half-open index ranges between breaking blocks. A long stretch without prose splits a run too
    (a list counts once: a table of contents is one thing), the new run starting one block before
    the next prose, to leave room for its heading."""
    runs: list[tuple[int, int]] = []
    start, last_prose, stretch, chars = 0, None, 0, 0
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict is not None and verdict.breaks:
            runs.append((start, i))
            start, last_prose, stretch, chars = i + 1, None, 0, 0
        elif verdict is None and is_prose(block):
            if last_prose is not None and stretch > MAX_NON_PROSE_STRETCH and chars >= MIN_SPLIT_CHARS:
                runs.append((start, last_prose + 1))
                start = i - 1
            last_prose, stretch, chars = i, 0, 0
        else:
            chars += block.features.chars
            if not (block.kind is SegmentKind.LIST_ITEM and i > 0 and blocks[i - 1].kind is SegmentKind.LIST_ITEM):
                stretch += 1
    runs.append((start, len(blocks)))
    return [(a, b) for a, b in runs if a < b]


# --- step 5: the header ----------------------------------------------------------------------

def header_limit(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None) -> int:
    """The header may reach into the body run up to its second prose block (a caption or teaser
    can come first, the article's text does not come before its byline)."""
    if body is None:
        return len(blocks)
    prose = [i for i in range(body.start, body.end + 1) if verdicts[i] is None and is_prose(blocks[i])]
    return prose[1] if len(prose) > 1 else body.start


def mark_header(verdicts: Sequence[Verdict | None], header: Header) -> list[Verdict | None]:
    """The title, byline and date blocks are labelled so they stay out of the body."""
    out = list(verdicts)
    for index, label, reason in header.marks:
        out[index] = Verdict(label, reason)
    return out


def reanchor(body: Body | None, header: Header) -> Body | None:
    """A header found inside the body run moves the body's start below it."""
    if body is None or not header.marks:
        return body
    last = max(index for index, _, _ in header.marks)
    if last < body.start or last >= body.end:
        return body
    return Body(last + 1, body.end, body.prose_chars, body.bounded)


# --- step 6: decisions and proposals -----------------------------------------------------------

def decide(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None, header: Header
           ) -> list[tuple[BlockDecision, Block]]:
    """A kept-or-dropped decision with a reason for every block."""
    out = []
    for i, block in enumerate(blocks):
        inside = body is not None and body.start <= i <= body.end
        verdict = verdicts[i]
        if verdict is None:
            verdict = _inside_verdict(block) if inside else _outside_verdict(blocks, i, body, header)
        kept = verdict.label is Label.BODY
        score = min(block.features.chars / 400, 1.0) if is_prose(block) else 0.0
        out.append((BlockDecision(text=block.text, label=str(verdict.label), score=round(score, 3), kept=kept,
                                  reason=verdict.reason), block))
    return out


def _inside_verdict(block: Block) -> Verdict:
    if is_prose(block):
        return Verdict(Label.BODY, f"prose: {block.features.words} words, {block.features.sentences} sentence(s)")
    return Verdict(Label.BODY, "inside the body run (heading, list item or short line between prose)")


def _outside_verdict(blocks: Sequence[Block], i: int, body: Body | None, header: Header) -> Verdict:
    """Blocks outside the body and without a cue are labelled by their shape."""
    block, f = blocks[i], blocks[i].features
    after = body is not None and i > body.end
    if after and header.authors and _mentions_author(block.text, header.authors):
        return Verdict(Label.BIO, "mentions the article's author after the body (author box)")
    if f.headline_date:
        return Verdict(Label.HEADLINES, "headline beside a date (a list of other articles)")
    if f.date_only:
        return Verdict(Label.OTHER, "date line outside the body (of a listed article)")
    if f.list_run >= MIN_MENU_RUN:
        return Verdict(Label.NAV, f"one of {f.list_run} short title-like list items (menu)")
    if f.link_list:
        return Verdict(Label.TAGS if after else Label.NAV, "row of short capitalised tokens (links or tags)")
    if is_prose(block):
        chars = body.prose_chars if body else 0
        return Verdict(Label.OTHER, f"prose outside the main run ({f.chars} chars; the body run has {chars})")
    where = "after" if after else "before"
    return Verdict(Label.HEADER if not after else Label.FOOTER, f"short line {where} the body run")


def _mentions_author(text: str, authors: Sequence[str]) -> bool:
    """The text names an author in its first words (typos in the surname forgiven)."""
    head = set(words(" ".join(text.split()[:8])))
    return any(len(head & set(words(name))) >= min(2, len(words(name))) for name in authors)


def propose(blocks: Sequence[Block], decisions: Sequence[tuple[BlockDecision, Block]], body: Body | None,
            header: Header) -> list[Proposal]:
    """Body, language, header fields and site name, each with its rule's strength."""
    proposals = list(header.proposals)
    segments = tuple(_segment(block) for decision, block in decisions if decision.kept)
    if segments and body is not None:
        strength = BODY_STRENGTH + BODY_BOUNDED_BONUS * body.bounded + BODY_LONG_BONUS * (
            body.prose_chars >= BODY_LONG_CHARS)
        proposals.append(Proposal(field=FieldName.BODY, value=segments, rule="textdump.body_run",
                                  strength=round(strength, 3)))
        language = guess_language(" ".join(s.text for s in segments))
        if language:
            proposals.append(Proposal(field=FieldName.LANGUAGE, value=language, rule="textdump.stopwords",
                                      strength=LANGUAGE_STRENGTH))
    site = site_name(blocks, [d for d, _ in decisions], body.start if body else len(blocks))
    if site is not None:
        proposals.append(site)
    return proposals


def _segment(block: Block) -> Segment:
    if block.kind is SegmentKind.LIST_ITEM:
        return Segment(kind=SegmentKind.LIST_ITEM, text=block.text, level=max(block.level, 1), ordered=block.ordered)
    f = block.features
    if block.kind is SegmentKind.HEADING or (not f.ends_sentence and f.words <= MAX_HEADING_WORDS):
        return Segment(kind=SegmentKind.HEADING, text=block.text, level=block.level or DEFAULT_HEADING_LEVEL)
    return Segment(kind=SegmentKind.PARAGRAPH, text=block.text)


# Inside the body a short line with no sentence end is a sub-heading.
MAX_HEADING_WORDS = 12
# Sub-headings under the article's title.
DEFAULT_HEADING_LEVEL = 2


# --- header: byline, title, site name ---------------------------------------------------------

# The byline sits within this many blocks above the body (share bars and counters may intervene).
HEADER_WINDOW = 8
# A date line belongs to the title or byline when it stands this close to them.
DATE_LINE_REACH = 2
# The title stands within this many blocks above the byline (a category or dateline may intervene).
TITLE_REACH = 3
# Above the byline, a line this long beats a nearer shorter one ("Tech", "DIY Home Decor" are categories).
MIN_FULL_TITLE_WORDS = 4
# A title has a few words and not many.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 25
# A site name is a short line.
MAX_SITE_WORDS = 4
BYLINE_PREFIX_STRENGTH = 0.8  # "By X" / "Von X": rarely anything but the author
BYLINE_PAIR_STRENGTH = 0.6  # "X | March 3, 2024": a name beside a date, no prefix
NAME_LINE_STRENGTH = 0.5  # a bare name above a dateline: usually the author, sometimes a photographer
DATELINE_STRENGTH = 0.75  # "Posted on March 3, 2024"
BYLINE_DATE_STRENGTH = 0.8  # a full date inside a byline
DATE_LINE_STRENGTH = 0.55  # a lone date line beside the title or byline
TITLE_BEFORE_BYLINE_STRENGTH = 0.8
TITLE_REPEATED_BONUS = 0.1  # also in a breadcrumb or elsewhere on the page
TITLE_H1_STRENGTH = 0.7
TITLE_LEAD_STRENGTH = 0.35  # a long heading opening the body run, with no byline: as often a section heading
SITE_COPYRIGHT_MATCH_STRENGTH = 0.8
SITE_COPYRIGHT_STRENGTH = 0.45

# Glue left by renderers that drop the space between inline elements: "MercilliBy Lina", "2025No".
_GLUED_PREFIX = regex.compile(r"(?<=\p{Ll})(?=(?:By|Von|Par|Por|Door|Przez)\s)")
_SEPARATORS = regex.compile(r"\s*(?:\||·|•|—|–|\s-\s)\s*")
# A bare name and a date need a separator between them: "Backup Strategy January 22nd, 2019" is a title.
_PAIR_SEPARATOR = regex.compile(r"(?:\||·|•|—|–|\s-|,)\s*$")
_BY_INSIDE = regex.compile(r"\s(?:by|von|par|por|door|przez)\s+(?P<names>.+)$", regex.IGNORECASE)
_COPYRIGHT = regex.compile(r"(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*(?P<name>[^|.]{2,60}?"
                           r"(?:\.[a-z]{2,6})?)\s*(?=all rights|alle rechte|tous droits|\.|\||$)", regex.IGNORECASE)
# A site name is words, not numbers or markup ("Free Trial+1.408…" is a button and a phone number).
_SITE_SHAPE = regex.compile(r"^\p{L}[\p{L}\p{N} .&'’-]*$")
# Degrees and titles after a name: ", MS, RD, FAND", ", PhD".
_CREDENTIALS = regex.compile(r"(?:\s*,\s*[\p{Lu}][\p{Lu}\p{Ll}.]{0,5})*\s*")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A copyright owner is a name: letters first, no sentence ("All rights reserved" is not one).
_SITE_OWNER = regex.compile(r"^(?!all rights)\p{L}[\p{L}\p{N} .&'’,-]*$", regex.IGNORECASE)
# Owners are short ("Orbit Weekly Media Ltd"); longer text after © is a sentence or a menu.
MAX_OWNER_WORDS = 6
_TLD = regex.compile(r"\.[a-z]{2,6}$", regex.IGNORECASE)
# Name particles kept lower-case inside a person's name.
_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "ten"])


_TITLE_REASONS: Mapping[str, str] = MappingProxyType({
    "textdump.title_before_byline": "title: the heading line just above the byline",
    "textdump.title_h1": "title: the first top-level Markdown heading above the body",
    "textdump.title_lead_heading": "title: the long heading that opens the body run (no byline found)",
})


@dataclass(frozen=True, slots=True)
class Byline:
    """Authors and date read from one byline block, with the rules that found them."""

    authors: tuple[str, ...]
    date: dt.date | None
    author_rule: str
    author_strength: float
    date_rule: str
    date_strength: float


@dataclass(frozen=True, slots=True)
class Header:
    """What the lines above the body say about the article."""

    marks: tuple[tuple[int, Label, str], ...] = ()  # header blocks: index, label, readable reason
    authors: tuple[str, ...] = ()
    proposals: tuple[Proposal, ...] = ()


def read_header(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None, limit: int
                ) -> Header:
    """Byline first (the surest anchor), then the title just above it, then a nearby date line."""
    body_start = body.start if body else len(blocks)
    found = _find_byline(blocks, verdicts, body_start, limit)
    byline_index, byline = found if found else (None, None)
    marks: list[tuple[int, Label, str]] = []
    proposals: list[Proposal] = []
    if byline is not None and byline_index is not None:
        marks.append((byline_index, Label.BYLINE, _byline_reason(byline)))
        proposals += _byline_proposals(byline)
        if not byline.authors and (named := _name_line(blocks, verdicts, byline_index)) is not None:
            marks.append((named[0], Label.BYLINE, "byline: a person's name just above the dateline"))
            proposals.append(named[1])
    authors = tuple(p.value[0] for p in proposals if p.field is FieldName.AUTHORS and p.value)
    title = _find_title(blocks, verdicts, min(body_start, limit), min((m[0] for m in marks), default=None), authors)
    if title is not None:
        marks.append((title[0], Label.TITLE, _title_reason(title[1].rule)))
        proposals.append(title[1])
    if byline is None or byline.date is None:
        anchor = byline_index if byline_index is not None else (title[0] if title else None)
        if (dated := _date_line(blocks, verdicts, anchor)) is not None:
            marks.append((dated[0], Label.BYLINE, "date line beside the title or byline"))
            proposals.append(dated[1])
    return Header(marks=tuple(marks), authors=authors, proposals=tuple(proposals))


def _name_line(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> tuple[int, Proposal] | None:
    """A bare person's name on the line above a dateline ("Trevor Jackins" / "Updated October 8, 2025"),
    perhaps followed by credentials ("Dylan Bailey, MS, RD")."""
    if i == 0 or verdicts[i - 1] is not None:
        return None
    text = blocks[i - 1].text.strip()
    names = _names(text)
    if len(names) != 1 or not _CREDENTIALS.fullmatch(text[len(names[0]):]) or not text.startswith(names[0]):
        return None
    return i - 1, Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_above_dateline",
                           strength=NAME_LINE_STRENGTH)


def _title_reason(rule: str) -> str:
    reason = _TITLE_REASONS.get(rule.split("+")[0], "title")
    return reason + (" (repeated elsewhere on the page)" if "+repeated" in rule else "")


def _byline_reason(byline: Byline | None) -> str:
    if byline is None:
        return ""
    bits = [f"authors {', '.join(byline.authors)}" if byline.authors else "",
            f"date {byline.date}" if byline.date else ""]
    return "byline: " + " and ".join(b for b in bits if b)


def _find_byline(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int, limit: int
                 ) -> tuple[int, Byline] | None:
    for i in range(max(body_start - HEADER_WINDOW, 0), min(max(limit, body_start + 1), len(blocks))):
        verdict = verdicts[i]
        if verdict is not None and not verdict.spread and verdict.label is not Label.COUNTER:
            continue
        byline = parse_byline(blocks[i].text)
        if byline is not None:
            return i, byline
    return None


def parse_byline(text: str) -> Byline | None:
    """Authors and date from "By X", "X | March 3, 2024", "Posted on … by X" or glued variants."""
    if len(text) > MAX_BYLINE_CHARS:
        return None
    dates = find_dates(text)
    date = dates[0].value if dates else None
    head = text[:dates[0].start] if dates else text
    tail = text[dates[0].end:] if dates else ""
    dateline = bool(DATELINE_PREFIX.match(text)) and date is not None
    names, rule, strength = _byline_names(head, tail, dateline)
    if not names and not dateline:
        return None
    if names and date is None and rule != "textdump.byline_prefix":
        return None
    date_rule = "textdump.dateline" if dateline else "textdump.byline_date"
    date_strength = DATELINE_STRENGTH if dateline else BYLINE_DATE_STRENGTH
    return Byline(tuple(names), date, rule, strength, date_rule if date else "", date_strength if date else 0.0)


# A byline is one short line; longer text that starts with "By" is a sentence.
MAX_BYLINE_CHARS = 160


def _byline_names(head: str, tail: str, dateline: bool) -> tuple[list[str], str, float]:
    """Names before the date (prefixed or bare) or after "by" in a dateline."""
    if dateline and (match := _BY_INSIDE.search(" " + tail)):
        return _names(match["names"]), "textdump.byline_prefix", BYLINE_PREFIX_STRENGTH
    parts = [p for p in _SEPARATORS.split(_GLUED_PREFIX.sub(" | ", head)) if p.strip()]
    prefixed = [p for p in parts if BYLINE_PREFIX.match(p.strip())]
    if prefixed:
        return _names(*prefixed), "textdump.byline_prefix", BYLINE_PREFIX_STRENGTH
    if parts and not dateline and _PAIR_SEPARATOR.search(head):
        names = _names(*parts)
        if names and len(names) == len(parts):
            return names, "textdump.byline_name_date", BYLINE_PAIR_STRENGTH
    return [], "", 0.0


def _names(*parts: str) -> list[str]:
    names = clean_authors([n for p in parts for n in split_names(p)])
    return [n for n in names if _person_like(n)]


def _person_like(name: str) -> bool:
    """Capitalised words, two to four of them (a lone word is a handle or a desk, not evidence)."""
    tokens = name.split()
    return 1 < len(tokens) <= 4 and all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens)


def _byline_proposals(byline: Byline) -> list[Proposal]:
    out = []
    if byline.authors:
        out.append(Proposal(field=FieldName.AUTHORS, value=list(byline.authors), rule=byline.author_rule,
                            strength=byline.author_strength))
    if byline.date is not None:
        out.append(Proposal(field=FieldName.DATE, value=byline.date, rule=byline.date_rule,
                            strength=byline.date_strength))
    return out


def _find_title(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int,
                byline_index: int | None, authors: Sequence[str] = ()) -> tuple[int, Proposal] | None:
    """The title-like line just above the byline (not the author's name again); else a Markdown H1."""
    if byline_index is not None:
        above = [i for i in range(byline_index - 1, max(byline_index - TITLE_REACH - 1, -1), -1)
                 if _title_candidate(blocks[i], verdicts[i]) and not blocks[i].text.startswith(tuple(authors))]
        full = [i for i in above if blocks[i].features.words >= MIN_FULL_TITLE_WORDS]
        if above:
            i = (full or above)[0]
            return i, _title_proposal(blocks, i, "textdump.title_before_byline", TITLE_BEFORE_BYLINE_STRENGTH)
    for i in range(min(body_start, len(blocks))):
        block = blocks[i]
        if block.kind is SegmentKind.HEADING and block.level == 1 and _title_candidate(block, verdicts[i]):
            return i, _title_proposal(blocks, i, "textdump.title_h1", TITLE_H1_STRENGTH)
    lead = body_start if body_start < len(blocks) else None
    if lead is not None and _title_candidate(blocks[lead], verdicts[lead]) and not is_prose(blocks[lead]) \
            and blocks[lead].features.words >= MIN_FULL_TITLE_WORDS:
        return lead, _title_proposal(blocks, lead, "textdump.title_lead_heading", TITLE_LEAD_STRENGTH)
    return None


def _title_candidate(block: Block, verdict: Verdict | None) -> bool:
    f = block.features
    return ((verdict is None or verdict.spread) and MIN_TITLE_WORDS <= f.words <= MAX_TITLE_WORDS and not f.has_date
            and not block.text.endswith((".", ",", ";", ":")) and block.kind is not SegmentKind.LIST_ITEM)


def _title_proposal(blocks: Sequence[Block], i: int, rule: str, strength: float) -> Proposal:
    title = blocks[i].text
    key = fold(title)
    repeated = any(j != i and fold(b.text).endswith(key) for j, b in enumerate(blocks))
    if repeated:
        rule, strength = rule + "+repeated", strength + TITLE_REPEATED_BONUS
    return Proposal(field=FieldName.TITLE, value=title, rule=rule, strength=round(strength, 3))


def _date_line(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], anchor: int | None
               ) -> tuple[int, Proposal] | None:
    """A lone full date right beside the title or byline (never a related post's date)."""
    if anchor is None:
        return None
    for i in range(max(anchor - DATE_LINE_REACH, 0), min(anchor + DATE_LINE_REACH + 1, len(blocks))):
        if verdicts[i] is None and blocks[i].features.date_only:
            date = find_dates(blocks[i].text)[0].value
            return i, Proposal(field=FieldName.DATE, value=date, rule="textdump.date_line",
                               strength=DATE_LINE_STRENGTH)
    return None


def site_name(blocks: Sequence[Block], decisions: Sequence[BlockDecision], body_start: int) -> Proposal | None:
    """A short header line that the copyright line names; else the copyright's owner. (A line merely
    repeated in the header was tried: it is as often a menu item as the site.)"""
    owner = _copyright_owner(blocks)
    squashed = _squash(_TLD.sub("", owner)) if owner else None
    header = [b for b, d in zip(blocks[:body_start], decisions, strict=False) if _site_candidate(b, d)]
    for block in header:
        if _squash(block.text) == squashed:
            rule = "textdump.site_header+copyright" + ("+repeated" if block.features.repeats else "")
            return Proposal(field=FieldName.SITE_NAME, value=block.text, rule=rule,
                            strength=SITE_COPYRIGHT_MATCH_STRENGTH)
    if owner is not None:
        return Proposal(field=FieldName.SITE_NAME, value=owner, rule="textdump.site_copyright",
                        strength=SITE_COPYRIGHT_STRENGTH)
    return None


def _site_candidate(block: Block, decision: BlockDecision) -> bool:
    f = block.features
    return (1 <= f.words <= MAX_SITE_WORDS and block.kind is SegmentKind.PARAGRAPH and not f.link_list
            and _SITE_SHAPE.match(block.text) is not None
            and decision.label in (Label.HEADER, Label.OTHER, Label.NAV) and not f.date_only and not f.yearless_date
            and line_cue(block.text) is None and section_cue(block.text) is None
            and any(c.isupper() for c in block.text))


def _copyright_owner(blocks: Sequence[Block]) -> str | None:
    """The name in the last copyright notice: after "© 2024", or before "©" ("LinkedIn © 2025")."""
    for block in reversed(blocks):
        match = _COPYRIGHT.search(block.text)
        if match is None or not _YEAR.search(block.text):
            continue
        name = match["name"].strip() or block.text[:match.start()].strip(" -–|·•")
        if _SITE_OWNER.match(name) and len(name.split()) <= MAX_OWNER_WORDS:
            return name
    return None


def _squash(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())
