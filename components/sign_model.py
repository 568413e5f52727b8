"""Rasa glue: a learned second opinion on warning signs, for recall (never for advice).

A small scikit-learn model (character and word n-grams, logistic regression) trained by
`make train` inside the Rasa model on data/veiligheid/ (messages that tell an urgent sign,
and look-alikes that do not: harmless stories, appointment-level complaints, ordinary
questions). At run time it adds to the Reading `tweede_mening`: the chance that the
message tells an urgent sign. When it sees one the rules do not, the bot asks the
screening question; it never says "Bel 112" on the model alone and never changes the
intent (components/router.py does not read it). A change of the data files changes the
component's fingerprint, so `make train` retrains it.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.reading import ORIGINAL_TEXT
from krampbot.names import READING_KEY
from krampbot.paths import ROOT
from krampbot.reading.sign_data import load_sign_examples

logger = logging.getLogger(__name__)
MODEL_FILE = "sign_model.pkl"
DEFAULTS = {"data": "data/veiligheid", "threshold": 0.35, "extra_negatives": "data/kennisbank",
            "random_seed": 42}


def _data_files(config: Dict[Text, Any]) -> List[Path]:
    files = []
    for key in ("data", "extra_negatives"):
        folder = ROOT / str(config.get(key) or DEFAULTS[key])
        files += sorted(folder.rglob("*.yml"))
    return files


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class SignModel(GraphComponent):
    """The second opinion: P(urgent sign | text)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return dict(DEFAULTS)

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        # Its training data lives outside Rasa's training data: a change must retrain it.
        digest = hashlib.sha256()
        for path in _data_files({**DEFAULTS, **config}):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 pipeline: Any = None) -> None:
        self.config = {**DEFAULTS, **config}
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SignModel:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from krampbot.reading.sign_model import fit

        texts, labels = load_sign_examples(ROOT / self.config["data"], ROOT / self.config["extra_negatives"])
        self.pipeline = fit(texts, labels, seed=int(self.config["random_seed"]))
        with self._model_storage.write_to(self._resource) as directory:
            (directory / MODEL_FILE).write_bytes(pickle.dumps(self.pipeline))
        logger.info("Trained the sign model on %d examples (%d urgent).", len(texts), sum(labels))
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> SignModel:
        with model_storage.read_from(resource) as directory:
            pipeline = pickle.loads((directory / MODEL_FILE).read_bytes())
        return cls(config, model_storage, resource, pipeline)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        if self.pipeline is None:
            return messages
        for message in messages:
            text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            reading = message.get(READING_KEY)
            if reading is None or text.startswith("/") or _bare_answer(text, reading):
                continue
            chance = float(self.pipeline.predict_proba([text])[0][1])
            reading = dict(reading)
            reading["tweede_mening"] = round(chance, 3)
            reading["mogelijk_teken"] = chance >= float(self.config["threshold"])
            message.set(READING_KEY, reading, add_to_output=True)
        return messages


def _bare_answer(text: str, reading: Dict[str, Any]) -> bool:
    """A short answer about nothing bodily ("nee", "45", "voor mezelf"): nothing for the
    second opinion to find, and most messages of a conversation are like this (CPU)."""
    return (
        len(text.split()) <= 3
        and not reading.get("over")
        and not reading.get("tekens")
        and not reading.get("klacht")
        and not reading.get("losse_staten")
    )
