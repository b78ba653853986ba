"""Text dumps: the rendered text of a page as scrapers keep it (browser copy, w3m, lynx, html2text).

One readable pass, Readability-style:

1. Build blocks from lines, with markup-free features (``thresher.textblocks``).
2. Label each block by itself: cue lines (share, counters, footer, pagination, search), cue
   headings that open a section ("Related Posts"), shapes (social rows, datelines, breadcrumbs,
   source-and-age lines, calls to action) — each with a readable reason.
3. Spread section labels over the blocks that follow a cue heading, until the section ends.
4. Choose the body: the run of blocks, unbroken by chrome, with the most prose; trim its edges.
   Rows of figures (tables, results) do not break a run.
5. Read the header before the body: byline (authors, date), title, site name. Then a body with
   little prose keeps its whole run below the header (a list or a table with a line of prose).
6. Label whatever is left outside the body by its shape; propose fields with rule strengths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from ..article import FieldName, Segment, SegmentKind
from ..candidate import BlockDecision, Candidate, Proposal
from ..extractor import Cost
from ..labels import Label
from ..lexicon import (
    COOKIE_HINT,
    PROMO_VERBS,
    guess_language,
    line_cue,
    section_cue,
    social_share,
    words,
)
from ..page import Format, Page
from ..textblocks import Block, build_blocks, is_title_like
from .textdump_meta import Header, read_header, site_name
from .textdump_names import parse_byline
from .textdump_types import Body, Verdict, is_prose

__all__ = ["TextDumpExtractor", "parse_byline"]

# --- thresholds -----------------------------------------------------------------------------
# A prose block this long is strong enough to end a boilerplate section ("Related Posts" teasers are shorter).
STRONG_PROSE_WORDS = 25
# This many non-prose blocks in a row (a menu, a list of links) split the page into separate runs ...
MAX_NON_PROSE_STRETCH = 10
# ... if they hold this much text: a listicle's "Visit website / Name / [svg]" lines between entries do not.
MIN_SPLIT_CHARS = 250
# A box of at most this many blocks inside an article ("Trending News", "Read also") does not end it ...
MAX_BRIDGE_BLOCKS = 12
# ... when the prose on both sides holds this many characters (a teaser's blurb does not).
MIN_BRIDGE_CHARS = 200
# A best run with less prose than this is one line of a page made otherwise (a list, a table): keep its whole run.
THIN_BODY_CHARS = 400
# A table row or a result line has a few words (a lone number or timestamp is markup residue) ...
MIN_DATA_ROW_WORDS, MAX_DATA_ROW_WORDS = 2, 12
# ... and figures among them ("10 things in tech" is a headline).
MIN_FIGURE_SHARE = 0.15
# This many short bare lines together inside the body are chrome (byline box, share bar, credits) ...
MIN_CLUSTER_RUN = 3
# ... each at most this many words.
MAX_CLUSTER_WORDS = 8
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

# Date lines every 2–5 blocks, this many times, make a list of teasers; the item's lead (headline, name)
# stands at most this many blocks above its date.
MIN_TEASER_ITEMS = 3
MIN_TEASER_PERIOD, MAX_TEASER_PERIOD = 2, 5
TEASER_LEAD = 2
# ... below an article: this much prose above them, with no date line inside it.
MIN_ARTICLE_ABOVE_TEASERS = 1500

# Rule strengths: hand-set priors for how often each rule is right; the chain's calibration refines them.
BODY_STRENGTH = 0.55
BODY_BOUNDED_BONUS = 0.15  # chrome found on both sides: the run is a real article, not the whole page
BODY_LONG_BONUS = 0.1  # a long run is rarely boilerplate
BODY_LONG_CHARS = 1500
LANGUAGE_STRENGTH = 0.7

_TEASER_END = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\]|read more|weiterlesen|lire la suite|leer más)\W*$",
                            regex.IGNORECASE)
_NAMED_COUNTER = regex.compile(r"^[\p{L} ]{2,20}:\s*\d[\d,.]*[kKmM]?$")
# An age is a count, not a span: "Eat every 2–3 hours", "Bake for 20 minutes" are durations.
_SOURCE_AGE = regex.compile(
    r"^\S.{1,80}?\s*(?<![\d–-]|\b(?:every|for|within|in|about|over|than|to|per|after|before|takes?|lasts?)\s)"
    r"\d+\s?(?:months?|mo|weeks?|w|days?|d|hours?|hrs?|h|mins?|minutes?|years?|yrs?|y)(?:\s+ago)?$",
    regex.IGNORECASE)
# A commenter's name line ("joetoronto says:"); it counts only with the comment's date below it.
_COMMENTER = regex.compile(r"^\S.{0,40}\s(?:says|said|wrote|sagt|schreibt)\s*:?$", regex.IGNORECASE)
# A figure standing alone ("18", "+13.1%", "1/1/2013", "2–3"), not a digit inside a word ("P90X", "COVID-19").
_FIGURE = regex.compile(r"(?<![\p{L}\d])\d[\d.,:/%+-]*(?![\p{L}\d])")
_COOKIE_WORD = regex.compile(r"\bcookies?\b", regex.IGNORECASE)
_BREADCRUMB = regex.compile(r"^\S[^»›>/|]{0,40}\s*(?:»|›|>|/|→)\s*\S.*$")
_BREADCRUMB_HOME = regex.compile(r"^(?:home|start|startseite|accueil|inicio|home ?page|strona główna|início|"
                                 r"homepage)\b", regex.IGNORECASE)

# Labels found from a cue or a strong shape end a body run; the others only drop their own block.
_BREAKING = frozenset({Label.RELATED, Label.HEADLINES, Label.PROMO, Label.COMMENTS, Label.TAGS, Label.BIO,
                       Label.FOOTER, Label.PAGINATION, Label.SEARCH})

# Labels that mark the end of an article: no bridge crosses them.
_ARTICLE_END = frozenset({Label.COMMENTS, Label.FOOTER, Label.BIO, Label.PAGINATION})


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
        verdicts = mark_teaser_cadence(blocks, verdicts)
        body = choose_body(blocks, verdicts)
        header = read_header(blocks, verdicts, body, header_limit(blocks, verdicts, body), page.lines)
        verdicts = mark_header(verdicts, header)
        body = reanchor(body, header)
        body = widen_thin(blocks, verdicts, body, header)
        verdicts = mark_clusters(blocks, verdicts, body)
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
    if _COMMENTER.match(text) and i + 1 < len(blocks) and blocks[i + 1].features.has_date:
        return Verdict(Label.COMMENTS, "commenter's name above a date (“… says:”)", breaks=True)
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


def mark_teaser_cadence(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """Date lines recurring at one fixed short period (headline, name, date, blurb; headline, name,
    date, blurb; …) below an article are a list of other articles: the stretch they span, one item's
    lead before the first date and its blurb after the last, is labelled as headlines. An article's
    paragraphs do not keep such a beat; a listing page's or a forum thread's items do, but have no
    long prose above them."""
    out = list(verdicts)
    dates = [i for i, b in enumerate(blocks) if b.features.date_only and verdicts[i] is None]
    start = 0
    for k in range(1, len(dates) + 1):
        period = dates[start + 1] - dates[start] if start + 1 < len(dates) else 0
        if k < len(dates) and MIN_TEASER_PERIOD <= period <= MAX_TEASER_PERIOD and dates[k] - dates[k - 1] == period:
            continue
        if k - start >= MIN_TEASER_ITEMS and _follows_article(blocks, verdicts, dates[start] - TEASER_LEAD):
            first, last = dates[start] - TEASER_LEAD, min(dates[k - 1] + 1, len(blocks) - 1)
            for j in range(max(first, 0), last + 1):
                if out[j] is None:
                    out[j] = Verdict(Label.HEADLINES, f"one of {k - start} items with a date every {period} blocks "
                                     "(a list of other articles)", breaks=True)
        start = k - 1 if k - 1 > start else k
    return out


def _follows_article(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], end: int) -> bool:
    """Somewhere above ``end``, this much prose stands between two date lines (a listing's items are
    each short and dated)."""
    stretch = 0
    for block, verdict in zip(blocks[:max(end, 0)], verdicts, strict=False):
        if block.features.date_only:
            stretch = 0
        elif verdict is None and is_prose(block):
            stretch += block.features.chars
            if stretch >= MIN_ARTICLE_ABOVE_TEASERS:
                return True
    return False


# --- step 4: the body ------------------------------------------------------------------------

def choose_body(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> Body | None:
    """The run with the most prose; runs end at breaking chrome and at long stretches without prose.
    Lone short prose at either edge of the run (a "Do you want more …?" prompt) is left out. Runs
    split only by a short box ("Trending News" inside an article) are bridged (see ``_bridge``)."""
    spans: list[tuple[int, int, int]] = []  # first prose block (or its heading), last prose block, prose chars
    for start, end in _runs(blocks, verdicts):
        prose = _trim_islands(blocks, [i for i in range(start, end) if verdicts[i] is None and is_prose(blocks[i])])
        if not prose:
            continue
        lead = prose[0] > start and _lead_heading(blocks[prose[0] - 1], verdicts[prose[0] - 1])
        spans.append((prose[0] - lead, prose[-1], sum(_weight(blocks[i]) for i in prose)))
    spans = _bridge(blocks, verdicts, spans)
    if not spans:
        return None
    first, last, chars = max(spans, key=lambda span: span[2])
    return Body(first, last, chars, first > 0 and last < len(blocks) - 1)


def _weight(block: Block) -> int:
    """How much a prose block speaks for its run: its length, or nothing if it talks about cookies (a
    consent dialog's long explanations must not outweigh a short article; an article about cookies
    has other paragraphs)."""
    return 0 if _COOKIE_WORD.search(block.text) else block.features.chars


def _bridge(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], spans: list[tuple[int, int, int]]
            ) -> list[tuple[int, int, int]]:
    """Join neighbouring prose spans separated by at most ``MAX_BRIDGE_BLOCKS`` blocks, none of them
    an end-of-article mark (comments, footer, author box, pagination), when both hold strong prose."""
    out: list[tuple[int, int, int]] = []
    for span in spans:
        if out and _bridgeable(blocks, verdicts, out[-1], span):
            first, _, chars = out[-1]
            out[-1] = (first, span[1], chars + span[2])
        else:
            out.append(span)
    return out


def _bridgeable(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], before: tuple[int, int, int],
                after: tuple[int, int, int]) -> bool:
    gap = range(before[1] + 1, after[0])
    if len(gap) > MAX_BRIDGE_BLOCKS or min(before[2], after[2]) < MIN_BRIDGE_CHARS:
        return False
    return not any(verdicts[i] is not None and verdicts[i].label in _ARTICLE_END for i in gap)  # type: ignore[union-attr]


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
            listed = block.kind is SegmentKind.LIST_ITEM and i > 0 and blocks[i - 1].kind is SegmentKind.LIST_ITEM
            if not listed and not (verdict is None and _data_row(block)):
                stretch += 1
    runs.append((start, len(blocks)))
    return [(a, b) for a, b in runs if a < b]


def _data_row(block: Block) -> bool:
    """A short line holding figures ("1/1/2013 +13.1%", "Palm Bay 18 22 13 17 — 70"): a row of a table
    or a list of results, part of the text around it, never a menu."""
    f = block.features
    if not MIN_DATA_ROW_WORDS <= f.words <= MAX_DATA_ROW_WORDS or f.date_only:
        return False
    return len(_FIGURE.findall(block.text)) >= MIN_FIGURE_SHARE * f.words


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
    return replace(body, start=last + 1)


def widen_thin(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None, header: Header
               ) -> Body | None:
    """A body with under ``THIN_BODY_CHARS`` of prose is not an article whose text is that prose: the
    page's content is shaped otherwise (a list of items, a table, a results roundup) and the prose is
    one line of it, so the whole run around it is kept, below the header. The header was read first,
    from the prose alone, so widening moves no title, byline or date."""
    if body is None or body.prose_chars >= THIN_BODY_CHARS:
        return body
    runs = _runs(blocks, verdicts)
    start = next((a for a, b in runs if a <= body.start < b), body.start)
    end = next((b - 1 for a, b in runs if a <= body.end < b), body.end)
    below_header = [index + 1 for index, _, _ in header.marks if index < body.start]
    start = min(max([start, *below_header]), body.start)
    return replace(body, start=start, end=max(end, body.end), widened=True)


def mark_clusters(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None
                  ) -> list[Verdict | None]:
    """Inside the body, a cluster of short bare lines (not list items, not sentences) is chrome left
    between paragraphs: a byline box, a share bar, image credits."""
    out = list(verdicts)
    if body is None or body.widened:
        return out
    run: list[int] = []
    for i in range(body.start, body.end + 2):
        if i <= body.end and verdicts[i] is None and _bare_short_line(blocks[i]):
            run.append(i)
            continue
        if len(run) >= MIN_CLUSTER_RUN:
            for j in run:
                out[j] = Verdict(Label.OTHER, f"one of {len(run)} short bare lines together inside the body (chrome)")
        run = []
    return out


def _bare_short_line(block: Block) -> bool:
    """A short line with no sentence end and no figures (a table's rows are text, not chrome)."""
    return (block.kind is SegmentKind.PARAGRAPH and not block.features.ends_sentence
            and block.features.words <= MAX_CLUSTER_WORDS and not _data_row(block))


# --- step 6: decisions and proposals -----------------------------------------------------------

def decide(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None, header: Header
           ) -> list[tuple[BlockDecision, Block]]:
    """A kept-or-dropped decision with a reason for every block."""
    out = []
    for i, block in enumerate(blocks):
        inside = body is not None and body.start <= i <= body.end
        verdict = verdicts[i]
        if verdict is None:
            verdict = _inside_verdict(block, body) if inside else _outside_verdict(blocks, i, body, header)
        kept = verdict.label is Label.BODY
        score = min(block.features.chars / 400, 1.0) if is_prose(block) else 0.0
        out.append((BlockDecision(text=block.text, label=str(verdict.label), score=round(score, 3), kept=kept,
                                  reason=verdict.reason), block))
    return out


def _inside_verdict(block: Block, body: Body | None) -> Verdict:
    if is_prose(block):
        return Verdict(Label.BODY, f"prose: {block.features.words} words, {block.features.sentences} sentence(s)")
    if body is not None and body.widened:
        return Verdict(Label.BODY, f"in the run kept whole around thin prose ({body.prose_chars} chars)")
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
