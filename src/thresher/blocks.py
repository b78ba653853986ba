"""DOM → blocks: the units a reader sees (paragraph, heading, list item, table, code, text run).

One walk over ``<body>`` yields every block in document order, with the features the
classifier and the container scoring need: its text, how much of it is link text, its
heading level or list depth, the class/id/role/tag cues of its ancestors, and the path of
ancestors itself (references into the shared tree, which is never modified).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

import lxml.etree
import regex

from .dom_patterns import ROLE_CUES, TAG_CUES, boilerplate_label
from .labels import Label
from .segments import squash

Element = lxml.etree._Element


class BlockKind(StrEnum):
    """What a block is; TEXT is loose text of a container (a div with text and <br>s)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CODE = "code"
    QUOTE = "quote"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Cue:
    """A class/id/role/tag word on an ancestor that suggests a label for what lies inside it."""

    label: Label
    word: str
    depth: int  # index in Block.path of the element that carries the cue


@dataclass(frozen=True, slots=True)
class Block:
    """One block and its features; ``path`` runs from <body> down to the block's element."""

    index: int
    kind: BlockKind
    text: str
    path: tuple[Element, ...]
    cues: tuple[Cue, ...]
    chars: int  # non-space characters: a length that also works for Chinese and Japanese
    link_chars: int
    level: int = 0  # heading level, or list depth for list items
    ordered: bool = False
    repeats: int = 1  # how many blocks of the page carry exactly this text

    @property
    def element(self) -> Element:
        return self.path[-1]

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def punctuation(self) -> int:
        return len(_SENTENCE_PUNCT.findall(self.text))

    @property
    def stopword_ratio(self) -> float:
        words = _WORD.findall(self.text.lower())
        return sum(map(STOP_WORDS.__contains__, words)) / len(words) if words else 0.0


_SENTENCE_PUNCT = regex.compile(r"[.,;:!?。，、；！？]")
_WORD = regex.compile(r"\w+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

# Function words of the languages the benchmarks hold: prose has many, menus and lists few.
STOP_WORDS = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "was", "were", "be",
    "been", "it", "this", "that", "by", "as", "at", "from", "not", "but", "have", "has", "had", "you", "we",
    "they", "he", "she", "i", "his", "her", "their", "our", "its", "which", "who", "will", "would", "can",
    "der", "die", "das", "und", "oder", "ist", "sind", "war", "ein", "eine", "einen", "dem", "den", "des",
    "zu", "mit", "auf", "für", "von", "im", "nicht", "sich", "auch", "es", "wir", "sie", "er", "ich", "bei",
    "aus", "nach", "wie", "wird", "werden", "hat", "haben", "le", "la", "les", "et", "ou", "est", "sont",
    "un", "une", "du", "au", "aux", "en", "dans", "pour", "avec", "sur", "pas", "que", "qui", "il", "elle",
    "nous", "el", "los", "las", "y", "o", "son", "una", "del", "al", "con", "por", "para", "no", "se", "lo",
    "su", "gli", "e", "di", "da", "per", "che", "non", "si", "sono", "de", "het", "een", "van", "op", "te",
    "dat", "niet", "met", "voor", "zijn", "os", "do", "dos", "em", "um", "uma", "com", "não", "w", "z", "na",
    "nie", "się", "jest", "że", "jak",
})

# <noscript> is walked: some sites (Discourse) serve their whole content there for crawlers.
# <rt> and <rp> hold ruby's reading aids (furigana): "子<rt>こ</rt>" reads 子, not 子こ.
_SKIP_TAGS = frozenset({"script", "style", "template", "svg", "button", "select", "option",
                        "iframe", "input", "textarea", "head", "title", "meta", "link", "canvas",
                        "object", "embed", "audio", "video", "map", "math", "dialog", "rt", "rp"})
