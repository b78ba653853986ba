"""The header of a text dump: byline (authors, date), title and site name, read around the body run.

The byline is the surest anchor (a "By" prefix, a name beside a date); the title stands just above it,
or above a date line, or is the headline whose words the body repeats; the site name is the header
line that the copyright notice names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex

from .._normalize import fold
from ..article import FieldName, SegmentKind
from ..authors import clean_authors, clean_handle, is_organisation, split_names, undoubled
from ..candidate import BlockDecision, Proposal
from ..dates import find_dates
from ..labels import Label
from ..lexicon import BYLINE_PREFIX, DATELINE_PREFIX, MONTH_STEMS, line_cue, section_cue
from ..textblocks import Block
from .textdump_title import TitleContext, best_title, title_context
from .textdump_types import Body, Verdict, is_prose

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
BYLINE_PREFIX_STRENGTH = 0.8  # "By X" / "Von X": rarely anything but the author
BYLINE_PAIR_STRENGTH = 0.6  # "X | March 3, 2024": a name beside a date, no prefix
# A bare name stands within this many lines of the title or the date line.
NAME_REACH = 2
NAME_LINE_STRENGTH = 0.5  # a bare name above a dateline: usually the author, sometimes a photographer
DATELINE_STRENGTH = 0.55  # "Posted on March 3, 2024"; also "Updated on …" (right on only 6 of 14 dev dumps)
BYLINE_DATE_STRENGTH = 0.8  # a full date inside a byline
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
# A prefixed credit at the foot of the post stands within this many blocks after the body ...
CREDIT_AFTER_BODY_REACH = 6
CREDIT_INSIDE_BODY = 1  # the credit's bio may end the body run
CREDIT_AFTER_BODY_STRENGTH = 0.6
# ... before any of these: what follows them is other articles' or readers'.
_PAST_ARTICLE = frozenset({Label.COMMENTS, Label.RELATED, Label.HEADLINES, Label.FOOTER, Label.PAGINATION})
# Forum software names the thread's first poster ("Thread starter X", "… started by X, May 3, 2024"); a
# listing of threads repeats the cue for every thread, so only a cue found once on the page is read.
THREAD_STARTER_STRENGTH = 0.8
# A question's author stands this many lines below its "asked <date>" (the avatar's caption may come first).
ASKER_REACH = 2
ASKER_STRENGTH = 0.8
# A bare name stands this close below the title (a category or a standfirst may come first) ...
NAME_BELOW_TITLE_REACH = 2
NAME_BELOW_TITLE_STRENGTH = 0.55
# ... and a forum's first post ("raoul (Raoul) May 3, 2024, 8:45am 1") this close.
POSTER_BELOW_TITLE_REACH = 4
POSTER_LINE_STRENGTH = 0.6
# A credit found once on the page, far from the body: usually the author.
SOLE_CREDIT_STRENGTH = 0.55
SITE_COPYRIGHT_MATCH_STRENGTH = 0.8
SITE_COPYRIGHT_STRENGTH = 0.45

# Glue left by renderers that drop the space between inline elements: "MercilliBy Lina", "2025No".
_GLUED_PREFIX = regex.compile(r"(?<=\p{Ll})(?=(?:By|Von|Par|Por|Door|Przez)\s|(?:Published|Updated|Posted)\b)")
# A word joining a name to what follows it: "By Ann Lee on May 3", "By Ann Lee in Travel", "By Ann Lee 4 Comments".
# Lower case only: a name may hold "On" or "El"; but "In" glued to the name's last letter is a category
# link's label the renderer joined to it ("By Ann LeeIn Travel, Tips").
_NAME_END = regex.compile(r"(?:\s+(?:(?:on|in|at|am|le|el|em|op)\b|\d)|(?<=\p{Ll})In\s+(?=\p{Lu})).*$")
# What may stand between a date and a byline after it: "May 3, 2024 | By Ann Lee".
_LEADING_SEPARATORS = regex.compile(r"^[\s|·•—–,-]*")
# Renderers glue a label to the link after it: "Written byby Rebecca" (label "Written by", link "by Rebecca").
_DOUBLED_BY = regex.compile(r"\b(by)\s*by\b", regex.IGNORECASE)
# A byline prefix alone on its line ("By", "Written by:").
_LONE_PREFIX = regex.compile(
    r"^(?:(?:written|posted|published|reported)\s+)?(?:by|von|par|por|door|przez|author)\s*:?$", regex.IGNORECASE)
# What sets a name off from the date before it: a separator, or nothing at all (the renderer glued them).
_AFTER_DATE_LEAD = regex.compile(r"^(?:\s*(?P<separator>\||·|•|—|–|\s-)|\p{Lu})")
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
# The last cue on the line: a label may be rendered twice ("Thread starter Thread starter X").
_THREAD_STARTER = regex.compile(
    r"^(?:.*\b(?:thread\s+starter|started\s+by)\s*:?\s+(?P<after>[^\s,]+(?:\s+[^\s,]+){0,2}?)\s*(?:,.*)?$"
    r"|(?P<before>\S+)\s+discussion\s+starter\b.*)$", regex.IGNORECASE)
# The cue that names the page's own thread's starter, not a listed thread's.
_OWN_THREAD_CUE = regex.compile(r"\b(?:thread|discussion)\s+starter\b", regex.IGNORECASE)
# What may follow a date on a forum post's header line: a time, "am"/"pm", the post's number.
_POST_TAIL = regex.compile(r"^[\s,·•|#]*(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:am|pm)?\s*)?(?:#?\d{1,5})?\s*$",
                           regex.IGNORECASE)
_POSTER_RULE = "textdump.poster_line"
# "asked" and the question's date: the head of the asker's user card.
_ASKED = regex.compile(r"\basked\s+(?P<rest>.+)$", regex.IGNORECASE)
# All that may follow the question's date: its time ("at 8:45").
_TIME_OF_DAY = regex.compile(r"^\s*(?:,|at)?\s*(?:\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?\s*$", regex.IGNORECASE)
# An avatar's caption ("quietfox's user avatar"): the name follows on its own line.
_AVATAR_ALT = regex.compile(r"['’]s\s+(?:user\s+)?avatar$", regex.IGNORECASE)
# A display name in parentheses after the handle: "raoul (Raoul Dupont)".
_DISPLAY_NAME = regex.compile(r"\s*\([^)]*\)\s*$")
# A bare "By" (not "Written by", "Author:"), which also heads menus: "By Industry", "By Role".
_BARE_BY = regex.compile(r"^(?:by|von|par|por|door|przez|di)\b", regex.IGNORECASE)
# A name starts with a letter ("Door & Window Sensors" is a shop's menu, not a Dutch credit).
_NAME_START = regex.compile(r"^\p{L}|^$")
# Markdown's code span, and the soft hyphen: markup and a break hint, no part of a title.
_CODE_SPAN = regex.compile(r"`([^`]+)`")
_SOFT_HYPHEN = "\u00ad"
# A heading's permalink anchor, rendered as a trailing pilcrow.
_PERMALINK = regex.compile(r"\s*¶+\s*$")
# A weekday or month alone is a date's remains, not a name.
_DATE_WORDS = regex.compile(r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|"
                            r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|yesterday)\.?$", regex.IGNORECASE)
# A word that labels a date rather than names a poster ("Edited May 3, 2024", "Joined Jan 2020").
_DATE_LABEL = regex.compile(r"^(?:edited|modified|created|asked|answered|joined|registered|released|launched|opened|"
                            r"closed|since|date|dated|last|on|from|until|to|as|of|at|seen|active|online|offline)$",
                            regex.IGNORECASE)
# Words of adjacent links glued by the renderer: a long lower-case run straight into a capital
# ("ChecklistsJust"); names have short ones ("McNally", "MacFarlane", "DeVito").
_GLUED_WORDS = regex.compile(r"\p{Ll}{4}\p{Lu}")
# A prefix glued to its link at the line's start: "ByNina Pineda" ("Byron" is a name: no capital follows).
_GLUED_BY_START = regex.compile(r"^(By|Von|Par|Por|Door)(?=\p{Lu}\p{Ll})")
# A team or desk credited as the author: a few capitalised words ending in a word for a group of writers.
_TEAM = regex.compile(r"^(?:(?:[Tt]he|[Oo]ur|[Tt]eam)\s+)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,3}"
                      r"(?:[Tt]eam|TEAM|[Ss]taff|STAFF|[Ee]ditors|EDITORS|[Dd]esk|DESK|[Nn]ewsroom)$")
# A date label between a name and its date stands for a separator: "Ann Lee • Updated on May 3, 2024",
# "Ann Lee Published: May 3, 2024".
_DATE_LABEL_END = regex.compile(r"(?<=\S)\s*(?:[|·•—–]\s*)?(?:last\s+)?(?:updated|published|posted|modified)"
                                r"(?:\s+on)?\s*:?\s*$", regex.IGNORECASE)
# A date without a year, a numeric date or an age, alone on its line ("Jun 9", "02-12-2025", "2 days ago"):
# blog software writes these under the author's name where a full date would stand.
_DATE_SHAPED = regex.compile(
    r"^(?:" + MONTH_STEMS + r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}\s+" + MONTH_STEMS + r"[a-z]*\.?|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$", regex.IGNORECASE)
# Several people named on one line: "Ann Lee, Bo Chan & Cy Dee".
_NAME_LIST = regex.compile(r"\s*(?:,|&|\band\b)\s*")
# A forum's user card under the poster's handle: "Joined: Dec 17, 2023", "Registered: 2025-11-01", "Join Date".
_CARD_CUE = regex.compile(r"(?:^|\s)(?:joined|registered|join\s+date)\s*:?\s*"
                          r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|$)",
                          regex.IGNORECASE)
# What follows the handle on the card's first line: "chunix64 Member", "b.scherer Posts: 2", "X is offline".
_CARD_TAIL = regex.compile(r"\s+(?:posts?\s*:|member\b|is\s+(?:offline|online)\b).*$", regex.IGNORECASE)
# The card's lines stand this close above its "Joined" line.
CARD_REACH = 3
# A card's other lines: the poster's rank or status, not a handle.
_CARD_ROLE = regex.compile(r"\b(?:member|poster|user|moderator|admin|guest|disabled|locked|banned|offline|online|"
                           r"staff|newbie|veteran|level|rank)\b", regex.IGNORECASE)
FIRST_POSTER_STRENGTH = 0.55
# Forum software marks each post's poster as online or offline, in text or in a status icon's alt text
# ("microfast is offline", "![microfast is offline](…)"): the first mark on the page is the thread starter's.
_STATUS_MARK = regex.compile(r"^\s*(?:!\[)?(?P<handle>[^\s\[\]()]+)\s+is\s+(?:offline|online)\b(?![^\]]*[.!?]\s*$)",
                             regex.IGNORECASE)
# An author box stands at the body's last blocks (the run may take it in) or this close after it ...
AUTHOR_BOX_INSIDE = 3  # a sign-off, a "Recent posts" tab and the name may end the run
AUTHOR_BOX_REACH = 8
# ... a heading that introduces the author ("About the author", "Written by", "About me"), then the name;
# or the name, then (a role line may come first) a bio that names the person ("Ann Lee is a reporter …").
_BOX_HEADING = regex.compile(r"^(?:.{0,30}\babout\s+(?:the\s+)?(?:author|writer|me)|(?:written|article|posted|"
                             r"authored|words)\s+by|(?:the\s+)?author)\s*:?$", regex.IGNORECASE)
_ABOUT_NAME = regex.compile(r"^about\s+(?P<name>.+)$", regex.IGNORECASE)
BIO_REACH = 2
# The bio names the person within its first few words ("(Editor) – Ann comes from …").
BIO_NAME_WORDS = 6
# A bio speaks of a person.
_PERSONAL = regex.compile(r"\b(?:he|she|his|her|him|I|my|I['’]m)\b")
AUTHOR_BOX_STRENGTH = 0.5
# A portrait's alt text ("Picture of Ann Lee", "![Headshot of Ann Lee](…)") just above that name on a line
# of its own: an author's photo and name, this close below the title (a category, a date or a breadcrumb
# repeating the title may stand between; the portrait's alt text keeps this safe).
PICTURE_REACH = 8
MAX_CAPTION_WORDS = 14
PICTURED_NAME_STRENGTH = 0.5
# A portrait's alt text: a few words, "of", the name ("Picture of", "Photo of the author"), then its end,
# a clause or the end of the image's markup.
_PORTRAIT_LEAD = r"(?:^|[\[!(]\s*)(?:[\p{L}-]+\s+){1,3}of\s+"
_CAPTION_NAME_END = r"(?=\s*(?:$|[,|\])]))"
# A box naming a person the body names this often is a quoted source's bio.
MIN_QUOTED_MENTIONS = 2
# Name particles kept lower-case inside a person's name.
_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "ten"])


_TITLE_REASONS: Mapping[str, str] = MappingProxyType({
    "textdump.title_before_byline": "title: the heading line just above the byline",
    "textdump.title_h1": "title: the first top-level Markdown heading above the body",
    "textdump.title_model": "title: the line the title model scores highest near the body's start",
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
        elif not byline.authors and (named := _name_line(blocks, verdicts, byline_index)) is not None:
            marks.append((named[0], Label.BYLINE, "byline: a person's name just above the dateline"))
            proposals.append(named[1])
    authors = tuple(p.value[0] for p in proposals if p.field is FieldName.AUTHORS and p.value)
    ctx = title_context(blocks, verdicts, body, min(body_start, limit))
    # A forum post's header sits under the thread's categories, not its title: it anchors no title.
    anchors = [m[0] for m in marks if byline is None or m[0] != byline_index or byline.author_rule != _POSTER_RULE]
    title = _find_title(ctx, min(anchors, default=None), authors)
    if title is not None:
        marks.append((title[0], Label.TITLE, _title_reason(title[1].rule)))
        proposals.append(title[1])
    if byline is None or byline.date is None:
        anchor = byline_index if byline_index is not None else (title[0] if title else None)
        if (dated := _date_line(blocks, verdicts, anchor)) is not None:
            marks.append((dated[0], Label.BYLINE, "date line beside the title or byline"))
            proposals.append(dated[1])
            if not authors and (poster := _poster_on_date_line(blocks[dated[0]].text)) is not None:
                proposals.append(poster)
                authors = tuple(poster.value)
    if not any(p.field is FieldName.DATE for p in proposals) and (
            dated := _date_near_body(blocks, verdicts, body_start, {m[0] for m in marks})) is not None:
        marks.append((dated[0], Label.BYLINE, "date line next to the body's start"))
        proposals.append(dated[1])
    # The model's title is a guess: a name is sought below it only if a rule (byline, heading) found it.
    ruled_title = title is not None and not title[1].rule.startswith("textdump.title_model")
    if not authors and (found := _fallback_author(blocks, verdicts, lines, body, title, marks, ruled_title)):
        index, reason, proposal = found
        if index is not None:
            marks.append((index, Label.BYLINE, reason))
        proposals.append(proposal)
        authors = tuple(proposal.value)
    # Forum and Q&A software name the thread's or question's author in a cue of their own: it outranks the rest.
    if (starter := _thread_starter(blocks) or _asker(blocks)) is not None:
        proposals = [p for p in proposals if p.field is not FieldName.AUTHORS] + [starter]
        authors = tuple(starter.value)
    return Header(marks=tuple(marks), authors=authors, proposals=tuple(proposals))


def _fallback_author(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], lines: Sequence[str],
                     body: Body | None, title: tuple[int, Proposal] | None, marks: Sequence[tuple[int, Label, str]],
                     ruled_title: bool) -> tuple[int | None, str, Proposal] | None:
    """No byline named the author: the rules below, surest first, and the first to find a name wins.
    A rule that reads a line of the header returns that line with its proposal, and the line is marked
    as a byline for the reason given beside the rule."""
    title_at = title[0] if title is not None else None
    rules: tuple[tuple[str, Callable[[], tuple[int, Proposal] | Proposal | None]], ...] = (
        ("byline: a person's name beside the title or date, named again below",
         lambda: _name_near(blocks, verdicts, marks, body, ruled_title)),
        ("", lambda: _credit_after_body(blocks, verdicts, body.end) if body is not None else None),
        ("byline: a person's or poster's name just below the title",
         lambda: _name_below_title(blocks, verdicts, title_at, marks) if title_at is not None else None),
        ("", lambda: _sole_credit(blocks, verdicts)),
        ("", lambda: _first_poster(blocks)),
        ("", lambda: _status_poster(lines)),
        ("", lambda: _author_box(blocks, verdicts, body) if body is not None else None),
        ("byline: a person's name just below the title, under their photo",
         lambda: _pictured_name(blocks, verdicts, lines, title_at) if title_at is not None else None),
    )
    for reason, rule in rules:
        found = rule()
        if isinstance(found, Proposal):
            return None, reason, found
        if found:
            return found[0], reason, found[1]
    return None


def _poster_on_date_line(text: str) -> Proposal | None:
    """The handle on a date line beside the title ("tinterweb April 26, 2024, 6:28am 1"): a forum's
    first post header, which reads as a date line because the handle is one short word; or a bare
    name before the date ("Ann Lee May 3, 2024"), trusted because the line stands beside the title."""
    if names := _name_before_date(text):
        return Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_on_date_line",
                        strength=NAME_BELOW_TITLE_STRENGTH)
    byline = parse_byline(text)
    if byline is None or not byline.authors or byline.author_rule != _POSTER_RULE:
        return None
    return Proposal(field=FieldName.AUTHORS, value=list(byline.authors), rule=_POSTER_RULE,
                    strength=byline.author_strength)


def _credit_after_body(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_end: int
                       ) -> Proposal | None:
    """A prefixed credit line at the body's last lines or just after it ("Written by Ann Lee",
    "Author: Ann Lee"): blogs sign posts at the foot, with a bio the body run may take in. Teasers
    and comments that follow are not read (their "By" is another's)."""
    last = min(body_end + 1 + CREDIT_AFTER_BODY_REACH, len(blocks))
    for i in range(max(body_end - CREDIT_INSIDE_BODY, 0), last):
        verdict = verdicts[i]
        if verdict is not None and verdict.label in _PAST_ARTICLE:
            return None
        if not BYLINE_PREFIX.match(blocks[i].text):
            continue
        byline = parse_byline(blocks[i].text)
        # A lone word signs no post from the foot ("Posted by default", a teaser's "By BeauHD").
        if (byline is not None and byline.authors and byline.author_rule == "textdump.byline_prefix"
                and all(" " in name for name in byline.authors)):
            return Proposal(field=FieldName.AUTHORS, value=list(byline.authors), rule="textdump.credit_after_body",
                            strength=CREDIT_AFTER_BODY_STRENGTH)
    return None


def _sole_credit(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> Proposal | None:
    """The one person a prefixed credit names anywhere on the page ("By Ann Lee", "Written by" over
    "Ann Lee"), when no byline stands near the body: the credit may sit far above it (past a table of
    contents), inside it (after a standfirst) or below it (an author box). A page whose credits name
    different people lists other articles, and none of them is its author."""
    found: dict[tuple[str, ...], list[str]] = {}
    for i in range(len(blocks)):
        names = _credited_names(blocks, verdicts, i)
        if names:
            found.setdefault(tuple(sorted(n.casefold() for n in names)), names)
    if len(found) != 1:
        return None
    return Proposal(field=FieldName.AUTHORS, value=next(iter(found.values())), rule="textdump.sole_credit",
                    strength=SOLE_CREDIT_STRENGTH)


def _credited_names(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> list[str]:
    """The names a credit line names, if block ``i`` is one: a short line of its own (not a sentence
    such as "By checking out, you agree …", not a menu's list item), led by a byline prefix and then a
    name. After a bare "By" a lone word is a way to browse ("By Industry", "By Role"), not a name."""
    block = blocks[i]
    text = block.text
    if (verdicts[i] is not None or block.kind is SegmentKind.LIST_ITEM or text.endswith(".")
            or not (BYLINE_PREFIX.match(text) or _LONE_PREFIX.match(text))
            or not _NAME_START.match(BYLINE_PREFIX.sub("", text))):
        return []
    byline = _byline_at(blocks, verdicts, i)
    if byline is None or not byline.authors or byline.author_rule != "textdump.byline_prefix":
        return []
    if _BARE_BY.match(text) and any(" " not in name for name in byline.authors):
        return []
    return list(byline.authors)


def _thread_starter(blocks: Sequence[Block]) -> Proposal | None:
    """The poster that forum software names as the thread's starter ("Thread starter X", "Discussion
    in 'Help' started by X, May 3, 2024", "X Discussion starter"), if every such cue names the same
    poster: a list of threads names many, and none of them is the page's author. A "starter" cue
    names the page's own thread; "started by" also heads the similar threads listed below it, so it
    counts only when no "starter" cue is on the page."""
    handles: dict[bool, dict[str, str]] = {True: {}, False: {}}
    for block in blocks:
        match = _THREAD_STARTER.match(block.text)
        handle = clean_handle(match["after"] or match["before"]) if match else None
        if match and handle is not None:
            own = _OWN_THREAD_CUE.search(block.text) is not None
            handles[own].setdefault(handle.casefold(), handle)
    named = handles[True] or handles[False]
    if len(named) != 1:
        return None
    return Proposal(field=FieldName.AUTHORS, value=list(named.values()), rule="textdump.thread_starter",
                    strength=THREAD_STARTER_STRENGTH)


def _first_poster(blocks: Sequence[Block]) -> Proposal | None:
    """The handle heading the page's first forum user card ("b.scherer" / "Posts: 2" / "Joined: Dec 17,
    2023"): the first post's, so the thread's author. The handle is the card's first line, so the
    earliest of the few lines above the "Joined" line that reads as one (roles such as "Member" follow it)."""
    for c, block in enumerate(blocks):
        cue = _CARD_CUE.search(block.text)
        if cue is None or not (any(ch.isdigit() for ch in block.text[cue.end():])
                               or (c + 1 < len(blocks) and blocks[c + 1].features.has_date)):
            continue
        head = _CARD_TAIL.sub("", block.text[:cue.start()].strip())
        above = blocks[max(c - CARD_REACH, 0):c]
        lines = [head] if head else [_CARD_TAIL.sub("", b.text.strip(" •*□+")) for b in above]
        for text in lines:
            handle = None if _CARD_ROLE.search(text) else clean_handle(text)
            if handle is not None and not _DATE_WORDS.match(handle) and not is_organisation(handle):
                return Proposal(field=FieldName.AUTHORS, value=[handle], rule="textdump.first_poster",
                                strength=FIRST_POSTER_STRENGTH)
        return None
    return None


def _status_poster(lines: Sequence[str]) -> Proposal | None:
    """The handle in the page's first online/offline mark (see ``_STATUS_MARK``): the first post's
    poster. Read from the dump's lines, as the mark is often an icon's alt text, which blocks drop."""
    for line in lines:
        if (match := _STATUS_MARK.match(line)) is not None:
            handle = clean_handle(match["handle"])
            if handle is None or is_organisation(handle):
                return None
            return Proposal(field=FieldName.AUTHORS, value=[handle], rule="textdump.status_poster",
                            strength=FIRST_POSTER_STRENGTH)
    return None


def _asker(blocks: Sequence[Block]) -> Proposal | None:
    """The user card under a question ("asked May 3, 2024 at 8:45" / "quietfox's user avatar" /
    "quietfox"): Q&A software names the question's author there; answers say "answered" instead."""
    for i, block in enumerate(blocks):
        match = _ASKED.search(block.text)
        dates = find_dates(match["rest"]) if match else []
        if not dates or dates[0].start > 0 or not _TIME_OF_DAY.match(match["rest"][dates[0].end:]):
            continue
        for card in blocks[i + 1:i + 1 + ASKER_REACH]:
            handle = None if _AVATAR_ALT.search(card.text) else clean_handle(card.text)
            if handle is not None:
                return Proposal(field=FieldName.AUTHORS, value=[handle], rule="textdump.asker", strength=ASKER_STRENGTH)
        return None
    return None


def _author_box(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body: Body) -> Proposal | None:
    """The name in an author box at the body's end or just after it: blogs introduce the author below
    the post. A heading that introduces the author ("About the author", "Written by") is the surest
    sign, so it is sought first; then a name over a bio or a profile link (see ``_boxed_name``).
    Comments and teasers that follow are not read, and a person the body quotes again and again is a
    source, whose bio ends a round-up of experts."""
    first = max(body.end - AUTHOR_BOX_INSIDE, body.start)
    zone = range(first, min(body.end + 1 + AUTHOR_BOX_REACH, len(blocks)))
    ended = [i for i in zone if (verdict := verdicts[i]) is not None and verdict.label in _PAST_ARTICLE]
    zone = range(first, min(ended, default=zone.stop))
    headed = [(i + 1, _bare_name(blocks[i + 1].text)) for i in zone
              if _BOX_HEADING.match(blocks[i].text.strip()) and i + 1 < len(blocks)]
    for i, names in [*headed, *((i, _boxed_name(blocks, i)) for i in zone)]:
        if names and not is_organisation(names[0]) and not _quoted(blocks, body.start, i, names[0]):
            return Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.author_box",
                            strength=AUTHOR_BOX_STRENGTH)
    return None


def _boxed_name(blocks: Sequence[Block], i: int) -> list[str]:
    """Block ``i`` names a person over a link to their profile ("Ann Lee" / "Author's profile") or over
    a bio ("Ann Lee" or "About Ann Lee" / "Ann Lee is a reporter …", "Ann writes …"). A bare name
    alone proves nothing: headings, list items and photo captions look the same."""
    text = blocks[i].text.strip()
    about = _ABOUT_NAME.match(text)
    names = _bare_name(about["name"] if about else text)
    if not names or blocks[i].kind is SegmentKind.LIST_ITEM:
        return []
    cue = line_cue(blocks[i + 1].text) if i + 1 < len(blocks) else None
    if about is None and cue is not None and cue.label is Label.BIO:
        return names
    return names if _opens_bio(blocks[i + 1:i + 1 + BIO_REACH], names[0]) else []


def _quoted(blocks: Sequence[Block], start: int, end: int, name: str) -> bool:
    """The body names the person in several blocks before ``end``: an expert it quotes, not its author."""
    return sum(name in b.text for b in blocks[start:end]) >= MIN_QUOTED_MENTIONS


def _opens_bio(below: Sequence[Block], name: str) -> bool:
    """A sentence below names the person in its first words and speaks of a person ("she", "his",
    "I"): the bio of an author box. A company's blurb opens with its name too ("Kraken is …")."""
    first_name = name.split()[0]
    return any(is_prose(b) and first_name in b.text.split()[:BIO_NAME_WORDS] and _PERSONAL.search(b.text) is not None
               for b in below)


def _pictured_name(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], lines: Sequence[str], title: int
                   ) -> tuple[int, Proposal] | None:
    """A person's name a few lines below the title, under a photo whose alt text names them ("Picture of
    Ann Lee" / "Ann Lee"): the author's portrait and name, as blogs head a post."""
    for i in range(title + 1, min(title + 1 + PICTURE_REACH, len(blocks))):
        if verdicts[i] is None and (names := _pictured(blocks, lines, i)):
            return i, Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.pictured_name",
                               strength=PICTURED_NAME_STRENGTH)
    return None


