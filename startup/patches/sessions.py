"""A new Rasa session when a conversation grows long: the cost of a message stays flat.

A correctness patch (always on, through startup.patches.apply).

Rasa loads every event of the current session for each message (tracker store, the
policies' states, the tracker sent to the action server), so a long conversation gets
slower with every message. Rasa's own answer is sessions; Krampbot starts a new one not
only after an hour of silence (session_config) but also once the current session holds
more than KRAMPBOT_SESSION_EVENTS events (default 150, about 30 messages), never in the
middle of the follow-up questions. Rasa's `action_session_start` carries every slot over
(`carry_over_slots_to_new_session: true`): answers, warning signs, the advice and an
open offer stay; every event stays in the tracker store.

Rasa carries over every SlotSet event of the previous session, not each slot's value:
with sessions by size that would grow session after session (each new session would
start longer, until every message started one). So each slot's last value is carried,
once; the slots end up exactly the same.
"""
from __future__ import annotations

import logging
import os

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

MAX_SESSION_EVENTS = int(os.environ.get("KRAMPBOT_SESSION_EVENTS", "150"))


def events_in_session(tracker: DialogueStateTracker) -> int:
    """Events since the latest session start (the store may hold earlier sessions too)."""
    count = 0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        count += 1
    return count


def session_is_long(tracker: DialogueStateTracker, limit: int = MAX_SESSION_EVENTS) -> bool:
    if tracker.active_loop_name:
        return False  # a form's state is not a slot: never start over mid-questions
    return events_in_session(tracker) > limit


def _start_sessions_when_long() -> None:
    original = MessageProcessor._has_session_expired
    if getattr(original, "krampbot_long_sessions", False):
        return

    def has_session_expired(self: MessageProcessor, tracker: DialogueStateTracker) -> bool:
        if original(self, tracker):
            return True
        if self.domain.session_config.are_sessions_enabled() and session_is_long(tracker):
            logger.debug("Session of %s is long: starting a new one.", tracker.sender_id)
            return True
        return False

    has_session_expired.krampbot_long_sessions = True
    MessageProcessor._has_session_expired = has_session_expired


def _carry_over_last_slot_values() -> None:
    from rasa.core.actions.action import ActionSessionStart
    from rasa.shared.core.events import SlotSet

    original = ActionSessionStart._slot_set_events_from_tracker
    if getattr(original, "krampbot_last_values", False):
        return

    def _slot_set_events_from_tracker(tracker):
        last = {}
        for event in tracker.applied_events():
            if isinstance(event, SlotSet):
                last.pop(event.key, None)  # keep the order of the last settings
                last[event.key] = event
        return [SlotSet(key=e.key, value=e.value, metadata=e.metadata) for e in last.values()]

    _slot_set_events_from_tracker.krampbot_last_values = True
    _slot_set_events_from_tracker.rasa_original = original
    ActionSessionStart._slot_set_events_from_tracker = staticmethod(_slot_set_events_from_tracker)


def apply() -> None:
    """Both parts belong together: sessions by size need the carry-over of last values."""
    _start_sessions_when_long()
    _carry_over_last_slot_values()
