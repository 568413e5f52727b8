"""Free-text Dutch answers: yes/no, how often, pregnancy, sudden or slow, yes to an offer.

Plain Python (no Rasa). The Reading of a message (krampbot.reading) holds each of these
as a candidate answer; krampbot.reading.context picks the one for the question asked.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Optional

from krampbot.names import BIJNA_ELKE_NACHT, FREQUENTIE_VALUES, WEKELIJKS, ZELDEN
from krampbot.reading.concepts import (
    CANNOT_MOVE,
    CRAMP,
    NUMB,
    PARALYSIS,
    RECENT,
    SLOW,
    SUDDEN,
    TINGLING,
    WEAK,
)
from krampbot.text.dutch import clauses, compile_words, normalize

FREQ_RARE = ZELDEN
FREQ_WEEKLY = WEKELIJKS
FREQ_NIGHTLY = BIJNA_ELKE_NACHT
FREQUENCIES = FREQUENTIE_VALUES
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
    # "Slaap je slecht door de kramp?" "Zelden."
    r"|^(?:heel |maar )?zelden$|^haast nooit$"
    r"|(?:heb|had|ben|was|doe|word|slik|gebruik) ik (?:niet|geen)"
)
_NO_WORDS = {
    "nee",
    "neen",
    "neej",
    "nope",
    "nah",
    "no",
    "nein",
    "nooit",
    "niet",
    "geen",
    "neuh",
    "nop",
}
_YES_PHRASES = compile_words(
    r"ja hoor|dat klopt|klopt helemaal|zeker weten|dat heb ik|heb ik|denk het wel"
    r"|denk van wel|een beetje|best wel|soms wel|af en toe|wel eens|weleens|een klein beetje"
    r"|heel soms|ja zeker"
)
_YES_WORDS = {
    "ja",
    "jaa",
    "jaaa",
    "jawel",
    "jazeker",
    "jaja",
    "klopt",
    "zeker",
    "inderdaad",
    "yes",
    "jep",
    "jup",
    "yep",
    "yup",
    "ye",
    "jes",
    "correct",
    "absoluut",
    "precies",
    "wel",
    "soms",
    "beetje",
    "idd",
    "jah",
}
_LEADING_YES = {
    "ja",
    "jaa",
    "jaaa",
    "jawel",
    "jazeker",
    "jaja",
    "yes",
    "jep",
    "jup",
    "yep",
    "yup",
    "jah",
}
_LEADING_NO = {"nee", "neen", "neej", "nope", "nah", "no", "nein", "neuh", "nop"}


_UNSURE_OR_OTHER = compile_words(
    r"iets anders|anders|weet (?:ik |het )?niet|geen idee|twijfel\w*|onbekend|geen van"
)


def is_unsure(text: Optional[str]) -> bool:
    """ "weet ik niet", "iets anders", "geen idee": an honest unsure answer."""
    norm = normalize(text)
    return bool(norm) and bool(_UNSURE.search(norm) or _UNSURE_OR_OTHER.search(norm))


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
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    # "een paar", "enkele" ...: count as three (the upper end, safest).
    "een paar": 3,
    "paar": 3,
    "enkele": 3,
    "meerdere": 3,
    "verschillende": 3,
    "een aantal": 3,
    "aantal": 3,
    "diverse": 3,
    "meer": 2,
}
_NUM = (
    r"(?:\d+|een paar|een aantal|paar|enkele|meerdere|verschillende|aantal|diverse"
    r"|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
)
_RANGE = rf"{_NUM}(?: (?:a |tot |of )?{_NUM})?"
_UNIT = r"(?:nacht|nachten|dag|dagen|avond|avonden|etmaal|week|weken|maand|maanden|jaar|jaren)"
_CONNECT = (
    r"(?:per|in de|in een|op een|op de|elke|iedere|a|de|een|in het|deze|dit|afgelopen|vorige)"
)

_COUNT_PER_PERIOD = re.compile(
    rf"\b(?P<count>{_RANGE}) ?(?:x|keer|keren|maal)\b ?{_CONNECT}"
    rf" (?:(?P<every>{_NUM}) )?(?P<unit>{_UNIT})\b"
)
# "tweemaal" -> "twee maal", "eens per maand" -> "een keer per maand".
_SPELLED_COUNTS = (
    (re.compile(r"\b(twee|drie|vier|vijf|zes)maal\b"), r"\1 maal"),
    (re.compile(r"\beens (?=per|in|op)"), "een keer "),
)
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
    "nacht": 7.0,
    "nachten": 7.0,
    "dag": 7.0,
    "dagen": 7.0,
    "avond": 7.0,
    "avonden": 7.0,
    "etmaal": 7.0,
    "week": 1.0,
    "weken": 1.0,
    "maand": 12 / 52,
    "maanden": 12 / 52,
    "jaar": 1 / 52,
    "jaren": 1 / 52,
}
_NIGHTLY_FROM = 5.0  # 5+ times a week counts as "bijna elke nacht"
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
    """ "zelden" / "wekelijks" / "bijna_elke_nacht", or None when not stated or vague.

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


