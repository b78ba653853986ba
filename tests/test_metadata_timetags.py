from __future__ import annotations

import datetime as dt

import lxml.html

from thresher.metadata import timetags


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_marked_publication_time_beats_earlier_update() -> None:
    page = """<html><body><time class="updated" datetime="2024-06-01">u</time>
      <span class="posted-on"><time datetime="2024-05-14">p</time></span></body></html>"""
    [found] = timetags.extract(tree(page))
    assert (found.rule, found.value) == ("structured.time.published", dt.date(2024, 5, 14))


def test_times_in_comments_and_sidebars_are_skipped() -> None:
    page = """<html><body><div id="comments"><time datetime="2024-05-15">c</time></div>
      <aside><time datetime="2023-01-01">s</time></aside></body></html>"""
    assert timetags.extract(tree(page)) == []


def test_first_plain_time_is_weaker() -> None:
    [found] = timetags.extract(tree('<html><body><p><time datetime="2024-05-14T10:00">x</time></p></body></html>'))
    assert found.rule == "structured.time.first"
    assert found.strength < timetags.MARKED


def test_time_without_datetime_reads_its_text() -> None:
    page = lxml.html.document_fromstring("<html><body><h1>T</h1><time>Dec 19, 2025</time><p>x</p></body></html>")
    found = timetags.extract(page)
    assert [(p.rule, p.value) for p in found] == [("structured.time.first", dt.date(2025, 12, 19))]


def test_article_wrapper_class_is_not_a_region() -> None:
    page = lxml.html.document_fromstring(
        '<html><body><main class="with-sidebar"><time datetime="2025-11-02">Nov 2</time></main></body></html>'
    )
    assert [p.value for p in timetags.extract(page)] == [dt.date(2025, 11, 2)]


def test_time_inside_main_ignores_the_layout_around_it() -> None:
    page = """<html><body><div class="page page--wsidebar"><main><article>
      <time class="published" datetime="2024-05-14">p</time></article></main></div></body></html>"""
    [found] = timetags.extract(tree(page))
    assert found.value == dt.date(2024, 5, 14)


def test_post_categories_and_tags_are_not_regions() -> None:
    page = """<html><body><div class="post category-popular tag-comments">
      <time class="published" datetime="2024-05-14">p</time></div>
      <div class="popular"><time datetime="2023-01-01">s</time></div></body></html>"""
    [found] = timetags.extract(tree(page))
    assert found.value == dt.date(2024, 5, 14)
