"""What Krampbot keeps is true (issue 19): corrections said in many ways, denials kept as
denials, the time of day kept as said. Tables of Dutch sentences, no model."""
from __future__ import annotations

import pytest

from krampbot.reading.facts import read_facts
from krampbot.reading.person import correction
from krampbot.reading.reading import read


@pytest.mark.parametrize("text, voor_wie", [
    ("foutje, het is voor mijn schoonvader van 70", "ander"),
    ("ik schrijf dit namens mijn zoontje van 4", "kind"),
    ("ik vergat te zeggen dat het om mijn moeder gaat", "ander"),
    ("ik bedoelde eigenlijk mijn dochter, zij is 12", "kind"),
    ("eigenlijk gaat het om mijn man", "ander"),
    ("vergeet mijn zus maar even, het gaat nu over mezelf", "zelf"),
    ("nu eerst over mij graag", "zelf"),
    ("sorry, over mijn eigen kramp wilde ik het hebben", "zelf"),
    ("nee, het gaat over mij en niet over mijn man", "zelf"),
])
def test_a_correction_said_in_other_words_is_heard(text, voor_wie):
    person = correction(text)
    assert person is not None and person.voor_wie == voor_wie


@pytest.mark.parametrize("text", [
    "het is voor mijn werk dat ik zoveel sta",
    "laat dat maar zitten, ik ga eten",
    "mijn vrouw vindt dat ik te weinig drink",
    "ik heb kramp sinds mijn man ziek is",
])
def test_a_person_named_in_passing_is_no_correction(text):
    assert correction(text) is None


@pytest.mark.parametrize("text, slot", [
    ("ik heb kramp, mijn voeten tintelen niet en ze voelen ook niet doof", "spierzwakte_of_gevoelloos"),
    ("mijn kuiten zijn niet slapper geworden, alleen die kramp", "spierzwakte_of_gevoelloos"),
    ("ik slik al jaren dezelfde tabletten en toch kramp", "nieuwe_medicijnen"),
    ("ik ben niet aan nieuwe pillen begonnen maar heb wel kramp", "nieuwe_medicijnen"),
    ("kramp in mijn kuit, maar ik slaap er prima door, nooit wakker", "slaap_verstoord"),
])
def test_a_denied_fact_is_never_recorded_as_present(text, slot):
    assert read_facts(text).values.get(slot) is not True


@pytest.mark.parametrize("text, when", [
    ("in de avonduren trekt mijn kuit vaak samen", "avond"),
    ("na het avondeten krijg ik kramp in mijn tenen", "avond"),
    ("'s middags op kantoor schiet het in mijn kuit", "dag"),
    ("in de ochtend bij het aankleden kramp in mijn voet", "dag"),
    ("kramp bij het fietsen naar school", "dag"),
])
def test_the_time_of_day_is_kept_as_said(text, when):
    assert (read(text)["details"].get("frequentie") or {}).get("tijd") == when


def test_nightly_in_the_evening_is_said_as_evening_in_the_reasons_and_the_summary():
    from krampbot.triage.advice import decide

    answers = {"frequentie": "bijna_elke_nacht", "bronnen": {"frequentie": {"tijd": "avond"}},
               "slaap_verstoord": False}
    advice = decide(answers)
    assert "(bijna) elke avond kramp" in advice.redenen
    assert "elke nacht" not in " ".join(advice.redenen)
