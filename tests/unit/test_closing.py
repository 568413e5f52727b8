"""A goodbye is a goodbye (issue 19 point 5): the Reading marks a message that only closes
the conversation, even with a plan in it, and then keeps no facts from it."""
from __future__ import annotations

import pytest

from krampbot import names as N
from krampbot.reading.reading import read


@pytest.mark.parametrize("text", [
    "oké, dan ga ik vanavond rekken. doei!",
    "helder, ik bel maandag de praktijk, tot ziens",
    "ik drink voortaan elke dag meer water, fijne avond",
    "top, dat was alles. groetjes",
    "goed om te weten, bedankt en dag",
    "ik ga nu slapen, welterusten",
])
def test_a_goodbye_with_a_plan_is_a_goodbye_and_keeps_no_facts(text):
    reading = read(text)
    assert reading["afscheid"] == N.GOODBYE
    assert reading["feiten"] == {} and reading["antwoorden"]["frequentie"] is None


@pytest.mark.parametrize("text", ["dank je wel", "super, bedankt voor de uitleg", "ja graag, dankjewel"])
def test_thanks_alone_is_a_thank_you(text):
    assert read(text)["afscheid"] == N.THANK


@pytest.mark.parametrize("text", [
    "bedankt, maar ik wil nog iets weten over magnesium",
    "dankjewel! helpt rekken ook overdag?",
    "dank je, ik heb trouwens bijna elke nacht kramp",
    "doei, mijn been is ineens koud en wit",
    "ik heb elke dag kramp",
    "Dag, mijn dochter heeft vaak kramp in haar kuit",
])
def test_a_question_a_complaint_or_a_greeting_does_not_close(text):
    assert read(text)["afscheid"] is None


@pytest.mark.parametrize("text, expected", [
    ("hoi, wat kan ik doen tegen kramp in mijn kuit?", "wat kan ik doen tegen kramp in mijn kuit?"),
    ("Goedemiddag! Helpt magnesium tegen kramp?", "Helpt magnesium tegen kramp?"),
    ("hallo krampbot, ik heb vaak kramp", "ik heb vaak kramp"),
    ("hallo", "hallo"),
    ("goedemorgen!", "goedemorgen!"),
    ("dag allemaal", "dag allemaal"),
])
def test_a_greeting_before_a_question_is_left_out_for_the_classifier(text, expected):
    from krampbot.text.dutch import without_greeting

    assert without_greeting(text) == expected
