"""Who a message is about: whose complaint it is, not any person it names.

"mijn vrouw zegt dat ik naar de dokter moet" is about the writer; "net als mijn moeder"
or "de dokter vindt" name people who are not the patient. The person is the subject of
the clauses that tell a complaint: "ik" or "mijn kuit" (the writer), "mijn vader heeft
..." or "zijn been is ..." after a relative was named (that relative). A correction
("het gaat om mij", "nee, over mijn zoon") is read apart (`correction`).

The slot `voor_wie` takes zelf, kind or ander; `wie` is how Krampbot names that person
("je vader", "je dochter"). Safety rules §1: speak about that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from krampbot.names import ANDER, KIND, ZELF
from krampbot.reading import concepts as C
from krampbot.text.dutch import normalize
from krampbot.triage.people import ADULT_FROM_AGE, CHILD_NAME, SOMEONE_ELSE

# relative -> (name in Krampbot's reply, sex: "m", "v" or None, a child unless an adult age)
_RELATIVES = {
    "vader": ("je vader", "m", False),
    "pa": ("je vader", "m", False),
    "papa": ("je vader", "m", False),
    "paps": ("je vader", "m", False),
    "moeder": ("je moeder", "v", False),
    "ma": ("je moeder", "v", False),
    "mama": ("je moeder", "v", False),
    "moe": ("je moeder", "v", False),
    "mams": ("je moeder", "v", False),
    "moeke": ("je moeder", "v", False),
    "opa": ("je opa", "m", False),
    "oma": ("je oma", "v", False),
    "opi": ("je opa", "m", False),
    "bompa": ("je opa", "m", False),
    "bomma": ("je oma", "v", False),
    "meme": ("je oma", "v", False),
    "pepe": ("je opa", "m", False),
    "man": ("je man", "m", False),
    "vrouw": ("je vrouw", "v", False),
    "vent": ("je man", "m", False),
    "mijne vent": ("je man", "m", False),
    "manlief": ("je man", "m", False),
    "echtgenoot": ("je man", "m", False),
    "echtgenote": ("je vrouw", "v", False),
    "vriend": ("je vriend", "m", False),
    "vriendin": ("je vriendin", "v", False),
    "lief": ("je partner", None, False),
    "partner": ("je partner", None, False),
    "broer": ("je broer", "m", False),
    "zus": ("je zus", "v", False),
    "zuster": ("je zus", "v", False),
    "zusje": ("je zus", "v", False),
    "broertje": ("je broer", "m", False),
    "schoonvader": ("je schoonvader", "m", False),
    "schoonmoeder": ("je schoonmoeder", "v", False),
    "schoonzoon": ("je schoonzoon", "m", False),
    "schoondochter": ("je schoondochter", "v", False),
    "schoonzus": ("je schoonzus", "v", False),
    "zwager": ("je zwager", "m", False),
    "oom": ("je oom", "m", False),
    "tante": ("je tante", "v", False),
    "nonkel": ("je oom", "m", False),
    "buurman": ("je buurman", "m", False),
    "buurvrouw": ("je buurvrouw", "v", False),
    "gebuur": ("je buurman", None, False),
    "buren": ("je buurman", None, False),
    "collega": ("je collega", None, False),
    "maat": ("je maat", "m", False),  # a mate at work or in sport
    "client": ("je cliënt", None, False),
    "clint": ("je cliënt", None, False),
    "cliente": ("je cliënt", "v", False),
    "bewoner": ("de bewoner", "m", False),
    "bewoonster": ("de bewoonster", "v", False),
    "patient": ("je patiënt", None, False),
    "patiente": ("je patiënt", "v", False),
    "kennis": ("je kennis", None, False),
    "leerling": ("je leerling", None, True),
    "leerlingetje": ("je leerling", None, True),
    "oppaskind": ("je oppaskind", None, True),
    "zoon": ("je zoon", "m", True),
    "zoontje": ("je zoon", "m", True),
    "zoonlief": ("je zoon", "m", True),
    "dochter": ("je dochter", "v", True),
    "dochtertje": ("je dochter", "v", True),
    "dochterke": ("je dochter", "v", True),  # Flemish diminutives in -ke
    "zoonke": ("je zoon", "m", True),
    "kindeke": ("je kind", None, True),
    "menneke": ("je zoon", "m", True),
    "kind": ("je kind", None, True),
    "kindje": ("je kind", None, True),
    "baby": ("je kind", None, True),
    "babytje": ("je kind", None, True),
    "peuter": ("je kind", None, True),
    "kleuter": ("je kind", None, True),
    "puber": ("je kind", None, True),
    "tiener": ("je kind", None, True),
    "kleinzoon": ("je kleinzoon", "m", True),
    "kleindochter": ("je kleindochter", "v", True),
    "kleinkind": ("je kleinkind", None, True),
    "jongen": ("je zoon", "m", True),
    "meisje": ("je dochter", "v", True),
    "ventje": ("je zoon", "m", True),
    "manneke": ("je zoon", "m", True),
    "meiske": ("je dochter", "v", True),
    "meisken": ("je dochter", "v", True),
    "kleine": ("je kind", None, True),
    "kleintje": ("je kind", None, True),
    "dreumes": ("je kind", None, True),
    "zuigeling": ("je kind", None, True),
    "jongste": ("je kind", None, True),
    "oudste": ("je kind", None, True),
    "kereltje": ("je zoon", "m", True),
    "spruit": ("je kind", None, True),
    "gast": ("je zoon", "m", True),  # Flemish "mijne gast": my son (an age decides)
    "gastje": ("je zoon", "m", True),
}
RELATIVE_WORDS = "|".join(sorted(_RELATIVES, key=len, reverse=True))
_POSSESSIVE = r"(?:mijn|mn|onze|ons|mijne|m|me)"
_RELATIVE = re.compile(rf"\b{_POSSESSIVE} (?P<who>{RELATIVE_WORDS})\b(?P<rest>.*)")
_BARE_RELATIVE = re.compile(
    r"^(?:hoi |hallo |help |goedemorgen |goedemiddag |goedenavond )?(?P<who>papa|mama|vader|moeder|opa|oma|pa|ma|man|vrouw|zoon|zoontje"
    r"|dochter|dochtertje|kleinzoon|kleindochter|vriendin|vriend|partner|kind|kindje|baby|ventje|meisje|jongen"
    r"|schoonvader|schoonmoeder|buurman|buurvrouw|broer|zus|peuter|kleuter|dreumes|tiener|puber|kleintje)\b(?P<rest>.*)"
)
# "ons Lotte van 6": a Flemish first name with an age, a child.
_NAMED_CHILD = re.compile(
    r"\b(?:ons|onze) (?!moeder|vader|ma|pa|oma|opa)[a-z]+ (?:van )?(?P<age>\d{1,2})\b"
)
# Nouns for a child someone else speaks of ("een leerling", "de baby").
_CHILD_NOUNS = (
    r"leerling|leerlingetje|jongetje|meisje|baby|peuter|kleuter|pupil|spelertje|oppaskind"
)
# "een leerling (7)", "de baby (8 mnd)": a child named with an article and an age.
_CHILD_WITH_AGE = re.compile(
    rf"\b(?:een|de|het|die|dat|dit|deze) (?:{_CHILD_NOUNS}|kind|kindje|jongen) (?:van |\()?(?P<age>\d{{1,2}})\b(?P<months> ?(?:mnd|maand|maanden|weken|wk)\b)?"
)
# "een kleuter heeft vandaag koorts", "een vriendje dat bij ons logeert": a child named
# with an article, no age; counts when its clause tells a complaint.
# (Not a bare "kind" or "jongen" without an age: "een kind met koorts" is often general.)
_CHILD_BY_ARTICLE = re.compile(
    rf"\b(?:een|de|het|die|dat|dit|deze) (?:{_CHILD_NOUNS}|dreumes|babytje"
    r"|vriendje|vriendinnetje|logeetje|speelkameraadje|kind uit mijn klas)\b"
)
# "kleine meid 2jr koorts", "onze kleine heeft koorts", "ons ukkie": a little one
_LITTLE_ONE = re.compile(
    r"\b(?:(?<!ben een )(?<!ben )(?<!is een )kleine (?:meid|meisje|man|mannetje|vent|ventje|jongen|kerel)|kleintje|ukkie|onze kleine|ons kleintje)\b"
)
_LITTLE_ONE_AGE = re.compile(r"\b(?P<age>1[0-7]|[1-9]) ?(?:jr|jaar|j)\b")
_AGE_AFTER = re.compile(
    # "van 8 maanden" is a baby's age, not 8 years: no age in years then.
    r"^\s*(?:is |van |die |, |\()?(?:\w+ )?(?P<age>\d{1,3})(?: jaar| jr| j\b|\b)"
    r"(?! ?(?:mnd|maand|maanden|maandjes|weken|wk|weekjes|dagen|dag)\b)"
)
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3}) ?(?:jarige|jarig)\b")
_OWN_AGE = re.compile(
    r"\bik ben (?:al |nu )?(?P<age>\d{1,3}) (?:jaar|jr)\b"
    r"|\bik ben (?:al |nu )?(?P<age2>\d{2,3})\b(?! (?:weken|wk|w|dagen|maanden|keer|x|kilo|kg|cm|procent|minuten|uur))"
    r"|\b(?:man|vrouw|vent|meisje|jongen) van (?P<age3>\d{2,3})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:ik|mn|mijn|me|mij|k|mezelf|mijzelf)\b")
_MALE_SELF = re.compile(
    r"\b(?:ik ben (?:een )?(?:man|vent|jongen|kerel|gast)|als man|ik als man|ik man|(?:man|vent|jongen) van \d+)\b"
)
_FEMALE_SELF = re.compile(
    r"\b(?:ik ben (?:een )?(?:vrouw|meid|meisje)|als vrouw|ik als vrouw|vrouw van \d+)\b"
)
# A relative named as a speaker or a comparison, not as the patient.
_NOT_THE_PATIENT = re.compile(
    rf"\b(?:{_POSSESSIVE}|de|het) (?:{RELATIVE_WORDS}|huisarts|dokter|arts|verloskundige|apotheker|fysio\w*)\b"
    r" (?:\w+ ){0,2}(?:zegt|zei|vindt|vond|denkt|dacht|vraagt|vroeg|wil dat|wilt dat|raadt|raadde|zegt dat|stuurt|stuurde|adviseert|adviseerde|maakt zich zorgen|is bezorgd|vertelde|vertelt|belde)"
    # "mijn vader zegt dat hij kramp heeft": he tells of himself, he is the patient
    # ("zei dat ze dat vroeger ook had" is a comparison: she is not the patient)
    r"(?! (?:dat )?(?:hij|ze|zij|ie|die) (?!(?:\w+ ){0,3}(?:ook|vroeger)\b)(?:\w+ ){0,7}(?:heeft|had|is|was|voelt|kan|krijgt|ligt|zit)\b)"
    rf"|\b(?:net als|zoals|ook bij|evenals|net zoals|ook (?:mijn|mn)) (?:{_POSSESSIVE} )?(?:{RELATIVE_WORDS})\b"
    rf"|\b(?:{RELATIVE_WORDS}) (?:had|heeft|hadden) (?:dat|het) (?:ook|vroeger)\b"
)
_SPEAKER_VERB = re.compile(
    r"\b(?:zegt|zei|vindt|vond|denkt|dacht|vraagt|vroeg|wil dat|raadt|adviseert|vertelde|vertelt|belde)\b"
)
# Third person that continues a named relative: "zijn been", "hij heeft", "ze kan".
_THIRD_PERSON = re.compile(r"\b(?:hij|zij|ze|zn|zijn|haar|dr|hem|ie)\b")
_FIRST_PERSON_COMPLAINT = re.compile(
    rf"\b(?:ik|k)\b|\b(?:mijn|mn|me|m) (?:{C.LEG}|{C.MUSCLE}|{C.ARM}|{C.FACE}|{C.CHEST}|{C.BELLY}|{C.HEAD}|lichaam|lijf|plas|urine|hart|adem|ademhaling|tong)\b"
)
_COMPLAINT = re.compile(
    rf"\b(?:{C.CRAMP}|{C.PAIN}|{C.SWOLLEN}|{C.RED}|{C.WARM}|{C.NUMB}|{C.TINGLING}|{C.WEAK}"
    rf"|{C.BREATHLESS}|{C.FEVER}|last|klacht\w*|koorts|zwanger|bevallen|wakker|mank\w*|ziek|spuugt|overgeven)\b"
)
# Answers to "Gaat het om jezelf, om je kind of om iemand anders?" and corrections.
_SELF_ANSWER = re.compile(
    r"\b(?:mezelf|mijzelf|ikzelf|zelf|mij|ik|mijn eigen|me|mezelve|mijn persoon)\b"
)
_OTHER_ANSWER = re.compile(r"\b(?:iemand anders|ander|een ander|andere persoon|voor iemand)\b")
_CORRECTION = re.compile(
    r"^(?:nee|neen|nee nee|sorry|oeps|correctie|niet (?:over|om|voor) \w+|wacht)?\s*(?:\w+ )?(?:het gaat|t gaat|gaat)"
    r" (?:\w+ )?(?:om|over) (?P<who>.+)"
    r"|^(?:nee|neen|sorry|correctie)?\s*(?:het is|t is) (?:voor|over) (?P<who2>.+)"
    r"|^(?:nee|neen|sorry|correctie),? (?:over|om|voor) (?P<who3>.+)"
    r"|\b(?:ik bedoel|bedoel ik|ik heb het over|het gaat niet om \w+ (?:\w+ )?maar om) (?P<who4>.+)"
    r"|^(?:niet (?:mijn|mn) \w+|niet (?:over|om) (?:mijn|mn) \w+),? (?:maar )?(?:ik|mijzelf|mezelf|over mij|om mij) ?(?:zelf)?$"
)


_SPLIT = re.compile(r"[.,;:!?\n]+|\bmaar\b|\s+-\s+")


def _clauses(text: Optional[str]) -> List[str]:
    """Clauses for who-is-it-about: "(82)" stays with its name ("mama (82) hoest")."""
    return [c for c in (normalize(part) for part in _SPLIT.split(text or "")) if c]


@dataclass(frozen=True)
class Person:
    voor_wie: str
    wie: Optional[str] = None  # "je vader"; None for the person themselves
    geslacht: Optional[str] = None  # "m", "v" or None when unknown
    leeftijd: Optional[int] = None


def _relative_person(who: str, rest: str) -> Person:
    name, sex, child = _RELATIVES[who]
    age_match = _AGE_AFTER.match(rest)
    age = int(age_match["age"]) if age_match else None
    if age is not None and age > 120:
        age = None
    if age is not None:
        child = age < ADULT_FROM_AGE
    return Person(KIND if child else ANDER, name, sex, age)


def _own(norm: str) -> Person:
    own = _OWN_AGE.search(norm)
    age = None
    if own:
        age = int(own["age"] or own["age2"] or own["age3"])
    sex = "m" if _MALE_SELF.search(norm) else "v" if _FEMALE_SELF.search(norm) else None
    if sex is None and re.search(
        r"\bik ben (?:\d+ \w+ )?(?:zwanger|in verwachting)|\bben (?:\d+ \w+ )?zwanger|\bik ben (?:net |pas )?bevallen",
        norm,
    ):
        sex = "v"
    return Person(ZELF, None, sex, age)


def _relatives_in(clause: str) -> List[Tuple[str, str, int]]:
    found = [(m["who"], m["rest"], m.start()) for m in _RELATIVE.finditer(clause)]
    bare = _BARE_RELATIVE.match(clause)
    if bare and not found:
        found.append((bare["who"], bare["rest"], 0))
    return found


_I_AGE_AND_SEX = re.compile(
    r"\bik\s*[(,]\s*(\d{1,3})\s*,\s*(?:man|vrouw|m|v)\s*[),]?", re.IGNORECASE
)
_AGE_AND_SEX = re.compile(r"\b(\d{1,3})\s*,\s*(?:man|vrouw|m|v)\b", re.IGNORECASE)


def detect_person(text: Optional[str]) -> Optional[Person]:
    """Whose complaint the message tells, or None when it does not say.

    "mijn vader van 82 heeft kramp" -> ander (je vader, m, 82); "mijn dochter van 6"
    -> kind; "mijn zoon van 40" -> ander; "ik heb kramp" -> zelf; "mijn vrouw zegt dat
    ik naar de dokter moet" -> zelf.
    """
    # "ik (34, man) heb buikgriep": the writer's sex after an age, not "mijn man"
    text = _AGE_AND_SEX.sub(r"\1 jaar", _I_AGE_AND_SEX.sub(r"ik ben \1 jaar", text or ""))
    norm = normalize(text)
    if not norm:
        return None
    parts = _clauses(text) or [norm]
    last_relative: Optional[Person] = None
    votes: List[Person] = []
    for clause in parts:
        speakers = {m.group(0) for m in _NOT_THE_PATIENT.finditer(clause)}
        relatives = [
            (who, rest, pos)
            for who, rest, pos in _relatives_in(clause)
            if not any(f" {who}" in f" {s}" or s.startswith(who) for s in speakers)
        ]
        named_child = _NAMED_CHILD.search(clause) or _CHILD_WITH_AGE.search(clause)
        if named_child and int(named_child["age"]) >= 18:
            named_child = None
        if not named_child and not relatives and _LITTLE_ONE.search(clause):
            # a little one is never the writer: "kleine meid 2jr koorts ... als ik t aanraak"
            age = _LITTLE_ONE_AGE.search(clause)
            last_relative = Person(KIND, CHILD_NAME, None, int(age["age"]) if age else None)
            votes.append(last_relative)
            continue
        if not named_child and not relatives and _CHILD_BY_ARTICLE.search(clause):
            # the child a later "hij heeft koorts" is about; it decides when it tells
            last_relative = Person(KIND, CHILD_NAME, None, None)
            if _COMPLAINT.search(clause) and not _FIRST_PERSON_COMPLAINT.search(clause):
                votes.append(last_relative)
                continue
        complaint = bool(_COMPLAINT.search(clause))
        speaker_clause = bool(speakers) or bool(_SPEAKER_VERB.search(clause))
        if relatives:
            who, rest, _ = relatives[0]
            last_relative = _relative_person(who, rest)
            # "mijn vader ... heeft kramp" or "mijn vader (82), zijn kuit ..."
            first_person_complaint = (
                bool(_FIRST_PERSON_COMPLAINT.search(clause[: clause.find(who)]))
                and complaint
                and not _THIRD_PERSON.search(clause)
            )
            if not first_person_complaint:
                votes.append(last_relative)
                continue
        elif named_child:
            months = named_child.groupdict().get("months")
            last_relative = Person(
                KIND, CHILD_NAME, None, None if months else int(named_child["age"])
            )
            votes.append(last_relative)
            continue
        if speaker_clause and not complaint:
            continue
        if (
            complaint
            and _FIRST_PERSON_COMPLAINT.search(clause)
            and not (
                last_relative is not None
                and _THIRD_PERSON.search(clause)
                and not re.search(r"\b(?:ik|k|mijn|mn|me)\b", clause)
            )
        ):
            votes.append(_own(norm))
        elif complaint and last_relative is not None and _THIRD_PERSON.search(clause):
            votes.append(last_relative)
    if votes:
        # The first clause that tells a complaint decides; a later "ik" ("ik maak me
        # zorgen") does not take it over from the patient.
        chosen = (
            next((v for v in votes if v.voor_wie != ZELF), None)
            if _only_worry_is_mine(parts)
            else None
        )
        person = chosen or votes[0]
        if person.voor_wie != ZELF:
            return _with_age_from_text(person, norm)
        return person
    if last_relative is not None:
        return _with_age_from_text(last_relative, norm)
    if _FIRST_PERSON.search(norm):
        return _own(norm)
    return None


def _only_worry_is_mine(parts: List[str]) -> bool:
    """ "Mijn vader heeft ... en ik maak me zorgen": the writer's only "complaint" is worry."""
    mine = [c for c in parts if re.search(r"\b(?:ik|k)\b", c) and _COMPLAINT.search(c)]
    return bool(mine) and all(
        re.search(r"zorgen|bang|ongerust|bezorgd|weet niet|vertrouw|twijfel|vraag", c) for c in mine
    )


