"""Every custom action, run directly: Tracker.from_dict + CollectingDispatcher.

No trained model and no server: the domain is the one Rasa assembles (domain.yml plus the
responses in data/, read as YAML), the trackers are built by hand with the Reading the
NLU would attach (krampbot.reading.read), and the actions' whole event lists are checked.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice_actions import ActionRodeVlag, ActionToonSamenvatting, ActionTriageAdvies
from actions.conversation_actions import (
    ActionAntwoordOpAanbod,
    ActionBeantwoordVraag,
    ActionEigenKlacht,
    ActionMeerWeten,
    ActionOpnieuw,
)
from actions.triage_form import ValidateKrampTriageForm
from krampbot.names import READING_KEY
from krampbot.reading.reading import compact, read
from tests.support.domain import load_domain

ROOT = Path(__file__).resolve().parents[2]
FORM = "kramp_triage_form"
CALM_SELF = {"spoedsignalen": False, "voor_wie": "zelf", "been_dik_rood_warm": False,
             "frequentie": "zelden", "slaap_verstoord": False,
             "spierzwakte_of_gevoelloos": False, "pijn_bij_lopen": False,
             "nieuwe_medicijnen": False, "zwanger": False}


@pytest.fixture(scope="module")
def domain() -> Dict[str, Any]:
    return load_domain().as_dict()


def tracker(text: str = "", intent: Optional[str] = None, confidence: float = 0.99,
            slots: Optional[Dict[str, Any]] = None, form: bool = False,
            requested: Optional[str] = None, entities: Optional[List[dict]] = None,
            selector: Optional[Dict[str, Any]] = None,
            ranking: Optional[List[dict]] = None) -> Tracker:
    all_slots = {"disclaimer_gegeven": False, **(slots or {})}
    if requested:
        all_slots["requested_slot"] = requested
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence},
              "entities": entities or [], READING_KEY: compact(read(text))}
    if selector is not None:
        latest["response_selector"] = {"vraag": selector}
    if ranking is not None:
        latest["intent_ranking"] = ranking
    return Tracker.from_dict({
        "sender_id": "test", "slots": all_slots, "latest_message": latest,
        "events": [{"event": "user", "text": text, "parse_data": latest}],
        "active_loop": {"name": FORM} if form else {},
        "latest_action_name": "action_listen",
    })


def run(action, tracker_: Tracker, domain: Dict[str, Any]):
    messages, events = run_events(action, tracker_, domain)
    return messages, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def run_events(action, tracker_: Tracker, domain: Dict[str, Any]):
    """The messages and the whole event list, in order (repeats and strays visible)."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_, domain))
    return dispatcher.messages, events


def slot_events(events) -> List[tuple]:
    return [(e["name"], e["value"]) for e in events if e.get("event") == "slot"]


def said(messages) -> List[str]:
    return [m.get("response") or m.get("text") for m in messages]


# ----------------------------------------------------------------------------- the form


def test_form_start_asks_the_screening_question_first(domain):
    _, slots = run(ValidateKrampTriageForm(), tracker("ik heb vaak kramp", "kramp_klacht",
                                                      form=True), domain)
    assert slots["requested_slot"] == "spoedsignalen"


def test_screening_no_also_answers_the_swollen_leg_and_asks_who(domain):
    messages, slots = run(ValidateKrampTriageForm(), tracker("nee", "deny", form=True,
                                                             requested="spoedsignalen"), domain)
    assert slots["spoedsignalen"] is False and slots["been_dik_rood_warm"] is False
    assert slots["requested_slot"] == "voor_wie" and messages == []


def test_screening_yes_asks_which_sign(domain):
    _, slots = run(ValidateKrampTriageForm(), tracker("ja", "affirm", form=True,
                                                      requested="spoedsignalen"), domain)
    assert slots["spoedsignalen"] is True and slots["requested_slot"] == "spoedsignaal"


def test_chosen_112_sign_ends_the_questions(domain):
    button = tracker('/rode_vlag{"spoedsignaal":"benauwd_of_borstpijn"}', "rode_vlag", form=True,
                     requested="spoedsignaal", slots={"spoedsignalen": True},
                     entities=[{"entity": "spoedsignaal", "value": "benauwd_of_borstpijn"}])
    _, slots = run(ValidateKrampTriageForm(), button, domain)
    assert slots["rode_vlaggen"] == ["benauwd_of_borstpijn"]
    assert slots["requested_slot"] is None


