"""Rasa glue: typos mapped to the bot's own words before anything reads the message.

Trained with the model: the vocabulary is every word of the NLU training data and the
answers (retrieval responses), stored in the model; the lexicon's words
(krampbot.reading.concepts) are added at load. The rules are krampbot.text.spelling
(only unknown words change, never into a command or a negation). The text as typed is
kept under ORIGINAL_TEXT: the Reading reads it too (components/reading.py), and the
conversation stores what was typed.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.reading import ORIGINAL_TEXT
from krampbot.reading.utterance import is_about_cramps
from krampbot.text.dutch import without_greeting
from krampbot.text.spelling import Speller, lexicon_words, vocabulary_of, zipf

logger = logging.getLogger(__name__)
VOCABULARY_FILE = "vocabulary.json"


def _lexicon() -> set:
    from krampbot.reading import concepts

    return lexicon_words(v for v in vars(concepts).values() if isinstance(v, str))


def _texts(training_data: TrainingData) -> List[str]:
    texts = [m.get(TEXT) or "" for m in training_data.training_examples]
    for variants in (training_data.responses or {}).values():
        texts += [v.get(TEXT) or "" for v in variants]
    return texts


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class SpellingCorrector(GraphComponent):
    def __init__(self, model_storage: ModelStorage, resource: Resource,
                 vocabulary: Optional[Dict[str, int]] = None) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.speller = Speller(vocabulary or {}, _lexicon()) if vocabulary else None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SpellingCorrector:
        return cls(model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        vocabulary = vocabulary_of(_texts(training_data))
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary, sort_keys=True), encoding="utf-8")
        logger.info("Spelling vocabulary: %d words.", len(vocabulary))
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> SpellingCorrector:
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except ValueError:
            vocabulary = None  # not trained (an NLU-less model): no corrections
        zipf("kramp")  # load the word frequencies now, not at the first message
        return cls(model_storage, resource, vocabulary)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # every training word is in the vocabulary: nothing to correct

    def process(self, messages: List[Message]) -> List[Message]:
        if self.speller is None:
            return messages
        for message in messages:
            text = message.get(TEXT) or ""
            # The classifier reads a cramp question, not the "hoi" before it ("hoi, hoe gaat
            # het" stays small talk).
            question = without_greeting(text)
            if question != text and not is_about_cramps(question):
                question = text
            corrected = self.speller.correct(question)
            if corrected != text:
                message.set(ORIGINAL_TEXT, text)
                message.set(TEXT, corrected)
        return messages
