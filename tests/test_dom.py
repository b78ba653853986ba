"""The native DOM extractor on hand-made pages of each type (fixtures/dom/)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import thresher
from thresher.article import FieldName, SegmentKind
from thresher.extractors.dom import DomExtractor
from thresher.page import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dom"


def run(name: str):
    page = Page.load((FIXTURES / name).read_text(encoding="utf-8"))
    return page, DomExtractor().extract(page)


def body_of(candidate) -> str:
    proposal, = candidate.for_field(FieldName.BODY)
    return "\n".join(segment.text for segment in proposal.value)


def test_forum_thread_keeps_every_post_and_drops_the_sidebar():
    _, candidate = run("forum.html")
    body = body_of(candidate)
    for words in ("smelled sharply of acetone", "Not ruined at all", "Two feedings a day fixed it"):
        assert words in body
    for chaff in ("Popular threads", "Best flour for baguettes", "Copyright", "Members"):
        assert chaff not in body


def test_product_page_keeps_description_and_spec_table():
    _, candidate = run("product.html")
    proposal, = candidate.for_field(FieldName.BODY)
    tables = [s for s in proposal.value if s.kind is SegmentKind.TABLE]
    assert tables and tables[0].rows[0] == ("Weight", "290 g")
    body = body_of(candidate)
    assert "lugged outsole" in body
    for chaff in ("cookies", "Share on Facebook", "You may also like", "Road Runner", "newsletter"):
        assert chaff not in body


def test_docs_page_keeps_code_and_drops_sidebar_and_toc():
    _, candidate = run("docs.html")
    proposal, = candidate.for_field(FieldName.BODY)
    kinds = [s.kind for s in proposal.value]
    assert kinds.count(SegmentKind.CODE) == 2
    assert SegmentKind.HEADING in kinds and SegmentKind.LIST_ITEM in kinds
    body = body_of(candidate)
    assert 'Path("notes.txt").read_text()' in body
    for chaff in ("Installation", "Glob patterns", "On this page", "CC-BY"):
        assert chaff not in body


def test_listing_keeps_its_items():
    _, candidate = run("listing.html")
    body = body_of(candidate)
    for item in ("Beginner welding", "Laser cutter induction", "Wood lathe basics", "free design software"):
        assert item in body
    for chaff in ("Membership", "monthly newsletter", "Mill Lane"):
        assert chaff not in body


def test_title_is_the_h1_nearest_the_body_with_a_low_strength():
    _, candidate = run("docs.html")
    title, = candidate.for_field(FieldName.TITLE)
    assert title.value == "Reading files"
    assert title.strength == pytest.approx(0.3)
    assert "Reading files" not in [s.text for s in candidate.for_field(FieldName.BODY)[0].value]


@pytest.mark.parametrize("name", ["forum.html", "product.html", "docs.html", "listing.html"])
def test_every_block_is_explained_and_strength_is_a_probability(name):
    _, candidate = run(name)
    assert candidate.blocks and all(block.reason for block in candidate.blocks)
    assert all(not block.kept or block.label == "body" for block in candidate.blocks)
    body, = candidate.for_field(FieldName.BODY)
    assert 0.0 < body.strength < 1.0


def test_a_clearer_article_gets_a_stronger_body():
    prose = "<p>" + "A plain sentence of an article, with some commas, and a full stop. " * 6 + "</p>"
    clean = Page.load(f"<html><body><article>{prose * 5}</article></body></html>")
    noisy = Page.load(f"<html><body><article>{prose * 5}</article><aside>{prose * 4}</aside></body></html>")
    strength = {name: DomExtractor().extract(page).for_field(FieldName.BODY)[0].strength
                for name, page in (("clean", clean), ("noisy", noisy))}
    assert strength["clean"] > strength["noisy"]


def test_the_page_tree_is_not_modified():
    page, _ = run("product.html")
    before = lxml.html.tostring(page.tree)
    DomExtractor().extract(page)
    assert lxml.html.tostring(page.tree) == before


def test_pages_without_text_give_an_empty_candidate():
    candidate = DomExtractor().extract(Page.load("<html><body><div><img src='x.png'></div></body></html>"))
    assert candidate.proposals == ()


def test_accepts_html_only():
    assert DomExtractor().accepts(Page.load("<html><body><p>Hi there.</p></body></html>"))
    assert not DomExtractor().accepts(Page.load("just some plain text\nover two lines"))


def test_runs_by_name_in_a_chain():
    html = (FIXTURES / "docs.html").read_text(encoding="utf-8")
    article = thresher.extract(html, chain=thresher.Chain(["dom"]))
    assert article.provenance["body"].extractor == "dom"
    assert "```" in article.to_markdown()


def test_a_listing_under_a_page_wide_wrapper_beats_a_wordy_consent_dialog():
    """The dialog holds the most prose, the listing is link-heavy cards: the listing is the content."""
    _, candidate = run("listing_consent.html")
    body = body_of(candidate)
    for item in ("Slow-roasted tomato soup", "rested batter", "Lemon drizzle loaf", "garam masala"):
        assert item in body
    for chaff in ("privacy", "partners store", "legitimate interest", "Recipes"):
        assert chaff not in body


def test_a_dialog_that_wraps_the_whole_page_is_no_overlay():
    prose = "<p>" + "A plain sentence of an article, with some commas, and a full stop. " * 6 + "</p>"
    page = Page.load(f"<html><body><div class='body_overlay'><article>{prose * 4}</article>"
                     f"<div class='modal'><p>Log in to keep reading.</p></div></div></body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "A plain sentence" in body and "Log in" not in body


def test_a_login_dialog_whose_first_cue_is_login_still_floats():
    """"login-modal" names the search-and-login concept first; its "modal" still makes it an overlay."""
    short = "<p>A short video story about the season, in two sentences. It ends here.</p>"
    errors = "".join(f"<p role='alert'>This e-mail address looks wrong, error number {n}, please try again.</p>"
                     for n in range(8))
    menu = "".join(f"<li><a href='/s{n}'>A section of the site, number {n}</a></li>" for n in range(30))
    dialog = f"<div class='login-modal dark-modal'><form><fieldset>{errors}</fieldset></form></div>"
    page = Page.load(f"<html><body><nav><ul>{menu}</ul></nav><article class='post-page'>{short}</article>"
                     f"{dialog}</body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "video story" in body and "e-mail address" not in body


def _discussion(heading_before: str, heading_after: str) -> Page:
    """A page of prose (over 800 characters) then seven posts marked as comments, between two headings."""
    lead = "<p>" + "The opening post sets out the question at length, with detail and care. " * 4 + "</p>"
    reply = "I had the same trouble, and a slower feed rate fixed it for me. " * 4
    post = "<div class='comment'><p>{}: " + reply + "</p></div>"
    posts = "".join(post.format(name) for name in ("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"))
    return Page.load(f"<html><body><main><div class='topic'>{lead * 4}</div><h2>{heading_before}</h2>{posts}"
                     f"<h2>{heading_after}</h2><p>Sign in to reply.</p></main></body></html>")


def test_forum_posts_under_a_recommended_heading_are_kept_when_the_discussion_prompt_follows_them():
    body = body_of(DomExtractor().extract(_discussion("Recommended Posts", "Join the discussion")))
    assert all(f"{name}: I had the same trouble" in body for name in ("Ann", "Di", "Gus"))


def test_article_comments_announced_by_a_long_heading_are_dropped():
    title = "“A very long article title that goes on well past eighty characters, as blog titles do”"
    body = body_of(DomExtractor().extract(_discussion(f"7 Comments on {title}", "About the author")))
    assert "opening post sets out" in body and "same trouble" not in body


def test_a_page_of_links_only_is_read_as_a_listing():
    """No prose container scores (every line is mostly a link): the rows of links are the content."""
    rows = "".join(f"<div class='row'>{n}. <a href='/s/{n}'>Story number {n} about a topic of the day</a>"
                   f" (example.org)</div>" for n in range(1, 9))
    page = Page.load(f"<html><body><div class='top'><a href='/'>Home</a> <a href='/new'>New</a></div>"
                     f"<div class='stories'>{rows}</div></body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "Story number 1 about" in body and "Story number 8 about" in body
    assert "Home" not in body


def test_figure_captions_are_left_out_of_the_body():
    prose = [f"<p>The river rose through the night for the {n} time and by morning the lower town was under water.</p>"
             for n in ("first", "second", "third", "fourth", "fifth")]
    caption = "<figcaption>Residents wade through the main square on Tuesday.</figcaption>"
    figure = f"<figure><img src='flood.jpg'>{caption}</figure>"
    page = Page.load(f"<html><body><article>{''.join(prose[:3])}{figure}{''.join(prose[3:])}</article></body></html>")
    candidate = DomExtractor().extract(page)
    body = body_of(candidate)
    assert "The river rose" in body
    assert "Residents wade" not in body


def _sentences(topic: str, count: int) -> str:
    return f"Our {topic} service helps teams plan, build and run their work, with care and at a fair price. " * count


def _features(topic: str) -> str:
    """A section of short feature lines: no line is prose enough to be taken in from beside the region."""
    items = "".join(f"<li>{topic.title()} feature {n}: planned with you, delivered on time</li>" for n in range(5))
    return f"<h2>{topic.title()}</h2><ul>{items}</ul>"


def _landing_page(wrapper_class: str = "page") -> Page:
    """A service page of sections nested unlike each other, no <main>: the prose is a fifth of the text."""
    sections = (
        f"<div class='hero'><div class='inner'><p>{_sentences('design', 2)}</p></div></div>"
        f"<div class='row'><div><div class='col'>{_features('consulting')}</div></div></div>"
        f"<section>{_features('support')}</section>"
        f"<div class='grid'><div><div><div class='cell'>{_features('training')}</div></div></div></div>"
    )
    return Page.load(f"<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
                     f"<div class='{wrapper_class}'>{sections}</div>"
                     f"<footer><p>Copyright Example Ltd, all rights reserved, 2026.</p></footer></body></html>")


def test_a_page_of_many_sections_keeps_them_all():
    """No section holds 30% of the page's uncued text: the region widens to the element holding them all."""
    body = body_of(DomExtractor().extract(_landing_page()))
    assert "Our design service" in body
    for topic in ("Consulting", "Support", "Training"):
        assert f"{topic} feature 3" in body
    assert "Copyright" not in body and "About us" not in body


