"""Thin patches where Rasa 3.6 does avoidable work (found with py-spy; see
notes/perf-findings.md). Each one gives the same results as Rasa's own code and has a
test in tests/unit/test_rasa_speedups.py / tests/integration/test_startup.py.

Applied through the one gate, startup.patches.apply (by startup.launcher, i.e. in every
Rasa process that `make run`, `make shell`, `make cluster`, the tests and the benchmark
start), only for the pinned Rasa version and unless KRAMPBOT_RASA_SPEEDUPS=0.

1. Loading a TensorFlow model (DIETClassifier): Rasa builds the weights by *training*
   one step on an example (tracing the whole training graph with gradients: ~20 s of
   a 34 s start-up here), then overwrites them from the checkpoint. For prediction it
   is enough to restore the checkpoint and run one prediction, which creates every
   variable the prediction needs and restores it on creation. Every created variable
   is checked against the checkpoint; if anything does not match, Rasa's own load runs.
2. Validating an action server response: `jsonschema.validate()` first checks the
   (constant) schema against the JSON-Schema meta-schema on every call, ~9 ms of CPU
   per custom action. The validator is now built once per schema; responses are still
   validated in full, with the same error.
3. Reading events: `Event.resolve_by_type` walks every Event subclass for every event
   of every tracker it loads. The name -> class lookup is now a dict (same first-match
   order; unknown names still go through Rasa's code).
4. Combining NLU features: `Message._combine_features` deep-copies a scipy matrix
   generically; a plain `.copy()` of the matrix gives the same object, ~5x cheaper.
   And the DIETClassifier and the ResponseSelector each combine the same sparse
   features of the same message (two scipy hstacks each): the combination is now kept
   on the message for the next reader, keyed by attribute, featurizers and the number
   of features (a featurizer that adds one makes a new combination). Only in a server:
   training never applies the speed-ups, so no training example keeps a copy.
5. SQLite (the default tracker store): a pool of open connections instead of a new
   connection per session, and the write-ahead log with synchronous=NORMAL. By default
   every commit (2-3 per message) waits for fsyncs of the journal and the database,
   and the Rasa server's event loop waits with it. In WAL mode a commit is an append;
   it survives a crash of Rasa or the process, and after a power loss the file stays
   consistent (the last commits may be lost). PostgreSQL (`make cluster`, production)
   is not affected.
6. Reading a tracker from SQL: Rasa builds a full ORM object for every stored event
   and then uses only its `data` column; now only that column is selected (same rows,
   same order, same query otherwise).
(The carry-over of slots into a new session is a correctness fix of the session
limit, not a speed-up: it lives with it in startup/patches/sessions.py, always on.)
"""
from __future__ import annotations

import functools
import logging
import time
from typing import Any, Dict, Optional, Text, Type

logger = logging.getLogger(__name__)

_applied = False


def apply() -> None:
    """Apply every speed-up once (startup.patches.apply checks the Rasa version first)."""
    global _applied
    if _applied:
        return
    _fast_tensorflow_model_load()
    _cached_action_response_validator()
    _cached_event_type_lookup()
    _cheap_feature_copy()
    _sqlite_write_ahead_log()
    _sql_events_data_only()
    _applied = True


# ---------------------------------------------------------------- 1. model loading
def _fast_tensorflow_model_load() -> None:
    from rasa.utils.tensorflow.models import RasaModel

    original = RasaModel.load.__func__

    @classmethod  # type: ignore[misc]
    @functools.wraps(original)
    def load(cls, model_file_name, model_data_example, predict_data_example=None,
             finetune_mode=False, *args, **kwargs):
        if finetune_mode or predict_data_example is None:
            return original(cls, model_file_name, model_data_example,
                            predict_data_example, finetune_mode, *args, **kwargs)
        started = time.monotonic()
        model = load_for_prediction(cls, model_file_name, predict_data_example,
                                    *args, **kwargs)
        if model is None:
            logger.info("Restoring %s directly did not match its checkpoint; using "
                        "Rasa's slower load.", cls.__name__)
            return original(cls, model_file_name, model_data_example,
                            predict_data_example, finetune_mode, *args, **kwargs)
        logger.info("Loaded the %s weights in %.1f s.", cls.__name__,
                    time.monotonic() - started)
        return model

    RasaModel.load = load


def load_for_prediction(cls, model_file_name, predict_data_example, *args, **kwargs):
    """The model restored from its checkpoint for prediction, or None if any variable
    the prediction created has no value in the checkpoint."""
    import tensorflow as tf
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY

    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
                  run_eagerly=config.get(RUN_EAGERLY))
    status = model.load_weights(model_file_name)
    # Creates the variables of the prediction graph; each is restored on creation.
    model.run_inference(predict_data_example)
    try:
        status.assert_existing_objects_matched()
    except AssertionError as error:
        logger.debug("Unmatched after restore: %s", error)
        return None
    status.expect_partial()  # optimizer slots: only needed for training
    return model


