"""Turn one free-text user message into triage answers (no Rasa imports).

Used by the triage form: the answer to the question that was asked, plus any other
facts the person mentioned on the way ("ja, en ik ben ook zwanger").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from krampbot.text_parsing import extract_known_facts, parse_frequency, parse_yes_no

TRIAGE_SLOTS = (
    "been_dik_rood_warm",
    "frequentie",
    "slaap_verstoord",
    "spierzwakte_of_gevoelloos",
    "pijn_bij_lopen",
    "nieuwe_medicijnen",
    "zwanger",
)


@dataclass
class FormReply:
    values: dict[str, Any] = field(default_factory=dict)
    # False when a question was asked and this message did not answer it.
    answered_question: bool = True


def parse_answer(slot: str, text: str) -> Optional[Any]:
    """The value of `slot` that `text` gives as a direct answer, or None if unclear."""
    if slot == "frequentie":
        return parse_frequency(text)
    return parse_yes_no(text)


def interpret_reply(
    text: str, requested_slot: Optional[str], known: Mapping[str, Any]
) -> FormReply:
    """Answers in `text`: the asked slot (always) and unasked ones (only if still empty)."""
    reply = FormReply()
    for slot, value in extract_known_facts(text).items():
        if slot in TRIAGE_SLOTS and known.get(slot) is None:
            reply.values[slot] = value
    if requested_slot in TRIAGE_SLOTS:
        direct = parse_answer(requested_slot, text)
        if direct is not None:
            reply.values[requested_slot] = direct
        reply.answered_question = requested_slot in reply.values
    return reply
