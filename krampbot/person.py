"""Who a message is about: the person themselves, a child, or someone else.

The slot `voor_wie` takes `zelf`, `kind` or `ander`; the slot `wie` holds how Krampbot
names that person in questions and advice ("je vader", "je dochter"). Safety rules §1:
speak about that person, never "je benen" as if it were the user's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from krampbot.dutch import normalize

ZELF = "zelf"
KIND = "kind"
ANDER = "ander"
VOOR_WIE = (ZELF, KIND, ANDER)
# How to name someone else when the message did not say who ("voor iemand anders").
SOMEONE_ELSE = "diegene"
CHILD_NAME = "je kind"
ADULT_FROM_AGE = 18

# relative -> (name in Krampbot's reply, sex: "m", "v" or None, child unless an adult age)
_RELATIVES = {
    "vader": ("je vader", "m", False), "pa": ("je vader", "m", False),
    "papa": ("je vader", "m", False), "moeder": ("je moeder", "v", False),
    "ma": ("je moeder", "v", False), "mama": ("je moeder", "v", False),
    "opa": ("je opa", "m", False), "oma": ("je oma", "v", False),
    "man": ("je man", "m", False), "vrouw": ("je vrouw", "v", False),
    "echtgenoot": ("je man", "m", False), "echtgenote": ("je vrouw", "v", False),
    "vriend": ("je vriend", "m", False), "vriendin": ("je vriendin", "v", False),
    "partner": ("je partner", None, False), "broer": ("je broer", "m", False),
    "zus": ("je zus", "v", False), "zusje": ("je zus", "v", False),
    "broertje": ("je broer", "m", False), "schoonvader": ("je schoonvader", "m", False),
    "schoonmoeder": ("je schoonmoeder", "v", False), "oom": ("je oom", "m", False),
    "tante": ("je tante", "v", False), "buurman": ("je buurman", "m", False),
    "buurvrouw": ("je buurvrouw", "v", False), "collega": ("je collega", None, False),
    "zoon": ("je zoon", "m", True), "zoontje": ("je zoon", "m", True),
    "dochter": ("je dochter", "v", True), "dochtertje": ("je dochter", "v", True),
    "kind": ("je kind", None, True), "kindje": ("je kind", None, True),
    "baby": ("je kind", None, True), "peuter": ("je kind", None, True),
    "kleuter": ("je kind", None, True), "puber": ("je kind", None, True),
    "tiener": ("je kind", None, True), "kleinzoon": ("je kleinzoon", "m", True),
    "kleindochter": ("je kleindochter", "v", True), "kleinkind": ("je kleinkind", None, True),
    "jongen": ("je zoon", "m", True), "meisje": ("je dochter", "v", True),
}
RELATIVE_WORDS = "|".join(sorted(_RELATIVES, key=len, reverse=True))
_POSSESSIVE = r"(?:mijn|mn|onze|ons)"
_RELATIVE = re.compile(rf"\b{_POSSESSIVE} (?P<who>{RELATIVE_WORDS})\b(?P<rest>.*)")
_AGE_AFTER = re.compile(r"^\s*(?:is |van |die |, )?(?:\w+ )?(?P<age>\d{1,3})(?: jaar| jr|\b)")
_OWN_AGE = re.compile(
    r"\bik ben (?:al )?(?P<age>\d{1,3}) (?:jaar|jr)\b"
    r"|\bik ben (?:al )?(?P<age2>\d{2,3})\b(?! (?:weken|dagen|maanden|keer|x|kilo|kg|cm|procent))"
)
_FIRST_PERSON = re.compile(
    r"\b(?:ik|mn|mijn|me|mij)\b"
)
_MALE_SELF = re.compile(r"\b(?:ik ben een (?:man|vent|jongen|kerel)|als man|ik als man|ik man)\b")
_FEMALE_SELF = re.compile(r"\b(?:ik ben een (?:vrouw|meid|meisje)|als vrouw|ik als vrouw)\b")
# "voor mezelf", "over mijzelf": answers to the question who it is about.
_SELF_ANSWER = re.compile(r"\b(?:mezelf|mijzelf|ikzelf|zelf|mij|ik|mijn eigen)\b")
_OTHER_ANSWER = re.compile(r"\b(?:iemand anders|ander|een ander|andere persoon)\b")


@dataclass(frozen=True)
class Person:
    voor_wie: str
    wie: Optional[str] = None      # "je vader"; None for the person themselves
    geslacht: Optional[str] = None  # "m", "v" or None when unknown
    leeftijd: Optional[int] = None


def detect_person(text: Optional[str]) -> Optional[Person]:
    """The person a message is about, or None when it does not say.

    "mijn vader van 82 heeft kramp" -> ander (je vader, m, 82); "mijn dochter van 6"
    -> kind; "mijn zoon van 40" -> ander; "ik heb kramp" -> zelf.
    """
    norm = normalize(text)
    if not norm:
        return None
    match = _RELATIVE.search(norm)
    if match:
        name, sex, child = _RELATIVES[match["who"]]
        age_match = _AGE_AFTER.match(match["rest"])
        age = int(age_match["age"]) if age_match else None
        if age is not None:
            child = age < ADULT_FROM_AGE
        if child:
            return Person(KIND, name, sex, age)
        return Person(ANDER, name, sex, age)
    if _FIRST_PERSON.search(norm):
        own = _OWN_AGE.search(norm)
        age = int(own["age"] or own["age2"]) if own else None
        sex = "m" if _MALE_SELF.search(norm) else "v" if _FEMALE_SELF.search(norm) else None
        return Person(ZELF, None, sex, age)
    return None


def parse_person_answer(text: Optional[str]) -> Optional[Person]:
    """The answer to "Gaat het om jezelf of om iemand anders?"."""
    norm = normalize(text)
    if norm in VOOR_WIE:  # button payloads
        return Person(norm, {ZELF: None, KIND: CHILD_NAME, ANDER: SOMEONE_ELSE}[norm])
    person = detect_person(text)
    if person is not None and person.voor_wie != ZELF:
        return person
    if re.search(r"\bkind\b", norm):
        return Person(KIND, CHILD_NAME)
    if _OTHER_ANSWER.search(norm):
        return Person(ANDER, SOMEONE_ELSE)
    if _SELF_ANSWER.search(norm):
        return person or Person(ZELF)
    return None


def could_be_pregnant(voor_wie: Optional[str], geslacht: Optional[str],
                      leeftijd: Optional[int]) -> bool:
    """Whether to ask about pregnancy: not for a child, a man, or someone of 56 or older."""
    if voor_wie == KIND or geslacht == "m":
        return False
    return leeftijd is None or 12 <= leeftijd <= 55