def _is_negated_match(clause: str, match: re.Match[str]) -> bool:
    words_before = clause[: match.start()].split()
    return bool(words_before) and words_before[-1] in {"niet", "geen", "nooit"}


def _rate_count_per_period(match: re.Match[str]) -> float:
    per_unit = _PERIODS_PER_WEEK[match["unit"]] / _number(match["every"], default=1)
    return _number(match["count"]) * per_unit


def _rate_every_n_periods(match: re.Match[str]) -> float:
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
    values = [
        _NUMBER_WORDS.get(m) if not m.isdigit() else int(m) for m in re.findall(rf"{_NUM}", text)
    ]
    numbers = [float(v) for v in values if v]
    return max(numbers) if numbers else default


# --------------------------------------------------------------------------- time of day

# Parts of a day as people say them: "avonduren", "na het avondeten", "zondagavond".
_EVENING = compile_words(
    r"s avonds|savonds|avond\w*|\w+avond|voor het slapen\w*|bij het slapengaan|na het eten"
)
_NIGHT = compile_words(
    r"s nachts|snachts|nacht(?!rust)\w*|\w+nacht|in bed|in mijn slaap|in (?:mn|mijn) bed"
    r"|(?<!nooit )(?<!niet )wakker"
)
_DAY = compile_words(
    r"overdag|s middags|smiddags|s ochtends|sochtends|s morgens|smorgens|middag\w*|\w+middag"
    r"|ochtend\w*|\w+ochtend|op de dag|(?:bij|tijdens|na) het (?:sporten|wandelen|fietsen|lopen|hardlopen|werk)"
    r"|(?:op|onder) (?:het|mijn|mn) werk|achter (?:mijn|mn|de) (?:bureau|computer)|bij het ontbijt|tijdens het ontbijt"
)


def time_of_day(text: Optional[str]) -> Optional[str]:
    """When the cramps come, as said: "avond", "nacht", "dag" (the first one named), or None.
    Evening is not night: the summary says what the person said."""
    norm = normalize(text)
    found = [
        (m.start(), name)
        for name, pattern in (("avond", _EVENING), ("nacht", _NIGHT), ("dag", _DAY))
        for m in [pattern.search(norm)]
        if m
    ]
    return min(found)[1] if found else None


# --------------------------------------------------------------------------- other answers

_PREGNANCY_BUTTONS = {
    "zwanger": {"zwanger": True, "kraamtijd": False},
    "bevallen": {"zwanger": False, "kraamtijd": True},
    "kraamtijd": {"zwanger": False, "kraamtijd": True},
}
_POSTPARTUM_ANSWER = compile_words(
    r"bevallen|bevalling|kraamtijd|kraambed|net een baby\w*|pas een baby\w*|keizersnee|keizersnede"
)
_LONG_AGO = compile_words(r"(?:jaar|jaren|maanden) geleden|lang geleden")
_MAN = compile_words(r"ik ben (?:een )?man|man|vent|jongen|mannelijk|ben een kerel")
_TOO_OLD = compile_words(r"overgang|te oud|op mijn leeftijd|menopauze|ben \d{2} jaar|oma")


