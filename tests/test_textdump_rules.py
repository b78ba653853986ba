"""Rules added for the text-dump benchmark: bridged boxes, far bylines, date lines, non-Latin prose,
and the title model. Each test is a small synthetic dump with one trap."""

from __future__ import annotations

import datetime as dt

import pytest

import thresher
from thresher.extractors.textdump import parse_byline
from thresher.extractors.textdump_title import (
    ECHO_CHARS,
    FEATURES,
    TITLE_WINDOW_ABOVE,
    WEIGHTS,
    TitleContext,
    best_title,
    candidate_features,
    candidates,
    features,
    score,
    title_context,
)
from thresher.extractors.textdump_types import Body, is_prose
from thresher.textblocks import build_blocks, columns, wrap_width

from .synthetic_dumps import MENU, dump

PROSE = ("The council voted on Tuesday to extend the program for another year, after a long debate "
         "about its cost and the way the money had been spent in the first two years of the trial.")
MORE = ("Officials said that the next phase would focus on the northern districts, where the demand "
        "for the service has grown fastest since the program began, and where it was cut last winter.")


def test_short_box_inside_article_is_bridged() -> None:
    box = ["Trending News", "Storm closes the harbour for a week", "Mayor opens the new bridge",
           "Schools reopen after the holidays"]
    after = [MORE.replace("northern", "southern"), PROSE.replace("Tuesday", "Friday")]
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, box, after[0], after[1],
                                    "© 2024 Example Media"))
    assert PROSE in article.body and after[1] in article.body
    assert "Mayor opens the new bridge" not in article.body


def test_prefixed_byline_far_above_the_body_is_found() -> None:
    toc = [f"Section {n} of the guide to the program" for n in range(12)]
    article = thresher.extract(dump(MENU, "Council extends the program", "By Jane Doe", toc, PROSE, MORE))
    assert article.authors == ["Jane Doe"]


def test_lone_by_line_joins_the_name_below() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", ["By", "Jane Doe"], PROSE, MORE))
    assert article.authors == ["Jane Doe"]


def test_doubled_by_from_glued_label_and_link() -> None:
    byline = parse_byline("Written byby Rebecca MacFarlane")
    assert byline is not None and byline.authors == ("Rebecca MacFarlane",)


def test_date_led_line_next_to_the_body() -> None:
    article = thresher.extract(dump(MENU, "November 28, 2025 / Living Healthy / Wellness", PROSE, MORE))
    assert article.date == dt.date(2025, 11, 28)


def test_no_date_invented_without_a_date_line() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE))
    assert article.date is None


def test_non_latin_prose_is_body() -> None:
    russian = ("Характеристики бега можно увеличить за счет кодов, и при запуске игры каждый раз придется "
               "вносить правки. Рекомендуем дополнительно изучить консоль управления игры.")
    article = thresher.extract(dump(MENU, russian, russian.replace("бега", "прыжка"), "© 2019 Нормы"))
    assert "Характеристики бега" in article.body


def test_headline_with_a_count_is_not_prose() -> None:
    blocks = build_blocks(["Myles Garrett should expect a significant suspension (148)",
                           "", "He said that it was a mistake and that he had lost his cool (again)."]).items
    assert not is_prose(blocks[0])
    assert is_prose(blocks[1])


def _title_context(text: str, body_end: str = MORE) -> TitleContext:
    """The title model's context, the body running from the first prose block to ``body_end``."""
    blocks = build_blocks(text.splitlines()).items
    start = next(i for i, b in enumerate(blocks) if b.text == PROSE)
    end = next(i for i, b in enumerate(blocks) if b.text == body_end)
    return title_context(blocks, [None] * len(blocks), Body(start, end, 0, True))


def _feature(ctx: TitleContext, text: str, name: str) -> float:
    i = next(i for i, b in enumerate(ctx.blocks) if b.text == text)
    return features(ctx, i)[FEATURES.index(name)]


def test_title_context_starts_at_the_first_prose_block() -> None:
    blocks = build_blocks(dump(MENU, "Council extends the program", PROSE, MORE).splitlines()).items
    lead = next(i for i, b in enumerate(blocks) if b.text == "Council extends the program")
    ctx = title_context(blocks, [None] * len(blocks), Body(lead, len(blocks) - 1, 0, True))
    assert ctx.blocks[ctx.body_start].text == PROSE
    assert _feature(ctx, "Council extends the program", "inside_body") == 0.0


