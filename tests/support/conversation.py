"""Multi-turn conversations over REST where every bot turn is checked.

A script is a list of (what the person types, what the bot must say in that turn). The
bot's turn is read from the tracker: each message is named by its response
(`utter_...`, from the event metadata) or, for messages built in code, by its text. An
expected item is a response name (exact) or the start of a text; "a|b" accepts either
(where two answers both address the question); the whole turn must match item by item,
so nothing extra or missing slips through.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

Expected = Union[str, Sequence[str]]
Script = Sequence[Tuple[str, Sequence[str]]]


@dataclass
class Turn:
    text: str
    intent: Optional[str]
    actions: List[str] = field(default_factory=list)
    said: List[str] = field(default_factory=list)  # response names or texts
    texts: List[str] = field(default_factory=list)


def turns(tracker: Dict[str, Any]) -> List[Turn]:
    result: List[Turn] = []
    for event in tracker["events"]:
        kind = event.get("event")
        if kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            result.append(Turn(event.get("text") or "", intent))
        elif not result:
            continue
        elif kind == "action" and event.get("name") not in ("action_listen", "action_extract_slots"):
            result[-1].actions.append(event["name"])
        elif kind == "bot":
            response = (event.get("metadata") or {}).get("utter_action")
            result[-1].said.append(response or event.get("text") or "")
            result[-1].texts.append(event.get("text") or "")
    return result


def matches(said: List[str], expected: Sequence[str]) -> bool:
    """Each expected item matches one said item in order; an item ending in "?" may be
    absent (a short knowledge answer the selector may or may not be sure of)."""
    if not expected:
        return not said
    want, rest = expected[0], expected[1:]
    if want.endswith("?"):
        return matches(said, rest) or matches(said, [want[:-1], *rest])
    if not said:
        return False
    return any(_one(said[0], option) for option in want.split("|")) and matches(said[1:], rest)


def _one(got: str, want: str) -> bool:
    if want.endswith("*"):  # "utter_vraag/*": any knowledge-base entry
        return got.startswith(want[:-1])
    return got == want if want.startswith("utter_") else got.startswith(want)


def converse(bot, sender: str, script: Script) -> List[Turn]:
    """Play the script; fail at the first turn that does not match, showing the turn."""
    played: List[Turn] = []
    for number, (message, expected) in enumerate(script, start=1):
        bot.say(sender, message)
        turn = turns(bot.tracker(sender))[-1]
        played.append(turn)
        assert matches(turn.said, expected), (
            f"turn {number}: {message!r} (intent {turn.intent})\n"
            f"  expected: {list(expected)}\n  got:      {turn.said}\n"
            f"  actions:  {turn.actions}"
        )
    return played
