"""Understand free-text Dutch answers: yes/no, how often, and facts stated on the way.

Plain Python (no Rasa). Used by the triage form (the answer to the question just
asked, plus facts mentioned in passing) and by the other actions (facts stated in any
message are kept in slots as they arrive, so no action ever rescans the history).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from krampbot.dutch import clauses, compile_words, mentions, normalize
from krampbot.lexicon import (
    CRAMP,
    LEG,
    MUSCLE,
    NUMB,
    PAIN,
    SLOW,
    SUDDEN,
    TINGLING,
    WASTING,
    WEAK,
    describes_swollen_red_warm_leg,
)
from krampbot.person import detect_person, parse_person_answer

FREQ_RARE = "zelden"
FREQ_WEEKLY = "wekelijks"
FREQ_NIGHTLY = "bijna_elke_nacht"
FREQUENCIES = (FREQ_RARE, FREQ_WEEKLY, FREQ_NIGHTLY)
FREQUENCY_ORDER = {FREQ_RARE: 0, FREQ_WEEKLY: 1, FREQ_NIGHTLY: 2}

# --------------------------------------------------------------------------- yes / no

_UNSURE = compile_words(
    r"weet (ik |het |ik het |het ook |ik dat )?niet|weet niet|geen idee|geen flauw idee"
    r"|misschien|wellicht|twijfel\w*|kan zijn|zou kunnen|hoezo|waarom|geen flauwe"
    r"|niet zeker|weet ik veel|onbekend|lastig te zeggen|moeilijk te zeggen|hmm+|eh+|uh+"
)
_NO_PHRASES = compile_words(
    r"klopt niet|helemaal niet|niet echt|niet dat ik weet|valt (wel |best |nog |erg )?mee"
    r"|niet van toepassing|n v t|nvt|zeker niet|absoluut niet|echt niet|denk (het |van )?niet"
    r"|nee hoor|liever niet|niet meer|totaal niet|bijna nooit|dat niet"
    r"|(?:heb|had|ben|was|doe|word|slik|gebruik) ik (?:niet|geen)"
)
_NO_WORDS = {"nee", "neen", "neej", "nope", "nah", "no", "nein", "nooit", "niet", "geen",
             "neuh", "nop"}
_YES_PHRASES = compile_words(
    r"ja hoor|dat klopt|klopt helemaal|zeker weten|dat heb ik|heb ik|denk het wel"
    r"|denk van wel|een beetje|best wel|soms wel|af en toe|wel eens|weleens|een klein beetje"
    r"|heel soms|ja zeker"
)
_YES_WORDS = {"ja", "jaa", "jaaa", "jawel", "jazeker", "jaja", "klopt", "zeker", "inderdaad",
              "yes", "jep", "jup", "yep", "yup", "ye", "jes", "correct", "absoluut",
              "precies", "wel", "soms", "beetje", "idd", "jah"}
_LEADING_YES = {"ja", "jaa", "jaaa", "jawel", "jazeker", "jaja", "yes", "jep", "jup", "yep",
                "yup", "jah"}
_LEADING_NO = {"nee", "neen", "neej", "nope", "nah", "no", "nein", "neuh", "nop"}


def parse_yes_no(text: Optional[str]) -> Optional[bool]:
    """True / False for a Dutch yes/no answer; None when unclear or contradictory.

    Mild yes ("soms wel", "een beetje", "best wel") counts as yes: for a symptom question
    a symptom that is sometimes there is there. "valt mee" counts as no. "ok" alone is
    None because it often just acknowledges the question.
    """
    norm = normalize(text)
    if not norm or _UNSURE.search(norm):
        return None
    words = norm.split()
    leading = _leading_answer(words[0])
    said_no = bool(_NO_PHRASES.search(norm))
    rest = _NO_PHRASES.sub(" ", norm)
    said_yes = bool(_YES_PHRASES.search(rest))
    rest = _YES_PHRASES.sub(" ", rest)
    for word in rest.split():
        said_no = said_no or word in _NO_WORDS
        said_yes = said_yes or word in _YES_WORDS
    if leading is not None:
        # "ja, maar niet vaak" is a yes; "ja nee" contradicts itself.
        opposite = _LEADING_NO if leading else _LEADING_YES
        return None if any(word in opposite for word in words[1:]) else leading
    if said_yes == said_no:
        return None
    return said_yes


def _leading_answer(first_word: str) -> Optional[bool]:
    if first_word in _LEADING_YES:
        return True
    if first_word in _LEADING_NO:
        return False
    return None


# --------------------------------------------------------------------------- frequency

_NUMBER_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    # "een paar", "enkele" ...: count as three (the upper end, safest).
    "een paar": 3, "paar": 3, "enkele": 3, "meerdere": 3, "verschillende": 3,
    "een aantal": 3, "aantal": 3, "diverse": 3, "meer": 2,
}
_NUM = (r"(?:\d+|een paar|een aantal|paar|enkele|meerdere|verschillende|aantal|diverse"
        r"|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)")
_RANGE = rf"{_NUM}(?: (?:a |tot |of )?{_NUM})?"
_UNIT = r"(?:nacht|nachten|dag|dagen|avond|avonden|etmaal|week|weken|maand|maanden|jaar|jaren)"
_CONNECT = r"(?:per|in de|in een|op een|op de|elke|iedere|a|de|een|in het)"

_COUNT_PER_PERIOD = re.compile(
    rf"\b(?P<count>{_RANGE}) ?(?:x|keer|keren|maal)\b ?{_CONNECT}"
    rf" (?:(?P<every>{_NUM}) )?(?P<unit>{_UNIT})\b"
)
# "tweemaal" -> "twee maal", "eens per maand" -> "een keer per maand".
_SPELLED_COUNTS = ((re.compile(r"\b(twee|drie|vier|vijf|zes)maal\b"), r"\1 maal"),
                   (re.compile(r"\beens (?=per|in|op)"), "een keer "))
# "een keer of 3 in de week": spoken Dutch for "about three times a week".
_TIMES_OR_SO = re.compile(
    rf"\b(?:een )?(?:keer|x|maal) of (?P<count>{_NUM}) {_CONNECT} (?P<unit>{_UNIT})\b"
)
# "elke week een paar keer", "per week wel 3 keer": the count after the period.
_PERIOD_THEN_COUNT = re.compile(
    rf"\b(?:elke|iedere|per|in de|in een) (?P<unit>{_UNIT}) (?:wel |zon |zo een |ongeveer )?"
    rf"(?P<count>{_RANGE}) ?(?:x|keer|keren|maal)\b"
)
_NIGHTS_PER_WEEK = re.compile(
    rf"\b(?P<count>{_RANGE}) (?:nachten|dagen|avonden|nacht|dag)"
    r" (?:per|in de|van de|a|op de) week\b"
)
_EVERY_N_PERIODS = re.compile(
    rf"\b(?:om de|elke|iedere) (?:(?P<every>{_NUM}|andere) )?(?P<unit>{_UNIT})\b"
)
_DAILY = compile_words(r"dagelijks|dagelijkse")
_DAILY_LIFE = re.compile(r"\bdagelijkse? (?:leven|bezigheden|dingen|activiteiten|werk)\b")
_WEEKLY = compile_words(r"wekelijks|wekelijkse")
_MONTHLY = compile_words(r"maandelijks|maandelijkse|jaarlijks")
_VAGUE_RARE = compile_words(
    r"zelden|heel zelden|af en toe|soms|heel soms|nauwelijks|bijna nooit|nooit|weinig"
    r"|niet (?:zo |heel |erg |echt )?vaak|een enkele keer|enkele keer|eens in de zoveel tijd"
    r"|sporadisch|incidenteel|zo nu en dan|bij uitzondering|niet veel"
)

_PERIODS_PER_WEEK = {
    "nacht": 7.0, "nachten": 7.0, "dag": 7.0, "dagen": 7.0, "avond": 7.0,
    "avonden": 7.0, "etmaal": 7.0, "week": 1.0, "weken": 1.0,
    "maand": 12 / 52, "maanden": 12 / 52, "jaar": 1 / 52, "jaren": 1 / 52,
}
_NIGHTLY_FROM = 5.0   # 5+ times a week counts as "bijna elke nacht"
# "Wekelijks" means several times a week; once a week is still "zelden" (safety rules §3).
_WEEKLY_FROM = 2.0
# Only clear "rarely" words may pre-fill the form: "soms" or "af en toe" can also mean
# a few times a week, so the form still asks.
_EXPLICIT_RARE = compile_words(
    r"zelden|heel zelden|bijna nooit|een enkele keer|sporadisch|heel af en toe|heel soms"
    r"|een paar keer per jaar|bij uitzondering"
)
_KRAMP = compile_words(CRAMP)


def parse_frequency(text: Optional[str]) -> Optional[str]:
    """"zelden" / "wekelijks" / "bijna_elke_nacht", or None when not stated or vague.

    Rates are converted to times per week: 5+ -> bijna_elke_nacht, 2 to 5 ->
    wekelijks (several times a week), once a week or less -> zelden. Ranges use the upper end ("4 a 5 keer" -> 5). "om de
    nacht" is about 3.5 nights a week, so wekelijks. "vaak" and "regelmatig" are
    too vague and give None; "nooit" gives zelden.
    """
    return _frequency(text, strict=False)


def _frequency(text: Optional[str], strict: bool) -> Optional[str]:
    if not text:
        return None
    payload = text.strip().lower()
    if payload in FREQUENCIES:
        return payload
    parts = clauses(text)
    rate = max((r for clause in parts for r in _rates_in(clause)), default=None)
    if rate is not None:
        return _category(rate)
    for clause in parts:
        if strict and _EXPLICIT_RARE.search(clause) and _KRAMP.search(clause):
            return FREQ_RARE
        if not strict and _VAGUE_RARE.search(clause):
            return FREQ_RARE
    return None


def _category(times_per_week: float) -> str:
    if times_per_week >= _NIGHTLY_FROM:
        return FREQ_NIGHTLY
    if times_per_week >= _WEEKLY_FROM:
        return FREQ_WEEKLY
    return FREQ_RARE


def _rates_in(clause: str) -> list[float]:
    """All times-per-week rates stated in one normalized clause (negated ones skipped)."""
    for pattern, replacement in _SPELLED_COUNTS:
        clause = pattern.sub(replacement, clause)
    rates = []
    for pattern, to_rate in (
        (_COUNT_PER_PERIOD, _rate_count_per_period),
        (_NIGHTS_PER_WEEK, lambda m: _number(m["count"])),
        (_PERIOD_THEN_COUNT, lambda m: _number(m["count"]) * _PERIODS_PER_WEEK[m["unit"]]),
        (_TIMES_OR_SO, lambda m: _number(m["count"]) * _PERIODS_PER_WEEK[m["unit"]]),
        (_EVERY_N_PERIODS, _rate_every_n_periods),
    ):
        for match in pattern.finditer(clause):
            if not _is_negated_match(clause, match):
                rates.append(to_rate(match))
    if _DAILY.search(_DAILY_LIFE.sub(" ", clause)):
        rates.append(7.0)
    for pattern, rate in ((_WEEKLY, 1.0), (_MONTHLY, 12 / 52)):
        if pattern.search(clause):
            rates.append(rate)
    return rates


def _is_negated_match(clause: str, match: re.Match) -> bool:
    words_before = clause[: match.start()].split()
    return bool(words_before) and words_before[-1] in {"niet", "geen", "nooit"}


def _rate_count_per_period(match: re.Match) -> float:
    per_unit = _PERIODS_PER_WEEK[match["unit"]] / _number(match["every"], default=1)
    return _number(match["count"]) * per_unit


def _rate_every_n_periods(match: re.Match) -> float:
    every = match["every"]
    # "om de nacht" / "om de andere nacht": every second night.
    if match.group(0).startswith("om de") and every is None:
        every = "twee"
    if every == "andere":
        every = "twee"
    return _PERIODS_PER_WEEK[match["unit"]] / _number(every, default=1)


def _number(text: Optional[str], default: float = 1) -> float:
    """Largest number in a count or range like "3 a 4", "twee drie", "een paar"."""
    if not text:
        return default
    values = [_NUMBER_WORDS.get(m, None) if not m.isdigit() else int(m)
              for m in re.findall(rf"{_NUM}", text)]
    values = [v for v in values if v]
    return float(max(values)) if values else default




# --------------------------------------------------------------------------- facts

# Only statements about a person count ("ik ben zwanger", "mijn vrouw is 30 weken
# zwanger"); a topic question like "zwanger en kramp" does not make someone pregnant.
_PREGNANT_YES = (
    r"(?:ik|je|jij|ze|zij|vrouw|vriendin|dochter|partner) (?:ben|bent|is) (?:nu |al |wel |sinds kort )?"
    r"(?:\d{1,2} (?:weken|maanden) )?(?:hoog)?zwanger"
    r"|(?:^|\b)ben (?:ik )?(?:nu |al )?(?:\d{1,2} (?:weken|maanden) )?(?:hoog)?zwanger"
    r"|(?:mijn|haar) zwangerschap|tijdens (?:de|deze) zwangerschap (?:heb|krijg) ik"
    r"|(?:ik ben|ben ik|ben|is) (?:nu |al )?in (?:blijde )?verwachting"
    r"|verwacht (?:een|ons|mijn) (?:baby|kindje|kind)|mijn zwangere"
    r"|zwangere (?:vrouw|vriendin|dochter|partner) (?:heeft|krijgt)"
    r"|(?:ik ben|ben ik) (?:nu |al )?\d{1,2} weken(?! (?:geleden|ziek|thuis|op|lang|aan|weg))"
)
_PREGNANT_NO = r"(?:niet|geen|nooit) (?:meer )?(?:zwanger|in verwachting)"
_PREGNANT_PAST = (r"was zwanger|zwanger was|zwanger geweest|vorige zwangerschap"
                  r"|eerdere zwangerschap|toen ik zwanger|na mijn zwangerschap|na de zwangerschap")
# Given birth in the last six weeks (kraamtijd): the verloskundige is the first contact.
_POSTPARTUM = (
    r"(?:net|pas|kort geleden|onlangs|vorige week|vorige maand|gisteren|eergisteren"
    r"|(?:een paar|paar|enkele|\d{1,2}|een|twee|drie|vier|vijf|zes) (?:dagen|dag|weken|week) geleden)"
    r" (?:\w+ ){0,2}(?:bevallen|bevalling)"
    r"|(?:ben|is) (?:net |pas |kort geleden |onlangs )?bevallen|kraamtijd|kraambed|kraamweek"
    r"|net een baby(?:tje)? gekregen|pas een baby(?:tje)? gekregen|net moeder geworden"
    r"|bevallen van"
)
_POSTPARTUM_LONG_AGO = r"(?:jaar|jaren|maanden) geleden (?:\w+ ){0,2}bevallen"

_NOT_NIET = r"(?:(?!niet\b|geen\b)\w+ )"  # a word that is not a negation
_SLEEP_BAD = (
    rf"slaap {_NOT_NIET}{{0,3}}slecht|slapen {_NOT_NIET}{{0,2}}slecht|slecht (?:slapen|geslapen)"
    r"|slaap niet (?:goed|lekker|meer|door)|kan (?:niet|nauwelijks) (?:meer )?slapen"
    rf"|wakker van|wakker door|(?:word|wordt|werd) {_NOT_NIET}{{0,3}}wakker"
    rf"|(?:houdt|houden|maakt|maken) (?:me|mij) (?:\w+ )?wakker|lig {_NOT_NIET}{{0,2}}wakker"
    r"|wekt me|gewekt|niet doorslapen|uit (?:mijn|mn) slaap|slapeloze?"
    r"|slaap (?:is )?(?:verstoord|onderbroken)|verstoorde slaap|slechte nachtrust"
    r"|nachtrust (?:is )?(?:verstoord|slecht|weg)"
)
_SLEEP_FINE = (r"slaap (?:er )?(?:gewoon |prima |heel |wel )?(?:goed|prima|door)|niet wakker"
               r"|geen last van (?:mijn )?slaap")
# "For some time" (safety rules §3): one night woken by a cramp is not enough.
_SLEEP_ONCE = (r"vannacht|gisteren|gisternacht|vorige nacht|afgelopen nacht|een keer"
               r"|1 keer|een nacht|1 nacht|eenmalig|voor het eerst")
_SLEEP_FOR_SOME_TIME = (rf"{SLOW}|elke|iedere|vaak|steeds|telkens|regelmatig|weer eens"
                        r"|bijna elke|de laatste tijd|nachten|al een tijd")

_MEDICINE = (
    r"plaspil|plaspillen|plastablet\w*|diureticum|diuretica|statine|statines"
    r"|cholesterolverlager\w*|cholesterol ?pil\w*|bloeddruk ?pil\w*|bloeddruk ?middel\w*"
    r"|bloeddrukverlager\w*|bloeddruk ?medicijn\w*|medicijn|medicijnen|medicatie|medicament\w*"
    r"|tabletten|pillen|pilletjes|simvastatine|atorvastatine|rosuvastatine|furosemide"
    r"|hydrochloorthiazide|chloortalidon|salbutamol|inhalator|puffer|de pil|prednison"
    r"|lithium|bètablokker\w*|betablokker\w*"
)
_MEDICINE_START = (r"sinds|begonnen|gestart|beginnen|nieuwe?|voorgeschreven|gekregen|andere?"
                   r"|veranderd|verhoogd|omgezet|overgestapt")
_MEDICINE_NO = (r"geen (?:nieuwe |andere )?(?:medicijnen|medicatie|pillen|plaspil\w*|medicijn)"
                r"|(?:slik|gebruik) (?:niks|niets|geen)")
_SUPPLEMENT = (r"magnesium|vitamine\w*|vitamines|supplement\w*|foliumzuur|ijzer\w*|visolie"
               r"|multivitamine\w*|zwangerschapsvitamine\w*|calcium|kalium")

_WEAK_OR_NUMB = (
    rf"{TINGLING}|{NUMB}|{WASTING}|spierzwakte|krachtverlies"
    rf"|(?:{LEG}|{MUSCLE})(?: \w+){{0,3}} (?:{WEAK})"
    rf"|(?:{WEAK}) (?:\w+ ){{0,2}}(?:{LEG}|{MUSCLE})"
)
_WEAK_OR_NUMB_NO = (r"geen (?:tintelingen|doof gevoel|krachtverlies|spierzwakte)"
                    r"|niet (?:zwak|gevoelloos|doof)")

_WALK = r"lopen|loop|wandel\w*|lopend|loopt"
_WALK_STOP = (r"stilsta\w*|stil sta\w*|stilstaan|sta stil|stop|stoppen|blijven staan|even staan"
              r"|even rusten|uitrusten|rust neem")
_CLAUDICATION = r"na (?:\d+|een paar|paar|\w*honderd) meter|etalagebenen"

# The slots the triage form asks, in order (see actions.triage_form for when each applies).
SPOEDSIGNALEN = "spoedsignalen"
VOOR_WIE = "voor_wie"
KLACHTEN_PLOTSELING = "klachten_plotseling"
PIJN_OVERDAG_OF_MANK = "pijn_overdag_of_mank"
BEVESTIG_OPNIEUW = "bevestig_opnieuw"
TRIAGE_SLOTS = (
    SPOEDSIGNALEN,
    VOOR_WIE,
    "been_dik_rood_warm",
    "frequentie",
    "slaap_verstoord",
    "spierzwakte_of_gevoelloos",
    KLACHTEN_PLOTSELING,
    "pijn_bij_lopen",
    PIJN_OVERDAG_OF_MANK,
    "nieuwe_medicijnen",
    "zwanger",
)
# Facts about the person that come with voor_wie and are cleared with it.
PERSON_SLOTS = ("wie", "geslacht", "leeftijd")
EXTRA_SLOTS = ("kraamtijd",)


def extract_known_facts(text: Optional[str]) -> dict[str, Any]:
    """Triage facts that `text` states clearly, to fill slots as they arrive. Never guesses."""
    parts = clauses(text)
    if not parts:
        return {}
    postpartum = _postpartum(parts)
    found = {
        "frequentie": _frequency(text, strict=True),
        "zwanger": False if postpartum else _yes_no_fact(parts, _PREGNANT_YES, _PREGNANT_NO,
                                                          unclear=_PREGNANT_PAST),
        "kraamtijd": True if postpartum else None,
        "slaap_verstoord": _sleep_disturbed(parts),
        "spierzwakte_of_gevoelloos": _yes_no_fact(parts, _WEAK_OR_NUMB, _WEAK_OR_NUMB_NO),
        "nieuwe_medicijnen": _new_medicine(parts),
        "pijn_bij_lopen": True if _pain_when_walking(parts) else None,
        "been_dik_rood_warm": True if describes_swollen_red_warm_leg(text) else None,
    }
    if found["spierzwakte_of_gevoelloos"]:
        found[KLACHTEN_PLOTSELING] = _sudden_or_slow(parts)
    person = detect_person(text)
    if person is not None:
        found.update(person_slots(person))
    return {slot: value for slot, value in found.items() if value is not None}


def person_slots(person) -> dict[str, Any]:
    return {VOOR_WIE: person.voor_wie, "wie": person.wie, "geslacht": person.geslacht,
            "leeftijd": person.leeftijd}


def _yes_no_fact(
    parts: list[str], yes: str, no: str, unclear: Optional[str] = None
) -> Optional[bool]:
    said_no = any(compile_words(no).search(clause) for clause in parts)
    if unclear and any(compile_words(unclear).search(clause) for clause in parts):
        return False if said_no else None
    said_yes = mentions(yes, parts)
    if said_yes == said_no:
        return None
    return said_yes


def _postpartum(parts: list[str]) -> bool:
    if any(compile_words(_POSTPARTUM_LONG_AGO).search(c) for c in parts):
        return False
    return mentions(_POSTPARTUM, parts)


def _sleep_disturbed(parts: list[str]) -> Optional[bool]:
    """True only for sleep disturbed for some time ("word elke nacht wakker"), not for
    one night ("ik werd vannacht wakker van kramp")."""
    value = _yes_no_fact(parts, _SLEEP_BAD, _SLEEP_FINE)
    if value is not True:
        return value
    once = mentions(_SLEEP_ONCE, parts)
    return True if mentions(_SLEEP_FOR_SOME_TIME, parts) or not once else None


def _sudden_or_slow(parts: list[str]) -> Optional[bool]:
    if mentions(SUDDEN, parts):
        return True
    if mentions(SLOW, parts):
        return False
    return None


def _new_medicine(parts: list[str]) -> Optional[bool]:
    """True for "sinds ik een plaspil slik", "nieuwe medicijnen"; False for "geen
    medicijnen" or "alleen foliumzuur en vitamines" (supplements are not medicines)."""
    if any(compile_words(_MEDICINE_NO).search(clause) for clause in parts):
        return False
    medicine, start, supplement = (compile_words(p) for p in (_MEDICINE, _MEDICINE_START, _SUPPLEMENT))
    for index, clause in enumerate(parts):
        if not mentions(medicine, [clause]) or supplement.search(clause):
            continue
        # The start cue may sit in the clause before: "sinds kort, een plaspil".
        nearby = " ".join(parts[max(0, index - 1): index + 1])
        if start.search(nearby):
            return True
    return None