def _pictured(blocks: Sequence[Block], lines: Sequence[str], i: int) -> list[str]:
    """Block ``i`` is a bare name, and the image just above is a portrait of that person: its alt text
    ("Picture of Ann Lee", "Headshot of Ann Lee, Staff Writer") is a dropped line between the blocks
    ("![Picture of Ann Lee](…)") or, where the renderer prints alt text as text, the short block above.
    An alt text that is only the name ("![Mac Parts](…)" over "Mac Parts") is a product's or a logo's
    card as often as a portrait."""
    names = _bare_name(blocks[i].text)
    if not names or i == 0 or names[0].isupper():
        return []
    above = blocks[i - 1]
    captions = list(lines[above.last_line + 1:blocks[i].first_line])
    if above.features.words <= MAX_CAPTION_WORDS:
        captions.append(above.text)
    portrait = regex.compile(_PORTRAIT_LEAD + regex.escape(names[0]) + _CAPTION_NAME_END)
    return names if any(portrait.search(c) for c in captions) else []


def _name_below_title(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], title: int,
                      marks: Sequence[tuple[int, Label, str]]) -> tuple[int, Proposal] | None:
    """A bare person's name just below the title, vouched for by what follows it (a date or a reading
    time) or standing before a date on its line ("Ann Lee May 3, 2024", which may have been read as
    the date line); else a forum's first post header below the title ("raoul (Raoul) May 3, 2024,
    8:45am 1": the thread's starter)."""
    taken = {index for index, _, _ in marks}
    for i in range(title + 1, min(title + 1 + NAME_BELOW_TITLE_REACH, len(blocks))):
        if verdicts[i] is not None:
            continue
        if dated := _name_before_date(blocks[i].text):
            return i, Proposal(field=FieldName.AUTHORS, value=dated, rule="textdump.name_date_below_title",
                               strength=NAME_BELOW_TITLE_STRENGTH)
        names = [] if i in taken else _bare_name(blocks[i].text)
        if names and _vouches_for_name(blocks, verdicts, i + 1):
            return i, Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_below_title",
                               strength=NAME_BELOW_TITLE_STRENGTH)
    for i in range(title + 1, min(title + 1 + POSTER_BELOW_TITLE_REACH, len(blocks))):
        if i not in taken and (handle := _poster_line(blocks[i].text)) is not None:
            return i, Proposal(field=FieldName.AUTHORS, value=[handle], rule="textdump.poster_below_title",
                               strength=POSTER_LINE_STRENGTH)
    return None


