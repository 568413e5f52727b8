"""channels/sessions.py: when a long conversation starts a new Rasa session."""
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from channels.sessions import events_in_session, session_is_long


def conversation(turns, extra=()):
    events = [ActionExecuted("action_session_start"), SessionStarted(),
              ActionExecuted("action_listen")]
    for n in range(turns):
        events += [UserUttered(f"vraag {n}"), ActionExecuted("utter_x"),
                   ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("s", events + list(extra))


def test_counts_only_the_current_session():
    tracker = conversation(10)
    assert events_in_session(tracker) == 31
    tracker.update(SessionStarted())
    assert events_in_session(tracker) == 0


def test_long_session_starts_a_new_one_but_never_during_the_questions():
    assert not session_is_long(conversation(10), limit=50)
    assert session_is_long(conversation(30), limit=50)
    assert not session_is_long(conversation(30, [ActiveLoop("kramp_triage_form")]), limit=50)
