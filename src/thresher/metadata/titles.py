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
# A heading longer than this is a paragraph set large, not a title.
MAX_TITLE_CHARS = 300
_SEPARATOR = regex.compile(r"\s+(?:[|–—\-·»«•~/:]|::)\s+|\s*\|\s*|:\s+")
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
    return out


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


def clean(title: str, site: set[str], anchors: Iterable[str] = ()) -> str:
    """The title without site-name parts. ``anchors`` (H1, og:title) pick a part when site names don't."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    anchor_keys = {fold(a) for a in anchors if a}
    for start, end in _spans(len(parts)):
        kept = _rejoin(title, parts, start, end)
        if fold(kept) in anchor_keys:
            return kept
    dropped = [i for i, part in enumerate(parts) if _names_site(part, site)]
    if dropped and (dropped[0] == 0 or dropped[-1] == len(parts) - 1):
        start = 1 if dropped[0] == 0 else 0
        end = dropped[-1] if dropped[-1] == len(parts) - 1 and dropped[-1] > 0 else len(parts)
        if start < end:
            return _rejoin(title, parts, start, end)
    return title


def _names_site(part: str, site: set[str]) -> bool:
    part_key = key(part)
    return bool(part_key) and any(
        part_key == s or (len(s) >= 4 and (part_key in s or s in part_key) and len(part_key) <= 2 * len(s))
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
