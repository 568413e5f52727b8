"""Deterministic triage for leg cramps: red flags, advice level, advice text, summary.

Plain Python (no Rasa). Follows /work/shared/MEDISCHE-VEILIGHEID.md, sections 2 and 3:
the highest level that any answer or red flag triggers wins, and a later calm answer
never lowers it. Krampbot never diagnoses: reasons say what the person told us, the
messages say what it *can* point to and where to go.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Optional

from krampbot.text_parsing import (
    FREQ_NIGHTLY,
    FREQ_RARE,
    FREQ_WEEKLY,
    LEG_PATTERN,
    RED_PATTERN,
    WARM_PATTERN,
    clauses,
    describes_swollen_red_warm_leg,
    mentions,
    mentions_any,
    sign_said_of_leg,
)

# --------------------------------------------------------------------------- levels

ZELFZORG = "zelfzorg"
HUISARTS = "huisarts"
HUISARTS_VANDAAG = "huisarts_vandaag"
SPOED_112 = "spoed_112"
LEVELS = (ZELFZORG, HUISARTS, HUISARTS_VANDAAG, SPOED_112)  # low -> high
_RANK = {level: rank for rank, level in enumerate(LEVELS)}

PLEK_112 = "112"
PLEK_HUISARTS_OF_POST = "huisarts of huisartsenpost"
PLEK_HUISARTS = "huisarts"
PLEK_VERLOSKUNDIGE = "verloskundige"
PLEK_THUIS = "thuis"


def level_rank(level: str) -> int:
    if level not in _RANK:
        raise ValueError(f"onbekend adviesniveau: {level!r}")
    return _RANK[level]


def max_level(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The more urgent of two levels; None means "no level yet"."""
    if a is None:
        return b
    if b is None:
        return a
    return a if level_rank(a) >= level_rank(b) else b


# --------------------------------------------------------------------------- reasons
# Short Dutch clauses that follow "omdat ...". Shared by red flags and form answers so
# the same fact is never explained twice.

REDEN_BEEN_DIK_ROOD_WARM = "je been dik, rood of warm is"
REDEN_ELKE_NACHT = "je (bijna) elke nacht kramp hebt"
REDEN_WEKELIJKS = "je elke week kramp hebt"
REDEN_SLAAP = "je door de kramp slecht slaapt"
REDEN_ZWAKTE = "je ook tintelingen, een doof gevoel of minder kracht in je been hebt"
REDEN_PIJN_BIJ_LOPEN = "je pijn in je kuit krijgt bij het lopen, die weggaat als je stilstaat"
REDEN_NIEUWE_MEDICIJNEN = "je sinds kort een nieuw of ander medicijn gebruikt"
REDEN_ZELFZORG_ZELDEN = "je alleen af en toe kramp hebt"
REDEN_ZELFZORG_GEEN_SIGNALEN = "je geen signalen noemde waarvoor je naar een arts moet"


# --------------------------------------------------------------------------- red flags

@dataclass(frozen=True)
class RedFlag:
    level: str
    code: str
    reden: str


_LEG = LEG_PATTERN
_MY = r"(?:mijn |mn |zijn |zn |haar |de |het )?"
_SUDDEN = r"plotseling|plots|ineens|opeens|acuut|in een keer|zomaar|uit het niets"
_CHILD = (r"kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|kleuter|peuter|baby"
          r"|jongetje|meisje|kleinkind|kleinzoon|kleindochter")
_FEVER = r"koorts|koortsig|verhoging|koude rillingen|rillerig"

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
_PALE_BLUE = (r"wit|witte|bleek|bleke|spierwit|lijkbleek|krijtwit|lijkwit|blauw|blauwe|blauwig"
              r"|grauw")
_COLD = r"koud|koude|ijskoud|ijskoude"
# Only about the leg itself: "ik voel de kramp niet meer" is good news.
_NO_FEELING = (rf"voel {_MY}(?:{_LEG}) niet meer|voel (?:niks|niets) (?:meer )?in {_MY}(?:{_LEG})"
               r"|voel (?:hem|m) niet")