def test_a_cue_wrapping_the_whole_page_does_not_hide_its_sections():
    """An off-canvas wrapper around everything is no boilerplate: its sections still count as uncued text."""
    body = body_of(DomExtractor().extract(_landing_page("off-canvas-wrapper")))
    for topic in ("Consulting", "Support", "Training"):
        assert f"{topic} feature 3" in body


def test_a_story_holding_most_of_the_page_does_not_widen():
    """The story holds over 30% of the page's uncued text, the links beside it the rest: they stay out."""
    story = "".join(f"<p>{_sentences(topic, 4)}</p>" for topic in ("news", "report", "review", "study"))
    links = "".join(f"<li><a href='/s/{n}'>Another headline about a different topic, number {n}</a></li>"
                    for n in range(18))
    page = Page.load(f"<html><body><div class='wrap'><div class='story'>{story}</div>"
                     f"<div class='more'><ul>{links}</ul></div></div></body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "Our news service" in body and "Another headline" not in body


def test_the_region_does_not_widen_past_the_content_landmark():
    """#content holds the story: the lists of other headlines beside it stay out, though they hold more text."""
    story = "".join(f"<p>{_sentences(topic, 4)}</p>" for topic in ("news", "report"))
    groups = "".join(
        f"<div class='box-{kind}'><ul>" + "".join(
            f"<li><a href='/s/{g}{n}'>Another headline about a different topic, number {g}{n}</a></li>"
            for n in range(8)) + "</ul></div>"
        for g, kind in enumerate(("news", "sport", "money", "travel")))
    page = Page.load(f"<html><body><div class='wrap'><div id='content'>{story}</div>{groups}</div></body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "Our news service" in body and "Another headline" not in body


def test_a_story_under_misleading_cues_does_not_widen_to_the_rest_of_the_page():
    """Each paragraph sits in a box named like a banner: the page's little uncued text is no reason to widen."""
    story = "".join(f"<div class='banner-story'><p>{_sentences(topic, 9)}</p></div>" for topic in ("news", "report"))
    page = Page.load(f"<html><body><div class='wrap'><div class='story'>{story}</div></div>"
                     f"<div class='note'><p>Back to the overview of all posts</p></div></body></html>")
    body = body_of(DomExtractor().extract(page))
    assert "Our news service" in body and "Back to the overview" not in body
