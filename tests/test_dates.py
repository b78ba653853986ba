from __future__ import annotations

import datetime as dt

import pytest

from thresher.dates import find_dates, parse_date, parse_iso


@pytest.mark.parametrize(
    "text, day",
    [
        ("2024-05-14", dt.date(2024, 5, 14)),
        ("20240514", dt.date(2024, 5, 14)),
        ("Mon, 14 May 2024 10:00:00 GMT", dt.date(2024, 5, 14)),
        ("May 14th, 2024", dt.date(2024, 5, 14)),
        ("Sept. 3, 2024", dt.date(2024, 9, 3)),
        ("12. März 2024", dt.date(2024, 3, 12)),
        ("le 3 mai 2024", dt.date(2024, 5, 3)),
        ("5 de junio de 2023", dt.date(2023, 6, 5)),
        ("14 de maio de 2024", dt.date(2024, 5, 14)),
        ("8 sierpnia 2021", dt.date(2021, 8, 8)),
        ("15 августа 2016, 13:43", dt.date(2016, 8, 15)),
        ("3 травня 2022", dt.date(2022, 5, 3)),
        ("14.05.2024", dt.date(2024, 5, 14)),
        ("05/14/2024", dt.date(2024, 5, 14)),
        ("14/05/2024", dt.date(2024, 5, 14)),
    ],
)
def test_parse_date(text: str, day: dt.date) -> None:
    value = parse_date(text)
    assert value is not None
    assert (value.date() if isinstance(value, dt.datetime) else value) == day


@pytest.mark.parametrize("text", ["03/04/2024", "1715675400", "2024", "May 2024", "2024-13-01", "1850-01-01", ""])
def test_ambiguous_or_partial_dates_give_none(text: str) -> None:
    assert parse_date(text) is None


def test_parse_iso_keeps_time_and_zone() -> None:
    assert parse_iso("2024-05-14T08:30:00.000+0200") == dt.datetime(
        2024, 5, 14, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert parse_iso("May 14, 2024") is None


def test_find_dates_in_order() -> None:
    found = find_dates("Posted 2 March 2024, updated 2024-03-05.")
    assert [m.value for m in found] == [dt.date(2024, 3, 2), dt.date(2024, 3, 5)]
