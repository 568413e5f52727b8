"""The spelling step: only unknown words change, into the bot's own words."""
from __future__ import annotations

import pytest

from krampbot.text.spelling import Speller, lexicon_words, vocabulary_of

VOCABULARY = vocabulary_of([
    "wanneer moet ik naar de huisarts", "laat mijn samenvatting zien", "elke avond kramp",
    "kramp in allebei mijn benen", "mijn kuit doet pijn", "ik ben zwanger", "een gevoelloos been",
    "stop", "opnieuw beginnen", "vergeet mijn gesprek", "niet", "geen", "huisarts", "huisarts",
    "een stuip", "kinine", "mijn voeten", "strip", "de dokter",
])
SPELLER = Speller(VOCABULARY, lexicon_words([r"stuip\w*|kinine|allebij|benouwd"]))


@pytest.mark.parametrize("typed, meant", [
    ("husarts", "huisarts"),
    ("laat mijn samenvating zien", "laat mijn samenvatting zien"),
    ("elke avnd kramp", "elke avond kramp"),
    ("ik ben zwnager", "ik ben zwanger"),
    ("een gevoellos been", "een gevoelloos been"),
    ("Husarts bellen?", "Huisarts bellen?"),       # at the start of a sentence
])
def test_an_unknown_word_becomes_the_bots_word(typed, meant):
    assert SPELLER.correct(typed) == meant


@pytest.mark.parametrize("typed", [
    "een stuip",           # in the lexicon (a general dictionary would make it "strip")
    "ik slik kinine",      # idem ("kleine")
    "kramp in allebij benen",  # a spelling the lexicon knows
    "ik zet een stap",     # common Dutch: never becomes "stop"
    "mijn zoon Daan",      # a name inside a sentence
    "ik heb vitamine b12",
    "/vraag{\"vraag_sleutel\":\"magnesium\"}",  # a button payload
    "ik voel me prima",
])
def test_known_words_names_and_payloads_stay_as_typed(typed):
    assert SPELLER.correct(typed) == typed


@pytest.mark.parametrize("typed", ["stopp", "opniew", "vergeett", "nieet"])
def test_a_typo_never_becomes_a_command_or_a_negation(typed):
    assert SPELLER.correct(typed) not in ("stop", "opnieuw", "vergeet", "niet")


def test_text_around_the_words_is_kept():
    assert SPELLER.correct("Husarts?\n  of de dokter...") == "Huisarts?\n  of de dokter..."