def test_sub_heading_between_paragraphs_has_prose_above() -> None:
    ctx = _title_context(dump(MENU, "Council extends the program", PROSE, "What happens next", MORE))
    assert _feature(ctx, "What happens next", "prose_above") == 1.0
    assert _feature(ctx, "Council extends the program", "prose_above") == 0.0


def test_line_repeated_below_the_body_is_marked() -> None:
    ctx = _title_context(dump("Harbour Gazette", MENU, "Council extends the program", PROSE, MORE,
                              "About the Harbour Gazette", "Harbour Gazette"))
    assert _feature(ctx, "Harbour Gazette", "again_after_body") == 1.0
    assert _feature(ctx, "Council extends the program", "again_after_body") == 0.0


def test_title_naming_the_body_topic_scores_its_words() -> None:
    ctx = _title_context(dump(MENU, "Program extended in the districts", "Weather warning for Friday", PROSE, MORE))
    assert _feature(ctx, "Program extended in the districts", "topic") > 0.0
    assert _feature(ctx, "Weather warning for Friday", "topic") == 0.0


def test_title_far_above_the_body_is_a_candidate() -> None:
    mega_menu = [f"Department {n}" for n in range(300)]
    ctx = _title_context(dump("Council extends the program", *mega_menu, PROSE, MORE))
    title = next(i for i, b in enumerate(ctx.blocks) if b.text == "Council extends the program")
    assert title in candidates(ctx)


def test_title_candidates_stop_a_bounded_way_above_the_body() -> None:
    endless = [f"Department {n}" for n in range(TITLE_WINDOW_ABOVE + 50)]
    ctx = _title_context(dump("Council extends the program", *endless, PROSE, MORE))
    assert min(candidates(ctx)) == ctx.body_start - TITLE_WINDOW_ABOVE


def test_line_below_a_menu_comes_after_chrome() -> None:
    ctx = _title_context(dump([f"* {item}" for item in MENU], "Council extends the program",
                              "What the vote means", PROSE, MORE))
    assert _feature(ctx, "Council extends the program", "after_chrome") == 1.0
    assert _feature(ctx, "What the vote means", "after_chrome") == 0.0


def test_candidates_between_the_line_and_the_body_are_counted() -> None:
    ctx = _title_context(dump(MENU, "Council extends the program", "What the vote means", PROSE, MORE))
    between = {ctx.blocks[i].text: values[FEATURES.index("candidates_between")]
               for i, values in candidate_features(ctx)}
    assert between["What the vote means"] == 0.0
    assert between["Council extends the program"] > 0.0


def test_title_indented_unlike_the_body_is_deeper_or_shallower() -> None:
    ctx = _title_context(dump(MENU, "    Council extends the program", "What the vote means", PROSE, MORE))
    assert _feature(ctx, "Council extends the program", "deeper_than_body") == 1.0
    assert _feature(ctx, "What the vote means", "deeper_than_body") == 0.0
    indented = _title_context(dump([f"    {item}" for item in MENU], "Council extends the program",
                                   "    " + PROSE, "    " + MORE))
    assert _feature(indented, "Council extends the program", "shallower_than_body") == 1.0
    assert _feature(indented, "Council extends the program", "deeper_than_body") == 0.0
    assert _feature(indented, "News", "shallower_than_body") == 0.0


def test_title_echoed_beside_a_site_name_or_share_label() -> None:
    for echo in ("Council extends the program | Harbour Gazette", "Harbour Gazette - Council extends the program",
                 "Share: Council extends the program"):
        ctx = _title_context(dump(MENU, echo, "Council extends the program", "What the vote means", PROSE, MORE))
        assert _feature(ctx, "Council extends the program", "echoed_anywhere") == 1.0, echo
        assert _feature(ctx, "What the vote means", "echoed_anywhere") == 0.0


def test_title_is_no_echo_of_a_longer_word_or_a_long_line() -> None:
    long_line = "Council extends the program " + "and more words follow here " * 8
    assert len(long_line) > ECHO_CHARS
    ctx = _title_context(dump(MENU, "Council extends the programme today", long_line,
                              "Council extends the program", PROSE, MORE))
    assert _feature(ctx, "Council extends the program", "echoed_anywhere") == 0.0


