"""Advice glue: the outcome of the questions, warning signs outside them, the summary."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import give_advice, in_form, keep_said, known, summary_message, understood
from krampbot import names as N
from krampbot.triage.messages import old_sign_question
from krampbot.triage.signs import flags_from_codes


class ActionTriageAdvies(Action):
    """Says the outcome of the follow-up questions: the action, why, where to go."""

    def name(self) -> Text:
        return N.ACTION_TRIAGE_ADVIES

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        state = known(tracker)
        events = give_advice(dispatcher, tracker, state)
        return events + [SlotSet(N.VRAGEN_KLAAR, True), SlotSet(N.ONDUIDELIJK_ANTWOORD, None)]


class ActionRodeVlag(Action):
    """A warning sign outside the questions: say at once what to do."""

    def name(self) -> Text:
        return N.ACTION_RODE_VLAG

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        state = known(tracker)
        meaning = understood(tracker)
        events = keep_said(state, meaning)
        if not state.get(N.RODE_VLAGGEN) and meaning.old_signs:
            # Only old and unchanged signs: ask instead of alarm (§1); remembered as old.
            dispatcher.utter_message(text=old_sign_question(flags_from_codes(meaning.old_signs)))
            known_old = list(tracker.get_slot(N.OUD_TEKEN_GEVRAAGD) or [])
            return events + [SlotSet(N.OUD_TEKEN_GEVRAAGD, list(dict.fromkeys(known_old + meaning.old_signs)))]
        return events + give_advice(dispatcher, tracker, state)


class ActionToonSamenvatting(Action):
    """The summary for the huisarts or verloskundige, built from the same answers and
    warning signs as the advice (so its reasons are those of the stated advice)."""

    def name(self) -> Text:
        return N.ACTION_TOON_SAMENVATTING

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        state = known(tracker)
        if in_form(tracker):
            dispatcher.utter_message(response="utter_samenvatting_na_de_vragen")
            return [SlotSet(N.AANBOD, None)]
        if not state.get(N.ADVIES):
            dispatcher.utter_message(response="utter_geen_samenvatting")
            return [SlotSet(N.AANBOD, None)]
        replaces = bool(tracker.get_slot(N.SAMENVATTING_GETOOND))
        dispatcher.utter_message(text=summary_message(state, replaces))
        return [SlotSet(N.AANBOD, None), SlotSet(N.SAMENVATTING_GETOOND, True)]