def _with_age_from_text(person: Person, norm: str) -> Person:
    if person.leeftijd is not None:
        return person
    match = re.search(r"\((?P<age>\d{1,3})\)|\b(?P<age2>\d{1,3}) jaar\b", norm)
    if match is None:
        return person
    age = int(match["age"] or match["age2"])
    if age > 120:
        return person
    voor_wie = person.voor_wie
    if voor_wie in (KIND, ANDER):
        voor_wie = KIND if age < ADULT_FROM_AGE else ANDER
    return Person(voor_wie, person.wie, person.geslacht, age)


def parse_person_answer(text: Optional[str]) -> Optional[Person]:
    """The answer to "Gaat het om jezelf, om je kind of om iemand anders?"."""
    norm = normalize(text)
    if norm in (ZELF, KIND, ANDER):  # button payloads
        return Person(norm, {ZELF: None, KIND: CHILD_NAME, ANDER: SOMEONE_ELSE}[norm])
    person = detect_person(text)
    if person is not None and person.voor_wie != ZELF:
        return person
    if re.search(r"\b(?:kind|kindje|kinderen)\b", norm):
        return Person(KIND, CHILD_NAME)
    if _OTHER_ANSWER.search(norm):
        return Person(ANDER, SOMEONE_ELSE)
    if _SELF_ANSWER.search(norm):
        return person or Person(ZELF)
    return None