def test_full_headline_extends_its_shortened_form() -> None:
    ctx = _title_context(dump(MENU, "Council extends the program: what it means", "Council extends the program",
                              PROSE, MORE))
    assert _feature(ctx, "Council extends the program: what it means", "extends_line") == 1.0
    assert _feature(ctx, "Council extends the program", "extends_line") == 0.0
    assert _feature(ctx, "Council extends the program", "echoed_anywhere") == 1.0


def test_first_candidate_of_the_page_is_marked() -> None:
    ctx = _title_context(dump("Harbour Gazette", MENU, "Council extends the program", PROSE, MORE))
    first = {ctx.blocks[i].text: values[FEATURES.index("first_candidate")] for i, values in candidate_features(ctx)}
    assert first["Harbour Gazette"] == 1.0
    assert first["Council extends the program"] == 0.0


def test_title_model_prefers_the_headline_the_body_echoes() -> None:
    ctx = _title_context(dump(MENU, "Council extends the program for another year", PROSE, MORE))
    headline, menu_item = ctx.body_start - 1, 0
    assert score(features(ctx, headline)) > score(features(ctx, menu_item))
    assert len(WEIGHTS) == len(FEATURES) == len(features(ctx, headline))


def test_title_model_ranks_the_echoed_headline_above_a_nearer_button() -> None:
    ctx = _title_context(dump(MENU, "Council extends the program for another year", "Share this story",
                              "Sign up for alerts", PROSE, MORE))
    found = best_title(ctx)
    assert found is not None and ctx.blocks[found[0]].text == "Council extends the program for another year"
    assert 0 < found[1] <= 1


def test_title_model_finds_the_title_without_a_byline() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program for another year", PROSE, MORE))
    assert article.title == "Council extends the program for another year"


def test_unspaced_script_prose_is_body() -> None:
    japanese = ("書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
                "パソコンでそのまま読みたい時もあります。")
    blocks = build_blocks([japanese, "", "起動ホットキー"]).items
    assert is_prose(blocks[0]) and not is_prose(blocks[1])
    article = thresher.extract(dump(MENU, japanese, japanese.replace("書籍", "雑誌"), "© 2019 Example"))
    assert "モバイル端末" in article.body


def test_long_cookie_explanations_do_not_outweigh_a_short_article() -> None:
    cookies = ("This website uses cookies to improve your experience while you navigate through the website. "
               "Out of these cookies, the cookies that are categorized as necessary are stored on your browser "
               "as they are essential for the working of basic functionalities of the website, and we also use "
               "third-party cookies that help us analyze and understand how you use this website.")
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "© 2024 Example Media",
                                    "Privacy Overview", cookies, cookies.replace("website", "site"),
                                    cookies.replace("browser", "device")))
    assert PROSE in article.body and "categorized as necessary" not in article.body


def test_byline_with_colon_after_by() -> None:
    byline = parse_byline("Written By: Jane Doe")
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_byline_name_ends_at_connector_before_date() -> None:
    byline = parse_byline("By Jane Doe on January 21, 2023")
    assert byline is not None and byline.authors == ("Jane Doe",) and byline.date == dt.date(2023, 1, 21)


def test_byline_after_the_date() -> None:
    byline = parse_byline("September 1st, 2023 By Jane Doe 4 Comments")
    assert byline is not None and byline.authors == ("Jane Doe",) and byline.date == dt.date(2023, 9, 1)


def test_dateline_glued_to_the_name() -> None:
    byline = parse_byline("By Jane DoePublished: Dec 20, 2023")
    assert byline is not None and byline.authors == ("Jane Doe",) and byline.date == dt.date(2023, 12, 20)


def test_name_rendered_twice_is_read_once() -> None:
    byline = parse_byline("Written by: Jane Doe Jane Doe")
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_credit_apart_from_the_dateline_is_found() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Updated February 12, 2026",
                                    "Photo: Example Agency", "By Jane Doe", PROSE, MORE))
    assert article.authors == ["Jane Doe"]
    assert article.date == dt.date(2026, 2, 12)


def test_name_above_the_dateline_keeps_its_credentials() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe, MS, RD",
                                    "Updated February 12, 2026", PROSE, MORE))
    assert article.authors == ["Jane Doe, MS, RD"]