_BRUISE = re.compile(r"\bblauwe (?:plek|plekken|plekje)\b")
_CANNOT_MOVE_LEG = [
    rf"kan {_MY}(?:{_LEG}) (?:\w+ )?(?:niet|nauwelijks) (?:meer )?(?:bewegen|optillen|gebruiken)",
    rf"(?:{_LEG}) (?:kan|wil) (?:ik )?(?:niet|nauwelijks) (?:meer )?(?:bewegen|optillen)",
]
_PARALYSIS = r"verlamd\w*|verlamming|verlammingsverschijnselen|halfzijdig\w*"
_SUDDEN_WEAK = (r"slap|slappe|zwak|zwakke|krachteloos|geen kracht|gevoelloos|doof|verlamd"
                r"|niet (?:meer )?bewegen")
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
_MUSCLE = r"spier\w*|pijn|zwak|zwakke|slap|kramp\w*|stijf|sporten|gesport|statine\w*"
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
_CHILD_PAST_SELF = re.compile(r"\b(?:als kind|toen ik (?:een |nog )?(?:kind|klein)|kind was)\b")
_OFTEN = r"vaak|veel|regelmatig|steeds|elke|iedere|wekelijks|dagelijks|telkens"
_LIMPING = (r"mank|manken|hinkt|hinken|trekt met (?:zijn |haar )?been"
            r"|loopt (?:raar|moeilijk|vreemd|scheef)|wil niet (?:meer )?lopen"
            r"|kan niet (?:goed )?lopen")
_SWELLING = r"dik|dikke|gezwollen|opgezwollen|zwelling|opgezet"
_PAIN_OR_CRAMP = r"kramp\w*|pijn\w*"


# "Benauwd weer" is about the weather, not about breathing.
_MUGGY_WEATHER = re.compile(
    r"\b(?:benauwd\w* (?:weer|dag|kamer|lucht|warm|ruimte|hok)|weer is (?:zo |erg )?benauwd)\b"
)


def _any(patterns: Iterable[str], parts: list[str]) -> bool:
    return mentions_any(patterns, parts)


def _breathless(parts: list[str]) -> bool:
    return _any(_BREATHLESS, [_MUGGY_WEATHER.sub(" ", clause) for clause in parts])


def _leg_cold_pale_or_blue(parts: list[str]) -> bool:
    """Suddenly cold, white/blue or unfeeling leg; "altijd koude voeten" is not one."""
    without_bruises = [_BRUISE.sub(" ", clause) for clause in parts]
    leg_clauses = [c for c in without_bruises if re.search(rf"\b(?:{_LEG})\b", c)]
    if any(mentions(_PALE_BLUE, [c]) for c in leg_clauses):
        return True
    if mentions(_NO_FEELING, leg_clauses):
        return True
    cold = any(mentions(_COLD, [c]) for c in leg_clauses)
    return cold and mentions(_SUDDEN, parts)


def _leg_paralysed_or_suddenly_weak(parts: list[str]) -> bool:
    """"Kan mijn been niet meer bewegen", "verlamd"; not "kan even niet lopen van de kramp"."""
    if mentions(_PARALYSIS, parts):
        return True
    for clause in parts:
        if _ATTRIBUTED_TO_CRAMP.search(clause):
            continue
        if _any(_CANNOT_MOVE_LEG, [clause]):
            return True
        if mentions(_SUDDEN, [clause]) and mentions(_SUDDEN_WEAK, [clause]):
            return True
    return _any(_ONE_SIDE, parts) and mentions(_SUDDEN_WEAK + r"|voel (?:niks|niets)|hangt", parts)


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


def _whole_body_cramp(parts: list[str]) -> bool:
    return _any(_WHOLE_BODY_CRAMP, parts)


def _red_hot_leg_with_fever(parts: list[str]) -> bool:
    return mentions(_FEVER, parts) and sign_said_of_leg(rf"{RED_PATTERN}|{WARM_PATTERN}", parts)


