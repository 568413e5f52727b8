"""Privacy glue (safety rules §7): erasing one's own conversation.

"/vergeet", "vergeet mijn gesprek" or "verwijder mijn gegevens" (only when said, see
components/commands.py) ask once; "ja" to that question (action_antwoord_op_aanbod)
says so and sets `gesprek_wissen`, and the tracker store erases every stored event at
the end of the turn (storage/tracker_store.py). The questions stop first, so that "ja"
is never taken as the answer to an open question.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from krampbot import names as N

# Sent with the confirmation: the web page clears the widget's stored session.
ERASED_MARKER: Dict[str, Any] = {"krampbot": "gesprek_gewist"}


class ActionVergeetGesprek(Action):
    def name(self) -> Text:
        return N.ACTION_VERGEET

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(response="utter_bevestig_vergeten")
        # During the questions the rules stop the form first (action_deactivate_loop).
        return [SlotSet(N.AANBOD, N.AANBOD_VERGETEN), SlotSet(N.VERVOLG, None)]


def erase_now(dispatcher: CollectingDispatcher) -> List[EventType]:
    """The confirmation, the marker for the web page, and the slot the store acts on."""
    dispatcher.utter_message(response="utter_gesprek_gewist")
    dispatcher.utter_message(json_message=ERASED_MARKER)
    return [SlotSet(N.GESPREK_WISSEN, True)]
