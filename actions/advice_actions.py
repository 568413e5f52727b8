"""Advice glue: the outcome of the questions, warning signs outside them, the summary."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    ADVICE_SLOT,
    DONE_SLOT,
    OFFER_SLOT,
    UNCLEAR_SLOT,
    add_flags,
    fill_empty,
    give_advice,
    said_flags,
    summary_message,
    in_form,
    known,
    latest_text,
)
from krampbot.answers import extract_known_facts


class ActionTriageAdvies(Action):
    """Says the outcome of the follow-up questions: the action, why, where to go."""

    def name(self) -> Text:
        return "action_triage_advies"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        state = known(tracker)
        events = give_advice(dispatcher, tracker, state)
        return events + [SlotSet(DONE_SLOT, True), SlotSet(UNCLEAR_SLOT, None)]


class ActionRodeVlag(Action):
    """A warning sign outside the questions: say at once what to do."""

    def name(self) -> Text:
        return "action_rode_vlag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = latest_text(tracker)
        state = known(tracker)
        events = add_flags(state, said_flags(tracker, text))
        events += fill_empty(state, extract_known_facts(text))
        return events + give_advice(dispatcher, tracker, state)


class ActionToonSamenvatting(Action):
    """The summary for the huisarts or verloskundige, built from the same answers and
    warning signs as the advice (so its reasons are those of the stated advice)."""

    def name(self) -> Text:
        return "action_toon_samenvatting"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        state = known(tracker)
        if in_form(tracker):
            dispatcher.utter_message(response="utter_samenvatting_na_de_vragen")
        elif not state.get(ADVICE_SLOT):
            dispatcher.utter_message(response="utter_geen_samenvatting")
        else:
            dispatcher.utter_message(text=summary_message(state))
        return [SlotSet(OFFER_SLOT, None)]
