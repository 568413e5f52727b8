"""Rasa glue: the Reading decides where a message goes when it must (safety rules §3).

Last in the pipeline, after the FallbackClassifier:
- a warning sign (not old and unchanged) makes the intent `rode_vlag` with full
  confidence, whatever the classifier said: Krampbot answers it at once. Only
  appointment-level signs leave a child question, an own complaint or a knowledge
  question alone (their own answer or the questions deal with them);
- the safety net: a message that tells a current bodily complaint but was classified as
  chitchat, off-topic or not understood becomes `kramp_klacht`, so it gets the screening
  question instead of "I don't know" (a question with a complaint keeps its intent: the
  action answers briefly and then asks the screening question);
- a message that only closes the conversation (the Reading's `afscheid`) is a goodbye
  or a thank-you;
- a question the FallbackClassifier found ambiguous between a topic and the knowledge
  base (both answer it) goes to the likelier of the two;
- a told complaint that the classifier split between `kramp_klacht` and the knowledge
  base (~2,000 examples against ~150) is `kramp_klacht` with the share of both.
The learned second opinion (components/sign_model.py) never changes the intent here.

Being last, it also keeps the parse output small (stored with every user message, sent
with every action call): the Reading compact, no copy of the answer's text.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from components.message_guard import MessageGuard, keep_output_small, reading_of
from krampbot import names as N
from krampbot.triage.levels import HUISARTS

KEEPS_INTENT_WITH_NON_URGENT_SIGN = {"kramp_bij_kinderen", N.KRAMP_KLACHT, N.KNOWLEDGE_INTENT}
# Intents whose rules would answer a told complaint with something not about it (an
# off-topic or unplaced message goes to action_beantwoord_vraag, which screens it).
NOT_ABOUT_A_COMPLAINT = {N.GREET, N.GOODBYE, N.THANK, N.AFFIRM, N.DENY, N.BOT_CHALLENGE,
                         N.HELP, N.ANDERE_TAAL}
OWN_COMPLAINT_MIN = 0.15
# Topics and the knowledge base both answer a question (issue 20): the FallbackClassifier's
# ambiguity check must not turn "wat kan ik doen tegen kramp in mijn kuit?" (topic 0.38,
# vraag 0.34) into "weet ik niet". Their shares count together; the answer action then
# chooses the entry (ResponseSelector sure) or the topic's overview.
ANSWER_INTENTS = {*N.TOPIC_INTENTS, N.KNOWLEDGE_INTENT}
ANSWER_SHARE_MIN = 0.4  # the FallbackClassifier's threshold (config.yml)
QUESTION_AFTER_GREETING_MIN = 0.2


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class ReadingRouter(MessageGuard):
    def guard(self, message: Message) -> None:
        reading = reading_of(message)
        if reading.get("knop"):
            return  # a button payload names its intent itself
        intent = (message.get(INTENT) or {}).get("name")
        ranking = message.get(INTENT_RANKING_KEY) or []
        if set(reading.get("commando") or []) & {N.VERGEET, N.PRIVACY}:
            return
        level = reading.get("niveau")
        if level and not (level == HUISARTS and intent in KEEPS_INTENT_WITH_NON_URGENT_SIGN):
            self._route(message, N.RODE_VLAG, 1.0, ranking)
            return
        confidence = {r.get("name"): float(r.get("confidence") or 0.0) for r in ranking}
        if reading.get("verteld") and intent in (N.KNOWLEDGE_INTENT, N.KRAMP_KLACHT, N.NLU_FALLBACK) \
                and confidence.get(N.KRAMP_KLACHT, 0.0) >= OWN_COMPLAINT_MIN:
            share = confidence.get(N.KRAMP_KLACHT, 0.0) + confidence.get(N.KNOWLEDGE_INTENT, 0.0)
            self._route(message, N.KRAMP_KLACHT, share, ranking)
            return
        if reading.get("klacht") and intent in NOT_ABOUT_A_COMPLAINT:
            self._route(message, N.KRAMP_KLACHT, 1.0, ranking)
            return
        # A goodbye with a plan in it ("ik ga magnesium proberen, doei") is a goodbye,
        # whatever its words resemble; thanks alone leave a yes or no to an offer alone.
        closing = reading.get("afscheid")
        if closing == N.GOODBYE and intent != N.GOODBYE:
            self._route(message, N.GOODBYE, 1.0, ranking)
            return
        if closing == N.THANK and intent not in (N.THANK, N.GOODBYE, N.AFFIRM, N.DENY):
            self._route(message, N.THANK, 1.0, ranking)
            return
        if intent == N.NLU_FALLBACK:
            ranked = [r for r in ranking if r.get("name") != N.NLU_FALLBACK]
            top_two = ranked[:2]
            share = sum(float(r.get("confidence") or 0.0) for r in top_two)
            if len(top_two) == 2 and all(r.get("name") in ANSWER_INTENTS for r in top_two) \
                    and share >= ANSWER_SHARE_MIN:
                self._route(message, str(top_two[0]["name"]), share, ranking)
                return
        # "hoi, wat kan ik doen tegen kramp?": a greeting before a cramp question does not
        # make it a greeting; the question gets its answer.
        if intent in (N.NLU_FALLBACK, N.GREET) and reading.get("vraag") \
                and "kramp" in (reading.get("over") or []):
            answers = [r for r in ranking if r.get("name") in ANSWER_INTENTS]
            share = sum(float(r.get("confidence") or 0.0) for r in answers)
            if answers and share >= QUESTION_AFTER_GREETING_MIN:
                self._route(message, str(answers[0]["name"]), share, ranking)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in super().process(messages):
            keep_output_small(message)
        return messages

    def _route(self, message: Message, name: str, confidence: float, ranking: list) -> None:
        chosen = {"name": name, "confidence": confidence}
        self.set_intent(message, chosen, [chosen, *[r for r in ranking if r.get("name") != name]])