def only_supplements(text: Optional[str]) -> bool:
    """"alleen foliumzuur en vitamines": supplements, and no medicine named."""
    norm = normalize(text)
    if not compile_words(_SUPPLEMENT).search(norm):
        return False
    without = compile_words(_SUPPLEMENT).sub(" ", norm)
    return not compile_words(_MEDICINE).search(without)


def _pain_when_walking(parts: list[str]) -> bool:
    """Calf pain when walking that stops when standing still (claudication)."""
    if mentions(_CLAUDICATION, parts):
        return True
    whole = " ".join(parts)
    walks_and_stops = all(compile_words(p).search(whole) for p in (_WALK, _WALK_STOP))
    return walks_and_stops and mentions(rf"{PAIN}|{CRAMP}", parts)


# --------------------------------------------------------------------------- form answers

@dataclass
class FormReply:
    answer: dict[str, Any] = field(default_factory=dict)  # the answer to the question asked
    facts: dict[str, Any] = field(default_factory=dict)   # other facts said on the way

    def answered(self, requested_slot: Optional[str]) -> bool:
        return requested_slot in self.answer


_PREGNANCY_ANSWERS = {"zwanger": {"zwanger": True, "kraamtijd": False},
                      "bevallen": {"zwanger": False, "kraamtijd": True},
                      "kraamtijd": {"zwanger": False, "kraamtijd": True}}


