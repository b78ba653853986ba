"""Golden pages: each folder in fixtures/html holds a page and the fields the structured extractor must give."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

import thresher
from thresher.extractors.structured import StructuredExtractor
from thresher.page import Page

CASES = sorted(p for p in (Path(__file__).parent.parent / "fixtures" / "html").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text())
    url = (case / "url.txt").read_text().strip()
    article = thresher.extract((case / "source.html").read_bytes(), url=url, chain=thresher.Chain(["structured"]))
    got = {
        "title": article.title,
        "authors": article.authors,
        "date": article.date.isoformat()[:10] if article.date else None,
        "site_name": article.site_name,
        "language": article.language,
    }
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_tree_not_mutated(case: Path) -> None:
    page = Page.load((case / "source.html").read_bytes(), url="https://example.org/a")
    assert page.tree is not None
    before = lxml.html.tostring(page.tree)
    StructuredExtractor().extract(page)
    assert lxml.html.tostring(page.tree) == before