# ------------------------------------------------ 2. action response validation
def _cached_action_response_validator() -> None:
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction._validate_action_result, "krampbot_cached", False):
        return

    def _validate_action_result(self, result: Dict[Text, Any]) -> bool:
        error = best_match(response_validator(type(self)).iter_errors(result))
        if error is None:
            return True
        # Same message as Rasa's own validation error.
        from rasa.shared.constants import DOCS_BASE_URL

        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    _validate_action_result.krampbot_cached = True
    RemoteAction._validate_action_result = _validate_action_result


@functools.cache
def response_validator(action_class: Type) -> Any:
    """What `jsonschema.validate` builds on every call, built once per action class."""
    from jsonschema.validators import validator_for

    schema = action_class.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


# --------------------------------------------------------- 3. event type lookup
def _cached_event_type_lookup() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    original = Event.resolve_by_type
    if getattr(original, "krampbot_cached", False):
        return
    by_name: Dict[Text, Type] = {}

    def resolve_by_type(type_name: Text, default: Optional[Type] = None) -> Optional[Type]:
        cls = by_name.get(type_name)
        if cls is None:
            for subclass in all_subclasses(Event):  # Rasa's order: the first one wins
                by_name.setdefault(subclass.type_name, subclass)
            cls = by_name.get(type_name)
        if cls is not None:
            return cls
        return original(type_name, default)

    resolve_by_type.krampbot_cached = True
    Event.resolve_by_type = staticmethod(resolve_by_type)


# ------------------------------------------------------------ 4. feature copies
def _cheap_feature_copy() -> None:
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message

    if getattr(Message._combine_features, "krampbot_cheap", False):
        return

    def _combine_features(features, featurizers):
        combined = None
        for feature in features:
            if combined is None:
                combined = Features(feature.features.copy(), feature.type,
                                    feature.attribute, featurizers)
            else:
                combined.combine_with_features(feature)
        return combined

    _combine_features.krampbot_cheap = True
    Message._combine_features = staticmethod(_combine_features)

    uncached = Message.get_sparse_features

    @functools.wraps(uncached)
    def get_sparse_features(self, attribute, featurizers=None):
        key = (attribute, tuple(featurizers or ()), len(self.features))
        cache = self.__dict__.setdefault("_krampbot_sparse", {})
        if key not in cache:
            cache[key] = uncached(self, attribute, featurizers)
        return cache[key]

    Message.get_sparse_features = get_sparse_features


# ------------------------------------------------------------ 5. SQLite settings
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def _sqlite_write_ahead_log() -> None:
    import rasa.core.tracker_store as tracker_store
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not event.contains(Engine, "connect", _sqlite_on_connect):
        event.listen(Engine, "connect", _sqlite_on_connect)
    original = tracker_store.create_engine_kwargs
    if getattr(original, "krampbot_pooled", False):
        return

    @functools.wraps(original)
    def create_engine_kwargs(url):
        kwargs = original(url)
        if str(url).startswith("sqlite") and ":memory:" not in str(url):
            # SQLAlchemy 1.4 opens a new SQLite connection for every session (NullPool),
            # and closing the last one checkpoints the log. A pool of open connections,
            # as SQLAlchemy 2.0 does by default for SQLite files.
            from sqlalchemy.pool import QueuePool

            kwargs.setdefault("poolclass", QueuePool)
            kwargs.setdefault("connect_args", {"check_same_thread": False})
        return kwargs

    create_engine_kwargs.krampbot_pooled = True
    tracker_store.create_engine_kwargs = create_engine_kwargs


def _sqlite_on_connect(dbapi_connection, _connection_record) -> None:
    import sqlite3

    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()


# ----------------------------------------------------- 6. tracker reads from SQL
def _sql_events_data_only() -> None:
    import json

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.trackers import DialogueStateTracker

    original = SQLTrackerStore._retrieve
    if getattr(original, "krampbot_data_only", False):
        return

    async def _retrieve(self, sender_id, fetch_events_from_all_sessions):
        # Rasa 3.6's SQLTrackerStore._retrieve, selecting only the data column.
        with self.session_scope() as session:
            rows = self._event_query(
                session, sender_id,
                fetch_events_from_all_sessions=fetch_events_from_all_sessions,
            ).with_entities(self.SQLEvent.data).all()
            events = [json.loads(row.data) for row in rows]
            if self.domain and len(events) > 0:
                return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
            return None

    _retrieve.krampbot_data_only = True
    _retrieve.rasa_original = original
    SQLTrackerStore._retrieve = _retrieve