def test_credit_at_the_foot_of_the_post() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Written by Jane Doe",
                                    "Related Posts", "Storm closes the harbour for a week", "By John Roe"))
    assert article.authors == ["Jane Doe"]


def test_teaser_byline_after_the_body_is_not_the_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Related Posts",
                                    "Storm closes the harbour for a week", "By John Roe"))
    assert article.authors == []


def test_a_duration_is_not_a_source_age() -> None:
    steps = ["Meal 1", "Eat every 2–3 hours", "One cup of oats with berries and a spoon of nut butter on top.",
             "Meal 2", "Bake for 20 minutes", "A salad of tomatoes, cucumber and feta with olive oil and lemon."]
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, steps, MORE))
    assert "Eat every 2–3 hours" in article.body and "Bake for 20 minutes" in article.body


def test_commenters_end_the_article() -> None:
    comments = []
    for n, name in enumerate(["joetoronto", "margoadams", "solo681"]):
        comments += [f"{name} says:", f"November 19, 2019 at 6:3{n} am",
                     PROSE.replace("council", f"reader {n}") + " I think it was a mistake from the start."]
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE,
                                    "3 responses to “Council extends the program”", comments))
    assert MORE in article.body and "joetoronto" not in article.body and "reader 1" not in article.body


def test_dates_on_a_beat_are_a_teaser_list() -> None:
    teasers = []
    for n in range(4):
        teasers += [f"Storm closes harbour number {n} for a week", "Jane Roe", f"November {n + 10}, 2019",
                    MORE.replace("northern", f"area {n}")]
    article_text = [PROSE.replace("council", f"council of ward {n}") for n in range(10)]
    article = thresher.extract(dump(MENU, "Council extends the program", *article_text, teasers,
                                    "© 2024 Example Media"))
    assert article_text[0] in article.body and "area 2" not in article.body and "Storm closes" not in article.body


def test_thread_starter_names_the_author() -> None:
    article = thresher.extract(dump(MENU, "Which bike for a long tour?", ["Thread starter rider_77",
                                                                          "Start date Mar 3, 2024"], PROSE, MORE))
    assert article.authors == ["rider_77"]


def test_many_thread_starters_are_a_listing() -> None:
    threads = [f"Question number {n} about touring bikes\nStarted by user{n}, Mar {n + 1}, 2024" for n in range(5)]
    article = thresher.extract(dump(MENU, "Touring forum", *threads, PROSE, MORE))
    assert article.authors == []


def test_one_word_name_after_by() -> None:
    byline = parse_byline("Written by Kristin")
    assert byline is not None and byline.authors == ("Kristin",)


def test_lower_case_word_after_by_needs_a_date() -> None:
    assert parse_byline("By clicking") is None
    byline = parse_byline("by quietfox | Apr 21, 2025")
    assert byline is not None and byline.authors == ("quietfox",)


def test_one_word_after_by_must_be_all_there_is() -> None:
    assert parse_byline("Written By: Jane Doe Gardener & Astrologer") is None


def test_bare_name_below_title_with_reading_time() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe", "9 min read", PROSE, MORE))
    assert article.authors == ["Jane Doe"]


@pytest.mark.parametrize("below", ["Jun 9", "02-12-2025", "2 days ago"])
def test_bare_name_below_title_with_a_short_date(below: str) -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe", below, PROSE, MORE))
    assert article.authors == ["Jane Doe"]


def test_bare_name_below_title_with_a_word_after_it_is_not_vouched() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe", "Junior", PROSE, MORE))
    assert article.authors == []


def test_name_rendered_twice_below_the_title() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", ["Jane Doe", "Jane Doe"],
                                    "Reviewed by: John Roe, PhD", "Last Updated: August 5, 2025", PROSE, MORE))
    assert article.authors == ["Jane Doe"]


def test_several_names_above_the_date_line() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe, John A. Roe & Ann Lee",
                                    "24 Apr 2024 • 3 min read", PROSE, MORE))
    assert article.authors == ["Jane Doe", "John A. Roe", "Ann Lee"]


def test_date_label_separates_the_name_from_its_date() -> None:
    byline = parse_byline("Jane Doe • Updated on Jul 4, 2024 • 28 min read")
    assert byline is not None and byline.authors == ("Jane Doe",)
    byline = parse_byline("Jane Doe Published: January 3, 2024")
    assert byline is not None and byline.authors == ("Jane Doe",)
    assert parse_byline("microphones Published on June 4, 2025") is None