def _dark_urine_with_muscle_pain(parts: list[str]) -> bool:
    if not mentions(_DARK_URINE, parts):
        return False
    return mentions(_COLA, parts) or mentions(_MUSCLE, parts)


def _thirst_peeing_or_weight_loss(parts: list[str]) -> bool:
    if _any([_THIRST, _PEEING], parts):
        return True
    return mentions(_WEIGHT_LOSS, parts) and not any(_ON_PURPOSE.search(c) for c in parts)


def _cannot_keep_fluids_down(parts: list[str]) -> bool:
    # Listed for children, elderly and pregnant women; the bot cannot check age
    # reliably, so any vomiting/diarrhoea with no fluids kept down counts (safer).
    return mentions(_VOMIT, parts) and _any(_CANNOT_KEEP_FLUIDS, parts)


def _child_with_worrying_cramps(parts: list[str]) -> bool:
    parts = [c for c in parts if not _CHILD_PAST_SELF.search(c)]
    first_child_clause = next((i for i, c in enumerate(parts) if mentions(_CHILD, [c])), None)
    if first_child_clause is None:
        return False
    # Only what is said from the child onwards: "ik heb vaak kramp. Mijn zoon ook?" is about me.
    child_parts = parts[first_child_clause:]
    pain = mentions(_PAIN_OR_CRAMP, child_parts)
    return (
        (pain and mentions(_OFTEN, child_parts))
        or (pain and mentions(r"overdag", child_parts))
        or mentions(_LIMPING, child_parts)
        or (mentions(_SWELLING, child_parts) and mentions(_LEG, child_parts))
        or mentions(_FEVER, child_parts)
    )


def _swollen_red_warm_leg(parts: list[str]) -> bool:
    return describes_swollen_red_warm_leg(". ".join(parts))


@dataclass(frozen=True)
class _RedFlagRule:
    flag: RedFlag
    matches: Callable[[list[str]], bool]


def _patterns(patterns: list[str]) -> Callable[[list[str]], bool]:
    return lambda parts: _any(patterns, parts)


def _flag(level: str, code: str, reden: str, matches: Callable[[list[str]], bool]) -> _RedFlagRule:
    return _RedFlagRule(RedFlag(level, code, reden), matches)


_RED_FLAG_RULES = (
    # spoed_112 (possible longembolie, afgesloten slagader, beroerte, stuip ...).
    # Breathing or chest symptoms count on their own too: safer than requiring the leg.
    _flag(SPOED_112, "benauwd", "je naast de klachten in je been ook benauwd of kortademig bent",
          _breathless),
    _flag(SPOED_112, "pijn_op_de_borst", "je pijn of druk op je borst hebt", _patterns(_CHEST)),
    _flag(SPOED_112, "bloed_ophoesten", "je bloed ophoest", _patterns(_COUGH_BLOOD)),
    _flag(SPOED_112, "been_koud_bleek_blauw",
          "je been of voet koud, wit of blauw is, of je er niets meer in voelt",
          _leg_cold_pale_or_blue),
    _flag(SPOED_112, "verlamming",
          "je je been of een kant van je lichaam ineens niet goed meer kunt bewegen",
          _leg_paralysed_or_suddenly_weak),
    _flag(SPOED_112, "scheve_mond_of_spraak", "je mond scheef hangt of praten ineens moeilijk gaat",
          _patterns(_FACE_SPEECH)),
    _flag(SPOED_112, "stuip", "er een stuip of toeval is geweest", _seizure),
    _flag(SPOED_112, "bewusteloos", "er iemand flauwgevallen of bewusteloos is",
          _patterns(_UNCONSCIOUS)),
    _flag(SPOED_112, "verward", "er iemand verward is", _confused),
    _flag(SPOED_112, "kramp_hele_lichaam", "de kramp in je hele lichaam zit", _whole_body_cramp),
    # huisarts_vandaag (possible trombosebeen, wondroos, spierafbraak, uitdroging).
    _flag(HUISARTS_VANDAAG, "been_dik_rood_warm", REDEN_BEEN_DIK_ROOD_WARM, _swollen_red_warm_leg),
    _flag(HUISARTS_VANDAAG, "rood_warm_been_met_koorts",
          "je been rood en warm is en je koorts hebt",
          _red_hot_leg_with_fever),
    _flag(HUISARTS_VANDAAG, "donkere_urine",
          "je spierpijn hebt en je plas donker of colakleurig is",
          _dark_urine_with_muscle_pain),
    _flag(HUISARTS_VANDAAG, "uitdroging",
          "je overgeeft of diarree hebt en geen drinken binnenhoudt",
          _cannot_keep_fluids_down),
    # huisarts: the items the triage form does not ask about.
    _flag(HUISARTS, "dorst_plassen_afvallen", "je ook veel dorst hebt, veel plast of afvalt",
          _thirst_peeing_or_weight_loss),
    _flag(HUISARTS, "kind_met_klachten",
          "het om een kind gaat met vaak kramp, pijn overdag, mank lopen, een zwelling of koorts",
          _child_with_worrying_cramps),
)

