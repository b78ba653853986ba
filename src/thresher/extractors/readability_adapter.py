"""readability-lxml as one voter in the chain.

readability drops and rewrites nodes of the tree it is given, so it works on its own deep copy
of the shared tree (the page is still parsed only once).

Two of readability's costs buy nothing here, so the adapter avoids them with the same outputs
(checked on every benchmark page): given a URL it rewrites every link to an absolute one, and
``short_title()`` runs its whole preparation again (cleaning, link rewriting) only to read the
title. The adapter gives no URL (we keep text, never links) and reads the title after cleaning its
copy once more in place, as ``short_title()`` would have.
"""

from __future__ import annotations

import copy
import logging

import lxml.html
from readability import Document
from readability.htmls import shorten_title

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
        tree = _with_block_breaks(copy.deepcopy(page.tree))
        document = Document(tree)  # no URL: links are not rewritten (see the module's docstring)
        summary = lxml.html.fromstring(document.summary(html_partial=True))
        proposals = []
        segments = tree_segments(summary)
        if segments:
            proposals.append(Proposal(field=FieldName.BODY, value=segments,
                                      rule="readability.summary", strength=BODY_STRENGTH))
        title = _short_title(tree)
        if title and title != "[no-title]":
            proposals.append(Proposal(field=FieldName.TITLE, value=title,
                                      rule="readability.short_title", strength=TITLE_STRENGTH))
        return Candidate(extractor=self.name, proposals=tuple(proposals))


def _short_title(tree: lxml.html.HtmlElement) -> str:
    """``Document.short_title()`` without a second preparation of the page.

    ``summary()`` has dropped the hidden elements of ``tree`` in place and worked on a cleaned copy;
    ``short_title()`` would read ``tree`` cleaned by readability's ``html_cleaner``. Of what that cleaner
    does, ``shorten_title`` (texts of <title>, headings, and elements found by id and class) sees only
    the elements it drops with their text: <script>, <style> and <link> (comments are gone at parsing).
    Dropping those alone, in the same order, gives the same title without the cleaner's passes over
    every element and link.
    """
    for element in list(tree.iter(*_CLEANED_AWAY)):
        element.drop_tree()
    return shorten_title(tree)


# The elements readability's html_cleaner drops with their content (scripts, style and links are on).
_CLEANED_AWAY = ("script", "style", "link")


def _with_block_breaks(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The copy with a line break before text that follows a block element without any space."""
    for element in tree.iter(*_BLOCK_LEVEL):
        if element.tail and not element.tail[0].isspace():
            element.tail = "\n" + element.tail
    return tree
