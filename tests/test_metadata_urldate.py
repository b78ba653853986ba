from __future__ import annotations

import datetime as dt

import pytest

from thresher.metadata import urldate


@pytest.mark.parametrize(
    "url, day",
    [
        ("https://x.org/2024/05/31/slug/", dt.date(2024, 5, 31)),
        ("https://x.org/news/2024-05-31-slug", dt.date(2024, 5, 31)),
        ("https://x.org/20240531/slug", dt.date(2024, 5, 31)),
        ("https://x.org/2024/05/slug", None),  # a month archive, not a day
        ("https://x.org/item/2024131512", None),
        ("https://x.org/2024/13/40/", None),
        (None, None),
    ],
)
def test_url_dates(url: str | None, day: dt.date | None) -> None:
    found = urldate.extract(url)
    assert (found[0].value if found else None) == day
