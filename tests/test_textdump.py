"""The text-dump extractor end to end, through ``thresher.extract`` with the default chain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import thresher
from thresher.article import FieldName, SegmentKind
from thresher.extractors.textdump import TextDumpExtractor, parse_byline
from thresher.labels import Label

from .conftest import FIXTURES

SEED_001 = FIXTURES / "seeds" / "001_io_tribune.txt"
SEED_002 = FIXTURES / "seeds" / "002_summary_card.txt"
CASES = sorted(p for p in (FIXTURES / "textdump").iterdir() if p.is_dir())


def _extract(path: Path) -> thresher.Article:
    return thresher.extract(path.read_bytes())


def _candidate(text: str) -> thresher.Candidate:
    return TextDumpExtractor().extract(thresher.Page(text, format=thresher.Format.TEXT))


# --- seed 001: a news page copied from a browser ---------------------------------------------------

@pytest.fixture(scope="module")
def io_tribune() -> thresher.Article:
    return _extract(SEED_001)


def test_seed_001_metadata(io_tribune: thresher.Article) -> None:
    assert io_tribune.format == "text"
    assert io_tribune.title == "Export Controls Threaten Global AI Cooperation, Warns Beijing Lab"
    assert io_tribune.authors == ["Lina Johnson Mercilli"]
    assert io_tribune.date == dt.date(2025, 3, 27)
    assert io_tribune.site_name == "IO Tribune"
    assert io_tribune.language == "en"


def test_seed_001_body_bounds(io_tribune: thresher.Article) -> None:
    assert io_tribune.body.startswith("Quick Takeaways")
    assert io_tribune.body.endswith("Only then can we truly harness the potential of AI for all.")


@pytest.mark.parametrize("chaff", [
    "Close Menu", "Sunday, November 2", "Top Stories", "Novak Djokovic", "Facebook", "Smart Cities",
    "Home »", "Mins Read", "Share", "Expand Your Tech Knowledge", "Dive deeper into the world",
    "Discover archived knowledge", "TechV1", "Asia China Innovation Tech technology VT1", "Previous Article",
    "Next Article", "Avatar photo", "is the editor for IO Tribune", "Related Posts", "Top 5 Must-Try",
    "November 2, 2025", "Add A Comment", "Comments are closed", "Must Read", "Categories", "Most Popular",
    "SPHEREx", "Our Picks", "Ethereum Bull Run", "Privacy Policy", "Copyright", "press Enter to search",
])
def test_seed_001_body_has_no_chaff(io_tribune: thresher.Article, chaff: str) -> None:
    assert chaff not in io_tribune.body


def test_seed_001_body_structure(io_tribune: thresher.Article) -> None:
    kinds = [(s.kind, s.text[:20]) for s in io_tribune.segments]
    assert kinds[0] == (SegmentKind.HEADING, "Quick Takeaways")
    items = [s for s in io_tribune.segments if s.kind is SegmentKind.LIST_ITEM]
    assert len(items) == 4 and all(s.ordered for s in items)
    headings = [s.text for s in io_tribune.segments if s.kind is SegmentKind.HEADING]
    assert "The Need for Balanced Regulation" in headings


def test_seed_001_every_block_has_a_reason() -> None:
    candidate = _candidate(SEED_001.read_text(encoding="utf-8"))
    assert len(candidate.blocks) > 100
    assert all(block.reason for block in candidate.blocks)
    labels = {block.text: block.label for block in candidate.blocks}
    assert labels["Related Posts"] == Label.RELATED
    assert labels["Sunday, November 2"] == Label.HEADER
    assert labels["Expand Your Tech Knowledge"] == Label.PROMO
    assert labels["Comments are closed."] == Label.COMMENTS
    assert labels["Export Controls Threaten Global AI Cooperation, Warns Beijing Lab"] == Label.TITLE


def test_seed_001_provenance(io_tribune: thresher.Article) -> None:
    assert io_tribune.provenance["title"].rule.startswith("textdump.title_before_byline")
    assert io_tribune.provenance["authors"].rule == "textdump.byline_prefix"


# --- seed 002: a summary card ---------------------------------------------------------------

@pytest.fixture(scope="module")
def card() -> thresher.Article:
    return _extract(SEED_002)


def test_seed_002_invents_no_metadata(card: thresher.Article) -> None:
    assert card.title is None
    assert card.authors == []
    assert card.date is None


def test_seed_002_keeps_summary_points_and_analysis(card: thresher.Article) -> None:
    lines = SEED_002.read_text(encoding="utf-8").splitlines()
    kept = [s.text for s in card.segments]
    assert kept == lines[:11]  # summary, five key points, two analysis paragraphs, three sentences


def test_seed_002_drops_counters_blurbs_and_channels(card: thresher.Article) -> None:
    for chaff in ("Mentions:", "The company recently blocked access", "Microsoft's approach to handling AI",
                  "The AI Daily Brief", "14month"):
        assert chaff not in card.body


# --- hand-made dumps -----------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_case(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    article = _extract(case / "input.txt")
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert (article.date.isoformat()[:10] if article.date else None) == expected["date"]
    assert article.site_name == expected["site_name"]
    assert article.language == expected["language"]
    assert article.body.startswith(expected["body_starts"])
    assert article.body.endswith(expected["body_ends"])
    for text in expected["body_includes"]:
        assert text in article.body
    for text in expected["body_excludes"]:
        assert text not in article.body, text


def test_at_least_two_hand_made_layouts() -> None:
    assert len(CASES) >= 2


# --- rules in isolation ----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "authors", "date"), [
    ("By Ann Lee | March 3, 2024", ["Ann Lee"], dt.date(2024, 3, 3)),
    ("Ann Lee | March 3, 2024", ["Ann Lee"], dt.date(2024, 3, 3)),
    ("Posted on March 3, 2024 by Jane Roe", ["Jane Roe"], dt.date(2024, 3, 3)),
    ("Von Max Mustermann | 12. März 2024", ["Max Mustermann"], dt.date(2024, 3, 12)),
    ("Lina Johnson MercilliBy Lina Johnson MercilliMarch 27, 2025No Comments3 Mins Read",
     ["Lina Johnson Mercilli"], dt.date(2025, 3, 27)),
    ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"], None),
    ("Updated October 8, 2025", [], dt.date(2025, 10, 8)),
    ("Dec. 19, 2025 · Niko Matsakis on behalf of the docs team", ["Niko Matsakis"], dt.date(2025, 12, 19)),
    ("December 15, 2025 · 30 min · 6279 words · Ash Vardanian", ["Ash Vardanian"], dt.date(2025, 12, 15)),
    ("Dec 17, 2025Julian K. Arni", ["Julian K. Arni"], dt.date(2025, 12, 17)),
])
def test_parse_byline(line: str, authors: list[str], date: dt.date | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert list(byline.authors) == authors
    assert byline.date == date


@pytest.mark.parametrize("line", [
    "Sunday, November 2", "Top 5 Must-Try New Android Apps This November!", "November 2, 2025",
    "By the time the sun set, the harbour was empty and the boats were gone for the winter.",
    "Backup Strategy January 22nd, 2019",  # a title beside its date, no separator: not a name
    "March 6, 2026Helping Meals on Wheels Providers Do More",  # a headline glued to its date
    "May 3, 2024 Backup Strategy",  # a date then a title, no separator
])
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_header_dateline_and_related_dates_are_not_the_date() -> None:
    text = "\n".join([
        "Sunday, November 2", "", "Harbour Notes", "",
        *["The ferry left at dawn and the harbour was quiet for the rest of the morning, as it often is "
          "in the autumn when the boats are laid up for the winter." for _ in range(3)],
        "", "Related Posts", "", "Another Story About Boats", "", "November 2, 2025",
    ])
    article = thresher.extract(text)
    assert article.date is None
    assert "ferry" in article.body and "Another Story" not in article.body


_PROSE = ("The ferry left at dawn and the harbour was quiet for the rest of the morning, as it often is "
          "in the autumn when the boats are laid up for the winter.")


def test_cookie_banner_and_lone_prompt_stay_out_of_the_body() -> None:
    text = "\n\n".join([
        "We and our partners use cookies to improve your experience. Select Accept to consent.",
        "Accept", "Reject", "Do you want more news like this?", "Menu", "Home", "Sport",
        "Harbour Notes", _PROSE, _PROSE, _PROSE,
    ])
    candidate = _candidate(text)
    body = next(p.value for p in candidate.proposals if p.field is FieldName.BODY)
    assert [s.text for s in body] == [_PROSE, _PROSE, _PROSE]
    title = next(p.value for p in candidate.proposals if p.field is FieldName.TITLE)
    assert title == "Harbour Notes"  # the lead heading is the title, out of the body
    assert candidate.blocks[0].label == Label.COOKIE


def test_masthead_subscribe_button_does_not_swallow_the_header() -> None:
    text = "\n\n".join(["Subscribe", "Fitness", "A Long Headline About Harbours and Their Ferries",
                      "By Ann Lee | March 3, 2024", _PROSE, _PROSE])
    article = thresher.extract(text)
    assert article.title == "A Long Headline About Harbours and Their Ferries"
    assert article.authors == ["Ann Lee"] and article.date == dt.date(2024, 3, 3)


def test_strengths_lie_in_range_and_rules_are_named() -> None:
    candidate = _candidate(SEED_001.read_text(encoding="utf-8"))
    fields = {p.field for p in candidate.proposals}
    assert {FieldName.TITLE, FieldName.AUTHORS, FieldName.DATE, FieldName.BODY, FieldName.SITE_NAME} <= fields
    assert all(p.rule.startswith("textdump.") and 0 < p.strength < 1 for p in candidate.proposals)


def test_empty_and_chaff_only_dumps_propose_no_body() -> None:
    assert _candidate("").proposals == ()
    chaff = _candidate("Home\nShare\nFacebook Twitter Pinterest Email\n© 2024 Example")
    assert all(p.field is not FieldName.BODY for p in chaff.proposals)


def test_accepts_only_text_pages() -> None:
    extractor = TextDumpExtractor()
    assert extractor.accepts(thresher.Page("Plain words here.", format=thresher.Format.TEXT))
    assert not extractor.accepts(thresher.Page("<html><body><p>x</p></body></html>"))
