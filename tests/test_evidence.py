"""The confidence model's features: value shapes and named indicators."""

import datetime as dt

from thresher import FieldName, Segment, SegmentKind
from thresher.candidate import Candidate, Proposal
from thresher.confidence import ConfidenceModel
from thresher.evidence import FieldEvidence, value_shapes, value_words
from thresher.merge import field_choices


def test_title_with_a_separator_is_flagged():
    assert value_shapes(FieldName.TITLE, "Budget vote delayed | The Daily Post") == ("separator",)
    assert value_shapes(FieldName.TITLE, "Budget vote delayed again") == ()
    assert value_shapes(FieldName.TITLE, "Mid-year review") == ()


def test_author_list_shapes():
    assert value_shapes(FieldName.AUTHORS, ["Ann Lee", "Bo Ng"]) == ()
    assert set(value_shapes(FieldName.AUTHORS, ["Ann", "B", "C", "D"])) == {"many", "one_word_name"}
    assert value_shapes(FieldName.AUTHORS, ["Head of Communications at the Regional Office"]) == ("long_name",)


def test_date_shapes():
    assert value_shapes(FieldName.DATE, dt.date(2021, 1, 1)) == ("new_year",)
    assert value_shapes(FieldName.DATE, dt.datetime(2021, 5, 3, 10, 0)) == ("with_time",)
    assert value_shapes(FieldName.DATE, None) == ()


def test_value_words_counts_what_each_field_is_made_of():
    body = (Segment(kind=SegmentKind.PARAGRAPH, text="one two three"), Segment(kind=SegmentKind.PARAGRAPH, text="four"))
    assert value_words(FieldName.BODY, body) == 4
    assert value_words(FieldName.TITLE, "A short title") == 3
    assert value_words(FieldName.AUTHORS, ["Ann Lee", "Bo Ng"]) == 2
    assert value_words(FieldName.DATE, None) == 0


def test_indicators_name_the_rule_sources_and_extractors_that_ran():
    evidence = FieldEvidence(present=True, rule="jsonld.headline", sources=("structured",),
                             ran_names=("dom", "structured"), shapes=("separator",), words=5, page_words=10)
    features = evidence.features()
    expected = {"rule:jsonld.headline", "source:structured", "ran:dom", "ran:structured", "shape:separator"}
    assert expected <= set(features)
    assert features["share_of_page"] == 0.5


def test_a_rule_the_model_weighs_moves_the_probability_and_an_unknown_one_does_not():
    model = ConfidenceModel(weights={"default": {"present": {"bias": 0.0, "rule:good": 2.0}, "absent": {}}})
    good = FieldEvidence(present=True, rule="good")
    unknown = FieldEvidence(present=True, rule="never.seen")
    assert model.probability(FieldName.TITLE, good) > 0.85
    assert model.probability(FieldName.TITLE, unknown) == 0.5


def test_a_field_fitted_per_input_kind_reads_the_table_of_its_kind():
    model = ConfidenceModel(weights={
        "default": {"present": {"bias": 0.0}, "absent": {"bias": 0.0}},
        "title": {"present:html": {"bias": 2.0}, "present:text": {"bias": -2.0}},
    })
    assert model.probability(FieldName.TITLE, FieldEvidence(present=True, html=True)) > 0.85
    assert model.probability(FieldName.TITLE, FieldEvidence(present=True, html=False)) < 0.15
    assert model.probability(FieldName.TITLE, FieldEvidence(present=False)) == 0.5


def test_signals_reach_only_their_field_and_become_features():
    candidates = [Candidate(extractor="a", signals={"page.non_article": 1.0, "date.rival_support": 0.4,
                                                      "authors.rival_support": 0.9})]
    choices = field_choices(candidates, format="html")
    date = choices[FieldName.DATE].evidence.features()
    assert date["signal:page.non_article"] == 1.0 and date["signal:date.rival_support"] == 0.4
    assert "signal:authors.rival_support" not in date
    assert not any(name.startswith("signal:") for name in choices[FieldName.BODY].evidence.features())


def test_an_extractor_ran_only_for_the_fields_it_sought():
    candidates = [Candidate(extractor="a"), Candidate(extractor="body-only", sought=frozenset({FieldName.BODY}))]
    choices = field_choices(candidates, format="html")
    assert (choices[FieldName.BODY].evidence.ran, choices[FieldName.BODY].evidence.ran_names) == (2, ("a", "body-only"))
    assert (choices[FieldName.TITLE].evidence.ran, choices[FieldName.TITLE].evidence.ran_names) == (1, ("a",))


def test_authors_and_date_each_tell_whether_the_other_was_found():
    dated = [Candidate(extractor="a", proposals=(
        Proposal(field=FieldName.DATE, value=dt.date(2024, 5, 3), rule="r", strength=0.9),))]
    choices = field_choices(dated, format="text")
    assert choices[FieldName.AUTHORS].evidence.features()["signal:authors.dated"] == 1.0
    assert choices[FieldName.DATE].evidence.features()["signal:date.credited"] == 0.0
