"""The Reading of a message combined with the conversation so far: one plain function.

The Reading (krampbot.reading.reading) is context-free. `interpret` adds what only the
conversation knows: which question was just asked (so "ja" answers it), whether a
pronoun ("hij is nu ook dik") refers to the leg the conversation is about, whether a
"ja" confirms an old sign Krampbot asked about, and who the person already is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

from krampbot import names as N
from krampbot.reading.answers import FREQUENCIES
from krampbot.triage.levels import HUISARTS_VANDAAG, SPOED_112, level_rank
from krampbot.triage.signs import SIGN_BY_CODE

Reading = Mapping[str, Any]

# A state said with only a pronoun, in a conversation about a leg: the sign it means.
_LOOSE_STATE_SIGNS = {
    "dik": "been_dik_rood_warm",
    "rood": "been_dik_rood_warm",
    "warm": "been_dik_rood_warm",
    "wit_blauw": "been_koud_bleek_blauw",
    "gevoelloos": "been_gevoelloos",
}
_YES_NO_SLOTS = (
    N.BEEN_DIK_ROOD_WARM,
    N.SLAAP_VERSTOORD,
    N.SPIERZWAKTE_OF_GEVOELLOOS,
    N.PIJN_BIJ_LOPEN,
    N.PIJN_OVERDAG_OF_MANK,
    N.NIEUWE_MEDICIJNEN,
    N.SPOEDSIGNALEN,
    N.BEVESTIG_OPNIEUW,
)
PERSON_SLOTS = (N.VOOR_WIE, N.WIE, N.GESLACHT, N.LEEFTIJD)


@dataclass
class Interpretation:
    answer: Dict[str, Any] = field(default_factory=dict)  # the answer to the question asked
    facts: Dict[str, Any] = field(default_factory=dict)  # other facts said on the way
    details: Dict[str, Any] = field(default_factory=dict)  # where the facts came from
    signs: List[str] = field(default_factory=list)  # warning-sign codes
    old_signs: List[str] = field(default_factory=list)  # to ask about (old and unchanged)
    correction: Optional[Dict[str, Any]] = None  # a new person ("het gaat om mij")
    person: Optional[Dict[str, Any]] = None  # whose complaint this message tells, if said
    commands: List[str] = field(default_factory=list)
    unsure: bool = False  # "weet ik niet", "iets anders"

    @property
    def answered(self) -> bool:
        return bool(self.answer)

    @property
    def urgent_signs(self) -> List[str]:
        return [
            c
            for c in self.signs
            if c in SIGN_BY_CODE
            and level_rank(SIGN_BY_CODE[c].level) >= level_rank(HUISARTS_VANDAAG)
        ]


def person_values(person: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    if not person:
        return {}
    return {
        N.VOOR_WIE: person.get("voor_wie"),
        N.WIE: person.get("wie"),
        N.GESLACHT: person.get("geslacht"),
        N.LEEFTIJD: person.get("leeftijd"),
    }


def about_legs(slots: Mapping[str, Any]) -> bool:
    """The conversation is about someone's legs: the questions ran or a sign was said."""
    return bool(
        slots.get(N.REQUESTED_SLOT)
        or slots.get(N.RODE_VLAGGEN)
        or slots.get(N.LICHAAMSDEEL)
        or slots.get(N.VOOR_WIE)
    )


def interpret(
    reading: Optional[Reading],
    slots: Mapping[str, Any],
    requested_slot: Optional[str] = None,
    chosen_sign: Optional[str] = None,
) -> Interpretation:
    """What this message means here. `chosen_sign`: the sign code of a screening button."""
    reading = reading or {}
    result = Interpretation(
        commands=list(reading.get("commando") or []),
        unsure=bool((reading.get("antwoorden") or {}).get("weet_niet")),
    )
    result.signs = list(reading.get("tekens") or [])
    result.old_signs = list(reading.get("oude_tekens") or [])
    if about_legs(slots):
        for state in reading.get("losse_staten") or []:
            code = _LOOSE_STATE_SIGNS.get(state)
            if code and code not in result.signs:
                result.signs.append(code)
    known_old = list(slots.get(N.OUD_TEKEN_GEVRAAGD) or [])
    answers = reading.get("antwoorden") or {}
    if known_old and not reading.get("nieuw"):
        # Said to be old and unchanged before: the same sign again is still old (§1).
        result.old_signs += [
            c for c in result.signs if c in known_old and c not in result.old_signs
        ]
        result.signs = [c for c in result.signs if c not in known_old]
    if known_old and not requested_slot and (answers.get("ja_nee") is True or reading.get("nieuw")):
        result.signs += [
            code for code in known_old if code not in result.signs
        ]  # "ja, het is erger"
    if chosen_sign:
        result.signs.append(chosen_sign)
    facts = dict(reading.get("feiten") or {})
    result.details = dict(reading.get("details") or {})
    if requested_slot:
        result.answer = _answer(requested_slot, reading, facts, result.signs, chosen_sign)
    correction = reading.get("correctie")
    if correction and correction.get("voor_wie"):
        result.correction = dict(correction)
    if reading.get("persoon"):
        result.person = dict(reading["persoon"])
    person = reading.get("persoon")
    # Who it is about comes from a complaint told, not from a general question with "ik".
    told = reading.get("klacht") or reading.get("verteld") or reading.get("tekens")
    if person and told and not slots.get(N.VOOR_WIE) and requested_slot != N.VOOR_WIE:
        facts.update({k: v for k, v in person_values(person).items() if v is not None})
    result.facts = {
        slot: value
        for slot, value in facts.items()
        if slot not in result.answer and value is not None
    }
    return result