def test_chosen_swollen_leg_asks_who_and_pregnancy_before_the_advice(domain):
    button = tracker('/rode_vlag{"spoedsignaal":"been_dik_rood_warm"}', "rode_vlag", form=True,
                     requested="spoedsignaal", slots={"spoedsignalen": True},
                     entities=[{"entity": "spoedsignaal", "value": "been_dik_rood_warm"}])
    _, slots = run(ValidateKrampTriageForm(), button, domain)
    assert slots["been_dik_rood_warm"] is True and slots["requested_slot"] == "voor_wie"


def test_sudden_numbness_after_yes_to_weakness_is_112(domain):
    state = {**CALM_SELF, "spierzwakte_of_gevoelloos": True, "pijn_bij_lopen": None,
             "nieuwe_medicijnen": None, "zwanger": None}
    _, slots = run(ValidateKrampTriageForm(), tracker("ineens", None, form=True, slots=state,
                                                      requested="klachten_plotseling"), domain)
    assert slots["klachten_plotseling"] is True and slots["requested_slot"] is None


def test_medicine_answer_about_pregnancy_vitamins_is_an_answer_not_a_topic(domain):
    state = {**CALM_SELF, "nieuwe_medicijnen": None, "zwanger": None}
    text = "alleen foliumzuur en vitamines voor de zwangerschap"
    _, slots = run(ValidateKrampTriageForm(), tracker(text, "zwanger_en_kramp", form=True,
                                                      slots=state,
                                                      requested="nieuwe_medicijnen"), domain)
    assert slots["nieuwe_medicijnen"] is False and slots["requested_slot"] == "zwanger"


def test_a_topic_question_leaves_the_question_for_the_rules(domain):
    messages, slots = run(ValidateKrampTriageForm(),
                          tracker("helpt magnesium eigenlijk?", "vraag", form=True,
                                  requested="frequentie"), domain)
    assert (messages, slots) == ([], {})  # rejected: the rules answer, the form asks again


def test_unclear_answer_gets_a_hint_and_the_same_question(domain):
    messages, slots = run(ValidateKrampTriageForm(),
                          tracker("hmm geen idee", None, form=True,
                                  slots={**CALM_SELF, "slaap_verstoord": None},
                                  requested="slaap_verstoord"), domain)
    assert said(messages)[0].startswith("Dat begreep ik niet goed.")
    assert slots["onduidelijk_antwoord"] == "slaap_verstoord"
    assert slots["requested_slot"] == "slaap_verstoord"


def test_a_red_flag_in_the_questions_ends_them(domain):
    _, slots = run(ValidateKrampTriageForm(),
                   tracker("ik ben ineens heel benauwd", "rode_vlag", form=True,
                           slots={"spoedsignalen": False}, requested="frequentie"), domain)
    assert slots["rode_vlaggen"] == ["benauwd"] and slots["requested_slot"] is None


def test_restart_with_low_confidence_is_confirmed_first(domain):
    state = {**CALM_SELF, "slaap_verstoord": None}
    _, slots = run(ValidateKrampTriageForm(), tracker("opnieuw?", "opnieuw", 0.6, form=True,
                                                      slots=state,
                                                      requested="slaap_verstoord"), domain)
    assert slots["opnieuw_gevraagd"] is True and slots["requested_slot"] == "bevestig_opnieuw"
    _, slots = run(ValidateKrampTriageForm(),
                   tracker("ja", "affirm", form=True, requested="bevestig_opnieuw",
                           slots={**state, "opnieuw_gevraagd": True}), domain)
    assert slots["frequentie"] is None and slots["requested_slot"] == "spoedsignalen"


def test_restart_confirmation_no_keeps_the_answers(domain):
    state = {**CALM_SELF, "slaap_verstoord": None, "opnieuw_gevraagd": True}
    _, slots = run(ValidateKrampTriageForm(), tracker("nee", "deny", form=True, slots=state,
                                                      requested="bevestig_opnieuw"), domain)
    assert "frequentie" not in slots and slots["requested_slot"] == "slaap_verstoord"


