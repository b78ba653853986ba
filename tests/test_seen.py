from __future__ import annotations

import datetime as dt

from thresher.article import FieldName
from thresher.candidate import BlockDecision
from thresher.labels import Label
from thresher.seen import value_signals


def _blocks(*pairs: tuple[str, Label]) -> list[tuple[int, BlockDecision]]:
    return [(len(text.split()), BlockDecision(text=text, label=label, score=1.0, kept=label is Label.BODY, reason=""))
            for text, label in pairs]


PAGE = _blocks(("Home News Sport", Label.NAV), ("By Ann Lee · May 3, 2024", Label.BYLINE),
               ("The council met on Tuesday and voted for the new plan.", Label.BODY),
               ("Related: a story of June 1, 2023", Label.RELATED))


PERSON = {"authors.site_named": 0.0}
SEEN = {"authors.visible": 1.0, "authors.in_byline": 1.0, "authors.common_words": 0.0}


def _without_position(signals: dict[str, float]) -> dict[str, float]:
    return {name: value for name, value in signals.items() if name != "authors.position"}


def test_a_name_in_the_byline_is_seen_one_only_declared_is_not() -> None:
    assert _without_position(value_signals(FieldName.AUTHORS, ["Ann Lee"], PAGE)) == SEEN | PERSON
    assert _without_position(value_signals(FieldName.AUTHORS, ["Bo Chan", "Ann Lee"], PAGE)) == (
        SEEN | PERSON | {"authors.visible": 0.5})


def test_where_the_page_first_names_the_author() -> None:
    signed_below = _blocks(("The council met on Tuesday and voted for the new plan.", Label.BODY),
                           ("Ann Lee writes about towns.", Label.BIO))
    top = value_signals(FieldName.AUTHORS, ["Ann Lee"], PAGE)["authors.position"]
    bottom = value_signals(FieldName.AUTHORS, ["Ann Lee"], signed_below)["authors.position"]
    assert 0.0 < top < 0.5 < bottom < 1.0
    # The first name decides; a name the page never writes is as far down as can be.
    assert value_signals(FieldName.AUTHORS, ["Bo Chan", "Ann Lee"], PAGE)["authors.position"] == 1.0


def test_a_name_made_of_the_pages_everyday_words_is_told() -> None:
    signals = value_signals(FieldName.AUTHORS, ["New Plan"], PAGE)
    assert signals["authors.common_words"] == 1.0
    assert value_signals(FieldName.AUTHORS, ["Ann Council"], PAGE)["authors.common_words"] == 0.5
    # "O'Brien" is one word, which "o" and "brien" written apart in lower case do not make common.
    loose = _blocks(("from o to brien and back", Label.BODY))
    assert value_signals(FieldName.AUTHORS, ["Dan O'Brien"], loose)["authors.common_words"] == 0.0


def test_the_sites_own_name_as_author_is_told() -> None:
    site = frozenset({"thedailypost", "dailypostcom"})
    assert value_signals(FieldName.AUTHORS, ["The Daily Post"], [], site)["authors.site_named"] == 1.0
    assert value_signals(FieldName.AUTHORS, ["Ann Lee"], [], site) == PERSON
    assert value_signals(FieldName.AUTHORS, ["Ann Lee", "Daily Post"], [], site) == {"authors.site_named": 0.0}


def test_a_byline_label_without_a_chosen_name_is_told() -> None:
    assert value_signals(FieldName.AUTHORS, [], PAGE)["authors.by_label"] == 1.0
    unsigned = _blocks(("The council met on Tuesday.", Label.BODY))
    assert value_signals(FieldName.AUTHORS, [], unsigned)["authors.by_label"] == 0.0


def test_where_a_page_without_a_chosen_name_first_shows_a_date() -> None:
    assert 0.0 < value_signals(FieldName.AUTHORS, [], PAGE)["authors.first_date"] < 0.3
    undated = _blocks(("The council met on Tuesday.", Label.BODY))
    assert value_signals(FieldName.AUTHORS, [], undated)["authors.first_date"] == 1.0
    # A date in a long block is the text's own, not a dateline.
    told = _blocks((" ".join(["word"] * 50) + " on May 3, 2024", Label.BODY), ("Filed on June 1, 2023", Label.TAGS))
    assert value_signals(FieldName.AUTHORS, [], told)["authors.first_date"] > 0.8


def test_a_date_printed_in_the_byline_is_seen() -> None:
    assert value_signals(FieldName.DATE, dt.datetime(2024, 5, 3, 9, 30), PAGE) == {
        "date.visible": 1.0, "date.in_byline": 1.0}
    assert value_signals(FieldName.DATE, dt.date(2023, 6, 1), PAGE) == {"date.visible": 1.0, "date.in_byline": 0.0}
    assert value_signals(FieldName.DATE, dt.date(2020, 1, 1), PAGE) == {"date.visible": 0.0, "date.in_byline": 0.0}


def test_dates_shown_when_none_was_chosen() -> None:
    signals = value_signals(FieldName.DATE, None, PAGE)
    assert signals["date.dates_seen"] == 0.4 and signals["date.first_date"] == value_signals(
        FieldName.AUTHORS, [], PAGE)["authors.first_date"]


def test_other_fields_and_pages_without_blocks_have_no_signals() -> None:
    assert value_signals(FieldName.TITLE, "A title", PAGE) == {}
    assert value_signals(FieldName.AUTHORS, [], []) == {}
    assert value_signals(FieldName.DATE, dt.date(2024, 5, 3), []) == {}
