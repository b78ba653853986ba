"""Properties every input must satisfy, whatever it is."""

from __future__ import annotations

import contextlib
import html
import json

import lxml.html
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thresher
from thresher.errors import ThresherError

from .strategies import any_text, html_documents, text_dumps

PROPERTY_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD = regex.compile(r"\w+")
_SPACES = regex.compile(r"\s+")


def _extract_or_documented_error(content: bytes | str) -> thresher.Article | None:
    try:
        return thresher.extract(content, mode="precise")
    except ThresherError:
        return None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _visible_text(content: str) -> str:
    """The input's text, case-folded and with all whitespace removed: the body is checked against
    it "modulo whitespace", since extractors (and libxml2) join or split text around tags."""
    parts = [html.unescape(content)]
    with contextlib.suppress(Exception):  # not HTML at all: the raw text is the visible one
        parts.append("".join(lxml.html.document_fromstring(content).itertext()))
    return "\n".join(_SPACES.sub("", part.casefold()) for part in parts)


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_an_article_or_a_documented_error(data):
    article = _extract_or_documented_error(data)
    if article is not None:
        assert all(0.0 <= c <= 1.0 for c in article.confidence.values())


@PROPERTY_SETTINGS
@given(any_text)
def test_confidences_are_probabilities_and_json_round_trips(content):
    article = _extract_or_documented_error(content)
    if article is None:
        return
    assert all(0.0 <= c <= 1.0 for c in article.confidence.values())
    data = article.to_dict()
    assert json.loads(article.to_json()) == data == json.loads(json.dumps(data))


@PROPERTY_SETTINGS
@given(st.one_of(html_documents, text_dumps))
def test_body_holds_only_text_present_in_the_input(content):
    article = _extract_or_documented_error(content)
    if article is None:
        return
    visible = _visible_text(content)
    assert all(word in visible for word in _words(article.body))