def test_one_word_after_by_dated_by_the_next_line() -> None:
    article = thresher.extract(dump(MENU, "Printer stops after the update", "By quietfox,",
                                    "March 19, 2024 in Hardware Troubleshooting", PROSE, MORE))
    assert article.authors == ["quietfox"]


def test_first_user_card_names_the_thread_author() -> None:
    cards = [["#1 2025-11-01 15:14:37", "quietfox", "Member", "Registered: 2025-11-01", "Posts: 12"], PROSE,
             ["#2 2025-11-02 08:00:00", "b.scherer Posts: 2 Joined: Sun Dec 17, 2023 11:18 am"], MORE]
    article = thresher.extract(dump(MENU, "Printer stops after the update", *cards))
    assert article.authors == ["quietfox"]


def test_joined_in_a_sentence_is_no_user_card() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Jane Doe", "I just joined today",
                                    PROSE, MORE))
    assert article.authors == []


def test_bare_heading_below_title_is_not_a_name() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "General Information", PROSE, MORE))
    assert article.authors == []


def test_forum_post_header_below_title() -> None:
    article = thresher.extract(dump(MENU, "Printer stops after the update", "Support",
                                    "quietfox (Quiet Fox) May 3, 2024, 8:45am 1", PROSE, MORE))
    assert article.authors == ["quietfox"]


def test_forum_post_header_is_the_byline() -> None:
    byline = parse_byline("quietfox (Quiet Fox) May 3, 2024, 8:45am 1")
    assert byline is not None and byline.authors == ("quietfox",) and byline.date == dt.date(2024, 5, 3)


def test_a_date_label_is_not_a_poster() -> None:
    byline = parse_byline("Edited May 3, 2024, 8:45am")
    assert byline is None or byline.authors == ()


def test_browse_by_menu_item_is_not_a_byline() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", ["* By Countries", "* By Topics"],
                                    PROSE, MORE))
    assert article.authors == []


def test_glued_links_are_not_a_name() -> None:
    assert parse_byline("Wedding ChecklistsJust EngagedWedding Planning | May 3, 2024") is None
    byline = parse_byline("Rebecca MacFarlane | May 3, 2024")
    assert byline is not None and byline.authors == ("Rebecca MacFarlane",)


def test_by_glued_to_the_name() -> None:
    byline = parse_byline("ByJane Doe")
    assert byline is not None and byline.authors == ("Jane Doe",)
    assert parse_byline("Byron Lake | May 3, 2024") is not None


def test_title_loses_its_permalink_pilcrow() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program for another year¶", PROSE, MORE))
    assert article.title == "Council extends the program for another year"


LONG_FOOTER = [f"Section {n} of the site map" for n in range(12)]


def test_sole_credit_far_below_the_body_names_the_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, LONG_FOOTER,
                                    "Written by", "Jane Doe", "Jane writes about local government."))
    assert article.authors == ["Jane Doe"]


def test_credits_naming_different_people_name_no_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, LONG_FOOTER,
                                    "Written by", "Jane Doe", "Other stories", "By John Roe"))
    assert article.authors == []


def test_a_sentence_or_a_menu_led_by_by_is_no_credit() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, LONG_FOOTER,
                                    "By checking out, you agree to our Terms and Privacy Policy.",
                                    "By Industry", "Finance and Retail"))
    assert article.authors == []


def test_of_several_top_level_headings_the_model_picks_the_title() -> None:
    article = thresher.extract(dump("# Harbour Gazette", MENU, "# Council extends the program for another year",
                                    PROSE, MORE))
    assert article.title == "Council extends the program for another year"


def test_above_the_byline_the_model_prefers_the_headline_to_a_nearer_caption() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Photo credit: Reuters / Press Office",
                                    "By Jane Doe", PROSE, MORE))
    assert article.title == "Council extends the program"
    assert article.authors == ["Jane Doe"]


def test_title_above_the_byline_may_stand_five_lines_up() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", "Share", "Tweet", "Email", "Copy Link",
                                    "By Jane Doe", PROSE, MORE))
    assert article.title == "Council extends the program"


