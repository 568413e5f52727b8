"""Advice glue: the outcome of the questions, warning signs outside them, the summary."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    current_advice,
    give_advice,
    in_form,
    keep_said,
    known,
    offer_summary_to,
    say_safety_note,
    summary_message,
    understood,
)
from krampbot import names as N
from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG
from krampbot.triage.messages import old_sign_question
from krampbot.triage.signs import flags_from_codes


class ActionTriageAdvies(Action):
    """Says the outcome of the follow-up questions: the action, why, where to go."""

    def name(self) -> Text:
        return N.ACTION_TRIAGE_ADVIES

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        state = known(tracker)
        before = state.get(N.ADVIES)
        checked = tracker.get_slot(N.CONTROLE_NA_ADVIES)
        if checked and before == current_advice(state).level and not _place_changed(tracker):
            # Advice was given at once; the screening found nothing worse: it stands.
            dispatcher.utter_message(response="utter_advies_blijft")
            offer_summary_to(dispatcher, state)
            return [SlotSet(N.VRAGEN_KLAAR, True), SlotSet(N.ONDUIDELIJK_ANTWOORD, None),
                    SlotSet(N.AANBOD, N.AANBOD_SAMENVATTING), SlotSet(N.CONTROLE_NA_ADVIES, None)]
        if checked:
            events = give_advice(dispatcher, tracker, state)
            return events + [SlotSet(N.VRAGEN_KLAAR, True), SlotSet(N.ONDUIDELIJK_ANTWOORD, None),
                             SlotSet(N.CONTROLE_NA_ADVIES, None)]
        events = give_advice(dispatcher, tracker, state)
        return events + [SlotSet(N.VRAGEN_KLAAR, True), SlotSet(N.ONDUIDELIJK_ANTWOORD, None)]


def _place_changed(tracker: Tracker) -> bool:
    """Pregnancy or the kraamtijd became known after the advice given at once: the advice
    now names the verloskundige. (The advice's own events, right after it, were known
    when it was given.)"""
    events = list(tracker.events)
    given = max((i for i, e in enumerate(events)
                 if e.get("event") == "action" and e.get("name") == N.ACTION_RODE_VLAG), default=None)
    if given is None:
        return False
    later = events[given + 1:]
    end = given + 1 + next((i for i, e in enumerate(later) if e.get("event") in ("action", "user")), len(later))
    then = {N.ZWANGER: None, N.KRAAMTIJD: None}
    for event in events[:end]:
        if event.get("event") == "slot" and event.get("name") in then:
            then[event["name"]] = event.get("value")
    return any(tracker.get_slot(slot) is True and then[slot] is not True for slot in then)


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
            return events + [SlotSet(N.OUD_TEKEN_GEVRAAGD, list(dict.fromkeys(known_old + meaning.old_signs))),
                             SlotSet(N.VERVOLG, None)]
        level = current_advice(state).level
        if level == HUISARTS:
            # Not urgent by itself: the questions (urgent signs first) decide the advice.
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response="utter_triage_intro")
            return events + [SlotSet(N.AANBOD, None), SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN)]
        check_112 = level == HUISARTS_VANDAAG and state.get(N.SPOEDSIGNALEN) is None
        events += give_advice(dispatcher, tracker, state, offer_summary=not check_112)
        if check_112:
            # Today, and nothing worse? The screening question checks the 112 signs.
            return events + [SlotSet(N.AANBOD, None), SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN),
                             SlotSet(N.CONTROLE_NA_ADVIES, True)]
        return events + [SlotSet(N.VERVOLG, None)]


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
        text, fingerprint = summary_message(state, tracker.get_slot(N.SAMENVATTING_GETOOND))
        dispatcher.utter_message(text=text)
        return [SlotSet(N.AANBOD, None), SlotSet(N.SAMENVATTING_GETOOND, fingerprint)]