RED_FLAG_CODES = tuple(rule.flag.code for rule in _RED_FLAG_RULES)


def detect_red_flags(text: Optional[str]) -> list[RedFlag]:
    """Every red flag in `text`, most urgent first. Negated mentions do not count."""
    parts = clauses(text)
    if not parts:
        return []
    found = [rule.flag for rule in _RED_FLAG_RULES if rule.matches(parts)]
    return sorted(found, key=lambda flag: -level_rank(flag.level))


# --------------------------------------------------------------------------- decide

@dataclass
class Advice:
    level: str
    redenen: list[str] = field(default_factory=list)  # "omdat"-clauses for this level
    plek: str = PLEK_THUIS


def _answer_reasons(answers: Mapping[str, object]) -> list[tuple[str, str]]:
    """(level, reden) for every form answer that asks for more than self-care.

    A single cramp a week also counts as "wekelijks"; section 3 sends "several times a
    week" to the huisarts and the slot cannot tell one from several, so both go there.
    """
    reasons = []
    if answers.get("been_dik_rood_warm") is True:
        reasons.append((HUISARTS_VANDAAG, REDEN_BEEN_DIK_ROOD_WARM))
    frequency = answers.get("frequentie")
    if frequency == FREQ_NIGHTLY:
        reasons.append((HUISARTS, REDEN_ELKE_NACHT))
    elif frequency == FREQ_WEEKLY:
        reasons.append((HUISARTS, REDEN_WEKELIJKS))
    for slot, reden in (
        ("slaap_verstoord", REDEN_SLAAP),
        ("spierzwakte_of_gevoelloos", REDEN_ZWAKTE),
        ("pijn_bij_lopen", REDEN_PIJN_BIJ_LOPEN),
        ("nieuwe_medicijnen", REDEN_NIEUWE_MEDICIJNEN),
    ):
        if answers.get(slot) is True:
            reasons.append((HUISARTS, reden))
    return reasons


def decide(answers: Mapping[str, object], red_flags: Iterable[RedFlag] = ()) -> Advice:
    """The advice for these form answers and red flags: the most urgent level wins.

    `redenen` holds only the reasons for the winning level, so an urgent message is
    not diluted by milder points; the summary still lists every answer.
    """
    reasons = [(flag.level, flag.reden) for flag in red_flags] + _answer_reasons(answers)
    level = ZELFZORG
    for reason_level, _ in reasons:
        level = max_level(level, reason_level)
    redenen = _unique(reden for reason_level, reden in reasons if reason_level == level)
    if level == ZELFZORG:
        redenen = [REDEN_ZELFZORG_ZELDEN if answers.get("frequentie") == FREQ_RARE
                   else REDEN_ZELFZORG_GEEN_SIGNALEN]
    return Advice(level=level, redenen=redenen, plek=_place(level, answers.get("zwanger") is True))