def test_team_credited_after_by_is_the_author() -> None:
    assert parse_byline("By The Example Team").authors == ("The Example Team",)  # type: ignore[union-attr]
    assert parse_byline("written by Our Editors").authors == ("Our Editors",)  # type: ignore[union-attr]
    article = thresher.extract(dump(MENU, "Council extends the program", "By The Civic Desk", PROSE, MORE))
    assert article.authors == ["The Civic Desk"]


def test_by_with_a_phrase_about_a_team_is_no_credit() -> None:
    assert parse_byline("By clicking you join the team") is None


def _wrap_columns(text: str, width: int) -> list[str]:
    """Hard-wrap as a terminal renderer does: wide characters take two columns."""
    lines, line = [], ""
    for word in text.split():
        candidate_line = f"{line} {word}".strip()
        if line and columns(candidate_line) > width:
            lines.append(line)
            candidate_line = word
        line = candidate_line
    return [*lines, line]


def test_wide_characters_count_two_columns_when_rewrapping() -> None:
    sentence = "이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다."
    lines = [line for n in range(3) for line in [*_wrap_columns(" ".join([sentence] * 6), 100), ""]]
    assert columns("가나다 ab") == 9
    assert wrap_width(lines) is not None
    assert len(build_blocks(lines).items) == 3


def test_single_markdown_emphasis_is_unwrapped_but_not_inside_words() -> None:
    blocks = build_blocks(["Welcome to _Best Stones_ and *more*", "", "snake_case_name and 5 * 3 * 2"]).items
    assert [b.text for b in blocks] == ["Welcome to Best Stones and more", "snake_case_name and 5 * 3 * 2"]


def test_title_sheds_soft_hyphens_and_code_ticks() -> None:
    article = thresher.extract(dump(MENU, "Council extends the pro\u00adgram for `civic` use", "By Jane Doe",
                                    PROSE, MORE))
    assert article.title == "Council extends the program for civic use"


def test_thread_starter_cue_beats_similar_threads_started_by_others() -> None:
    similar = ["Similar threads", "Council budget questions", "Started by someone_else",
               "Harbour closing dates", "Started by another_one"]
    article = thresher.extract(dump(MENU, "Council extends the program", "Thread starter paulb203",
                                    PROSE, MORE, similar))
    assert article.authors == ["paulb203"]


def test_handle_on_the_date_line_below_the_title_is_the_poster() -> None:
    log = [f"6:58:{n:02d} AM: build step {n} finished" for n in range(10)]  # the post opens with a log
    article = thresher.extract(dump("Example Forums", "Council extends the program", "Support",
                                    "tinterweb April 26, 2024, 6:28am 1", log, PROSE, MORE))
    assert article.authors == ["tinterweb"]
    assert article.date == dt.date(2024, 4, 26)


def test_asker_of_a_question_beats_the_editor() -> None:
    card = ["edited May 4, 2024 at 9:10", "Ann Editor", "1,234 gold badges",
            "12 silver badges asked May 3, 2024 at 8:45", "quietfox's user avatar", "quietfox", "5 bronze badges"]
    article = thresher.extract(dump(MENU, "How do I extend the program?", *card, PROSE, MORE))
    assert article.authors == ["quietfox"]


@pytest.mark.parametrize(
    "lines, authors",
    [
        pytest.param(["Thread starter Thread starter paulb203"], ["paulb203"], id="starter-label-rendered-twice"),
        pytest.param(["Jane Doe Jane Doe", "May 3, 2024"], ["Jane Doe"], id="name-rendered-twice-beside-the-date"),
        pytest.param(["quietfox", "quietfox", "May 3, 2024"], ["quietfox"], id="handle-rendered-twice-above-the-date"),
        pytest.param(["Politics", "May 3, 2024"], [], id="lone-word-above-the-date-is-no-handle"),
        pytest.param(["Jane Doe May 3, 2024 — 7 min read"], ["Jane Doe"], id="name-before-the-date-below-the-title"),
    ],
)
def test_credit_lines_between_title_and_text(lines: list[str], authors: list[str]) -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", *lines, PROSE, MORE))
    assert article.authors == authors


def test_name_before_the_date_just_above_the_title() -> None:
    article = thresher.extract(dump(MENU, "Jane Doe May 3, 2024", "Council extends the program", PROSE, MORE))
    assert article.authors == ["Jane Doe"]


def test_words_before_a_date_far_from_the_title_are_no_name() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Related Posts",
                                    "Harbour News May 3, 2024"))
    assert article.authors == []


