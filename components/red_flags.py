"""Rasa glue: warning signs win over any classifier, deterministically.

krampbot.red_flags.detect_red_flags reads every user message; when it finds a warning
sign the intent becomes `rode_vlag` with full confidence, so Krampbot answers it at once.
Only non-urgent signs ("maak een afspraak") leave a few intents alone, whose own
answer or follow-up questions already deal with them; their actions keep the sign.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.message_guard import MessageGuard
from krampbot.levels import HUISARTS
from krampbot.red_flags import detect_red_flags

RED_FLAG_INTENT = "rode_vlag"
# A non-urgent sign in a child question, an own complaint (the questions follow and
# include it) or a knowledge-base question keeps that intent.
KEEPS_INTENT_WITH_NON_URGENT_SIGN = {"kramp_bij_kinderen", "kramp_klacht", "vraag"}


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class RedFlagIntentOverride(MessageGuard):
    def guard(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):
            return  # a button payload names its intent itself
        flags = detect_red_flags(text)
        if not flags:
            return
        intent = (message.get(INTENT) or {}).get("name")
        if all(f.level == HUISARTS for f in flags) and intent in KEEPS_INTENT_WITH_NON_URGENT_SIGN:
            return
        override = {"name": RED_FLAG_INTENT, "confidence": 1.0}
        self.set_intent(message, override, [override, *(message.get(INTENT_RANKING_KEY) or [])])
