"""readability-lxml as one voter in the chain.

readability drops and rewrites nodes of the tree it is given, so it works on its own deep copy
of the shared tree (the page is still parsed only once).
"""

from __future__ import annotations

import copy
import logging

import lxml.html
from readability import Document

from ..article import FieldName
from ..candidate import Candidate, Proposal
from ..extractor import Cost
from ..page import Format, Page
from ..segments import tree_segments

BODY_STRENGTH = 0.65
TITLE_STRENGTH = 0.35
# Elements a reader sees on lines of their own. When readability drops one, lxml joins the text after it
# to the text before it ("control<nav>...</nav>the" -> "controlthe"): their tails get a line break first.
_BLOCK_LEVEL = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tr", "td", "th", "ul",
})


class ReadabilityExtractor:
    name = "readability"
    cost = Cost.COSTLY

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML and page.tree is not None

    def extract(self, page: Page) -> Candidate:
        logging.getLogger("readability").setLevel(logging.CRITICAL)
        document = Document(_with_block_breaks(copy.deepcopy(page.tree)), url=page.url)
        summary = lxml.html.fromstring(document.summary(html_partial=True))
        proposals = []
        segments = tree_segments(summary)
        if segments:
            proposals.append(Proposal(field=FieldName.BODY, value=segments,
                                      rule="readability.summary", strength=BODY_STRENGTH))
        title = document.short_title()
        if title and title != "[no-title]":
            proposals.append(Proposal(field=FieldName.TITLE, value=title,
                                      rule="readability.short_title", strength=TITLE_STRENGTH))
        return Candidate(extractor=self.name, proposals=tuple(proposals))


def _with_block_breaks(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The copy with a line break before text that follows a block element without any space."""
    for element in tree.iter(*_BLOCK_LEVEL):
        if element.tail and not element.tail[0].isspace():
            element.tail = "\n" + element.tail
    return tree
