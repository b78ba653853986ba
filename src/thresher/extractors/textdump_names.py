"""Names and bylines in a text dump: whether a line names a person, and the authors and date a byline holds.

Both the header's reading (``textdump_meta``) and the fallback credit rules (``textdump_credits``) ask
these questions, so what a name looks like is decided in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..article import SegmentKind
from ..authors import clean_authors, clean_handle, is_organisation, split_names, undoubled
from ..dates import find_dates
from ..labels import Label
from ..lexicon import BYLINE_PREFIX, DATELINE_PREFIX
from ..textblocks import Block
from .textdump_types import Verdict

BYLINE_PREFIX_STRENGTH = 0.8  # "By X" / "Von X": rarely anything but the author
BYLINE_PAIR_STRENGTH = 0.6  # "X | March 3, 2024": a name beside a date, no prefix
DATELINE_STRENGTH = 0.55  # "Posted on March 3, 2024"; also "Updated on …" (right on only 6 of 14 dev dumps)
BYLINE_DATE_STRENGTH = 0.8  # a full date inside a byline
POSTER_LINE_STRENGTH = 0.6  # a forum post's header line: a handle, then a date ("raoul (Raoul) May 3, 2024")
# A byline is one short line; longer text that starts with "By" is a sentence.
MAX_BYLINE_CHARS = 160

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
LONE_PREFIX = regex.compile(
    r"^(?:(?:written|posted|published|reported)\s+)?(?:by|von|par|por|door|przez|author)\s*:?$", regex.IGNORECASE)
# What sets a name off from the date before it: a separator, or nothing at all (the renderer glued them).
_AFTER_DATE_LEAD = regex.compile(r"^(?:\s*(?P<separator>\||·|•|—|–|\s-)|\p{Lu})")
_SEPARATORS = regex.compile(r"\s*(?:\||·|•|—|–|\s-\s)\s*")
# A bare name and a date need a separator between them: "Backup Strategy January 22nd, 2019" is a title.
_PAIR_SEPARATOR = regex.compile(r"(?:\||·|•|—|–|\s-|,)\s*$")
_BY_INSIDE = regex.compile(r"\s(?:by|von|par|por|door|przez)\s+(?P<names>.+)$", regex.IGNORECASE)
# Degrees and titles after a name: ", MS, RD, FAND", ", PhD".
_CREDENTIALS = regex.compile(r"(?:\s*,\s*[\p{Lu}][\p{Lu}\p{Ll}.]{0,5})*\s*")
# What may follow a date on a forum post's header line: a time, "am"/"pm", the post's number.
_POST_TAIL = regex.compile(r"^[\s,·•|#]*(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:am|pm)?\s*)?(?:#?\d{1,5})?\s*$",
                           regex.IGNORECASE)
POSTER_RULE = "textdump.poster_line"
# A display name in parentheses after the handle: "raoul (Raoul Dupont)".
_DISPLAY_NAME = regex.compile(r"\s*\([^)]*\)\s*$")
# A weekday or month alone is a date's remains, not a name.
DATE_WORDS = regex.compile(r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|"
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
# Several people named on one line: "Ann Lee, Bo Chan & Cy Dee".
_NAME_LIST = regex.compile(r"\s*(?:,|&|\band\b)\s*")
# Name particles kept lower-case inside a person's name.
_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "ten"])


@dataclass(frozen=True, slots=True)
class Byline:
    """Authors and date read from one byline block, with the rules that found them."""

    authors: tuple[str, ...]
    date: dt.date | None
    author_rule: str
    author_strength: float
    date_rule: str
    date_strength: float


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



def _byline_names(head: str, tail: str, dateline: bool, dated: bool) -> tuple[list[str], str, float]:
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
        return [handle], POSTER_RULE, POSTER_LINE_STRENGTH
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
    if handle is None or DATE_WORDS.match(handle) or not (dated or handle[0].isupper()):
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


def byline_at(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> Byline | None:
    """The byline that block ``i`` holds, if any. A lone prefix ("By") takes in the name on the next line,
    a prefixed line that names no one the date-led line after it; a list item's "By Topic" is a menu."""
    verdict = verdicts[i]
    if verdict is not None and not verdict.spread and verdict.label is not Label.COUNTER:
        return None
    text = blocks[i].text
    if LONE_PREFIX.match(text) and i + 1 < len(blocks) and verdicts[i + 1] is None:
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


def bare_name(text: str) -> list[str]:
    """A line that is one person's name, perhaps with credentials ("Dylan Bailey, MS, RD"): kept whole,
    as the page writes it. A name rendered twice (an avatar's label and the link: "Ann Lee Ann Lee")
    counts once."""
    text = undoubled(text.strip(), least_words=2)
    names = _names(text)
    if len(names) != 1 or not text.startswith(names[0]) or not _CREDENTIALS.fullmatch(text[len(names[0]):]):
        return []
    return [text]


def bare_names(text: str) -> list[str]:
    """A line that names several people and nothing else ("Ann Lee, Bo Chan & Cy Dee"), each part a
    person's name by itself."""
    parts = [p for p in _NAME_LIST.split(text.strip()) if p]
    if len(parts) < 2:
        return []
    names = [bare_name(p) for p in parts]
    return [n[0] for n in names] if all(len(n) == 1 and n[0] == p for n, p in zip(names, parts, strict=True)) else []


def name_before_date(text: str) -> list[str]:
    """The bare name that a line starts with, right before its date (no separator between them: a title
    above a date reads the same, so this is trusted only on a line beside the title)."""
    dates = find_dates(text) if len(text) <= MAX_BYLINE_CHARS else []
    return bare_name(text[:dates[0].start].rstrip(" ,")) if dates and dates[0].start > 0 else []


def poster_line(text: str) -> str | None:
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
    if not head or " " in head or DATE_WORDS.match(head) or _DATE_LABEL.match(head) or is_organisation(head):
        return None
    return clean_handle(head)
