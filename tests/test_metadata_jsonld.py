from __future__ import annotations

import datetime as dt

import lxml.html

from thresher.article import FieldName
from thresher.candidate import Proposal
from thresher.metadata import jsonld


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def values(proposals: list[Proposal], field: FieldName) -> dict[str, object]:
    """rule -> value for one field."""
    return {p.rule: p.value for p in proposals if p.field is field}


def _page(script: str) -> str:
    return f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'


def test_graph_with_id_reference_and_author_list() -> None:
    page = _page("""{"@graph": [
        {"@type": "BlogPosting", "headline": "Hello",
         "author": [{"@id": "#p1"}, {"@type": "Person", "name": "Bo Chan"}],
         "datePublished": "2024-05-14T08:30:00Z", "dateModified": "2024-06-01"},
        {"@type": "Person", "@id": "#p1", "name": "Ann Lee"}]}""")
    found = jsonld.extract(tree(page))
    assert values(found, FieldName.AUTHORS) == {"structured.jsonld.article.author.person": ["Ann Lee", "Bo Chan"]}
    dates = values(found, FieldName.DATE)
    assert list(dates) == ["structured.jsonld.article.datePublished"]
    assert dates["structured.jsonld.article.datePublished"] == dt.datetime(2024, 5, 14, 8, 30, tzinfo=dt.UTC)


def test_modified_is_never_the_date() -> None:
    found = jsonld.extract(tree(_page('{"@type": "NewsArticle", "headline": "X", "dateModified": "2024-06-01"}')))
    assert values(found, FieldName.DATE) == {}


def test_product_name_is_not_a_title_and_review_author_not_an_author() -> None:
    page = _page("""{"@type": "Product", "name": "Shoe",
        "review": {"@type": "Review", "author": {"@type": "Person", "name": "Kim"}, "datePublished": "2024-01-01"}}""")
    found = jsonld.extract(tree(page))
    assert not [p for p in found if p.field in (FieldName.TITLE, FieldName.AUTHORS, FieldName.DATE)]
    assert "product" in jsonld.page_kinds(tree(page))


def test_list_of_documents_html_entities_and_written_dates() -> None:
    page = _page(
        '[{"@type": "WebSite", "name": "Site &amp; Co"}, '
        '{"@type": ["Article"], "name": "Caf&eacute; <b>life</b>", "datePublished": "Feb 08, 2022"}]'
    )
    found = jsonld.extract(tree(page))
    assert values(found, FieldName.TITLE) == {"structured.jsonld.article.headline": "Café life"}
    assert values(found, FieldName.SITE_NAME) == {"structured.jsonld.website.name": "Site & Co"}
    assert values(found, FieldName.DATE) == {"structured.jsonld.article.datePublished": dt.date(2022, 2, 8)}


def test_organisation_author_is_weaker_than_a_person() -> None:
    found = jsonld.extract(tree(_page('{"@type": "Article", "author": {"@type": "Organization", "name": "Acme"}}')))
    [proposal] = [p for p in found if p.field is FieldName.AUTHORS]
    assert proposal.rule.endswith("author.organization")
    assert proposal.strength < jsonld.ARTICLE_PERSON


def test_broken_json_is_skipped_and_trailing_commas_tolerated() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "Article", oops</script>'
        '<script type="application/ld+json">{"@type": "Article", "headline": "Fine",}</script></head></html>'
    )
    assert values(jsonld.extract(tree(page)), FieldName.TITLE) == {"structured.jsonld.article.headline": "Fine"}


def test_declared_author_names_are_kept_as_written() -> None:
    # A name in an author field needs no byline reading: lower case, handles and teams stay.
    for name in ("kirstin boatto", "Mr_Enigmatic", "Camphouse Team"):
        page = _page(f'{{"@type": "BlogPosting", "headline": "X", "author": {{"@type": "Person", "name": "{name}"}}}}')
        assert values(jsonld.extract(tree(page)), FieldName.AUTHORS) == {
            "structured.jsonld.article.author.person": [name]
        }
    for junk in ("admin", "someone@example.com", "undefined"):
        page = _page(f'{{"@type": "BlogPosting", "headline": "X", "author": {{"@type": "Person", "name": "{junk}"}}}}')
        assert values(jsonld.extract(tree(page)), FieldName.AUTHORS) == {}
