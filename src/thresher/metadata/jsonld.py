"""JSON-LD (schema.org): arrays, ``@graph``, ``@id`` references, nested and listed authors.

An article node (NewsArticle, BlogPosting, ...) gives title, authors and publication date; a
WebPage node gives weaker ones; a Product, Organization or WebSite ``name`` is never a title.
``dateModified`` is not the publication date and is never proposed as one.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

import lxml.html
import regex

from ..article import FieldName
from ..authors import clean_authors, declared_name
from ..candidate import Proposal
from ..dates import parse_date
from ._common import proposal, squash

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "liveblogposting",
        "socialmediaposting",
        "advertisercontentarticle",
        "satiricalarticle",
        "medicalscholarlyarticle",
        "posting",
        "creativework",
        "review",
        "recipe",
        "howto",
        "discussionforumposting",
        "qapage",
        "podcastepisode",
        "videoobject",
    }
)
PAGE_TYPES = frozenset(
    {
        "webpage",
        "itempage",
        "aboutpage",
        "faqpage",
        "medicalwebpage",
        "collectionpage",
        "profilepage",
        "contactpage",
        "searchresultspage",
        "checkoutpage",
    }
)
# Types whose presence as the main thing says "not an article": no author or date is expected.
NON_ARTICLE_TYPES = frozenset(
    {
        "product",
        "offer",
        "productgroup",
        "localbusiness",
        "store",
        "event",
        "jobposting",
        "softwareapplication",
        "course",
        "service",
    }
)
SITE_TYPES = frozenset({"website"})
PERSON_TYPES = frozenset({"person"})

# Strengths: estimated precision of each rule on the odd half of wcxb-dev (see the report), rounded.
ARTICLE_TITLE = 0.8  # headline of an article node
PAGE_TITLE = 0.65  # name of a WebPage node: often carries the site suffix
ARTICLE_PERSON = 0.85  # a Person author of an article node
ARTICLE_ORG = 0.35  # an Organization author: right only where the page credits the organisation
PAGE_PERSON = 0.8  # author of a WebPage node
ARTICLE_DATE = 0.85  # datePublished of an article node
ARTICLE_CREATED = 0.6  # dateCreated of an article node when no datePublished
# datePublished of a WebPage node: CMSs stamp it on every page. Where no other source agreed it was
# right on 27% of the odd half's pages: alone it must not reach the structured extractor's floor.
PAGE_DATE = 0.3
SITE = 0.85
DESCRIPTION = 0.8
LANGUAGE = 0.8
KEYWORDS = 0.7

_CDATA = regex.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TAG = regex.compile(r"<[^>]+>")
_TRAILING_COMMA = regex.compile(r",\s*([}\]])")


def documents(tree: lxml.html.HtmlElement) -> list[Any]:
    """Every parsable ``application/ld+json`` script; broken ones are skipped, not repaired by guesswork."""
    out: list[Any] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = _CDATA.sub("", script.text or "").strip()
        for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
            try:
                out.append(json.loads(attempt, strict=False))
                break
            except ValueError:
                continue
    return out


def nodes(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Top-level nodes of every document: lists and ``@graph`` flattened."""
    out: list[dict[str, Any]] = []
    stack = list(documents(tree))
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[0:0] = item
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack[0:0] = graph
            if "@type" in item or "headline" in item:
                out.append(item)
    return out


def types(node: dict[str, Any]) -> set[str]:
    """The node's ``@type``s, lower-cased, without a schema.org prefix."""
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in items if t}


def page_kinds(tree: lxml.html.HtmlElement, found: list[dict[str, Any]] | None = None) -> set[str]:
    """All node types on the page: tells an article page from a product or home page."""
    return {t for node in (nodes(tree) if found is None else found) for t in types(node)}


def extract(tree: lxml.html.HtmlElement, found: list[dict[str, Any]] | None = None) -> list[Proposal]:
    """Proposals from every JSON-LD node on the page (``found``: the nodes, if already read)."""
    all_nodes = nodes(tree) if found is None else found
    index = {node["@id"]: node for node in all_nodes if isinstance(node.get("@id"), str)}
    out: list[Proposal] = []
    for node in all_nodes:
        kinds = types(node)
        if kinds & ARTICLE_TYPES:
            out += _article(node, index, "article")
        elif kinds & PAGE_TYPES:
            out += _article(node, index, "webpage")
        elif kinds & SITE_TYPES:
            out += _site(node)
    return out