def _name_before_date(text: str) -> list[str]:
    """The bare name that a line starts with, right before its date (no separator between them: a title
    above a date reads the same, so this is trusted only on a line beside the title)."""
    dates = find_dates(text) if len(text) <= MAX_BYLINE_CHARS else []
    return _bare_name(text[:dates[0].start].rstrip(" ,")) if dates and dates[0].start > 0 else []


def _vouches_for_name(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """The line after a bare name reads as byline matter: a date (perhaps yearless, numeric or an age:
    "Jun 9", "2 days ago") or a counter ("9 min read"). (A role line or the name again further down were
    tried: headings and menu items pass them as often.)"""
    if i >= len(blocks):
        return False
    verdict = verdicts[i]
    return (blocks[i].features.has_date or _DATE_SHAPED.match(blocks[i].text.strip()) is not None
            or (verdict is not None and verdict.label in (Label.COUNTER, Label.BYLINE)))


def _poster_line(text: str) -> str | None:
    """A forum post's header line: a handle (perhaps with a display name in brackets) then a date,
    and only a time or a post number after it."""
    dates = find_dates(text)
    return _poster_handle(text[:dates[0].start], text[dates[0].end:]) if dates else None


def _poster_handle(head: str, tail: str) -> str | None:
    """The handle before a post's date ("raoul (Raoul) | May 3, 2024, 8:45am 1"), if nothing but a
    time or a post number follows the date."""
    if not _POST_TAIL.match(tail):
        return None
    head = _DISPLAY_NAME.sub("", head.strip(" |·•—–-,")).strip()
    if not head or " " in head or _DATE_WORDS.match(head) or _DATE_LABEL.match(head) or is_organisation(head):
        return None
    return clean_handle(head)


def _name_near(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], marks: Sequence[tuple[int, Label, str]],
               body: Body | None, below_title: bool = True) -> tuple[int, Proposal] | None:
    """A bare person's name within a few lines below the title (if ``below_title``) or beside the date
    line, if a bio after the body names that person (an author box) or the name stands right beside
    the date."""
    taken = {index for index, _, _ in marks}
    dates = [index for index, label, _ in marks if label is Label.BYLINE]
    titles = [index for index, label, _ in marks if label is Label.TITLE and below_title]
    near = {i for t in titles for i in range(t + 1, t + 1 + NAME_REACH)}
    near |= {i for d in dates for i in range(d - NAME_REACH, d + NAME_REACH + 1)}
    after = body.end + 1 if body is not None else len(blocks)
    for i in sorted(near - taken):
        if not 0 <= i < len(blocks) or verdicts[i] is not None:
            continue
        names = _bare_name(blocks[i].text)
        handle = [] if names else _handle_rendered_twice(blocks, i)
        beside = [d for d in dates if abs(i - d) == 1]
        listed = [] if names or handle or not beside else _bare_names(blocks[i].text)
        if not (names or handle or listed):
            continue
        # A handle's second rendering stands between it and the date; a lone word's mention below proves nothing.
        beside_date = beside or any(handle and d == i + 2 for d in dates)
        if beside_date or (names and (_rendered_twice(blocks, i) or _bio_below(blocks, i, after, names[0]))):
            return i, Proposal(field=FieldName.AUTHORS, value=names or handle or listed,
                               rule="textdump.name_near_header", strength=NAME_LINE_STRENGTH)
    return None


