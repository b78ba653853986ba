import datetime as dt
import logging

import pytest

import thresher
from thresher import Candidate, Chain, ChainConfigError, Cost, FieldName, Proposal, Segment, SegmentKind
from thresher.chain import CASCADE_CONFIDENCE
from thresher.confidence import ConfidenceModel
from thresher.page import Page


class Fixed:
    """A user-written extractor proposing fixed values (and counting its calls)."""

    def __init__(self, name: str, cost: Cost = Cost.CHEAP, strength: float = 0.6, **values: object):
        self.name, self.cost, self.strength, self.values, self.calls = name, cost, strength, values, 0

    def accepts(self, page: Page) -> bool:
        return True

    def extract(self, page: Page) -> Candidate:
        self.calls += 1
        proposals = tuple(
            Proposal(field=FieldName(key), value=value, rule=f"{self.name}.fixed", strength=self.strength)
            for key, value in self.values.items()
        )
        return Candidate(extractor=self.name, proposals=proposals)


def _body(text: str) -> tuple[Segment, ...]:
    return (Segment(kind=SegmentKind.PARAGRAPH, text=text),)


def test_user_extractor_in_a_chain_with_builtins():
    mine = Fixed("mine", title="My title", authors=["Ann Lee"], date=dt.date(2024, 5, 1))
    chain = Chain(["frontmatter", mine])
    assert chain.names == ("frontmatter", "mine")
    article = thresher.extract("some text", chain=chain)
    assert article.title == "My title"
    assert article.authors == ["Ann Lee"]
    assert article.date == dt.date(2024, 5, 1)
    assert article.provenance["title"].extractor == "mine"
    assert article.provenance["title"].rule == "mine.fixed"


def test_agreeing_extractors_beat_a_single_stronger_one():
    chain = Chain([Fixed("a", title="Right Title"), Fixed("b", title="right  title"),
                   Fixed("c", title="Wrong", strength=0.7)])
    # An HTML page: the confidence model learned what agreement is worth where several extractors vote (on a
    # text dump one extractor reads the page, so its table has little to say about agreement).
    page = "<html><body><p>text</p></body></html>"
    article = thresher.extract(page, chain=chain)
    assert article.title == "Right Title"
    assert article.provenance["title"].agreeing == ("b",)
    alone = thresher.extract(page, chain=Chain([Fixed("a", title="Right Title")]))
    assert article.confidence["title"] > alone.confidence["title"]


def test_confidences_are_probabilities_for_every_field():
    article = thresher.extract("text", chain=Chain([Fixed("a", title="T", body=_body("B."))]))
    assert set(article.confidence) == {str(f) for f in FieldName} | {"overall"}
    assert all(0.0 <= value <= 1.0 for value in article.confidence.values())


@pytest.mark.parametrize(("mode", "costly_runs"), [("fast", 0), ("precise", 1)])
def test_modes_decide_whether_costly_extractors_run(mode, costly_runs):
    costly = Fixed("costly", cost=Cost.COSTLY, body=_body("From the costly one."))
    chain = Chain([Fixed("cheap", title="T", body=_body("Cheap.")), costly])
    thresher.extract("text", chain=chain, mode=mode)
    assert costly.calls == costly_runs


# The cascade is tested against a known model, not the shipped one: confidence = strength, steeply.
STRENGTH_IS_CONFIDENCE = ConfidenceModel(weights={"default": {"present": {"bias": -3.0, "support": 6.0},
                                                              "absent": {"bias": -3.0}}})


def test_cascade_stops_when_cheap_extractors_are_confident():
    costly = Fixed("costly", cost=Cost.COSTLY, body=_body("From the costly one."))
    sure = Fixed("sure", strength=1.0, title="T", body=_body("Cheap and sure."))
    thresher.extract("text", chain=Chain([sure, costly], model=STRENGTH_IS_CONFIDENCE))
    assert costly.calls == 0


def test_cascade_calls_costly_extractors_when_unsure():
    costly = Fixed("costly", cost=Cost.COSTLY, body=_body("From the costly one."))
    unsure = Fixed("unsure", strength=0.2, title="T", body=_body("Cheap guess."))
    article = thresher.extract("text", chain=Chain([unsure, costly], model=STRENGTH_IS_CONFIDENCE))
    assert costly.calls == 1
    assert article.body == "From the costly one."