# Skipped tags whose subtree is walked after all when it holds blocks (see _misparsed_wrapper).
_WRAPPER_PRONE = frozenset({"button"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LEAF_KINDS = {"p": BlockKind.PARAGRAPH, "blockquote": BlockKind.QUOTE, "dd": BlockKind.PARAGRAPH,
               "dt": BlockKind.PARAGRAPH, "figcaption": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM,
               "address": BlockKind.PARAGRAPH, "summary": BlockKind.PARAGRAPH}
_LISTS = frozenset({"ul", "ol", "dl", "menu"})
_INLINE = frozenset({"a", "span", "b", "strong", "i", "em", "u", "s", "small", "big", "sup", "sub", "font",
                     "abbr", "acronym", "cite", "code", "time", "mark", "q", "label", "img", "br", "wbr",
                     "kbd", "var", "samp", "del", "ins", "bdi", "bdo", "data", "tt", "strike", "nobr",
                     "picture", "source", "dfn", "ruby", "rt", "rp"})
# A table holding these is page layout, not data: walk into it instead of keeping it whole.
_LAYOUT_MARKERS = frozenset({"table", "p", "div", "h1", "h2", "h3", "ul", "ol", "article", "section"})
# Deeper than this the walk stops descending: broken pages nest unclosed tags thousands deep.
MAX_DEPTH = 250
# A cue on an element holding more than this share of the page's text names a wrapper, not a part
# ("off-canvas", "chakra-skip-nav" around the whole app): boilerplate is never nearly all of a page.
WRAPPER_CUE_SHARE = 0.85
# ... except a comments cue: on a forum thread the posts are most of the page, and say so.
WRAPPER_CUE_KEPT = frozenset({Label.COMMENTS})


def build_blocks(root: Element) -> tuple[Block, ...]:
    """Every block under <body> (or ``root``) in document order, with repetition counted."""
    body = root.find("body") if root.tag == "html" else root
    builder = _Builder()
    builder.walk(body if body is not None else root, (), (), 0)
    blocks = _drop_wrapper_cues(builder.blocks)
    counts = Counter(block.text for block in blocks)
    return tuple(replace(block, repeats=counts[block.text]) if counts[block.text] > 1 else block
                 for block in blocks)


def _drop_wrapper_cues(blocks: list[Block]) -> list[Block]:
    """Blocks without the cues of elements that wrap nearly all the page's text (see WRAPPER_CUE_SHARE)."""
    total = sum(block.chars for block in blocks)
    held: Counter[int] = Counter()
    for block in blocks:
        for cue in block.cues:
            held[id(block.path[cue.depth])] += block.chars
    wrappers = {key for key, chars in held.items() if chars > WRAPPER_CUE_SHARE * total}
    if not wrappers:
        return blocks
    return [_without_cues(block, wrappers) for block in blocks]


def _without_cues(block: Block, wrappers: set[int]) -> Block:
    cues = tuple(c for c in block.cues
                 if c.label in WRAPPER_CUE_KEPT or id(block.path[c.depth]) not in wrappers)
    return block if len(cues) == len(block.cues) else replace(block, cues=cues)


class _Builder:
    """Collects blocks during one recursive walk; lives for one call of ``build_blocks``."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        # Sites repeat the same class strings hundreds of times: match each string once per page.
        self._cues: dict[tuple[str, str, str], tuple[Label, str] | None] = {}
        self._links = 0  # <a> elements on the walk's path: a block inside one is all link text

    def cue(self, element: Element, tag: str, depth: int) -> Cue | None:
        key = ((element.get("role") or "").lower(), tag, signature(element))
        if key not in self._cues:
            self._cues[key] = cue_label(*key)
        found = self._cues[key]
        return Cue(found[0], found[1], depth) if found else None

    def walk(self, element: Element, path: tuple[Element, ...], cues: tuple[Cue, ...], list_depth: int) -> None:
        tag = _tag(element)
        if not tag or _hidden(element) or (tag in _SKIP_TAGS and not _misparsed_wrapper(element, tag)):
            return
        path = (*path, element)
        depth = len(path) - 1
        self._links += tag == "a"
        # <body> classes describe the page ("single-post has-sidebar meta-..."), not a part of it.
        own = self.cue(element, tag, depth) if depth > 0 else None
        if own is not None:
            cues = (*cues, own)
        if tag in _HEADINGS:
            self._emit(BlockKind.HEADING, element, path, cues, level=_HEADINGS[tag])
        elif tag == "pre":
            text = "".join(element.itertext()).strip("\n")
            self._add(BlockKind.CODE, text, path, cues, _link_chars(element))
        elif tag == "table" and not _is_layout_table(element):
            self._emit(BlockKind.TABLE, element, path, cues)
        elif tag in _LEAF_KINDS and not _has_block_child(element):
            self._emit(_LEAF_KINDS[tag], element, path, cues, level=list_depth,
                       ordered=_ordered(element))
        elif len(path) > MAX_DEPTH:
            self._emit(BlockKind.TEXT, element, path, cues)
        else:
            self._container(element, tag, path, cues, list_depth + (tag in _LISTS))
        self._links -= tag == "a"

    def _container(self, element: Element, tag: str, path: tuple[Element, ...], cues: tuple[Cue, ...],
                   list_depth: int) -> None:
        """Loose text and inline children form runs; block children are walked on their own."""
        kind = _LEAF_KINDS.get(tag, BlockKind.TEXT)
        parts: list[str] = [element.text or ""]
        links = [0]
        for child in element:
            child_tag = _tag(child)
            if child_tag in _INLINE and not _has_block_descendant(child):
                _collect(child, parts, links, in_link=False)
            elif child_tag:
                self._add(kind, squash("".join(parts)), path, cues, links[0], level=list_depth)
                parts, links = [], [0]
                self.walk(child, path, cues, list_depth)
            parts.append(child.tail or "")
        self._add(kind, squash("".join(parts)), path, cues, links[0], level=list_depth)

    def _emit(self, kind: BlockKind, element: Element, path: tuple[Element, ...], cues: tuple[Cue, ...],
              level: int = 0, ordered: bool = False) -> None:
        parts: list[str] = []
        links = [0]
        _collect(element, parts, links, in_link=False)
        self._add(kind, squash("".join(parts)), path, cues, links[0], level, ordered)

    def _add(self, kind: BlockKind, text: str, path: tuple[Element, ...], cues: tuple[Cue, ...], link_chars: int,
             level: int = 0, ordered: bool = False) -> None:
        if not text:
            return
        chars = _solid(text)
        if self._links:
            link_chars = chars  # a block inside a link (a listing card) is all link text
        self.blocks.append(Block(index=len(self.blocks), kind=kind, text=text, path=path, cues=cues,
                                 chars=chars, link_chars=min(link_chars, chars),
                                 level=level, ordered=ordered))


def element_cue(element: Element, tag: str, depth: int) -> Cue | None:
    """The boilerplate concept an element's role, tag or class/id names, if any."""
    found = cue_label((element.get("role") or "").lower(), tag, signature(element))
    return Cue(found[0], found[1], depth) if found else None


def cue_label(role: str, tag: str, words: str) -> tuple[Label, str] | None:
    """A role names a concept outright, then a tag, then class/id words."""
    if role in ROLE_CUES:
        return ROLE_CUES[role], "role=" + role
    if tag in TAG_CUES:
        return TAG_CUES[tag], "<" + tag + ">"
    return boilerplate_label(words) if words else None


def signature(element: Element) -> str:
    """The words an element's attributes use to say what it is."""
    return " ".join(filter(None, (element.get("class"), element.get("id"), element.get("aria-label"),
                                  element.get("itemprop"), element.get("data-component"))))


def _collect(element: Element, parts: list[str], links: list[int], in_link: bool) -> None:
    """Append an inline subtree's visible text to ``parts``; count link characters in ``links[0]``."""
    tag = _tag(element)
    if not tag or tag in _SKIP_TAGS or _hidden(element):
        return
    in_link = in_link or tag == "a"
    if tag == "br":
        parts.append("\n")
    elif element.text:
        parts.append(element.text)
        if in_link:
            links[0] += _solid(element.text)
    for child in element:
        _collect(child, parts, links, in_link)
        if child.tail:
            parts.append(child.tail)
            if in_link:
                links[0] += _solid(child.tail)
    if tag in {"td", "th", "li", "dt", "dd", "p", "div"}:
        parts.append(" ")


def _link_chars(element: Element) -> int:
    return sum(_solid("".join(a.itertext())) for a in element.iter("a"))


def _solid(text: str) -> int:
    """Non-space characters: a length that also works for Chinese and Japanese (``squash`` folds the
    spaces fast and knows which characters are spaces)."""
    folded = squash(text)
    return len(folded) - folded.count(" ")


def _misparsed_wrapper(element: Element, tag: str) -> bool:
    """An unclosed <button> makes the parser nest the rest of the page inside it."""
    return tag in _WRAPPER_PRONE and _has_block_descendant(element)


def _hidden(element: Element) -> bool:
    """Hidden from readers by the page itself.

    The ``hidden`` attribute is not trusted: streaming renderers (Next.js) park the whole article
    in a ``<div hidden>`` that a script swaps in.
    """
    if element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(style))


def _is_block_tag(tag: str) -> bool:
    return bool(tag) and tag not in _INLINE and tag not in _SKIP_TAGS


def _has_block_child(element: Element) -> bool:
    return any(_is_block_tag(_tag(child)) for child in element)


def _has_block_descendant(element: Element) -> bool:
    return any(_is_block_tag(_tag(d)) for d in _descendants(element))


def _descendants(element: Element) -> Iterator[Element]:
    it = element.iterdescendants()
    return (d for d in it if isinstance(d.tag, str))


def _is_layout_table(element: Element) -> bool:
    return any(_tag(d) in _LAYOUT_MARKERS for d in _descendants(element))


def _ordered(element: Element) -> bool:
    parent = element.getparent()
    return parent is not None and _tag(parent) == "ol"


def _tag(element: Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""