def _article(node: dict[str, Any], index: dict[str, dict[str, Any]], kind: str) -> list[Proposal]:
    article = kind == "article"
    rule = f"structured.jsonld.{kind}"
    out: list[Proposal] = []
    title = _text(node.get("headline")) or (_text(node.get("name")) if article else "")
    if not article:
        title = title or _text(node.get("name"))
    if title:
        out.append(proposal(FieldName.TITLE, title, f"{rule}.headline", ARTICLE_TITLE if article else PAGE_TITLE))
    out += _authors(node.get("author") or node.get("creator"), index, rule, article)
    published = _date(node.get("datePublished"))
    if published is not None:
        out.append(proposal(FieldName.DATE, published, f"{rule}.datePublished", ARTICLE_DATE if article else PAGE_DATE))
    elif article and (created := _date(node.get("dateCreated"))) is not None:
        out.append(proposal(FieldName.DATE, created, f"{rule}.dateCreated", ARTICLE_CREATED))
    publisher = _resolve(node.get("publisher"), index)
    # A personal blog's publisher is its author, not a site name to remove from the authors.
    if isinstance(publisher, dict) and not types(publisher) & PERSON_TYPES and (name := _text(publisher.get("name"))):
        out.append(proposal(FieldName.SITE_NAME, name, f"{rule}.publisher", SITE))
    if description := _text(node.get("description")):
        out.append(proposal(FieldName.DESCRIPTION, description, f"{rule}.description", DESCRIPTION))
    if language := _text(node.get("inLanguage")):
        out.append(proposal(FieldName.LANGUAGE, language, f"{rule}.inLanguage", LANGUAGE))
    if tags := _keywords(node.get("keywords")):
        out.append(proposal(FieldName.TAGS, tags, f"{rule}.keywords", KEYWORDS))
    return out


def _authors(raw: Any, index: dict[str, dict[str, Any]], rule: str, article: bool) -> list[Proposal]:
    people: list[str] = []
    others: list[str] = []
    for item in _listed(raw):
        item = _resolve(item, index)
        if isinstance(item, str):
            people.append(item)
        elif isinstance(item, dict) and (name := _text(item.get("name"))):
            (people if not types(item) or types(item) & PERSON_TYPES else others).append(name)
    out = []
    if names := _declared(people):
        out.append(
            proposal(FieldName.AUTHORS, names, f"{rule}.author.person", ARTICLE_PERSON if article else PAGE_PERSON)
        )
    elif names := _declared(others):
        out.append(proposal(FieldName.AUTHORS, names, f"{rule}.author.organization", ARTICLE_ORG if article else 0.3))
    return out


def _declared(raw_names: list[str]) -> list[str]:
    """Names as bylines are cleaned ("By Ann Lee and Bo Chan"), else as declared ("kirstin boatto")."""
    names: list[str] = []
    for raw in raw_names:
        names += clean_authors([raw]) or [name for name in [declared_name(raw)] if name]
    return list(dict.fromkeys(names))


def _site(node: dict[str, Any]) -> list[Proposal]:
    out = []
    if name := _text(node.get("name")):
        out.append(proposal(FieldName.SITE_NAME, name, "structured.jsonld.website.name", SITE))
    if language := _text(node.get("inLanguage")):
        out.append(proposal(FieldName.LANGUAGE, language, "structured.jsonld.website.inLanguage", LANGUAGE))
    return out


def _listed(raw: Any) -> Iterator[Any]:
    yield from raw if isinstance(raw, list) else [raw] if raw else []


def _resolve(item: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A bare ``{"@id": ...}`` stands for the node with that id elsewhere in the graph."""
    if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
        return index.get(item["@id"], item)
    return item


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    return squash(html.unescape(_TAG.sub(" ", value))) if isinstance(value, str) else ""


def _date(value: Any) -> Any:
    text = _text(value)
    return parse_date(text) if text else None


def _keywords(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value or "").split(",")
    return [squash(t) for t in items if isinstance(t, str) and squash(t)]
