import datetime as dt
import json

from thresher.article import Article, Provenance, Segment, SegmentKind

KEYS = ["title", "authors", "date", "body", "site_name", "description", "language", "tags", "url",
        "format", "confidence", "provenance"]


def _article() -> Article:
    return Article(
        title="A title",
        authors=["Ann Lee", "Bo Chan"],
        date=dt.date(2025, 3, 27),
        segments=(
            Segment(kind=SegmentKind.HEADING, text="Intro", level=2),
            Segment(kind=SegmentKind.PARAGRAPH, text="First paragraph."),
            Segment(kind=SegmentKind.LIST_ITEM, text="one", level=1),
            Segment(kind=SegmentKind.LIST_ITEM, text="two", level=1),
            Segment(kind=SegmentKind.TABLE, text="a | b\n1 | 2", rows=(("a", "b"), ("1", "2"))),
            Segment(kind=SegmentKind.CODE, text="print(1)"),
        ),
        format="html",
        confidence={"title": 0.9, "overall": 0.5},
        provenance={"title": Provenance(extractor="structured", rule="jsonld.headline")},
    )


def test_to_dict_keys_are_the_public_contract():
    assert list(_article().to_dict()) == KEYS


def test_to_dict_round_trips_through_json():
    data = _article().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["date"] == "2025-03-27"
    assert data["provenance"]["title"] == {"extractor": "structured", "rule": "jsonld.headline",
                                           "agreeing": []}


def test_body_is_segments_separated_by_blank_lines():
    assert _article().body.split("\n\n")[:2] == ["Intro", "First paragraph."]


def test_markdown_keeps_structure():
    markdown = _article().to_markdown()
    assert markdown.startswith("# A title\n\n*By Ann Lee, Bo Chan · 2025-03-27*")
    assert "## Intro" in markdown
    assert "- one\n- two" in markdown
    assert "| a | b |\n| --- | --- |\n| 1 | 2 |" in markdown
    assert "```\nprint(1)\n```" in markdown


def test_empty_article_has_absent_fields():
    article = Article()
    assert article.title is None and article.authors == [] and article.date is None
    assert article.body == ""
