"""Small conversation actions: the one-time safety note and "meer weten"."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict


class ActionDisclaimerOnce(Action):
    """Says once per conversation that Krampbot does not replace a doctor."""

    def name(self) -> Text:
        return "action_disclaimer_once"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if tracker.get_slot("disclaimer_gegeven"):
            return []
        dispatcher.utter_message(response="utter_disclaimer")
        return [SlotSet("disclaimer_gegeven", True)]


class ActionMeerWeten(Action):
    """Gives the longer answer of a topic (button "Meer weten?")."""

    def name(self) -> Text:
        return "action_meer_weten"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        response = f"utter_meer_{tracker.get_slot('onderwerp')}"
        if response in domain.get("responses", {}):
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(response="utter_help")
        return [SlotSet("onderwerp", None)]