def test_child_is_not_asked_about_pregnancy(domain):
    state = {**CALM_SELF, "voor_wie": "kind", "wie": "je dochter", "zwanger": None,
             "pijn_bij_lopen": None, "pijn_overdag_of_mank": False, "nieuwe_medicijnen": None}
    _, slots = run(ValidateKrampTriageForm(), tracker("nee", "deny", form=True, slots=state,
                                                      requested="nieuwe_medicijnen"), domain)
    assert slots["requested_slot"] is None


# ----------------------------------------------------------------------------- advice


def test_triage_advice_says_level_and_offers_the_summary(domain):
    messages, slots = run(ActionTriageAdvies(),
                          tracker(slots={**CALM_SELF, "frequentie": "bijna_elke_nacht",
                                         "disclaimer_gegeven": True}), domain)
    assert said(messages)[0].startswith("Maak een afspraak bij je huisarts.")
    assert said(messages)[1] == "utter_aanbod_samenvatting"
    assert slots["advies"] == "huisarts" and slots["vragen_klaar"] is True
    assert slots["aanbod"] == "samenvatting"


def test_red_flag_112_short_safety_line_then_the_action(domain):
    messages, slots = run(ActionRodeVlag(), tracker("mijn been is ineens koud en wit",
                                                    "rode_vlag"), domain)
    assert said(messages)[0] == "Ik geef alleen algemene informatie en ben geen arts."
    assert said(messages)[1].startswith("Bel 112.")
    assert len(messages) == 2  # nothing else distracts from 112
    assert slots["advies"] == "spoed_112" and slots["disclaimer_gegeven"] is True


def test_red_flag_about_a_father_speaks_about_him(domain):
    messages, slots = run(ActionRodeVlag(),
                          tracker("mijn vader van 82 heeft een dikke rode kuit die pijn doet",
                                  "rode_vlag", slots={"disclaimer_gegeven": True}), domain)
    assert said(messages)[0].startswith("Bel vandaag nog de huisarts van je vader.")
    assert slots["voor_wie"] == "ander" and slots["advies"] == "huisarts_vandaag"


def test_summary_before_any_answer_offers_the_questions(domain):
    messages, _ = run(ActionToonSamenvatting(), tracker("samenvatting", "toon_samenvatting"),
                      domain)
    assert said(messages) == ["utter_geen_samenvatting"]


def test_summary_during_the_questions_comes_later(domain):
    messages, _ = run(ActionToonSamenvatting(), tracker("samenvatting", "toon_samenvatting",
                                                        form=True), domain)
    assert said(messages) == ["utter_samenvatting_na_de_vragen"]


def test_summary_after_the_advice_is_dated_and_true(domain):
    state = {**CALM_SELF, "zwanger": True, "frequentie": "wekelijks", "advies": "huisarts"}
    messages, _ = run(ActionToonSamenvatting(), tracker("samenvatting", "toon_samenvatting",
                                                        slots=state), domain)
    text = said(messages)[0]
    assert text.startswith("Samenvatting voor je verloskundige\nDatum: ")
    assert "een afspraak bij de verloskundige" in text


# ----------------------------------------------------------------------------- answers


def test_topic_answer_with_the_safety_note_first(domain):
    messages, slots = run(ActionBeantwoordVraag(), tracker("hoe voorkom ik kramp",
                                                           "kramp_voorkomen"), domain)
    assert said(messages) == ["utter_disclaimer", "utter_kramp_voorkomen"]
    assert slots["disclaimer_gegeven"] is True and slots["aanbod"] is None


def test_topic_during_the_questions_gets_the_short_answer_and_no_offer(domain):
    messages, slots = run(ActionBeantwoordVraag(),
                          tracker("mag ik als zwangere rekken", "zwanger_en_kramp", form=True,
                                  slots={"disclaimer_gegeven": True}), domain)
    assert said(messages) == ["utter_kort_zwanger_en_kramp"]


def test_knowledge_entry_when_the_selector_is_sure(domain):
    selector = {"response": {"intent_response_key": "vraag/magnesium", "confidence": 0.93},
                "ranking": []}
    messages, _ = run(ActionBeantwoordVraag(), tracker("helpt magnesium", "vraag",
                                                       slots={"disclaimer_gegeven": True},
                                                       selector=selector), domain)
    assert said(messages) == ["utter_vraag/magnesium"]


def test_knowledge_button_names_its_entry(domain):
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker('/vraag{"vraag_sleutel":"tonic"}', "vraag",
                              slots={"disclaimer_gegeven": True},
                              entities=[{"entity": "vraag_sleutel", "value": "tonic"}]), domain)
    assert said(messages) == ["utter_vraag/tonic"]


