"""Lines → blocks: bullets of every renderer, headings, rejoined wraps, and block features."""

from __future__ import annotations

import textwrap

import pytest

from thresher.article import SegmentKind
from thresher.textblocks import (
    Block,
    build_blocks,
    clean_inline,
    is_date_line,
    is_link_list,
    is_title_like,
    is_yearless_date,
    read_line,
    wrap_width,
)


def _blocks(text: str) -> tuple[Block, ...]:
    return build_blocks(text.splitlines()).items


def _line(raw: str) -> tuple[SegmentKind, str, bool] | None:
    line = read_line(0, raw, [raw])
    return None if line is None else (line.kind, line.text, line.ordered)


@pytest.mark.parametrize(("raw", "text", "ordered"), [
    ("  • Home", "Home", False),
    ("* Home", "Home", False),
    ("- Home", "Home", False),
    ("+ Home", "Home", False),
    ("   o Home", "Home", False),
    ("□ Home", "Home", False),
    ("◦ Nested item", "Nested item", False),
    ("1. First step", "First step", True),
    ("12) Twelfth step", "Twelfth step", True),
    ("  * [News](/news)", "News", False),
])
def test_bullets_of_every_renderer(raw: str, text: str, ordered: bool) -> None:
    assert _line(raw) == (SegmentKind.LIST_ITEM, text, ordered)


@pytest.mark.parametrize("raw", ["o que fazer agora", "2025 was a good year", "-5 degrees outside", "Mr. Smith"])
def test_not_bullets(raw: str) -> None:
    parsed = _line(raw)
    assert parsed is not None and parsed[0] is SegmentKind.PARAGRAPH


def test_markdown_and_setext_headings() -> None:
    assert _line("## What the small ones measure") == (SegmentKind.HEADING, "What the small ones measure", False)
    blocks = _blocks("Big Title\n=========\n\nText follows here.")
    assert blocks[0].kind is SegmentKind.HEADING and blocks[0].level == 1 and blocks[0].text == "Big Title"
    assert len(blocks) == 2


def test_rules_images_and_blank_lines_make_no_blocks() -> None:
    assert _line("* * *") is None
    assert _line("-----") is None
    assert _line("![a photo](/img.jpg)") is None
    assert _line("   ") is None


def test_clean_inline_unwraps_markup() -> None:
    assert clean_inline("Read **this** [story](https://x.org/a \"t\") now") == "Read this story now"
    assert clean_inline("[12]Home [13]News") == "Home News"
    assert clean_inline("Fish &amp; Chips") == "Fish & Chips"


def test_hard_wrapped_paragraph_is_rejoined() -> None:
    para = (  # two sentences, wrapped at 72 columns below
            "The committee met on Tuesday to discuss the budget for the coming year, and after a long "
            "debate it agreed to raise the allowance for school libraries by a tenth, the first rise in "
            "a decade. Members said the decision reflected strong support from parents and teachers alike, "
            "and they promised to review the figures again in the spring.")
    wrapped = "\n".join(textwrap.wrap(para, 72))
    text = f"Menu\n\n{wrapped}\n\n{wrapped}\n\nFooter line"
    assert wrap_width(text.splitlines()) == max(len(line) for line in wrapped.splitlines())
    blocks = _blocks(text)
    assert [b.text for b in blocks] == ["Menu", para, para, "Footer line"]


def test_short_lines_are_not_joined() -> None:
    blocks = _blocks("Close Menu\nFacebook X Instagram\nSunday, November 2\nIO Tribune")
    assert len(blocks) == 4


def test_lowercase_continuation_is_joined_without_a_wrap_width() -> None:
    blocks = _blocks("This sentence was broken by the copying tool in the middle\nof a clause, as they often are.")
    assert len(blocks) == 1


def test_wrapped_list_item_continues_at_its_text_column() -> None:
    blocks = _blocks("  • A list item that is long enough to wrap onto the next\n    line of the dump\n  • Next")
    joined = "A list item that is long enough to wrap onto the next line of the dump"
    assert [b.text for b in blocks] == [joined, "Next"]


def test_list_levels_follow_indentation() -> None:
    blocks = _blocks("    • Tech\n      • Gadgets\n    • Science")
    assert [b.level for b in blocks] == [1, 2, 1]


def test_features_of_prose_and_menu() -> None:
    blocks = _blocks("Home\n\nThe minister said on Monday that the new rules would apply to all of the firms "
                     "in the sector from next year.\n\nHome")
    menu, prose = blocks[0].features, blocks[1].features
    assert menu.repeats == 1 and prose.repeats == 0
    assert prose.ends_sentence and prose.sentences == 1
    assert prose.stopwords > 0.25 > menu.stopwords
    assert prose.capitalised < 0.2 and menu.capitalised == 1.0
    assert blocks[0].features.position == 0.0 and blocks[-1].features.position == 1.0
    german = "Die Regierung hat am Montag gesagt, dass die Regeln für alle Firmen gelten."
    assert build_blocks([german]).language == "de"


def test_date_features() -> None:
    assert is_date_line("November 2, 2025")
    assert is_date_line("Updated 12.03.2024")
    assert not is_date_line("Top 5 Must-Try New Android Apps This November!")
    assert is_yearless_date("Sunday, November 2")
    assert is_yearless_date("Dienstag, 12. März")
    assert not is_yearless_date("November 2, 2025")
    assert not is_yearless_date("Space Quantum")


def test_headline_date_pairs_and_list_runs() -> None:
    blocks = _blocks("Related Posts\n\nA Headline About Boats\n\nNovember 2, 2025\n\n"
                     "• One\n• Two Items\n• Three Things\n\nA plain sentence that ends here.")
    by_text = {b.text: b.features for b in blocks}
    assert by_text["A Headline About Boats"].headline_date
    assert by_text["November 2, 2025"].date_only
    assert by_text["One"].list_run == 3
    assert not by_text["A plain sentence that ends here."].title_like


@pytest.mark.parametrize(("text", "expected"), [
    ("Facebook X (Twitter) Instagram Pinterest Vimeo", True),
    ("Asia China Innovation Tech technology VT1", True),
    ("Export Controls Threaten Global AI Cooperation, Warns Beijing Lab", False),
    ("The Impact of Export Controls on AI Collaboration", False),
    ("Share Facebook", False),
])
def test_link_list_shape(text: str, expected: bool) -> None:
    assert is_link_list(text) is expected


def test_title_like() -> None:
    assert is_title_like("To Mold or Not to Mold: Safe Food Practices Unveiled")
    assert not is_title_like("The fear of technology falling into the wrong hands is valid.")
    assert is_title_like("lower case heading", SegmentKind.HEADING)
