"""The header of a text dump: byline (authors, date), title and site name, read around the body run.

The byline is the surest anchor (a "By" prefix, a name beside a date); the title stands just above it,
or above a date line, or is the headline whose words the body repeats; the site name is the header
line that the copyright notice names. Bylines are parsed in ``textdump_names``; the rules that find
the author when no byline names one are in ``textdump_credits``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex

from .._normalize import fold
from ..article import FieldName, SegmentKind
from ..candidate import BlockDecision, Proposal
from ..dates import find_dates
from ..labels import Label
from ..lexicon import line_cue, section_cue
from ..textblocks import Block
from .textdump_credits import asker, fallback_author, name_line, poster_on_date_line, thread_starter
from .textdump_names import POSTER_RULE, Byline, byline_at
from .textdump_title import TitleContext, best_title, title_context
from .textdump_types import Body, Verdict

# The byline sits within this many blocks above the body (share bars and counters may intervene).
HEADER_WINDOW = 8
# A prefixed byline ("By X") is sought this far above the body: its prefix makes it safe to reach further.
WIDE_HEADER_WINDOW = 40
# A date line belongs to the title or byline when it stands this close to them.
DATE_LINE_REACH = 3
# The title stands within this many blocks above the byline (a category, dateline, standfirst, caption or
# share bar may intervene; 5 rather than 3 on even-id wcxb-dev pages: +2 to +3 right titles per renderer).
TITLE_REACH = 5
# Above the byline, a line this long beats a nearer shorter one ("Tech", "DIY Home Decor" are categories).
MIN_FULL_TITLE_WORDS = 4
# A title has a few words and not many.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 25
# A site name is a short line.
MAX_SITE_WORDS = 4
# A date-led line is sought this many blocks into the body (a caption or a standfirst may come first) ...
DATE_BODY_REACH = 6
# ... and is short ("November 28, 2025 / Living Healthy"), its date within the first few characters ("Updated on").
MAX_DATE_LED_CHARS = 80
MAX_DATE_LEAD_CHARS = 12
DATE_NEAR_BODY_STRENGTH = 0.75  # right on 21 of 23 wcxb-dev dev dumps
DATE_LINE_STRENGTH = 0.75  # a lone date line beside the title or byline: right on 54 of 63 dev dumps
TITLE_BEFORE_BYLINE_STRENGTH = 0.8
TITLE_REPEATED_BONUS = 0.1  # also in a breadcrumb or elsewhere on the page
TITLE_H1_STRENGTH = 0.7
# Pages nearly always have a title, so the model's best guess is always proposed (a threshold only lost
# right titles on dev); its proposal is as strong as its softmax share says, within these bounds.
TITLE_MODEL_BASE, TITLE_MODEL_SPAN = 0.3, 0.5
SITE_COPYRIGHT_MATCH_STRENGTH = 0.8
SITE_COPYRIGHT_STRENGTH = 0.45
_COPYRIGHT = regex.compile(r"(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*(?P<name>[^|.]{2,60}?"
                           r"(?:\.[a-z]{2,6})?)\s*(?=all rights|alle rechte|tous droits|\.|\||$)", regex.IGNORECASE)
# A site name is words, not numbers or markup ("Free Trial+1.408…" is a button and a phone number).
_SITE_SHAPE = regex.compile(r"^\p{L}[\p{L}\p{N} .&'’-]*$")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A copyright owner is a name: letters first, no sentence ("All rights reserved" is not one).
_SITE_OWNER = regex.compile(r"^(?!all rights)\p{L}[\p{L}\p{N} .&'’,-]*$", regex.IGNORECASE)
# Owners are short ("Orbit Weekly Media Ltd"); longer text after © is a sentence or a menu.
MAX_OWNER_WORDS = 6
_TLD = regex.compile(r"\.[a-z]{2,6}$", regex.IGNORECASE)
# Markdown's code span, and the soft hyphen: markup and a break hint, no part of a title.
_CODE_SPAN = regex.compile(r"`([^`]+)`")
_SOFT_HYPHEN = "\u00ad"
# A heading's permalink anchor, rendered as a trailing pilcrow.
_PERMALINK = regex.compile(r"\s*¶+\s*$")


_TITLE_REASONS: Mapping[str, str] = MappingProxyType({
    "textdump.title_before_byline": "title: the heading line just above the byline",
    "textdump.title_h1": "title: the first top-level Markdown heading above the body",
    "textdump.title_model": "title: the line the title model scores highest near the body's start",
})


@dataclass(frozen=True, slots=True)
class Header:
    """What the lines above the body say about the article."""

    marks: tuple[tuple[int, Label, str], ...] = ()  # header blocks: index, label, readable reason
    authors: tuple[str, ...] = ()
    proposals: tuple[Proposal, ...] = ()


def read_header(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body | None, limit: int,
                lines: Sequence[str] = ()) -> Header:
    """Byline first (the surest anchor), then the title just above it, then a nearby date line. The
    dump's ``lines`` hold what the blocks drop (images' alt text), which may picture the author."""
    body_start = body.start if body else len(blocks)
    found = _find_byline(blocks, verdicts, body_start, limit)
    byline_index, byline = found if found else (None, None)
    marks: list[tuple[int, Label, str]] = []
    proposals: list[Proposal] = []
    if byline is not None and byline_index is not None:
        marks.append((byline_index, Label.BYLINE, _byline_reason(byline)))
        proposals += _byline_proposals(byline)
        if not byline.authors and (credit := _find_byline(blocks, verdicts, body_start, limit, byline_index)):
            marks.append((credit[0], Label.BYLINE, _byline_reason(credit[1])))
            proposals += [p for p in _byline_proposals(credit[1]) if p.field is FieldName.AUTHORS]
        elif not byline.authors and (named := name_line(blocks, verdicts, byline_index)) is not None:
            marks.append((named[0], Label.BYLINE, "byline: a person's name just above the dateline"))
            proposals.append(named[1])
    authors = tuple(p.value[0] for p in proposals if p.field is FieldName.AUTHORS and p.value)
    ctx = title_context(blocks, verdicts, body, min(body_start, limit))
    # A forum post's header sits under the thread's categories, not its title: it anchors no title.
    anchors = [m[0] for m in marks if byline is None or m[0] != byline_index or byline.author_rule != POSTER_RULE]
    title = _find_title(ctx, min(anchors, default=None), authors)
    if title is not None:
        marks.append((title[0], Label.TITLE, _title_reason(title[1].rule)))
        proposals.append(title[1])
    if byline is None or byline.date is None:
        anchor = byline_index if byline_index is not None else (title[0] if title else None)
        if (dated := _date_line(blocks, verdicts, anchor)) is not None:
            marks.append((dated[0], Label.BYLINE, "date line beside the title or byline"))
            proposals.append(dated[1])
            if not authors and (poster := poster_on_date_line(blocks[dated[0]].text)) is not None:
                proposals.append(poster)
                authors = tuple(poster.value)
    if not any(p.field is FieldName.DATE for p in proposals) and (
            dated := _date_near_body(blocks, verdicts, body_start, {m[0] for m in marks})) is not None:
        marks.append((dated[0], Label.BYLINE, "date line next to the body's start"))
        proposals.append(dated[1])
    # The model's title is a guess: a name is sought below it only if a rule (byline, heading) found it.
    ruled_title = title is not None and not title[1].rule.startswith("textdump.title_model")
    if not authors and (found := fallback_author(blocks, verdicts, lines, body, title, marks, ruled_title)):
        index, reason, proposal = found
        if index is not None:
            marks.append((index, Label.BYLINE, reason))
        proposals.append(proposal)
        authors = tuple(proposal.value)
    # Forum and Q&A software name the thread's or question's author in a cue of their own: it outranks the rest.
    if (starter := thread_starter(blocks) or asker(blocks)) is not None:
        proposals = [p for p in proposals if p.field is not FieldName.AUTHORS] + [starter]
        authors = tuple(starter.value)
    return Header(marks=tuple(marks), authors=authors, proposals=tuple(proposals))


def _title_reason(rule: str) -> str:
    reason = _TITLE_REASONS.get(rule.split("+")[0], "title")
    return reason + (" (repeated elsewhere on the page)" if "+repeated" in rule else "")


def _byline_reason(byline: Byline | None) -> str:
    if byline is None:
        return ""
    bits = [f"authors {', '.join(byline.authors)}" if byline.authors else "",
            f"date {byline.date}" if byline.date else ""]
    return "byline: " + " and ".join(b for b in bits if b)


def _find_byline(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int, limit: int,
                 dateline: int | None = None) -> tuple[int, Byline] | None:
    """Any byline just above the body; else the prefixed byline ("By X") nearest above it, further up
    (menus, tables of contents and teasers often stand between the header and the body). Given the
    index of a ``dateline`` already found ("Updated May 3, 2024"), only a byline naming authors
    elsewhere in the header: the credit often stands apart from the date ("By Ann Lee" under a photo)."""
    for i in range(max(body_start - HEADER_WINDOW, 0), min(max(limit, body_start + 1), len(blocks))):
        byline = byline_at(blocks, verdicts, i) if i != dateline else None
        if byline is not None and (dateline is None or byline.authors):
            return i, byline
    for i in range(max(body_start - HEADER_WINDOW, 0) - 1, max(body_start - WIDE_HEADER_WINDOW, 0) - 1, -1):
        byline = byline_at(blocks, verdicts, i)
        if byline is not None and byline.author_rule == "textdump.byline_prefix":
            return i, byline
    return None


def _byline_proposals(byline: Byline) -> list[Proposal]:
    out = []
    if byline.authors:
        out.append(Proposal(field=FieldName.AUTHORS, value=list(byline.authors), rule=byline.author_rule,
                            strength=byline.author_strength))
    if byline.date is not None:
        out.append(Proposal(field=FieldName.DATE, value=byline.date, rule=byline.date_rule,
                            strength=byline.date_strength))
    return out


def _find_title(ctx: TitleContext, byline_index: int | None, authors: Sequence[str] = ()
                ) -> tuple[int, Proposal] | None:
    """Of the title-like lines just above the byline (not the author's name again), the one the title
    model ranks first (the nearest is often a standfirst, a caption or a "Copy Link" button); else a
    Markdown H1 (of several, the one the title model ranks first: blogs also set their name as an H1);
    else the line the title model ranks first."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    if byline_index is not None:
        above = [i for i in range(byline_index - 1, max(byline_index - TITLE_REACH - 1, -1), -1)
                 if _title_candidate(blocks[i], verdicts[i]) and not blocks[i].text.startswith(tuple(authors))]
        full = [i for i in above if blocks[i].features.words >= MIN_FULL_TITLE_WORDS]
        if above:
            ranked = best_title(ctx, among=frozenset(above)) if len(above) > 1 else None
            i = ranked[0] if ranked else (full or above)[0]
            return i, _title_proposal(blocks, i, "textdump.title_before_byline", TITLE_BEFORE_BYLINE_STRENGTH)
    headings = [i for i in range(min(ctx.body_start, len(blocks))) if blocks[i].kind is SegmentKind.HEADING
                and blocks[i].level == 1 and _title_candidate(blocks[i], verdicts[i])]
    if headings:
        ranked = best_title(ctx, among=frozenset(headings)) if len(headings) > 1 else None
        i = ranked[0] if ranked else headings[0]
        return i, _title_proposal(blocks, i, "textdump.title_h1", TITLE_H1_STRENGTH)
    modelled = best_title(ctx)
    if modelled is not None:
        strength = TITLE_MODEL_BASE + TITLE_MODEL_SPAN * modelled[1]
        return modelled[0], _title_proposal(blocks, modelled[0], "textdump.title_model", strength)
    return None


def strip_permalink(title: str) -> str:
    """The heading without the permalink anchor that documentation generators append to it ("Logging
    HOWTO¶"): every renderer keeps the anchor's pilcrow, which is no part of the title."""
    return _PERMALINK.sub("", title) or title


def _title_candidate(block: Block, verdict: Verdict | None) -> bool:
    f = block.features
    return ((verdict is None or verdict.spread) and MIN_TITLE_WORDS <= f.words <= MAX_TITLE_WORDS and not f.has_date
            and not block.text.endswith((".", ",", ";", ":")) and block.kind is not SegmentKind.LIST_ITEM)


def _title_text(text: str) -> str:
    """The heading as a title: no permalink pilcrow, no soft hyphens (invisible break hints: "Assis\u00adtance"),
    no Markdown code-span ticks ("`functools` — …"; html2text keeps them, a title shows none)."""
    return _CODE_SPAN.sub(r"\1", strip_permalink(text)).replace(_SOFT_HYPHEN, "")


def _title_proposal(blocks: Sequence[Block], i: int, rule: str, strength: float) -> Proposal:
    title = _title_text(blocks[i].text)
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


def _date_near_body(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int,
                    taken: set[int]) -> tuple[int, Proposal] | None:
    """A short line led by a full date, nearest the body's start (above it first): the article's date
    when no byline or title anchored one."""
    above = range(body_start - 1, max(body_start - HEADER_WINDOW, 0) - 1, -1)
    below = range(body_start, min(body_start + DATE_BODY_REACH, len(blocks)))
    for i in [*above, *below]:
        verdict = verdicts[i]
        if i in taken or (verdict is not None and not verdict.spread) or len(blocks[i].text) > MAX_DATE_LED_CHARS:
            continue
        dates = find_dates(blocks[i].text) if blocks[i].features.has_date else []
        if dates and (blocks[i].features.date_only or dates[0].start <= MAX_DATE_LEAD_CHARS):
            return i, Proposal(field=FieldName.DATE, value=dates[0].value, rule="textdump.date_near_body",
                               strength=DATE_NEAR_BODY_STRENGTH)
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
