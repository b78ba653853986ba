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


LONG_SUFFIX = "Why we ride - and why cities should build bike lanes for all"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Using Promises - JavaScript Guide", "Using Promises"),
        ("Amd RX7800XT Wrong refresh rate ... - Doom9's Forum", "Amd RX7800XT Wrong refresh rate ..."),
        ("Model fields | Django documentation", "Model fields"),
        # a colon joins one title; a long last part is part of it; one word left is not a title
        ("Topic: what about it", "Topic: what about it"),
        (LONG_SUFFIX, LONG_SUFFIX),
        ("Pricing | Acme", "Pricing | Acme"),
    ],
)
def test_clean_drops_an_unknown_suffix_when_asked(raw: str, clean: str) -> None:
    assert titles.clean(raw, set(), [], drop_suffix=True) == clean
    assert titles.clean(raw, set(), []) == raw


def test_suffix_kept_when_an_anchor_is_the_whole_title() -> None:
    raw = "Best Movers in 2025 | Top 19 Companies"
    assert titles.clean(raw, set(), [raw], drop_suffix=True) == raw


def test_menu_h1_that_closes_the_title_is_the_site_name() -> None:
    page = tree("""<html><head><title>What is Ownership? - The Rust Book</title></head><body>
      <div class="menu-bar"><h1 class="menu-title">The Rust Book</h1></div><h2>What is Ownership?</h2></body></html>""")
    assert titles.banner_site_names(page) == ["The Rust Book"]
    site = titles.site_keys(titles.banner_site_names(page), None)
    assert titles.clean("What is Ownership? - The Rust Book", site) == "What is Ownership?"


def test_h1_in_a_layout_sidebar_that_opens_the_title_is_the_heading() -> None:
    page = tree("""<html><head><title>Using the Fetch API - Web APIs | MDN</title></head><body>
      <div class="layout-2-sidebars"><div><h1>Using the Fetch API</h1></div></div></body></html>""")
    rules = {p.rule: p.value for p in titles.extract(page, set())}
    assert rules["structured.title.h1_opens_title"] == "Using the Fetch API"


def test_logo_h1_before_a_colon_is_not_the_heading() -> None:
    page = tree("""<html><head><title>Engora Data Blog: Small models</title></head><body>
      <div class="header-logo"><h1>Engora Data Blog</h1></div><p>Text</p></body></html>""")
    rules = {p.rule for p in titles.extract(page, set())}
    assert "structured.title.h1_opens_title" not in rules


def test_dash_inside_a_title_is_not_a_suffix_separator() -> None:
    raw = "Würde des Lebens – ein Projekt"
    assert titles.clean(raw, set(), [], drop_suffix=True) == raw


@pytest.mark.parametrize(
    "heading, shed, result",
    [
        ("How meditation rewires brains | Opinion", ["How meditation rewires brains"], "How meditation rewires brains"),
        ("How meditation rewires brains | Opinion", ["Something else"], "How meditation rewires brains | Opinion"),
        ("Dortmund - Gladbach live sehen", ["Dortmund"], "Dortmund - Gladbach live sehen"),
    ],
)
def test_a_heading_sheds_a_pipe_suffix_only_when_its_sharing_copies_do(heading: str, shed: list[str], result: str):
    assert titles.shed_suffix(heading, shed) == result


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Why the tram was late / Local Talk / Riverside Forums", "Why the tram was late"),
        ("Access control overview | Identity Tools | Acme Docs", "Access control overview"),
        ("Bike Lanes Approved | Local News", "Bike Lanes Approved"),  # two parts: only the suffix goes
        ("Tram | Local Talk | Riverside Forums", "Tram | Local Talk"),  # a one-word head is not a title
    ],
)
def test_a_trail_of_short_parts_leaves_its_first(raw: str, clean: str) -> None:
    assert titles.clean(raw, set(), [], drop_suffix=True) == clean


def test_a_word_of_the_site_name_is_not_the_site_name() -> None:
    site = titles.site_keys(["National Cyber Security Centre"], None)
    assert titles.clean("Small Business Guide: Cyber Security", site) == "Small Business Guide: Cyber Security"
    assert titles.clean("Small Business Guide | National Cyber Security Centre", site) == "Small Business Guide"


def test_a_front_page_keeps_its_site_name_before_a_colon() -> None:
    site = titles.site_keys(["Acme"], "https://acme.example/")
    raw = "Acme: Invoices that send themselves - Acme"
    assert titles.clean(raw, site, drop_suffix=True, front_page=True) == "Acme: Invoices that send themselves"
    assert titles.clean(raw, site, drop_suffix=True) == "Invoices that send themselves"
    pipe = "Acme | Invoices that send themselves"
    assert titles.clean(pipe, site, front_page=True) == "Invoices that send themselves"