def _bio_below(blocks: Sequence[Block], i: int, after: int, name: str) -> bool:
    """An author box's bio names the person in its first sentence ("Ann Lee is a reporter …"; after the
    body also "Ann writes about …"); the body run may take the box in. A menu item or a heading
    repeated below the body stands in no sentence."""
    first_name = name.split()[0]
    for j in range(i + 1, len(blocks)):
        opening = blocks[j].text.split(". ")[0]
        if is_prose(blocks[j]) and (name in opening or (j >= after and opening.startswith(first_name + " "))):
            return True
    return False


def _rendered_twice(blocks: Sequence[Block], i: int) -> bool:
    """The line again on the next one: an avatar's label, then the link to the profile ("Ann Lee" /
    "Ann Lee"), as a byline renders a person's name and a heading or a menu seldom does."""
    return i + 1 < len(blocks) and blocks[i + 1].text.strip() == blocks[i].text.strip()


def _handle_rendered_twice(blocks: Sequence[Block], i: int) -> list[str]:
    """One word on two lines in a row (an avatar's label, then the link to the profile): a poster's
    handle ("Mazi" / "Mazi" / "May 3, 2024"), which a lone word would not be."""
    text = blocks[i].text.strip()
    if " " in text or not _rendered_twice(blocks, i):
        return []
    handle = clean_handle(text)
    return [handle] if handle and not _DATE_WORDS.match(handle) and not is_organisation(handle) else []


