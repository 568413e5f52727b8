"""The follow-up questions' flow (krampbot.triage.questions): which questions apply, in order."""
import pytest

from krampbot.triage.questions import next_question, required_slots

BASE = ["spoedsignalen", "voor_wie", "been_dik_rood_warm", "frequentie", "slaap_verstoord",
        "spierzwakte_of_gevoelloos", "pijn_bij_lopen", "nieuwe_medicijnen"]


@pytest.mark.parametrize(
    "known, expected",
    [
        ({}, BASE + ["zwanger"]),
        # "ja" to the screening: which sign, asked next
        ({"spoedsignalen": True}, ["spoedsignalen", "spoedsignaal"] + BASE[1:] + ["zwanger"]),
        # a 112 sign ends the questions at once
        ({"rode_vlaggen": ["benauwd"]}, []),
        ({"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}, []),
        # a "today" sign: only who and pregnancy (they change where to go)
        ({"spoedsignalen": True, "rode_vlaggen": ["been_dik_rood_warm"]},
         ["spoedsignalen", "spoedsignaal", "voor_wie", "zwanger"]),
        ({"been_dik_rood_warm": True, "voor_wie": "ander", "geslacht": "m"},
         ["spoedsignalen", "voor_wie"]),
        # weakness: sudden or slow?
        ({"spierzwakte_of_gevoelloos": True},
         BASE[:6] + ["klachten_plotseling", "pijn_bij_lopen", "nieuwe_medicijnen", "zwanger"]),
        # a child: pain by day instead of walking pain, no pregnancy question
        ({"voor_wie": "kind"}, BASE[:6] + ["pijn_overdag_of_mank", "nieuwe_medicijnen"]),
        # a man who said so, or a father of 82: no pregnancy question
        ({"voor_wie": "zelf", "geslacht": "m"}, BASE),
        ({"voor_wie": "ander", "geslacht": "v", "leeftijd": 82}, BASE),
        # a restart waits for confirmation first
        ({"opnieuw_gevraagd": True, "frequentie": "zelden"}, ["bevestig_opnieuw"]),
    ],
)
def test_required_slots(known, expected):
    assert required_slots(known) == expected


def test_next_question_skips_what_is_known():
    known = {"spoedsignalen": False, "voor_wie": "zelf", "been_dik_rood_warm": False,
             "frequentie": "bijna_elke_nacht"}
    assert next_question(known) == "slaap_verstoord"
    assert next_question({**known, "slaap_verstoord": False, "spierzwakte_of_gevoelloos": False,
                          "pijn_bij_lopen": False, "nieuwe_medicijnen": False,
                          "zwanger": False}) is None
