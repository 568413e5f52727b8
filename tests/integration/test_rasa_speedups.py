"""startup.patches.speedups gives exactly the results of Rasa's own code.

(The model-loading patch is checked against the trained model in
tests/integration/test_startup.py.)
"""
from __future__ import annotations

import copy
import importlib.metadata

import numpy as np
import pytest
import scipy.sparse

from startup.patches import speedups as rasa_speedups


@pytest.fixture(autouse=True, scope="module")
def speedups():
    rasa_speedups.apply()


# ------------------------------------------------------ action response validation
def rasa_validate(result):
    """What Rasa 3.6 did: jsonschema.validate with the action response schema."""
    from jsonschema import validate
    from rasa.core.actions.action import RemoteAction

    validate(result, RemoteAction.action_response_format_spec())


def patched_validate(result):
    from rasa.core.actions.action import RemoteAction

    return RemoteAction("action_x", None)._validate_action_result(result)


VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "frequentie", "value": "zelden", "timestamp": None},
                {"event": "active_loop", "name": None}],
     "responses": [{"text": "Hoe vaak?", "buttons": [{"title": "Zelden", "payload": "zelden"}]}]},
    {"events": [{"event": "followup", "name": "action_listen"}], "responses": [{"response": "utter_x"}]},
]
INVALID = [
    {"events": [{"event": "slot", "value": 1}]},  # slot event without name
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
]


@pytest.mark.parametrize("result", VALID)
def test_valid_action_responses_pass(result):
    rasa_validate(result)
    assert patched_validate(result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_action_responses_fail_with_rasas_error(result):
    from jsonschema import ValidationError

    with pytest.raises(ValidationError) as theirs:
        rasa_validate(result)
    with pytest.raises(ValidationError) as ours:
        patched_validate(result)
    assert ours.value.message.startswith(theirs.value.message)
    assert "Failed to validate Action server response" in ours.value.message
    assert list(ours.value.absolute_path) == list(theirs.value.absolute_path)


def test_validator_is_built_once_per_action_class():
    from rasa.core.actions.action import RemoteAction

    rasa_speedups.response_validator.cache_clear()
    for _ in range(5):
        RemoteAction("action_x", None)._validate_action_result(VALID[1])
    info = rasa_speedups.response_validator.cache_info()
    assert (info.misses, info.hits) == (1, 4)


# ------------------------------------------------------------- event type lookup
def rasa_resolve(type_name, default=None):
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            return cls
    if type_name == "topic":
        return None
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def test_every_event_type_resolves_to_the_same_class():
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    names = {cls.type_name for cls in all_subclasses(Event)}
    assert {"user", "bot", "slot", "action", "active_loop", "session_started"} <= names
    for name in names:
        assert Event.resolve_by_type(name) is rasa_resolve(name)


def test_unknown_event_types_behave_as_in_rasa():
    from rasa.shared.core.events import Event, UserUttered

    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=UserUttered) is UserUttered
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


def test_events_deserialise_as_before():
    from rasa.shared.core.events import Event, SlotSet, UserUttered

    events = [{"event": "user", "text": "hallo", "parse_data": {"intent": {"name": "greet"}}},
              {"event": "slot", "name": "zwanger", "value": False}]
    parsed = [Event.from_parameters(e) for e in events]
    assert isinstance(parsed[0], UserUttered) and parsed[0].text == "hallo"
    assert parsed[1] == SlotSet("zwanger", False)


# ------------------------------------------------------------ feature combination
def features(matrix, origin):
    from rasa.shared.nlu.training_data.features import Features

    return Features(matrix, "sequence", "text", origin)


def rasa_combine(feature_list, featurizers):
    combined = None
    for f in feature_list:
        if combined is None:
            combined = copy.deepcopy(f)
            combined.origin = featurizers
        else:
            combined.combine_with_features(f)
    return combined


@pytest.mark.parametrize("make", [
    lambda: [features(scipy.sparse.random(3, 5, density=0.4, format="coo", random_state=1), "a"),
             features(scipy.sparse.random(3, 2, density=0.5, format="coo", random_state=2), "b")],
    lambda: [features(np.arange(6.0).reshape(2, 3), "a"),
             features(np.ones((2, 4)), "b")],
    lambda: [features(scipy.sparse.random(4, 7, density=0.3, format="coo", random_state=3), "a")],
])
def test_combined_features_equal_rasas_and_share_nothing(make):
    from rasa.shared.nlu.training_data.message import Message

    theirs = rasa_combine(make(), ["a", "b"])
    inputs = make()
    ours = Message._combine_features(inputs, ["a", "b"])
    as_array = (lambda m: m.toarray()) if scipy.sparse.issparse(ours.features) else np.asarray
    assert np.array_equal(as_array(ours.features), as_array(theirs.features))
    assert (ours.type, ours.attribute, ours.origin) == (theirs.type, theirs.attribute, theirs.origin)
    assert ours.features is not inputs[0].features
    assert Message._combine_features([], ["a"]) is None


