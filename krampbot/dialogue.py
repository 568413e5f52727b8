"""Conversation decisions that depend on what the person meant, not on a score alone.

Plain Python (no Rasa). Each decision takes the Reading of the message (krampbot.reading)
and what the conversation knows: is a restart to be confirmed, is a message during the
questions a real question, is an unplaced message off-topic, what restated facts change
after the advice, and which follow-up fits the advice given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

from krampbot import names as N
from krampbot.reading.context import raises

# "opnieuw" clears answers: below this confidence it is confirmed first.
CONFIRM_RESTART_BELOW = 0.85


def restart_needs_confirmation(confidence: float, reading: Optional[Mapping[str, Any]]) -> bool:
    """ "Opnieuw" clears every answer: it is confirmed first unless it was said plainly and
    the classifier is sure. Asked as a question ("moet ik dit allemaal overdoen?", the
    Reading's `vraag`) it is a question, not yet the command."""
    return confidence < CONFIRM_RESTART_BELOW or bool((reading or {}).get("vraag"))


# During the follow-up questions a topic intent below this confidence, in a message that
# names nothing about cramps or legs, is taken as an unclear answer ("hmm geen idee
# eigenlijk": kramp_voorkomen 0.43), not as a question to answer.
SURE_TOPIC_DURING_QUESTIONS = 0.6
# An unplaced message about something else is off-topic (not gibberish) when the
# classifier ranks out_of_scope or a knowledge question at least this high.
OFF_TOPIC_MIN = 0.3


def about_cramps(reading: Optional[Mapping[str, Any]]) -> bool:
    return "kramp" in ((reading or {}).get("over") or [])


def is_question_during_questions(
    intent: Optional[str], confidence: float, entry_fits: bool, reading: Optional[Mapping[str, Any]]
) -> bool:
    """Whether a message classified as a question while the follow-up questions run
    really is one (then it is answered and the same question comes again); otherwise it
    is an unclear answer to the question just asked."""
    reading = reading or {}
    if reading.get("vraag") and about_cramps(reading):
        return True
    if intent == N.KNOWLEDGE_INTENT:
        return entry_fits and bool(reading.get("vraag"))
    return confidence >= SURE_TOPIC_DURING_QUESTIONS and bool(reading.get("vraag"))


def is_off_topic(ranking: Optional[List[Mapping[str, Any]]]) -> bool:
    """A clear message about something else ("wat is de hoofdstad van Frankrijk?"), as
    opposed to gibberish ("qwerty asdf"), judged by the classifier's ranking."""
    return any(
        r.get("name") in (N.OUT_OF_SCOPE, N.KNOWLEDGE_INTENT)
        and float(r.get("confidence") or 0) >= OFF_TOPIC_MIN
        for r in ranking or []
    )


# --------------------------------------------------------------------------- after advice


@dataclass
class FactUpdate:
    """What restated facts change after the advice was given."""

    values: Dict[str, Any] = field(default_factory=dict)  # slots that change
    lower: Dict[str, Any] = field(default_factory=dict)  # would lower: not applied


def update_after_advice(known: Mapping[str, Any], facts: Mapping[str, Any]) -> FactUpdate:
    """Facts restated after the advice: new or more worrying ones are applied; calmer
    ones are not (a later calm answer never lowers the advice, and the summary must
    match it); the person can say "opnieuw" to change their answers."""
    update = FactUpdate()
    for slot, value in facts.items():
        old = known.get(slot)
        if old is None or raises(slot, old, value):
            update.values[slot] = value
        elif value != old and slot not in (
            N.WIE,
            N.GESLACHT,
            N.LEEFTIJD,
            N.VOOR_WIE,
            N.ZWANGERSCHAPSWEKEN,
        ):
            update.lower[slot] = value
    return update


# --------------------------------------------------------------------------- follow-ups


def offers_after_advice(state: Mapping[str, Any]) -> List[str]:
    """What may still be offered: never the questions once they are done."""
    offers = []
    if not state.get(N.VRAGEN_KLAAR) and not state.get(N.ADVIES):
        offers.append(N.AANBOD_VRAGEN)
    if state.get(N.ADVIES):
        offers.append(N.AANBOD_SAMENVATTING)
    return offers
