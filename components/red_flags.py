"""Rasa glue: red flags win over any classifier, deterministically.

krampbot.triage.detect_red_flags reads every user message; when it finds a warning sign
the intent becomes `rode_vlag` with full confidence, so the rules answer it at once,
inside or outside the triage form.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from krampbot.triage import detect_red_flags

RED_FLAG_INTENT = "rode_vlag"
# Warning signs whose advice the topic answer already gives in full: there the topic
# answer is kept (utter_kramp_bij_kinderen says to see the huisarts for exactly these).
ANSWERED_BY_TOPIC = {"kind_met_klachten": "kramp_bij_kinderen"}


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class RedFlagIntentOverride(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RedFlagIntentOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            flags = detect_red_flags(message.get(TEXT) or "")
            intent = (message.get(INTENT) or {}).get("name")
            if all(ANSWERED_BY_TOPIC.get(flag.code) == intent for flag in flags):
                continue  # no flag, or only flags this topic answer already covers
            override = {"name": RED_FLAG_INTENT, "confidence": 1.0}
            ranking = message.get(INTENT_RANKING_KEY) or []
            message.set(INTENT, override, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [override, *ranking], add_to_output=True)
        return messages
