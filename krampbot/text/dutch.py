"""Dutch text mechanics: normalising, clauses, negation ("niet benauwd").

Plain Python (no Rasa). Everything works on `normalize`d text: lowercase, no accents,
no punctuation, apostrophes removed ("m'n" -> "mn", "'s nachts" -> "s nachts").

Negation: a phrase counts as "negated" when a negation word (niet, geen, nooit, zonder,
...) stands right before it, possibly with a few filler words in between ("geen last van
tintelingen", "niet dik of rood"), or when the clause ends in "niet"/"nee" ("koorts heb
ik niet"). Negation never crosses a clause border (. , ; ! ? and "maar") and stops
at words such as "wel" or "ik" ("ik weet niet of ik benauwd ben" is not a denial).

What the words *mean* (legs, swelling, suddenness ...) lives in krampbot.reading.concepts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Optional

# --------------------------------------------------------------------------- normalize

_APOSTROPHES = "'`\u2018\u2019\u00b4"


def normalize(text: Optional[str]) -> str:
    """Lowercase, strip accents and punctuation, collapse whitespace."""
    if not text:
        return ""
    return _normalize(text)


# One message is normalised many times (clauses, facts, person, signs): cache it; and
# plain ASCII text (most messages) needs no accent stripping, character by character.
@lru_cache(maxsize=8192)
def _normalize(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        without_accents = lowered
    else:
        decomposed = unicodedata.normalize("NFKD", lowered)
        without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Apostrophes glue words together ("m'n" -> "mn"); a leading one just disappears.
    without_apostrophes = re.sub(f"[{_APOSTROPHES}]", "", without_accents)
    letters_and_digits = re.sub(r"[^a-z0-9]+", " ", without_apostrophes)
    return " ".join(_REGIONAL.get(word, word) for word in letters_and_digits.split())


# Regional spellings as people type them (Flemish, Brabants, Limburgs, Gronings, Twents,
# Fries-tinted Dutch), read as the standard word. Only forms that are no other common
# word: not "zien" (to see), "kin" (chin), "hai" (hi), "erm", "no", "it", "an", "nou".
_REGIONAL = {
    # possessives and pronouns
    "mien": "mijn",
    "myn": "mijn",
    "munne": "mijn",
    "mijnen": "mijn",
    "mennen": "mijn",
    "heur": "haar",
    "haor": "haar",
    "haore": "haar",
    "hom": "hem",
    "zai": "zij",
    "ich": "ik",
    "mich": "mij",
    "ge": "je",
    "gij": "jij",
    # verbs
    "zen": "ben",
    "bin": "ben",
    "hedde": "hebt",
    "hebbe": "heb",
    "hob": "heb",
    "mot": "moet",
    "mout": "moet",
    "motten": "moeten",
    "krieg": "krijg",
    "kriegt": "krijgt",
    "gaait": "gaat",
    "giet": "gaat",
    "lopt": "loopt",
    "staon": "staan",
    "stoan": "staan",
    "sit": "zit",
    "stek": "steekt",
    "praot": "praat",
    "proat": "praat",
    "huulen": "huilen",
    "huult": "huilt",
    "doun": "doen",
    "doon": "doen",
    "bewege": "bewegen",
    "begonne": "begonnen",
    "binnenholden": "binnenhouden",
    "binnenhollen": "binnenhouden",
    "flauwvalen": "flauwgevallen",
    # nouns and body parts
    "kuut": "kuit",
    "kuuten": "kuiten",
    "bain": "been",
    "bein": "been",
    "baine": "benen",
    "beine": "benen",
    "tonge": "tong",
    "lutje": "kleine",
    "lutjes": "kleine",
    # negation and other words
    "gin": "geen",
    "gein": "geen",
    "gain": "geen",
    "gien": "geen",
    "nait": "niet",
    "neet": "niet",
    "nich": "niet",
    "neat": "niets",
    "aaltied": "altijd",
    "altied": "altijd",
    "sunds": "sinds",
    "sins": "sinds",
    "uut": "uit",
    "noe": "nu",
    "mie": "meer",
    "good": "goed",
    "goud": "goed",
    "roed": "rood",
    "pienlijk": "pijnlijk",
    "pijnluk": "pijnlijk",
    "bijkans": "bijna",
    "allebaide": "allebei",
    "allebeide": "allebei",
    "kortadem": "kortademig",
    "langzoamaan": "langzaamaan",
    "efkes": "eventjes",
    "eefkes": "eventjes",
    "da": "dat",
    "es": "eens",
    "as": "als",
    "aseme": "ademen",
    "asemen": "ademen",
    "asem": "adem",
    "daage": "dagen",
    "dage": "dagen",
    "geleje": "geleden",
    "graoden": "graden",
    "zeuven": "zeven",
    "fan": "van",
    "middei": "middag",
    "jun": "avond",
    "fest": "vast",
    "vanmorn": "vanmorgen",
    "naachs": "nachts",
    "fietse": "fietsen",
}


def clauses(text: Optional[str]) -> list[str]:
    """Normalized clauses: split on punctuation and on "maar", where negation ends."""
    if not text:
        return []
    # A decimal comma or point is no clause boundary ("38,9 koorts", "1.5 liter").
    parts = re.split(r"(?:(?<!\d)[.,]|[.,](?!\d)|[;:!?\n()])+|\s+-\s+|\bmaar\b", text.lower())
    return [clause for clause in (normalize(part) for part in parts) if clause]


# --------------------------------------------------------------------------- negation

_NEGATORS = {
    "niet",
    "geen",
    "nooit",
    "zonder",
    "nergens",
    "noch",
    "niks",
    "niets",
    "ni",
    "nie",
    "evenmin",
    "allesbehalve",
    "niemand",  # "niemand is dik, rood of benauwd"
    # English in chat Dutch: "no chest pain", "not swollen"
    "no",
    "not",
    "never",
    "without",
    "nothing",
}
# Words that may stand between a negator and what it negates: "geen last van X",
# "niet echt X", "niet dik of rood".
_NEGATION_FILLERS = {
    "echt",
    "zo",
    "erg",
    "heel",
    "helemaal",
    "meer",
    "last",
    "van",
    "een",
    "de",
    "het",
    "op",
    "mijn",
    "mn",
    "in",
    "is",
    "ben",
    "bent",
    "word",
    "wordt",
    "voel",
    "me",
    "mij",
    "er",
    "nog",
    "te",
    "zijn",
    "heb",
    "hebt",
    "heeft",
    "sprake",
    "aan",
    "al",
    "of",
    "lijkt",
    "echte",
    "dat",
    # symptoms that are listed together: "niet dik, rood of warm"
    "dik",
    "rood",
    "rode",
    "warm",
    "heet",
    "gezwollen",
    "opgezwollen",
    "benauwd",
    "kortademig",
    "koorts",
    "pijn",
    "pijnlijk",
    "verkleurd",
}
_MAX_FILLERS = 4
_TRAILING_FILLERS = {
    "ben",
    "bent",
    "is",
    "ik",
    "heb",
    "hebt",
    "heeft",
    "het",
    "er",
    "ze",
    "hij",
    "zij",
    "was",
    "had",
    "dat",
    "die",
    # "dik is ie niet", "rood ook niet", "warm voelt hij niet"
    "ie",
    "t",
    "ook",
    "zijn",
    "wordt",
    "lijkt",
    "voelt",
    "helemaal",
    # "kortademig ben ik in het geheel niet", "benauwd ben ik absoluut niet"
    "in",
    "geheel",
    "absoluut",
    "totaal",
    "zeker",
    "beslist",
    "echt",
    # "zwak voelt mijn been niet"
    "mijn",
    "mn",
    "haar",
    "been",
    "benen",
    "voet",
    "kuit",
}
_NOTHING_NOTICED = {
    "van",
    "te",
    "merken",
    "gemerkt",
    "zien",
    "gezien",
    "gevoeld",
    "ik",
    "er",
    "hij",
    "ze",
}
_TRAILING_NEGATORS = {"niet", "nee", "geen", "evenmin", "ni", "nie"}
# "op" ends a separable verb: "het zwelt niet op"
_TRAILING_SOFTENERS = {"hoor", "echt", "gelukkig", "zo", "meer", "ofzo", "op"}


_LIST_JOINERS = {"of", "en", "noch"}
_MAX_LIST_STEPS = 8
_BETWEEN_JOINER_AND_ITEM = {"de", "het", "een", "ook", "geen"}
_NEW_PHRASE = {
    "ik",
    "je",
    "jij",
    "hij",
    "ze",
    "zij",
    "we",
    "wel",
    "maar",
    "heb",
    "heeft",
    "is",
    "zijn",
    "mijn",
    "mn",
    "zn",
    "haar",
    "dr",
    "nu",
    "dan",
    "meer",
}


def negated_before(words_before: list[str]) -> bool:
    """A negator shortly before, possibly with fillers in between ("geen last van"), or
    earlier in a list joined by "of"/"en" ("geen harde buiken of bloedverlies", "niks dik
    of rood"). A new phrase after the joiner ("geen kracht en mn plas ...") ends it."""
    reversed_words = list(reversed(words_before))
    for steps, word in enumerate(reversed_words):
        if word in _NEGATORS and reversed_words[steps + 1 : steps + 3] != ["het", "uit"]:
            return True  # ("uit het niets" is sudden, not a denial)
        if (
            word in _LIST_JOINERS
            and steps < _MAX_LIST_STEPS
            and all(w in _BETWEEN_JOINER_AND_ITEM for w in reversed_words[:steps])
        ):
            # The list before the joiner: its items up to a negator.
            for item_step, item in enumerate(reversed_words[steps + 1 :], start=1):
                if item in _NEGATORS:
                    return True
                if item in _NEW_PHRASE or item_step > 4:
                    return False
            return False
        if word not in _NEGATION_FILLERS or steps >= _MAX_FILLERS:
            return False
    return False


def negated_after(words_after: list[str]) -> bool:
    """'koorts heb ik niet', 'benauwd? nee': a short tail that ends in a negation."""
    while words_after and words_after[-1] in _TRAILING_SOFTENERS:
        words_after = words_after[:-1]
    if (
        words_after
        and words_after[0] in {"niks", "niets"}
        and len(words_after) <= 5
        and all(w in _NOTHING_NOTICED for w in words_after[1:])
    ):
        return True  # "van zwelling niks te merken", "benauwdheid niets van gezien"
    if not words_after or words_after[-1] not in _TRAILING_NEGATORS:
        return False
    return len(words_after) <= 6 and all(w in _TRAILING_FILLERS for w in words_after[:-1])


def affirmed_in_clause(pattern: re.Pattern[str], clause: str) -> bool:
    for match in pattern.finditer(clause):
        before = clause[: match.start()].split()
        after = clause[match.end() :].split()
        if not negated_before(before) and not negated_after(after):
            return True
    return False


@lru_cache(maxsize=2048)
def compile_words(pattern: str) -> re.Pattern[str]:
    """`pattern` as whole words; compiled once (the same patterns run on every message)."""
    return re.compile(rf"\b(?:{pattern})\b")


def mentions(pattern: str | re.Pattern[str], text_or_clauses: str | Iterable[str]) -> bool:
    """True if `pattern` occurs in some clause without being negated."""
    compiled = pattern if isinstance(pattern, re.Pattern) else compile_words(pattern)
    parts = clauses(text_or_clauses) if isinstance(text_or_clauses, str) else text_or_clauses
    return any(affirmed_in_clause(compiled, clause) for clause in parts)


def mentions_any(patterns: Iterable[str], text_or_clauses: str | Iterable[str]) -> bool:
    parts = clauses(text_or_clauses) if isinstance(text_or_clauses, str) else list(text_or_clauses)
    return any(mentions(pattern, parts) for pattern in patterns)


# --------------------------------------------------------------------------- greetings

_GREETING_FIRST = re.compile(
    r"^\s*(?:(?:hoi|hallo|hey|hai|hi|hoihoi|hallootjes|goedemorgen|goedemiddag|goedenavond|goeiemorgen"
    r"|goeiemiddag|goeienavond|goeiedag|goedendag|dag|beste|geachte)(?:\s+(?:krampbot|daar|allemaal))?"
    r"[\s,!.:;-]+)+",
    re.IGNORECASE,
)


def without_greeting(text: str) -> str:
    """ "Hoi, wat kan ik doen tegen kramp?" without the greeting, so the classifier reads the
    question; a greeting alone ("hallo", "goedemorgen!") stays as it is."""
    match = _GREETING_FIRST.match(text or "")
    if not match:
        return text
    rest = text[match.end() :]
    return rest if len(rest.split()) >= 3 else text
