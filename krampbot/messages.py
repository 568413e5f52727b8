"""Dutch messages that Krampbot builds in code: the advice and the summary.

Plain Python (no Rasa). Safety rules §1: the action first, in one short line; then the
reasons as a short list; then where and when. No sentence over 25 words. Questions and
advice speak about the person it is about ("de huisarts van je vader").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

from krampbot.advice import (
    PLEK_VERLOSKUNDIGE,
    REDEN_NIEUWE_MEDICIJNEN,
    Advice,
    with_verloskundige,
)
from krampbot.answers import FREQ_NIGHTLY, FREQ_RARE, FREQ_WEEKLY, KLACHTEN_PLOTSELING
from krampbot.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, ZELFZORG
from krampbot.person import ANDER, KIND, SOMEONE_ELSE
from krampbot.red_flags import RedFlag

OLDER_FROM_AGE = 65
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


@dataclass(frozen=True)
class Situation:
    """Who the advice is about, and what changes where they should go."""

    voor_wie: Optional[str] = None
    wie: Optional[str] = None
    zwanger: bool = False
    kraamtijd: bool = False
    leeftijd: Optional[int] = None

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> "Situation":
        voor_wie = slots.get("voor_wie")
        wie = slots.get("wie") or (SOMEONE_ELSE if voor_wie == ANDER else
                                   "je kind" if voor_wie == KIND else None)
        return cls(voor_wie=voor_wie, wie=wie if voor_wie in (KIND, ANDER) else None,
                   zwanger=slots.get("zwanger") is True and voor_wie != KIND,
                   kraamtijd=slots.get("kraamtijd") is True and voor_wie != KIND,
                   leeftijd=slots.get("leeftijd"))

    @property
    def other(self) -> bool:
        return self.wie is not None

    @property
    def verloskundige(self) -> bool:
        return self.zwanger or self.kraamtijd

    def contact(self, who: str = "huisarts") -> str:
        """"je huisarts", "de huisarts van je vader", "je verloskundige"."""
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
_CALL_112_IF = "Komt er benauwdheid of pijn op de borst bij? Bel dan meteen 112."


def safety_note_short() -> str:
    """The one-line safety note said before a 112 message (it must not delay the action)."""
    return _SAFETY_NOTE_SHORT


# --------------------------------------------------------------------------- advice

def advice_message(advice: Advice, situation: Situation) -> str:
    builders = {SPOED_112: _spoed, HUISARTS_VANDAAG: _vandaag, HUISARTS: _huisarts,
                ZELFZORG: _zelfzorg}
    blocks = builders[advice.level](advice, situation)
    # One message (Rasa splits a text on blank lines): it stays together when forwarded.
    return "\n".join(block for block in blocks if block)


def _reasons_block(advice: Advice, situation: Situation) -> str:
    return f"{situation.noemde()}\n{bullets(advice.redenen)}"


def _spoed(advice: Advice, s: Situation) -> list[str]:
    action = f"Bel 112 voor {s.wie}." if s.other else "Bel 112."
    stay = (f"Blijf bij {s.wie} tot de hulp er is. Ga niet zelf rijden."
            if s.other else
            "Ga niet zelf rijden. Is er iemand bij je? Vraag of die bij je blijft.")
    return [
        action,
        _reasons_block(advice, s),
        "Dit kan ernstig zijn. Een arts moet er nu naar kijken.",
        stay,
        "In België bel je ook 112.",
    ]


def _vandaag(advice: Advice, s: Situation) -> list[str]:
    if s.verloskundige:
        action = f"Bel vandaag nog {s.contact('verloskundige')}."
        where = ("De verloskundige is bij zwangerschap en in de kraamtijd het eerste "
                 "aanspreekpunt. Geen gehoor? Bel dan de huisarts of de huisartsenpost. "
                 f"{_BELGIE_WACHT}")
    else:
        action = f"Bel vandaag nog {s.contact('huisarts')}."
        where = ("Is de praktijk dicht, bijvoorbeeld 's avonds, 's nachts of in het weekend? "
                 f"Bel dan de huisartsenpost in je regio. {_BELGIE_WACHT}")
    dont_massage = ("Masseer het been niet tot er een arts naar gekeken heeft."
                    if any("been" in r or "zwelling" in r for r in advice.redenen) else "")
    return [
        action,
        _reasons_block(advice, s),
        "Dit moet vandaag nog bekeken worden. Er kan iets achter zitten dat snel "
        "behandeld moet worden.",
        where,
        dont_massage,
        _CALL_112_IF,
    ]


def _stretch_tip(s: Situation) -> str:
    if s.other:
        return ("Tot die tijd kan rekken helpen: het been strekken en de tenen rustig "
                "naar het lichaam toe trekken.")
    return "Tot die tijd kan rekken helpen: strek je been en trek je tenen naar je toe."


def _night_safety(s: Situation) -> str:
    """Older people: light on and hold on before standing up with a cramp (§4)."""
    if not s.older:
        return ""
    if s.other:
        return ("Kramp 's nachts? Eerst het licht aan, en goed vasthouden bij het opstaan. "
                "Zo is de kans op een val kleiner.")
    return ("Kramp 's nachts? Doe eerst het licht aan en houd je goed vast voordat je "
            "opstaat. Zo voorkom je een val.")


def _huisarts(advice: Advice, s: Situation) -> list[str]:
    if s.verloskundige:
        action = (f"Maak een afspraak bij de verloskundige van {s.wie}." if s.other
                  else "Maak een afspraak bij je verloskundige.")
        why_there = "Bij zwangerschap en in de kraamtijd is de verloskundige het eerste aanspreekpunt."
    else:
        action = (f"Maak een afspraak bij de huisarts voor {s.wie}." if s.other
                  else "Maak een afspraak bij je huisarts.")
        why_there = "Er kan een oorzaak zijn die de huisarts kan vinden en aanpakken."
    medicine = ("Stop niet zelf met een medicijn. Overleg eerst met de huisarts of apotheker."
                if REDEN_NIEUWE_MEDICIJNEN in advice.redenen else "")
    return [
        action,
        _reasons_block(advice, s),
        f"Plan de afspraak in de komende dagen. {why_there}",
        medicine,
        _stretch_tip(s),
        _night_safety(s),
        "Wordt het erger, of komen er klachten bij? Neem dan eerder contact op. "
        + _CALL_112_IF,
        _pregnancy_watch(s),
    ]


def _zelfzorg(advice: Advice, s: Situation) -> list[str]:
    if s.voor_wie == KIND:
        return _zelfzorg_child(advice, s)
    first = (f"{s.wie[0].upper()}{s.wie[1:]} kan de kramp voor nu zelf aanpakken."
             if s.other else "Je kunt de kramp voor nu zelf aanpakken.")
    during = ("Tijdens de kramp:\n"
              + bullets(["het been strekken en de tenen naar het lichaam toe trekken",
                         "of staan en naar een muur leunen, met de hiel op de grond",
                         "een paar stappen lopen en de spier zachtjes masseren"]
                        if s.other else
                        ["strek je been en trek je tenen naar je toe",
                         "of ga staan en leun naar een muur, met je hiel op de grond",
                         "loop een paar stappen en masseer de spier zachtjes"]))
    drink = "geen alcohol" if s.zwanger else "minder koffie en alcohol"
    prevent = ("Om kramp te voorkomen kan dit helpen:\n"
               + bullets(["genoeg drinken", "de kuiten rustig rekken voor het slapen",
                          drink, "elke dag bewegen"])
               + "\nEerlijk is eerlijk: het bewijs hiervoor is niet sterk.")
    come_back = (f"Maak een afspraak bij {s.contact('verloskundige' if s.verloskundige else 'huisarts')} als:\n"
                 + bullets(["de kramp meerdere keren per week komt",
                            "de kramp al een tijd de slaap verstoort",
                            "spieren zwakker worden, of er tintelingen komen"]))
    lines = [
        first,
        f"{s.noemde()}\n{bullets(advice.redenen)}",
        during,
        "Daarna kan warmte de spier goed doen, zoals een warme douche of een kruik.",
        prevent,
    ]
    if s.verloskundige:
        lines.append(("Vertel je verloskundige over de kramp. Neem geen middelen zonder "
                      "overleg met je verloskundige.") if not s.other else
                     f"Vertel de verloskundige van {s.wie} over de kramp.")
    lines.append(_night_safety(s))
    lines += [
        come_back,
        # In pregnancy and kraamtijd the verloskundige is the first contact (§1).
        "Is één been dik, rood of warm? Bel dan vandaag nog "
        + (s.contact("verloskundige") if s.verloskundige else "de huisarts of de huisartsenpost")
        + ". " + _CALL_112_IF,
        _pregnancy_watch(s),
    ]
    return lines


def _zelfzorg_child(advice: Advice, s: Situation) -> list[str]:
    return [
        f"Je kunt de kramp van {s.wie} voor nu zelf aanpakken.",
        f"{s.noemde()}\n{bullets(advice.redenen)}",
        "Zo help je bij kramp:\n" + bullets([
            "rek de spier rustig: het been strekken en de tenen naar het lichaam trekken",
            "masseer de spier zachtjes",
            "stel gerust: het doet pijn, maar het gaat weer over",
        ]),
        f"Laat {s.wie} genoeg drinken, zeker bij warm weer en bij sport.",
        "Pijn in beide benen in de avond, terwijl het kind overdag gewoon speelt? "
        "Dat is vaak groeipijn. Groeipijn is onschuldig.",
        f"Maak een afspraak bij de huisarts als {s.wie}:\n" + bullets([
            "vaak kramp heeft", "overdag pijn heeft", "mank loopt of een zwelling heeft",
        ]),
        "Komt er koorts bij, met pijn in het been of mank lopen? Bel dan vandaag nog de "
        "huisarts of de huisartsenpost. Bij een stuip bel je meteen 112.",
    ]


def _pregnancy_watch(s: Situation) -> str:
    """Pregnancy and kraamtijd: the 112 line and (pregnant) the pre-eclampsia signs (§4)."""
    if s.zwanger:
        return ("Let ook op deze signalen: ineens een dik gezicht of dikke handen, erge "
                "hoofdpijn, of vlekken zien. Bel dan meteen de verloskundige.")
    if s.kraamtijd:
        return ("In de kraamtijd is de kans op een bloedstolsel groter. Is één been dik, "
                "rood of warm? Bel dan vandaag nog de verloskundige.")
    return ""


def old_sign_question(flags: Iterable[RedFlag]) -> str:
    """For signs the person calls old and unchanged: ask instead of alarm (§1)."""
    flags = list(flags)
    names = bullets(flag.reden for flag in flags)
    act = ("Bel dan meteen 112." if any(f.level == SPOED_112 for f in flags)
           else "Bel dan vandaag nog de huisarts of de huisartsenpost.")
    return f"Je noemde iets wat al lang zo is:\n{names}\nIs het nu anders, erger of nieuw? {act}"


# --------------------------------------------------------------------------- summary

_FREQUENCY_TEXT = {
    FREQ_RARE: "1 keer per week of minder",
    FREQ_WEEKLY: "meerdere keren per week",
    FREQ_NIGHTLY: "(bijna) elke nacht",
}
_YES_NO_LINES = (
    ("been_dik_rood_warm", "Eén been dik, rood of warm"),
    ("slaap_verstoord", "Al een tijd slecht slapen door de kramp"),
    ("spierzwakte_of_gevoelloos", "Zwakte, tintelingen of doof gevoel"),
    ("pijn_bij_lopen", "Pijn in de kuit bij lopen, weg bij stilstaan"),
    ("pijn_overdag_of_mank", "Overdag pijn, mank lopen of zwelling"),
    ("nieuwe_medicijnen", "Kramp sinds een nieuw of ander medicijn"),
    ("zwanger", "Zwanger"),
    ("kraamtijd", "Bevallen in de afgelopen 6 weken"),
)
_LEVEL_TEXT = {
    SPOED_112: "direct 112 bellen",
    HUISARTS_VANDAAG: "vandaag nog naar de huisarts of de huisartsenpost",
    HUISARTS: "een afspraak bij de huisarts in de komende dagen",
    ZELFZORG: "zelfzorg, en terugkomen als het vaker komt of erger wordt",
}
_LEVEL_TEXT_VERLOSKUNDIGE = {
    HUISARTS_VANDAAG: "vandaag nog naar de verloskundige",
    HUISARTS: "een afspraak bij de verloskundige in de komende dagen",
    ZELFZORG: "zelfzorg, en de kramp bespreken met de verloskundige",
}


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def summary_text(answers: Mapping[str, Any], advice: Advice, flags: Iterable[RedFlag],
                 day: dt.date) -> str:
    """The summary a person can show their huisarts or verloskundige.

    It is built from the same answers and warning signs as the advice, so its reasons are
    always the reasons of the stated advice. Unknown answers are left out.
    """
    s = Situation.from_slots(answers)
    who = "verloskundige" if with_verloskundige(answers) else "huisarts"
    lines = [f"Samenvatting voor {s.contact(who)}", f"Datum: {dutch_date(day)}"]
    if s.other:
        age = f" ({answers['leeftijd']} jaar)" if answers.get("leeftijd") else ""
        lines.append(f"Over: {s.wie}{age}")
    frequency = answers.get("frequentie")
    if frequency in _FREQUENCY_TEXT:
        lines.append(f"{BULLET}Hoe vaak kramp: {_FREQUENCY_TEXT[frequency]}")
    for slot, label in _YES_NO_LINES:
        value = answers.get(slot)
        if isinstance(value, bool) and not (slot in ("zwanger", "kraamtijd") and s.voor_wie == KIND):
            text = "ja" if value else "nee"
            if slot == "spierzwakte_of_gevoelloos" and value:
                sudden = answers.get(KLACHTEN_PLOTSELING)
                text += {True: ", ineens ontstaan", False: ", langzaam ontstaan"}.get(sudden, "")
            lines.append(f"{BULLET}{label}: {text}")
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