def _bare_name(text: str) -> list[str]:
    """A line that is one person's name, perhaps with credentials ("Dylan Bailey, MS, RD"): kept whole,
    as the page writes it. A name rendered twice (an avatar's label and the link: "Ann Lee Ann Lee")
    counts once."""
    text = undoubled(text.strip(), least_words=2)
    names = _names(text)
    if len(names) != 1 or not text.startswith(names[0]) or not _CREDENTIALS.fullmatch(text[len(names[0]):]):
        return []
    return [text]


def _bare_names(text: str) -> list[str]:
    """A line that names several people and nothing else ("Ann Lee, Bo Chan & Cy Dee"), each part a
    person's name by itself."""
    parts = [p for p in _NAME_LIST.split(text.strip()) if p]
    if len(parts) < 2:
        return []
    names = [_bare_name(p) for p in parts]
    return [n[0] for n in names] if all(len(n) == 1 and n[0] == p for n, p in zip(names, parts, strict=True)) else []


def _name_line(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> tuple[int, Proposal] | None:
    """A bare person's name on the line above a dateline ("Trevor Jackins" / "Updated October 8, 2025"),
    perhaps followed by credentials ("Dylan Bailey, MS, RD"), kept as the page writes it."""
    if i == 0 or verdicts[i - 1] is not None:
        return None
    names = _bare_name(blocks[i - 1].text) or _bare_names(blocks[i - 1].text)
    if not names:
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


def _find_byline(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], body_start: int, limit: int,
                 dateline: int | None = None) -> tuple[int, Byline] | None:
    """Any byline just above the body; else the prefixed byline ("By X") nearest above it, further up
    (menus, tables of contents and teasers often stand between the header and the body). Given the
    index of a ``dateline`` already found ("Updated May 3, 2024"), only a byline naming authors
    elsewhere in the header: the credit often stands apart from the date ("By Ann Lee" under a photo)."""
    for i in range(max(body_start - HEADER_WINDOW, 0), min(max(limit, body_start + 1), len(blocks))):
        byline = _byline_at(blocks, verdicts, i) if i != dateline else None
        if byline is not None and (dateline is None or byline.authors):
            return i, byline
    for i in range(max(body_start - HEADER_WINDOW, 0) - 1, max(body_start - WIDE_HEADER_WINDOW, 0) - 1, -1):
        byline = _byline_at(blocks, verdicts, i)
        if byline is not None and byline.author_rule == "textdump.byline_prefix":
            return i, byline
    return None


