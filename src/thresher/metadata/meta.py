"""Named ``<meta>`` tags: author, ``article:*``, ``citation_*``, Dublin Core, Parse.ly, Sailthru,
Twitter's "Written by" label, keywords, description, content-language, and ``<link rel=canonical>``.

Modification dates (``article:modified_time``, ``dcterms.modified``, ...) are never read as the date.
"""

from __future__ import annotations

import json

import lxml.html
import regex

from ..article import FieldName
from ..authors import clean_authors
from ..candidate import Proposal
from ..dates import parse_date
from ._common import meta_pairs, proposal

# key -> (field, strength). Strengths approximate the precision of the key on the odd half of wcxb-dev.
KEYS: dict[str, tuple[FieldName, float]] = {
    "citation_title": (FieldName.TITLE, 0.85),
    "dc.title": (FieldName.TITLE, 0.7),
    "dcterms.title": (FieldName.TITLE, 0.7),
    "parsely-title": (FieldName.TITLE, 0.75),
    "sailthru.title": (FieldName.TITLE, 0.75),
    "twitter:title": (FieldName.TITLE, 0.65),
    "citation_author": (FieldName.AUTHORS, 0.9),
    "author": (FieldName.AUTHORS, 0.85),
    "article:author": (FieldName.AUTHORS, 0.85),
    "parsely-author": (FieldName.AUTHORS, 0.85),
    "sailthru.author": (FieldName.AUTHORS, 0.85),
    "dc.creator": (FieldName.AUTHORS, 0.75),
    "dcterms.creator": (FieldName.AUTHORS, 0.75),
    "byl": (FieldName.AUTHORS, 0.85),
    "citation_publication_date": (FieldName.DATE, 0.85),
    "citation_date": (FieldName.DATE, 0.8),
    "citation_online_date": (FieldName.DATE, 0.7),
    "article:published_time": (FieldName.DATE, 0.9),
    "og:article:published_time": (FieldName.DATE, 0.85),
    "article:published": (FieldName.DATE, 0.8),
    "parsely-pub-date": (FieldName.DATE, 0.85),
    "sailthru.date": (FieldName.DATE, 0.8),
    "dc.date.issued": (FieldName.DATE, 0.8),
    "dcterms.issued": (FieldName.DATE, 0.8),
    "dc.date": (FieldName.DATE, 0.65),
    "dcterms.date": (FieldName.DATE, 0.65),
    "dc.date.created": (FieldName.DATE, 0.65),
    "dcterms.created": (FieldName.DATE, 0.65),
    "pubdate": (FieldName.DATE, 0.8),
    "publishdate": (FieldName.DATE, 0.8),
    "publish-date": (FieldName.DATE, 0.8),
    "publish_date": (FieldName.DATE, 0.8),
    "publication_date": (FieldName.DATE, 0.8),
    "date": (FieldName.DATE, 0.6),
    "article.published": (FieldName.DATE, 0.8),
    "published_time": (FieldName.DATE, 0.8),
    "content-language": (FieldName.LANGUAGE, 0.6),
    "language": (FieldName.LANGUAGE, 0.5),
    "dc.language": (FieldName.LANGUAGE, 0.6),
    "description": (FieldName.DESCRIPTION, 0.7),
    "twitter:description": (FieldName.DESCRIPTION, 0.65),
    "application-name": (FieldName.SITE_NAME, 0.6),
    "keywords": (FieldName.TAGS, 0.5),
    "news_keywords": (FieldName.TAGS, 0.6),
    "article:tag": (FieldName.TAGS, 0.7),
    "parsely-tags": (FieldName.TAGS, 0.65),
}
# Yoast writes the author as a Twitter card label: twitter:label1 "Written by", twitter:data1 "Ann Lee".
LABELLED_AUTHOR = 0.85
_AUTHOR_LABEL = regex.compile(
    r"^(?:written by|geschrieben von|écrit par|escrito por|scritto da|autor|author|auteur)\b", regex.IGNORECASE
)
CANONICAL = 0.85
# Fields where several tags add up (tags, authors); the others keep the first value.
_MULTI = (FieldName.TAGS, FieldName.AUTHORS)


def extract(tree: lxml.html.HtmlElement) -> list[Proposal]:
    """Proposals from named meta tags, one per key; list-valued keys gather every tag."""
    gathered: dict[str, list[str]] = {}
    for key, content in meta_pairs(tree):
        gathered.setdefault(key, []).append(content)
    out: list[Proposal] = []
    for key, values in gathered.items():
        if key in KEYS:
            out += _propose(key, values)
    out += _labelled_author(gathered) + _parsely_page(gathered) + _canonical(tree)
    return out


def _propose(key: str, values: list[str]) -> list[Proposal]:
    field, strength = KEYS[key]
    rule = f"structured.meta.{key}"
    if field is FieldName.AUTHORS:
        names = clean_authors([v for v in values if not _is_url(v)])
        return [proposal(field, names, rule, strength)] if names else []
    if field is FieldName.TAGS:
        tags = list(dict.fromkeys(t.strip() for v in values for t in v.split(",") if t.strip()))
        return [proposal(field, tags, rule, strength)] if tags else []
    if field is FieldName.DATE:
        value = parse_date(values[0])
        return [proposal(field, value, rule, strength)] if value is not None else []
    return [proposal(field, values[0], rule, strength)]


def _labelled_author(gathered: dict[str, list[str]]) -> list[Proposal]:
    for n in range(1, 5):
        label, data = gathered.get(f"twitter:label{n}"), gathered.get(f"twitter:data{n}")
        if label and data and _AUTHOR_LABEL.match(label[0]):
            names = clean_authors(data)
            if names:
                return [proposal(FieldName.AUTHORS, names, "structured.meta.twitter:label.author", LABELLED_AUTHOR)]
    return []


def _parsely_page(gathered: dict[str, list[str]]) -> list[Proposal]:
    """Older Parse.ly pages put a JSON record in ``parsely-page``."""
    raw = gathered.get("parsely-page")
    if not raw:
        return []
    try:
        record = json.loads(raw[0])
    except ValueError:
        return []
    if not isinstance(record, dict):
        return []
    out = []
    if isinstance(record.get("title"), str) and record["title"].strip():
        out.append(proposal(FieldName.TITLE, record["title"].strip(), "structured.meta.parsely-page.title", 0.75))
    if isinstance(record.get("pub_date"), str) and (date := parse_date(record["pub_date"])) is not None:
        out.append(proposal(FieldName.DATE, date, "structured.meta.parsely-page.pub_date", 0.85))
    if isinstance(record.get("author"), str) and (names := clean_authors([record["author"]])):
        out.append(proposal(FieldName.AUTHORS, names, "structured.meta.parsely-page.author", 0.85))
    return out


def _canonical(tree: lxml.html.HtmlElement) -> list[Proposal]:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and _is_url(link.get("href") or ""):
            return [proposal(FieldName.URL, link.get("href").strip(), "structured.link.canonical", CANONICAL)]
    return []


def _is_url(text: str) -> bool:
    return bool(regex.match(r"^\s*(?:https?:)?//|^\s*www\.", text))
