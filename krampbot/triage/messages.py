"""Dutch messages that Krampbot builds in code: the advice, the screening list, the
old-sign question and the summary.

Plain Python (no Rasa). Safety rules §1: the action first, in one short line; then the
reasons as a short list; then where and when. No sentence over 25 words, an advice
message at most about 90 words, no line twice. Questions and advice speak about the
person it is about ("de huisarts van je vader"); in pregnancy and the kraamtijd the
verloskundige is the first contact in every message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

from krampbot import names as N
from krampbot.triage.advice import (
    PLEK_VERLOSKUNDIGE,
    REDEN_NIEUWE_MEDICIJNEN,
    Advice,
    most_days,
    with_verloskundige,
)
from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, ZELFZORG
from krampbot.triage.people import OLDER_FROM_AGE, SOMEONE_ELSE
from krampbot.triage.signs import Audience, Flag, ScreeningItem

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


@dataclass(frozen=True)
class Situation:
    """Who the advice is about, and what changes where they should go."""

    voor_wie: Optional[str] = None
    wie: Optional[str] = None
    zwanger: bool = False
    kraamtijd: bool = False
    leeftijd: Optional[int] = None

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> Situation:
        voor_wie = slots.get(N.VOOR_WIE)
        wie = slots.get(N.WIE) or (
            SOMEONE_ELSE if voor_wie == N.ANDER else "je kind" if voor_wie == N.KIND else None
        )
        return cls(
            voor_wie=voor_wie,
            wie=wie if voor_wie in (N.KIND, N.ANDER) else None,
            zwanger=slots.get(N.ZWANGER) is True and voor_wie != N.KIND,
            kraamtijd=slots.get(N.KRAAMTIJD) is True and voor_wie != N.KIND,
            leeftijd=slots.get(N.LEEFTIJD),
        )

    @property
    def other(self) -> bool:
        return self.wie is not None

    @property
    def child(self) -> bool:
        return self.voor_wie == N.KIND

    @property
    def verloskundige(self) -> bool:
        return self.zwanger or self.kraamtijd

    def contact(self, who: str = "huisarts") -> str:
        """ "je huisarts", "de huisarts van je vader", "je verloskundige"."""
        if not self.other:
            return f"je {who}"
        return f"de {who} van {self.wie}"

    def noemde(self) -> str:
        return f"Je noemde over {self.wie}:" if self.other else "Je noemde:"

    @property
    def older(self) -> bool:
        return self.leeftijd is not None and self.leeftijd >= OLDER_FROM_AGE


# "•", not "- ": a Markdown list would swallow the next line in the web widget, and the
# dot reads the same on Telegram and in the terminal.
BULLET = "• "


def bullets(items: Iterable[str]) -> str:
    return "\n".join(f"{BULLET}{item}" for item in items)


_SAFETY_NOTE_SHORT = "Ik geef alleen algemene informatie en ben geen arts."
_BELGIE_WACHT = "In België bel je de huisarts van wacht: 1733."
# Short on purpose (issue 20: advice at most about 90 words); the same line for everyone.
_CALL_112_IF = "Benauwd of pijn op de borst? Bel dan meteen 112."


def safety_note_short() -> str:
    """The one-line safety note said before a 112 message (it must not delay the action)."""
    return _SAFETY_NOTE_SHORT


def _call_112_if(s: Situation) -> str:
    return _CALL_112_IF


# --------------------------------------------------------------------------- advice


def advice_message(advice: Advice, situation: Situation, flags: Sequence[Flag] = ()) -> str:
    builders = {
        SPOED_112: _spoed,
        HUISARTS_VANDAAG: _vandaag,
        HUISARTS: _huisarts,
        ZELFZORG: _zelfzorg,
    }
    blocks = builders[advice.level](advice, situation, list(flags))
    # One message (Rasa splits a text on blank lines): it stays together when forwarded.
    lines: List[str] = []
    for block in blocks:
        if block and block not in lines:  # no line twice
            lines.append(block)
    return "\n".join(lines)


def _reasons_block(advice: Advice, situation: Situation) -> str:
    return f"{situation.noemde()}\n{bullets(advice.redenen)}"


def _spoed(advice: Advice, s: Situation, flags: List[Flag]) -> List[str]:
    action = f"Bel 112 voor {s.wie}." if s.other else "Bel 112."
    stay = (
        f"Blijf bij {s.wie} tot de hulp er is. Ga niet zelf rijden."
        if s.other
        else "Ga niet zelf rijden. Is er iemand bij je? Vraag of die bij je blijft."
    )
    lines = [
        action,
        _reasons_block(advice, s),
        "Dit kan ernstig zijn. Een arts moet er nu naar kijken.",
        stay,
    ]
    if s.verloskundige:
        # §1: the verloskundige in every message; after 112, never instead of it.
        when = "zwanger" if s.zwanger else "net bevallen"
        lines.append(
            f"Vertel aan de telefoon dat je {when} bent. Laat het daarna ook je verloskundige weten."
        )
    return [*lines, "In België bel je ook 112."]


def _vandaag(advice: Advice, s: Situation, flags: List[Flag]) -> List[str]:
    alarm = s.verloskundige and any(f.verloskundige_meteen for f in flags)
    if s.verloskundige:
        action = (
            f"Bel meteen {s.contact('verloskundige')}."
            if alarm
            else f"Bel vandaag nog {s.contact('verloskundige')}."
        )
        where = "Geen gehoor? Bel dan de huisarts of de huisartsenpost."
    else:
        action = f"Bel vandaag nog {s.contact('huisarts')}."
        where = "Is de praktijk dicht ('s avonds, 's nachts, weekend of feestdag)? Bel dan de huisartsenpost."
    legs = any("been" in r or "zwelling" in r or "kuit" in r for r in advice.redenen)
    dont_massage = "Masseer het been niet tot een arts ernaar gekeken heeft." if legs else ""
    return [
        action,
        _reasons_block(advice, s),
        "Er kan iets achter zitten dat snel behandeling nodig heeft.",
        where,
        _BELGIE_WACHT,
        dont_massage,
        _call_112_if(s),
    ]


def _stretch_tip(s: Situation) -> str:
    if s.other:
        return "Tot die tijd kan rekken helpen: been strekken, tenen naar het lichaam trekken."
    return "Tot die tijd kan rekken helpen: strek je been en trek je tenen naar je toe."


def _night_safety(s: Situation) -> str:
    """Older people: light on and hold on before standing up with a cramp (§4)."""
    if not s.older:
        return ""
    if s.other:
        return "Kramp 's nachts? Eerst het licht aan en vasthouden bij het opstaan, tegen vallen."
    return (
        "Kramp 's nachts? Doe eerst het licht aan en houd je vast als je opstaat. Zo val je niet."
    )


def _huisarts(advice: Advice, s: Situation, flags: List[Flag]) -> List[str]:
    if s.verloskundige:
        action = (
            f"Maak een afspraak bij de verloskundige van {s.wie}."
            if s.other
            else "Maak een afspraak bij je verloskundige."
        )
        why_there = ""
    else:
        action = (
            f"Maak een afspraak bij de huisarts voor {s.wie}."
            if s.other
            else "Maak een afspraak bij je huisarts."
        )
        why_there = "De huisarts kan zoeken naar een oorzaak."
    medicine = (
        "Stop niet zelf met een medicijn. Overleg eerst met de huisarts of apotheker."
        if REDEN_NIEUWE_MEDICIJNEN in advice.redenen
        else ""
    )
    return [
        action,
        _reasons_block(advice, s),
        f"Dat kan in de komende dagen. {why_there}".strip(),
        medicine,
        _stretch_tip(s),
        _night_safety(s),
        "Wordt het erger of komt er iets bij? Neem dan eerder contact op.",
        _call_112_if(s),
        _pregnancy_watch(s),
    ]


def _zelfzorg(advice: Advice, s: Situation, flags: List[Flag]) -> List[str]:
    if s.child:
        return _zelfzorg_child(advice, s, flags)
    first = (
        f"{s.wie[0].upper()}{s.wie[1:]} kan de kramp voor nu zelf aanpakken."
        if s.wie
        else "Je kunt de kramp voor nu zelf aanpakken."
    )
    during = (
        "Bij kramp: been strekken, tenen naar het lichaam trekken, een paar stappen lopen of zachtjes masseren."
        if s.other
        else "Bij kramp: strek je been en trek je tenen naar je toe. Loop een paar stappen of masseer zachtjes."
    ) + " Daarna kan warmte helpen."
    # Self-care of §4 in few words: the evidence is weak, and a fluid limit comes first.
    fluid = "" if s.other else " (tenzij je arts iets anders zei)"
    drink = ", geen alcohol" if s.zwanger else ", minder koffie en alcohol"
    prevent = f"Voorkomen kan helpen, al is het bewijs niet sterk: rekken voor het slapen, genoeg drinken{fluid}{drink}."
    contact = s.contact("verloskundige" if s.verloskundige else "huisarts")
    come_back = f"Vaker dan eens per week kramp, of slaap je er slecht door? Maak dan een afspraak bij {contact}."
    if s.other:
        come_back = f"Vaker dan eens per week kramp, of slaapt {s.wie} er slecht door? Maak dan een afspraak bij {contact}."
    one_leg = (
        "Eén been dik, rood of warm? Bel dan vandaag nog "
        + (s.contact("verloskundige") if s.verloskundige else "de huisarts of de huisartsenpost")
        + "."
    )
    return [
        first,
        during,
        prevent,
        _night_safety(s),
        come_back,
        one_leg,
        _call_112_if(s) if s.verloskundige else "",
        _pregnancy_watch(s),
    ]


def _zelfzorg_child(advice: Advice, s: Situation, flags: List[Flag]) -> List[str]:
    return [
        f"Je kunt de kramp van {s.wie} voor nu zelf aanpakken.",
        "Rek de spier rustig: been strekken, tenen naar het lichaam trekken. Masseer zachtjes. "
        f"Stel {s.wie} gerust: het doet pijn, maar het gaat weer over.",
        "Pijn in beide benen 's avonds, en overdag speelt je kind gewoon? Dat is vaak onschuldige groeipijn.",
        f"Laat {s.wie} genoeg drinken.",
        "Vaak kramp, overdag pijn, mank lopen of een zwelling? Maak dan een afspraak bij de huisarts.",
        "Koorts erbij, met pijn in het been of mank lopen? Bel dan vandaag nog de huisarts of de huisartsenpost.",
        "Bij een stuip bel je meteen 112.",
    ]


def _pregnancy_watch(s: Situation) -> str:
    """Pregnancy and kraamtijd: the pre-eclampsia signs (§4), which can also start after the birth."""
    if s.verloskundige:
        return (
            "Ineens een dik gezicht of dikke handen, erge hoofdpijn, vlekken zien of pijn onder de ribben? "
            "Bel meteen je verloskundige."
        )
    return ""


def old_sign_question(flags: Iterable[Flag]) -> str:
    """For signs the person calls old and unchanged: ask instead of alarm (§1)."""
    flags = list(flags)
    names = bullets(flag.reden for flag in flags)
    act = (
        "Bel dan meteen 112."
        if any(f.level == SPOED_112 for f in flags)
        else "Bel dan vandaag nog de huisarts of de huisartsenpost."
    )
    return f"Je noemde iets wat al lang zo is:\n{names}\nIs het nu anders, erger of nieuw? {act}"


# --------------------------------------------------------------------------- screening


def audience_of(slots: Mapping[str, Any], reading: Optional[Mapping[str, Any]] = None) -> Audience:
    voor_wie = slots.get(N.VOOR_WIE)
    age = slots.get(N.LEEFTIJD)
    medicines = (slots.get(N.BRONNEN) or {}).get("medicijn") or {}
    return Audience(
        child=voor_wie == N.KIND,
        pregnant_or_kraamtijd=(
            slots.get(N.ZWANGER) is True
            or slots.get(N.KRAAMTIJD) is True
            or (voor_wie is None or slots.get(N.ZWANGER) is None)
            and slots.get(N.GESLACHT) != "m"
            and voor_wie != N.KIND
            and not (isinstance(age, int) and age >= 56)
        ),
        older=isinstance(age, int) and age >= OLDER_FROM_AGE,
        on_kinine=bool(medicines.get("kinine")) or bool(reading and reading.get("kinine")),
        unknown=voor_wie is None,
    )


def screening_question(slots: Mapping[str, Any], items: Sequence[ScreeningItem]) -> str:
    s = Situation.from_slots(slots)
    if s.other:
        ask = f"Heeft {s.wie} nu een van deze klachten?"
    elif slots.get(N.VOOR_WIE) is None:
        ask = "Heb jij, of degene om wie het gaat, nu een van deze klachten?"
    else:
        ask = "Heb je nu een van deze klachten?"
    return f"Eerst een belangrijke vraag. {ask}\n" + bullets(item.regel for item in items)


def screening_after_advice(slots: Mapping[str, Any], items: Sequence[ScreeningItem]) -> str:
    s = Situation.from_slots(slots)
    ask = (
        f"Heeft {s.wie} daarnaast nu een van deze klachten?"
        if s.other
        else "Heb je daarnaast nu een van deze klachten?"
    )
    return f"Nog één belangrijke vraag. {ask} Dan moet je meteen 112 bellen.\n" + bullets(
        item.regel for item in items
    )


def which_sign_question() -> str:
    return "Welke klacht is het? Kies wat het beste past. Twijfel je tussen ernstige klachten? Bel dan 112."


# --------------------------------------------------------------------------- summary

_FREQUENCY_TEXT = {
    N.ZELDEN: "1 keer per week of minder",
    N.WEKELIJKS: "meerdere keren per week",
    N.BIJNA_ELKE_NACHT: "(bijna) elke nacht",
}
_TIME_TEXT = {"avond": "vooral 's avonds", "nacht": "vooral 's nachts", "dag": "vooral overdag"}
_YES_NO_LINES = (
    (N.BEEN_DIK_ROOD_WARM, "Eén been dik, rood of warm"),
    (N.SLAAP_VERSTOORD, "Al een tijd slecht slapen door de kramp"),
    (N.SPIERZWAKTE_OF_GEVOELLOOS, "Zwakte, tintelingen of doof gevoel in de benen"),
    (N.PIJN_BIJ_LOPEN, "Pijn in de kuit bij lopen, weg bij stilstaan"),
    (N.PIJN_OVERDAG_OF_MANK, "Overdag pijn, mank lopen of zwelling"),
    (N.NIEUWE_MEDICIJNEN, "Kramp sinds een nieuw of ander medicijn"),
    (N.ZWANGER, "Zwanger"),
    (N.KRAAMTIJD, "Bevallen in de afgelopen 6 weken"),
)
_QUESTION_LABELS = dict(_YES_NO_LINES) | {
    N.FREQUENTIE: "Hoe vaak kramp",
    N.VOOR_WIE: "Om wie het gaat",
    N.KLACHTEN_PLOTSELING: "Vandaag ineens ontstaan",
    N.SPOEDSIGNALEN: "Spoedsignalen",
}
_LEVEL_TEXT = {
    SPOED_112: "direct 112 bellen",
    HUISARTS_VANDAAG: "vandaag nog naar de huisarts of de huisartsenpost",
    HUISARTS: "een afspraak bij de huisarts in de komende dagen",
    ZELFZORG: "zelfzorg, en terugkomen als het vaker komt of erger wordt",
}
_LEVEL_TEXT_VERLOSKUNDIGE = {
    HUISARTS_VANDAAG: "vandaag nog (bij alarmsignalen meteen) naar de verloskundige",
    HUISARTS: "een afspraak bij de verloskundige in de komende dagen",
    ZELFZORG: "zelfzorg, en de kramp bespreken met de verloskundige",
}


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _yes_no_text(slot: str, value: bool, answers: Mapping[str, Any]) -> str:
    details: Dict[str, Any] = (answers.get(N.BRONNEN) or {}).get(slot) or {}
    text = "ja" if value else "nee"
    if slot == N.SPIERZWAKTE_OF_GEVOELLOOS:
        if value and details.get("soort"):
            text += f" ({', '.join(details['soort'])})"
        if value:
            sudden = answers.get(N.KLACHTEN_PLOTSELING)
            text += (
                {True: ", vandaag ineens ontstaan", False: ", langzaam ontstaan"}.get(
                    bool(sudden), ""
                )
                if sudden is not None
                else ""
            )
        elif details.get("plek"):
            text += f"; wel in {details['plek']}"
    if slot == N.NIEUWE_MEDICIJNEN:
        named = details.get("middel") or details.get("supplement")
        if named and value:
            text += f" ({named})"
        elif named and details.get("supplement") and not details.get("middel"):
            text += f" (alleen {named}, een supplement)"
    if slot == N.ZWANGER and value and answers.get(N.ZWANGERSCHAPSWEKEN):
        text += f", {answers[N.ZWANGERSCHAPSWEKEN]} weken"
    return text


def summary_text(
    answers: Mapping[str, Any],
    advice: Advice,
    flags: Iterable[Flag],
    day: dt.date,
    replaces_earlier: bool = False,
) -> str:
    """The summary a person can show their huisarts or verloskundige.

    Built from the same answers and warning signs as the advice, so its reasons are always
    the reasons of the stated advice. It states only what was said: the time of day as
    said, the medicine named, "onbekend" for an answer that could not be read."""
    s = Situation.from_slots(answers)
    who = "verloskundige" if with_verloskundige(answers) else "huisarts"
    lines = [f"Samenvatting voor {s.contact(who)}", f"Datum: {dutch_date(day)}"]
    if replaces_earlier:
        lines.append("Deze samenvatting vervangt de eerdere in dit gesprek.")
    if s.other:
        age = f" ({answers[N.LEEFTIJD]} jaar)" if answers.get(N.LEEFTIJD) else ""
        lines.append(f"Over: {s.wie}{age}")
    frequency = answers.get(N.FREQUENTIE)
    if frequency in _FREQUENCY_TEXT:
        when = ((answers.get(N.BRONNEN) or {}).get(N.FREQUENTIE) or {}).get("tijd")
        if frequency == N.BIJNA_ELKE_NACHT and when in _TIME_TEXT:
            lines.append(f"{BULLET}Hoe vaak kramp: {most_days(when)}")
        else:
            extra = f", {_TIME_TEXT[when]}" if when in _TIME_TEXT else ""
            lines.append(f"{BULLET}Hoe vaak kramp: {_FREQUENCY_TEXT[frequency]}{extra}")
    for slot, label in _YES_NO_LINES:
        value = answers.get(slot)
        if slot in (N.ZWANGER, N.KRAAMTIJD) and s.child:
            continue
        if isinstance(value, bool):
            lines.append(f"{BULLET}{label}: {_yes_no_text(slot, value, answers)}")
    unknown = [
        slot
        for slot in answers.get(N.ONBEKEND) or []
        if slot in _QUESTION_LABELS and answers.get(slot) is None
    ]
    for slot in unknown:
        lines.append(f"{BULLET}{_QUESTION_LABELS[slot]}: onbekend")
    flags = list(flags)
    if flags:
        lines.append("Waarschuwingssignalen genoemd:")
        lines.append(bullets(flag.reden for flag in flags))
    texts = _LEVEL_TEXT_VERLOSKUNDIGE if advice.plek == PLEK_VERLOSKUNDIGE else {}
    lines.append(f"Advies van Krampbot: {texts.get(advice.level, _LEVEL_TEXT[advice.level])}.")
    if advice.level != ZELFZORG:
        lines.append("Waarom:")
        lines.append(bullets(advice.redenen))
    return "\n".join(lines)
