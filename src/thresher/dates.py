"""Dates in text: ISO forms and written dates in several languages, parsed without guessing.

Two-digit years and numeric day/month orders are read only when unambiguous; a string that is
not clearly a date gives None, so no date is ever invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

# Month names (and common abbreviations) in the languages of the benchmark sets' pages and beyond;
# Russian and Ukrainian in the genitive, the form a date uses ("15 августа 2016").
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier enero ene gennaio gen stycznia styczeń sty januari janeiro jänner января січня",
        "february feb februar février fevrier febrero febbraio lutego luty lut februari fevereiro февраля лютого",
        "march mar märz maerz mars marzo marca marzec maart março марта березня",
        "april apr avril abril aprile kwietnia kwiecień kwi апреля квітня",
        "may mai mayo maggio mag maja maj mei maio мая травня",
        "june jun juni juin junio giugno giu czerwca czerwiec cze junho июня червня",
        "july jul juli juillet julio luglio lug lipca lipiec lip julho июля липня",
        "august aug août aout agosto ago sierpnia sierpień sie augustus августа серпня",
        "september sep sept septembre septiembre settembre set września wrzesień wrz setembro сентября вересня",
        "october oct oktober octobre octubre ottobre ott października październik paź okt outubro октября жовтня",
        "november nov novembre noviembre listopada listopad lis novembro ноября листопада",
        "december dec dezember décembre decembre diciembre dic dicembre grudnia grudzień gru dez dezembro декабря "
        "грудня",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_MONTH = r"(?P<month>" + "|".join(sorted((regex.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_PATTERNS = [
    # 2025-03-27, 2025/03/27, 2025.03.27 (optionally followed by a time)
    regex.compile(r"(?<!\d)" + _YEAR + r"[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    # March 27, 2025 / Sunday, March 27th 2025
    regex.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, regex.IGNORECASE),
    # 27 March 2025 / 27. März 2025 / 27 de marzo de 2025
    regex.compile(r"(?<!\d)" + _DAY + r"\s*(?:de\s+)?" + _MONTH + r"\s*(?:de\s+)?,?\s*" + _YEAR,
                  regex.IGNORECASE),
    # 27.03.2025 (day first, as written in most of Europe)
    regex.compile(r"(?<!\d)(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.\s?" + _YEAR + r"(?!\d)"),
]
# A US-style 03/27/2025 is read only when the day cannot be a month (day > 12).
_SLASHED = regex.compile(r"(?<!\d)(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/" + _YEAR + r"(?!\d)")
# 20250327 alone (as in some meta tags and URLs): read only when the whole value is those 8 digits.
_COMPACT = regex.compile(r"^\s*((?:19|20)\d\d)([01]\d)([0-3]\d)\s*$")
_ISO_DATETIME = regex.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?"
)
# Every pattern above holds a year: text without one has no date, and is answered after one fast scan
# (the month-name patterns are slow on long text).
_ANY_YEAR = regex.compile(_YEAR)
# Plausible publication years: the web, give or take.
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text, with where it stood."""

    value: dt.date
    start: int
    end: int


def parse_iso(text: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or datetime (as in JSON-LD, meta tags, front matter), else None."""
    compact = _COMPACT.match(text or "")
    if compact:
        try:
            return _plausible(dt.date(*(int(compact.group(i)) for i in (1, 2, 3))))
        except ValueError:
            return None
    match = _ISO_DATETIME.match(text or "")
    if not match:
        return None
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    try:
        if match.group(4) is None:
            return _plausible(dt.date(year, month, day))
        stamp = dt.datetime(year, month, day, int(match.group(4)), int(match.group(5)),
                            int(match.group(6) or 0), tzinfo=_tz(match.group(7)))
    except ValueError:
        return None
    return stamp if _plausible(stamp.date()) else None


def _tz(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return dt.UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0)))


def find_dates(text: str) -> list[DateMatch]:
    """Every unambiguous date written in ``text``, in order of position."""
    if not _ANY_YEAR.search(text):
        return []
    found: dict[int, DateMatch] = {}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            value = _from_match(match)
            if value is not None and not _overlaps(found, match.start(), match.end()):
                found[match.start()] = DateMatch(value, match.start(), match.end())
    for match in _SLASHED.finditer(text):
        value = _from_slashed(match)
        if value is not None and not _overlaps(found, match.start(), match.end()):
            found[match.start()] = DateMatch(value, match.start(), match.end())
    return [found[key] for key in sorted(found)]


def writes_a_date(text: str) -> bool:
    """Whether ``text`` writes a date, however it reads: "3/4/2025" is one, March 4 or April 3."""
    return bool(find_dates(text)) or _SLASHED.search(text) is not None


def parse_date(text: str) -> dt.date | dt.datetime | None:
    """The first date in ``text`` (ISO first, then written forms), or None."""
    iso = parse_iso(text)
    if iso is not None:
        return iso
    dates = find_dates(text)
    return dates[0].value if dates else None


def _overlaps(found: dict[int, DateMatch], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in found.values())


def _from_match(match: regex.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower())
    if month is None:
        return None
    try:
        return _plausible(dt.date(int(groups["year"]), month, int(groups["day"])))
    except ValueError:
        return None


def _from_slashed(match: regex.Match[str]) -> dt.date | None:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return _plausible(dt.date(year, month, day))
    except ValueError:
        return None


def _plausible(value: dt.date) -> dt.date | None:
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None
