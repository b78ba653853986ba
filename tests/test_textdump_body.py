"""Body-run rules of the text-dump extractor, each on a small synthetic dump with one trap."""

from __future__ import annotations

import thresher

from .synthetic_dumps import MENU, dump


def test_thin_body_keeps_the_results_around_its_one_sentence() -> None:
    results = ["GIRLS BASKETBALL", "Palm Bay d. Rockledge 70-44", "Rockledge 14 11 6 15 — 44",
               "Palm Bay 18 22 13 17 — 70", "Heritage d. Titusville 53-9", "BOYS SOCCER",
               "Viera d. Rockledge 3-1", "Viera (4-0): Hupfer scored one goal and Nielsen made one assist in the win.",
               "Melbourne d. Cocoa 8-0", "Cocoa (1-2): Jordan Munoz 8 saves", "GIRLS SOCCER",
               "Viera d. Melbourne 1-0"]
    article = thresher.extract(dump(MENU, "High School Roundup: Viera stays unbeaten", results,
                                    "© 2024 Example Media. All rights reserved."))
    assert "Palm Bay d. Rockledge 70-44" in article.body
    assert "Viera d. Melbourne 1-0" in article.body
    assert "Podcasts" not in article.body


PROSE = ("The council voted on Tuesday to extend the program for another year, after a long debate "
         "about its cost and the way the money had been spent in the first two years of the trial.")
MORE = ("Officials said that the next phase would focus on the northern districts, where the demand "
        "for the service has grown fastest since the program began, and where it was cut last winter.")


def test_table_rows_between_paragraphs_do_not_split_the_article() -> None:
    table = ["Month Change in price (YoY)"] + [f"{m}/1/2023 +{m + 3}.{m}%" for m in range(1, 13)]
    article = thresher.extract(dump(MENU, "Home prices cool", PROSE, table, MORE, MORE.replace("northern", "eastern"),
                                    "© 2024 Example Media"))
    assert PROSE in article.body and "6/1/2023 +9.6%" in article.body
    assert MORE in article.body


def test_headlines_with_a_number_still_split_the_run() -> None:
    box = [f"{n} things in tech you need to know today" for n in range(3, 15)]
    teaser = "Have a smart speaker at home? Now you can hear the news each morning when you wake up."
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, box, teaser))
    assert PROSE in article.body and "things in tech" not in article.body


def test_indonesian_paragraphs_are_prose() -> None:
    paragraphs = [
        "Islam pecah jadi dua karena faktor politik dan kekuasaan. Pendukung Ali disebut Syiah, "
        "sedangkan yang lain disebut Sunni, dan setelah itu mereka berjalan sendiri.",
        "Dari sini juga perawi hadits dari kedua pihak berjalan sendiri, tetapi ada juga ulama yang "
        "belajar dari kedua pihak karena ilmu itu tidak mengenal batas.",
        "Jadi keliru jika kita langsung menganggap mereka bukan bagian dari umat, karena sejarah "
        "perpecahan ini sudah ada sejak zaman para sahabat.",
    ]
    article = thresher.extract(dump(MENU, "Sejarah Perpecahan Umat", *paragraphs, "© 2024 Contoh Media"))
    assert all(p in article.body for p in paragraphs)
    assert article.language == "id"
