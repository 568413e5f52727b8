"""Shared glue: read Krampbot's state and the Reading from the tracker, turn decisions
into events.

The Reading of the latest message (krampbot.reading, attached by the NLU as `lezing`)
is the only reading of its text: actions never detect signs, facts or commands
themselves (tests/unit/test_one_reading.py checks this). Facts and warning signs are
kept in slots as they arrive, so no action rescans the history.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from krampbot import names as N
from krampbot.knowledge.answers import chosen_entry
from krampbot.reading.context import PERSON_SLOTS, Interpretation, interpret
from krampbot.reading.reading import expand
from krampbot.triage.advice import Advice, decide
from krampbot.triage.levels import SPOED_112
from krampbot.triage.messages import Situation, advice_message, safety_note_short, summary_text
from krampbot.triage.people import could_be_pregnant
from krampbot.triage.signs import Flag, flags_from_codes

# The slots the triage form asks (required_slots decides which apply).
TRIAGE_SLOTS = (N.SPOEDSIGNALEN, N.VOOR_WIE, N.BEEN_DIK_ROOD_WARM, N.FREQUENTIE, N.SLAAP_VERSTOORD,
                N.SPIERZWAKTE_OF_GEVOELLOOS, N.KLACHTEN_PLOTSELING, N.PIJN_BIJ_LOPEN,
                N.PIJN_OVERDAG_OF_MANK, N.NIEUWE_MEDICIJNEN, N.ZWANGER)
# Every slot that holds something the person told; "opnieuw" clears these (not the
# warning signs said in their own words, which still count).
ANSWER_SLOTS = TRIAGE_SLOTS + (N.WIE, N.GESLACHT, N.LEEFTIJD, N.KRAAMTIJD, N.ZWANGERSCHAPSWEKEN,
                               N.SPOEDSIGNAAL, N.BRONNEN, N.ONBEKEND)
STATE_SLOTS = ANSWER_SLOTS + (N.RODE_VLAGGEN, N.ADVIES, N.VRAGEN_KLAAR, N.OUD_TEKEN_GEVRAAGD)
# Answers that depend on who it is about: asked again after a correction.
DEPENDS_ON_PERSON = (N.ZWANGER, N.KRAAMTIJD, N.ZWANGERSCHAPSWEKEN, N.PIJN_BIJ_LOPEN,
                     N.PIJN_OVERDAG_OF_MANK)


def known(tracker: Tracker) -> Dict[Text, Any]:
    return {slot: tracker.get_slot(slot) for slot in STATE_SLOTS}


def reading_of(tracker: Tracker) -> Dict[Text, Any]:
    """The Reading of the latest message (empty for a message the NLU did not read)."""
    return expand((tracker.latest_message or {}).get(N.READING_KEY))


def latest_intent(tracker: Tracker) -> tuple[Optional[Text], float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def chosen_sign(tracker: Tracker) -> Optional[Text]:
    """The sign code of a screening button (/rode_vlag{"spoedsignaal": "<code>"})."""
    return next(tracker.get_latest_entity_values(N.ENTITY_SPOEDSIGNAAL), None)


def understood(tracker: Tracker, requested: Optional[Text] = None) -> Interpretation:
    """The Reading of the latest message, combined with the conversation."""
    slots = dict(tracker.current_slot_values())
    return interpret(reading_of(tracker), slots, requested, chosen_sign(tracker))


def entry_of_message(tracker: Tracker) -> Optional[Text]:
    """The knowledge-base entry that answers the latest message (its button, or the
    ResponseSelector when sure enough), or None."""
    button_key = next(tracker.get_latest_entity_values(N.ENTITY_VRAAG_SLEUTEL), None)
    return chosen_entry(button_key, tracker.latest_message)


def in_form(tracker: Tracker) -> bool:
    return (tracker.active_loop or {}).get("name") == N.FORM


def flags_of(state: Dict[Text, Any]) -> List[Flag]:
    return flags_from_codes(state.get(N.RODE_VLAGGEN))


def add_flags(state: Dict[Text, Any], codes: List[str]) -> List[EventType]:
    """Remember new warning-sign codes (state is updated in place)."""
    current = list(state.get(N.RODE_VLAGGEN) or [])
    new = [code for code in codes if code not in current]
    if not new:
        return []
    state[N.RODE_VLAGGEN] = current + new
    return [SlotSet(N.RODE_VLAGGEN, state[N.RODE_VLAGGEN])]


def fill_empty(state: Dict[Text, Any], facts: Dict[Text, Any]) -> List[EventType]:
    """Set the facts whose slots are still empty (state is updated in place)."""
    events = []
    for slot, value in facts.items():
        if slot in state and state.get(slot) is None and value is not None:
            state[slot] = value
            events.append(SlotSet(slot, value))
    return events


def keep_details(state: Dict[Text, Any], details: Dict[Text, Any]) -> List[EventType]:
    """Where the facts came from (time of day, body site, medicine named), as codes."""
    if not details:
        return []
    sources = dict(state.get(N.BRONNEN) or {})
    changed = False
    for slot, detail in details.items():
        merged = {**(sources.get(slot) or {}), **detail}
        if merged != sources.get(slot):
            sources[slot] = merged
            changed = True
    if not changed:
        return []
    state[N.BRONNEN] = sources
    return [SlotSet(N.BRONNEN, sources)]


def keep_said(state: Dict[Text, Any], meaning: Interpretation) -> List[EventType]:
    """Signs, facts and their sources of this message, kept as they arrive."""
    events = add_flags(state, meaning.signs)
    events += keep_age_and_sex(state, meaning)
    events += fill_empty(state, meaning.facts)
    events += keep_details(state, meaning.details)
    return events


def keep_age_and_sex(state: Dict[Text, Any], meaning: Interpretation) -> List[EventType]:
    """An age or sex said later about the same person ("ik ben 78") is kept: the questions
    then leave out pregnancy where it cannot apply (krampbot/triage/questions.py)."""
    person = meaning.person or {}
    if not person or meaning.correction:
        return []
    same = (person.get("voor_wie") or N.ZELF) == (state.get(N.VOOR_WIE) or N.ZELF) \
        and (person.get("wie") == state.get(N.WIE) or not person.get("wie"))
    if not same:
        return []
    return fill_empty(state, {N.LEEFTIJD: person.get("leeftijd"), N.GESLACHT: person.get("geslacht")})


def apply_correction(state: Dict[Text, Any], meaning: Interpretation) -> List[EventType]:
    """"het gaat om mij", "nee, over mijn zoon": the person changes at any moment; only
    what depends on the person is asked again, the other answers stay."""
    person = meaning.correction
    if not person:
        return []
    values = {N.VOOR_WIE: person.get("voor_wie"), N.WIE: person.get("wie"),
              N.GESLACHT: person.get("geslacht"), N.LEEFTIJD: person.get("leeftijd")}
    # The same person confirmed ("het gaat om mij" while it already was): keep the age
    # and sex said before; nothing needs asking again.
    same_person = state.get(N.VOOR_WIE) in (None, values[N.VOOR_WIE]) and state.get(N.WIE) == values[N.WIE]
    if same_person:
        for slot in (N.GESLACHT, N.LEEFTIJD):
            if values[slot] is None:
                values[slot] = state.get(slot)
    if all(state.get(slot) == value for slot, value in values.items()):
        return []
    events: List[EventType] = []
    for slot, value in values.items():
        if same_person and state.get(slot) == value:
            continue  # only what the confirmation adds
        state[slot] = value
        events.append(SlotSet(slot, value))
    if same_person:
        return events
    for slot in DEPENDS_ON_PERSON:
        if state.get(slot) is not None:
            state[slot] = None
            events.append(SlotSet(slot, None))
    if not could_be_pregnant(values[N.VOOR_WIE], values[N.GESLACHT], values[N.LEEFTIJD]):
        state[N.ZWANGER] = False if values[N.VOOR_WIE] != N.KIND else None
        events.append(SlotSet(N.ZWANGER, state[N.ZWANGER]))
    return events


def current_advice(state: Dict[Text, Any]) -> Advice:
    return decide(state, flags_of(state))


def say_safety_note(dispatcher: CollectingDispatcher, tracker: Tracker,
                    short: bool = False) -> List[EventType]:
    """The safety note once, before the first advice (short before a 112 message)."""
    if tracker.get_slot(N.DISCLAIMER_GEGEVEN):
        return []
    if short:
        dispatcher.utter_message(text=safety_note_short())
    else:
        dispatcher.utter_message(response="utter_disclaimer")
    tracker.slots[N.DISCLAIMER_GEGEVEN] = True  # said once, also within this action
    return [SlotSet(N.DISCLAIMER_GEGEVEN, True)]


def _pregnancy_from_alarm(state: Dict[Text, Any], flags: List[Flag]) -> List[EventType]:
    """A pregnancy alarm was recognised: the person is pregnant (or in the kraamtijd)."""
    if not any(f.verloskundige_meteen for f in flags) or state.get(N.KRAAMTIJD) or state.get(N.ZWANGER):
        return []
    if state.get(N.VOOR_WIE) == N.KIND:
        return []
    state[N.ZWANGER] = True
    return [SlotSet(N.ZWANGER, True)]


def give_advice(dispatcher: CollectingDispatcher, tracker: Tracker,
                state: Dict[Text, Any], offer_summary: bool = True) -> List[EventType]:
    """Safety note (if still due), the advice, and the offer of the summary."""
    flags = flags_of(state)
    events = _pregnancy_from_alarm(state, flags)
    advice = current_advice(state)
    events += say_safety_note(dispatcher, tracker, short=advice.level == SPOED_112)
    dispatcher.utter_message(text=advice_message(advice, Situation.from_slots(state), flags))
    state[N.ADVIES] = advice.level
    events.append(SlotSet(N.ADVIES, advice.level))
    if advice.level != SPOED_112 and offer_summary:  # with 112 nothing else should distract
        offer_summary_to(dispatcher, state)
        events.append(SlotSet(N.AANBOD, N.AANBOD_SAMENVATTING))
    else:
        events.append(SlotSet(N.AANBOD, None))
    return events


def offer_summary_to(dispatcher: CollectingDispatcher, state: Dict[Text, Any]) -> None:
    """The offer of the summary, for the person it will be shown to."""
    situation = Situation.from_slots(state)
    who = situation.contact("verloskundige" if situation.verloskundige else "huisarts")
    dispatcher.utter_message(response="utter_aanbod_samenvatting", samenvatting_voor=who)


def summary_message(state: Dict[Text, Any], shown_before: Optional[Text] = None) -> tuple[Text, Text]:
    """The dated summary, from the same answers and signs as the advice, and its
    fingerprint. When it differs from the one shown before, it says it replaces it."""
    import hashlib

    advice, flags = current_advice(state), flags_of(state)
    fingerprint = hashlib.sha256(summary_text(state, advice, flags, today()).encode()).hexdigest()[:16]
    replaces = bool(shown_before) and shown_before != fingerprint
    return summary_text(state, advice, flags, today(), replaces), fingerprint


def clear_answers(state: Dict[Text, Any]) -> List[EventType]:
    """"Opnieuw": forget the answers; warning signs said in free text still count."""
    events = [SlotSet(slot, None) for slot in ANSWER_SLOTS]
    events += [SlotSet(N.ONDUIDELIJK_ANTWOORD, None), SlotSet(N.OPNIEUW_GEVRAAGD, None),
               SlotSet(N.VRAGEN_KLAAR, False), SlotSet(N.CONTROLE_NA_ADVIES, None)]
    for slot in ANSWER_SLOTS:
        state[slot] = None
    state[N.VRAGEN_KLAAR] = False
    level = current_advice(state).level if state.get(N.RODE_VLAGGEN) else None
    state[N.ADVIES] = level
    events.append(SlotSet(N.ADVIES, level))
    return events


def person_events(state: Dict[Text, Any], person: Dict[str, Any]) -> List[EventType]:
    return fill_empty(state, {slot: person.get(key) for slot, key in zip(
        PERSON_SLOTS, ("voor_wie", "wie", "geslacht", "leeftijd"))})


def today() -> dt.date:
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    except Exception:  # no time-zone data on this machine: the local date is close enough
        return dt.date.today()
