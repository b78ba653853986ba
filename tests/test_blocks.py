"""DOM → blocks: kinds, text, link density, ancestor cues, and a tree left untouched."""

from __future__ import annotations

import lxml.html
import pytest

from thresher.blocks import BlockKind, build_blocks
from thresher.labels import Label


def blocks_of(body: str):
    return build_blocks(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def test_block_kinds_follow_the_elements():
    blocks = blocks_of("<h2>Head</h2><p>Para text.</p><ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>"
                       "<pre>x = 1\n  y = 2</pre><table><tr><td>a</td><td>b</td></tr></table>"
                       "<blockquote>Quoted.</blockquote>")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Head"), (BlockKind.PARAGRAPH, "Para text."), (BlockKind.LIST_ITEM, "one"),
        (BlockKind.LIST_ITEM, "two"), (BlockKind.LIST_ITEM, "deep"), (BlockKind.CODE, "x = 1\n  y = 2"),
        (BlockKind.TABLE, "a b"), (BlockKind.QUOTE, "Quoted."),
    ]
    assert blocks[0].level == 2
    assert [b.level for b in blocks[2:5]] == [1, 1, 2]


def test_loose_text_of_a_div_is_one_block_split_by_child_blocks():
    blocks = blocks_of("<div>First line<br>second <b>bold</b> line<p>A paragraph.</p>tail text</div>")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TEXT, "First line second bold line"), (BlockKind.PARAGRAPH, "A paragraph."),
        (BlockKind.TEXT, "tail text"),
    ]


def test_link_density_counts_link_characters():
    block, = blocks_of('<p>abcd <a href="/">efgh</a></p>')
    assert block.chars == 8
    assert block.link_density == pytest.approx(0.5)


def test_a_block_inside_a_link_is_all_link():
    heading, = blocks_of('<a href="/x"><h3>Card title</h3></a>')
    assert heading.link_density == 1.0


def test_cues_come_from_tags_roles_and_class_words():
    blocks = blocks_of('<nav><p>Menu</p></nav><div role="contentinfo"><p>Foot</p></div>'
                       '<div class="share-bar"><p>Tweet</p></div><div class="timeshare"><p>Plain</p></div>')
    assert [[c.label for c in b.cues] for b in blocks] == [[Label.NAV], [Label.FOOTER], [Label.SHARE], []]


def test_hashed_and_wordpress_class_names_are_not_cues():
    blocks = blocks_of('<div class="layout-28c65ad00c"><p>One</p></div>'
                       '<article class="post category-news tag-local"><p>Two</p></article>')
    assert all(not b.cues for b in blocks)


def test_body_classes_are_no_cue():
    tree = lxml.html.document_fromstring('<html><body class="has-sidebar meta"><p>Text here.</p></body></html>')
    assert build_blocks(tree)[0].cues == ()


def test_scripts_and_styled_hidden_elements_are_skipped_but_hidden_attribute_is_not():
    blocks = blocks_of('<script>var x;</script><div style="display: none">Gone</div>'
                       '<div hidden><p>Streamed article text.</p></div>')
    assert [b.text for b in blocks] == ["Streamed article text."]


def test_content_inside_a_misparsed_button_is_kept():
    blocks = blocks_of("<button>Menu<main><p>The article.</p></main></button><button>Close</button>")
    texts = [b.text for b in blocks]
    assert "The article." in texts
    assert "Close" not in texts


def test_repeated_text_is_counted():
    blocks = blocks_of("<p>Share</p><p>Body text.</p><p>Share</p>")
    assert [b.repeats for b in blocks] == [2, 1, 2]


def test_layout_tables_are_walked_data_tables_kept_whole():
    blocks = blocks_of("<table><tr><td><p>Layout cell paragraph.</p></td></tr></table>")
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]


def test_the_tree_is_not_modified():
    tree = lxml.html.document_fromstring("<html><body><div class='nav'><p>a<br>b</p></div><script>1</script>"
                                         "<button><div>x</div></button></body></html>")
    before = lxml.html.tostring(tree)
    build_blocks(tree)
    assert lxml.html.tostring(tree) == before


def test_a_cue_on_a_wrapper_of_nearly_the_whole_page_is_dropped():
    prose = "<p>" + "Plain words of the article, long enough to count for something here. " * 4 + "</p>"
    blocks = blocks_of(f'<div class="off-canvas"><nav><a>Home</a></nav>{prose * 3}</div>')
    assert [c.label for c in blocks[0].cues] == [Label.NAV]  # the real <nav> keeps its cue
    assert all(not b.cues for b in blocks[1:])


def test_a_comments_wrapper_keeps_its_cue_even_around_most_of_the_page():
    post = "<p>" + "I tried this and the starter rose again after two days of feeding. " * 3 + "</p>"
    blocks = blocks_of(f'<div class="comments">{post * 4}</div>')
    assert all([c.label for c in b.cues] == [Label.COMMENTS] for b in blocks)


def test_search_results_are_no_search_cue_but_a_search_form_is():
    blocks = blocks_of('<div class="search-results"><p>First result.</p></div>'
                       '<div class="search_page"><p>Second result.</p></div><div class="search-form"><p>Find</p></div>')
    assert [[c.label for c in b.cues] for b in blocks] == [[], [], [Label.SEARCH]]


def test_ruby_reading_aids_and_soft_hyphens_are_not_text() -> None:
    page = lxml.html.document_fromstring(
        "<html><body><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>を"
        "なくす</p><p>St. Mag\u00adda\u00adle\u00adner</p></body></html>")
    assert [block.text for block in build_blocks(page)] == ["子どもへの虐待をなくす", "St. Magdalener"]


def test_adapter_segments_drop_ruby_reading_aids_and_soft_hyphens_too() -> None:
    from thresher.segments import tree_segments

    root = lxml.html.fragment_fromstring("<div><p><ruby>子<rt>こ</rt></ruby>ども</p><p>Wein\u00adkenner</p></div>")
    assert [segment.text for segment in tree_segments(root)] == ["子ども", "Weinkenner"]