def test_sparse_features_are_combined_once_per_message_and_featurizer_set():
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "mijn kuit is dik"})
    for f in [features(scipy.sparse.random(3, 5, density=0.4, format="coo", random_state=1), "a"),
              features(scipy.sparse.random(3, 2, density=0.5, format="coo", random_state=2), "b")]:
        message.add_features(f)
    sequence, sentence = message.get_sparse_features("text", [])
    assert message.get_sparse_features("text", [])[0] is sequence  # the second reader
    expected = rasa_combine([f for f in message.features], [])
    assert np.array_equal(sequence.features.toarray(), expected.features.toarray())
    assert sentence is None
    # another featurizer set, and a feature added later: combined anew
    only_a = message.get_sparse_features("text", ["a"])[0]
    assert only_a.features.shape == (3, 5)
    message.add_features(features(scipy.sparse.random(3, 4, density=0.5, format="coo", random_state=3), "c"))
    assert message.get_sparse_features("text", [])[0].features.shape == (3, 11)


# --------------------------------------------------------------------------- apply
def test_other_rasa_versions_are_not_patched(monkeypatch):
    from startup import patches

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "3.7.0")
    assert patches.apply(serving=True) == []


def test_apply_is_idempotent():
    from rasa.core.actions.action import RemoteAction

    before = RemoteAction._validate_action_result
    rasa_speedups.apply()
    assert RemoteAction._validate_action_result is before


# --------------------------------------------------------------- SQLite tracker store
@pytest.fixture
def sqlite_store(tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    domain = Domain.from_yaml(
        "version: '3.1'\nintents: [greet]\nslots:\n  zwanger:\n    type: bool\n"
        "    influence_conversation: false\n    mappings:\n    - type: custom\n"
        "responses:\n  utter_hoi:\n  - text: hoi\n")
    return SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "t.db"))


def two_sessions(sender: str, slots):
    from rasa.shared.core.events import (
        ActionExecuted,
        BotUttered,
        SessionStarted,
        SlotSet,
        UserUttered,
    )
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker(sender, slots)
    for session in ("eerste", "tweede"):
        for event in (ActionExecuted("action_session_start"), SessionStarted(),
                      SlotSet("zwanger", session == "tweede"), ActionExecuted("action_listen"),
                      UserUttered(f"hallo {session}", {"name": "greet", "confidence": 1.0}),
                      BotUttered("hoi"), ActionExecuted("action_listen")):
            tracker.update(event)
    return tracker


def test_sqlite_store_keeps_a_write_ahead_log_in_a_connection_pool(sqlite_store, tmp_path):
    import asyncio
    import sqlite3

    from sqlalchemy.pool import QueuePool

    assert isinstance(sqlite_store.engine.pool, QueuePool)
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    asyncio.run(sqlite_store.save(two_sessions("s1", sqlite_store.domain.slots)))
    # Committed: another connection (e.g. scripts/ops/delete_conversation.py) sees it.
    other = sqlite3.connect(tmp_path / "t.db")
    assert other.execute("SELECT count(*) FROM events WHERE sender_id='s1'").fetchone()[0] == 14
    other.close()


def test_trackers_read_from_sql_equal_rasas(sqlite_store):
    import asyncio

    from rasa.core.tracker_store import SQLTrackerStore

    asyncio.run(sqlite_store.save(two_sessions("s1", sqlite_store.domain.slots)))
    original = SQLTrackerStore._retrieve.rasa_original
    for all_sessions in (False, True):
        ours = asyncio.run(sqlite_store._retrieve("s1", all_sessions))
        theirs = asyncio.run(original(sqlite_store, "s1", all_sessions))
        assert list(ours.events) == list(theirs.events)
        assert ours.current_slot_values() == theirs.current_slot_values()
    assert len(asyncio.run(sqlite_store.retrieve("s1")).events) == 6  # the second session
    assert len(asyncio.run(sqlite_store.retrieve_full_tracker("s1")).events) == 14
    assert asyncio.run(sqlite_store.retrieve("unknown")) is None
