import datetime as dt

import thresher
from thresher.article import SegmentKind
from thresher.extractors.frontmatter import markdown_segments


def test_seed_000_front_matter_record(fixtures):
    article = thresher.extract((fixtures / "seeds" / "000_front_matter.txt").read_bytes())
    assert article.format == "front_matter"
    assert article.title == "Baidu\u2019s Strategic Approach to Navigate AI Development amidst US Export Restrictions"
    assert isinstance(article.date, dt.date)
    assert article.date.isoformat()[:10] == "2023-11-22"
    assert article.site_name == "Gizmochina"
    assert article.authors == []
    assert article.tags == ["AI Hardware", "AI"]
    assert article.url == "https://www.gizmochina.com/2023/11/22/baidu-us-ai-development-restriction/"
    assert article.description.startswith("This suggests a potential shift")


def test_related_items_and_opaque_blobs_never_reach_the_body(fixtures):
    article = thresher.extract((fixtures / "seeds" / "000_front_matter.txt").read_bytes())
    text = article.to_json()
    assert "Baidu beats Q3" not in article.body and "PL27Kgbj" not in article.body
    assert "aol.com" not in text and "PL27Kgbj" not in text


def test_jekyll_style_record_with_markdown_body():
    record = """---
layout: post
title: "Hello, world"
date: 2024-02-03 10:00:00 +0100
author: By Ann Lee and Bo Chan
tags: [python, scraping]
published: true
---
# Intro

First paragraph
wraps here.

- one
- two
"""
    article = thresher.extract(record)
    assert article.title == "Hello, world"
    assert article.authors == ["Ann Lee", "Bo Chan"]
    assert article.date.isoformat()[:10] == "2024-02-03"
    assert article.tags == ["python", "scraping"]
    assert article.body.startswith("Intro\n\nFirst paragraph wraps here.")


def test_markdown_segments_structure():
    segments = markdown_segments("## Head\n\ntext\n\n1. a\n2. b")
    assert [s.kind for s in segments] == [SegmentKind.HEADING, SegmentKind.PARAGRAPH,
                                          SegmentKind.LIST_ITEM, SegmentKind.LIST_ITEM]
    assert segments[0].level == 2 and segments[2].ordered


def test_boolean_and_unparseable_values_are_not_dates():
    article = thresher.extract("---\ntitle: T\npublished: true\ndate: someday\n---\n")
    assert article.date is None
