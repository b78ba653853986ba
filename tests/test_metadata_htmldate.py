from __future__ import annotations

import datetime as dt

import lxml.html

from thresher.metadata import htmldate_vote


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_htmldate_votes_without_mutating_the_tree() -> None:
    page = tree(
        '<html><head><meta property="article:published_time" content="2024-05-14"></head>'
        "<body><script>var a;</script><p>Text</p></body></html>"
    )
    before = lxml.html.tostring(page)
    [found] = htmldate_vote.extract(page, "https://x.org/a")
    assert (found.rule, found.value) == ("structured.htmldate", dt.date(2024, 5, 14))
    assert lxml.html.tostring(page) == before