# Other ways to say whom it is about, anywhere in a message: "verkeerd getypt, het is voor
# mijn man", "ik typ dit namens mijn dochter", "ik had moeten zeggen dat het om mijn zoon
# gaat", "eigenlijk alleen de jongste, onze zoon van 6". The person named must be read
# by parse_person_answer, so "het is voor mijn werk" is no correction.
_CORRECTION_ANYWHERE = re.compile(
    r"\bdat (?:het|t) (?:om|over) (?P<a>.+?) gaat\b"
    r"|\b(?:het|t|dit|dat) (?:gaat|ging) (?:\w+ )?(?:om|over) (?P<b>.+)"
    r"|\b(?:het|t|dit) (?:is|was) (?:voor |over |om )?(?P<c>(?:mijn|mn|onze|ons|m) .+)"
    r"|\b(?:ik typ|ik schrijf|ik vraag|ik stuur|ik tik)(?: het| dit| dat)?(?: \w+)? (?:namens|voor) (?P<d>.+)"
    r"|\bnamens (?P<e>.+)"
    r"|\b(?:ik bedoelde|bedoelde ik)(?: dat)?(?: vooral| eigenlijk| juist)? (?P<f>.+)"
    r"|\beigenlijk (?:alleen|vooral|gaat het om) (?P<g>.+)"
)
# The person themselves: "ik wil het over mijn eigen klachten hebben", "nu eerst voor mezelf".
_CORRECTION_TO_SELF = re.compile(
    r"\b(?:over|om) (?:mijn|mn) eigen (?:klachten|kramp\w*|benen|been|kuiten|probleem|problemen)"
    r"|\b(?:nu|eerst|nu eerst|vooral) (?:voor|over|om) (?:mezelf|mijzelf|mij|mij zelf)\b"
    r"|\b(?:laat|vergeet) (?:\w+ ){1,3}(?:maar )?(?:even )?(?:zitten|weg|buiten beschouwing)\b.*\b(?:mijn eigen|mezelf|mijzelf|mij|ikzelf|ik zelf)\b"
)


