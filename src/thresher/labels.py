"""Block labels: what a block of a page is. The same labels explain why text was dropped."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    BODY = "body"
    TITLE = "title"
    BYLINE = "byline"
    NAV = "nav"
    BREADCRUMBS = "breadcrumbs"
    HEADLINES = "headlines"  # top stories / trending lists of other articles' titles
    RELATED = "related"
    SHARE = "share"
    PROMO = "promo"  # newsletter sign-up, subscribe, app download, "expand your knowledge"
    COOKIE = "cookie"
    ADS = "ads"
    COMMENTS = "comments"
    BIO = "bio"
    TAGS = "tags"  # category and tag lists
    TOC = "toc"
    PAGINATION = "pagination"  # previous / next article
    SEARCH = "search"
    FOOTER = "footer"
    HEADER = "header"  # masthead, dateline of the day, site name
    COUNTER = "counter"  # "Mentions: 12", "3 Mins Read", view and like counts
    CAPTION = "caption"
    OTHER = "other"


# Labels whose text belongs in the body.
KEPT = frozenset({Label.BODY})
