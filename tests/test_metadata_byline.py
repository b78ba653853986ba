from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from thresher.article import FieldName
from thresher.candidate import Proposal
from thresher.metadata import byline


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def values(proposals: list[Proposal], field: FieldName) -> dict[str, object]:
    """rule -> value for one field."""
    return {p.rule: p.value for p in proposals if p.field is field}


def _body(html: str) -> str:
    return f"<html><body><h1>Title</h1>{html}<p>Body text of the article.</p></body></html>"


def credited(html: str) -> dict[str, object]:
    """rule -> authors the byline rules read from ``html`` set between a title and a body."""
    return values(byline.extract(tree(_body(html))), FieldName.AUTHORS)


@pytest.mark.parametrize(
    "text, names",
    [
        ("By Ann Lee", ["Ann Lee"]),
        ("Written by Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Von Max Müller und Erika Mustermann", ["Max Müller", "Erika Mustermann"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Por María de la Cruz", ["María de la Cruz"]),
        ("Di Marco Rossi", ["Marco Rossi"]),
        ("Przez Jan Kowalski", ["Jan Kowalski"]),
        ("Door Piet de Vries", ["Piet de Vries"]),
        ("Escrito por João Silva", ["João Silva"]),
    ],
)
def test_byline_text_in_several_languages(text: str, names: list[str]) -> None:
    found = credited(f"<p>{text}</p>")
    assert found == {"structured.byline.text": names}


def test_by_followed_by_a_link() -> None:
    found = byline.extract(tree(_body('<p>By <a href="/a">Ann Lee</a></p>')))
    assert values(found, FieldName.AUTHORS)["structured.byline.text"] == ["Ann Lee"]


def test_sentences_and_credits_are_not_bylines() -> None:
    page = _body(
        "<p>by integrating the new system, costs fell.</p><footer><p>By Site Team</p></footer>"
        '<div class="author-bio"><p>By Someone Else</p></div>'
    )
    assert values(byline.extract(tree(page)), FieldName.AUTHORS) == {}


@pytest.mark.parametrize(
    "text, day",
    [
        ("Posted on March 3, 2024", dt.date(2024, 3, 3)),
        ("Veröffentlicht am 12. März 2024", dt.date(2024, 3, 12)),
        ("Publié le 3 mai 2024", dt.date(2024, 5, 3)),
        ("Publicado el 5 de junio de 2023", dt.date(2023, 6, 5)),
        ("Pubblicato il 7 luglio 2022", dt.date(2022, 7, 7)),
        ("Opublikowano 8 sierpnia 2021", dt.date(2021, 8, 8)),
        ("Gepubliceerd op 9 september 2020", dt.date(2020, 9, 9)),
        ("Erstellt von <a href='/a'>Fabian</a> am Dienstag 6. Mai 2014", dt.date(2014, 5, 6)),
    ],
)
def test_announced_publication_date(text: str, day: dt.date) -> None:
    found = values(byline.extract(tree(_body(f"<p>{text}</p>"))), FieldName.DATE)
    assert found["structured.byline.published_text"] == day


def test_update_near_title_is_marked_weaker() -> None:
    found = [p for p in byline.extract(tree(_body("<p>Last updated: Dec 12, 2025</p>"))) if p.field is FieldName.DATE]
    assert [(p.rule, p.value) for p in found] == [("structured.byline.near_title_updated", dt.date(2025, 12, 12))]
    assert found[0].strength < byline.NEAR_TITLE


def test_date_just_above_the_headline() -> None:
    page = "<html><body><p>Last updated:</p><p>Dec 12, 2025</p><h1>Title</h1><p>Body text.</p></body></html>"
    found = [p for p in byline.extract(tree(page)) if p.field is FieldName.DATE]
    assert [(p.rule, p.value) for p in found] == [("structured.byline.near_title_updated", dt.date(2025, 12, 12))]


def _post_authors(html: str) -> object:
    return credited(html).get("structured.byline.post_author")


def test_thread_starter_from_post_attributes() -> None:
    html = (
        '<div class="block-body js-replyContainer"><article class="message" data-author="felix_99">'
        '<p>First post</p></article><article class="message" data-author="Other">Reply</article></div>'
    )
    assert _post_authors(html) == ["felix_99"]


def test_thread_starter_from_username_classes() -> None:
    html = (
        '<div class="post"><a class="username">b.scherer</a><p>Q</p></div>'
        '<div class="post"><a class="username">ann</a></div>'
    )
    assert _post_authors(html) == ["b.scherer"]


def test_one_username_class_or_usernames_in_comments_are_no_thread() -> None:
    assert _post_authors('<div class="box"><span class="username">guest42</span></div>') is None
    comments = '<div class="comments"><a class="username">a1</a><a class="username">b2</a></div>'
    assert _post_authors(comments) is None
    quoted = '<aside class="quote" data-username="quoted1">Earlier</aside>'
    assert _post_authors(quoted) is None


def test_thread_of_several_posters_outranks_a_byline_class_and_survives_layout_words() -> None:
    # The asker's handle opens the thread; answerers are credited in byline classes further down. The
    # wrappers say a sidebar stands beside the thread ("noSidebar") and carry a post menu: no region to avoid.
    html = (
        '<div class="mainContainer_noSidebar"><div class="post" id="postmenu_17">'
        '<a class="username">asker_1</a><p>Question</p></div>'
        '<div class="post"><a class="username">helper2</a><span class="author">Ann Lee</span></div></div>'
    )
    found = [p for p in byline.extract(tree(_body(html))) if p.field is FieldName.AUTHORS]
    best = max(found, key=lambda p: p.strength)
    assert (best.rule, best.value) == ("structured.byline.post_author", ["asker_1"])


def test_usernames_in_a_sidebar_or_a_menu_are_still_no_thread() -> None:
    for region in ('class="sidebar"', 'class="submenu"', 'class="main-menu"'):
        html = f'<div {region}><a class="username">a1</a><a class="username">b2</a></div>'
        assert _post_authors(html) is None


def test_author_box_names_the_author_when_no_byline_does() -> None:
    box = (
        '<div class="author-box"><h4 class="author-box__name">Liza Burke</h4>'
        "<p>Liza writes about gardens and the people who keep them.</p></div>"
    )
    assert credited(box) == {"structured.byline.author_box": ["Liza Burke"]}


def test_author_box_gives_way_to_a_byline_and_to_sidebars() -> None:
    box = '<div class="about-the-author"><h3>Liza Burke</h3><p>Bio.</p></div>'
    signed = credited("<p>By Ann Lee</p>" + box)
    assert "structured.byline.author_box" not in signed
    for region in ('class="sidebar"', 'class="widget"', 'id="comments"'):
        found = byline.extract(tree(_body(f"<div {region}>{box}</div>")))
        assert values(found, FieldName.AUTHORS) == {}


def test_an_hcard_names_one_word_authors_a_plain_byline_does_not() -> None:
    card = '<span class="byline"><span class="author vcard"><a class="url fn n" href="/a">Andrea</a></span></span>'
    assert credited(card) == {"structured.byline.class": ["Andrea"]}
    plain = '<span class="author">Andrea</span>'
    assert credited(plain) == {}


def test_an_articles_own_footer_signs_it_the_pages_footer_does_not() -> None:
    credit = '<span class="author">Posted by Günter W. Kienitz</span>'
    footers = (f"<footer>{credit}</footer>", f'<div class="post-footer">{credit}</div>', f"<aside>{credit}</aside>")
    for footer in footers:
        found = byline.extract(tree(_body(f"<article><p>Text.</p>{footer}</article>")))
        assert values(found, FieldName.AUTHORS)["structured.byline.class"] == ["Günter W. Kienitz"]
    page_footer = byline.extract(tree(_body(f"<article><p>Text.</p></article><footer>{credit}</footer>")))
    assert values(page_footer, FieldName.AUTHORS) == {}
    related = f'<article><p>Text.</p><aside class="related">{credit}</aside></article>'
    assert credited(related) == {}


def test_date_by_the_headline_among_several_h1s() -> None:
    """A logo H1 beside the headline's: the H1 the <title> holds, the longest if several, is the headline."""
    page = (
        "<html><head><title>Rivers return to town | City Office</title></head><body>"
        "<h1>City Office</h1><p>Menu</p><p>Home</p><p>News</p><p>Updated: 1 May 2025</p>"
        "<h1>Rivers return to town</h1><p>12.03.2025</p><p>Body text.</p></body></html>"
    )
    found = values(byline.extract(tree(page)), FieldName.DATE)
    assert found["structured.byline.near_title"] == dt.date(2025, 3, 12)


def test_headline_found_in_a_title_with_other_apostrophes() -> None:
    page = (
        "<html><head><title>The river's return - City Office</title></head><body>"
        "<h1>City Office</h1><h1>The river’s return</h1><p>12.03.2025</p><p>Body text.</p></body></html>"
    )
    assert values(byline.extract(tree(page)), FieldName.DATE)["structured.byline.near_title"] == dt.date(2025, 3, 12)


def test_no_date_by_a_headline_when_no_h1_is_in_the_title() -> None:
    page = (
        "<html><head><title>Something else</title></head><body><h1>Logo</h1><p>12.03.2025</p>"
        "<h1>Section</h1><p>Body text.</p></body></html>"
    )
    assert "structured.byline.near_title" not in values(byline.extract(tree(page)), FieldName.DATE)


def test_dateline_opening_the_first_paragraph() -> None:
    page = _body("<p>29.11.2022 – The industry had warned again and again that the new levy would slow the "
                 "transition, and now the cabinet has decided on it anyway, in its 30.11.2022 session.</p>")
    assert values(byline.extract(tree(page)), FieldName.DATE)["structured.byline.near_title"] == dt.date(2022, 11, 29)


def test_date_inside_a_long_sentence_is_not_a_dateline() -> None:
    page = _body("<p>The industry had warned again and again that the levy would slow the transition, and on "
                 "29.11.2022 the cabinet decided on it anyway.</p>")
    assert "structured.byline.near_title" not in values(byline.extract(tree(page)), FieldName.DATE)


def test_a_page_builders_widget_is_a_block_not_a_sidebar() -> None:
    builder = (
        '<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">{}</div></div>'
    )
    signed = builder.format("<h3>Written by Cassidy Horton</h3>")
    assert credited(signed) == {"structured.byline.text": ["Cassidy Horton"]}
    sidebar = '<div class="widget"><h3>Written by Cassidy Horton</h3></div>'
    assert credited(sidebar) == {}


def test_a_microformats2_h_card_names_one_word_authors() -> None:
    card = '<div class="byline">via <a class="u-author h-card" href="/u/scvalex">Alex</a> 1 year ago</div>'
    assert credited(card) == {"structured.byline.class": ["Alex"]}


def test_a_by_label_in_its_own_element_credits_the_next_one() -> None:
    page = '<div class="meta"><span>By</span><a href="/authors/daryl">Daryl Austin</a></div>'
    assert credited(page) == {"structured.byline.text": ["Daryl Austin"]}
    heading = "<h2>Article by</h2><div>Matias Heikkilä</div>"
    assert credited(heading) == {"structured.byline.text": ["Matias Heikkilä"]}


def test_a_teams_byline_gives_way_to_a_person_named_further_down() -> None:
    page = _body('<p class="meta">By The Acme Team</p><p>Long text.</p><p>Written by Ann Lee</p>')
    proposed = [p.value for p in byline.extract(tree(page)) if p.field is FieldName.AUTHORS]
    assert proposed == [["The Acme Team"], ["Ann Lee"]]
    alone = _body('<p class="meta">By The Acme Team</p><p>Long text.</p>')
    assert values(byline.extract(tree(alone)), FieldName.AUTHORS) == {"structured.byline.text": ["The Acme Team"]}


def test_the_headlines_wrappers_are_no_boilerplate_whatever_their_class() -> None:
    def page(wrapper: str) -> str:
        return (f"<html><head><title>Ten trends | Site</title></head><body><div class='{wrapper}'>"
                "<h1>Ten trends</h1><p>Written by</p><p>Edzel Tabing</p></div><p>Body text.</p></body></html>")

    assert values(byline.extract(tree(page("grid-area:sidebar"))), FieldName.AUTHORS) == {
        "structured.byline.text": ["Edzel Tabing"]
    }
    sidebar = _body("<div class='sidebar'><p>Written by</p><p>Edzel Tabing</p></div>")
    assert values(byline.extract(tree(sidebar)), FieldName.AUTHORS) == {}


def test_a_one_word_name_counts_in_a_dated_byline_only() -> None:
    dated = _body('<p class="meta">Posted by <a href="/u/beau">BeauHD</a> on Friday December 19, 2025</p>')
    assert values(byline.extract(tree(dated)), FieldName.AUTHORS) == {"structured.byline.text": ["BeauHD"]}
    undated = _body('<p class="meta">by <a href="/u/beau">Richard</a></p>')
    assert values(byline.extract(tree(undated)), FieldName.AUTHORS) == {}


def test_byline_classes_crediting_many_people_are_a_listing() -> None:
    names = ["Ann Lee", "Bo Chan", "Cy Diaz", "Dora Ek", "Ed Fox", "Flo Gil", "Gus Hu"]
    cards = "".join(f'<div class="card"><span class="author">{name}</span></div>' for name in names)
    assert credited(cards) == {}
    few = "".join(f'<div class="card"><span class="author">{name}</span></div>' for name in names[:2])
    assert credited(few) == {"structured.byline.class": ["Ann Lee"]}


def test_a_dated_link_to_an_authors_page_credits_its_text() -> None:
    dated = ('<div class="column"><a href="/authors/upwork-staff">The Upwork Team</a>'
             '<div>Published | <time>Oct 10, 2025</time></div></div>')
    assert credited(dated) == {"structured.byline.author_link": ["The Upwork Team"]}
    undated = '<div class="column"><a href="/author/ann-lee">Ann Lee</a></div>'
    assert credited(undated) == {}


def test_a_one_word_author_link_counts_when_its_address_spells_the_name() -> None:
    link = '<div class="info"><strong><a href="/blog/author/{}/">Yucy</a></strong><span>3/4/2025</span></div>'
    assert credited(link.format("yucy")) == {"structured.byline.author_link": ["Yucy"]}
    assert credited(link.format("yucy-chen")) == {}


def test_many_dated_author_links_are_cards_of_other_posts() -> None:
    card = '<div class="card"><a href="/author/{0}">{1}</a> <span>May {2}, 2025</span></div>'
    names = [("ann-lee", "Ann Lee", 1), ("bo-chan", "Bo Chan", 2), ("cy-dow", "Cy Dow", 3)]
    cards = "".join(card.format(*name) for name in names)
    assert credited(cards) == {}


def test_a_by_label_opening_a_link_credits_the_link_not_what_follows_it() -> None:
    credit = '<p>By <a href="/contributor/a_j_neal">A. J. Neal</a> <a href="/digital">View In Digital Edition</a></p>'
    assert credited(credit) == {"structured.byline.text": ["A. J. Neal"]}
    consent = '<p>By continuing you agree to our <a href="/privacy">Privacy Policy</a></p>'
    assert credited(consent) == {}