def parse_pregnancy_answer(text: Optional[str]) -> Dict[str, Any]:
    """Answer to "Ben je zwanger, of ben je in de afgelopen 6 weken bevallen?"."""
    norm = normalize(text)
    if norm in _PREGNANCY_BUTTONS:
        return dict(_PREGNANCY_BUTTONS[norm])
    if (
        _POSTPARTUM_ANSWER.search(norm)
        and not _LONG_AGO.search(norm)
        and not norm.startswith("nee")
    ):
        return {"zwanger": False, "kraamtijd": True}
    value = parse_yes_no(text)
    if value is None and (_MAN.search(norm) or _TOO_OLD.search(norm)):
        value = False
    if value is None:
        return {}
    return {"zwanger": value, "kraamtijd": False} if value is False else {"zwanger": True}


_TODAY = compile_words(rf"{RECENT}|ineens vandaag|vandaag ineens|sinds een uur|paar uur")
_NOT_TODAY = compile_words(
    r"(?:dagen|weken|maanden|jaren|jaar|week|maand) geleden|al (?:dagen|weken|maanden|jaren|een tijd|langer)"
    r"|vorige (?:week|maand)|eergisteren|gisteren|gisteravond|gisternacht|gister|langzaam|geleidelijk|nee"
    r"|niet ineens|al langer|langer geleden|is (?:\w+ )?weg|is (?:\w+ )?over|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    # "het dove gevoel is oud", "dat heb ik al negen jaar, precies hetzelfde"
    r"|is oud|zijn oud|al \w+ jaar|precies hetzelfde|zoals altijd|als altijd|(?:door|van) het zitten"
)
# The question asks when the weakness or numbness began; an answer about the cramp's
# onset ("de kramp kwam ineens maar was na rekken weg") does not answer it.
_WEAK_OR_NUMB = compile_words(rf"{WEAK}|{NUMB}|{TINGLING}|{PARALYSIS}|{CANNOT_MOVE}")


def parse_sudden_answer(text: Optional[str]) -> Optional[bool]:
    """Answer to "Kwam dit vandaag ineens, in de laatste uren?" (safety rules v3: "ineens"
    means started in the last hours or today). True = today, suddenly."""
    norm = normalize(text)
    if norm in ("ineens", "vandaag", "ja ineens"):
        return True
    if norm in ("langzaam", "al langer", "nee"):
        return False
    if _NOT_TODAY.search(norm) and not compile_words(
        r"vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|sinds een uur|net|zojuist|uur geleden"
    ).search(norm):
        return False
    if compile_words(SUDDEN).search(norm) or _TODAY.search(norm):
        if compile_words(CRAMP).search(norm) and not _WEAK_OR_NUMB.search(norm):
            return None
        return not _NOT_TODAY.search(norm) or bool(_TODAY.search(norm))
    if compile_words(SLOW).search(norm):
        return False
    return parse_yes_no(text)


_SHOW = r"laat (?:maar |eens |dan |me |mij |het |hem |die )*zien|toon|weergeven|bekijken"
_YES_TO_OFFER = compile_words(
    rf"^(?:ja|jaa|jawel|graag|ja graag|goed|prima|oke|ok|okay|is goed|doe maar|top|zeker"
    rf"|yes|jep|ja hoor|ja please|ja doe maar|toon|ga je gang|leuk|ja hoor|natuurlijk|zeker weten)"
    rf"|{_SHOW}|graag"
)
_NO_TO_OFFER = compile_words(
    r"^(?:nee|neen|nope|nah|no|liever niet|hoeft niet|niet nodig|laat maar|nu niet"
    r"|nee dank je|nee bedankt|geen behoefte|dank je wel maar)|laat maar(?! \w*\s*zien)"
    r"|hoeft niet|niet nodig|liever niet"
)
SHOW = compile_words(_SHOW)


def parse_offer_answer(text: Optional[str]) -> Optional[bool]:
    """Yes or no to the offer just made ("Wil je een samenvatting?"), or None.
    "ja, laat maar zien" is yes; "laat maar" and "nee dank je" are no."""
    norm = normalize(text)
    if not norm or (text or "").lstrip().startswith("/"):
        return None
    said_no = bool(_NO_TO_OFFER.search(norm))
    said_yes = bool(_YES_TO_OFFER.search(norm))
    if norm.startswith(("ja", "graag", "yes")) or (said_yes and SHOW.search(norm)):
        return True
    if said_no == said_yes:
        return None
    return said_yes
