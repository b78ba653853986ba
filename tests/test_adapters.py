"""The trafilatura and readability-lxml adapters: what they hand the vote."""

from __future__ import annotations

from thresher.article import FieldName
from thresher.extractors.readability_adapter import ReadabilityExtractor
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
