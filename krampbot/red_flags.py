"""Warning signs (red flags) in any Dutch message: safety rules §3.

Plain Python (no Rasa). Each rule reads the clauses of one message; a negated mention
("ik ben niet benauwd") never counts, a general "what if" question ("wat moet ik doen
als ...") is answered by the knowledge base instead, and a sign the person calls old
and unchanged ("al jaren kortademig door mijn COPD") is not a red flag by itself: it is
returned by `old_signs` so Krampbot can ask whether anything changed.

Reasons are short noun phrases ("benauwdheid of kortademigheid"): they read the same
whoever the message is about, in the advice ("Je noemde:") and in the summary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from krampbot.person import ADULT_FROM_AGE, detect_person
from krampbot.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, level_rank
from krampbot.dutch import clauses, mentions, mentions_any
from krampbot.lexicon import (
    CHILD,
    COLD,
    COLD_TRIGGERED,
    CRAMP,
    FEVER,
    HARMLESS_COLOUR,
    ICE_COLD,
    LEG,
    LIMPING,
    NUMB,
    PAIN,
    PALE_BLUE,
    PARALYSIS,
    RED,
    SEVERE,
    SUDDEN,
    SWOLLEN,
    WARM,
    WEAK,
    called_old_and_unchanged,
    describes_swollen_red_warm_leg,
    sign_said_of_leg,
)



@dataclass(frozen=True)
class RedFlag:
    level: str
    code: str
    reden: str  # noun phrase: "pijn of druk op de borst"


_LEG = LEG
_MY = r"(?:mijn |mn |zijn |zn |haar |de |het )?"

# Each pattern is matched per clause and must not be negated ("ik ben niet benauwd").
_BREATHLESS = [
    r"benauwd\w*|benouwd\w*|benauw|kortademig\w*|kort ademig|kort van adem|ademnood|adem nood",
    r"(?:geen|slecht|weinig|nauwelijks|moeilijk|amper|bijna geen) (?:lucht|adem)"
    r"|lucht tekort|luchttekort",
    r"(?:adem|ademen|ademhalen|ademhaling) (?:gaat |is )?(?:\w+ )?"
    r"(?:moeilijk|zwaar|slecht|lastig|moeizaam|piepend)",
    r"moeilijk (?:ademen|ademhalen)|naar (?:adem|lucht) (?:happen|hap)|hap naar (?:adem|lucht)"
    r"|stik|stikken",
]
_CHEST = [
    rf"pijn (?:op|in|aan|achter) {_MY}(?:borst|borstkas|borstbeen)|borstpijn",
    rf"druk (?:op|in|rond) {_MY}(?:borst|borstkas)|drukkend gevoel op {_MY}borst",
    rf"beklemmend\w*|beklemming|knellend gevoel|steek in {_MY}borst",
    rf"strak gevoel (?:op|om|rond) {_MY}borst",
]
_COUGH_BLOOD = [
    r"hoest\w* (?:ook |er |wat )?(?:bloed|bloederig)|bloed (?:op ?)?hoest\w*|bloed opgehoest",
    r"bloed bij (?:het )?hoesten|bloederig\w* (?:slijm|sputum|fluim)",
    rf"bloed in {_MY}(?:slijm|fluim|sputum)",
]
# Only about the leg itself: "ik voel de kramp niet meer" is good news.
_CANNOT_MOVE_LEG = [
    rf"kan {_MY}(?:{_LEG}) (?:\w+ )?(?:niet|nauwelijks) (?:meer )?(?:bewegen|optillen|gebruiken)",
    rf"(?:{_LEG}) (?:kan|wil) (?:ik )?(?:niet|nauwelijks) (?:meer )?(?:bewegen|optillen)",
]
_ATTRIBUTED_TO_CRAMP = re.compile(
    r"\b(?:van|door|tijdens|bij|met|na) (?:de |die |een |mijn |mn |zon |het )?kramp\w*\b"
)
_ONE_SIDE = [
    r"(?:een|1|de linker|de rechter|linker|rechter|hele linker|hele rechter) ?(?:kant|zijde)"
    rf" van {_MY}(?:lichaam|lijf|gezicht)",
    r"arm en been|been en arm",
]
_FACE_SPEECH = [
    r"scheve mond|scheef gezicht|mond (?:\w+ )?(?:hangt|staat|trekt) scheef|mond hangt"
    r"|mondhoek hangt|gezicht hangt",
    r"kan (?:\w+ )?(?:niet|nauwelijks|moeilijk|slecht) (?:meer )?(?:goed |duidelijk )?"
    r"(?:praten|spreken|uit (?:mijn|zijn|haar) woorden)",
    r"praat (?:\w+ )?(?:onduidelijk|raar|vreemd|dubbel|met dubbele tong|wartaal)|dubbele tong"
    r"|brabbel\w*|spraak (?:is |was )?(?:\w+ )?(?:raar|anders|onduidelijk|weg|slecht)",
    r"woorden (?:niet meer )?(?:kwijt|vinden)|kan (?:geen|de) woorden (?:niet )?vinden"
    r"|lalt|lallen",
]
_SEIZURE = [
    r"stuip|stuipen|toevallen|^toeval$|(?:een|had|heeft|kreeg|krijgt|krijg|epileptische) toeval",
    r"epileptische aanval|epilepsie aanval|insult|schuimbekt|schuimbekken",
    r"(?:schokt|schokte|schokken|trekkingen) (?:\w+ ){0,3}(?:hele )?"
    r"(?:lichaam|lijf|armen en benen)",
]
# "Stuiptrekkingen" or "convulsies" can be a seizure, but "stuiptrekkingen in mijn kuit"
# is how some people (and translated web pages) describe an ordinary cramp.
_TWITCHES = r"stuiptrekking\w*|convulsie\w*"
_WHOLE_BODY = r"lichaam|lijf|armen|arm|gezicht|bewusteloos|bewustzijn|epilep\w*"
_UNCONSCIOUS = [
    r"bewusteloos|bewusteloze|buiten bewustzijn|bewustzijn (?:verloren|kwijt|verliezen)"
    r"|flauw ?gevallen|flauwvallen|valt flauw|viel flauw|val (?:bijna )?flauw|flauwte"
    r"|weggeraakt|out gegaan",
    r"reageert (?:niet|nergens)|niet (?:meer )?aanspreekbaar|niet wakker te krijgen",
]
# "Mijn slaapritme is in de war" is not confusion.
_THING_IN_DISARRAY = re.compile(
    r"\b(?:slaap\w*|\w*ritme|maag|darm\w*|hormon\w*|schema|planning|cyclus)\b.*\bin de war\b"
)
_CONFUSED = [
    r"verward|verwardheid|in de war|warrig",
    r"weet niet (?:meer )?waar (?:hij|ze|ik|zij) is|herkent (?:me|mij|ons) niet"
    r"|raaskalt|raaskallen|praat wartaal|wartaal",
]
_WHOLE_BODY_CRAMP = [
    rf"kramp\w* (?:in|over) {_MY}(?:hele |heel )?(?:lichaam|lijf)",
    r"(?:hele|heel) (?:lichaam|lijf) (?:\w+ )?(?:kramp|verkrampt|krampt|in kramp|verkrampen)",
    r"overal kramp|kramp overal|alle spieren (?:\w+ )?(?:verkrampen|krampen|in kramp|verkrampt)",
    rf"lichaam (?:verkrampt|krampt)|kramp in {_MY}armen en benen",
]
_URINE = r"(?:urine|plas|pies|pipi)"
_DARK_URINE = (
    r"(?:donker\w*|bruin\w*|cola\w*|zwart\w*|roodbruin\w*|thee\w*) (?:kleurige |gekleurde )?"
    rf"{_URINE}|colakleurig\w* {_URINE}|plas als cola"
    rf"|{_URINE} (?:is |was |wordt |ziet )?(?:\w+ )?(?:heel |erg |zo )?"
    r"(?:donker|bruin|zwart|als cola|colakleurig)"
)
_COLA = r"cola|colakleurig\w*|cola kleurig\w*|als cola"
_VOMIT = (r"braak\w*|brak|overgeven|overgegeven|(?:geeft|gaf|geef) (?:\w+ )?over|spugen"
          r"|spuugt|spuug|gespuugd|kotsen|kotst|diarree|dunne ontlasting|buikloop|waterdunne")
_FLUIDS = r"(?:niks|niets|geen drinken|geen water|geen vocht|drinken|water|vocht)"
_CANNOT_KEEP_FLUIDS = [
    rf"{_FLUIDS} (?:meer )?(?:binnen ?(?:houden|houdt|houd|hou|gehouden)"
    r"|binnen (?:te houden|blijft|blijven))",
    r"(?:houdt|houd|hou|kan|kon|krijgt|krijg) (?:\w+ ){0,3}"
    r"(?:niks|niets|geen \w+|drinken|water|vocht) (?:meer )?binnen",
    r"alles komt (?:er )?(?:\w+ )?uit|(?:drinken|water) komt (?:er )?(?:\w+ ){0,2}uit"
    r"|kan niet (?:meer )?drinken|drinkt (?:niks|niets|niet)",
]
_THIRST = (r"(?:veel|heel veel|erg veel|vaak|steeds|altijd|enorme?|veel meer|extreme?) dorst"
           r"|(?:heel|erg|steeds|altijd|zo) dorstig|dorst (?:heel|erg|enorm)")
_PEEING = (r"(?:veel|vaak|heel vaak|steeds|erg vaak|heel veel) plassen"
           r"|plas (?:heel |erg |zo |ontzettend )?(?:veel|vaak)"
           r"|moet (?:\w+ ){0,3}(?:vaak|veel|steeds) plassen")
_WEIGHT_LOSS = (r"afgevallen|vermagerd|gewichtsverlies"
                r"|(?:kilo|kilos|kg) (?:afgevallen|kwijt|lichter)"
                r"|val (?:steeds |veel |snel |erg )?af(?! en toe)")
_ON_PURPOSE = re.compile(
    r"\b(?:dieet|lijnen|wil afvallen|probeer af te vallen|afvallen wil|bewust)\b"
)

# "Benauwd weer" is about the weather, not about breathing.
_MUGGY_WEATHER = re.compile(
    r"\b(?:benauwd\w* (?:weer|dag|kamer|lucht|warm|ruimte|hok)|weer is (?:zo |erg )?benauwd)\b"
)
# "wat moet ik doen als mijn been dik wordt?": a general question, answered by the
# knowledge base ("wanneer bellen"), not an emergency in progress.
_GENERAL_QUESTION = re.compile(
    r"^(?:wat als|stel dat|stel je voor|wat moet (?:ik|je) doen als|wat doe (?:ik|je) als"
    r"|wat te doen als|hoe weet (?:ik|je) of|wanneer moet (?:ik|je)|wanneer bel (?:ik|je)"
    r"|moet (?:ik|je) 112 bellen als|wanneer is het (?:een )?(?:noodgeval|spoed))\b"
)
_NO_FEELING = (
    rf"voel {_MY}(?:{_LEG}) niet (?:meer)?|voel (?:niks|niets) (?:meer )?in {_MY}(?:{_LEG})"
    r"|voel (?:hem|m|ze) niet meer|geen gevoel (?:meer )?in|voelt (?:\w+ )?dood|voelen dood"
    r"|dood gevoel|gevoel (?:helemaal )?kwijt"
)
_STAYS = (
    r"blijft|blijven|gaat niet (?:meer )?(?:weg|over)|gaan niet (?:meer )?(?:weg|over)"
    r"|houdt aan|nog steeds|al (?:uren|uur|dagen|de hele dag|een dag|sinds gisteren)"
    r"|(?:uren|dagen) later"
)
# A "cramp" that lasts hours (not "al dagen kramp": that is cramps coming back).
_LONG_CRAMP = (
    rf"(?:{CRAMP}) (?:\w+ ){{0,4}}(?:al )?(?:uren|urenlang|een uur|uur|de hele (?:dag|nacht|ochtend|middag))"
    r"(?: (?:lang|achter elkaar|niet over|aan))?\b(?! geleden)"
    rf"|(?:al )?(?:uren|urenlang) (?:lang |achter elkaar )?(?:{CRAMP})"
)
_CHILD_PAST_SELF = re.compile(r"\b(?:als kind|toen ik (?:een |nog )?(?:kind|klein)|kind was)\b")
_OFTEN = r"vaak|veel|regelmatig|steeds|elke|iedere|wekelijks|dagelijks|telkens"
_MUSCLE_OR_EFFORT = r"spier\w*|pijn|zwak|zwakke|slap|kramp\w*|stijf|sporten|gesport|statine\w*"


def _any(patterns, parts: list[str]) -> bool:
    return mentions_any(patterns, parts)


def _breathless(parts: list[str]) -> bool:
    return _any(_BREATHLESS, [_MUGGY_WEATHER.sub(" ", clause) for clause in parts])


def _leg_clauses(parts: list[str]) -> list[str]:
    return [c for c in parts if re.search(rf"\b(?:{_LEG})\b", c)]


def _leg_cold_pale_or_blue(parts: list[str]) -> bool:
    """A pale, white or blue leg or foot; a suddenly cold one; an ice-cold one with severe
    pain. Not blue veins, a bruise from bumping, or toes that go white in the cold."""
    legs = [c for c in _leg_clauses(parts) if not re.search(rf"\b(?:{HARMLESS_COLOUR})\b", c)]
    if any(mentions(PALE_BLUE, [c]) for c in legs) and not mentions(COLD_TRIGGERED, parts):
        return True
    cold = any(mentions(COLD, [c]) for c in legs)
    if cold and mentions(SUDDEN, parts):
        return True
    ice_cold_and_painful = any(mentions(ICE_COLD, [c]) for c in legs) and mentions(PAIN, parts)
    return ice_cold_and_painful and mentions(SEVERE, parts)


def _leg_without_feeling(parts: list[str]) -> bool:
    """No feeling in the leg ("geen gevoel meer in mijn been", "mijn voet voelt dood"),
    or numbness that came suddenly ("uit het niets een doof gevoel")."""
    if _leg_clauses(parts) and mentions(_NO_FEELING, parts):
        return True
    return any(mentions(SUDDEN, [c]) and mentions(NUMB, [c]) for c in parts)


def _leg_paralysed_or_suddenly_weak(parts: list[str]) -> bool:
    """"Kan mijn been niet meer bewegen", "verlamd"; not "kan even niet lopen van de kramp"."""
    if mentions(PARALYSIS, parts):
        return True
    for clause in parts:
        if _ATTRIBUTED_TO_CRAMP.search(clause):
            continue
        if _any(_CANNOT_MOVE_LEG, [clause]):
            return True
        if mentions(SUDDEN, [clause]) and mentions(rf"{WEAK}|niet (?:meer )?bewegen", [clause]):
            return True
    return _any(_ONE_SIDE, parts) and mentions(rf"{WEAK}|{NUMB}|hangt", parts)


def _seizure(parts: list[str]) -> bool:
    if _any(_SEIZURE, parts):
        return True
    twitch_clauses = [c for c in parts if mentions(_TWITCHES, [c])]
    only_in_leg = all(
        mentions(_LEG, [c]) and not re.search(rf"\b(?:{_WHOLE_BODY})\b", c) for c in twitch_clauses
    )
    return bool(twitch_clauses) and not only_in_leg


def _confused(parts: list[str]) -> bool:
    return _any(_CONFUSED, [c for c in parts if not _THING_IN_DISARRAY.search(c)])


def _swollen_red_warm_leg(parts: list[str]) -> bool:
    return describes_swollen_red_warm_leg(". ".join(parts))


def _pain_or_swelling_that_stays(parts: list[str]) -> bool:
    """Pain or swelling that stays after the cramp, or a "cramp" that lasts hours."""
    if mentions(_LONG_CRAMP, parts):
        return True
    about_cramp_or_leg = mentions(rf"{CRAMP}|{_LEG}", parts)
    stays = mentions(_STAYS, parts)
    pain_or_swelling = mentions(rf"{PAIN}|{SWOLLEN}", parts)
    return about_cramp_or_leg and stays and pain_or_swelling and mentions(CRAMP, parts)


def _red_hot_leg_with_fever(parts: list[str]) -> bool:
    return mentions(FEVER, parts) and sign_said_of_leg(rf"{RED}|{WARM}", parts)


def _dark_urine_with_muscle_pain(parts: list[str]) -> bool:
    if not mentions(_DARK_URINE, parts):
        return False
    return mentions(_COLA, parts) or mentions(_MUSCLE_OR_EFFORT, parts)


def _cannot_keep_fluids_down(parts: list[str]) -> bool:
    # Listed for children, elderly and pregnant women; the bot cannot check age
    # reliably, so any vomiting/diarrhoea with no fluids kept down counts (safer).
    return mentions(_VOMIT, parts) and _any(_CANNOT_KEEP_FLUIDS, parts)


def _thirst_peeing_or_weight_loss(parts: list[str]) -> bool:
    if _any([_THIRST, _PEEING], parts):
        return True
    return mentions(_WEIGHT_LOSS, parts) and not any(_ON_PURPOSE.search(c) for c in parts)


def _about_a_child(parts: list[str]) -> list[str]:
    """The clauses from the first mention of a child on ("ik heb kramp. Mijn zoon ook?"
    is about me); empty when no child is mentioned."""
    parts = [c for c in parts if not _CHILD_PAST_SELF.search(c)]
    person = detect_person(". ".join(parts))
    if person is not None and person.leeftijd is not None and person.leeftijd >= ADULT_FROM_AGE:
        return []  # "mijn zoon van 40": an adult
    first = next((i for i, c in enumerate(parts) if mentions(CHILD, [c])), None)
    return [] if first is None else parts[first:]


def _child_fever_with_leg_pain(parts: list[str]) -> bool:
    child = _about_a_child(parts)
    leg_trouble = mentions(LIMPING, child) or (mentions(PAIN, child) and mentions(_LEG, child))
    return bool(child) and mentions(FEVER, child) and leg_trouble


def _child_often_cramp(parts: list[str]) -> bool:
    child = _about_a_child(parts)
    return mentions(rf"{CRAMP}|pijn\w*", child) and mentions(_OFTEN, child)


def _child_pain_by_day(parts: list[str]) -> bool:
    child = _about_a_child(parts)
    return mentions(r"pijn\w*", child) and mentions(r"overdag", child)


def _child_limping(parts: list[str]) -> bool:
    return mentions(LIMPING, _about_a_child(parts))


def _child_swelling(parts: list[str]) -> bool:
    child = _about_a_child(parts)
    return mentions(SWOLLEN, child) and mentions(_LEG, child)


@dataclass(frozen=True)
class _Rule:
    flag: RedFlag
    matches: Callable[[list[str]], bool]
    # Not a red flag by itself when the person calls the sign old and unchanged.
    can_be_old: bool = False


def _patterns(patterns: list[str]) -> Callable[[list[str]], bool]:
    return lambda parts: _any(patterns, parts)


def _rule(level: str, code: str, reden: str, matches, can_be_old: bool = False) -> _Rule:
    return _Rule(RedFlag(level, code, reden), matches, can_be_old)


_RULES = (
    # spoed_112: possible longembolie, afgesloten slagader, beroerte, stuip ...
    # Breathing or chest symptoms count on their own too: safer than requiring the leg.
    _rule(SPOED_112, "benauwd", "benauwdheid of kortademigheid", _breathless, can_be_old=True),
    _rule(SPOED_112, "pijn_op_de_borst", "pijn of druk op de borst", _patterns(_CHEST)),
    _rule(SPOED_112, "bloed_ophoesten", "bloed ophoesten", _patterns(_COUGH_BLOOD)),
    _rule(SPOED_112, "been_koud_bleek_blauw", "een been of voet die koud, wit of blauw is",
          _leg_cold_pale_or_blue, can_be_old=True),
    _rule(SPOED_112, "been_gevoelloos", "geen gevoel meer in het been, of ineens een doof been",
          _leg_without_feeling, can_be_old=True),
    _rule(SPOED_112, "verlamming", "een been of een kant van het lichaam die ineens slap is",
          _leg_paralysed_or_suddenly_weak),
    _rule(SPOED_112, "scheve_mond_of_spraak", "een scheve mond of moeite met praten",
          _patterns(_FACE_SPEECH)),
    _rule(SPOED_112, "stuip", "een stuip of toeval", _seizure),
    _rule(SPOED_112, "bewusteloos", "flauwvallen of niet meer reageren", _patterns(_UNCONSCIOUS)),
    _rule(SPOED_112, "verward", "verward zijn", _confused),
    _rule(SPOED_112, "kramp_hele_lichaam", "kramp in het hele lichaam",
          _patterns(_WHOLE_BODY_CRAMP)),
    # huisarts_vandaag: possible trombosebeen, spierscheur, wondroos, spierafbraak, uitdroging.
    _rule(HUISARTS_VANDAAG, "been_dik_rood_warm", "één been dat dik, rood of warm is",
          _swollen_red_warm_leg, can_be_old=True),
    _rule(HUISARTS_VANDAAG, "pijn_of_zwelling_blijft",
          "pijn of zwelling die blijft nadat de kramp over is", _pain_or_swelling_that_stays),
    _rule(HUISARTS_VANDAAG, "rood_warm_been_met_koorts", "een rood, warm been met koorts",
          _red_hot_leg_with_fever),
    _rule(HUISARTS_VANDAAG, "donkere_urine", "spierpijn met een donkere of colakleurige plas",
          _dark_urine_with_muscle_pain),
    _rule(HUISARTS_VANDAAG, "uitdroging", "overgeven of diarree, en drinken niet binnenhouden",
          _cannot_keep_fluids_down),
    _rule(HUISARTS_VANDAAG, "kind_koorts_beenpijn", "koorts met pijn in het been of mank lopen",
          _child_fever_with_leg_pain),
    # huisarts: signs the follow-up questions do not ask about.
    _rule(HUISARTS, "dorst_plassen_afvallen", "veel dorst, veel plassen of afvallen",
          _thirst_peeing_or_weight_loss),
    _rule(HUISARTS, "kind_vaak_kramp", "vaak kramp of pijn in de benen", _child_often_cramp),
    _rule(HUISARTS, "kind_pijn_overdag", "overdag pijn in de benen", _child_pain_by_day),
    _rule(HUISARTS, "kind_mank", "mank lopen", _child_limping),
    _rule(HUISARTS, "kind_zwelling", "een zwelling aan het been", _child_swelling),
)

# Chosen in the screening question as "iets anders / weet ik niet": treated as "today".
UNKNOWN_SCREENING_SIGN = RedFlag(HUISARTS_VANDAAG, "spoedsignaal_onbekend",
                                 "een klacht uit de lijst met spoedsignalen")
# The screening question's buttons group a few signs; each group is one sign here, so
# the reasons repeat exactly what the person chose.
SCREENING_SIGNS = (
    RedFlag(SPOED_112, "benauwd_of_borstpijn", "benauwdheid, pijn op de borst of bloed ophoesten"),
    RedFlag(SPOED_112, "been_koud_of_gevoelloos",
            "een been dat ineens koud, wit, blauw of gevoelloos is"),
    RedFlag(SPOED_112, "verlamming_of_scheve_mond",
            "ineens een slap been of lichaamsdeel, een scheve mond of moeite met praten"),
    RedFlag(SPOED_112, "stuip_flauwte_verward", "een stuip, flauwvallen of verward zijn"),
    UNKNOWN_SCREENING_SIGN,
)
RED_FLAGS = {rule.flag.code: rule.flag for rule in _RULES}
RED_FLAGS.update({flag.code: flag for flag in SCREENING_SIGNS})
RED_FLAG_CODES = tuple(rule.flag.code for rule in _RULES)  # the ones found in text
CHILD_FLAG_CODES = ("kind_koorts_beenpijn", "kind_vaak_kramp", "kind_pijn_overdag",
                    "kind_mank", "kind_zwelling")


def _statement_clauses(text: Optional[str]) -> list[str]:
    return [c for c in clauses(text) if not _GENERAL_QUESTION.search(c)]


def _matching_rules(text: Optional[str]) -> tuple[list[_Rule], bool]:
    parts = _statement_clauses(text)
    if not parts:
        return [], False
    return [rule for rule in _RULES if rule.matches(parts)], called_old_and_unchanged(parts)


def detect_red_flags(text: Optional[str]) -> list[RedFlag]:
    """Every red flag in `text`, most urgent first. Negated mentions do not count, nor do
    signs the person calls old and unchanged (see `old_signs`)."""
    rules, old = _matching_rules(text)
    found = [rule.flag for rule in rules if not (old and rule.can_be_old)]
    return sorted(found, key=lambda flag: -level_rank(flag.level))


def old_signs(text: Optional[str]) -> list[RedFlag]:
    """Signs that would be red flags, but that the person calls old and unchanged."""
    rules, old = _matching_rules(text)
    return [rule.flag for rule in rules if old and rule.can_be_old]
