"""Deciding the advice (krampbot.triage.advice) and saying it (krampbot.triage.messages)."""
import datetime as dt

import pytest

from krampbot.reading.reading import signs_in as detect_red_flags
from krampbot.triage.advice import (
    REDEN_ELKE_NACHT,
    REDEN_NIEUWE_MEDICIJNEN,
    REDEN_SLAAP,
    Advice,
    decide,
    flags_from_codes,
)
from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG, LEVELS, SPOED_112, ZELFZORG
from krampbot.triage.messages import Situation, advice_message, summary_text
from krampbot.triage.signs import SIGN_BY_CODE as RED_FLAGS

CALM = {
    "spoedsignalen": False,
    "voor_wie": "zelf",
    "frequentie": "zelden",
    "slaap_verstoord": False,
    "been_dik_rood_warm": False,
    "spierzwakte_of_gevoelloos": False,
    "pijn_bij_lopen": False,
    "nieuwe_medicijnen": False,
    "zwanger": False,
}
DAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "changes, level, plek",
    [
        ({}, ZELFZORG, "thuis"),
        ({"frequentie": None}, ZELFZORG, "thuis"),
        ({"zwanger": True}, ZELFZORG, "thuis"),
        ({"been_dik_rood_warm": True}, HUISARTS_VANDAAG, "huisarts of huisartsenpost"),
        ({"been_dik_rood_warm": True, "zwanger": True}, HUISARTS_VANDAAG, "verloskundige"),
        ({"been_dik_rood_warm": True, "kraamtijd": True}, HUISARTS_VANDAAG, "verloskundige"),
        ({"frequentie": "wekelijks"}, HUISARTS, "huisarts"),
        ({"frequentie": "bijna_elke_nacht"}, HUISARTS, "huisarts"),
        ({"slaap_verstoord": True}, HUISARTS, "huisarts"),
        ({"spierzwakte_of_gevoelloos": True}, HUISARTS, "huisarts"),
        ({"spierzwakte_of_gevoelloos": True, "klachten_plotseling": False}, HUISARTS, "huisarts"),
        # a "ja" to weakness that came suddenly: 112 (issue 11)
        ({"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}, SPOED_112, "112"),
        ({"pijn_bij_lopen": True}, HUISARTS, "huisarts"),
        ({"nieuwe_medicijnen": True}, HUISARTS, "huisarts"),
        ({"pijn_overdag_of_mank": True, "voor_wie": "kind"}, HUISARTS, "huisarts"),
        ({"frequentie": "bijna_elke_nacht", "zwanger": True}, HUISARTS, "verloskundige"),
        # a child is never sent to a verloskundige
        ({"frequentie": "wekelijks", "voor_wie": "kind", "zwanger": True}, HUISARTS, "huisarts"),
    ],
)
def test_decide_from_answers(changes, level, plek):
    advice = decide({**CALM, **changes})
    assert (advice.level, advice.plek) == (level, plek)
    assert advice.redenen


def test_one_cramp_a_week_is_self_care():
    assert decide({**CALM, "frequentie": "zelden"}).level == ZELFZORG


@pytest.mark.parametrize(
    "text, level",
    [
        ("ik ben benauwd", SPOED_112),
        ("mijn kuit is dik rood en warm", HUISARTS_VANDAAG),
        ("ik heb veel dorst", HUISARTS),
        ("kramp in mijn kuit", ZELFZORG),
    ],
)
def test_red_flags_raise_the_level(text, level):
    assert decide(CALM, detect_red_flags(text)).level == level


def test_calm_answers_never_lower_a_red_flag():
    assert decide(CALM, [RED_FLAGS["been_dik_rood_warm"]]).level == HUISARTS_VANDAAG


def test_only_the_reasons_of_the_winning_level_without_duplicates():
    flags = detect_red_flags("mijn kuit is dik, rood en warm")
    advice = decide({**CALM, "been_dik_rood_warm": True, "frequentie": "wekelijks"}, flags)
    assert advice.redenen == [RED_FLAGS["been_dik_rood_warm"].reden]


def test_all_reasons_of_the_level_in_order():
    advice = decide({**CALM, "frequentie": "bijna_elke_nacht", "slaap_verstoord": True,
                     "nieuwe_medicijnen": True})
    assert advice.redenen == [REDEN_ELKE_NACHT, REDEN_SLAAP, REDEN_NIEUWE_MEDICIJNEN]


def test_flags_from_codes_skips_unknown_codes():
    assert [f.code for f in flags_from_codes(["benauwd", "onzin", None])] == ["benauwd"]


# ----------------------------------------------------------------------------- messages

FORBIDDEN = ["kinine", "tonic", "baclofen", " mg", "je hebt trombose", "speld", "naald",
             "terpentijn", "stop met je medicijn", "hamstring", "warming-up"]


def message(answers, text=""):
    advice = decide(answers, detect_red_flags(text))
    return advice_message(advice, Situation.from_slots(answers))


@pytest.mark.parametrize(
    "answers, text, first_line, required",
    [
        (CALM, "ik ben benauwd", "Bel 112.", ["Je noemde:\n• benauwdheid of kortademigheid"]),
        ({**CALM, "voor_wie": "ander", "wie": "je vader"}, "hij had een stuip",
         "Bel 112 voor je vader.", ["Je noemde over je vader:", "Blijf bij je vader"]),
        ({**CALM, "been_dik_rood_warm": True}, "", "Bel vandaag nog je huisarts.",
         ["huisartsenpost", "1733", "Masseer het been niet", "112"]),
        ({**CALM, "been_dik_rood_warm": True, "zwanger": True}, "",
         "Bel vandaag nog je verloskundige.", ["Geen gehoor", "huisartsenpost"]),
        ({**CALM, "been_dik_rood_warm": True, "kraamtijd": True}, "",
         "Bel vandaag nog je verloskundige.", ["Geen gehoor"]),
        ({**CALM, "frequentie": "wekelijks"}, "", "Maak een afspraak bij je huisarts.",
         ["• meerdere keren per week kramp", "komende dagen"]),
        ({**CALM, "frequentie": "bijna_elke_nacht", "voor_wie": "ander", "wie": "je vader"}, "",
         "Maak een afspraak bij de huisarts voor je vader.", ["Je noemde over je vader:"]),
        ({**CALM, "frequentie": "bijna_elke_nacht", "zwanger": True}, "",
         "Maak een afspraak bij je verloskundige.", ["verloskundige", "vlekken zien"]),
        ({**CALM, "nieuwe_medicijnen": True}, "", "Maak een afspraak bij je huisarts.",
         ["Stop niet zelf met een medicijn", "apotheker"]),
        (CALM, "", "Je kunt de kramp voor nu zelf aanpakken.",
         ["strek je been", "trek je tenen naar je toe", "masseer", "warmte", "kan helpen",
          "minder koffie en alcohol", "Vaker dan eens per week", "niet sterk", "vandaag nog"]),
        ({**CALM, "zwanger": True}, "", "Je kunt de kramp voor nu zelf aanpakken.",
         ["geen alcohol", "verloskundige", "vlekken zien"]),
        ({**CALM, "voor_wie": "kind", "wie": "je dochter"}, "",
         "Je kunt de kramp van je dochter voor nu zelf aanpakken.", ["groeipijn", "stuip"]),
        ({**CALM, "leeftijd": 82}, "", "Je kunt de kramp voor nu zelf aanpakken.",
         ["licht aan", "houd je vast"]),
    ],
)
def test_advice_message(answers, text, first_line, required):
    text_out = message(answers, text)
    assert text_out.splitlines()[0] == first_line  # the action first, one short line
    for phrase in required:
        assert phrase in text_out
    for phrase in FORBIDDEN:
        assert phrase not in text_out.lower()


def test_pregnant_self_care_drinks_no_alcohol_at_all():
    assert "minder koffie en alcohol" not in message({**CALM, "zwanger": True})


def test_pregnant_messages_never_send_to_the_huisarts_first():
    for answers in ({**CALM, "zwanger": True, "frequentie": "wekelijks"},
                    {**CALM, "zwanger": True, "been_dik_rood_warm": True}):
        first = message(answers).splitlines()[0]
        assert "verloskundige" in first and "huisarts" not in first


def test_pregnant_or_kraamtijd_calm_messages_name_only_the_verloskundige():
    for answers in ({**CALM, "zwanger": True}, {**CALM, "zwanger": False, "kraamtijd": True}):
        text = message(answers)
        assert "huisarts" not in text and "Bel dan vandaag nog je verloskundige." in text
    assert "huisarts" not in message({**CALM, "zwanger": True, "frequentie": "wekelijks"})


@pytest.mark.parametrize("level", LEVELS)
def test_every_level_has_a_message_with_the_required_words(level):
    required = {SPOED_112: "Bel 112", HUISARTS_VANDAAG: "vandaag nog",
                HUISARTS: "Maak een afspraak", ZELFZORG: "zelf aanpakken"}[level]
    text = advice_message(Advice(level, ["een reden"], "huisarts"), Situation())
    assert required in text


def test_calm_message_does_not_say_call_112_now():
    calm = message(CALM)
    assert not calm.startswith("Bel 112") and "vandaag nog je huisarts." not in calm


# ----------------------------------------------------------------------------- summary


def test_summary_lists_the_answers_the_advice_and_its_reasons():
    answers = {**CALM, "frequentie": "bijna_elke_nacht", "slaap_verstoord": True}
    lines = summary_text(answers, decide(answers), [], DAY).splitlines()
    assert lines[:2] == ["Samenvatting voor je huisarts", "Datum: 26 november 2026"]
    assert "• Hoe vaak kramp: (bijna) elke nacht" in lines
    assert "• Al een tijd slecht slapen door de kramp: ja" in lines
    assert "• Zwanger: nee" in lines
    assert "Advies van Krampbot: een afspraak bij de huisarts in de komende dagen." in lines
    assert lines[-2:] == [f"• {REDEN_ELKE_NACHT}", f"• {REDEN_SLAAP}"]


def test_summary_for_someone_else_and_for_a_pregnant_woman():
    father = {**CALM, "voor_wie": "ander", "wie": "je vader", "leeftijd": 82,
              "frequentie": "bijna_elke_nacht"}
    assert summary_text(father, decide(father), [], DAY).splitlines()[0:3:2] == [
        "Samenvatting voor de huisarts van je vader", "Over: je vader (82 jaar)"]
    pregnant = {**CALM, "zwanger": True, "frequentie": "wekelijks"}
    text = summary_text(pregnant, decide(pregnant), [], DAY)
    assert text.startswith("Samenvatting voor je verloskundige")
    assert "een afspraak bij de verloskundige" in text


def test_summary_names_the_warning_signs_and_never_calm_reasons_for_urgent_advice():
    flags = detect_red_flags("ik ben ineens benauwd")
    text = summary_text(CALM, decide(CALM, flags), flags, DAY)
    assert "Waarschuwingssignalen genoemd:\n• benauwdheid of kortademigheid" in text
    assert "Advies van Krampbot: direct 112 bellen." in text
    assert "geen waarschuwingssignalen" not in text


def test_summary_leaves_out_unknown_answers_and_pregnancy_for_a_child():
    child = {"voor_wie": "kind", "wie": "je zoon", "zwanger": False, "pijn_bij_lopen": None,
             "frequentie": "zelden"}
    text = summary_text(child, decide(child), [], DAY)
    assert "Zwanger" not in text and "Pijn in de kuit" not in text


def test_sudden_numbness_is_one_reason_not_two():
    flags = detect_red_flags("ik heb ineens geen gevoel meer in mijn been")
    answers = {"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}
    assert decide(answers, flags).redenen == [RED_FLAGS["been_gevoelloos"].reden]


def test_advice_messages_stay_short():
    """Issue 20: an advice message at most about 90 words. Pregnancy and the kraamtijd add
    the thrombosis and pre-eclampsia alarms of the rules (§3), so they may be longer."""
    from scripts.run.content_book import CALM as BOOK_CALM
    from scripts.run.content_book import LEVEL_CASES, PEOPLE

    for level, case in LEVEL_CASES:
        for person, slots in PEOPLE.items():
            state = {**BOOK_CALM, **slots, **case}
            flags = flags_from_codes(state.get("rode_vlaggen"))
            text = advice_message(decide(state, flags), Situation.from_slots(state), flags)
            limit = 120 if person.startswith(("zwanger", "kraamtijd")) else 100
            assert len(text.split()) <= limit, (level, person, len(text.split()))
