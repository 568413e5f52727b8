"""Base for Krampbot's deterministic NLU steps: no training, one message at a time."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from krampbot.names import READING_KEY
from krampbot.reading.reading import compact

RESPONSE_SELECTOR = "response_selector"


def reading_of(message: Message) -> Dict[Text, Any]:
    """The Reading that components.reading.ReadingComponent attached (empty if none).
    Whole in-process: it is made compact only for the output, by the last component."""
    return message.get(READING_KEY) or {}


def keep_output_small(message: Message) -> None:
    """The parse output goes into every stored user event and every action call: keep the
    Reading compact (krampbot.reading.reading.compact) and drop the ResponseSelector's
    copy of the chosen answer's text and buttons (Krampbot's actions name the answer by
    its key and Rasa renders it from the domain; the key, confidence and ranking stay)."""
    reading = message.get(READING_KEY)
    if reading:
        message.set(READING_KEY, compact(reading), add_to_output=True)
    selector = message.get(RESPONSE_SELECTOR)
    if isinstance(selector, dict):
        for selection in selector.values():
            if isinstance(selection, dict) and isinstance(selection.get("response"), dict):
                selection["response"].pop("responses", None)


class MessageGuard(GraphComponent):
    """Subclasses look at each parsed message in `guard` and may change its intent."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageGuard:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.guard(message)
        return messages

    def guard(self, message: Message) -> None:
        raise NotImplementedError

    @staticmethod
    def set_intent(message: Message, intent: Dict[Text, Any], ranking: List[Dict[Text, Any]]) -> None:
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
