"""Renderers that turn a benchmark page's HTML into the plain-text dump a scraper would keep.

Three renderers with different habits, so that no rule can lean on one renderer's glyphs:

- ``w3m``: ``w3m -dump -T text/html -cols 100`` (Debian package ``w3m``); hard-wraps at 100 columns,
  draws bullets as ``•``, tables as aligned columns.
- ``inscriptis``: ``inscriptis.get_text``; no wrapping, ``*`` bullets, layout-aware tables.
- ``html2text``: ``html2text.HTML2Text()`` with ``body_width=0`` (no hard wrap) and its other defaults:
  Markdown headings, links as ``[text](url)``, ``*`` bullets.

Renders are cached as UTF-8 files under ``benchmarks/results/cache/<renderer>/<dataset>/<id>.txt``
(git-ignored) so that reruns only score.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType

from thresher._decode import decode

from .datasets import REPO_ROOT, Record

CACHE_ROOT = REPO_ROOT / "benchmarks" / "results" / "cache"
# w3m's column count: a common terminal width, and what the issue asks for.
W3M_COLUMNS = 100
# A page that w3m cannot render in this many seconds is left as an empty dump.
W3M_TIMEOUT_S = 60


def html_text(html: bytes) -> str:
    """The page's HTML as text, decoded as thresher would (declared charset, detection, repair)."""
    try:
        return decode(html)[0]
    except Exception:  # a page the decoder refuses still renders as lossy UTF-8
        return html.decode("utf-8", errors="replace")


def render_w3m(html: str) -> str:
    """``w3m -dump -T text/html -cols 100``, reading and writing UTF-8."""
    command = ["w3m", "-dump", "-T", "text/html", "-cols", str(W3M_COLUMNS), "-I", "UTF-8", "-O", "UTF-8"]
    try:
        done = subprocess.run(
            command, input=html.encode("utf-8"), capture_output=True, timeout=W3M_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return ""
    return done.stdout.decode("utf-8", errors="replace")


def render_inscriptis(html: str) -> str:
    """``inscriptis.get_text`` with its default configuration."""
    import inscriptis

    return inscriptis.get_text(html) if html.strip() else ""


def render_html2text(html: str) -> str:
    """``html2text.HTML2Text()`` with ``body_width=0``: Markdown, no hard wrapping."""
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(html)


RENDERERS: Mapping[str, Callable[[str], str]] = MappingProxyType(
    {
        "w3m": render_w3m,
        "inscriptis": render_inscriptis,
        "html2text": render_html2text,
    }
)


def cache_path(renderer: str, record: Record, root: Path = CACHE_ROOT) -> Path:
    return root / renderer / record.dataset / f"{record.id}.txt"


def render(renderer: str, record: Record) -> str:
    """The record rendered by ``renderer`` afresh, without the cache (the test suite's dump gate)."""
    try:
        return RENDERERS[renderer](html_text(record.html))
    except Exception:  # a renderer crash is an empty dump, counted like any failure
        return ""


def dump(renderer: str, record: Record, root: Path = CACHE_ROOT) -> str:
    """The record rendered by ``renderer``, from the cache if it is there (written there if not)."""
    path = cache_path(renderer, record, root)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as cached:  # as rendered: "\r\n" stays "\r\n"
            return cached.read()
    text = render(renderer, record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text