def _place(level: str, pregnant: bool) -> str:
    if level == SPOED_112:
        return PLEK_112
    if level in (HUISARTS, HUISARTS_VANDAAG) and pregnant:
        return PLEK_VERLOSKUNDIGE
    if level == HUISARTS_VANDAAG:
        return PLEK_HUISARTS_OF_POST
    if level == HUISARTS:
        return PLEK_HUISARTS
    return PLEK_THUIS


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --------------------------------------------------------------------------- messages

def join_redenen(redenen: Iterable[str]) -> str:
    """["a", "b", "c"] -> "a, b en c"."""
    items = [r for r in redenen if r]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


_SELF_CARE_REASONS = (REDEN_ZELFZORG_ZELDEN, REDEN_ZELFZORG_GEEN_SIGNALEN)


def _because(advice: Advice, consequence: str) -> str:
    redenen = advice.redenen
    if advice.level != ZELFZORG:
        # An advice raised afterwards (dataclasses.replace) may still carry calm reasons.
        redenen = [r for r in redenen if r not in _SELF_CARE_REASONS]
    if not redenen:
        return f"Op basis van wat je vertelt, {consequence}"
    return f"Omdat {join_redenen(redenen)}, {consequence}"


_BELGIE_SPOED = "In België bel je ook 112."
_BELGIE_WACHT = "In België: bel de huisarts van wacht via 1733."
_WORSE_CALL_112 = ("Word je benauwd, krijg je pijn op de borst, of wordt je been koud, wit "
                   "of blauw? Bel dan meteen 112.")


def _message_spoed(advice: Advice, pregnant: bool) -> list[str]:
    return [
        "Bel 112. Doe dat nu meteen.",
        _because(advice, "kan er iets ernstigs aan de hand zijn. Dat moet nu door een arts "
                         "bekeken worden."),
        "Wacht niet af, ga niet zelf rijden en blijf bij de telefoon. Is er iemand bij je? "
        "Vraag of die bij je blijft.",
        _BELGIE_SPOED,
    ]


def _message_vandaag(advice: Advice, pregnant: bool) -> list[str]:
    why = _because(advice, "moet er vandaag nog iemand naar je kijken. Dit kan wijzen op "
                           "een probleem dat snel behandeld moet worden.")
    if pregnant:
        who = ("Bel vandaag nog je verloskundige. Omdat je zwanger bent, is de "
               "verloskundige je eerste aanspreekpunt. Kun je de verloskundige niet "
               "bereiken? Bel dan je huisarts of, 's avonds, 's nachts en in het weekend, "
               "het nummer van de huisartsenpost in je regio.")
    else:
        who = ("Bel vandaag nog je huisarts. Is de praktijk dicht, 's avonds, 's nachts of "
               "in het weekend? Bel dan het nummer van de huisartsenpost in je regio.")
    return [who, why, _BELGIE_WACHT, _WORSE_CALL_112]


def _message_huisarts(advice: Advice, pregnant: bool) -> list[str]:
    contact = "je verloskundige" if pregnant else "je huisarts"
    lines = [
        f"Bel {contact} en maak een afspraak voor de komende dagen.",
        _because(advice, f"is het goed dat {contact} naar je klachten kijkt. Er kan een "
                         "oorzaak achter zitten die je samen kunt aanpakken."),
    ]
    if pregnant:
        lines.append("Omdat je zwanger bent, is de verloskundige je eerste aanspreekpunt.")
    if REDEN_NIEUWE_MEDICIJNEN in advice.redenen:
        lines.append("Stop nooit zelf met je medicijnen. Bespreek het eerst met je huisarts "
                     "of apotheker.")
    lines.append("Tot de afspraak kan rekken helpen: strek je been en trek je tenen naar je "
                 "toe.")
    lines.append(_WORSE_CALL_112)
    return lines