def test_cascade_waits_on_the_body_not_the_title():
    # The costly extractors do not improve titles on the benchmark pages: an unsure title alone calls none.
    costly = Fixed("costly", cost=Cost.COSTLY, body=_body("From the costly one."))
    sure_body = Fixed("body", strength=1.0, body=_body("Cheap and sure."))
    unsure_title = Fixed("title", strength=0.2, title="Maybe")
    thresher.extract("text", chain=Chain([sure_body, unsure_title, costly], model=STRENGTH_IS_CONFIDENCE))
    assert costly.calls == 0


def test_cascade_calls_costly_extractors_one_at_a_time_until_sure():
    unsure = Fixed("unsure", strength=0.2, title="T", body=_body("Cheap guess."))
    first = Fixed("first", cost=Cost.COSTLY, strength=1.0, title="T", body=_body("Sure at last."))
    second = Fixed("second", cost=Cost.COSTLY, body=_body("Never asked."))
    article = thresher.extract("text", chain=Chain([unsure, first, second], model=STRENGTH_IS_CONFIDENCE))
    assert (first.calls, second.calls) == (1, 0)
    assert article.body == "Sure at last."
    thresher.extract("text", chain=Chain([unsure, first, second], model=STRENGTH_IS_CONFIDENCE), mode="precise")
    assert second.calls == 1


def test_cascade_stops_when_a_costly_extractor_confirms_the_body():
    # Neither vote is sure, but two that agree are seldom overturned by a third: the second is not asked.
    unsure = Fixed("unsure", strength=0.2, body=_body("The council approved the budget on Monday night."))
    agreeing = Fixed("agreeing", cost=Cost.COSTLY, body=_body("The council approved the budget on Monday night!"))
    third = Fixed("third", cost=Cost.COSTLY, body=_body("Never asked."))
    article = thresher.extract("text", chain=Chain([unsure, agreeing, third], model=STRENGTH_IS_CONFIDENCE))
    assert article.confidence["body"] < CASCADE_CONFIDENCE
    assert (agreeing.calls, third.calls) == (1, 0)


def test_cascade_asks_the_next_costly_extractor_when_the_bodies_disagree():
    unsure = Fixed("unsure", strength=0.2, body=_body("Menu Home Sign in Subscribe"))
    rival = Fixed("rival", cost=Cost.COSTLY, body=_body("The council approved the budget on Monday night."))
    third = Fixed("third", cost=Cost.COSTLY, body=_body("The council approved the budget on Monday."))
    article = thresher.extract("text", chain=Chain([unsure, rival, third], model=STRENGTH_IS_CONFIDENCE))
    assert (rival.calls, third.calls) == (1, 1)
    assert article.body == "The council approved the budget on Monday night."


def test_a_failing_extractor_costs_its_vote_not_the_page(caplog):
    class Broken(Fixed):
        def extract(self, page: Page) -> Candidate:
            raise RuntimeError("boom")

    with caplog.at_level(logging.WARNING, logger="thresher"):
        article = thresher.extract("text", chain=Chain([Broken("broken"), Fixed("ok", title="Fine")]))
    assert article.title == "Fine"
    assert "broken" in caplog.text


def test_unknown_names_and_non_extractors_are_configuration_errors():
    with pytest.raises(ChainConfigError, match="no extractor named 'nope'"):
        Chain(["nope"])
    with pytest.raises(ChainConfigError, match="is not an extractor"):
        Chain([object()])
    with pytest.raises(ChainConfigError, match="cascade_bar is a probability"):
        Chain(cascade_bar=1.5)


def test_the_cascade_bar_is_the_users_to_set():
    # Body confidence 0.6 (the strength, with this model): under the default bar the costly extractor runs,
    # under a bar of 0.5 the cheap body is sure enough.
    def chain(**options: float) -> tuple[Chain, Fixed]:
        costly = Fixed("costly", cost=Cost.COSTLY, body=_body("From the costly one."))
        cheap = Fixed("cheap", strength=0.6, body=_body("Cheap guess."))
        return Chain([cheap, costly], model=STRENGTH_IS_CONFIDENCE, **options), costly

    default, costly = chain()
    thresher.extract("text", chain=default)
    assert costly.calls == 1
    lenient, costly = chain(cascade_bar=0.5)
    assert thresher.extract("text", chain=lenient).body == "Cheap guess."
    assert costly.calls == 0


def test_default_chain_is_inspectable():
    assert Chain().names == ("frontmatter", "structured", "textdump", "dom", "trafilatura", "readability")


def test_empty_input_gives_an_empty_article_with_zero_confidence():
    for content in ("", b"", "   \n\t", b"\n\n"):
        article = thresher.extract(content)
        assert article.title is None and article.body == "" and article.authors == []
        assert article.format == "empty"
        assert set(article.confidence.values()) == {0.0}
