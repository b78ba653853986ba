"""Titles: the page's raw titles (``<title>``, ``<h1>``) and their cleanup.

A ``<title>`` or og:title often carries the site's name (" | Site", " - Site", "Site: ...").
A part is dropped when it names the site (site name or domain) or when the rest is the page's H1.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import lxml.html
import regex

from .._normalize import fold
from ..article import FieldName
from ..candidate import Proposal
from ._common import in_region, proposal, text_of, visible_text

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
TITLE_TAG = 0.6  # <title>, after cleanup: right about half the time on its own
# The only <h1> outside navigation and sidebars: what readers see as the title. Right on 74% of the
# odd half's pages where it exists, and where it differs from a declared title (og:title, <title>,
# JSON-LD headline) it is right about twice as often as that title: hence above their strengths.
H1 = 0.82
H1_IN_TITLE = 0.7  # one of several <h1>s, the one the <title> contains
# An <h1> inside a region that usually holds logos and menus (a layout class such as "sidebar-right"
# wraps many pages' content) whose text opens the <title> before a separator: the page's own heading.
H1_OPENS_TITLE = 0.7
# A heading longer than this is a paragraph set large, not a title.
MAX_TITLE_CHARS = 300
_SEPARATOR = regex.compile(r"\s+(?:[|–—\-·»«•~/:]|::)\s+|\s*\|\s*|:\s+")
# Separators that set a site's name (or a section's) apart from the page's title. A colon is not one:
# "Topic: what about it" is one title far more often than it is "Site: title"; nor is a spaced en or
# em dash, which writers use inside titles ("Report – what now?") as often as before a site's name.
_SUFFIX_SEPARATOR = regex.compile(r"\s+(?:[|\-·»/]|::)\s+$|\s*\|\s*$")
# Separators of "Page | Section | Site" trails.
_CHAIN_SEPARATORS = (" | ", " / ")
# A trailing part longer than this is part of the title, not a name put after it.
MAX_SUFFIX_WORDS = 6
_NON_WORD = regex.compile(r"[\W_]+")
_TRAILING_MARK = regex.compile(r"\s*[¶#§]+$")  # permalink marks of documentation headings
_ELSEWHERE = regex.compile(
    r"site-?header|masthead|branding|footer|sidebar|\baside\b|\bnav\b|menu|widget|related|logo|modal|popup|cookie",
    regex.IGNORECASE,
)
_GENERIC_HOST = frozenset(
    {"www", "com", "org", "net", "co", "uk", "de", "fr", "es", "it", "pl", "nl", "blog", "news", "m", "amp", "en", "io"}
)


def extract(tree: lxml.html.HtmlElement, site: set[str] | None = None) -> list[Proposal]:
    """The raw ``<title>`` and the page's main ``<h1>``; structured.py cleans and weighs them."""
    out: list[Proposal] = []
    raw = ""
    title = tree.find(".//title")
    if title is not None and (raw := text_of(title)) and len(raw) <= MAX_TITLE_CHARS:
        out.append(proposal(FieldName.TITLE, raw, "structured.title.tag", TITLE_TAG))
    headings = h1_texts(tree, site or set())
    if len(headings) == 1:
        out.append(proposal(FieldName.TITLE, headings[0], "structured.title.h1", H1))
    elif matching := [h for h in headings if fold(h) in fold(raw)]:
        out.append(proposal(FieldName.TITLE, matching[0], "structured.title.h1_in_title", H1_IN_TITLE))
    elif opening := _opening_banner_h1s(tree, raw, site or set()):
        out.append(proposal(FieldName.TITLE, opening[0], "structured.title.h1_opens_title", H1_OPENS_TITLE))
    return out


def _opening_banner_h1s(tree: lxml.html.HtmlElement, raw: str, site: set[str]) -> list[str]:
    """Banner ``<h1>``s whose text is the ``<title>``'s first part and not the site's name."""
    return [h for h in banner_h1_texts(tree) if _ends_of(raw, h) == "start" and not _names_site(h, site)]


def banner_h1_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the ``<h1>``s that ``h1_texts`` passes over as standing in logos, menus or sidebars."""
    texts: list[str] = []
    for heading in tree.iter("h1"):
        text = _TRAILING_MARK.sub("", visible_text(heading))
        if text and len(text) <= MAX_TITLE_CHARS and text not in texts and in_region(heading, _ELSEWHERE, depth=6):
            texts.append(text)
    return texts


def banner_site_names(tree: lxml.html.HtmlElement) -> list[str]:
    """Logo or menu ``<h1>``s that close the ``<title>`` after a separator: the site's (or book's) name.

    "What is Ownership? - The Rust Programming Language" with the menu's H1 "The Rust Programming
    Language": the H1 names the site, so the part is a suffix to remove, in every title source.
    """
    title = tree.find(".//title")
    raw = text_of(title) if title is not None else ""
    return [h for h in banner_h1_texts(tree) if raw and _ends_of(raw, h) == "end"]


def _ends_of(title: str, part: str) -> str | None:
    """"start" or "end" when ``part`` is the first or last separator-delimited part of ``title``."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    # "Blog Name: post title": a colon after a logo's text sets a prefix off, not a heading.
    if fold(parts[0]) == fold(part) and _SUFFIX_SEPARATOR.search(title[: title.index(parts[1], len(parts[0]))]):
        return "start"
    return "end" if fold(parts[-1]) == fold(part) else None


