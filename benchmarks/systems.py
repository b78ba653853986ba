"""One small adapter per extraction system, all returning the same `Extraction`.

Each `System.make()` does the imports and one-time setup (so they stay out of the
per-page timing and a missing package only disables its own system) and returns a
function `Page -> Extraction`. `System.fields` lists the metadata fields the system
returns at all; the others are reported as "—" rather than scored as wrong.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.metrics import normalise_date

ALL_FIELDS = frozenset({"title", "authors", "date"})
NO_FIELDS: frozenset[str] = frozenset()
PLACEHOLDER_URL = "https://example.com/"  # for libraries that insist on a URL


@dataclass(frozen=True)
class Page:
    """What an adapter gets: raw bytes, the same decoded once, and the page URL."""

    html: bytes
    text: str
    url: str | None


@dataclass(frozen=True)
class Extraction:
    """Uniform result: body text, title, author names, date as YYYY-MM-DD."""

    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None


Extractor = Callable[[Page], Extraction]


@dataclass(frozen=True)
class System:
    """A named system: `make()` builds its extractor, `package` gives its version."""

    name: str
    make: Callable[[], Extractor]
    fields: frozenset[str] = NO_FIELDS
    package: str | None = None


# --- decoding -----------------------------------------------------------------

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)


def decode_html(html: bytes) -> str:
    """Bytes -> str for the libraries that want text: UTF-8, else the declared
    charset, else charset_normalizer's guess, else UTF-8 with replacement."""
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET_RE.search(html[:8192])
    if match:
        try:
            return html.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(html).best()
        if best is not None:
            return str(best)
    except ImportError:
        pass
    return html.decode("utf-8", errors="replace")


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "blockquote", "table", "tr", "td", "th", "section", "article", "header", "footer",
    "figure", "figcaption", "aside", "main", "nav", "hr", "address", "form", "fieldset",
)  # fmt: skip


def fragment_text(fragment: str) -> str:
    """HTML fragment -> text, with a line break after each block element so that
    adjacent paragraphs never glue words together."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _names(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        value = value.split(";")
    return tuple(n.strip() for n in value if isinstance(n, str) and n.strip())


def _date(value: Any) -> str | None:
    return normalise_date(value) if value else None


# --- thresher -----------------------------------------------------------------


def _import_thresher() -> Any:
    """Import thresher, falling back on the repo's src/ layout when not installed."""
    try:
        return importlib.import_module("thresher")
    except ImportError:
        src = Path(__file__).resolve().parents[1] / "src"
        if not (src / "thresher").is_dir() or str(src) in sys.path:
            raise
        sys.path.insert(0, str(src))
        return importlib.import_module("thresher")


def _thresher(chain: str | None, mode: str = "cascade") -> Callable[[], Extractor]:
    def make() -> Extractor:
        thresher = _import_thresher()
        options = {"mode": mode} if chain is None else {"chain": thresher.Chain([chain])}

        def run(page: Page) -> Extraction:
            article = thresher.extract(page.html, url=page.url, **options)
            return Extraction(article.body or "", article.title, _names(article.authors), _date(article.date))

        return run

    return make


# --- peers --------------------------------------------------------------------


def _trafilatura() -> Extractor:
    import trafilatura

    def run(page: Page) -> Extraction:
        # One call for body and metadata; body = what extract(html, url=url, include_comments=False)
        # returns (checked identical). Comments off as in trafilatura's own benchmark (EXTRACT_OPTS in
        # tests/eval_common.py): they are not main content, and the published figures use this.
        doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, include_comments=False)
        if doc is None:
            return Extraction("")
        body = unicodedata.normalize("NFC", "\n".join(t for t in (doc.text, doc.comments) if t))
        body = body.strip()
        return Extraction(body, doc.title or None, _names(doc.author), _date(doc.date))

    return run


def _readability() -> Extractor:
    from readability import Document

    def run(page: Page) -> Extraction:
        doc = Document(page.text)
        return Extraction(fragment_text(doc.summary()), doc.short_title() or None)

    return run


def _justext() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(page: Page) -> Extraction:
        paragraphs = justext.justext(page.text.encode("utf-8"), stoplist, encoding="utf-8")
        return Extraction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(page: Page) -> Extraction:
        return Extraction(extract_plain_text(page.text, main_content=True))

    return run


def _newspaper() -> Extractor:
    import newspaper

    def run(page: Page) -> Extraction:
        article = newspaper.Article(page.url or PLACEHOLDER_URL, fetch_images=False)
        article.download(input_html=page.text)
        article.parse()
        authors, date = _names(article.authors), _date(article.publish_date)
        return Extraction(article.text or "", article.title or None, authors, date)

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose()

    def run(page: Page) -> Extraction:
        article = goose.extract(raw_html=page.text)
        authors, date = _names(article.authors), _date(article.publish_date)
        return Extraction(article.cleaned_text or "", article.title or None, authors, date)

    return run


def _boilerpy3() -> Extractor:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor()

    def run(page: Page) -> Extraction:
        doc = extractor.get_doc(page.text)
        return Extraction(doc.content or "", doc.title or None)

    return run


def _html_text() -> Extractor:
    import html_text

    def run(page: Page) -> Extraction:
        return Extraction(html_text.extract_text(page.text))

    return run


PEERS: dict[str, System] = {
    s.name: s
    for s in (
        System("trafilatura", _trafilatura, ALL_FIELDS, "trafilatura"),
        System("readability", _readability, frozenset({"title"}), "readability-lxml"),
        System("justext", _justext, NO_FIELDS, "jusText"),
        System("resiliparse", _resiliparse, NO_FIELDS, "Resiliparse"),
        System("newspaper4k", _newspaper, ALL_FIELDS, "newspaper4k"),
        System("goose3", _goose, ALL_FIELDS, "goose3"),
        System("boilerpy3", _boilerpy3, frozenset({"title"}), "boilerpy3"),
        System("html-text", _html_text, NO_FIELDS, "html-text"),
    )
}
DEFAULT_SYSTEMS = ("thresher", *PEERS)


def get_system(name: str) -> System:
    """`thresher`, `thresher@MODE` (fast, cascade, precise), `thresher:NAME` (single-extractor chain) or a peer."""
    if name == "thresher":
        return System(name, _thresher(None), ALL_FIELDS, "thresher")
    if name.startswith("thresher@"):
        return System(name, _thresher(None, name.partition("@")[2]), ALL_FIELDS, "thresher")
    if name.startswith("thresher:"):
        return System(name, _thresher(name.partition(":")[2]), ALL_FIELDS, "thresher")
    if name in PEERS:
        return PEERS[name]
    raise ValueError(f"unknown system {name!r}; known: thresher, thresher@MODE, thresher:NAME, {', '.join(PEERS)}")
