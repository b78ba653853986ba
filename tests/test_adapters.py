"""The trafilatura and readability-lxml adapters: what they hand the vote."""

from __future__ import annotations

import lxml.html
from readability import Document

from thresher.article import FieldName
from thresher.extractors.readability_adapter import ReadabilityExtractor
from thresher.extractors.trafilatura_adapter import TrafilaturaExtractor
from thresher.page import Page


def test_readability_does_not_glue_words_across_a_dropped_block() -> None:
    # Found by the property tests: readability drops the <nav>, and lxml used to join "control" and "the".
    html = (
        "<html><body><p>A first paragraph long enough for readability to keep it as content, with words.</p>"
        "<p>The second one ends in control<nav>Export menu</nav>then goes on after the menu.</p></body></html>"
    )
    candidate = ReadabilityExtractor().extract(Page.load(html.encode()))
    body = " ".join(s.text for p in candidate.proposals if p.field is FieldName.BODY for s in p.value)
    assert "controlthen" not in body and "control" in body and "then goes on" in body


def test_readability_title_is_what_short_title_gives() -> None:
    # The adapter reads the title without readability's second preparation of the page: same result,
    # hidden headings and comments inside headings included.
    html = (
        "<html><head><title>Rivers Rise Across the Northern Valley Tonight | The Daily Example</title></head>"
        "<body><h1 hidden>Rivers Rise Across the Northern Valley Tonight | The Daily</h1>"
        "<h1><!-- headline -->Rivers Rise Across the Northern Valley Tonight</h1>"
        "<p>A paragraph long enough for readability to keep it as content, with a few more words.</p></body></html>"
    )
    candidate = ReadabilityExtractor().extract(Page.load(html.encode(), url="https://example.com/a"))
    titles = [p.value for p in candidate.proposals if p.field is FieldName.TITLE]
    assert titles == [Document(html).short_title()] == ["Rivers Rise Across the Northern Valley Tonight"]


def test_readability_body_is_readabilitys_own_text() -> None:
    # The adapter's Document skips the cleaner's JavaScript pass (attributes only): the text must not move.
    paragraph = "<p onclick='track()'>A paragraph long enough for readability to keep it as content, with words.</p>"
    html = (f"<html><body><div class='story'>{paragraph * 4}<a href='javascript:void(0)'>Share</a></div>"
            "<div class='sidebar'><p>Other news</p></div></body></html>")
    candidate = ReadabilityExtractor().extract(Page.load(html.encode()))
    body = " ".join(s.text for p in candidate.proposals if p.field is FieldName.BODY for s in p.value)
    own = lxml.html.fromstring(Document(html).summary(html_partial=True)).text_content()
    assert "".join(body.split()) == "".join(own.split())


def test_trafilatura_proposes_the_body_alone_and_says_so() -> None:
    html = (
        "<html><head><title>A Headline | Site</title><meta name='author' content='Ann Lee'></head><body><article>"
        + "<p>A paragraph of the article long enough for trafilatura to keep it as the main text.</p>" * 4
        + "</article></body></html>"
    )
    candidate = TrafilaturaExtractor().extract(Page.load(html.encode()))
    assert [p.field for p in candidate.proposals] == [FieldName.BODY]
    assert candidate.seeks(FieldName.BODY) and not candidate.seeks(FieldName.TITLE)