def h1_texts(tree: lxml.html.HtmlElement, site: set[str]) -> list[str]:
    """Distinct texts of the ``<h1>``s outside navigation, sidebars and logos that do not name the site."""
    texts: list[str] = []
    for heading in tree.iter("h1"):
        text = _TRAILING_MARK.sub("", visible_text(heading))
        if not text or len(text) > MAX_TITLE_CHARS or text in texts or key(text) in site:
            continue
        if not in_region(heading, _ELSEWHERE, depth=6):
            texts.append(text)
    return texts


def site_keys(site_names: Iterable[str], url: str | None) -> set[str]:
    """Folded, punctuation-free forms of the site's names and its domain label."""
    keys = {key(name) for name in site_names}
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [label for label in host.split(".") if label not in _GENERIC_HOST]
        keys |= {key(label) for label in labels}
        keys.add(key(host.removeprefix("www.")))
    return {key for key in keys if key}


def clean(title: str, site: set[str], anchors: Iterable[str] = (), *, drop_suffix: bool = False,
          front_page: bool = False) -> str:
    """The title without site-name parts. ``anchors`` (H1, og:title) pick a part when site names don't.

    With ``drop_suffix`` (for ``<title>`` and sharing titles, where CMSs append the site's name), a short
    last part after a " | " or " - " is dropped even when it matches no known name: on the odd half of
    wcxb-dev such a ``<title>`` was its first part 273 times, whole 12 times.
    On a site's ``front_page``, "Site: what it offers" keeps its lead: the site is what the page is about.
    """
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    anchor_keys = {fold(a) for a in anchors if a}
    if fold(title) in anchor_keys:
        return title
    for start, end in _spans(len(parts)):
        kept = _rejoin(title, parts, start, end)
        if fold(kept) in anchor_keys:
            return kept
    if drop_suffix and (head := _chain_head(title)):
        return head
    dropped = [i for i, part in enumerate(parts) if _names_site(part, site)]
    if dropped and (dropped[0] == 0 or dropped[-1] == len(parts) - 1):
        start = 1 if dropped[0] == 0 and not (front_page and title[len(parts[0]) :].startswith(":")) else 0
        end = dropped[-1] if dropped[-1] == len(parts) - 1 and dropped[-1] > 0 else len(parts)
        if start < end:
            return _rejoin(title, parts, start, end)
    return _without_suffix(title, parts) if drop_suffix else title


def shed_suffix(title: str, shed: Iterable[str]) -> str:
    """The title without the short part after its last pipe when its sharing copies shed it ("Title |
    Opinion" when og:title, cleaned, reads "Title"): an H1 or headline can carry a section's name too.
    Only a pipe: after a dash, a slash or a dot the last part was the title's own on trafilatura-eval."""
    head, pipe, tail = title.rpartition("|")
    head = head.strip()
    if not pipe or not head or len(tail.split()) > MAX_SUFFIX_WORDS:
        return title
    return head if fold(head) in {fold(s) for s in shed} else title


def _chain_head(title: str) -> str | None:
    """The first part of "Title | Section | Site" (three or more parts, one spaced pipe or slash between
    each, short trailing parts): a trail from the page up to the site, whose first link is the page."""
    for separator in _CHAIN_SEPARATORS:
        head, *rest = title.split(separator)
        if len(rest) >= 2 and len(head.split()) >= 2 and all(len(p.split()) <= MAX_SUFFIX_WORDS for p in rest):
            return head.strip()
    return None


def _without_suffix(title: str, parts: list[str]) -> str:
    """The title without its last part, when a site-name separator sets off a short one."""
    head = _rejoin(title, parts, 0, len(parts) - 1)
    between = title[len(head) : title.rindex(parts[-1])] if parts[-1] else ""
    if not _SUFFIX_SEPARATOR.search(head + between) or len(parts[-1].split()) > MAX_SUFFIX_WORDS:
        return title
    return head if len(head.split()) >= 2 else title


def _names_site(part: str, site: set[str]) -> bool:
    part_key = key(part)
    return bool(part_key) and any(
        part_key == s or (len(s) >= 4 and (s in part_key) and len(part_key) <= 2 * len(s))
        for s in site
    )


def _spans(n: int) -> list[tuple[int, int]]:
    """Contiguous runs of parts, longest first, that leave out at least one end."""
    spans = [(a, b) for a in range(n) for b in range(a + 1, n + 1) if (a, b) != (0, n)]
    return sorted(spans, key=lambda span: span[0] - span[1])


def _rejoin(title: str, parts: list[str], start: int, end: int) -> str:
    """Parts start..end-1 as they stood in the original title, separators included."""
    offsets = []
    position = 0
    for part in parts:
        position = title.index(part, position)
        offsets.append((position, position + len(part)))
        position += len(part)
    return title[offsets[start][0] : offsets[end - 1][1]].strip()


def key(text: str) -> str:
    """Folded and without punctuation or spaces: "The Daily Post" and "thedailypost.com" meet."""
    return _NON_WORD.sub("", fold(text))
