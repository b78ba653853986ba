"""Microdata (``itemprop``) and RDFa (``property``) in the page body: headline, author, datePublished.

A property counts only in an article-like scope: an ``author`` inside a Review, Comment or Answer
is someone else's, and a date there is not the page's publication date.
"""

from __future__ import annotations

import lxml.html
import regex

from ..article import FieldName
from ..authors import clean_authors
from ..candidate import Proposal
from ..dates import parse_date
from ._common import proposal, squash, text_of

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
TITLE = 0.85
AUTHOR = 0.85
DATE = 0.75
CREATED = 0.6
# Scopes whose properties describe something other than the page's article.
_FOREIGN_SCOPE = regex.compile(
    r"(?:comment|review|answer|question|offer|product|event|person|organization|"
    r"rating|breadcrumb|imageobject|videoobject|sitenavigation|wpfooter|wpheader)$",
    regex.IGNORECASE,
)
_PROPERTIES: dict[str, tuple[FieldName, float, str]] = {
    "headline": (FieldName.TITLE, TITLE, "headline"),
    "author": (FieldName.AUTHORS, AUTHOR, "author"),
    "creator": (FieldName.AUTHORS, AUTHOR, "author"),
    "datepublished": (FieldName.DATE, DATE, "datePublished"),
    "datecreated": (FieldName.DATE, CREATED, "dateCreated"),
    # RDFa, with the common vocabularies' prefixes
    "dc:title": (FieldName.TITLE, TITLE, "rdfa.title"),
    "dc:creator": (FieldName.AUTHORS, AUTHOR, "rdfa.creator"),
    "dcterms:creator": (FieldName.AUTHORS, AUTHOR, "rdfa.creator"),
    "schema:author": (FieldName.AUTHORS, AUTHOR, "rdfa.author"),
    "dc:date": (FieldName.DATE, CREATED, "rdfa.date"),
    "dcterms:issued": (FieldName.DATE, DATE, "rdfa.issued"),
    "schema:datepublished": (FieldName.DATE, DATE, "rdfa.datePublished"),
}


def extract(tree: lxml.html.HtmlElement) -> list[Proposal]:
    """The first usable value of each property, from elements outside foreign scopes."""
    out: dict[str, Proposal] = {}
    for element in tree.xpath("//*[@itemprop or (@property and not(self::meta))]"):
        for key in _keys(element):
            if key not in _PROPERTIES or _PROPERTIES[key][2] in out or _foreign(element):
                continue
            field, strength, name = _PROPERTIES[key]
            value = _value(element, field)
            if value:
                out[name] = proposal(field, value, f"structured.microdata.{name}", strength)
    return list(out.values())


def _keys(element: lxml.html.HtmlElement) -> list[str]:
    return [k.lower() for k in f"{element.get('itemprop') or ''} {element.get('property') or ''}".split()]


def _foreign(element: lxml.html.HtmlElement) -> bool:
    """True if the nearest enclosing item (not the element itself) is a foreign type."""
    for scope in element.iterancestors():
        if scope.get("itemscope") is not None or scope.get("itemtype"):
            return bool(_FOREIGN_SCOPE.search((scope.get("itemtype") or "").strip().rstrip("/")))
        if scope.get("typeof"):
            return bool(_FOREIGN_SCOPE.search(scope.get("typeof").split(":")[-1]))
    return False


def _value(element: lxml.html.HtmlElement, field: FieldName) -> object:
    if field is FieldName.AUTHORS:
        names = element.xpath(".//*[@itemprop='name']")
        raw = [_raw(names[0])] if names else [_raw(element)]
        return clean_authors([r for r in raw if r and "://" not in r])
    if field is FieldName.DATE:
        # An <abbr> spells out its short text in its title: "10:52" stands for "2017-09-09T10:52:00+02:00".
        spelled = element.get("title") if element.tag == "abbr" else None
        text = element.get("datetime") or element.get("content") or spelled or text_of(element)
        return parse_date(text)
    return _raw(element)


def _raw(element: lxml.html.HtmlElement) -> str:
    if element.tag == "meta":
        return squash(element.get("content"))
    return squash(element.get("content")) or text_of(element)