def test_unsure_about_a_cramp_question_says_so_with_the_closest_entries(domain):
    selector = {"response": {"intent_response_key": "vraag/kinine_via_huisarts",
                             "confidence": 0.15},
                "ranking": [{"intent_response_key": "vraag/kinine_via_huisarts", "confidence": 0.15},
                            {"intent_response_key": "vraag/tonic", "confidence": 0.1},
                            {"intent_response_key": "vraag/pijnstillers", "confidence": 0.1},
                            {"intent_response_key": "vraag/magnesium", "confidence": 0.05}]}
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("mag ik kinine combineren met grapefruitsap tegen kramp", "vraag",
                              slots={"disclaimer_gegeven": True}, selector=selector), domain)
    assert said(messages) == ["utter_weet_ik_niet"]
    assert [b["title"] for b in messages[0]["buttons"]] == [
        "Kinine via de huisarts", "Tonic", "Pijnstillers"]


UNSURE_SELECTOR = {"response": {"intent_response_key": "vraag/rekken_kuit", "confidence": 0.13},
                   "ranking": [{"intent_response_key": "vraag/rekken_kuit", "confidence": 0.13}]}


def test_unsure_entry_gets_the_overview_of_the_topic_ranked_next(domain):
    ranking = [{"name": "vraag", "confidence": 0.82},
               {"name": "wat_te_doen_bij_kramp", "confidence": 0.13}]
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("wat doe je het beste als je kramp hebt", "vraag", 0.82,
                              slots={"disclaimer_gegeven": True}, selector=UNSURE_SELECTOR,
                              ranking=ranking), domain)
    assert said(messages) == ["utter_wat_te_doen_bij_kramp"]


def test_unsure_entry_and_no_likely_topic_is_an_honest_dont_know(domain):
    ranking = [{"name": "vraag", "confidence": 0.97}, {"name": "out_of_scope", "confidence": 0.02},
               {"name": "wat_te_doen_bij_kramp", "confidence": 0.01}]
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("helpt kramp tegen hoofdpijn", "vraag", 0.97,
                              slots={"disclaimer_gegeven": True}, selector=UNSURE_SELECTOR,
                              ranking=ranking), domain)
    assert said(messages) == ["utter_weet_ik_niet"]


def test_unsure_entry_off_topic_is_off_topic_not_a_topic(domain):
    ranking = [{"name": "vraag", "confidence": 0.8}, {"name": "voeding_en_kramp", "confidence": 0.1}]
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("wat is de hoofdstad van Frankrijk", "vraag", 0.8,
                              slots={"disclaimer_gegeven": True}, selector=UNSURE_SELECTOR,
                              ranking=ranking), domain)
    assert said(messages) == ["utter_out_of_scope"]


def test_the_when_to_call_entry_offers_the_questions(domain):
    selector = {"response": {"intent_response_key": "vraag/wanneer_bellen", "confidence": 0.6},
                "ranking": []}
    messages, slots = run(ActionBeantwoordVraag(),
                          tracker("wanneer moet ik met kramp naar de huisarts?", "vraag",
                                  slots={"disclaimer_gegeven": True}, selector=selector), domain)
    assert said(messages) == ["utter_vraag/wanneer_bellen", "utter_aanbod_triage"]
    assert slots["aanbod"] == "vragen"


def test_an_unclear_answer_during_the_questions_is_left_to_the_form(domain):
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("hmm geen idee eigenlijk", "vraag", 0.75, form=True,
                              requested="frequentie", slots={"disclaimer_gegeven": True},
                              selector=UNSURE_SELECTOR), domain)
    assert said(messages) == []


def test_the_form_takes_an_unclear_non_question_as_an_unclear_answer(domain):
    messages, slots = run(ValidateKrampTriageForm(),
                          tracker("hmm geen idee eigenlijk", "vraag", 0.75, form=True,
                                  requested="frequentie", slots={"spoedsignalen": False},
                                  selector=UNSURE_SELECTOR), domain)
    assert said(messages)[0].startswith("Dat begreep ik niet goed.")
    assert slots["onduidelijk_antwoord"] == "frequentie"


