"""Triage glue: the form validation, red flags, the advice and the summary.

All decisions are made in krampbot.triage / krampbot.form_answers; this module only
reads the tracker, calls them and turns the result into messages and slot events.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from krampbot.form_answers import TRIAGE_SLOTS, interpret_reply
from krampbot.triage import (
    Advice,
    advice_message,
    decide,
    detect_red_flags,
    max_level,
    summary_text,
)

FORM_NAME = "kramp_triage_form"
ADVICE_SLOT = "advies"
UNCLEAR_SLOT = "onduidelijk_antwoord"

# Intents that mean "this message is not an answer to the question": when the message
# does not answer it either, the form steps aside so the rules can respond.
INTENTS_THAT_LEAVE_THE_QUESTION = {
    "waarom_kramp_nachts", "wat_te_doen_bij_kramp", "zwanger_en_kramp",
    "kramp_bij_kinderen", "kramp_voorkomen", "oefeningen_tegen_kramp",
    "voeding_en_kramp", "medicijnen_en_kramp", "ziekten_en_kramp",
    "kramp_bij_zwemmen", "onderzoek_bij_arts", "wanneer_naar_dokter",
    "huismiddeltjes", "greet", "goodbye", "thank", "bot_challenge", "help",
    "stop_triage", "opnieuw", "toon_samenvatting", "meer_weten", "rode_vlag",
}


def triage_answers(tracker: Tracker) -> Dict[Text, Any]:
    return {slot: tracker.get_slot(slot) for slot in TRIAGE_SLOTS}


def red_flags_in_conversation(tracker: Tracker) -> list:
    """Every warning sign the person mentioned in this conversation so far."""
    flags = []
    for event in tracker.events:
        if event.get("event") == "user":
            flags.extend(detect_red_flags(event.get("text") or ""))
    return flags


def known_from_earlier_messages(tracker: Tracker, known: Dict[Text, Any]) -> Dict[Text, Any]:
    """Triage facts stated in earlier user messages ("ik ben zwanger") not yet known."""
    facts: Dict[Text, Any] = {}
    user_texts: List[Text] = []
    for event in tracker.events:
        if event.get("event") == "user":
            user_texts.append(event.get("text") or "")
        elif event.get("event") == "action" and event.get("name") == "action_triage_opnieuw":
            user_texts = []  # "opnieuw" means: forget the earlier answers
    for text in user_texts[:-1]:  # the latest message is read by interpret_reply
        for slot, value in interpret_reply(text, None, {**known, **facts}).values.items():
            facts[slot] = value
    return facts


def current_advice(tracker: Tracker) -> Advice:
    """decide() over all answers and warning signs, never below an earlier advice."""
    advice = decide(triage_answers(tracker), red_flags_in_conversation(tracker))
    level = max_level(advice.level, tracker.get_slot(ADVICE_SLOT))
    return dataclasses.replace(advice, level=level)


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
        # A swollen, red, warm leg needs a doctor today: stop asking, give advice.
        if tracker.get_slot("been_dik_rood_warm"):
            return []
        return domain_slots

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        requested: Optional[Text] = tracker.get_slot("requested_slot")
        known = triage_answers(tracker)
        events: List[EventType] = []
        if requested is None:
            # Form just started: use what the person already told earlier on.
            earlier = known_from_earlier_messages(tracker, known)
            events += [SlotSet(s, v) for s, v in earlier.items()]
            known.update(earlier)
        reply = interpret_reply(message.get("text") or "", requested, known)
        events += [SlotSet(s, v) for s, v in reply.values.items()]
        if requested is not None and not reply.answered_question:
            if intent in INTENTS_THAT_LEAVE_THE_QUESTION and not events:
                return []  # nothing extracted: Rasa rejects the form, the rules respond
            # Not understood: ask the same question again, more clearly, with buttons.
            events.append(SlotSet(UNCLEAR_SLOT, requested))
        elif requested is not None:
            events.append(SlotSet(UNCLEAR_SLOT, None))
        tracker.add_slots(events)
        # Lets required_slots() end the form early (e.g. a swollen, red, warm leg).
        next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
        return events + ([next_slot] if next_slot else [])


class ActionTriageAdvies(Action):
    """Says the outcome of the triage form: level, why, where to go."""

    def name(self) -> Text:
        return "action_triage_advies"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        advice = current_advice(tracker)
        dispatcher.utter_message(text=advice_message(advice, tracker.get_slot("zwanger")))
        dispatcher.utter_message(response="utter_aanbod_samenvatting")
        return [SlotSet(ADVICE_SLOT, advice.level), SlotSet(UNCLEAR_SLOT, None)]


class ActionRodeVlag(Action):
    """A warning sign in any message: stop asking and say at once what to do."""

    def name(self) -> Text:
        return "action_rode_vlag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        advice = current_advice(tracker)
        dispatcher.utter_message(text=advice_message(advice, tracker.get_slot("zwanger")))
        events: List[EventType] = [SlotSet(ADVICE_SLOT, advice.level)]
        if not tracker.get_slot("disclaimer_gegeven"):
            # After the urgent advice, not before it: the first line must be the action.
            dispatcher.utter_message(response="utter_disclaimer")
            events.append(SlotSet("disclaimer_gegeven", True))
        if tracker.active_loop.get("name") == FORM_NAME:
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        if advice.level != "spoed_112":  # with 112 nothing else should distract
            dispatcher.utter_message(response="utter_aanbod_samenvatting")
        return events


class ActionToonSamenvatting(Action):
    def name(self) -> Text:
        return "action_toon_samenvatting"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        answers = triage_answers(tracker)
        advies = tracker.get_slot(ADVICE_SLOT)
        if not advies and all(value is None for value in answers.values()):
            dispatcher.utter_message(response="utter_geen_samenvatting")
            return []
        dispatcher.utter_message(text=summary_text(answers, current_advice(tracker)))
        return []


class ActionTriageOpnieuw(Action):
    """Clears the answers so the form asks everything again (the advice stays)."""

    def name(self) -> Text:
        return "action_triage_opnieuw"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_triage_opnieuw")
        return [SlotSet(slot, None) for slot in TRIAGE_SLOTS] + [
            SlotSet(UNCLEAR_SLOT, None),
            SlotSet("requested_slot", None),
        ]
