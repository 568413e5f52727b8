"""Shared glue: read Krampbot's state from the Rasa tracker, turn decisions into events.

Facts and warning signs are kept in slots as they arrive, so no action rescans the
conversation history (the cost of a message stays flat in long conversations).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from krampbot.advice import Advice, decide, flags_from_codes
from krampbot.answers import EXTRA_SLOTS, PERSON_SLOTS, TRIAGE_SLOTS
from krampbot.knowledge import chosen_entry
from krampbot.messages import Situation, advice_message, safety_note_short, summary_text
from krampbot.questions import OPNIEUW_GEVRAAGD, RODE_VLAGGEN, SPOEDSIGNAAL
from krampbot.red_flags import RedFlag, detect_red_flags
from krampbot.levels import SPOED_112

FORM_NAME = "kramp_triage_form"
ADVICE_SLOT = "advies"
DISCLAIMER_SLOT = "disclaimer_gegeven"
DONE_SLOT = "vragen_klaar"
OFFER_SLOT = "aanbod"          # the offer just made: vragen | samenvatting | opnieuw
NEXT_SLOT = "vervolg"          # "vragen": the rules start the follow-up questions next
UNCLEAR_SLOT = "onduidelijk_antwoord"
OFFER_QUESTIONS = "vragen"
OFFER_SUMMARY = "samenvatting"
OFFER_RESTART = "opnieuw"
ENTRY_ENTITY = "vraag_sleutel"   # a button names its knowledge-base entry

# Every slot that holds something the person told; "opnieuw" clears these (not the
# warning signs said in their own words, which still count).
ANSWER_SLOTS = TRIAGE_SLOTS + PERSON_SLOTS + EXTRA_SLOTS + (SPOEDSIGNAAL,)
STATE_SLOTS = ANSWER_SLOTS + (RODE_VLAGGEN, ADVICE_SLOT, DONE_SLOT)


def known(tracker: Tracker) -> Dict[Text, Any]:
    return {slot: tracker.get_slot(slot) for slot in STATE_SLOTS}


def latest_text(tracker: Tracker) -> Text:
    return (tracker.latest_message or {}).get("text") or ""


def latest_intent(tracker: Tracker) -> tuple[Optional[Text], float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def entry_of_message(tracker: Tracker) -> Optional[Text]:
    """The knowledge-base entry that answers the latest message (its button, or the
    ResponseSelector when sure enough), or None."""
    button_key = next(tracker.get_latest_entity_values(ENTRY_ENTITY), None)
    return chosen_entry(button_key, tracker.latest_message)


def in_form(tracker: Tracker) -> bool:
    return (tracker.active_loop or {}).get("name") == FORM_NAME


def flags_of(state: Dict[Text, Any]) -> List[RedFlag]:
    return flags_from_codes(state.get(RODE_VLAGGEN))


def said_flags(tracker: Tracker, text: Text) -> List[RedFlag]:
    """Warning signs in this message: typed in any words, or chosen with a button of the
    screening question (/rode_vlag{"spoedsignaal": "<code>"})."""
    chosen = next(tracker.get_latest_entity_values(SPOEDSIGNAAL), None)
    return flags_from_codes([chosen]) if chosen else detect_red_flags(text)


def add_flags(state: Dict[Text, Any], flags: List[RedFlag]) -> List[EventType]:
    """Remember new warning-sign codes (state is updated in place)."""
    codes = list(state.get(RODE_VLAGGEN) or [])
    new = [flag.code for flag in flags if flag.code not in codes]
    if not new:
        return []
    state[RODE_VLAGGEN] = codes + new
    return [SlotSet(RODE_VLAGGEN, state[RODE_VLAGGEN])]


def fill_empty(state: Dict[Text, Any], facts: Dict[Text, Any]) -> List[EventType]:
    """Set the facts whose slots are still empty (state is updated in place)."""
    events = []
    for slot, value in facts.items():
        if state.get(slot) is None and value is not None:
            state[slot] = value
            events.append(SlotSet(slot, value))
    return events


def current_advice(state: Dict[Text, Any]) -> Advice:
    return decide(state, flags_of(state))


def say_safety_note(dispatcher: CollectingDispatcher, tracker: Tracker,
                    short: bool = False) -> List[EventType]:
    """The safety note once, before the first advice (short before a 112 message)."""
    if tracker.get_slot(DISCLAIMER_SLOT):
        return []
    if short:
        dispatcher.utter_message(text=safety_note_short())
    else:
        dispatcher.utter_message(response="utter_disclaimer")
    return [SlotSet(DISCLAIMER_SLOT, True)]


def give_advice(dispatcher: CollectingDispatcher, tracker: Tracker,
                state: Dict[Text, Any]) -> List[EventType]:
    """Safety note (if still due), the advice, and the offer of the summary."""
    advice = current_advice(state)
    events = say_safety_note(dispatcher, tracker, short=advice.level == SPOED_112)
    dispatcher.utter_message(text=advice_message(advice, Situation.from_slots(state)))
    state[ADVICE_SLOT] = advice.level
    events.append(SlotSet(ADVICE_SLOT, advice.level))
    if advice.level != SPOED_112:  # with 112 nothing else should distract
        dispatcher.utter_message(response="utter_aanbod_samenvatting")
        events.append(SlotSet(OFFER_SLOT, OFFER_SUMMARY))
    else:
        events.append(SlotSet(OFFER_SLOT, None))
    return events


def summary_message(state: Dict[Text, Any]) -> Text:
    """The dated summary, from the same answers and signs as the advice."""
    return summary_text(state, current_advice(state), flags_of(state), today())


def clear_answers(state: Dict[Text, Any]) -> List[EventType]:
    """"Opnieuw": forget the answers; warning signs said in free text still count."""
    events = [SlotSet(slot, None) for slot in ANSWER_SLOTS]
    events += [SlotSet(UNCLEAR_SLOT, None), SlotSet(OPNIEUW_GEVRAAGD, None),
               SlotSet(DONE_SLOT, False)]
    for slot in ANSWER_SLOTS:
        state[slot] = None
    state[DONE_SLOT] = False
    level = current_advice(state).level if state.get(RODE_VLAGGEN) else None
    state[ADVICE_SLOT] = level
    events.append(SlotSet(ADVICE_SLOT, level))
    return events


def today() -> dt.date:
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    except Exception:  # no time-zone data on this machine: the local date is close enough
        return dt.date.today()
