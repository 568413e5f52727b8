"""One source for "when to call": the texts that list the 112 and "vandaag" signs use
the lines of the sign table (krampbot/triage/signs.py), which the screening question,
the Reading and the advice use too. A sign added to the table fails here until every
list names it."""
from __future__ import annotations

import pytest

from krampbot.triage.levels import HUISARTS_VANDAAG, SPOED_112
from krampbot.triage.signs import ADULT, AT_RISK_OF_DEHYDRATION, CHILD, EVERYONE, SCREENING_ITEMS
from scripts.run.content_book import all_responses

LISTS_112 = ("utter_vraag/wanneer_bellen", "utter_vraag/wanneer_112", "utter_wanneer_naar_dokter")
LISTS_TODAY = ("utter_vraag/wanneer_bellen", "utter_wanneer_naar_dokter")
GENERAL = (EVERYONE, CHILD, ADULT, AT_RISK_OF_DEHYDRATION)


def text_of(name: str) -> str:
    return all_responses()[name][0]["text"]


@pytest.mark.parametrize("name", LISTS_112)
def test_every_112_sign_is_listed_in_the_words_of_the_sign_table(name):
    lines = [item.regel for item in SCREENING_ITEMS if item.level == SPOED_112 and item.voor == EVERYONE]
    missing = [line for line in lines if line not in text_of(name)]
    assert missing == []


@pytest.mark.parametrize("name", LISTS_TODAY)
def test_every_today_sign_is_listed_in_the_words_of_the_sign_table(name):
    lines = [item.regel for item in SCREENING_ITEMS if item.level == HUISARTS_VANDAAG and item.voor in GENERAL]
    missing = [line for line in lines if line not in text_of(name)]
    assert missing == []


def test_the_112_lines_stand_under_112_and_the_today_lines_under_today():
    text = text_of("utter_vraag/wanneer_bellen")
    today_at = text.index("vandaag nog")
    for item in SCREENING_ITEMS:
        if item.voor in GENERAL and item.regel in text:
            where = text.index(item.regel)
            assert (where < today_at) == (item.level == SPOED_112), item.code