def test_a_weak_topic_during_the_questions_is_an_unclear_answer(domain):
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("hmm geen idee eigenlijk", "kramp_voorkomen", 0.43, form=True,
                              requested="frequentie", slots={"disclaimer_gegeven": True}), domain)
    assert said(messages) == []
    messages, slots = run(ValidateKrampTriageForm(),
                          tracker("hmm geen idee eigenlijk", "kramp_voorkomen", 0.43, form=True,
                                  requested="frequentie", slots={"spoedsignalen": False}), domain)
    assert said(messages)[0].startswith("Dat begreep ik niet goed.")
    assert slots["onduidelijk_antwoord"] == "frequentie"


def test_a_cramp_question_during_the_questions_is_answered_and_the_form_waits(domain):
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("hoe voorkom ik kramp", "kramp_voorkomen", 0.5, form=True,
                              requested="frequentie", slots={"disclaimer_gegeven": True}), domain)
    assert said(messages) == ["utter_kort_kramp_voorkomen"]
    messages, slots = run(ValidateKrampTriageForm(),
                          tracker("hoe voorkom ik kramp", "kramp_voorkomen", 0.5, form=True,
                                  requested="frequentie", slots={"spoedsignalen": False}), domain)
    assert said(messages) == [] and "onduidelijk_antwoord" not in slots


def test_off_topic_and_gibberish_below_the_fallback_threshold(domain):
    off = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "out_of_scope", "confidence": 0.53}]
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("wat is de hoofdstad van Frankrijk?", "nlu_fallback", 0.4,
                              slots={"disclaimer_gegeven": True}, ranking=off), domain)
    assert said(messages) == ["utter_out_of_scope"]
    gibberish = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "out_of_scope", "confidence": 0.09}]
    messages, _ = run(ActionBeantwoordVraag(),
                      tracker("qwerty asdf", "nlu_fallback", 0.4,
                              slots={"disclaimer_gegeven": True}, ranking=gibberish), domain)
    assert said(messages) == ["utter_nlu_fallback"]


def test_gibberish_is_not_understood(domain):
    messages, _ = run(ActionBeantwoordVraag(), tracker("asdkjh qwe", "nlu_fallback", 0.2),
                      domain)
    assert said(messages) == ["utter_nlu_fallback"]


def test_a_told_complaint_gets_the_screening_and_keeps_the_fact(domain):
    # Safety net (issue 18): a told complaint gets the questions, screening first.
    messages, events = run_events(ActionBeantwoordVraag(),
                                  tracker("sinds ik statines slik heb ik kramp in mijn benen",
                                          "medicijnen_en_kramp", slots={"disclaimer_gegeven": True}),
                                  domain)
    assert said(messages) == ["utter_triage_intro"]
    assert slot_events(events) == [
        ("nieuwe_medicijnen", True), ("voor_wie", "zelf"),
        ("bronnen", {"nieuwe_medicijnen": {"middel": "statines"}}),
        ("aanbod", None), ("vervolg", "vragen")]


def test_a_question_with_a_complaint_gets_a_short_answer_then_the_screening(domain):
    selector = {"response": {"intent_response_key": "vraag/rekken_kuit", "confidence": 0.9}, "ranking": []}
    messages, events = run_events(ActionBeantwoordVraag(),
                                  tracker("ik heb nu kramp in mijn kuit, wat kan ik zelf doen?", "vraag",
                                          slots={"disclaimer_gegeven": True}, selector=selector), domain)
    assert said(messages) == ["utter_vraag/rekken_kuit", "utter_triage_intro"]
    assert slot_events(events)[-1] == ("vervolg", "vragen")


def test_a_general_question_is_answered_without_the_questions(domain):
    messages, events = run_events(ActionBeantwoordVraag(),
                                  tracker("hoe voorkom ik kramp", "kramp_voorkomen",
                                          slots={"disclaimer_gegeven": True}), domain)
    assert said(messages) == ["utter_kramp_voorkomen"]
    assert slot_events(events) == [("aanbod", None), ("vervolg", None)]


def test_old_unchanged_sign_is_asked_about(domain):
    messages, slots = run(ActionBeantwoordVraag(),
                          tracker("ik ben al jaren kortademig door copd, niet anders dan anders."
                                  " Helpt rekken?", "oefeningen_tegen_kramp",
                                  slots={"disclaimer_gegeven": True}), domain)
    assert any("Is het nu anders, erger of nieuw?" in (m or "") for m in said(messages))
    assert "rode_vlaggen" not in slots


