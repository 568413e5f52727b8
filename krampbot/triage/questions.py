"""Which follow-up question comes next (the triage form's flow), as plain Python.

screening (spoedsignalen) -> which sign, if any -> who it is about (voor_wie) ->
frequency, sleep, weakness (sudden or slow?), walking or (child) pain by day,
medicines -> pregnancy or kraamtijd (only where it can apply) -> advice.
A 112 sign ends the questions at once; a "vandaag" sign first asks only what changes
where to go (who, pregnancy), so the advice names the verloskundige when needed.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from krampbot.names import (
    BEVESTIG_OPNIEUW,
    BIJNA_ELKE_NACHT,
    KIND,
    KLACHTEN_PLOTSELING,
    ONBEKEND,
    OPNIEUW_GEVRAAGD,
    PIJN_OVERDAG_OF_MANK,
    RODE_VLAGGEN,
    SPOEDSIGNAAL,
    SPOEDSIGNALEN,
    VOOR_WIE,
    WEKELIJKS,
    ZELDEN,
)
from krampbot.triage.advice import answer_reasons, most_days
from krampbot.triage.levels import HUISARTS_VANDAAG, SPOED_112
from krampbot.triage.people import could_be_pregnant
from krampbot.triage.signs import flags_from_codes


def _levels(known: Mapping[str, Any]) -> set[str]:
    flags = flags_from_codes(known.get(RODE_VLAGGEN))
    return {flag.level for flag in flags} | {level for level, _ in answer_reasons(known)}


def _pregnancy_may_apply(known: Mapping[str, Any]) -> bool:
    return could_be_pregnant(known.get(VOOR_WIE), known.get("geslacht"), known.get("leeftijd"))


def required_slots(known: Mapping[str, Any]) -> list[str]:
    """The questions that apply now, in order; Rasa asks the first one still empty."""
    if known.get(OPNIEUW_GEVRAAGD):
        return [BEVESTIG_OPNIEUW]
    levels = _levels(known)
    if SPOED_112 in levels:
        return []
    slots = [SPOEDSIGNALEN]
    if known.get(SPOEDSIGNALEN) is True:
        slots.append(SPOEDSIGNAAL)
    if HUISARTS_VANDAAG in levels:
        slots.append(VOOR_WIE)
        if _pregnancy_may_apply({**known, VOOR_WIE: known.get(VOOR_WIE) or "zelf"}):
            slots.append("zwanger")
        return slots
    slots += [
        VOOR_WIE,
        "been_dik_rood_warm",
        "frequentie",
        "slaap_verstoord",
        "spierzwakte_of_gevoelloos",
    ]
    if known.get("spierzwakte_of_gevoelloos") is True:
        slots.append(KLACHTEN_PLOTSELING)
    slots.append(PIJN_OVERDAG_OF_MANK if known.get(VOOR_WIE) == KIND else "pijn_bij_lopen")
    slots.append("nieuwe_medicijnen")
    if _pregnancy_may_apply(known):
        slots.append("zwanger")
    return slots


def next_question(known: Mapping[str, Any]) -> str | None:
    """The first question still open. A question whose answer could not be read twice is
    kept as unknown (slot onbekende_antwoorden) and not asked again."""
    unknown = set(known.get(ONBEKEND) or [])
    return next(
        (slot for slot in required_slots(known) if known.get(slot) is None and slot not in unknown),
        None,
    )


# The frequency question's buttons say the time of day the person named ("'s avonds" is
# not "'s nachts"); the answers stay the slot's values.


def frequency_buttons(time_of_day: Optional[str]) -> List[Dict[str, str]]:
    return [
        {"title": "1 keer per week of minder", "payload": ZELDEN},
        {"title": "Meerdere keren per week", "payload": WEKELIJKS},
        {
            "title": most_days(time_of_day).replace("(bijna)", "(Bijna)", 1),
            "payload": BIJNA_ELKE_NACHT,
        },
    ]
