"""Conversation decisions (krampbot.dialogue) and what kind of message it is
(krampbot.reading.utterance): commands, offers, statements, updates."""
import pytest

from krampbot.dialogue import restart_needs_confirmation, update_after_advice
from krampbot.reading.answers import parse_offer_answer
from krampbot.reading.reading import read
from krampbot.reading.utterance import command_said, is_about_cramps, is_personal_statement
from krampbot.reading.utterance import is_explicit_command as _is_explicit_command


def is_explicit_command(intent, text):
    return _is_explicit_command(intent, command_said(text))


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("opnieuw", "opnieuw", True),
        ("opnieuw", "kunnen we opnieuw beginnen", True),
        ("opnieuw", "wis mijn antwoorden", True),
        ("opnieuw", "van voren af aan graag", True),
        # issue 12: a question is not a command, whatever the classifier thought
        ("opnieuw", "en wat kan ik vannacht doen als het weer begint?", False),
        ("opnieuw", "komt het weer terug?", False),
        ("stop_triage", "stop", True),
        ("stop_triage", "laat maar", True),
        ("stop_triage", "ik wil niet meer", True),
        ("stop_triage", "ja, laat maar zien", False),
        ("stop_triage", "laat maar eens zien", False),
        ("stop_triage", "het stopt niet", True),  # a command word is there: context decides
        ("toon_samenvatting", "laat mijn samenvatting zien", True),
        ("toon_samenvatting", "overzicht voor de huisarts", True),
        ("toon_samenvatting", "wat moet ik doen", False),
        ("greet", "hallo", True),  # not a command intent: never touched
    ],
)
def test_is_explicit_command(intent, text, expected):
    assert is_explicit_command(intent, text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ja", True), ("Ja, laat maar zien", True), ("ja graag", True), ("graag", True),
        ("laat maar zien", True), ("laat zien", True), ("doe maar", True), ("oké", True),
        ("nee", False), ("nee dank je", False), ("laat maar", False), ("liever niet", False),
        ("hoeft niet", False), ("nu niet", False),
        ("wat is kramp", None), ("/affirm", None), ("", None),
    ],
)
def test_parse_offer_answer(text, expected):
    assert parse_offer_answer(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "sinds ik statines slik heb ik kramp in mijn benen",
        "ik ben zwanger en heb steeds kramp in mijn kuiten",
        "mijn dochter van 8 heeft 's nachts vaak kramp",
        "mijn vader van 82 heeft elke nacht kramp",
        "ik heb vaak kramp, wat kan ik doen?",
        "mijn kuit schiet steeds vast",
        "ik word elke nacht wakker van kramp",
    ],
)
def test_personal_statement(text):
    assert is_personal_statement(text)


@pytest.mark.parametrize(
    "text",
    [
        "wat doe ik als ik vannacht weer kramp krijg?",
        "helpt magnesium als ik kramp heb",
        "is kramp in de kuit gevaarlijk?",
        "wat is het verschil tussen kramp en rusteloze benen",
        "kan ik als zwangere magnesium nemen",
        "hoe voorkom ik kramp",
        "zwanger en kramp",
    ],
)
def test_not_a_personal_statement(text):
    assert not is_personal_statement(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kan ik kramp krijgen van de vaatwasser", True),
        ("mijn knie klikt soms", True),
        ("wat vind je van voetbal", False),
        ("asdfgh", False),
        ("wat is de hoofdstad van Frankrijk", False),
    ],
)
def test_is_about_cramps(text, expected):
    assert is_about_cramps(text) is expected


def test_after_advice_new_and_worse_facts_apply_calmer_ones_do_not():
    known = {"frequentie": "wekelijks", "slaap_verstoord": False, "zwanger": None}
    update = update_after_advice(known, {"frequentie": "bijna_elke_nacht", "zwanger": True,
                                         "slaap_verstoord": False})
    assert update.values == {"frequentie": "bijna_elke_nacht", "zwanger": True}
    assert update.lower == {}
    calmer = update_after_advice(known, {"frequentie": "zelden"})
    assert calmer.values == {} and calmer.lower == {"frequentie": "zelden"}


@pytest.mark.parametrize("text, confidence, confirm", [
    ("opnieuw", 0.95, False),
    ("begin maar opnieuw", 0.9, False),
    ("ik wil opnieuw beginnen", 0.9, False),
    ("opnieuw", 0.6, True),                          # unsure classifier
    ("moet ik dit allemaal overdoen?", 0.95, True),  # a question, not the command
    ("kan ik opnieuw beginnen", 0.95, True),
    ("opnieuw?", 0.95, True),
])
def test_restart_is_confirmed_when_unsure_or_asked(text, confidence, confirm):
    assert restart_needs_confirmation(confidence, read(text)) is confirm


@pytest.mark.parametrize(
    "text, complaint",
    [
        # a "when" that happens each time is a complaint told, not an "if"
        ("als ik een kwartier fiets krijg ik kramp in mijn dij, al maanden zo", True),
        ("als ik na mijn nachtdienst slaap word ik wakker van een kuit die zich vastzet", True),
        # a state asked about in general, then said to be one's own
        ("wat betekent het als je voet gaat verkrampen tijdens het wandelen? heb dat nu al weken", True),
        # an appointment fact said of a person
        ("sinds mijn nieuwe plaspil heb ik om de andere nacht kramp in mijn kuiten", True),
        ("mijn man heeft sinds een paar maanden steeds pijn in zijn kuit als hij loopt", True),
        # still questions only
        ("wat moet ik doen als ik kramp krijg?", False),
        ("als je elke nacht kramp hebt, helpt magnesium dan?", False),
    ],
)
def test_a_complaint_told_in_everyday_forms(text, complaint):
    assert read(text)["klacht"] is complaint
