"""The advice given at once stands after the 112 check unless the place changed."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.advice_actions import _place_changed


def tracker(events, slots):
    return Tracker.from_dict({"sender_id": "t", "slots": slots, "events": events,
                              "latest_message": {}, "active_loop": {}})


def slot(name, value):
    return {"event": "slot", "name": name, "value": value}


ADVICE = {"event": "action", "name": "action_rode_vlag"}
USER = {"event": "user", "text": "nee"}


def test_kraamtijd_known_with_the_advice_is_no_change():
    events = [USER, ADVICE, slot("kraamtijd", True), {"event": "action", "name": "action_listen"}, USER]
    assert not _place_changed(tracker(events, {"kraamtijd": True}))


def test_pregnancy_told_after_the_advice_changes_the_place():
    events = [USER, ADVICE, {"event": "action", "name": "action_listen"}, USER,
              {"event": "action", "name": "kramp_triage_form"}, slot("zwanger", True)]
    assert _place_changed(tracker(events, {"zwanger": True}))


def test_no_advice_given_at_once():
    assert not _place_changed(tracker([USER], {"zwanger": True}))
