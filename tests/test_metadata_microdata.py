from __future__ import annotations

import datetime as dt

import lxml.html

from thresher.article import FieldName
from thresher.candidate import Proposal
from thresher.metadata import microdata


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def values(proposals: list[Proposal], field: FieldName) -> dict[str, object]:
    """rule -> value for one field."""
    return {p.rule: p.value for p in proposals if p.field is field}


def test_article_scope_gives_author_and_date() -> None:
    page = """<html><body><div itemscope itemtype="https://schema.org/BlogPosting">
      <h1 itemprop="headline">Hello</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span>
      <meta itemprop="datePublished" content="2024-05-14"></div></body></html>"""
    found = microdata.extract(tree(page))
    assert values(found, FieldName.AUTHORS) == {"structured.microdata.author": ["Ann Lee"]}
    assert values(found, FieldName.DATE) == {"structured.microdata.datePublished": dt.date(2024, 5, 14)}
    assert values(found, FieldName.TITLE) == {"structured.microdata.headline": "Hello"}


def test_review_and_comment_scopes_are_someone_else() -> None:
    page = """<html><body>
      <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Kim Park</span>
        <time itemprop="datePublished" datetime="2024-02-10">x</time></div>
      <div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Dee</span></div></body></html>"""
    assert microdata.extract(tree(page)) == []


def test_rdfa_creator() -> None:
    page = '<html><body><span property="dc:creator">Ann Lee</span></body></html>'
    assert values(microdata.extract(tree(page)), FieldName.AUTHORS) == {
        "structured.microdata.rdfa.creator": ["Ann Lee"]
    }


def test_abbr_date_spelled_out_in_its_title() -> None:
    page = """<html><body><div itemscope itemtype="https://schema.org/BlogPosting">
      <abbr class="published" itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr>
      </div></body></html>"""
    [day] = values(microdata.extract(tree(page)), FieldName.DATE).values()
    assert day.date() == dt.date(2017, 9, 9)
