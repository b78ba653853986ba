from thresher.article import Segment, SegmentKind
from thresher.vote import Ballot, vote


def _p(text: str) -> Segment:
    return Segment(kind=SegmentKind.PARAGRAPH, text=text)


INTRO = _p("The committee met on Tuesday to discuss the new budget for the city.")
MIDDLE = _p("Several members objected to the cuts proposed for the public libraries.")
END = _p("A final vote is expected before the end of the month, officials said.")
SIDEBAR = _p("Subscribe to our newsletter for the best stories every single morning.")


def test_a_stray_paragraph_of_one_voter_is_outvoted():
    result = vote([
        Ballot("a", 0.7, (INTRO, MIDDLE, END)),
        Ballot("b", 0.7, (INTRO, MIDDLE, END)),
        Ballot("c", 0.6, (INTRO, MIDDLE, SIDEBAR, END)),
    ])
    assert result.segments == (INTRO, MIDDLE, END)
    assert result.agreement == {"a": 1.0, "b": 1.0, "c": 1.0}


def test_a_paragraph_one_voter_lost_is_restored_in_page_order():
    result = vote([Ballot("a", 0.7, (INTRO, END)), Ballot("b", 0.6, (INTRO, MIDDLE, END)),
                   Ballot("c", 0.6, (INTRO, MIDDLE, END))])
    assert result.segments == (INTRO, MIDDLE, END)
    assert result.agreement["a"] < 1.0


def test_differently_split_paragraphs_still_agree():
    joined = _p(INTRO.text + " " + MIDDLE.text)
    result = vote([Ballot("a", 0.7, (joined, END)), Ballot("b", 0.6, (INTRO, MIDDLE, END))])
    assert result.segments == (joined, END)


def test_short_lines_need_an_exact_match_to_count_as_covered():
    story = _p("Share this story with friends and family today")
    result = vote([Ballot("a", 0.7, (story,)), Ballot("b", 0.7, (_p("Share"),))])
    assert result.segments == (story,)
    assert result.agreement == {"a": 1.0, "b": 0.0}


def test_empty_and_single_ballots():
    assert vote([]).segments == ()
    assert vote([Ballot("a", 0.5, ())]).segments == ()
    assert vote([Ballot("a", 0.5, (INTRO,))]).segments == (INTRO,)
