"""Class/id cues: which concept a signature names, matched at word starts."""

from __future__ import annotations

import pytest

from thresher.dom_patterns import boilerplate_label, is_content_signature
from thresher.labels import Label


@pytest.mark.parametrize(("signature", "label", "word"), [
    ("share-bar", Label.SHARE, "share"),
    ("comment-share", Label.SHARE, "share"),  # share comes before comments
    ("related-tags", Label.RELATED, "related"),
    ("secondary", Label.OTHER, "secondary"),  # WordPress themes' sidebar id
    ("login-modal dark-modal", Label.SEARCH, "login"),
])
def test_the_first_concept_in_order_names_the_element(signature, label, word):
    assert boilerplate_label(signature) == (label, word)


@pytest.mark.parametrize("signature", [
    "timeshare",  # not at a word start
    "layout-28c65ad00c",  # "ad" after a digit is a hash
    "text-text-dark-secondary",  # a colour utility, not a sidebar
    "bg-secondary-dark btn-secondary",
    "entry-content",
])
def test_words_inside_other_words_name_nothing(signature):
    assert boilerplate_label(signature) is None


def test_content_signatures_and_their_spoilers():
    assert is_content_signature("entry-content")
    assert not is_content_signature("content-sidebar")
