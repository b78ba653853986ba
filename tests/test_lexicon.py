"""Cue phrases per label, stop-words and language guessing."""

from __future__ import annotations

import pytest

from thresher.labels import Label
from thresher.lexicon import (
    SECTION_CUES,
    STOPWORDS,
    guess_language,
    line_cue,
    section_cue,
    social_share,
    stopword_ratio,
)

SAMPLES = {
    "en": "The government said on Monday that it would review the rules for all of the companies in the sector.",
    "de": "Die Regierung hat am Montag gesagt, dass sie die Regeln für alle Unternehmen der Branche prüfen wird.",
    "fr": "Le gouvernement a déclaré lundi qu'il allait revoir les règles pour toutes les entreprises du secteur.",
    "es": "El gobierno dijo el lunes que revisará las normas para todas las empresas del sector en los próximos meses.",
    "it": "Il governo ha detto lunedì che rivedrà le regole per tutte le aziende del settore nei prossimi mesi.",
    "pl": "Rząd poinformował w poniedziałek, że przejrzy przepisy dla wszystkich firm w sektorze, a także dla banków.",
    "pt": "O governo disse na segunda-feira que vai rever as regras para todas as empresas do setor no próximo ano.",
    "nl": "De regering zei maandag dat zij de regels voor alle bedrijven in de sector zal herzien, ook voor de banken.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_guess_language(language: str) -> None:
    assert guess_language(SAMPLES[language]) == language


@pytest.mark.parametrize("text", ["", "Home News Sport", "Facebook Twitter Pinterest LinkedIn Tumblr Reddit Email X"])
def test_guess_language_refuses_to_guess(text: str) -> None:
    assert guess_language(text) is None


def test_stopword_ratio() -> None:
    assert stopword_ratio(SAMPLES["en"], "en") > 0.3
    assert stopword_ratio("Asia China Innovation Tech", "en") == 0.0
    assert stopword_ratio("", None) == 0.0


@pytest.mark.parametrize(("text", "label"), [
    ("Related Posts", Label.RELATED), ("You may also like", Label.RELATED), ("Must Read", Label.RELATED),
    ("Our Picks", Label.RELATED), ("Read more", Label.RELATED), ("Das könnte Sie auch interessieren", Label.RELATED),
    ("À lire aussi", Label.RELATED), ("Te puede interesar", Label.RELATED), ("Leggi anche", Label.RELATED),
    ("Czytaj także", Label.RELATED), ("Leia também", Label.RELATED), ("Lees ook", Label.RELATED),
    ("Most Popular", Label.HEADLINES), ("Trending now", Label.HEADLINES), ("Top Stories:", Label.HEADLINES),
    ("Meistgelesen", Label.HEADLINES), ("Les plus lus", Label.HEADLINES),
    ("Sign up for our newsletter", Label.PROMO), ("Expand Your Tech Knowledge", Label.PROMO),
    ("Newsletter abonnieren", Label.PROMO),
    ("Add A Comment", Label.COMMENTS), ("Leave a Reply", Label.COMMENTS), ("Schreibe einen Kommentar", Label.COMMENTS),
    ("Categories", Label.TAGS), ("Schlagwörter", Label.TAGS), ("About the author", Label.BIO),
])
def test_section_cues(text: str, label: Label) -> None:
    cue = section_cue(text)
    assert cue is not None and cue.label is label


@pytest.mark.parametrize(("text", "label"), [
    ("Share", Label.SHARE), ("Teilen", Label.SHARE), ("Mentions: 12", Label.COUNTER),
    ("3 Mins Read", Label.COUNTER), ("No Comments", Label.COUNTER), ("Lesezeit: 4 Min.", Label.COUNTER),
    ("Comments are closed.", Label.COMMENTS),
    ("Copyright © 2025 Example.comAll Rights Reserved.", Label.FOOTER), ("Impressum", Label.FOOTER),
    ("Mentions légales", Label.FOOTER), ("Previous ArticleScience Served: A Feast", Label.PAGINATION),
    ("Nächster Artikel: Die Wahl", Label.PAGINATION),
    ("Type above and press Enter to search. Press Esc to cancel.", Label.SEARCH),
    ("Close Menu", Label.NAV), ("Skip to content", Label.NAV), ("Avatar photo", Label.BIO),
])
def test_line_cues(text: str, label: Label) -> None:
    cue = line_cue(text)
    assert cue is not None and cue.label is label


@pytest.mark.parametrize("text", [
    "Related research suggests that the effect is small but real in most of the countries studied so far.",
    "She said the comments were taken out of context and that she would not apologise for them.",
    "The share of renewable power rose to a third of the total last year, the agency said.",
])
def test_sentences_that_mention_cue_words_are_not_cues(text: str) -> None:
    assert section_cue(text) is None
    assert line_cue(text) is None


def test_social_share() -> None:
    assert social_share("Share Facebook Twitter Pinterest LinkedIn Email") > 0.8
    assert social_share("We posted the video on Facebook last week.") < 0.2


def test_vocabularies_are_immutable() -> None:
    with pytest.raises(TypeError):
        STOPWORDS["xx"] = frozenset()  # type: ignore[index]
    with pytest.raises(TypeError):
        SECTION_CUES[Label.OTHER] = ()  # type: ignore[index]