def _message_zelfzorg(advice: Advice, pregnant: bool) -> list[str]:
    lines = [
        _because(advice, "kun je de kramp voor nu zelf aanpakken."),
        "Tijdens de kramp: strek je been en trek je tenen naar je toe. Of ga staan en "
        "leun naar een muur, met je hiel op de grond. Loop een paar stappen en masseer "
        "de spier.",
        "Daarna kan warmte de pijnlijke spier goed doen, zoals een warme douche of een kruik.",
        "Om kramp te voorkomen kan het helpen om genoeg te drinken, voor het slapen je "
        "kuiten rustig te rekken, minder koffie en alcohol te nemen en regelmatig te "
        "bewegen. Eerlijk is eerlijk: het bewijs hiervoor is niet sterk.",
        "Kom terug of neem contact op met je huisarts als de kramp vaker komt (elke week "
        "of bijna elke nacht), als je er slecht van slaapt, als je spieren zwakker of "
        "dunner worden, of als je tintelingen of een doof gevoel krijgt. Is je been dik, "
        "rood of warm? Bel dan dezelfde dag nog je huisarts. Word je benauwd of krijg je pijn op de borst? "
        "Bel dan meteen 112.",
    ]
    if pregnant:
        lines.insert(1, "Je bent zwanger: vertel je verloskundige over de kramp. Neem geen "
                        "middelen zonder overleg met je verloskundige.")
    return lines


_MESSAGE_BUILDERS = {
    SPOED_112: _message_spoed,
    HUISARTS_VANDAAG: _message_vandaag,
    HUISARTS: _message_huisarts,
    ZELFZORG: _message_zelfzorg,
}


def advice_message(advice: Advice, zwanger: Optional[bool] = None) -> str:
    """The full Dutch advice for the person, with why, where, and what to do."""
    pregnant = zwanger is True or advice.plek == PLEK_VERLOSKUNDIGE
    return "\n\n".join(_MESSAGE_BUILDERS[advice.level](advice, pregnant))


# --------------------------------------------------------------------------- summary

_FREQUENCY_TEXT = {
    FREQ_RARE: "minder dan één keer per week",
    FREQ_WEEKLY: "één of meer keren per week",
    FREQ_NIGHTLY: "bijna elke nacht",
}
_YES_NO_LINES = (
    ("slaap_verstoord", "Slaapt slecht door de kramp"),
    ("been_dik_rood_warm", "Been dik, rood of warm"),
    ("spierzwakte_of_gevoelloos", "Spierzwakte, tintelingen of doof gevoel"),
    ("pijn_bij_lopen", "Pijn in de kuit bij lopen, weg bij stilstaan"),
    ("nieuwe_medicijnen", "Kramp sinds nieuwe medicijnen"),
    ("zwanger", "Zwanger"),
)
_LEVEL_TEXT = {
    SPOED_112: "direct 112 bellen",
    HUISARTS_VANDAAG: "vandaag nog naar de huisarts of huisartsenpost",
    HUISARTS: "een afspraak bij de huisarts in de komende dagen",
    ZELFZORG: "zelfzorg, terugkomen als het erger wordt",
}
_LEVEL_TEXT_PREGNANT = {
    HUISARTS_VANDAAG: "vandaag nog naar de verloskundige",
    HUISARTS: "een afspraak bij de verloskundige in de komende dagen",
}


def summary_text(answers: Mapping[str, object], advice: Optional[Advice] = None) -> str:
    """A short summary for the huisarts; answers that are unknown are left out."""
    lines = ["Samenvatting voor je huisarts:"]
    frequency = answers.get("frequentie")
    if frequency in _FREQUENCY_TEXT:
        lines.append(f"- Hoe vaak: {_FREQUENCY_TEXT[frequency]}")
    for slot, label in _YES_NO_LINES:
        value = answers.get(slot)
        if isinstance(value, bool):
            lines.append(f"- {label}: {'ja' if value else 'nee'}")
    if advice is not None:
        lines.append(f"- Advies van Krampbot: {_advice_summary(advice)}")
    return "\n".join(lines)


def _advice_summary(advice: Advice) -> str:
    texts = _LEVEL_TEXT_PREGNANT if advice.plek == PLEK_VERLOSKUNDIGE else {}
    text = texts.get(advice.level, _LEVEL_TEXT[advice.level])
    if advice.redenen and advice.level != ZELFZORG:
        text += f", omdat {join_redenen(advice.redenen)}"
    return text
