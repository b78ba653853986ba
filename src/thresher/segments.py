"""Turn an extracted element tree into body Segments, keeping headings, lists, tables, code.

Two vocabularies arrive here: HTML (readability's output, the native extractor's kept blocks)
and trafilatura's XML (``p``, ``head``, ``list/item``, ``table/row/cell``, ``code``, ``quote``).
"""

from __future__ import annotations

from collections.abc import Iterator

import lxml.etree
import regex

from .article import Segment, SegmentKind

_SPACE = regex.compile(r"\s+")
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements whose whole text is one segment of the given kind.
_LEAF_KINDS = {
    "p": SegmentKind.PARAGRAPH,
    "blockquote": SegmentKind.QUOTE,
    "quote": SegmentKind.QUOTE,
    "pre": SegmentKind.CODE,
    "code": SegmentKind.CODE,
    "dt": SegmentKind.PARAGRAPH,
    "dd": SegmentKind.PARAGRAPH,
    "figcaption": SegmentKind.PARAGRAPH,
}
_LIST_TAGS = {"ul", "ol", "list", "dl"}
_ITEM_TAGS = {"li", "item"}
_TABLE_TAGS = {"table"}
_ROW_TAGS = {"tr", "row"}
_CELL_TAGS = {"td", "th", "cell"}
_BLOCK_TAGS = {"p", "div", "section", "article", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "head",
               "ul", "ol", "list", "dl", "dt", "dd", "table", "tr", "row", "figure", "figcaption", "header", "footer"}
# <rt> and <rp> hold ruby's reading aids (furigana): "子<rt>こ</rt>" reads 子, not 子こ.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "button", "select", "form",
              "iframe", "input", "textarea", "nav", "rt", "rp"}


def squash(text: str) -> str:
    """Fold runs of whitespace to one space and drop soft hyphens, as a reader sees the text.

    A soft hyphen (U+00AD, ``&shy;``) is a hint where a word may break, invisible unless it does: left in,
    "Mag\u00adda\u00adle\u00adner" would not match "Magdalener" in a search or an index.
    """
    if "\xad" in text:
        text = text.replace("\xad", "")
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _SPACE.sub(" ", text).strip()
    # str.split() breaks where \s does but also at the separators \x1c-\x1f, which \s keeps: without
    # them, the same result several times faster.
    return " ".join(text.split())


def element_text(element: lxml.etree._Element) -> str:
    """The visible text of an element, with <br> as a space and scripts left out."""
    parts: list[str] = []
    _collect_text(element, parts)
    return squash("".join(parts))


def _collect_text(element: lxml.etree._Element, parts: list[str]) -> None:
    tag = _tag(element)
    if tag in _SKIP_TAGS:
        return
    if tag == "br" or tag in _BLOCK_TAGS:
        parts.append(" ")
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if tag in _CELL_TAGS or tag in _ITEM_TAGS or tag in _BLOCK_TAGS:
        parts.append(" ")  # a block's text never runs into the next text ("the<p>the</p>" is two words)


def tree_segments(root: lxml.etree._Element) -> tuple[Segment, ...]:
    """Segments of every block element under ``root``, in document order."""
    return tuple(segment for segment in _walk(root, list_depth=0) if segment.text)


def _walk(element: lxml.etree._Element, list_depth: int) -> Iterator[Segment]:
    tag = _tag(element)
    if tag in _SKIP_TAGS:
        return
    if tag in _HEADING_TAGS or tag == "head":
        yield Segment(kind=SegmentKind.HEADING, text=element_text(element),
                      level=_heading_level(element))
    elif tag in _LEAF_KINDS and not _has_block_child(element):
        kind = _LEAF_KINDS[tag]
        text = _code_text(element) if kind is SegmentKind.CODE else element_text(element)
        yield Segment(kind=kind, text=text)
    elif tag in _TABLE_TAGS:
        yield _table(element)
    elif tag in _ITEM_TAGS:
        yield from _item(element, list_depth)
    else:
        depth = list_depth + 1 if tag in _LIST_TAGS else list_depth
        loose = _tag_text(element)
        if loose:
            yield Segment(kind=SegmentKind.PARAGRAPH, text=loose)
        for child in element:
            yield from _walk(child, depth)
            if child.tail and child.tail.strip():
                yield Segment(kind=SegmentKind.PARAGRAPH, text=squash(child.tail))


def _item(element: lxml.etree._Element, depth: int) -> Iterator[Segment]:
    nested = [child for child in element if _tag(child) in _LIST_TAGS]
    own = element_text_without(element, nested)
    parent = element.getparent()
    ordered = parent is not None and _tag(parent) == "ol"
    if own:
        yield Segment(kind=SegmentKind.LIST_ITEM, text=own, level=max(depth, 1), ordered=ordered)
    for child in nested:
        yield from _walk(child, depth + 1)


def element_text_without(element: lxml.etree._Element, excluded: list[lxml.etree._Element]) -> str:
    """The text of ``element`` minus the subtrees in ``excluded`` (nested lists of an item)."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child not in excluded:
            _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    return squash("".join(parts))


def _table(element: lxml.etree._Element) -> Segment:
    rows = []
    for row in element.iter():
        if _tag(row) in _ROW_TAGS:
            cells = tuple(element_text(c) for c in row if _tag(c) in _CELL_TAGS)
            if any(cells):
                rows.append(cells)
    text = "\n".join(" | ".join(c for c in row if c) for row in rows)
    return Segment(kind=SegmentKind.TABLE, text=text, rows=tuple(rows))


def _heading_level(element: lxml.etree._Element) -> int:
    tag = _tag(element)
    if tag in _HEADING_TAGS:
        return _HEADING_TAGS[tag]
    rend = element.get("rend", "")
    return _HEADING_TAGS.get(rend, 2)


def _has_block_child(element: lxml.etree._Element) -> bool:
    return any(_tag(c) in _LEAF_KINDS or _tag(c) in _LIST_TAGS or _tag(c) in _TABLE_TAGS
               for c in element)


def _tag_text(element: lxml.etree._Element) -> str:
    return squash(element.text or "")


def _code_text(element: lxml.etree._Element) -> str:
    return "".join(element.itertext()).strip("\n")


def _tag(element: lxml.etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""
