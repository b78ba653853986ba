"""Dates written in the URL path: ``/2024/05/31/``, ``/2024-05-31-slug``, ``/20240531/``.

Only a full year-month-day counts: ``/2024/05/`` names an archive month, not a day.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import regex

from ..article import FieldName
from ..candidate import Proposal
from ..dates import MAX_YEAR, MIN_YEAR
from ._common import proposal

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
STRENGTH = 0.85  # a dated path is the publication day, except for reposts and event pages
_PATH_DATE = regex.compile(r"(?<![\d])((?:19|20)\d\d)([/_.-]?)([01]\d)\2([0-3]\d)(?![\d])")


def extract(url: str | None) -> list[Proposal]:
    if not url:
        return []
    path = urlsplit(url).path
    for match in _PATH_DATE.finditer(path):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not match.group(2) and not regex.search(r"/\d{8}(?:/|$|[-_.])", path):
            continue  # 8 bare digits in a slug are as likely an id as a date
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if MIN_YEAR <= value.year <= MAX_YEAR:
            return [proposal(FieldName.DATE, value, "structured.url.date", STRENGTH)]
    return []
