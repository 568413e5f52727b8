"""Understand free-text Dutch answers: yes/no, how often, and facts stated on the way.

Plain Python (no Rasa). Everything works on `normalize`d text: lowercase, no accents,
no punctuation, apostrophes removed ("m'n" -> "mn", "'s nachts" -> "s nachts").

Negation: a phrase counts as "negated" when a negation word (niet, geen, nooit, zonder,
...) stands right before it, possibly with a few filler words in between ("geen last van
tintelingen", "niet dik of rood"), or when the clause ends in "niet"/"nee" ("koorts heb
ik niet"). Negation never crosses a clause border (. , ; ! ? and "maar") and stops
at words such as "wel" or "ik" ("ik weet niet of ik benauwd ben" is not a denial).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Optional

FREQ_RARE = "zelden"
FREQ_WEEKLY = "wekelijks"
FREQ_NIGHTLY = "bijna_elke_nacht"
FREQUENCIES = (FREQ_RARE, FREQ_WEEKLY, FREQ_NIGHTLY)

# --------------------------------------------------------------------------- normalize

_APOSTROPHES = "'`\u2018\u2019\u00b4"


def normalize(text: Optional[str]) -> str:
    """Lowercase, strip accents and punctuation, collapse whitespace."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Apostrophes glue words together ("m'n" -> "mn"); a leading one just disappears.
    without_apostrophes = re.sub(f"[{_APOSTROPHES}]", "", without_accents)
    letters_and_digits = re.sub(r"[^a-z0-9]+", " ", without_apostrophes)
    return " ".join(letters_and_digits.split())


def clauses(text: Optional[str]) -> list[str]:
    """Normalized clauses: split on punctuation and on "maar", where negation ends."""
    if not text:
        return []
    parts = re.split(r"[.,;:!?\n()]+|\s+-\s+|\bmaar\b", text.lower())
    return [clause for clause in (normalize(part) for part in parts) if clause]


# --------------------------------------------------------------------------- negation

_NEGATORS = {"niet", "geen", "nooit", "zonder", "nergens", "noch"}
# Words that may stand between a negator and what it negates: "geen last van X",
# "niet echt X", "niet dik of rood".
_NEGATION_FILLERS = {
    "echt", "zo", "erg", "heel", "helemaal", "meer", "last", "van", "een", "de", "het",
    "op", "mijn", "mn", "in", "is", "ben", "bent", "word", "wordt", "voel", "me", "mij",
    "er", "nog", "te", "zijn", "heb", "hebt", "heeft", "sprake", "aan", "al", "of",
    "lijkt", "echte", "dat",
    # symptoms that are listed together: "niet dik, rood of warm"
    "dik", "rood", "rode", "warm", "heet", "gezwollen", "opgezwollen", "benauwd",
    "kortademig", "koorts", "pijn", "pijnlijk", "verkleurd",
}
_MAX_FILLERS = 4
_TRAILING_FILLERS = {"ben", "bent", "is", "ik", "heb", "hebt", "heeft", "het", "er",
                     "ze", "hij", "zij", "was", "had", "dat", "die"}
_TRAILING_NEGATORS = {"niet", "nee", "geen"}
_TRAILING_SOFTENERS = {"hoor", "echt", "gelukkig", "zo"}


def _negated_before(words_before: list[str]) -> bool:
    for steps, word in enumerate(reversed(words_before)):
        if word in _NEGATORS:
            return True
        if word not in _NEGATION_FILLERS or steps >= _MAX_FILLERS:
            return False
    return False


def _negated_after(words_after: list[str]) -> bool:
    """'koorts heb ik niet', 'benauwd? nee': a short tail that ends in a negation."""
    while words_after and words_after[-1] in _TRAILING_SOFTENERS:
        words_after = words_after[:-1]
    if not words_after or words_after[-1] not in _TRAILING_NEGATORS:
        return False
    return len(words_after) <= 4 and all(w in _TRAILING_FILLERS for w in words_after[:-1])


def _affirmed_in_clause(pattern: re.Pattern, clause: str) -> bool:
    for match in pattern.finditer(clause):
        before = clause[: match.start()].split()
        after = clause[match.end():].split()
        if not _negated_before(before) and not _negated_after(after):
            return True
    return False


def _compile(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern})\b")