def parse_answer(slot: str, text: str) -> dict[str, Any]:
    """The value(s) that `text` gives as a direct answer to the question for `slot`;
    empty when the answer is unclear."""
    if slot == "frequentie":
        value = parse_frequency(text)
        return {} if value is None else {slot: value}
    if slot == VOOR_WIE:
        person = parse_person_answer(text)
        return {} if person is None else person_slots(person)
    if slot == "zwanger":
        return _pregnancy_answer(text)
    if slot == KLACHTEN_PLOTSELING:
        parts = clauses(text)
        sudden = _sudden_or_slow(parts)
        if sudden is None:
            sudden = parse_yes_no(text)
        return {} if sudden is None else {slot: sudden}
    if slot == "nieuwe_medicijnen" and only_supplements(text) and parse_yes_no(text) is not True:
        return {slot: False}
    value = parse_yes_no(text)
    return {} if value is None else {slot: value}


def _pregnancy_answer(text: str) -> dict[str, Any]:
    norm = normalize(text)
    if norm in _PREGNANCY_ANSWERS:
        return dict(_PREGNANCY_ANSWERS[norm])
    if _postpartum(clauses(text)):
        return {"zwanger": False, "kraamtijd": True}
    value = parse_yes_no(text)
    if value is None:
        return {}
    return {"zwanger": value, "kraamtijd": False} if value is False else {"zwanger": True}


def interpret_reply(text: str, requested_slot: Optional[str]) -> FormReply:
    """The direct answer to the question for `requested_slot` (with what belongs to it,
    such as who "mijn dochter van 6" is), and the other facts `text` states."""
    reply = FormReply()
    if requested_slot is not None:
        reply.answer = parse_answer(requested_slot, text)
    reply.facts = {slot: value for slot, value in extract_known_facts(text).items()
                   if slot not in reply.answer}
    return reply


def raises(slot: str, old: Any, new: Any) -> bool:
    """Whether `new` is a more worrying value than `old` for this slot."""
    if new is None or new == old:
        return False
    if old is None:
        return True
    if slot == "frequentie":
        return FREQUENCY_ORDER.get(new, -1) > FREQUENCY_ORDER.get(old, -1)
    return old is False and new is True
