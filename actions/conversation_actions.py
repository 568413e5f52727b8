"""Conversation glue: answers to questions, own complaints, offers and restarting.

What a message means comes from its Reading (krampbot.reading, via actions.glue);
the decisions live in krampbot.dialogue and krampbot.knowledge; these actions read the
tracker and say the result.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.glue import (
    TRIAGE_SLOTS,
    apply_correction,
    clear_answers,
    current_advice,
    entry_of_message,
    give_advice,
    in_form,
    keep_said,
    known,
    latest_intent,
    reading_of,
    say_safety_note,
    summary_message,
    understood,
)
from actions.privacy_actions import erase_now
from krampbot import names as N
from krampbot.dialogue import (
    about_cramps,
    is_off_topic,
    is_question_during_questions,
    restart_needs_confirmation,
    update_after_advice,
)
from krampbot.knowledge.answers import (
    ENTRY_OVER_TOPIC_MIN,
    SHORT_ANSWER_OF_TOPIC,
    answer_to_question,
    chosen_entry,
    closest_entries,
    offers_questions,
)
from krampbot.triage.levels import level_rank
from krampbot.triage.messages import old_sign_question
from krampbot.triage.signs import flags_from_codes


def _keep_what_was_said(dispatcher: CollectingDispatcher, tracker: Tracker,
                        state: Dict[Text, Any]) -> tuple[List[EventType], bool]:
    """Warning signs and facts of this message go into slots as they arrive. After the
    advice, a restated fact that raises the level gives the new advice; a calmer one is
    not applied (the person can say "opnieuw"); a correction of the person updates the
    summary. Returns the events and whether something was said about it."""
    meaning = understood(tracker)
    # A first message that names who it is about and tells the complaint ("ik schrijf
    # voor mijn vrouw, zij heeft elke nacht kramp") is no correction to announce: the
    # person is kept and the complaint is answered.
    announce = state.get(N.VOOR_WIE) is not None or not reading_of(tracker).get("klacht")
    corrected = apply_correction(state, meaning)
    if not state.get(N.VRAGEN_KLAAR):
        events = corrected + keep_said(state, meaning)
        if corrected and announce:
            dispatcher.utter_message(response="utter_persoon_aangepast")
        return events, bool(corrected and announce)
    before = state.get(N.ADVIES)
    events = corrected + keep_said(state, _without_facts(meaning))
    update = update_after_advice(state, meaning.facts)
    for slot, value in update.values.items():
        state[slot] = value
        events.append(SlotSet(slot, value))
    if before and level_rank(current_advice(state).level) > level_rank(before):
        dispatcher.utter_message(response="utter_advies_aangepast")
        return events + give_advice(dispatcher, tracker, state), True
    if corrected:
        dispatcher.utter_message(response="utter_persoon_aangepast_na_advies")
        return events + [SlotSet(N.AANBOD, N.AANBOD_SAMENVATTING)], True
    if update.lower:
        dispatcher.utter_message(response="utter_antwoord_aanpassen")
        return events, True
    return events, False


def _without_facts(meaning):
    """The meaning with its facts left out (after the advice, facts go through the update)."""
    from dataclasses import replace

    return replace(meaning, facts={})


def _old_signs(dispatcher: CollectingDispatcher, tracker: Tracker, codes: List[str]) -> List[EventType]:
    """Ask about signs called old and unchanged, once; they are remembered as old."""
    known_old = list(tracker.get_slot(N.OUD_TEKEN_GEVRAAGD) or [])
    new = [code for code in codes if code not in known_old]
    if not new:
        return []
    dispatcher.utter_message(text=old_sign_question(flags_from_codes(new)))
    return [SlotSet(N.OUD_TEKEN_GEVRAAGD, known_old + new)]


def told_with_a_sure_entry(tracker: Tracker) -> bool:
    """A complaint told without a question that an entry is sure of (ENTRY_OVER_TOPIC_MIN):
    that entry first, then the screening (held-out questions, make eval-answers: 62 of the
    80 entry questions that got only the screening were told this way)."""
    return bool(chosen_entry(None, tracker.latest_message, ENTRY_OVER_TOPIC_MIN))


def _needs_screening(reading: Dict[Text, Any], state: Dict[Text, Any]) -> bool:
    """The safety net: a current bodily complaint (or a possible sign the learned model
    sees) gets the screening question, as long as the questions did not run yet."""
    if state.get(N.VRAGEN_KLAAR) or state.get(N.ADVIES):
        return False
    return bool(reading.get("klacht") or reading.get("mogelijk_teken") or reading.get("verteld"))


class ActionBeantwoordVraag(Action):
    """Answers a question: one of the topics, a knowledge-base entry, or an honest "that
    I don't know" for a question about cramps no entry fits. A question that tells a
    complaint gets a short answer and then the screening question (the safety net)."""

    def name(self) -> Text:
        return N.ACTION_BEANTWOORD_VRAAG

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        intent, confidence = latest_intent(tracker)
        reading = reading_of(tracker)
        state = known(tracker)
        questions_running = in_form(tracker)
        events: List[EventType] = []
        entry = entry_of_message(tracker)
        a_question = not questions_running or is_question_during_questions(
            intent, confidence, bool(entry), reading)
        screen = not questions_running and _needs_screening(reading, state)
        answer = None
        if a_question and intent != N.OUT_OF_SCOPE:
            answer = answer_to_question(intent, tracker.latest_message, entry=entry,
                                        about_cramps=about_cramps(reading),
                                        questions_running=questions_running or screen)
        if answer is not None and (not screen or reading.get("vraag") or told_with_a_sure_entry(tracker)):
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response=answer)
        elif a_question and not screen:
            self.dont_know(dispatcher, tracker, reading)
        events += _old_signs(dispatcher, tracker, understood(tracker).old_signs)
        kept, spoke = _keep_what_was_said(dispatcher, tracker, state)
        events += kept
        if any(e.get("name") == N.AANBOD for e in kept):
            return events  # new advice was given, with its own offer of the summary
        if screen and not spoke:
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response="utter_triage_intro")
            return events + [SlotSet(N.AANBOD, None), SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN)]
        offer = None
        quiet = spoke or questions_running or state.get(N.VRAGEN_KLAAR) or state.get(N.ADVIES)
        if not quiet and (offers_questions(answer) or (answer is not None and reading.get("eigen_kramp"))):
            dispatcher.utter_message(response="utter_aanbod_triage")
            offer = N.AANBOD_VRAGEN
        return events + [SlotSet(N.AANBOD, offer), SlotSet(N.VERVOLG, None)]

    @staticmethod
    def dont_know(dispatcher: CollectingDispatcher, tracker: Tracker,
                  reading: Dict[Text, Any]) -> None:
        if not about_cramps(reading):
            # A clear question about something else is off-topic; gibberish is not understood.
            ranking = (tracker.latest_message or {}).get("intent_ranking")
            intent, _ = latest_intent(tracker)
            off_topic = intent == N.OUT_OF_SCOPE or is_off_topic(ranking)
            dispatcher.utter_message(response="utter_out_of_scope" if off_topic else "utter_nlu_fallback")
            return
        buttons = [{"title": title, "payload": payload}
                   for title, payload in closest_entries(tracker.latest_message)]
        dispatcher.utter_message(response="utter_weet_ik_niet", buttons=buttons)


class ActionEigenKlacht(Action):
    """Someone tells about their own (or a relative's) complaints: start the questions
    (a question asked with it gets a short answer first), or after the advice update it
    (never start the questions again)."""

    def name(self) -> Text:
        return N.ACTION_EIGEN_KLACHT

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        state = known(tracker)
        reading = reading_of(tracker)
        if state.get(N.VRAGEN_KLAAR):
            events, answered = _keep_what_was_said(dispatcher, tracker, state)
            if not answered:
                dispatcher.utter_message(response="utter_genoteerd")
            offer = [] if any(e.get("name") == N.AANBOD for e in events) else [SlotSet(N.AANBOD, None)]
            return events + [SlotSet(N.VERVOLG, None)] + offer
        events = say_safety_note(dispatcher, tracker)
        # A question told with the complaint is answered first (short); so is a complaint
        # an entry is sure of ("ik slik atorvastatine en heb kramp", "ik krijg chemo en heb
        # veel kramp"): what people ask without a question mark. Then the screening.
        if reading.get("vraag") or told_with_a_sure_entry(tracker):
            answer = answer_to_question(N.KNOWLEDGE_INTENT, tracker.latest_message,
                                        entry=entry_of_message(tracker),
                                        about_cramps=about_cramps(reading), questions_running=True)
            if answer:
                dispatcher.utter_message(response=answer)
        events += _old_signs(dispatcher, tracker, understood(tracker).old_signs)
        events += _keep_what_was_said(dispatcher, tracker, state)[0]
        dispatcher.utter_message(response="utter_triage_intro")
        return events + [SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN), SlotSet(N.AANBOD, None)]


class ActionAntwoordOpAanbod(Action):
    """The answer to the offer just made (the questions, the summary, a restart),
    decided by what the person said ("ja, laat maar zien"), not by the intent alone."""

    def name(self) -> Text:
        return N.ACTION_ANTWOORD_OP_AANBOD

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        offer = tracker.get_slot(N.AANBOD)
        intent, _ = latest_intent(tracker)
        reading = reading_of(tracker)
        yes: Optional[bool] = (reading.get("antwoorden") or {}).get("aanbod")
        events: List[EventType] = [SlotSet(N.AANBOD, None), SlotSet(N.VERVOLG, None)]
        if yes is None and intent == N.NLU_FALLBACK:
            ActionBeantwoordVraag.dont_know(dispatcher, tracker, reading)  # not an answer at all
            return events
        if yes is None and intent == N.THANK:
            dispatcher.utter_message(response="utter_thank")  # "dank je": no, kindly
            return events
        if yes is None and offer != N.AANBOD_VERGETEN:
            yes = intent in (N.AFFIRM, N.TOON_SAMENVATTING, N.OPNIEUW)
        state = known(tracker)
        if offer == N.AANBOD_VERGETEN:
            if yes is not True:  # erasing needs a clear "ja"
                dispatcher.utter_message(response="utter_niet_gewist")
                return events
            return events + erase_now(dispatcher)
        if not yes:
            dispatcher.utter_message(response="utter_antwoorden_bewaard" if offer == N.AANBOD_OPNIEUW
                                     else "utter_oke")
            return events
        if offer == N.AANBOD_SAMENVATTING:
            text, fingerprint = summary_message(state, tracker.get_slot(N.SAMENVATTING_GETOOND))
            dispatcher.utter_message(text=text)
            return events + [SlotSet(N.SAMENVATTING_GETOOND, fingerprint)]
        if offer == N.AANBOD_OPNIEUW:
            dispatcher.utter_message(response="utter_triage_opnieuw")
            events += clear_answers(state)
        else:
            events += say_safety_note(dispatcher, tracker)
            dispatcher.utter_message(response="utter_triage_intro")
        return events + [SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN)]


class ActionOpnieuw(Action):
    """"Opnieuw" outside the questions: clears the answers, so below a high confidence it
    asks first ("Je antwoorden worden dan gewist.")."""

    def name(self) -> Text:
        return N.ACTION_OPNIEUW

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        _, confidence = latest_intent(tracker)
        state = known(tracker)
        has_answers = state.get(N.ADVIES) is not None or any(
            state.get(slot) is not None for slot in TRIAGE_SLOTS if slot != N.VOOR_WIE)
        if has_answers and restart_needs_confirmation(confidence, reading_of(tracker)):
            dispatcher.utter_message(response="utter_bevestig_opnieuw")
            return [SlotSet(N.AANBOD, N.AANBOD_OPNIEUW), SlotSet(N.VERVOLG, None)]
        events = say_safety_note(dispatcher, tracker)
        dispatcher.utter_message(response="utter_triage_opnieuw")
        return events + clear_answers(state) + [SlotSet(N.AANBOD, None),
                                                SlotSet(N.VERVOLG, N.VERVOLG_VRAGEN)]


class ActionMeerWeten(Action):
    """Gives the longer answer of a topic (button "Meer weten?")."""

    def name(self) -> Text:
        return N.ACTION_MEER_WETEN

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        topic = tracker.get_slot(N.ONDERWERP)
        response = f"utter_meer_{topic}"
        if topic in SHORT_ANSWER_OF_TOPIC and response in domain.get("responses", {}):
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(response="utter_help")
        return [SlotSet(N.ONDERWERP, None)]