# ----------------------------------------------------------------------------- own complaint


def test_own_complaint_starts_the_questions(domain):
    messages, slots = run(ActionEigenKlacht(), tracker("mijn vader van 82 heeft elke nacht kramp",
                                                       "kramp_klacht"), domain)
    assert said(messages) == ["utter_disclaimer", "utter_triage_intro"]
    assert slots["vervolg"] == "vragen" and slots["voor_wie"] == "ander"
    assert slots["frequentie"] == "bijna_elke_nacht" and slots["wie"] == "je vader"


def test_who_it_is_about_in_a_first_message_is_no_correction(domain):
    # "ik schrijf voor mijn vrouw" names the person; nothing was there to correct
    messages, slots = run(ActionEigenKlacht(), tracker(
        "Goedenavond, ik schrijf voor mijn vrouw, zij is 80. Al twee maanden heeft zij "
        "bijna elke nacht kramp in de kuiten.", "kramp_klacht"), domain)
    assert "utter_persoon_aangepast" not in said(messages)
    assert said(messages) == ["utter_disclaimer", "utter_triage_intro"]
    assert slots["voor_wie"] == "ander" and slots["wie"] == "je vrouw"


def test_after_the_advice_a_restated_fact_never_restarts_the_questions(domain):
    state = {**CALM_SELF, "frequentie": "bijna_elke_nacht", "advies": "huisarts",
             "vragen_klaar": True, "disclaimer_gegeven": True}
    messages, slots = run(ActionEigenKlacht(), tracker("elke nacht", "kramp_klacht", slots=state),
                          domain)
    assert said(messages) == ["utter_genoteerd"] and slots["vervolg"] is None


def test_after_the_advice_a_worse_fact_gives_the_new_advice(domain):
    state = {**CALM_SELF, "advies": "zelfzorg", "vragen_klaar": True, "disclaimer_gegeven": True}
    messages, slots = run(ActionEigenKlacht(), tracker("ik word nu elke nacht wakker van kramp",
                                                       "kramp_klacht", slots=state), domain)
    assert said(messages)[0] == "utter_advies_aangepast"
    assert said(messages)[1].startswith("Maak een afspraak")
    assert slots["advies"] == "huisarts" and slots["vervolg"] is None


def test_after_the_advice_a_calmer_fact_is_not_applied(domain):
    state = {**CALM_SELF, "frequentie": "bijna_elke_nacht", "advies": "huisarts",
             "vragen_klaar": True, "disclaimer_gegeven": True}
    messages, slots = run(ActionEigenKlacht(), tracker("eigenlijk maar 1 keer per week",
                                                       "kramp_klacht", slots=state), domain)
    assert said(messages) == ["utter_antwoord_aanpassen"] and "frequentie" not in slots


# ----------------------------------------------------------------------------- offers


def test_yes_let_me_see_is_yes_to_the_summary(domain):
    state = {**CALM_SELF, "advies": "zelfzorg", "aanbod": "samenvatting"}
    messages, slots = run(ActionAntwoordOpAanbod(), tracker("ja, laat maar zien", "stop_triage",
                                                            slots=state), domain)
    assert said(messages)[0].startswith("Samenvatting voor je huisarts")
    assert slots["aanbod"] is None


def test_never_mind_is_no_to_the_summary(domain):
    state = {**CALM_SELF, "advies": "zelfzorg", "aanbod": "samenvatting"}
    messages, _ = run(ActionAntwoordOpAanbod(), tracker("laat maar", "stop_triage", slots=state),
                      domain)
    assert said(messages) == ["utter_oke"]


def test_yes_to_the_questions_starts_them(domain):
    messages, slots = run(ActionAntwoordOpAanbod(), tracker("ja graag", "affirm",
                                                            slots={"aanbod": "vragen"}), domain)
    assert said(messages) == ["utter_disclaimer", "utter_triage_intro"]
    assert slots["vervolg"] == "vragen"


def test_yes_to_restart_clears_the_answers(domain):
    state = {**CALM_SELF, "aanbod": "opnieuw", "advies": "zelfzorg", "vragen_klaar": True,
             "disclaimer_gegeven": True}
    messages, slots = run(ActionAntwoordOpAanbod(), tracker("ja", "affirm", slots=state), domain)
    assert said(messages) == ["utter_triage_opnieuw"]
    assert slots["frequentie"] is None and slots["vervolg"] == "vragen"
    assert slots["advies"] is None


