"""Helpers every metadata module shares: reading meta tags and element text without mutating the tree."""

from __future__ import annotations

from collections.abc import Container, Iterator

import lxml.html
import regex

from .. import segments
from ..article import FieldName
from ..candidate import Proposal


def squash(text: str | None) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return segments.squash(text or "")


def text_of(element: lxml.html.HtmlElement) -> str:
    """An element's visible text, squashed (``text_content`` builds a string; the tree is untouched)."""
    return squash(element.text_content())


_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg"})
_INLINE = frozenset({"a", "span", "b", "strong", "i", "em", "u", "small", "sup", "sub", "mark", "abbr", "code", "font"})


def visible_text(element: lxml.html.HtmlElement) -> str:
    """Text a reader sees: no script or style, a space at ``<br>`` and between block elements."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if isinstance(node.tag, str) and node.tag in _INVISIBLE:
            return
        block = not isinstance(node.tag, str) or node.tag not in _INLINE
        parts.append(" " if block else "")
        parts.append(node.text or "" if isinstance(node.tag, str) else "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        parts.append(" " if block else "")

    walk(element)
    return squash("".join(parts))


def spaced_text(element: lxml.html.HtmlElement) -> str:
    """Text with a space between child elements: "<b>Ann</b><b>Bo</b>" reads "Ann Bo", not "AnnBo"."""
    return squash(" ".join(element.itertext()))


def meta_pairs(tree: lxml.html.HtmlElement) -> Iterator[tuple[str, str]]:
    """(lower-cased name/property/itemprop/http-equiv, content) for every ``<meta>`` with content."""
    for meta in tree.iter("meta"):
        content = squash(meta.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                yield key.strip().lower(), content


def proposal(field: FieldName, value: object, rule: str, strength: float) -> Proposal:
    return Proposal(field=field, value=value, rule=rule, strength=strength)


def class_id(element: lxml.html.HtmlElement) -> str:
    """The element's class and id, lower-cased, for matching by role words."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


_MAIN_TAGS = frozenset({"main", "article"})
# An <article>'s own <footer> or <aside> holds its byline and dates (HTML's sectioning rules); only
# the page's are boilerplate by their tag. Likewise an "entry-footer" class. Other classes still count
# ("related", "comments").
_SECTIONING = frozenset({"footer", "aside"})
# Layout modifiers say a sidebar stands beside the element, not around it: "no-sidebar",
# "p-body-main--withSidebar", "mainContainer_noSidebar", "beside_sidebar".
_LAYOUT_MODIFIER = regex.compile(r"(?<![a-z])(?:no|with|has|without|beside)[-_]?[a-z_]*?sidebar[\w-]*")
# Class tokens that carry region words but name no region. WordPress labels a post's wrapper with its
# categories and tags ("category-popular", "tag-comments"): names of topics. Page builders call every
# block a widget (Elementor's "elementor-widget-container", "elementor-widget-heading" wrap headings,
# text and bylines alike): a layout unit, not a sidebar's.
_NOT_REGION_TOKENS = regex.compile(r"(?<![\w-])(?:(?:category|tag)-[\w-]+|elementor-widget(?:-[\w-]+)?)")


def _in_article(node: lxml.html.HtmlElement) -> bool:
    return next(node.iterancestors("article"), None) is not None


def in_region(element: lxml.html.HtmlElement, pattern: regex.Pattern[str], depth: int = 12,
              exempt: Container[lxml.html.HtmlElement] = ()) -> bool:
    """True if the element or an ancestor (up to ``depth``) has a tag, class or id matching ``pattern``.

    ``exempt`` elements are no region whatever their class: the wrappers of the page's headline, which a
    template may call a "sidebar" grid area or a "newsletter" layout, hold the article, not boilerplate.
    """
    node: lxml.html.HtmlElement | None = element
    for _ in range(depth):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False  # page-wide classes ("has-sidebar", "menu-open") say nothing about one element
        if node in exempt:
            node = node.getparent()
            continue
        # Inside <main>, the layout around it ("page--wsidebar") says nothing about the element.
        if node.tag == "main" and node is not element:
            return False
        # The main content's own wrapper is not a region to avoid: <main class="has-newsletter">,
        # <article class="newsletter-post">. Cards in a "related" list are still caught by their list.
        if node.tag in _MAIN_TAGS and node is not element:
            node = node.getparent()
            continue
        words = _NOT_REGION_TOKENS.sub(" ", class_id(node))
        if "sidebar" in words:
            words = _LAYOUT_MODIFIER.sub(" ", words)
        tag = node.tag.lower()
        if (tag in _SECTIONING or "footer" in words) and _in_article(node):  # asked only where it matters
            tag = "" if tag in _SECTIONING else tag
            words = words.replace("footer", " ")
        if pattern.search(tag + " " + words):
            return True
        node = node.getparent()
    return False
