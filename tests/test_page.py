import pytest

from thresher.page import Format, Page, sniff


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Format.EMPTY),
        ("  \n\t ", Format.EMPTY),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", Format.HTML),
        ("  <html lang=en><p>x</p>", Format.HTML),
        ("<?xml version='1.0' encoding='utf-8'?><html><body>x</body></html>", Format.HTML),
        ("---\ntitle: Hello\ndate: 2024-01-02\n---\nBody text.\n", Format.FRONT_MATTER),
        ("Close Menu\nHome\nNews\n\nA sentence of prose.\n", Format.TEXT),
        ("Use <p> for paragraphs, she said.\nAnd nothing else.", Format.TEXT),
        ("---\nnot: [closed\n---\ntext", Format.TEXT),
        # A stray script ahead of <html>, long enough to dilute the tag density: still a page.
        ("<script>\n" + "var x = 1;\n" * 50 + "</script>\n<html><body><p>x</p></body></html>", Format.HTML),
        # A str that kept its byte-order mark is still a page.
        ("\ufeff<!DOCTYPE html>\n<html><body><p>x</p></body></html>", Format.HTML),
        # Renderers print a <noscript>'s markup as text at the top of a dump: still a dump.
        ('<img height="1" width="1" style="display:none" src="/p?c=1"> <img src="/tr?id=2">\n'
         "  * Politics\n  * World\n\nA sentence of prose, and another one after it.\n", Format.TEXT),
    ],
)
def test_sniff(text, expected):
    assert sniff(text) is expected


def test_html_without_preamble_is_recognised_by_tag_density():
    body = "\n".join(f"<div><p>Paragraph {i}</p></div>" for i in range(10))
    assert sniff("Some preamble\n" + body) is Format.HTML


def test_tree_is_parsed_once_and_shared():
    page = Page.load(b"<html><body><p>Hello</p></body></html>")
    assert page.tree is page.tree
    assert page.tree.findtext(".//p") == "Hello"


def test_xml_declaration_does_not_break_parsing():
    page = Page.load("<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi</p></body></html>")
    assert page.tree is not None
    assert page.tree.findtext(".//p") == "Hi"


def test_text_pages_have_lines_and_no_tree():
    page = Page.load("one\ntwo\r\nthree")
    assert page.format is Format.TEXT
    assert page.tree is None
    assert page.lines == ("one", "two", "three")


def test_front_matter_is_split_from_the_body():
    page = Page.load("---\ntitle: T\ntags: [a, b]\n---\nThe body.\n")
    data, rest = page.front_matter
    assert data == {"title": "T", "tags": ["a", "b"]}
    assert rest.strip() == "The body."
