"""Facts a message states on the way, for the follow-up questions: how often, pregnancy
or kraamtijd (and the week), sleep, weakness or numbness (and which, and where), a new
medicine (and which), calf pain when walking. Each fact keeps where it came from as short
codes (`details`): the time of day said ("avond" is not "nacht"), the body site ("handen"
are not legs), the medicine or supplement named, so the summary states what was said.

Plain Python. Never guesses: a fact is set only when the message states it clearly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from krampbot import names as N
from krampbot.reading import concepts as C
from krampbot.reading.answers import _frequency, time_of_day
from krampbot.text.dutch import (
    clauses,
    compile_words,
    mentions,
    negated_after,
    negated_before,
    normalize,
)

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
_PREGNANT_PAST = (
    r"was zwanger|zwanger was|zwanger geweest|vorige zwangerschap"
    r"|eerdere zwangerschap|toen ik zwanger|na mijn zwangerschap|na de zwangerschap"
)
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
_SLEEP_FINE = (
    r"slaap (?:er )?(?:gewoon |prima |heel |wel )?(?:goed|prima|door|doorheen)|niet wakker"
    r"|geen last van (?:mijn )?slaap|(?:nooit|zelden|amper|nauwelijks) (?:\w+ ){0,2}wakker"
    r"|nachtrust (?:is )?(?:\w+ )?(?:prima|goed|normaal)|slaap (?:\w+ ){0,2}(?:als een roos|prima|goed)"
    r"|wakker (?:\w+ ){0,2}(?:nooit|niet)"
)
# "For some time" (safety rules §3): one night woken by a cramp is not enough.
_SLEEP_ONCE = (
    r"vannacht|gisteren|gisternacht|vorige nacht|afgelopen nacht|een keer"
    r"|1 keer|een nacht|1 nacht|eenmalig|voor het eerst"
)
_SLEEP_FOR_SOME_TIME = (
    rf"{C.SLOW}|elke|iedere|vaak|steeds|telkens|regelmatig|weer eens"
    r"|bijna elke|de laatste tijd|nachten|al een tijd"
)

_MEDICINE = (
    r"plaspil|plaspillen|plastablet\w*|diureticum|diuretica|statine|statines"
    r"|cholesterolverlager\w*|cholesterol ?pil\w*|bloeddruk ?pil\w*|bloeddruk ?middel\w*"
    r"|bloeddrukverlager\w*|bloeddruk ?medicijn\w*|medicijn|medicijnen|medicatie|medicament\w*"
    r"|tabletten|pillen|pilletjes|simvastatine|atorvastatine|rosuvastatine|furosemide"
    r"|hydrochloorthiazide|chloortalidon|salbutamol|inhalator|puffer|de pil|prednison"
    r"|lithium|bètablokker\w*|betablokker\w*|astmapuffer\w*|kinine\w*|nieuwe pil\w*|bloedverdunner\w*"
)
_MEDICINE_START = (
    r"sinds|begonnen|gestart|beginnen|nieuwe?|voorgeschreven|gekregen|andere?"
    r"|veranderd|verhoogd|omgezet|overgestapt"
)
_MEDICINE_NO = (
    r"geen (?:nieuwe |andere )?(?:medicijnen|medicatie|pillen|plaspil\w*|medicijn)"
    r"|(?:slik|gebruik|neem) (?:\w+ )?(?:niks|niets|geen)|(?:niks|niets) (?:\w+ )?nieuws?"
    r"|(?:al jaren|altijd al|al lang) (?:\w+ ){0,2}(?:dezelfde|zelfde)|dezelfde (?:medicijnen|medicatie|pillen|tabletten)"
    r"|niets veranderd|niks veranderd|nergens mee (?:begonnen|gestart)"
)
# A negation right after a word ("mijn benen tintelen nooit", "tintelt het niet"), for
# the facts of the questions only (warning signs keep their own, stricter reading).
_NEGATORS_AFTER = {"niet", "nooit", "geen", "niks", "niets", "nergens"}
_BETWEEN_WORD_AND_NEGATOR = {
    "ik",
    "ze",
    "het",
    "t",
    "er",
    "hij",
    "zij",
    "je",
    "ook",
    "echt",
    "eigenlijk",
    "gelukkig",
}
_NEGATION_IN_CLAUSE = compile_words(r"niet|nooit|geen|niks|niets|nergens")
_SUPPLEMENT = (
    r"magnesium\w*|vitamine\w*|vitamines|supplement\w*|foliumzuur|ijzer\w*|visolie"
    r"|multivitamine\w*|zwangerschapsvitamine\w*|calcium|kalium"
)

_WASTING = (
    r"spieren (?:worden|zijn) (?:\w+ )?dunner|dunnere spieren|spieren slinken|spieren worden minder"
    r"|(?:kuiten|benen|dijen|bovenbenen|spieren|been|kuit) (?:\w+ ){0,4}dunner|moeite met opstaan"
)
_WEAK_OR_NUMB = (
    rf"{C.TINGLING}|{C.NUMB}|{_WASTING}|spierzwakte|krachtverlies|zwakke spieren|slappe spieren"
    rf"|(?:{C.LEG}|{C.MUSCLE})(?: \w+){{0,3}} (?:{C.WEAK})"
    rf"|(?:{C.WEAK}) (?:\w+ ){{0,2}}(?:{C.LEG}|{C.MUSCLE})"
)
_WEAK_OR_NUMB_NO = (
    r"geen (?:tintelingen|doof gevoel|krachtverlies|spierzwakte)"
    r"|niet (?:zwak|gevoelloos|doof)"
)

_WALK = r"lopen|loop|wandel\w*|lopend|loopt"
_WALK_STOP = (
    r"stilsta\w*|stil sta\w*|stilstaan|sta stil|stop|stoppen|blijven staan|even staan"
    r"|even rusten|uitrusten|rust neem"
)
_CLAUDICATION = r"na (?:\d+|een paar|paar|\w*honderd) meter|etalagebenen"


_HANDS_OR_ARMS = compile_words(
    r"hand|handen|vinger|vingers|arm|armen|pols|polsen|lippen|mond|gezicht"
)
_LEGS_OR_MUSCLES = compile_words(rf"{C.LEG}|{C.MUSCLE}|benen|been")
_KINDS = (
    ("tintelingen", compile_words(C.TINGLING)),
    ("doof gevoel", compile_words(C.NUMB)),
    ("zwakte", compile_words(rf"{C.WEAK}|spierzwakte|krachtverlies|{_WASTING}")),
)
_WEEKS = re.compile(
    r"\b(?P<weeks>\d{1,2}) ?(?:weken|wk|w)\b(?! geleden)|\b(?P<week>\d{1,2})e week\b"
    r"|\b(?P<months>[1-9]) maand(?:en)? (?:zwanger|ver)\b"
)


@dataclass
class Facts:
    values: Dict[str, Any] = field(default_factory=dict)
    details: Dict[str, Dict[str, Any]] = field(default_factory=dict)


def read_facts(text: Optional[str]) -> Facts:
    """The triage facts `text` states clearly, with where each came from."""
    parts = clauses(text)
    facts = Facts()
    if not parts:
        return facts
    postpartum = _postpartum(parts)
    found: Dict[str, Any] = {
        N.FREQUENTIE: _frequency(text, strict=True),
        N.ZWANGER: False
        if postpartum
        else _yes_no_fact(parts, _PREGNANT_YES, _PREGNANT_NO, unclear=_PREGNANT_PAST),
        N.KRAAMTIJD: True if postpartum else None,
        N.SLAAP_VERSTOORD: _sleep_disturbed(parts),
        N.NIEUWE_MEDICIJNEN: _new_medicine(parts),
        N.PIJN_BIJ_LOPEN: True if _pain_when_walking(parts) else None,
    }
    weak = weakness_or_numbness(parts)
    if weak is not None:
        found[N.SPIERZWAKTE_OF_GEVOELLOOS] = weak.value
        facts.details[N.SPIERZWAKTE_OF_GEVOELLOOS] = weak.detail
        if weak.value:
            found[N.KLACHTEN_PLOTSELING] = _sudden_today_or_slow(parts)
    when = time_of_day(text)
    if when and (
        found[N.FREQUENTIE] or compile_words(rf"{C.CRAMP}|{C.LEG}|pijn").search(normalize(text))
    ):
        facts.details[N.FREQUENTIE] = {"tijd": when}
    medicine = _medicine_named(text)
    if medicine:
        facts.details[N.NIEUWE_MEDICIJNEN] = medicine
    if found[N.ZWANGER]:
        weeks = pregnancy_weeks(text)
        if weeks:
            found[N.ZWANGERSCHAPSWEKEN] = weeks
    facts.values = {slot: value for slot, value in found.items() if value is not None}
    return facts


@dataclass
class WeakOrNumb:
    value: bool
    detail: Dict[str, Any]


def _affirmed(pattern: re.Pattern[str], clause: str) -> bool:
    """Said, not denied: no negation just before (as `mentions` reads it) nor just after
    ("mijn benen tintelen nooit")."""
    for match in pattern.finditer(clause):
        before = clause[: match.start()].split()
        after = clause[match.end() :].split()
        right_after = after[:2]
        denied_right_after = bool(right_after) and (
            right_after[0] in _NEGATORS_AFTER
            or (
                len(right_after) == 2
                and right_after[0] in _BETWEEN_WORD_AND_NEGATOR
                and right_after[1] in _NEGATORS_AFTER
            )
        )
        if not (denied_right_after or negated_before(before) or negated_after(after)):
            return True
    return False


def weakness_or_numbness(parts: List[str]) -> Optional[WeakOrNumb]:
    """Weakness, tingling or numbness in the legs (the form's question), with which and
    where. "tintelingen in mijn handen, maar niet in mijn benen": not the legs; "mijn
    benen tintelen nooit" and "niet zwakker geworden": denied."""
    said_no = any(compile_words(_WEAK_OR_NUMB_NO).search(c) for c in parts)
    kinds: List[str] = []
    sites: List[str] = []
    legs_denied = False
    for clause in parts:
        if not compile_words(_WEAK_OR_NUMB).search(clause):
            if compile_words(
                r"niet in (?:mijn |mn |de |zijn |haar )?(?:benen|been|voeten|kuiten)"
            ).search(clause):
                legs_denied = True
            continue
        hands = bool(_HANDS_OR_ARMS.search(clause))
        legs = bool(_LEGS_OR_MUSCLES.search(clause))
        said = [name for name, pattern in _KINDS if _affirmed(pattern, clause)]
        if not said:
            if legs or not hands:
                legs_denied = True
            continue
        if hands and not legs:
            sites.append("handen of armen")
            continue
        kinds += [name for name in said if name not in kinds]
        sites.append("benen" if legs else "")
    if kinds and not legs_denied:
        return WeakOrNumb(True, {"soort": kinds, "plek": "benen"})
    if sites and "handen of armen" in sites:
        return (
            WeakOrNumb(False, {"plek": "handen of armen", "niet": "benen"})
            if legs_denied or said_no
            else None
        )
    if said_no:
        return WeakOrNumb(False, {})
    return None


_TODAY_WORDS = compile_words(C.RECENT)


def _sudden_today_or_slow(parts: List[str]) -> Optional[bool]:
    """Safety rules v3: "ineens" means started in the last hours or today."""
    if mentions(C.SUDDEN, parts):
        if mentions(C.DAYS_AGO, parts) or mentions(C.SLOW, parts):
            return mentions(C.RECENT, parts)
        return True
    if mentions(C.SLOW, parts) or mentions(C.DAYS_AGO, parts):
        return False
    return None


def pregnancy_weeks(text: Optional[str]) -> Optional[int]:
    match = _WEEKS.search(normalize(text))
    if not match:
        return None
    if match["months"]:
        return int(match["months"]) * 4 + 2
    weeks = int(match["weeks"] or match["week"])
    return weeks if 3 <= weeks <= 43 else None


_MEDICINE_NAMES = compile_words(_MEDICINE)
_SUPPLEMENT_NAMES = compile_words(_SUPPLEMENT)


# "helpt magnesium?", "mag ik kinine?": a medicine asked about is not one the person uses.
_ASKS_ABOUT = compile_words(
    r"^(?:helpt|helpen|werkt|werken|mag|mogen|kan|kun|kunnen|is|zijn|wat|hoe|waarom|welke|moet|zou"
    r"|heeft|geeft|geven|veroorzaakt|veroorzaken)"
)
_USES = compile_words(
    r"slik\w*|gebruik\w*|neem|neemt|nam|namen|gekregen|voorgeschreven|sinds|ik heb|ik krijg|krijg ik"
)


def _medicine_named(text: Optional[str]) -> Dict[str, Any]:
    """The medicine or supplement named, as said ("ijzertabletten", "een plaspil"), in
    a clause that does not only ask about it."""
    norm = " , ".join(
        clause
        for clause in clauses(text)
        if not (_ASKS_ABOUT.search(clause) or clause.rstrip().endswith("?")) or _USES.search(clause)
    )
    medicine = [
        m.group(0)
        for m in _MEDICINE_NAMES.finditer(norm)
        if m.group(0)
        not in ("medicijn", "medicijnen", "medicatie", "tabletten", "pillen", "pilletjes")
    ]
    supplements = [m.group(0) for m in _SUPPLEMENT_NAMES.finditer(norm)]
    detail: Dict[str, Any] = {}
    if medicine:
        detail["middel"] = medicine[0]
    if supplements:
        detail["supplement"] = supplements[0]
    return detail


def _yes_no_fact(
    parts: List[str], yes: str, no: str, unclear: Optional[str] = None
) -> Optional[bool]:
    said_no = any(compile_words(no).search(clause) for clause in parts)
    if unclear and any(compile_words(unclear).search(clause) for clause in parts):
        return False if said_no else None
    said_yes = mentions(yes, parts)
    if said_yes == said_no:
        return None
    return said_yes


def _postpartum(parts: List[str]) -> bool:
    if any(compile_words(_POSTPARTUM_LONG_AGO).search(c) for c in parts):
        return False
    return mentions(_POSTPARTUM, parts)


def _sleep_disturbed(parts: List[str]) -> Optional[bool]:
    """True only for sleep disturbed for some time ("word elke nacht wakker"), not for
    one night ("ik werd vannacht wakker van kramp")."""
    value = _yes_no_fact(parts, _SLEEP_BAD, _SLEEP_FINE)
    if value is not True:
        return value
    once = mentions(_SLEEP_ONCE, parts)
    return True if mentions(_SLEEP_FOR_SOME_TIME, parts) or not once else None


def _new_medicine(parts: List[str]) -> Optional[bool]:
    """True for "sinds ik een plaspil slik", "nieuwe medicijnen"; False for "geen
    medicijnen" or "alleen foliumzuur en vitamines" (supplements are not medicines)."""
    if any(compile_words(_MEDICINE_NO).search(clause) for clause in parts):
        return False
    medicine, start, supplement, cramp = (
        compile_words(p) for p in (_MEDICINE, _MEDICINE_START, _SUPPLEMENT, C.CRAMP)
    )
    denied = False
    for index, clause in enumerate(parts):
        if not medicine.search(clause) or supplement.search(clause):
            continue
        if not mentions(medicine, [clause]) or _NEGATION_IN_CLAUSE.search(clause):
            denied = True  # "ik ben niet met nieuwe medicatie gestart"
            continue
        # The start cue may sit in the clause before ("sinds kort, een plaspil"), unless
        # that clause is about the cramps ("sinds een maand heb ik kramp").
        before = parts[index - 1] if index and not cramp.search(parts[index - 1]) else ""
        if start.search(f"{before} {clause}"):
            return True
    return False if denied else None


def only_supplements(text: Optional[str]) -> bool:
    """ "alleen foliumzuur en vitamines": supplements, and no medicine named."""
    norm = normalize(text)
    if not compile_words(_SUPPLEMENT).search(norm):
        return False
    without = compile_words(_SUPPLEMENT).sub(" ", norm)
    return not compile_words(_MEDICINE).search(without)


def _pain_when_walking(parts: List[str]) -> bool:
    """Calf pain when walking that stops when standing still (claudication)."""
    if mentions(_CLAUDICATION, parts):
        return True
    whole = " ".join(parts)
    walks_and_stops = all(compile_words(p).search(whole) for p in (_WALK, _WALK_STOP))
    return walks_and_stops and mentions(rf"{C.PAIN}|{C.CRAMP}", parts)
