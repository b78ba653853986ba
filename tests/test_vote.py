from thresher.article import FieldName, Segment, SegmentKind
from thresher.candidate import Candidate, Proposal
from thresher.merge import choose_body
from thresher.vote import Ballot, vote


def _p(text: str) -> Segment:
    return Segment(kind=SegmentKind.PARAGRAPH, text=text)


INTRO = _p("The committee met on Tuesday to discuss the new budget for the city.")
MIDDLE = _p("Several members objected to the cuts proposed for the public libraries.")
END = _p("A final vote is expected before the end of the month, officials said.")
SIDEBAR = _p("Subscribe to our newsletter for the best stories every single morning and evening.")


def test_the_body_the_others_agree_with_wins_over_a_stronger_outlier():
    result = vote([
        Ballot("outlier", 0.9, (SIDEBAR,)),
        Ballot("a", 0.6, (INTRO, MIDDLE, END)),
        Ballot("b", 0.5, (INTRO, MIDDLE, END, _p("Photo: Reuters"))),
    ])
    assert result.segments == (INTRO, MIDDLE, END)
    assert result.agreement["a"] == 1.0
    assert result.agreement["outlier"] < 0.3
    assert 0.0 < result.agreement["b"] < 1.0


def test_strength_breaks_a_tie():
    result = vote([Ballot("weak", 0.2, (INTRO, MIDDLE)), Ballot("strong", 0.9, (INTRO, END))])
    assert result.segments == (INTRO, END)


def test_empty_and_single_ballots():
    assert vote([]).segments == ()
    assert vote([Ballot("a", 0.5, ())]).segments == ()
    assert vote([Ballot("a", 0.5, (INTRO,))]).segments == (INTRO,)



def test_when_nobody_agrees_the_surest_ballot_wins():
    result = vote([
        Ballot("dom", 0.3, (_p("Choosing a colour reloads the full page."),)),
        Ballot("readability", 0.65, (_p("Free shipping: order the full set today, save more."),)),
        Ballot("trafilatura", 0.75, (INTRO, MIDDLE)),
    ])
    assert result.segments == (INTRO, MIDDLE)


SERVICES = tuple(_p(f"Our team offers {kind} for homes and offices across the whole county, with free quotes.")
                 for kind in ("plumbing", "roofing", "painting", "tiling", "glazing"))


def _agreeing_pair_and_region(region_segments: tuple[Segment, ...]) -> list[Ballot]:
    """Two extractors agreeing on one small part of a page, and a region ballot holding much more of it."""
    return [Ballot("trafilatura", 0.75, (INTRO,)), Ballot("readability", 0.65, (INTRO,)),
            Ballot("dom", 0.5, region_segments)]


def test_a_much_longer_region_overrules_two_ballots_agreeing_on_a_part_of_it():
    ballots = _agreeing_pair_and_region((INTRO, *SERVICES))
    assert vote(ballots).segments == (INTRO,)
    result = vote(ballots, region="dom")
    assert result.segments == (INTRO, *SERVICES)
    assert result.overruled and result.agreement["dom"] == 1.0


def test_the_region_does_not_overrule_when_not_much_longer_or_mostly_a_list():
    short = _agreeing_pair_and_region((INTRO, _p("Call us today for a free quote.")))
    assert vote(short, region="dom").segments == (INTRO,)
    items = tuple(Segment(kind=SegmentKind.LIST_ITEM, text=s.text) for s in SERVICES)
    listed = _agreeing_pair_and_region((INTRO, *items))
    result = vote(listed, region="dom")
    assert result.segments == (INTRO,) and not result.overruled


def _body_candidate(extractor: str, strength: float, segments: tuple[Segment, ...]) -> Candidate:
    proposal = Proposal(field=FieldName.BODY, value=segments, rule=f"{extractor}.body", strength=strength)
    return Candidate(extractor=extractor, proposals=(proposal,))


def test_the_merge_lets_dom_overrule_only_where_the_page_does_not_declare_itself_an_article():
    ballots = _agreeing_pair_and_region((INTRO, *SERVICES))
    bodies = [_body_candidate(b.extractor, b.strength, b.segments) for b in ballots]
    chosen = choose_body(bodies)
    assert chosen.value == (INTRO, *SERVICES) and chosen.provenance.rule == "vote.region_overrules"
    article = Candidate(extractor="structured", signals={"page.declares_article": 1.0})
    chosen = choose_body([article, *bodies])
    assert chosen.value == (INTRO,) and chosen.provenance.rule == "vote.agreement"
