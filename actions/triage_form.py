"""The follow-up questions (form `kramp_triage_form`): validation, flow and the
screening questions, as glue.

Which question comes next is decided by krampbot.triage.questions; what a message means
by its Reading combined with the slots (krampbot.reading.context); the screening list
by the sign table (krampbot.triage.signs). This module reads the tracker, calls them
and returns slot events.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    add_flags,
    apply_correction,
    clear_answers,
    entry_of_message,
    keep_said,
    known,
    latest_intent,
    reading_of,
    understood,
)
from krampbot import names as N
from krampbot.dialogue import is_question_during_questions, restart_needs_confirmation
from krampbot.triage.levels import HUISARTS_VANDAAG, SPOED_112
from krampbot.triage.messages import (
    audience_of,
    old_sign_question,
    screening_after_advice,
    screening_question,
    which_sign_question,
)
from krampbot.triage.questions import frequency_buttons, next_question, required_slots
from krampbot.triage.signs import UNKNOWN_SCREENING_ITEM, flags_from_codes, screening_items

# When a message answers nothing, these intents let the rules answer it instead (the
# form then asks the same question again). Every other message gets a clearer re-ask.
LEAVE_INTENTS_SLOT_FREE = (N.STOP_TRIAGE, N.TOON_SAMENVATTING, N.GOODBYE, N.GREET, N.THANK,
                           N.BOT_CHALLENGE, N.HELP, N.VERGEET, N.PRIVACY)

# A chitchat intent mid-questions is left to the rules only when the classifier is sure;
# otherwise the message is an unclear answer ("paar keer deze week" once came out as help).
SURE_CHITCHAT = 0.8
_UNCLEAR_HINTS = {
    N.FREQUENTIE: "Je kunt een knop kiezen, of iets typen als '2 keer per week'.",
    N.VOOR_WIE: "Kies een knop: gaat het om jezelf, om je kind of om iemand anders?",
    N.SPOEDSIGNAAL: "Kies de klacht die het beste past, of 'Iets anders'.",
    N.ZWANGER: "Kies een knop. Geldt het niet? Kies dan 'Nee'.",
    N.KLACHTEN_PLOTSELING: "Kies 'Ja, vandaag ineens' of 'Nee, al langer'.",
}
_UNSURE_OF_SIGN = ("weet ik niet", "weet niet", "iets anders", "geen idee", "anders",
                   "onbekend", "twijfel")


def question_intents(domain: DomainDict) -> set:
    """Intents that ask a question Krampbot answers: the topics (each has a short answer
    for during the questions, `utter_kort_<topic>`) and the knowledge base (retrieval
    responses `utter_<intent>/<key>`). Taken from the domain, not copied by hand."""
    responses = domain.get("responses", {})
    intents = set()
    for intent in domain.get("intents", []):
        name = next(iter(intent)) if isinstance(intent, dict) else intent
        if f"utter_kort_{name}" in responses or any(r.startswith(f"utter_{name}/") for r in responses):
            intents.add(name)
    return intents


def _flow_state(tracker: Tracker) -> Dict[Text, Any]:
    return known(tracker) | {N.OPNIEUW_GEVRAAGD: tracker.get_slot(N.OPNIEUW_GEVRAAGD)}


class ValidateKrampTriageForm(FormValidationAction):
    def name(self) -> Text:
        return N.VALIDATE_FORM

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        return required_slots(_flow_state(tracker))

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        requested: Optional[Text] = tracker.get_slot(N.REQUESTED_SLOT)
        events = self._validate(dispatcher, tracker, domain, requested)
        if events is None:
            return []  # nothing answered: Rasa rejects the form and the rules respond
        tracker.add_slots(events)
        # Always name the next question (None ends the form): the flow is ours.
        return events + [SlotSet(N.REQUESTED_SLOT, next_question(_flow_state(tracker)))]

    def _validate(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict, requested: Optional[Text]) -> Optional[List[EventType]]:
        if requested is None:
            return []  # the form just started: facts of this message are already kept
        intent, confidence = latest_intent(tracker)
        state = known(tracker)
        meaning = understood(tracker, requested)
        if requested == N.BEVESTIG_OPNIEUW:
            return self._confirm_restart(meaning.answer.get(N.BEVESTIG_OPNIEUW), state)
        if intent == N.OPNIEUW and N.OPNIEUW in meaning.commands:
            if not restart_needs_confirmation(confidence, reading_of(tracker)):
                dispatcher.utter_message(response="utter_triage_opnieuw")
                return clear_answers(state)
            return [SlotSet(N.OPNIEUW_GEVRAAGD, True)]  # confirmed first: it clears answers
        events = apply_correction(state, meaning)
        corrected = bool(events)
        if corrected:
            dispatcher.utter_message(response="utter_persoon_aangepast")
        before = set(state.get(N.RODE_VLAGGEN) or [])
        events += [SlotSet(slot, value) for slot, value in meaning.answer.items()]
        state.update(meaning.answer)
        events += keep_said(state, meaning)
        new_flags = set(state.get(N.RODE_VLAGGEN) or []) - before
        events += self._old_signs(dispatcher, tracker, meaning.old_signs)
        events += self._screening(requested, meaning, state)
        if state.get(requested) is not None or new_flags or corrected:
            return events + [SlotSet(N.ONDUIDELIJK_ANTWOORD, None)]
        # Nothing answered: a question is left to the rules (the question comes again).
        # A command said in words ("laat maar": stop) always leaves; other chitchat only when sure.
        if (intent in LEAVE_INTENTS_SLOT_FREE and (confidence >= SURE_CHITCHAT or intent in meaning.commands)) or (
                intent in question_intents(domain) | {N.NLU_FALLBACK}
                and is_question_during_questions(intent, confidence, bool(entry_of_message(tracker)),
                                                 reading_of(tracker))):
            return None
        return events + self._unclear(dispatcher, tracker, requested, state)

    @staticmethod
    def _unclear(dispatcher: CollectingDispatcher, tracker: Tracker, requested: Text,
                 state: Dict[Text, Any]) -> List[EventType]:
        """The answer could not be read: once a hint and the same question; twice in a
        row, it is kept as unknown and the questions go on."""
        if tracker.get_slot(N.ONDUIDELIJK_ANTWOORD) == requested:
            if requested == N.SPOEDSIGNAAL:  # a "ja" to the list stays a sign
                return _unknown_sign(state) + [SlotSet(N.ONDUIDELIJK_ANTWOORD, None)]
            unknown = list(state.get(N.ONBEKEND) or [])
            if requested not in unknown:
                unknown.append(requested)
            dispatcher.utter_message(response="utter_antwoord_onbekend")
            return [SlotSet(N.ONBEKEND, unknown), SlotSet(N.ONDUIDELIJK_ANTWOORD, None)]
        dispatcher.utter_message(text="Dat begreep ik niet goed. "
                                      + _UNCLEAR_HINTS.get(requested, "Kies 'Ja' of 'Nee'."))
        return [SlotSet(N.ONDUIDELIJK_ANTWOORD, requested)]

    @staticmethod
    def _old_signs(dispatcher: CollectingDispatcher, tracker: Tracker, codes: List[str]) -> List[EventType]:
        known_old = list(tracker.get_slot(N.OUD_TEKEN_GEVRAAGD) or [])
        new = [code for code in codes if code not in known_old]
        if not new:
            return []
        dispatcher.utter_message(text=old_sign_question(flags_from_codes(new)))
        return [SlotSet(N.OUD_TEKEN_GEVRAAGD, known_old + new)]

    @staticmethod
    def _screening(requested: Text, meaning, state: Dict[Text, Any]) -> List[EventType]:
        """"nee" to the screening list also answers the swollen-leg question (the list
        names it); "weet ik niet" at which-sign is the unknown sign (today)."""
        events: List[EventType] = []
        if "been_dik_rood_warm" in (state.get(N.RODE_VLAGGEN) or []) and state.get(N.BEEN_DIK_ROOD_WARM) is not True:
            state[N.BEEN_DIK_ROOD_WARM] = True
            events.append(SlotSet(N.BEEN_DIK_ROOD_WARM, True))
        if requested == N.SPOEDSIGNALEN and state.get(N.SPOEDSIGNALEN) is False \
                and state.get(N.BEEN_DIK_ROOD_WARM) is None:
            state[N.BEEN_DIK_ROOD_WARM] = False
            events.append(SlotSet(N.BEEN_DIK_ROOD_WARM, False))
        code = state.get(N.SPOEDSIGNAAL)
        if requested in (N.SPOEDSIGNALEN, N.SPOEDSIGNAAL) and code:
            events += add_flags(state, [code])
        if requested == N.SPOEDSIGNAAL and not code and meaning.unsure:
            events += _unknown_sign(state)  # "weet ik niet" / "iets anders": today (safer)
        return events

    @staticmethod
    def _confirm_restart(answer: Optional[bool], state: Dict[Text, Any]) -> List[EventType]:
        if answer is None:
            return [SlotSet(N.ONDUIDELIJK_ANTWOORD, N.BEVESTIG_OPNIEUW)]
        done = [SlotSet(N.OPNIEUW_GEVRAAGD, None), SlotSet(N.BEVESTIG_OPNIEUW, None)]
        return (clear_answers(state) if answer else []) + done


def _unknown_sign(state: Dict[Text, Any]) -> List[EventType]:
    """A "ja" to the screening list, but which sign is not known: counted as today."""
    events = add_flags(state, [UNKNOWN_SCREENING_ITEM.code])
    state[N.SPOEDSIGNAAL] = UNKNOWN_SCREENING_ITEM.code
    return events + [SlotSet(N.SPOEDSIGNAAL, UNKNOWN_SCREENING_ITEM.code)]


class ActionAskSpoedsignalen(Action):
    """The screening question, its list built from the sign table for this person."""

    def name(self) -> Text:
        return "action_ask_spoedsignalen"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        items = screening_items(audience_of(slots, reading_of(tracker)))
        if slots.get(N.ADVIES) == HUISARTS_VANDAAG:
            # Advice for today was given: check only what would make it 112.
            items = [item for item in items if item.level == SPOED_112]
            dispatcher.utter_message(text=screening_after_advice(slots, items), buttons=[
                {"title": "Ja, een van deze", "payload": "ja"},
                {"title": "Nee, geen van deze", "payload": "nee"}])
            return []
        dispatcher.utter_message(text=screening_question(slots, items), buttons=[
            {"title": "Ja, een van deze", "payload": "ja"},
            {"title": "Nee, geen van deze", "payload": "nee"}])
        return []


class ActionAskSpoedsignaal(Action):
    """Which sign: one button per item of the screening list, and "Iets anders"."""

    def name(self) -> Text:
        return "action_ask_spoedsignaal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        items = [*screening_items(audience_of(slots, reading_of(tracker))), UNKNOWN_SCREENING_ITEM]
        if slots.get(N.ADVIES) == HUISARTS_VANDAAG:
            items = [item for item in items if item.level == SPOED_112] + [UNKNOWN_SCREENING_ITEM]
        dispatcher.utter_message(text=which_sign_question(), buttons=[
            {"title": item.knop, "payload": f'/rode_vlag{{"spoedsignaal":"{item.code}"}}'}
            for item in items])
        return []


class ActionAskFrequentie(Action):
    """The frequency question, its buttons in the time of day the person named."""

    def name(self) -> Text:
        return N.ACTION_ASK_FREQUENTIE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        sources = tracker.get_slot(N.BRONNEN) or {}
        when = (sources.get(N.FREQUENTIE) or {}).get("tijd")
        dispatcher.utter_message(response="utter_ask_frequentie", buttons=frequency_buttons(when))
        return []
