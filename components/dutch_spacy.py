"""Rasa glue: provide the Dutch spaCy pipeline (real or fallback) to SpacyTokenizer.

The class must be called `SpacyNLP`: Rasa wires SpacyTokenizer to the provider node
whose class has exactly that name.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.spacy_pipeline import load_dutch_pipeline

logger = logging.getLogger(__name__)

PIPELINE_FILE = "spacy_pipeline.json"


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(RasaSpacyNLP):
    """SpacyNLP that falls back to a blank Dutch pipeline instead of failing."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpacyNLP:
        # As Rasa's, without its "Trying to load SpaCy model with name ..." line, which
        # is wrong for the fallback: components.spacy_pipeline says what it loads, once.
        model = cls.load_model(config.get("model"))
        cls.ensure_proper_language_model(model.model)
        return cls(model, {**cls.get_default_config(), **config})

    @staticmethod
    def load_model(spacy_model_name: Text) -> SpacyModel:
        pipeline = load_dutch_pipeline()
        # The identity is the fingerprint: a change of pipeline forces a retrain.
        return SpacyModel(model=pipeline.nlp, model_name=pipeline.identity)

    @staticmethod
    def ensure_proper_language_model(nlp) -> None:
        # Rasa rejects pipelines not loaded from disk; the fallback is built in memory
        # on purpose (blank Dutch + lookup lemmas), so only a missing pipeline is wrong.
        if nlp is None:
            raise InvalidConfigException("No Dutch spaCy pipeline could be loaded.")


class SpacyPipelineMismatch(InvalidConfigException):
    """The model was trained with another spaCy pipeline than the one installed."""


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True
)
class SpacyPipelineGuard(GraphComponent):
    """Records the spaCy pipeline in the trained model and checks it when loading."""

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, trained_with: Text
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.trained_with = trained_with

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpacyPipelineGuard:
        return cls(model_storage, resource, load_dutch_pipeline().identity)

    def train(self, training_data: TrainingData) -> Resource:
        with self._model_storage.write_to(self._resource) as directory:
            (directory / PIPELINE_FILE).write_text(
                json.dumps({"spacy_pipeline": self.trained_with}), encoding="utf-8"
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SpacyPipelineGuard:
        with model_storage.read_from(resource) as directory:
            recorded = json.loads((directory / PIPELINE_FILE).read_text("utf-8"))
        trained_with = recorded["spacy_pipeline"]
        available = load_dutch_pipeline().identity
        if trained_with != available:
            raise SpacyPipelineMismatch(
                f"This Krampbot model was trained with the spaCy pipeline "
                f"'{trained_with}', but this machine provides '{available}'. "
                f"Retrain with `make train` (or install the pipeline the model needs)."
            )
        return cls(model_storage, resource, trained_with)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        return messages