def test_asked_in_a_sentence_names_no_asker() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE,
                                    "The mayor was asked May 3, 2024, about the plan", "Background", MORE))
    assert article.authors == []


def test_name_below_title_confirmed_by_a_bio() -> None:
    bio = "Jane Doe is a reporter who covers the city council and its budget for the paper since 2019."
    article = thresher.extract(dump(MENU, "# Council extends the program", "Jane Doe", PROSE, MORE,
                                    "About the author", bio))
    assert article.authors == ["Jane Doe"]


def test_heading_repeated_below_the_body_is_no_name() -> None:
    article = thresher.extract(dump(MENU, "# Council extends the program", "Press Release", PROSE, MORE,
                                    "Press Release", "© 2024 Example Media"))
    assert article.authors == []



def test_bio_inside_the_body_run_confirms_the_name() -> None:
    bio = "Jane Doe is a reporter who covers the city council and its budget for the paper since 2019."
    article = thresher.extract(dump(MENU, "# Council extends the program", "Jane Doe", PROSE, MORE, bio, PROSE))
    assert article.authors == ["Jane Doe"]


def test_an_author_box_heading_over_a_name_names_the_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE,
                                    "About the author", "Jane Doe", "Other stories", "Weather"))
    assert article.authors == ["Jane Doe"]


def test_a_name_over_a_bio_that_opens_with_it_names_the_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Jane Doe",
                                    "Jane Doe is a reporter; she has covered the city council since 2019."))
    assert article.authors == ["Jane Doe"]


def test_a_bare_name_after_the_body_without_a_bio_names_no_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Jane Doe", "Weather"))
    assert article.authors == []


def test_the_bio_of_an_expert_the_body_quotes_names_no_author() -> None:
    quote = "Jane Doe, Budget Lead, Harbour Council"
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, quote, MORE, quote, PROSE,
                                    "Jane Doe", "Jane Doe is the budget lead at the council, where she led it."))
    assert article.authors == []


def test_a_name_under_its_photo_below_the_title_names_the_author() -> None:
    markdown = thresher.extract(dump("# Council extends the program", "![Picture of Jane Doe](https://x.test/jd.jpg)",
                                     "Jane Doe", PROSE, MORE))
    plain = thresher.extract(dump(MENU, "Council extends the program", "Headshot of Jane Doe, Staff Writer",
                                  "Jane Doe", PROSE, MORE))
    assert markdown.authors == ["Jane Doe"]
    assert plain.authors == ["Jane Doe"]


def test_a_caption_that_names_a_thing_over_its_name_names_no_author() -> None:
    article = thresher.extract(dump("# Council extends the program", "Map of the campuses, Harbour Valley highlighted",
                                    "Harbour Valley", PROSE, MORE))
    assert article.authors == []


def test_a_company_blurb_under_its_name_names_no_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Harbour Tech",
                                    "Harbour Tech is the platform that councils use to plan and publish budgets."))
    assert article.authors == []


def test_an_author_box_heading_outranks_a_tag_above_it() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Garden Pests",
                                    "About The Author", "Jane Doe", "Jane Doe", "Other stories"))
    assert article.authors == ["Jane Doe"]


def test_a_bio_led_by_the_role_still_names_the_author() -> None:
    article = thresher.extract(dump(MENU, "Council extends the program", PROSE, MORE, "Jane Doe",
                                    "(Editor) – Jane comes from a family of printers; her beat is the council.",
                                    "More related posts"))
    assert article.authors == ["Jane Doe"]


def test_a_byline_after_two_glued_dates_and_before_a_glued_category_names_the_author() -> None:
    byline = parse_byline("On January 12, 2025January 22, 2025 By Jane DoeIn Budget Travel, Travel Tips")
    assert byline is not None
    assert byline.authors == ("Jane Doe",)
    assert byline.date == dt.date(2025, 1, 12)


def test_the_first_online_status_mark_names_the_thread_starter() -> None:
    thread = ["Engine stalls when cold", "quietfox is offline      Reply With Quote", PROSE,
              "![roadrunner is offline](images/statusicon/user_offline.gif)", MORE]
    assert thresher.extract(dump(MENU, *thread)).authors == ["quietfox"]
    prose = thresher.extract(dump(MENU, "Council extends the program", PROSE,
                                  "The worker has connected to the broker and is online.", MORE))
    assert prose.authors == []
