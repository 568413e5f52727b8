"""Deciding the advice: the level, the reasons for it, and where to go.

Plain Python (no Rasa). Follows /work/shared/MEDISCHE-VEILIGHEID.md §2 and §3: the
highest level that any answer or warning sign triggers wins. Krampbot never diagnoses:
reasons are what the person told, as short noun phrases ("(bijna) elke nacht kramp").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from krampbot import names as N
from krampbot.names import BIJNA_ELKE_NACHT as FREQ_NIGHTLY
from krampbot.names import KIND, KLACHTEN_PLOTSELING
from krampbot.names import WEKELIJKS as FREQ_WEEKLY
from krampbot.names import ZELDEN as FREQ_RARE
from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, ZELFZORG, max_level
from krampbot.triage.signs import SIGN_BY_CODE, Flag
from krampbot.triage.signs import flags_from_codes as flags_from_codes

PLEK_112 = "112"
PLEK_HUISARTS_OF_POST = "huisarts of huisartsenpost"
PLEK_HUISARTS = "huisarts"
PLEK_VERLOSKUNDIGE = "verloskundige"
PLEK_THUIS = "thuis"

REDEN_BEEN_DIK_ROOD_WARM = SIGN_BY_CODE["been_dik_rood_warm"].reden
REDEN_PLOTSELING_ZWAK = "zwakte of een doof gevoel dat vandaag ineens kwam"
REDEN_ELKE_NACHT = "(bijna) elke nacht kramp"
_MOST_DAYS = {
    "avond": "(bijna) elke avond",
    "dag": "(bijna) elke dag",
    "nacht": "(bijna) elke nacht",
}


def most_days(time_of_day: Optional[str]) -> str:
    """The frequency `bijna_elke_nacht` in the time of day the person named."""
    return _MOST_DAYS.get(time_of_day or "nacht", _MOST_DAYS["nacht"])


REDEN_WEKELIJKS = "meerdere keren per week kramp"
REDEN_SLAAP = "al een tijd slecht slapen door de kramp"
REDEN_ZWAKTE = "zwakte, tintelingen of een doof gevoel in de benen"
REDEN_PIJN_BIJ_LOPEN = "pijn in de kuit bij het lopen, die overgaat bij stilstaan"
REDEN_NIEUWE_MEDICIJNEN = "kramp sinds een nieuw of ander medicijn"
REDEN_KIND_OVERDAG = "overdag pijn, mank lopen of een zwelling"
REDEN_ZELFZORG_ZELDEN = "af en toe kramp, zonder waarschuwingssignalen"
REDEN_ZELFZORG_GEEN_SIGNALEN = "geen waarschuwingssignalen"


@dataclass
class Advice:
    level: str
    redenen: list[str] = field(default_factory=list)  # reasons for this level only
    plek: str = PLEK_THUIS


def answer_reasons(answers: Mapping[str, object]) -> list[tuple[str, str]]:
    """(level, reason) for every form answer that asks for more than self-care."""
    reasons = []
    if answers.get("been_dik_rood_warm") is True:
        reasons.append((HUISARTS_VANDAAG, REDEN_BEEN_DIK_ROOD_WARM))
    weak = answers.get("spierzwakte_of_gevoelloos") is True
    # Safety rules v3: only weakness or no feeling that started today is 112; tingling
    # alone, or anything that came days ago, is an appointment.
    sources: Mapping[str, Any] = answers.get(N.BRONNEN) or {}  # type: ignore[assignment]
    kinds = (sources.get(N.SPIERZWAKTE_OF_GEVOELLOOS) or {}).get("soort") or []
    tingling_only = bool(kinds) and set(kinds) <= {"tintelingen"}
    if weak and answers.get(KLACHTEN_PLOTSELING) is True and not tingling_only:
        reasons.append((SPOED_112, REDEN_PLOTSELING_ZWAK))  # possible beroerte or afsluiting
    elif weak:
        reasons.append((HUISARTS, REDEN_ZWAKTE))
    frequency = answers.get("frequentie")
    if frequency == FREQ_NIGHTLY:
        # As said: "(bijna) elke avond" is not "elke nacht" (the slot value stays).
        when = (sources.get(N.FREQUENTIE) or {}).get("tijd")
        reasons.append((HUISARTS, f"{most_days(when)} kramp"))
    elif frequency == FREQ_WEEKLY:
        reasons.append((HUISARTS, REDEN_WEKELIJKS))
    for slot, reden in (
        ("slaap_verstoord", REDEN_SLAAP),
        ("pijn_bij_lopen", REDEN_PIJN_BIJ_LOPEN),
        ("nieuwe_medicijnen", REDEN_NIEUWE_MEDICIJNEN),
        ("pijn_overdag_of_mank", REDEN_KIND_OVERDAG),
    ):
        if answers.get(slot) is True:
            reasons.append((HUISARTS, reden))
    return reasons


# Warning signs that already say what a sudden-weakness answer says (no double reason).
_SUDDEN_LEG_SIGNS = {
    "been_gevoelloos",
    "verlamming",
    "verlamming_of_scheve_mond",
    "been_koud_of_gevoelloos",
}


def decide(answers: Mapping[str, object], red_flags: Iterable[Flag] = ()) -> Advice:
    """The advice for these answers and warning signs: the most urgent level wins.

    `redenen` holds only the reasons for the winning level, so an urgent message is not
    diluted by milder points; the summary still lists every answer.
    """
    red_flags = list(red_flags)
    from_answers = answer_reasons(answers)
    if any(flag.code in _SUDDEN_LEG_SIGNS for flag in red_flags):
        from_answers = [r for r in from_answers if r[1] != REDEN_PLOTSELING_ZWAK]
    reasons = [(flag.level, flag.reden) for flag in red_flags] + from_answers
    level: str = ZELFZORG
    for reason_level, _ in reasons:
        level = max_level(level, reason_level) or ZELFZORG
    redenen = list(dict.fromkeys(r for lvl, r in reasons if lvl == level))
    if level == ZELFZORG:
        redenen = [
            REDEN_ZELFZORG_ZELDEN
            if answers.get("frequentie") == FREQ_RARE
            else REDEN_ZELFZORG_GEEN_SIGNALEN
        ]
    return Advice(level=level, redenen=redenen, plek=_place(level, answers))


def with_verloskundige(answers: Mapping[str, object]) -> bool:
    """Pregnant or in the kraamtijd: the verloskundige is the first contact (§1)."""
    if answers.get("voor_wie") == KIND:
        return False
    return answers.get("zwanger") is True or answers.get("kraamtijd") is True


def _place(level: str, answers: Mapping[str, object]) -> str:
    if level == SPOED_112:
        return PLEK_112
    if level in (HUISARTS, HUISARTS_VANDAAG) and with_verloskundige(answers):
        return PLEK_VERLOSKUNDIGE
    if level == HUISARTS_VANDAAG:
        return PLEK_HUISARTS_OF_POST
    if level == HUISARTS:
        return PLEK_HUISARTS
    return PLEK_THUIS
