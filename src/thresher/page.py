"""A Page: the decoded input, its sniffed format, and its parse, made once and shared.

Every extractor in a chain reads the same Page. None re-parses the raw text or mutates
the tree; an extractor whose library mutates trees works on its own copy and says so.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from typing import Any

import lxml.etree
import lxml.html
import regex
import yaml

from ._decode import decode


class Format(StrEnum):
    """What kind of input a page is."""

    HTML = "html"
    TEXT = "text"
    FRONT_MATTER = "front_matter"
    EMPTY = "empty"


# A page that opens with one of these is HTML whatever follows.
_HTML_START = regex.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|\?xml|meta|title|div|p|article|section)\b",
    regex.IGNORECASE | regex.DOTALL,
)
# Pages saved from the wire may open with a stray script, style or link before <html>; but renderers
# also print a <noscript>'s markup as text at the top of a dump ("<img height="1" ... >"). Opening so,
# the text is HTML when the document's own tags follow, or tags go on past the opening ones.
_STRAY_START = regex.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:script|style|link|noscript|base|header|nav|main|form|table|span|iframe|svg|"
    r"ul|img|h[1-6])\b",
    regex.IGNORECASE | regex.DOTALL,
)
_DOCUMENT_TAG = regex.compile(r"<(?:html|head|body)\b|</(?:html|head|body)>", regex.IGNORECASE)
# Elsewhere it takes several well-known tags to call text HTML: prose may quote one "<p>".
_HTML_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|table|tr|td|h[1-6]|article|section|script|img)\b[^>]*>", regex.IGNORECASE
)
MIN_TAGS_FOR_HTML = 5
MIN_TAGS_PER_LINE = 0.5
_FRONT_MATTER = regex.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", regex.DOTALL)
_XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>")


def sniff(text: str) -> Format:
    """Tell HTML, front-matter record, plain text dump and empty input apart."""
    if not text.strip():
        return Format.EMPTY
    if _front_matter_fields(text) is not None:
        return Format.FRONT_MATTER
    if _HTML_START.match(text):
        return Format.HTML
    tags = len(_HTML_TAG.findall(text, endpos=200_000))
    if _STRAY_START.match(text) and (tags >= MIN_TAGS_FOR_HTML or _DOCUMENT_TAG.search(text, endpos=200_000)):
        return Format.HTML
    lines = text.count("\n", 0, 200_000) + 1
    if tags >= MIN_TAGS_FOR_HTML and tags / lines >= MIN_TAGS_PER_LINE:
        return Format.HTML
    return Format.TEXT


def _front_matter_fields(text: str) -> tuple[dict[str, Any], str] | None:
    match = _FRONT_MATTER.match(text)
    if not match:
        return None
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    return data, match.group(2)


class Page:
    """One input, decoded and sniffed; its tree and lines are built on first use, then shared."""

    def __init__(self, text: str, *, url: str | None = None, encoding: str = "str",
                 repaired: bool = False, format: Format | None = None) -> None:
        self.text = text
        self.url = url
        self.encoding = encoding
        self.repaired = repaired
        self.format = format if format is not None else sniff(text)

    @classmethod
    def load(cls, content: bytes | str, *, url: str | None = None) -> Page:
        """Decode bytes (declared charset, detection, mojibake repair) and sniff the format."""
        text, encoding, repaired = decode(content)
        return cls(text, url=url, encoding=encoding, repaired=repaired)

    @cached_property
    def tree(self) -> lxml.html.HtmlElement | None:
        """The parsed HTML document, or None if the page is not HTML or has no elements."""
        if self.format is not Format.HTML:
            return None
        source = _XML_DECLARATION.sub("", self.text, count=1)
        try:
            return lxml.html.document_fromstring(source, parser=_parser())
        except (lxml.etree.ParserError, ValueError):
            return None

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text's lines with line endings removed (for text dumps and records)."""
        return tuple(self.text.splitlines())

    @cached_property
    def front_matter(self) -> tuple[dict[str, Any], str]:
        """The record's YAML mapping and the text after it ({} and the whole text if none)."""
        return _front_matter_fields(self.text) or ({}, self.text)


def _parser() -> lxml.html.HTMLParser:
    """A parser per page: lxml parsers keep state and are not safe to share across threads.

    Every element is an ``HtmlElement``, chosen in C: lxml.html's own lookup calls Python for each
    element proxy made (about 10,000 a page in the cascade) only to pick form-control subclasses
    that nothing here uses.
    """
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


_HTML_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity)
