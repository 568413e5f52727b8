"""Conversation glue: answers to questions, own complaints, offers and restarting.

The decisions (is this a command, a personal statement, an answer to the offer) are
made in krampbot.conversation; these actions read the tracker and say the result.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    ADVICE_SLOT,
    DONE_SLOT,
    NEXT_SLOT,
    OFFER_QUESTIONS,
    OFFER_RESTART,
    OFFER_SLOT,
    OFFER_SUMMARY,
    add_flags,
    clear_answers,
    current_advice,
    entry_of_message,
    fill_empty,
    give_advice,
    in_form,
    known,
    latest_intent,
    latest_text,
    say_safety_note,
    summary_message,
)
from krampbot.answers import TRIAGE_SLOTS, VOOR_WIE, extract_known_facts
from krampbot.conversation import (
    is_about_cramps,
    is_off_topic,
    is_question_during_questions,
    is_personal_statement,
    parse_offer_answer,
    restart_needs_confirmation,
    update_after_advice,
)
from krampbot.knowledge import answer_to_question, closest_entries, offers_questions
from krampbot.levels import level_rank
from krampbot.messages import old_sign_question
from krampbot.red_flags import detect_red_flags, old_signs

def _keep_what_was_said(dispatcher: CollectingDispatcher, tracker: Tracker,
                        state: Dict[Text, Any]) -> tuple[List[EventType], bool]:
    """Warning signs and facts of this message go into slots as they arrive. After the
    advice, a restated fact that raises the level gives the new advice; a calmer one is
    not applied (the person can say "opnieuw"). Returns the events and whether
    something was said about it."""
    text = latest_text(tracker)
    events = add_flags(state, detect_red_flags(text))
    facts = extract_known_facts(text)
    if not state.get(DONE_SLOT):
        return events + fill_empty(state, facts), False
    before = state.get(ADVICE_SLOT)
    update = update_after_advice(state, facts)
    for slot, value in update.values.items():
        state[slot] = value
        events.append(SlotSet(slot, value))
    if before and level_rank(current_advice(state).level) > level_rank(before):
        dispatcher.utter_message(response="utter_advies_aangepast")
        return events + give_advice(dispatcher, tracker, state), True
    if update.lower:
        dispatcher.utter_message(response="utter_antwoord_aanpassen")
        return events, True
    return events, False


class ActionBeantwoordVraag(Action):
    """Answers a question: one of the 14 topics, a knowledge-base entry, or an honest
    "that I don't know" for a question about cramps no entry fits."""

    def name(self) -> Text:
        return "action_beantwoord_vraag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        intent, confidence = latest_intent(tracker)
        text = latest_text(tracker)
        state = known(tracker)
        questions_running = in_form(tracker)
        events: List[EventType] = []
        # During the questions, "hmm geen idee eigenlijk" is an unclear answer, not a
        # question: nothing is said here; the form says so and asks again.
        entry = entry_of_message(tracker)
        a_question = not questions_running or is_question_during_questions(
            intent, confidence, bool(entry), text)
        answer = answer_to_question(
            intent, tracker.latest_message, entry=entry, about_cramps=is_about_cramps(text),
            questions_running=questions_running) if a_question else None
        if answer is not None:
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response=answer)
        elif a_question:
            self.dont_know(dispatcher, tracker, text)
        old = old_signs(text)
        if old:
            dispatcher.utter_message(text=old_sign_question(old))
        kept, spoke = _keep_what_was_said(dispatcher, tracker, state)
        events += kept
        if any(e.get("name") == OFFER_SLOT for e in kept):
            return events  # new advice was given, with its own offer of the summary
        offer = None
        if not (spoke or questions_running or state.get(DONE_SLOT) or state.get(ADVICE_SLOT)):
            if is_personal_statement(text) or offers_questions(answer):
                dispatcher.utter_message(response="utter_aanbod_triage")
                offer = OFFER_QUESTIONS
        return events + [SlotSet(OFFER_SLOT, offer)]

    @staticmethod
    def dont_know(dispatcher: CollectingDispatcher, tracker: Tracker, text: Text) -> None:
        if not is_about_cramps(text):
            # A clear question about something else is off-topic; gibberish is not understood.
            ranking = (tracker.latest_message or {}).get("intent_ranking")
            dispatcher.utter_message(response="utter_out_of_scope" if is_off_topic(ranking)
                                     else "utter_nlu_fallback")
            return
        buttons = [{"title": title, "payload": payload}
                   for title, payload in closest_entries(tracker.latest_message)]
        dispatcher.utter_message(response="utter_weet_ik_niet", buttons=buttons)


class ActionEigenKlacht(Action):
    """Someone tells about their own (or a relative's) cramps: start the questions, or
    after the advice update it (never start the questions again)."""

    def name(self) -> Text:
        return "action_eigen_klacht"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        state = known(tracker)
        if state.get(DONE_SLOT):
            events, answered = _keep_what_was_said(dispatcher, tracker, state)
            if not answered:
                dispatcher.utter_message(response="utter_genoteerd")
            offer = [] if any(e.get("name") == OFFER_SLOT for e in events) else [
                SlotSet(OFFER_SLOT, None)]
            return events + [SlotSet(NEXT_SLOT, None)] + offer
        events = say_safety_note(dispatcher, tracker)
        events += _keep_what_was_said(dispatcher, tracker, state)[0]
        dispatcher.utter_message(response="utter_triage_intro")
        return events + [SlotSet(NEXT_SLOT, "vragen"), SlotSet(OFFER_SLOT, None)]


class ActionAntwoordOpAanbod(Action):
    """The answer to the offer just made (the questions, the summary, a restart),
    decided by what the person said ("ja, laat maar zien"), not by the intent alone."""

    def name(self) -> Text:
        return "action_antwoord_op_aanbod"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        offer = tracker.get_slot(OFFER_SLOT)
        intent, _ = latest_intent(tracker)
        text = latest_text(tracker)
        yes = parse_offer_answer(text)
        events: List[EventType] = [SlotSet(OFFER_SLOT, None), SlotSet(NEXT_SLOT, None)]
        if yes is None and intent == "nlu_fallback":
            ActionBeantwoordVraag.dont_know(dispatcher, tracker, text)  # not an answer at all
            return events
        if yes is None and intent == "thank":
            dispatcher.utter_message(response="utter_thank")  # "dank je": no, kindly
            return events
        if yes is None:
            yes = intent in ("affirm", "toon_samenvatting", "opnieuw")
        state = known(tracker)
        if not yes:
            dispatcher.utter_message(response="utter_antwoorden_bewaard" if offer == OFFER_RESTART
                                     else "utter_oke")
            return events
        if offer == OFFER_SUMMARY:
            dispatcher.utter_message(text=summary_message(state))
            return events
        if offer == OFFER_RESTART:
            dispatcher.utter_message(response="utter_triage_opnieuw")
            events += clear_answers(state)
        else:
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response="utter_triage_intro")
        return events + [SlotSet(NEXT_SLOT, "vragen")]


class ActionOpnieuw(Action):
    """"Opnieuw" outside the questions: clears the answers, so below a high confidence it
    asks first ("Je antwoorden worden dan gewist.")."""

    def name(self) -> Text:
        return "action_opnieuw"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        _, confidence = latest_intent(tracker)
        state = known(tracker)
        has_answers = state.get(ADVICE_SLOT) is not None or any(
            state.get(slot) is not None for slot in TRIAGE_SLOTS if slot != VOOR_WIE)
        if has_answers and restart_needs_confirmation(confidence, latest_text(tracker)):
            dispatcher.utter_message(response="utter_bevestig_opnieuw")
            return [SlotSet(OFFER_SLOT, OFFER_RESTART), SlotSet(NEXT_SLOT, None)]
        events = say_safety_note(dispatcher, tracker)
        dispatcher.utter_message(response="utter_triage_opnieuw")
        return events + clear_answers(state) + [SlotSet(OFFER_SLOT, None),
                                                SlotSet(NEXT_SLOT, "vragen")]


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
