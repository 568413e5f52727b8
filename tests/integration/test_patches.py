"""Every Rasa patch goes through one gate (startup/patches/__init__.py): the correctness
patches always, the speed-ups unless KRAMPBOT_RASA_SPEEDUPS=0, nothing on another Rasa
version; and the launcher starts every Rasa server through it.

Each test runs in a fresh Python process, so a patch applied here never leaks into
another test (no test process sees patched Rasa unless it asks for it)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from krampbot.paths import ROOT

PROBE = r"""
import json, sys
from startup import patches
applied = patches.apply(serving=True)
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.core.actions.action import ActionSessionStart
from rasa.shared.core.events import Event
import rasa.core.run
print(json.dumps({
    "applied": applied,
    "action_failures": getattr(RemoteAction.run, "records_failures", False),
    "sessions": getattr(MessageProcessor._has_session_expired, "krampbot_long_sessions", False),
    "carry_over": getattr(ActionSessionStart._slot_set_events_from_tracker, "krampbot_last_values", False),
    "startup_log": getattr(rasa.core.run.serve_application, "krampbot_announces", False),
    "speedup_events": getattr(Event.resolve_by_type, "krampbot_cached", False),
    "speedup_validation": getattr(RemoteAction._validate_action_result, "krampbot_cached", False),
}))
"""


def probe(env_extra):
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", **env_extra}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_correctness_patches_and_speedups_are_applied_through_the_gate():
    state = probe({"KRAMPBOT_RASA_SPEEDUPS": "1"})
    assert state["applied"] == ["sessions", "action_failures", "startup_log", "retention", "speedups"]
    assert all(state[key] for key in ("action_failures", "sessions", "carry_over", "startup_log",
                                      "speedup_events", "speedup_validation"))


def test_speedups_switch_off_but_correctness_patches_stay():
    state = probe({"KRAMPBOT_RASA_SPEEDUPS": "0"})
    assert state["applied"] == ["sessions", "action_failures", "startup_log", "retention"]
    assert state["sessions"] and state["carry_over"] and state["action_failures"]
    assert not state["speedup_events"] and not state["speedup_validation"]


def test_plain_rasa_is_untouched_without_the_gate():
    code = ("import json; from rasa.core.actions.action import RemoteAction; "
            "from rasa.shared.core.events import Event; "
            "print(json.dumps([getattr(RemoteAction.run, 'records_failures', False), "
            "getattr(Event.resolve_by_type, 'krampbot_cached', False)]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [False, False]


@pytest.mark.parametrize("command, serving", [(["run", "-m", "m.tar.gz"], True), (["shell"], True),
                                              (["run", "actions"], False), (["train"], False)])
def test_the_launcher_starts_rasa_through_the_gate(monkeypatch, command, serving):
    import rasa.__main__

    from startup import launcher, patches

    calls = []
    monkeypatch.setattr(patches, "apply", lambda serving, warning_filters=(): calls.append(serving))
    monkeypatch.setattr(rasa.__main__, "main", lambda: calls.append("rasa"))
    monkeypatch.setattr("sys.argv", ["launcher"])
    launcher.main(command)
    assert calls == [serving, "rasa"]
