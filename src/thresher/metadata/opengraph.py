"""OpenGraph (``og:*``): title, site name, description, locale, canonical URL, and the page's type.

``og:title`` often carries the site name; titles.py cleans it. ``article:*`` keys live in meta.py.
"""

from __future__ import annotations

import lxml.html

from ..article import FieldName
from ..candidate import Proposal
from ._common import meta_pairs, proposal

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
# og:title is set on purpose for sharing, usually the article's own title, sometimes with a suffix.
TITLE = 0.7
SITE = 0.85
DESCRIPTION = 0.75
LOCALE = 0.7
URL = 0.8

_FIELDS: dict[str, tuple[FieldName, float]] = {
    "og:title": (FieldName.TITLE, TITLE),
    "og:site_name": (FieldName.SITE_NAME, SITE),
    "og:description": (FieldName.DESCRIPTION, DESCRIPTION),
    "og:locale": (FieldName.LANGUAGE, LOCALE),
    "og:url": (FieldName.URL, URL),
}


def extract(tree: lxml.html.HtmlElement) -> list[Proposal]:
    """One proposal per og:* key we read, first value wins."""
    out: list[Proposal] = []
    seen: set[str] = set()
    for key, content in meta_pairs(tree):
        if key in _FIELDS and key not in seen:
            seen.add(key)
            field, strength = _FIELDS[key]
            out.append(proposal(field, content, f"structured.{key}", strength))
    return out


def og_type(tree: lxml.html.HtmlElement) -> str:
    """``og:type`` lower-cased ('' if absent): 'article' vs 'product' or 'website'."""
    return next((content.lower() for key, content in meta_pairs(tree) if key == "og:type"), "")
