"""startup/patches/sessions.py: when a long conversation starts a new Rasa session."""
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import startup.patches.sessions
from startup.patches.sessions import events_in_session, session_is_long

startup.patches.sessions.apply()  # the carry-over fix, as every Rasa server has it


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


def test_a_new_session_carries_each_slot_once_with_the_same_final_state():
    from rasa.core.actions.action import ActionSessionStart
    from rasa.shared.core.events import SessionStarted, SlotSet
    from rasa.shared.core.slots import AnySlot
    from rasa.shared.core.trackers import DialogueStateTracker

    slots = [AnySlot("a", mappings=[{}]), AnySlot("b", mappings=[{}], initial_value="start"),
             AnySlot("c", mappings=[{}])]
    events = [SlotSet("a", 1), SlotSet("b", "x", metadata={"n": 1}), SlotSet("a", 2),
              SlotSet("b", None, metadata={"n": 2}), SlotSet("c", "z"), SlotSet("a", 3)]
    previous = DialogueStateTracker.from_events("s", events, slots=slots)
    ours = ActionSessionStart._slot_set_events_from_tracker(previous)
    theirs = ActionSessionStart._slot_set_events_from_tracker.rasa_original(previous)
    assert len(theirs) == 6 and len(ours) == 3
    assert [(e.key, e.value, e.metadata) for e in ours] == [
        ("b", None, {"n": 2}), ("c", "z", {}), ("a", 3, {})]

    def new_session(carried):
        tracker = DialogueStateTracker.from_events("s", events, slots=slots)
        for event in [SessionStarted(), *carried]:
            tracker.update(event)
        return tracker.current_slot_values()

    assert new_session(ours) == new_session(theirs) == {"a": 3, "b": None, "c": "z"}


def test_sessions_do_not_inherit_ever_more_slot_events():
    """Session after session, the carried events stay one per slot."""
    from rasa.core.actions.action import ActionSessionStart
    from rasa.shared.core.events import SessionStarted, SlotSet
    from rasa.shared.core.slots import AnySlot
    from rasa.shared.core.trackers import DialogueStateTracker

    slots = [AnySlot("a", mappings=[{}]), AnySlot("b", mappings=[{}])]
    session = [SlotSet("a", 0)]
    for n in range(1, 6):
        tracker = DialogueStateTracker.from_events("s", session + [SlotSet("b", n), SlotSet("a", n)],
                                                   slots=slots)
        carried = ActionSessionStart._slot_set_events_from_tracker(tracker)
        assert len(carried) == 2
        session = [SessionStarted(), *carried]
