"""readability-lxml as one voter in the chain.

readability drops and rewrites nodes of the tree it is given, so it works on its own deep copy
of the shared tree (the page is still parsed only once).

Two of readability's costs buy nothing here, so the adapter avoids them with the same outputs
(checked on every benchmark page): given a URL it rewrites every link to an absolute one, and
``short_title()`` runs its whole preparation again (cleaning, link rewriting) only to read the
title. The adapter gives no URL (we keep text, never links) and reads the title after cleaning its
copy once more in place, as ``short_title()`` would have. A third, the cleaner's JavaScript pass, touches
attributes only: ``_TextDocument`` skips it (same outputs on 781 benchmark pages).
"""

from __future__ import annotations

import copy
import logging
import re

import lxml.etree
import lxml.html
from lxml_html_clean import Cleaner
from readability import Document
from readability.cleaners import html_cleaner
from readability.htmls import TITLE_CSS_HEURISTICS, add_match, norm_title
from readability.readability import REGEXES

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
        document = _TextDocument(tree)  # no URL: links are not rewritten (see the module's docstring)
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


class _TextDocument(Document):
    """readability's ``Document``, its input cleaned without the cleaner's JavaScript pass.

    That pass (readability's ``html_cleaner`` has ``javascript=True``) removes ``on*`` attributes and
    blanks ``javascript:`` links: attributes only, never an element or its text, and only text is read
    here. It was 7 of the cleaner's 8.5 ms a page on wcxb-dev, paid once or twice per summary.
    ``_parse`` is readability-lxml 0.9's for a tree input, with ``_TEXT_CLEANER`` for its cleaner.
    """

    def _parse(self, tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
        self.encoding = "utf-8"
        for element in tree.xpath("//*[@hidden]"):
            element.drop_tree()
        for element in tree.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(element.get("style")):
                element.drop_tree()
        doc = _TEXT_CLEANER.clean_html(tree)
        doc.resolve_base_href(handle_failures=self.handle_failures)
        return doc


# readability's cleaner options, with the JavaScript pass off.
_TEXT_CLEANER = Cleaner(**(vars(html_cleaner) | {"javascript": False}))


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
    return _shorten_title(tree)


# The elements readability's html_cleaner drops with their content (scripts, style and links are on).
_CLEANED_AWAY = ("script", "style", "link")
# XML whitespace: what XPath's normalize-space() splits a class attribute at, as CSS class selectors do.
_CLASS_SPACE = re.compile(r"[ \t\r\n]+")
_CJK = re.compile("[\u4e00-\u9fff]+")


def _shorten_title(doc: lxml.html.HtmlElement) -> str:
    """``readability.htmls.shorten_title`` (readability-lxml 0.9), with its CSS selectors matched in one walk.

    readability evaluates each of its ten selectors (``#title``, ``.pageTitle``, ...) as an XPath over
    the whole page: 6.5 ms a page on the benchmark sets, against 1.9 ms for ``_title_selector_matches``,
    which finds the same elements in the same order. The rest is readability's logic, unchanged.
    """
    title = doc.find(".//title")
    if title is None or not title.text:
        return ""
    orig = norm_title(title.text)
    candidates: set[str] = set()
    headings = [e for path in (".//h1", ".//h2", ".//h3") for e in doc.iterfind(path)]
    for element in headings + _title_selector_matches(doc):
        if element.text:
            add_match(candidates, element.text, orig)
        if element.text_content():
            add_match(candidates, element.text_content(), orig)
    title = sorted(candidates, key=len)[-1] if candidates else _title_part(orig)
    if _CJK.search(title):
        return title if 4 <= len(title) < 100 else orig
    return title if 15 < len(title) < 150 else orig


def _title_part(orig: str) -> str:
    """readability's pick among the parts of a ``<title>`` split at a delimiter (" | ", ": ", ...)."""
    for delimiter in (" | ", " - ", " :: ", " / "):
        if delimiter in orig:
            parts = orig.split(delimiter)
            for part in (parts[0], parts[-1]):
                if _long_enough(part):
                    return part
    if ": " in orig:
        last = orig.split(": ")[-1]
        return last if _long_enough(last) else orig.split(": ", 1)[1]
    return orig


def _long_enough(part: str) -> bool:
    return len(part.split()) >= 4 or (len(part) >= 4 and _CJK.search(part) is not None)


def _title_selector_matches(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements each of readability's ``TITLE_CSS_HEURISTICS`` selects, selector by selector,
    each selector's in document order (as ``doc.cssselect`` gives them)."""
    matches: dict[str, list[lxml.html.HtmlElement]] = {selector: [] for selector in TITLE_CSS_HEURISTICS}
    for element in doc.iter(lxml.etree.Element):
        if (selector := "#" + (element.get("id") or "")) in matches:
            matches[selector].append(element)
        if classes := element.get("class"):
            for selector in {"." + name for name in _CLASS_SPACE.split(classes)}:
                if selector in matches:
                    matches[selector].append(element)
    return [element for selector in TITLE_CSS_HEURISTICS for element in matches[selector]]


def _with_block_breaks(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The copy with a line break before text that follows a block element without any space."""
    for element in tree.iter(*_BLOCK_LEVEL):
        if element.tail and not element.tail[0].isspace():
            element.tail = "\n" + element.tail
    return tree