def _byline_at(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> Byline | None:
    verdict = verdicts[i]
    if verdict is not None and not verdict.spread and verdict.label is not Label.COUNTER:
        return None
    text = blocks[i].text
    if _LONE_PREFIX.match(text) and i + 1 < len(blocks) and verdicts[i + 1] is None:
        text += " " + blocks[i + 1].text  # "By" on its own line, the name on the next
    byline = parse_byline(text)
    if (byline is None or not byline.authors) and BYLINE_PREFIX.match(text) and _date_led(blocks, verdicts, i + 1):
        byline = parse_byline(text + " " + blocks[i + 1].text) or byline  # "By quietfox" / "May 3, 2024 in Help"
    if byline is not None and blocks[i].kind is SegmentKind.LIST_ITEM and byline.date is None and all(
            " " not in name for name in byline.authors):
        return None  # a menu's "By Countries", "By Topic": one word in a list is a way to browse
    return byline


def _date_led(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """Block ``i`` is a line of its own that opens with a full date."""
    if i >= len(blocks) or verdicts[i] is not None or not blocks[i].features.has_date:
        return False
    dates = find_dates(blocks[i].text)
    return bool(dates) and dates[0].start == 0


def parse_byline(text: str) -> Byline | None:
    """Authors and date from "By X", "X | March 3, 2024", "Posted on … by X" or glued variants."""
    if len(text) > MAX_BYLINE_CHARS:
        return None
    text = _GLUED_BY_START.sub(r"\1 ", _DOUBLED_BY.sub(r"\1", text))
    dates = find_dates(text)
    date = dates[0].value if dates else None
    head = text[:dates[0].start] if dates else text
    tail = text[dates[0].end:] if dates else ""
    dateline = bool(DATELINE_PREFIX.match(text)) and date is not None
    names, rule, strength = _byline_names(head, tail, dateline, dated=date is not None)
    if not names and not dateline:
        return None
    if names and date is None and rule != "textdump.byline_prefix":
        return None
    date_rule = "textdump.dateline" if dateline else "textdump.byline_date"
    date_strength = DATELINE_STRENGTH if dateline else BYLINE_DATE_STRENGTH
    return Byline(tuple(names), date, rule, strength, date_rule if date else "", date_strength if date else 0.0)


# A byline is one short line; longer text that starts with "By" is a sentence.
MAX_BYLINE_CHARS = 160


def _byline_names(head: str, tail: str, dateline: bool, dated: bool = False) -> tuple[list[str], str, float]:
    """Names before the date (prefixed or bare) or after "by" in a dateline."""
    if dateline and (match := _BY_INSIDE.search(" " + tail)):
        return _names(match["names"]), "textdump.byline_prefix", BYLINE_PREFIX_STRENGTH
    parts = [p for p in _SEPARATORS.split(_GLUED_PREFIX.sub(" | ", head)) if p.strip()]
    prefixed = [_NAME_END.sub("", p.strip()) for p in parts if BYLINE_PREFIX.match(p.strip())]
    if not prefixed and BYLINE_PREFIX.match(after := _after_dates(tail)):
        prefixed = [_NAME_END.sub("", _SEPARATORS.split(after)[0])]  # "May 3, 2024 By Ann Lee"
    if prefixed:
        names = (_names(*prefixed) or _one_word_name(prefixed, dated or any(ch.isdigit() for ch in head))
                 or _team_name(prefixed))
        return names, "textdump.byline_prefix", BYLINE_PREFIX_STRENGTH
    if not dateline and dated and (handle := _poster_handle(head, tail)) is not None:
        return [handle], _POSTER_RULE, POSTER_LINE_STRENGTH
    labelled = _DATE_LABEL_END.sub(" |", head)  # "Ann Lee • Updated on May 3, 2024"
    if parts and not dateline and _PAIR_SEPARATOR.search(labelled):
        parts = [p for p in _SEPARATORS.split(_GLUED_PREFIX.sub(" | ", labelled)) if p.strip()]
        names = _names(*parts)
        if names and len(names) == len(parts):
            return names, "textdump.byline_name_date", BYLINE_PAIR_STRENGTH
    if not dateline and dated and not _LEADING_SEPARATORS.sub("", head) and (names := _name_after_date(tail)):
        return names, "textdump.byline_date_name", BYLINE_PAIR_STRENGTH
    return [], "", 0.0


def _after_dates(tail: str) -> str:
    """What follows a line's dates: a second date may follow the first ("January 12, 2025January 22,
    2025 By Ann Lee": published and updated, glued), and separators may stand between."""
    tail = _LEADING_SEPARATORS.sub("", tail)
    dates = find_dates(tail)
    return _LEADING_SEPARATORS.sub("", tail[dates[0].end:]) if dates and dates[0].start == 0 else tail


def _name_after_date(tail: str) -> list[str]:
    """The one name after a line's leading date, set off by a separator or glued to it by the renderer
    ("Dec. 19, 2025 · Niko Matsakis", "Dec 17, 2025Julian K. Arni"); reading counters may stand between
    ("December 15, 2025 · 30 min · 6279 words · Ash Vardanian"), nothing else may. A glued line is kept
    whole: a headline glued to its date is no name ("May 3, 2024Meals on Wheels Grow" is not "Meals")."""
    lead = _AFTER_DATE_LEAD.match(tail)
    if lead is None:
        return []
    parts = [p.strip() for p in _SEPARATORS.split(tail) if p.strip()]
    if lead["separator"]:
        parts = [_NAME_END.sub("", p) for p in parts]
    wordy = [p for p in parts if not any(ch.isdigit() for ch in p)]
    if len(wordy) != 1 or wordy[0] != parts[-1]:
        return []
    names = _names(wordy[0])
    return names if len(names) == 1 and names[0] == wordy[0] else []


def _names(*parts: str) -> list[str]:
    names = clean_authors([n for p in parts for n in split_names(p)])
    return [n for n in names if _person_like(n)]


def _one_word_name(prefixed: Sequence[str], dated: bool) -> list[str]:  # dated: a date or number beside it
    """One word after "By" ("By Kristin", "by whova | May 3, 2024"): a first name or a handle, which the
    prefix vouches for (a lone word without one is a desk, a category or a menu item). The word must
    be all that follows the prefix ("By: Ann Lee Gardener & Astrologer" is not "Astrologer"), and a
    lower-case word is a handle only beside a date or a number: "By clicking", "by default" are phrases."""
    rests = [BYLINE_PREFIX.sub("", p.strip()).split() for p in prefixed]
    if len(rests) != 1 or len(rests[0]) != 1:
        return []
    handle = clean_handle(rests[0][0].strip(",:;"))
    if handle is None or _DATE_WORDS.match(handle) or not (dated or handle[0].isupper()):
        return []
    return [handle]


def _team_name(prefixed: Sequence[str]) -> list[str]:
    """A team credited after "By" ("By The Investopedia Team", "written by Our Editors", "by News Desk"):
    the prefix vouches for it, though a team is no person's name. The team is all that follows the
    prefix, kept as the page writes it."""
    rests = [BYLINE_PREFIX.sub("", p.strip()).strip(" ,:;") for p in prefixed]
    return [rests[0]] if len(rests) == 1 and _TEAM.match(rests[0]) else []


def _person_like(name: str) -> bool:
    """Capitalised words, two to four of them (a lone word is a handle or a desk, not evidence), none
    of them links glued together ("Wedding ChecklistsJust Engaged")."""
    tokens = name.split()
    return (1 < len(tokens) <= 4 and all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens)
            and not _GLUED_WORDS.search(name))


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
