"""The follow-up questions (form `kramp_triage_form`): validation and flow, as glue.

Which question comes next is decided by krampbot.questions; what an answer means by
krampbot.answers; warning signs by krampbot.red_flags. This module reads the tracker,
calls them and returns slot events.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    UNCLEAR_SLOT,
    add_flags,
    said_flags,
    clear_answers,
    entry_of_message,
    fill_empty,
    known,
    latest_intent,
    latest_text,
)
from krampbot.answers import (
    BEVESTIG_OPNIEUW,
    SPOEDSIGNALEN,
    interpret_reply,
    parse_yes_no,
)
from krampbot.conversation import OPNIEUW, is_question_during_questions, restart_needs_confirmation
from krampbot.messages import old_sign_question
from krampbot.questions import OPNIEUW_GEVRAAGD, SPOEDSIGNAAL, next_question, required_slots
from krampbot.red_flags import UNKNOWN_SCREENING_SIGN, old_signs

# When a message answers nothing, these intents let the rules answer it instead (the
# form then asks the same question again). Every other message gets a clearer re-ask.
# Read from the domain: the intents of the rules that answer during the questions.
LEAVE_INTENTS_SLOT_FREE = ("stop_triage", "toon_samenvatting", "goodbye", "greet", "thank",
                           "bot_challenge", "help")

_UNCLEAR_HINTS = {
    "frequentie": "Je kunt een knop kiezen, of iets typen als '2 keer per week'.",
    "voor_wie": "Kies een knop: gaat het om jezelf, om je kind of om iemand anders?",
    SPOEDSIGNAAL: "Kies de klacht die het beste past, of 'Iets anders'.",
    "zwanger": "Kies een knop. Geldt het niet? Kies dan 'Nee'.",
}
_UNSURE_OF_SIGN = ("weet ik niet", "weet niet", "iets anders", "geen idee", "anders",
                   "onbekend", "twijfel")


def topic_intents(domain: DomainDict) -> set:
    """Intents that ask a question Krampbot answers: the topics (each has a short answer
    for during the questions, `utter_kort_<topic>`) and the knowledge base (retrieval
    responses `utter_<intent>/<key>`). Taken from the domain, so nothing is copied by hand.
    """
    responses = domain.get("responses", {})
    intents = set()
    for intent in domain.get("intents", []):
        name = next(iter(intent)) if isinstance(intent, dict) else intent
        if f"utter_kort_{name}" in responses or any(r.startswith(f"utter_{name}/") for r in responses):
            intents.add(name)
    return intents


class ValidateKrampTriageForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_kramp_triage_form"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        return required_slots(known(tracker) | {
            OPNIEUW_GEVRAAGD: tracker.get_slot(OPNIEUW_GEVRAAGD)})

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested: Optional[Text] = tracker.get_slot("requested_slot")
        events = self._validate(dispatcher, tracker, domain, requested)
        if events is None:
            return []  # nothing answered: Rasa rejects the form and the rules respond
        tracker.add_slots(events)
        # Always name the next question (None ends the form): the flow is ours.
        state = known(tracker) | {OPNIEUW_GEVRAAGD: tracker.get_slot(OPNIEUW_GEVRAAGD)}
        return events + [SlotSet("requested_slot", next_question(state))]

    def _validate(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict, requested: Optional[Text]) -> Optional[List[EventType]]:
        if requested is None:
            return []  # the form just started: facts of this message are already kept
        text = latest_text(tracker)
        intent, confidence = latest_intent(tracker)
        state = known(tracker)
        if requested == BEVESTIG_OPNIEUW:
            return self._confirm_restart(text, state)
        if intent == OPNIEUW:
            if not restart_needs_confirmation(confidence, text):
                dispatcher.utter_message(response="utter_triage_opnieuw")
                return clear_answers(state)
            return [SlotSet(OPNIEUW_GEVRAAGD, True)]  # confirmed first: it clears answers
        events = add_flags(state, said_flags(tracker, text))
        new_flags = bool(events)
        old = old_signs(text)
        if old:
            dispatcher.utter_message(text=old_sign_question(old))
        reply = interpret_reply(text, requested)
        events += [SlotSet(slot, value) for slot, value in reply.answer.items()]
        state.update(reply.answer)
        events += fill_empty(state, reply.facts)
        events += self._screening(requested, text, state, events)
        if state.get(requested) is not None or new_flags:
            return events + [SlotSet(UNCLEAR_SLOT, None)]
        # Nothing answered (events here are only facts, which the answering action keeps too).
        if intent in topic_intents(domain) | set(LEAVE_INTENTS_SLOT_FREE) | {"nlu_fallback"}:
            if intent in LEAVE_INTENTS_SLOT_FREE or is_question_during_questions(
                    intent, confidence, bool(entry_of_message(tracker)), text):
                return None  # a question: the rules answer it and this question comes again
        dispatcher.utter_message(text="Dat begreep ik niet goed. "
                                      + _UNCLEAR_HINTS.get(requested, "Kies 'Ja' of 'Nee'."))
        return events + [SlotSet(UNCLEAR_SLOT, requested)]

    @staticmethod
    def _screening(requested: Text, text: Text, state: Dict[Text, Any],
                   events: List[EventType]) -> List[EventType]:
        """The screening question: a sign named at once counts as "ja" + that sign; "nee"
        also answers the swollen-leg question (the list names it)."""
        new_codes = [code for e in events if e.get("name") == "rode_vlaggen"
                     for code in e["value"]]
        extra: List[EventType] = []
        if "been_dik_rood_warm" in new_codes and state.get("been_dik_rood_warm") is not True:
            state["been_dik_rood_warm"] = True  # the swollen-leg question is answered too
            extra.append(SlotSet("been_dik_rood_warm", True))
        if requested == SPOEDSIGNALEN:
            if new_codes:
                state.update({SPOEDSIGNALEN: True, SPOEDSIGNAAL: new_codes[-1]})
                return extra + [SlotSet(SPOEDSIGNALEN, True), SlotSet(SPOEDSIGNAAL, new_codes[-1])]
            if state.get(SPOEDSIGNALEN) is False and state.get("been_dik_rood_warm") is None:
                state["been_dik_rood_warm"] = False
                return [SlotSet("been_dik_rood_warm", False)]
            return extra
        if requested == SPOEDSIGNAAL:
            if new_codes:
                state[SPOEDSIGNAAL] = new_codes[-1]
                return extra + [SlotSet(SPOEDSIGNAAL, new_codes[-1])]
            if any(phrase in text.lower() for phrase in _UNSURE_OF_SIGN):
                flag_events = add_flags(state, [UNKNOWN_SCREENING_SIGN])
                state[SPOEDSIGNAAL] = UNKNOWN_SCREENING_SIGN.code
                return flag_events + [SlotSet(SPOEDSIGNAAL, UNKNOWN_SCREENING_SIGN.code)]
        return extra

    @staticmethod
    def _confirm_restart(text: Text, state: Dict[Text, Any]) -> List[EventType]:
        answer = parse_yes_no(text)
        if answer is None:
            return [SlotSet(UNCLEAR_SLOT, BEVESTIG_OPNIEUW)]
        done = [SlotSet(OPNIEUW_GEVRAAGD, None), SlotSet(BEVESTIG_OPNIEUW, None)]
        return (clear_answers(state) if answer else []) + done
