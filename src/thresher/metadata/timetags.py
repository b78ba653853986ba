"""``<time datetime>``: the publication time when marked as such, else the first time in the article.

A time marked as an update, or standing in comments, related posts, sidebars or the footer,
belongs to something else and is skipped.
"""

from __future__ import annotations

import lxml.html
import regex

from ..article import FieldName
from ..candidate import Proposal
from ..dates import parse_date
from ._common import class_id, in_region, proposal, text_of

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
MARKED = 0.8  # class, itemprop or pubdate say "published"
FIRST = 0.65  # the first time element outside boilerplate regions: usually, not always, the article's
_PUBLISHED = regex.compile(
    r"publish|entry-date|post-date|posted|created|pubdate|article-date|byline|dateline", regex.IGNORECASE
)
_UPDATED = regex.compile(r"updat|modif|edit|revis", regex.IGNORECASE)
_ELSEWHERE = regex.compile(
    r"comment|related|sidebar|widget|footer|\baside\b|recent|popular|trending|reply|"
    r"more-stories|recommend|teaser|\bnav\b|menu",
    regex.IGNORECASE,
)

# A <time>'s text longer than this is a sentence around a date, not the date itself.
MAX_TIME_TEXT = 60


def _short_text(element: lxml.html.HtmlElement) -> str:
    """The element's text when short enough to be a written date ("Dec 19, 2025"), else ""."""
    text = text_of(element)
    return text if len(text) <= MAX_TIME_TEXT else ""


def extract(tree: lxml.html.HtmlElement) -> list[Proposal]:
    """A marked publication time if any, else the first plain one; at most one proposal."""
    first = None
    for element in tree.iter("time"):
        # Without a datetime attribute, a <time>'s own short text is what it dates ("Dec 19, 2025").
        stamp = element.get("datetime") or _short_text(element)
        value = parse_date(stamp) if stamp else None
        if value is None or _UPDATED.search(class_id(element) + " " + (element.get("itemprop") or "")):
            continue
        if in_region(element, _ELSEWHERE):
            continue
        marks = class_id(element) + " " + (element.get("itemprop") or "")
        parent = element.getparent()
        if parent is not None:
            marks += " " + class_id(parent)
        if element.get("pubdate") is not None or _PUBLISHED.search(marks):
            return [proposal(FieldName.DATE, value, "structured.time.published", MARKED)]
        if first is None:
            first = value
    return [proposal(FieldName.DATE, first, "structured.time.first", FIRST)] if first is not None else []