def _answer(
    slot: str,
    reading: Reading,
    facts: Mapping[str, Any],
    signs: List[str],
    chosen_sign: Optional[str],
) -> Dict[str, Any]:
    answers = reading.get("antwoorden") or {}
    yes_no = answers.get("ja_nee")
    if slot == N.SPOEDSIGNALEN:
        urgent = [
            c
            for c in signs
            if c in SIGN_BY_CODE
            and level_rank(SIGN_BY_CODE[c].level) >= level_rank(HUISARTS_VANDAAG)
        ]
        if urgent:  # a sign named at once: "ja" + that sign
            return {N.SPOEDSIGNALEN: True, N.SPOEDSIGNAAL: urgent[0]}
        if yes_no is not None:
            return {N.SPOEDSIGNALEN: yes_no}
        return {}
    if slot == N.SPOEDSIGNAAL:
        if chosen_sign:
            return {N.SPOEDSIGNAAL: chosen_sign}
        urgent = [
            c
            for c in signs
            if c in SIGN_BY_CODE
            and level_rank(SIGN_BY_CODE[c].level) >= level_rank(HUISARTS_VANDAAG)
        ]
        if urgent:
            return {N.SPOEDSIGNAAL: urgent[0]}
        return {}
    if slot == N.VOOR_WIE:
        return {k: v for k, v in person_values(answers.get("voor_wie")).items()}
    if slot == N.FREQUENTIE:
        value = answers.get("frequentie")
        return {slot: value} if value in FREQUENCIES else {}
    if slot == N.ZWANGER:
        return dict(answers.get("zwanger") or {})
    if slot == N.KLACHTEN_PLOTSELING:
        value = answers.get("plotseling")
        return {} if value is None else {slot: value}
    if (
        slot == N.SPIERZWAKTE_OF_GEVOELLOOS
        and yes_no is not None
        and (facts.get(slot) is None or yes_no is True)
    ):
        return {slot: yes_no}  # "ja, zwakker geworden, geen tintelingen": the yes counts
    if slot == N.SPIERZWAKTE_OF_GEVOELLOOS and facts.get(slot) is not None:
        return {
            slot: facts[slot],
            **(
                {N.KLACHTEN_PLOTSELING: facts[N.KLACHTEN_PLOTSELING]}
                if facts.get(N.KLACHTEN_PLOTSELING) is not None
                else {}
            ),
        }
    if slot == N.NIEUWE_MEDICIJNEN:
        detail = (reading.get("details") or {}).get(slot) or {}
        if detail.get("supplement") and not detail.get("middel") and yes_no is not True:
            return {slot: False}  # "alleen ijzertabletten": supplements are no new medicine
        if facts.get(slot) is not None:
            return {slot: facts[slot]}
    if slot == N.BEEN_DIK_ROOD_WARM and "been_dik_rood_warm" in signs:
        return {slot: True}
    if slot in _YES_NO_SLOTS:
        return {} if yes_no is None else {slot: yes_no}
    return {}


def raises(slot: str, old: Any, new: Any) -> bool:
    """Whether `new` is a more worrying value than `old` for this slot."""
    from krampbot.reading.answers import FREQUENCY_ORDER

    if new is None or new == old:
        return False
    if old is None:
        return True
    if slot == N.FREQUENTIE:
        return FREQUENCY_ORDER.get(new, -1) > FREQUENCY_ORDER.get(old, -1)
    return old is False and new is True


def most_urgent(codes: List[str]) -> Optional[str]:
    levels = [SIGN_BY_CODE[c].level for c in codes if c in SIGN_BY_CODE]
    if not levels:
        return None
    return max(levels, key=level_rank)


def is_112(codes: List[str]) -> bool:
    return most_urgent(codes) == SPOED_112
