"""Who wrote a text dump's article when no byline near the body says: the fallback author credit rules.

Each rule reads one kind of credit (a name beside the title or date, a credit at the post's foot, a
forum's first poster, an author box, a portrait's caption); ``fallback_author`` tries them surest first.
The forum and Q&A cues that outrank a byline (``thread_starter``, ``asker``) and the names read beside a
dateline live here too, apart from the header's orchestration in ``textdump_meta``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..article import FieldName, SegmentKind
from ..authors import clean_handle, is_organisation
from ..candidate import Proposal
from ..dates import find_dates
from ..labels import Label
from ..lexicon import BYLINE_PREFIX, MONTH_STEMS, line_cue
from ..textblocks import Block
from .textdump_names import (
    DATE_WORDS,
    LONE_PREFIX,
    POSTER_LINE_STRENGTH,
    POSTER_RULE,
    bare_name,
    bare_names,
    byline_at,
    name_before_date,
    parse_byline,
    poster_line,
)
from .textdump_types import Body, Verdict, is_prose

# A bare name stands within this many lines of the title or the date line.
NAME_REACH = 2
NAME_LINE_STRENGTH = 0.5  # a bare name above a dateline: usually the author, sometimes a photographer
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
# A bare name on the date line beside the title ("Ann Lee May 3, 2024") is as sure as one just below it.
NAME_ON_DATE_LINE_STRENGTH = NAME_BELOW_TITLE_STRENGTH
# A credit found once on the page, far from the body: usually the author.
SOLE_CREDIT_STRENGTH = 0.55
# The last cue on the line: a label may be rendered twice ("Thread starter Thread starter X").
_THREAD_STARTER = regex.compile(
    r"^(?:.*\b(?:thread\s+starter|started\s+by)\s*:?\s+(?P<after>[^\s,]+(?:\s+[^\s,]+){0,2}?)\s*(?:,.*)?$"
    r"|(?P<before>\S+)\s+discussion\s+starter\b.*)$", regex.IGNORECASE)
# The cue that names the page's own thread's starter, not a listed thread's.
_OWN_THREAD_CUE = regex.compile(r"\b(?:thread|discussion)\s+starter\b", regex.IGNORECASE)
# "asked" and the question's date: the head of the asker's user card.
_ASKED = regex.compile(r"\basked\s+(?P<rest>.+)$", regex.IGNORECASE)
# All that may follow the question's date: its time ("at 8:45").
_TIME_OF_DAY = regex.compile(r"^\s*(?:,|at)?\s*(?:\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?\s*$", regex.IGNORECASE)
# An avatar's caption ("quietfox's user avatar"): the name follows on its own line.
_AVATAR_ALT = regex.compile(r"['’]s\s+(?:user\s+)?avatar$", regex.IGNORECASE)
# A bare "By" (not "Written by", "Author:"), which also heads menus: "By Industry", "By Role".
_BARE_BY = regex.compile(r"^(?:by|von|par|por|door|przez|di)\b", regex.IGNORECASE)
# A name starts with a letter ("Door & Window Sensors" is a shop's menu, not a Dutch credit).
_NAME_START = regex.compile(r"^\p{L}|^$")
# A date without a year, a numeric date or an age, alone on its line ("Jun 9", "02-12-2025", "2 days ago"):
# blog software writes these under the author's name where a full date would stand.
_DATE_SHAPED = regex.compile(
    r"^(?:" + MONTH_STEMS + r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}\s+" + MONTH_STEMS + r"[a-z]*\.?|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$", regex.IGNORECASE)
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


def fallback_author(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], lines: Sequence[str],
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


def poster_on_date_line(text: str) -> Proposal | None:
    """The handle on a date line beside the title ("tinterweb April 26, 2024, 6:28am 1"): a forum's
    first post header, which reads as a date line because the handle is one short word; or a bare
    name before the date ("Ann Lee May 3, 2024"), trusted because the line stands beside the title."""
    if names := name_before_date(text):
        return Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_on_date_line",
                        strength=NAME_ON_DATE_LINE_STRENGTH)
    byline = parse_byline(text)
    if byline is None or not byline.authors or byline.author_rule != POSTER_RULE:
        return None
    return Proposal(field=FieldName.AUTHORS, value=list(byline.authors), rule=POSTER_RULE,
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
            or not (BYLINE_PREFIX.match(text) or LONE_PREFIX.match(text))
            or not _NAME_START.match(BYLINE_PREFIX.sub("", text))):
        return []
    byline = byline_at(blocks, verdicts, i)
    if byline is None or not byline.authors or byline.author_rule != "textdump.byline_prefix":
        return []
    if _BARE_BY.match(text) and any(" " not in name for name in byline.authors):
        return []
    return list(byline.authors)


def thread_starter(blocks: Sequence[Block]) -> Proposal | None:
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
            if handle is not None and not DATE_WORDS.match(handle) and not is_organisation(handle):
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


def asker(blocks: Sequence[Block]) -> Proposal | None:
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
    headed = [(i + 1, bare_name(blocks[i + 1].text)) for i in zone
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
    names = bare_name(about["name"] if about else text)
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
    names = bare_name(blocks[i].text)
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
        if dated := name_before_date(blocks[i].text):
            return i, Proposal(field=FieldName.AUTHORS, value=dated, rule="textdump.name_date_below_title",
                               strength=NAME_BELOW_TITLE_STRENGTH)
        names = [] if i in taken else bare_name(blocks[i].text)
        if names and _vouches_for_name(blocks, verdicts, i + 1):
            return i, Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_below_title",
                               strength=NAME_BELOW_TITLE_STRENGTH)
    for i in range(title + 1, min(title + 1 + POSTER_BELOW_TITLE_REACH, len(blocks))):
        if i not in taken and (handle := poster_line(blocks[i].text)) is not None:
            return i, Proposal(field=FieldName.AUTHORS, value=[handle], rule="textdump.poster_below_title",
                               strength=POSTER_LINE_STRENGTH)
    return None


def _vouches_for_name(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """The line after a bare name reads as byline matter: a date (perhaps yearless, numeric or an age:
    "Jun 9", "2 days ago") or a counter ("9 min read"). (A role line or the name again further down were
    tried: headings and menu items pass them as often.)"""
    if i >= len(blocks):
        return False
    verdict = verdicts[i]
    return (blocks[i].features.has_date or _DATE_SHAPED.match(blocks[i].text.strip()) is not None
            or (verdict is not None and verdict.label in (Label.COUNTER, Label.BYLINE)))


def _name_near(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], marks: Sequence[tuple[int, Label, str]],
               body: Body | None, below_title: bool) -> tuple[int, Proposal] | None:
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
        names = bare_name(blocks[i].text)
        handle = [] if names else _handle_rendered_twice(blocks, i)
        beside = [d for d in dates if abs(i - d) == 1]
        listed = [] if names or handle or not beside else bare_names(blocks[i].text)
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
    return [handle] if handle and not DATE_WORDS.match(handle) and not is_organisation(handle) else []


def name_line(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> tuple[int, Proposal] | None:
    """A bare person's name on the line above a dateline ("Trevor Jackins" / "Updated October 8, 2025"),
    perhaps followed by credentials ("Dylan Bailey, MS, RD"), kept as the page writes it."""
    if i == 0 or verdicts[i - 1] is not None:
        return None
    names = bare_name(blocks[i - 1].text) or bare_names(blocks[i - 1].text)
    if not names:
        return None
    return i - 1, Proposal(field=FieldName.AUTHORS, value=names, rule="textdump.name_above_dateline",
                           strength=NAME_LINE_STRENGTH)
