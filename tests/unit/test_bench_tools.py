"""The benchmark's triage driver follows whatever the form asks (scripts/evaluate/bench_tools.py), and its
/proc readings count the processes it measures."""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Dict, List, Optional

import pytest

from scripts.evaluate import bench_tools as tools


class FakeForm:
    """A form asking `slots` in order; `understands(slot, text)` decides if an answer
    counts. A warning-sign answer or "stop" ends it early."""

    def __init__(self, slots: List[str], understands=lambda slot, text: True,
                 starts_on: str = tools.KRAMPBOT_TRIAGE_START) -> None:
        self.slots, self.understands, self.starts_on = list(slots), understands, starts_on
        self.active = False
        self.answers: Dict[str, str] = {}

    def send(self, text: str) -> None:
        if not self.active:
            self.active = text == self.starts_on
            return
        if text == "stop":
            self.active = False
            return
        slot = self.requested()
        if self.understands(slot, text):
            self.answers[slot] = text
        if self.requested() is None:
            self.active = False

    def requested(self) -> Optional[str]:
        return next((s for s in self.slots if s not in self.answers), None)

    def state(self) -> dict:
        if not self.active:
            return {"active_loop": {}, "slots": {"requested_slot": None}}
        return {"active_loop": {"name": "kramp_triage_form"},
                "slots": {"requested_slot": self.requested()}}


def test_answers_each_asked_slot_calmly_in_any_order_with_new_slots():
    form = FakeForm(["spoedsignalen", "voor_wie", "frequentie", "zwanger", "klachten_plotseling"])
    path = tools.drive_triage(form.send, form.state)
    assert path.completed
    assert path.slots_asked == ["spoedsignalen", "voor_wie", "frequentie", "zwanger",
                                "klachten_plotseling"]
    assert form.answers == {"spoedsignalen": "nee", "voor_wie": "voor mezelf",
                            "frequentie": "een paar keer per jaar", "zwanger": "nee",
                            "klachten_plotseling": "nee"}
    assert path.messages[0] == tools.KRAMPBOT_TRIAGE_START and len(path.messages) == 6


def test_a_question_asked_again_gets_another_calm_answer():
    form = FakeForm(["nieuw_slot"], understands=lambda slot, text: text == "nee hoor")
    path = tools.drive_triage(form.send, form.state)
    assert path.completed
    assert path.messages[1:] == ["nee", "nee hoor"]


def test_a_question_never_understood_ends_with_stop_not_a_loop():
    form = FakeForm(["raadsel"], understands=lambda slot, text: False)
    path = tools.drive_triage(form.send, form.state)
    assert not path.completed
    assert path.messages[-1] == "stop"
    assert len(path.messages) <= 2 + len(tools.CALM_ALTERNATIVES)


def test_no_form_started_is_reported():
    form = FakeForm(["frequentie"], starts_on="iets anders")
    path = tools.drive_triage(form.send, form.state)
    assert not path.completed and path.messages == [tools.KRAMPBOT_TRIAGE_START]


def test_cpu_seconds_include_children_that_ran():
    before = tools.cpu_seconds(os.getpid())
    subprocess.run([sys.executable, "-c", "sum(i * i for i in range(3_000_000))"], check=True)
    after = tools.cpu_seconds(os.getpid())
    children = os.times().children_user + os.times().children_system
    assert after - before > 0.05
    assert after >= children


def test_finds_the_rasa_server_and_the_action_server_by_command_line(tmp_path):
    script = "import time; time.sleep(30)"
    root = subprocess.Popen(["bash", "-c",
                             f"{sys.executable} -c '{script}' run actions --port 1 & "
                             f"{sys.executable} -c '{script}' run -m model.tar.gz & wait"])
    try:
        found = {}
        for _ in range(50):
            found = tools.find_rasa_processes(root.pid)
            if len(found) == 2:
                break
            import time
            time.sleep(0.1)
        assert set(found) == {"rasa", "actions"}
        assert "actions" in tools.cmdline(found["actions"])
        assert "-m" in tools.cmdline(found["rasa"])
    finally:
        for pid in tools.children(root.pid):
            os.kill(pid, 9)
        root.kill()
        root.wait()


@pytest.mark.parametrize("values,p,expected", [([3, 1, 2], 50, 2), ([], 50, None), ([5], 95, 5)])
def test_percentile(values, p, expected):
    result = tools.percentile(values, p)
    assert (result != result) if expected is None else result == expected
