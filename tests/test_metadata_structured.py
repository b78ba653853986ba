"""The structured extractor as a whole: the vote between sources, and absence when evidence is thin."""

from __future__ import annotations

import datetime as dt

from thresher.article import FieldName
from thresher.extractors.structured import StructuredExtractor
from thresher.page import Page


def _extract(html: str, url: str = "https://www.example.org/a", **options: bool) -> dict[FieldName, object]:
    candidate = StructuredExtractor(**options).extract(Page(html, url=url))
    fields = [p.field for p in candidate.proposals]
    assert len(fields) == len(set(fields)), "one proposal per field"
    return {p.field: p.value for p in candidate.proposals}


def test_agreement_raises_strength() -> None:
    one = '<html><head><meta name="author" content="Ann Lee"></head><body><p>x</p></body></html>'
    two = (
        '<html><head><meta name="author" content="Ann Lee"></head><body><p>x</p>'
        '<p><a rel="author" href="/a">Ann Lee</a></p></body></html>'
    )
    strengths = [
        next(p.strength for p in StructuredExtractor().extract(Page(h)).proposals if p.field is FieldName.AUTHORS)
        for h in (one, two)
    ]
    assert strengths[1] > strengths[0]


def test_site_name_is_an_author_unless_refused() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Acme Blog"><meta name="author" content="Acme Blog">'
        "</head><body><p>x</p></body></html>"
    )
    assert _extract(html)[FieldName.AUTHORS] == ["Acme Blog"]
    assert FieldName.AUTHORS not in _extract(html, site_name_authors=False)


def test_site_name_is_no_author_when_a_person_is_named() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Acme Blog"><meta name="author" content="Acme Blog">'
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", "name": "Ann Lee"}}'
        "</script></head><body><p>x</p></body></html>"
    )
    assert _extract(html)[FieldName.AUTHORS] == ["Ann Lee"]


def test_organisation_dropped_when_a_person_is_named() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "Article", "author": '
        '[{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "Acme Media"}]}</script>'
        "</head><body><p>x</p></body></html>"
    )
    assert _extract(html)[FieldName.AUTHORS] == ["Ann Lee"]


def test_undated_page_gets_no_date_from_a_lone_weak_source() -> None:
    html = "<html><body><h1>Contact us</h1><p>Open since 2010. © 2024 Acme. Call before Dec 1, 2024.</p></body></html>"
    assert FieldName.DATE not in _extract(html)


def test_url_and_meta_dates_agree() -> None:
    html = '<html><head><meta property="article:published_time" content="2024-05-31"></head><body></body></html>'
    assert _extract(html, url="https://x.org/2024/05/31/slug")[FieldName.DATE] == dt.date(2024, 5, 31)


def test_accepts_only_html() -> None:
    assert not StructuredExtractor().accepts(Page("just some text\nin lines\n"))


def test_home_page_has_no_date_and_no_weak_author() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-05-31">'
        '<meta name="author" content="Ann Lee"></head><body><h1>Welcome</h1><p>Posted on May 30, 2024</p></body></html>'
    )
    home = _extract(html, url="https://www.example.org/")
    assert FieldName.DATE not in home and FieldName.AUTHORS not in home
    assert _extract(html, url="https://www.example.org/?p=12")[FieldName.DATE] == dt.date(2024, 5, 31)


def test_collection_page_stamp_is_not_a_publication_date() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-06-06">'
        '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Shop"}</script>'
        "</head><body><h1>Shop</h1></body></html>"
    )
    assert FieldName.DATE not in _extract(html, url="https://www.example.org/shop/")


def test_slogan_h1_yields_to_the_declared_title_off_articles() -> None:
    html = (
        "<html><head><title>Page builder for teams | Acme</title>"
        '<meta property="og:title" content="Page builder for teams">'
        "</head><body><h1>Your content. Your canvas.</h1><p>x</p></body></html>"
    )
    assert _extract(html)[FieldName.TITLE] == "Page builder for teams"
    article = html.replace("<head>", '<head><meta property="og:type" content="article">')
    assert _extract(article)[FieldName.TITLE] == "Your content. Your canvas."


def test_signals_tell_the_page_kind_and_the_value_passed_over() -> None:
    product = (
        '<html><head><script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>'
        '<meta name="author" content="Ann Lee"></head><body><h1>Kettle</h1>'
        '<p><a rel="author" href="/b">Bo Chan</a></p></body></html>'
    )
    signals = StructuredExtractor().extract(Page(product, url="https://www.example.org/kettle")).signals
    assert signals["page.non_article"] == 1.0 and signals["page.declares_article"] == 0.0
    article = (
        '<html><head><meta property="og:type" content="article"><meta name="author" content="Ann Lee">'
        '</head><body><h1>News</h1><p><a rel="author" href="/b">Bo Chan</a></p></body></html>'
    )
    signals = StructuredExtractor().extract(Page(article, url="https://www.example.org/news/1")).signals
    assert signals["page.declares_article"] == 1.0 and signals["page.non_article"] == 0.0
    assert 0.0 < signals["authors.rival_support"] < 1.0  # rel=author's Bo Chan lost to the meta tag's Ann Lee
    assert signals["authors.families"] == 2.0


def test_front_page_title_keeps_the_site_name_before_a_colon() -> None:
    html = ('<html><head><title>Acme: Invoices that send themselves</title>'
            '<meta property="og:site_name" content="Acme"></head><body><p>x</p></body></html>')
    assert _extract(html, url="https://acme.example/")[FieldName.TITLE] == "Acme: Invoices that send themselves"
    assert _extract(html, url="https://acme.example/pricing")[FieldName.TITLE] == "Invoices that send themselves"