def correction(text: Optional[str]) -> Optional[Person]:
    """ "het gaat om mij", "nee, over mijn zoon", "ik bedoel mijn moeder": a correction of
    who it is about, at any moment; None when the message is no correction."""
    norm = normalize(text)
    if not norm:
        return None
    match = _CORRECTION.search(norm)
    if match is not None:
        who = next((g for g in match.groups() if g), None)
        if who is None:  # "niet mijn vrouw, maar ik"
            return Person(ZELF)
        if _SELF_FIRST.match(who):  # "het gaat om mij, niet om mijn vrouw"
            return Person(ZELF)
        person = parse_person_answer(who)
        if person is not None and (person.voor_wie != ZELF or _SELF_NAMED.search(who)):
            return person
    if _CORRECTION_TO_SELF.search(norm):
        return Person(ZELF)
    match = _CORRECTION_ANYWHERE.search(norm)
    if match is not None:
        who = next((g for g in match.groups() if g), "")
        person = parse_person_answer(who)
        if person is not None and (person.voor_wie != ZELF or _SELF_NAMED.search(who)):
            return person
    return None


_SELF_FIRST = re.compile(
    r"(?:mij|mezelf|mijzelf|ikzelf|ik zelf|mij zelf|mijn eigen|ik)\b(?! (?:zoon|dochter|kind|man|vrouw|vader|moeder))"
)
_SELF_NAMED = re.compile(r"\b(?:mij|mezelf|mijzelf|ikzelf|ik zelf|mij zelf)\b")