def test_no_to_restart_keeps_the_answers(domain):
    state = {**CALM_SELF, "aanbod": "opnieuw", "advies": "zelfzorg"}
    messages, slots = run(ActionAntwoordOpAanbod(), tracker("nee", "deny", slots=state), domain)
    assert said(messages) == ["utter_antwoorden_bewaard"] and "frequentie" not in slots


def test_unsure_restart_is_confirmed_first(domain):
    state = {**CALM_SELF, "advies": "zelfzorg", "vragen_klaar": True}
    messages, slots = run(ActionOpnieuw(), tracker("opnieuw misschien", "opnieuw", 0.55,
                                                   slots=state), domain)
    assert said(messages) == ["utter_bevestig_opnieuw"]
    assert slots["aanbod"] == "opnieuw" and "frequentie" not in slots


def test_sure_restart_starts_again_but_keeps_free_text_warning_signs(domain):
    state = {**CALM_SELF, "advies": "spoed_112", "rode_vlaggen": ["benauwd"],
             "disclaimer_gegeven": True}
    messages, slots = run(ActionOpnieuw(), tracker("opnieuw", "opnieuw", 0.99, slots=state),
                          domain)
    assert said(messages) == ["utter_triage_opnieuw"]
    assert slots["vervolg"] == "vragen" and slots["advies"] == "spoed_112"
    assert slots["frequentie"] is None


def test_meer_weten_gives_the_longer_answer(domain):
    messages, _ = run(ActionMeerWeten(), tracker("/meer_weten", "meer_weten",
                                                 slots={"onderwerp": "voeding_en_kramp"}), domain)
    assert said(messages) == ["utter_meer_voeding_en_kramp"]


def test_a_specific_question_classified_as_its_topic_gets_the_entry(domain):
    selector = {"response": {"intent_response_key": "vraag/magnesium", "confidence": 0.7},
                "ranking": []}
    messages, _ = run(ActionBeantwoordVraag(), tracker("helpt magnesium", "voeding_en_kramp",
                                                       slots={"disclaimer_gegeven": True},
                                                       selector=selector), domain)
    assert said(messages) == ["utter_vraag/magnesium"]


def test_a_topic_question_never_gets_an_entry_of_another_subject(domain):
    selector = {"response": {"intent_response_key": "vraag/kramp_vannacht", "confidence": 0.8},
                "ranking": []}
    messages, _ = run(ActionBeantwoordVraag(), tracker("hoe voorkom ik kramp", "kramp_voorkomen",
                                                       slots={"disclaimer_gegeven": True},
                                                       selector=selector), domain)
    assert said(messages) == ["utter_kramp_voorkomen"]


def test_closest_entries_never_offer_a_remedy_advised_against_first():
    from krampbot.knowledge.answers import closest_entries

    ranking = [{"intent_response_key": f"vraag/{key}", "confidence": c}
               for key, c in (("tonic", 0.3), ("prikken_met_speld", 0.2), ("masseren", 0.1), ("augurkennat", 0.05))]
    parse = {"response_selector": {"vraag": {"ranking": ranking, "response": {}}}}
    titles = [title for title, _ in closest_entries(parse)]
    assert titles[0] == "Masseren"
    assert titles[1:] == ["Tonic", "Prikken met een speld"]
    assert [t for t, _ in closest_entries({})] == ["Als de kramp vannacht komt", "Wanneer bellen?", "Is kramp gevaarlijk?"]


@pytest.mark.parametrize("when, title", [("avond", "(Bijna) elke avond"), ("dag", "(Bijna) elke dag"),
                                         (None, "(Bijna) elke nacht")])
def test_frequency_buttons_say_the_time_of_day_that_was_named(when, title):
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.triage_form import ActionAskFrequentie

    sources = {"frequentie": {"tijd": when}} if when else None
    tracker = Tracker.from_dict({"sender_id": "t", "slots": {"bronnen": sources}, "events": [],
                                 "latest_message": {}, "active_loop": {}})
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskFrequentie().run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_frequentie"
    assert [b["title"] for b in message["buttons"]][-1] == title
    assert [b["payload"] for b in message["buttons"]] == ["zelden", "wekelijks", "bijna_elke_nacht"]