def mentions(pattern: str | re.Pattern, text_or_clauses: str | Iterable[str]) -> bool:
    """True if `pattern` occurs in some clause without being negated."""
    compiled = pattern if isinstance(pattern, re.Pattern) else _compile(pattern)
    parts = clauses(text_or_clauses) if isinstance(text_or_clauses, str) else text_or_clauses
    return any(_affirmed_in_clause(compiled, clause) for clause in parts)


def mentions_any(patterns: Iterable[str], text_or_clauses: str | Iterable[str]) -> bool:
    parts = clauses(text_or_clauses) if isinstance(text_or_clauses, str) else list(text_or_clauses)
    return any(mentions(pattern, parts) for pattern in patterns)


# --------------------------------------------------------------------------- yes / no

_UNSURE = _compile(
    r"weet (ik |het |ik het |het ook |ik dat )?niet|weet niet|geen idee|geen flauw idee"
    r"|misschien|wellicht|twijfel\w*|kan zijn|zou kunnen|hoezo|waarom|geen flauwe"
    r"|niet zeker|weet ik veel|onbekend|lastig te zeggen|moeilijk te zeggen|hmm+|eh+|uh+"
)
_NO_PHRASES = _compile(
    r"klopt niet|helemaal niet|niet echt|niet dat ik weet|valt (wel |best |nog |erg )?mee"
    r"|niet van toepassing|n v t|nvt|zeker niet|absoluut niet|echt niet|denk (het |van )?niet"
    r"|nee hoor|liever niet|niet meer|totaal niet|bijna nooit|dat niet"
    r"|(?:heb|had|ben|was|doe|word|slik|gebruik) ik (?:niet|geen)"
)
_NO_WORDS = {"nee", "neen", "neej", "nope", "nah", "no", "nein", "nooit", "niet", "geen",
             "neuh", "nop"}
