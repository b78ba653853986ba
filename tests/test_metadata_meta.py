from __future__ import annotations

import datetime as dt

import lxml.html

from thresher.article import FieldName
from thresher.candidate import Proposal
from thresher.metadata import meta, opengraph


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def values(proposals: list[Proposal], field: FieldName) -> dict[str, object]:
    """rule -> value for one field."""
    return {p.rule: p.value for p in proposals if p.field is field}


def _head(tags: str) -> str:
    return f"<html><head>{tags}</head><body></body></html>"


def test_published_time_read_and_modified_time_ignored() -> None:
    page = _head(
        '<meta property="article:modified_time" content="2024-06-02">'
        '<meta property="article:published_time" content="2024-05-14T08:00:00+02:00">'
    )
    dates = values(meta.extract(tree(page)), FieldName.DATE)
    assert list(dates) == ["structured.meta.article:published_time"]
    assert dates["structured.meta.article:published_time"].date() == dt.date(2024, 5, 14)


def test_profile_url_is_not_an_author_but_a_name_is() -> None:
    page = _head(
        '<meta property="article:author" content="https://www.facebook.com/someone">'
        '<meta name="author" content="By Ann Lee">'
    )
    assert values(meta.extract(tree(page)), FieldName.AUTHORS) == {"structured.meta.author": ["Ann Lee"]}


def test_twitter_written_by_label() -> None:
    page = _head(
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">'
        '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 min">'
    )
    assert values(meta.extract(tree(page)), FieldName.AUTHORS) == {"structured.meta.twitter:label.author": ["Ann Lee"]}


def test_citation_dublin_core_and_tags() -> None:
    page = _head(
        '<meta name="citation_author" content="Lee, Ann"><meta name="citation_author" content="Bo Chan">'
        '<meta name="DC.date.issued" content="2021-03-04"><meta property="article:tag" content="a">'
        '<meta property="article:tag" content="b"><link rel="canonical" href="https://x.org/a">'
    )
    found = meta.extract(tree(page))
    assert values(found, FieldName.DATE) == {"structured.meta.dc.date.issued": dt.date(2021, 3, 4)}
    assert values(found, FieldName.TAGS) == {"structured.meta.article:tag": ["a", "b"]}
    assert values(found, FieldName.URL) == {"structured.link.canonical": "https://x.org/a"}


def test_opengraph_fields_and_type() -> None:
    page = _head(
        '<meta property="og:title" content="T"><meta property="og:site_name" content="S">'
        '<meta property="og:locale" content="de_DE"><meta property="og:type" content="product">'
    )
    found = opengraph.extract(tree(page))
    assert values(found, FieldName.SITE_NAME) == {"structured.og:site_name": "S"}
    assert values(found, FieldName.LANGUAGE) == {"structured.og:locale": "de_DE"}
    assert opengraph.og_type(tree(page)) == "product"


def test_publication_date_meta_name() -> None:
    page = _head('<meta name="publication_date" content="2022-02-08T14:00:00">')
    dates = values(meta.extract(tree(page)), FieldName.DATE)
    assert dates["structured.meta.publication_date"].date() == dt.date(2022, 2, 8)
