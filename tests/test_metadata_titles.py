from __future__ import annotations

import lxml.html
import pytest

from thresher.metadata import titles


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


SITE = titles.site_keys(["The Riverside Ledger"], "https://www.riverside-ledger.com/a")


@pytest.mark.parametrize(
    "raw, anchors, clean",
    [
        ("Bike Lanes Approved | The Riverside Ledger", [], "Bike Lanes Approved"),
        ("Bike Lanes Approved - Riverside Ledger", [], "Bike Lanes Approved"),
        ("The Riverside Ledger: Bike Lanes Approved", [], "Bike Lanes Approved"),
        ("Bike Lanes Approved – Local News – Riverside-Ledger.com", [], "Bike Lanes Approved – Local News"),
        ("Paris: A City Guide | Travel Desk", ["Paris: A City Guide"], "Paris: A City Guide"),
        ("Paris: A City Guide", [], "Paris: A City Guide"),
    ],
)
def test_clean(raw: str, anchors: list[str], clean: str) -> None:
    assert titles.clean(raw, SITE, anchors) == clean


def test_h1_ignores_logo_and_navigation() -> None:
    page = tree("""<html><head><title>Story | The Riverside Ledger</title></head><body>
      <header class="site-header"><h1>The Riverside Ledger</h1></header><nav><h1>Menu</h1></nav>
      <h1>The Story <br>of <style>.x{}</style>Everything</h1></body></html>""")
    rules = {p.rule: p.value for p in titles.extract(page, SITE)}
    assert rules["structured.title.h1"] == "The Story of Everything"
    assert rules["structured.title.tag"] == "Story | The Riverside Ledger"