_YES_PHRASES = _compile(
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
_NIGHTS_PER_WEEK = re.compile(
    rf"\b(?P<count>{_RANGE}) (?:nachten|dagen|avonden|nacht|dag)"
    r" (?:per|in de|van de|a|op de) week\b"
)
_EVERY_N_PERIODS = re.compile(
    rf"\b(?:om de|elke|iedere) (?:(?P<every>{_NUM}|andere) )?(?P<unit>{_UNIT})\b"
)
_DAILY = _compile(r"dagelijks|dagelijkse")
_DAILY_LIFE = re.compile(r"\bdagelijkse? (?:leven|bezigheden|dingen|activiteiten|werk)\b")
_WEEKLY = _compile(r"wekelijks|wekelijkse")
_MONTHLY = _compile(r"maandelijks|maandelijkse|jaarlijks")
_VAGUE_RARE = _compile(
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
_WEEKLY_FROM = 1.0
# Only clear "rarely" words may pre-fill the form: "soms" or "af en toe" can also mean
# a few times a week, so the form still asks.
_EXPLICIT_RARE = _compile(
    r"zelden|heel zelden|bijna nooit|een enkele keer|sporadisch|heel af en toe|heel soms"
    r"|een paar keer per jaar|bij uitzondering"
)
_KRAMP = _compile(r"kramp\w*|verkramp\w*|krampt|krampen")


def parse_frequency(text: Optional[str]) -> Optional[str]:
    """"zelden" / "wekelijks" / "bijna_elke_nacht", or None when not stated or vague.

    Rates are converted to times per week: 5+ -> bijna_elke_nacht, 1 to 5 ->
    wekelijks, less -> zelden. Ranges use the upper end ("4 a 5 keer" -> 5). "om de
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

# Body parts and signs shared with triage.detect_red_flags.
LEG_PATTERN = (
    r"(?:linker|rechter|onder|boven|dij)?(?:been|benen|beentje)"
    r"|(?:linker|rechter)?(?:kuit|kuiten|voet|voeten|enkel|enkels|scheen|schenen)"
    r"|teen|tenen|dij|dijen|knieholte|poot|poten"
)
_SWOLLEN = r"dik|dikke|dikker|gezwollen|opgezwollen|opgezet|zwelling|zwellen|zwelt|opzwellen"
RED_PATTERN = r"rood|rode|roder|vuurrood|verkleurd|verkleuring|paars|paarse|roodpaars"
WARM_PATTERN = r"warm|warme|warmer|heet|hete|gloeit|gloeiend|gloeiende"
_PAIN = r"pijn|pijnlijk|pijnlijke|doet zeer|zeer"
_RISK_CONTEXT = (
    r"operatie|geopereerd|ingreep|vliegreis|gevlogen|vlucht|lange reis|lange autorit|busreis"
    r"|bedrust|in bed gelegen|gips|bevalling|bevallen|kraamtijd|de pil|anticonceptie|zwanger"
)
# Not symptoms: warmth as self-care ("een warme kruik"), "een dikke kramp" (a big one).
_NOT_A_SIGN = re.compile(
    r"\b(?:warme? (?:douche|kruik|bad|doek|handdoek|sokken|deken)|dikke kramp\w*)\b"
)


def describes_swollen_red_warm_leg(text: Optional[str]) -> bool:
    """One leg swollen, red/discoloured, warm (at least two of these), or one swollen
    leg with pain or after an operation/long journey: the `been_dik_rood_warm` slot.

    At least one sign must be said of the leg itself ("mijn kuit is dik", "dikke rode
    kuit"), so "ik ben te dik en mijn kuit doet pijn" does not count. Swelling of both
    legs alone ("dikke enkels") is not the one-sided leg this is about.
    """
    parts = [_NOT_A_SIGN.sub(" ", clause) for clause in clauses(text)]
    if not (sign_said_of_leg(_SWOLLEN, parts)
            or sign_said_of_leg(rf"{RED_PATTERN}|{WARM_PATTERN}", parts)):
        return False
    signs = sum(mentions(sign, parts) for sign in (_SWOLLEN, RED_PATTERN, WARM_PATTERN))
    if signs >= 2:
        return True
    one_swollen_leg = sign_said_of_leg(_SWOLLEN, parts, leg=_ONE_LEG)
    return one_swollen_leg and (mentions(_PAIN, parts) or mentions(_RISK_CONTEXT, parts))


_ONE_LEG = (r"(?:linker|rechter|onder|boven|dij)?(?:been|beentje)"
            r"|(?:linker|rechter)?(?:kuit|voet|enkel|scheen)|dij|dijbeen")
_PRONOUNS = {"ik", "je", "jij", "hij", "ze", "zij", "we", "wij", "u", "het"}
# Words that may stand between a sign and the leg it describes: "dikke, rode kuit".
_ATTRIBUTIVE = {"en", "of", "erg", "heel", "wat", "beetje", "een", "linker", "rechter",
                "rode", "rood", "dik", "dikke", "warm", "warme", "hete", "heet", "gezwollen",
                "opgezwollen", "pijnlijke", "pijnlijk", "verkleurde", "paarse", "zere"}
_LEG_LOOKBACK_WORDS = 4


def sign_said_of_leg(sign: str, parts: Iterable[str], leg: str = LEG_PATTERN) -> bool:
    """`sign` (not negated) describes a leg: "mijn kuit is dik", "dik rood been"."""
    sign_re, leg_re = _compile(sign), re.compile(rf"(?:{leg})")
    previous: list[str] = []
    for clause in parts:
        for match in sign_re.finditer(clause):
            before = clause[: match.start()].split()
            after = clause[match.end():]
            if _negated_before(before) or _negated_after(after.split()):
                continue
            if _leg_before(before, leg_re) or _leg_after(after, leg):
                return True
            # "mijn been is niet dik, maar wel rood": the leg is in the clause before.
            no_new_subject = not any(word in _PRONOUNS for word in before)
            if no_new_subject and any(leg_re.fullmatch(word) for word in previous):
                return True
        previous = clause.split()
    return False


def _leg_before(words_before: list[str], leg_re: re.Pattern) -> bool:
    """"mijn kuit is erg dik": a leg a few words back, no new subject in between."""
    for word in reversed(words_before[-_LEG_LOOKBACK_WORDS:]):
        if leg_re.fullmatch(word):
            return True
        if word in _PRONOUNS:
            return False
    return False


def _leg_after(text_after: str, leg: str) -> bool:
    """"dik, rood been", "rode plek op mijn scheen": the leg follows the sign."""
    attributes = "|".join(sorted(_ATTRIBUTIVE))
    spot = (r"(?:plek|plekken|plekje|vlek|huid|zwelling|bult) (?:op|aan|in)"
            r" (?:mijn |mn |de |het |zijn |haar )?")
    return bool(re.match(rf"\s*(?:(?:{attributes}) )*(?:{spot})?(?:{leg})\b", text_after))


# Only statements about a person count ("ik ben zwanger", "mijn vrouw is 30 weken
# zwanger"); a topic question like "zwanger en kramp" does not make someone pregnant.
_PREGNANT_YES = (
    r"(?:ik|je|jij|ze|zij|vrouw|vriendin|dochter|partner) (?:ben|bent|is) (?:nu |al |sinds kort )?"
    r"(?:\d{1,2} (?:weken|maanden) )?(?:hoog)?zwanger"
    r"|(?:^|\b)ben (?:ik )?(?:nu |al )?(?:\d{1,2} (?:weken|maanden) )?(?:hoog)?zwanger"
    r"|(?:mijn|haar) zwangerschap|tijdens (?:de|deze) zwangerschap (?:heb|krijg) ik"
    r"|(?:ik ben|ben ik|ben|is) (?:nu |al )?in (?:blijde )?verwachting"
    r"|verwacht (?:een|ons|mijn) (?:baby|kindje|kind)|mijn zwangere|zwangere (?:vrouw|vriendin|dochter|partner) (?:heeft|krijgt)"
    r"|(?:ik ben|ben ik) (?:nu |al )?\d{1,2} weken(?! (?:geleden|ziek|thuis|op|lang|aan|weg))"
)
_PREGNANT_NO = r"(?:niet|geen|nooit) (?:meer )?(?:zwanger|in verwachting)"
_PREGNANT_PAST = (r"was zwanger|zwanger was|zwanger geweest|vorige zwangerschap"
                  r"|eerdere zwangerschap|toen ik zwanger|na mijn zwangerschap|na de zwangerschap")

_NOT_NIET = r"(?:(?!niet\b|geen\b)\w+ )"  # a word that is not a negation
_SLEEP_YES = (
    r"slaap (?:erg |heel |zo |echt )?slecht|slecht (?:slapen|geslapen)"
    r"|slaap niet (?:goed|lekker|meer|door)|kan (?:niet|nauwelijks) (?:meer )?slapen"
    rf"|wakker van|wakker door|(?:word|wordt|werd) {_NOT_NIET}{{0,3}}wakker"
    rf"|(?:houdt|houden|maakt|maken) (?:me|mij) (?:\w+ )?wakker|lig {_NOT_NIET}{{0,2}}wakker"
    r"|wekt me|gewekt|niet doorslapen|uit (?:mijn|mn) slaap|slapeloze?"
    r"|slaap (?:is )?(?:verstoord|onderbroken)|verstoorde slaap|slechte nachtrust"
    r"|nachtrust (?:is )?(?:verstoord|slecht|weg)"
)
_SLEEP_NO = (r"slaap (?:er )?(?:gewoon |prima |heel |wel )?(?:goed|prima|door)|niet wakker"
             r"|geen last van (?:mijn )?slaap")

_MEDICINE = (
    r"plaspil|plaspillen|plastablet\w*|diureticum|diuretica|statine|statines"
    r"|cholesterolverlager\w*|cholesterol ?pil\w*|bloeddruk ?pil\w*|bloeddruk ?middel\w*"
    r"|bloeddrukverlager\w*|bloeddruk ?medicijn\w*|medicijn|medicijnen|medicatie|medicament\w*"
    r"|tabletten|pillen|pilletjes|simvastatine|atorvastatine|rosuvastatine|furosemide"
    r"|hydrochloorthiazide|chloortalidon|salbutamol|inhalator|puffer"
)
_MEDICINE_START = (r"sinds|begonnen|gestart|beginnen|nieuwe?|voorgeschreven|gekregen|andere?"
                   r"|veranderd|verhoogd|omgezet|overgestapt")
_MEDICINE_NO = (r"geen (?:nieuwe |andere )?(?:medicijnen|medicatie|pillen|plaspil\w*|medicijn)"
                r"|(?:slik|gebruik) (?:niks|niets|geen)")
_SUPPLEMENT = r"magnesium|vitamine\w*|supplement\w*"

_LEG_OR_MUSCLE = rf"{LEG_PATTERN}|spier|spieren"
_WEAK = r"slap|slappe|zwak|zwakke|zwakker|krachteloos|minder kracht|geen kracht|futloos"
_WEAK_OR_NUMB_YES = (
    r"tintel\w*|doof gevoel|voelt doof|voelen doof|dove|gevoelloos|gevoelloze|verdoofd"
    r"|slapende? voet|(?:voet|been) slaapt|spierzwakte|krachtverlies|mierenloop|mieren"
    r"|spieren (?:worden|zijn) (?:\w+ )?dunner|dunnere spieren"
    rf"|(?:{_LEG_OR_MUSCLE})(?: \w+){{0,3}} (?:{_WEAK})"
    rf"|(?:{_WEAK}) (?:\w+ ){{0,2}}(?:{_LEG_OR_MUSCLE})"
)
_WEAK_OR_NUMB_NO = (r"geen (?:tintelingen|doof gevoel|krachtverlies|spierzwakte)"
                    r"|niet (?:zwak|gevoelloos|doof)")
# Sudden weakness or numbness is a red flag (triage.detect_red_flags), not a form fact.
_SUDDEN = r"plotseling|plots|ineens|opeens|acuut|in een keer|zomaar"

_WALK = r"lopen|loop|wandel\w*|lopend|loopt"
_WALK_STOP = (r"stilsta\w*|stil sta\w*|stilstaan|sta stil|stop|stoppen|blijven staan|even staan"
              r"|even rusten|uitrusten|rust neem")
_CLAUDICATION = r"na (?:\d+|een paar|paar|\w*honderd) meter|etalagebenen"


def extract_known_facts(text: Optional[str]) -> dict:
    """Triage answers that `text` states clearly, to pre-fill the form. Never guesses."""
    parts = clauses(text)
    if not parts:
        return {}
    found = {
        "frequentie": _frequency(text, strict=True),
        "zwanger": _yes_no_fact(parts, _PREGNANT_YES, _PREGNANT_NO, unclear=_PREGNANT_PAST),
        "slaap_verstoord": _yes_no_fact(parts, _SLEEP_YES, _SLEEP_NO),
        "spierzwakte_of_gevoelloos": _weak_or_numb(parts),
        "nieuwe_medicijnen": _new_medicine(parts),
        "pijn_bij_lopen": True if _pain_when_walking(parts) else None,
        "been_dik_rood_warm": True if describes_swollen_red_warm_leg(text) else None,
    }
    return {slot: value for slot, value in found.items() if value is not None}


def _yes_no_fact(
    parts: list[str], yes: str, no: str, unclear: Optional[str] = None
) -> Optional[bool]:
    said_no = any(_compile(no).search(clause) for clause in parts)
    if unclear and any(_compile(unclear).search(clause) for clause in parts):
        return False if said_no else None
    said_yes = mentions(yes, parts)
    if said_yes == said_no:
        return None
    return said_yes


def _weak_or_numb(parts: list[str]) -> Optional[bool]:
    # A clause with "plotseling/ineens" is left to the red-flag check.
    gradual = [clause for clause in parts if not _compile(_SUDDEN).search(clause)]
    return _yes_no_fact(gradual, _WEAK_OR_NUMB_YES, _WEAK_OR_NUMB_NO)


def _new_medicine(parts: list[str]) -> Optional[bool]:
    """True for "sinds ik een plaspil slik", "nieuwe medicijnen"; False for "geen medicijnen"."""
    if any(_compile(_MEDICINE_NO).search(clause) for clause in parts):
        return False
    medicine, start, supplement = (_compile(p) for p in (_MEDICINE, _MEDICINE_START, _SUPPLEMENT))
    for index, clause in enumerate(parts):
        if not _affirmed_in_clause(medicine, clause) or supplement.search(clause):
            continue
        # The start cue may sit in the clause before: "sinds kort, een plaspil".
        nearby = " ".join(parts[max(0, index - 1): index + 1])
        if start.search(nearby):
            return True
    return None


def _pain_when_walking(parts: list[str]) -> bool:
    """Calf pain when walking that stops when standing still (claudication)."""
    if mentions(_CLAUDICATION, parts):
        return True
    whole = " ".join(parts)
    walks_and_stops = all(_compile(p).search(whole) for p in (_WALK, _WALK_STOP))
    return walks_and_stops and mentions(rf"{_PAIN}|kramp\w*", parts)
