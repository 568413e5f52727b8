"""Rasa glue: the Reading of every message, made once (krampbot.reading.read).

Attached to the parse output as `lezing` (Message.set(..., add_to_output=True)), so it
reaches tracker.latest_message, is stored with the message and is sent with every action
call. It holds codes, never copies of the text. The guards after it (commands, the
router) and the actions read it; nothing reads the text for signs, facts or commands
again. Runs first in the pipeline: it needs only the text.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from krampbot.names import PRIVACY, READING_KEY, TOON_SAMENVATTING
from krampbot.reading.reading import read

# The text as typed, before the spelling step corrected it (components/spelling.py).
ORIGINAL_TEXT = "krampbot_original_text"
HARMLESS_COMMANDS = (TOON_SAMENVATTING, PRIVACY)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ReadingComponent(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ReadingComponent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            corrected = message.get(TEXT) or ""
            reading = read(text)
            if corrected and corrected != text:
                # Signs and commands are read in the original words; the corrected text
                # may add what a typo hid ("husarts", "benauwt") but never removes.
                extra = read(corrected)
                reading = merge_readings(reading, extra)
            message.set(READING_KEY, reading, add_to_output=True)
        return messages


def merge_readings(original: Dict[str, Any], corrected: Dict[str, Any]) -> Dict[str, Any]:
    """The original reading, plus signs and facts the corrected text adds."""
    merged = dict(original)
    merged["tekens"] = list(dict.fromkeys([*original.get("tekens", []), *corrected.get("tekens", [])]))
    levels = [lvl for lvl in (original.get("niveau"), corrected.get("niveau")) if lvl]
    if levels:
        from krampbot.triage.levels import level_rank

        merged["niveau"] = max(levels, key=level_rank)
    merged["feiten"] = {**corrected.get("feiten", {}), **original.get("feiten", {})}
    merged["details"] = {**corrected.get("details", {}), **original.get("details", {})}
    for key in ("klacht", "vraag", "verteld", "zwanger_of_kraam", "kinine"):
        merged[key] = bool(original.get(key) or corrected.get(key))
    merged["over"] = list(dict.fromkeys([*original.get("over", []), *corrected.get("over", [])]))
    answers = dict(original.get("antwoorden") or {})
    for key, value in (corrected.get("antwoorden") or {}).items():
        if answers.get(key) is None:
            answers[key] = value
    merged["antwoorden"] = answers
    if not merged.get("persoon"):
        merged["persoon"] = corrected.get("persoon")
    # Commands come from the words as typed; only harmless ones may come from a
    # corrected typo ("laat mijn samenvating zien"), never stop, opnieuw or vergeet.
    merged["commando"] = list(dict.fromkeys(
        [*original.get("commando", []),
         *[c for c in corrected.get("commando", []) if c in HARMLESS_COMMANDS]]))
    return merged
