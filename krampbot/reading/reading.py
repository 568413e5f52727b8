"""The Reading of one message: everything Krampbot needs to know about a text, made once.

`read(text)` is context-free (it never sees the conversation). One NLU component
(components/reading.py) makes it for every message and attaches it to the parse output
under `lezing`, so it reaches `tracker.latest_message` and is stored with the message:
it holds codes, never copies of the text. krampbot.reading.context combines it with the
slots (an answer to the question asked, "hij", old signs confirmed across turns). The
NLU guards, the form and the actions use these two and never read the text again.

Fields (all JSON-able):
- clauses: number of clauses
- persoon: whose complaint it is {voor_wie, wie, geslacht, leeftijd} or None;
  correctie: a correction of who it is about ("het gaat om mij"), same shape
- tekens: warning-sign codes, most urgent first; niveau: their highest level
- oude_tekens: signs the person calls old and unchanged
- losse_staten: states said with only a pronoun ("hij is dik"), for context to bind
- feiten: triage facts {slot: value}; details: where they came from {slot: {...}}
- antwoorden: candidate answers to each kind of question (ja_nee, frequentie, voor_wie,
  zwanger, plotseling, aanbod)
- commando: the commands said; vraag: asks a question; klacht: tells a current bodily
  complaint; verteld: tells about complaints without asking; eigen_kramp: has cramps,
  perhaps said in passing; over: what it is about (kramp, benen, lichaam, zwangerschap)
- afscheid: goodbye or thank when the message closes the conversation (no question, no
  complaint, no sign); a goodbye then carries no facts and no answers
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Dict, List, Optional

from krampbot import names as N
from krampbot.names import KIND
from krampbot.reading import concepts as C
from krampbot.reading.answers import (
    is_unsure,
    parse_frequency,
    parse_offer_answer,
    parse_pregnancy_answer,
    parse_sudden_answer,
    parse_yes_no,
)
from krampbot.reading.facts import read_facts
from krampbot.reading.person import Person, correction, detect_person, parse_person_answer
from krampbot.reading.scene import Scene
from krampbot.reading.signs import context_of, detect
from krampbot.reading.utterance import (
    about,
    closes_the_conversation,
    command_said,
    describes_complaint,
    is_personal_statement,
    is_question,
    mentions_own_cramps,
)
from krampbot.triage.levels import max_level

VERSION = 1
Reading = Dict[str, Any]

# States said with only a pronoun, that the conversation may bind to a leg.
_LOOSE_STATES = {
    "dik": C.SWOLLEN,
    "rood": C.RED,
    "warm": C.WARM,
    "wit_blauw": rf"{C.PALE}|{C.BLUE}",
    "gevoelloos": C.NO_FEELING,
}
# "hij is nu ook dik", "die wordt rood": a pronoun as subject, a copula, the state.
_PRONOUN_SUBJECT = r"(?:hij|ie|die|het|ze|deze|t) (?:is|wordt|word|voelt|ziet|staat|werd|was|lijkt|blijft) (?:\w+ ){0,3}"


def _appointment_fact(values: Dict[str, Any]) -> bool:
    return values.get("frequentie") in (N.WEKELIJKS, N.BIJNA_ELKE_NACHT) or any(
        values.get(slot) is True
        for slot in (
            "pijn_bij_lopen",
            "nieuwe_medicijnen",
            "slaap_verstoord",
            "pijn_overdag_of_mank",
        )
    )


def _person(person: Optional[Person]) -> Optional[Dict[str, Any]]:
    return None if person is None else asdict(person)


def read(text: Optional[str]) -> Reading:
    """The Reading of `text` (see the module doc)."""
    text = text or ""
    if text.lstrip().startswith("/"):
        return _payload_reading(text)
    scene = Scene.of(text)
    person = detect_person(text)
    age = person.leeftijd if person else None
    # "ik ben 13 en heb koorts": a teenager writing about themself is a child too
    child = bool(person and (person.voor_wie == KIND or (age is not None and age < 18)))
    ctx = context_of(scene, child=child, age=age)
    signs, old = detect(scene, ctx)
    level = None
    for sign in signs:
        level = max_level(level, sign.level)
    facts = read_facts(text)
    # Weakness that came suddenly is 112 when it is the person's own, now: not when a
    # general or hypothetical question names it ("ik hoorde dat plotseling een slap been
    # een teken van een beroerte kan zijn") or a story about someone else tells it.
    counting = [clause.text for clause in scene.clauses if clause.counts]
    if len(counting) < len(scene.clauses):
        told_now = read_facts(". ".join(counting))
        for slot in (N.SPIERZWAKTE_OF_GEVOELLOOS, N.KLACHTEN_PLOTSELING):
            facts.values.pop(slot, None)
            facts.details.pop(slot, None)
            if slot in told_now.values:
                facts.values[slot] = told_now.values[slot]
                if slot in told_now.details:
                    facts.details[slot] = told_now.details[slot]
    values = dict(facts.values)
    if any(s.code == "been_dik_rood_warm" for s in signs):
        values["been_dik_rood_warm"] = True
    if ctx.kinine:
        facts.details.setdefault("medicijn", {})["kinine"] = True
    loose = [
        name
        for name, pattern in _LOOSE_STATES.items()
        if not scene.mentioned(C.LEG)
        and not scene.mentioned(C.HARMLESS_COLOUR)
        and scene.has(rf"{_PRONOUN_SUBJECT}(?:{pattern})")
    ]
    fixed = correction(text)
    asked = is_question(text)
    told = (
        describes_complaint(scene)
        or describes_complaint(scene, in_questions=True)
        # A sign of any level, or an appointment fact said of a person ("sindsdien heb ik
        # om de andere nacht kramp", "beide enkels opgezet"): a complaint told.
        or level is not None
        or (
            person is not None
            and not scene.all_general
            and (scene.mentioned(C.CRAMP) or scene.mentioned(C.LEG))
            and _appointment_fact(values)
        )
    )
    # A goodbye tells nothing to keep: "ik ga elke dag rekken, doei" is no frequency.
    closing = None if told or asked else closes_the_conversation(text)
    if closing:
        values, facts.details = {}, {}
    reading: Reading = {
        "v": VERSION,
        "clauses": len(scene.clauses),
        "persoon": _person(person),
        "correctie": _person(fixed),
        "tekens": [sign.code for sign in signs],
        "niveau": level,
        "oude_tekens": [sign.code for sign in old],
        "losse_staten": loose,
        "feiten": values,
        "details": facts.details,
        "antwoorden": {
            "ja_nee": parse_yes_no(text),
            "frequentie": parse_frequency(text),
            "voor_wie": _person(parse_person_answer(text)),
            "zwanger": parse_pregnancy_answer(text) or None,
            "plotseling": parse_sudden_answer(text),
            "aanbod": parse_offer_answer(text),
            "weet_niet": is_unsure(text),
        },
        "commando": command_said(text),
        "vraag": asked,
        # A complaint told, or asked about in the first person ("waarom krijg ik steeds
        # pijn in mijn kuit?"); a general question ("hoe voorkom ik kramp?") is neither.
        "klacht": told,
        "verteld": is_personal_statement(text) and not asked,
        # Has cramps, perhaps only in passing: answers to such questions offer the questions.
        "eigen_kramp": mentions_own_cramps(scene),
        "over": about(scene, text),
        "zwanger_of_kraam": ctx.pregnant or ctx.postpartum,
        "nieuw": scene.has(C.NEW_OR_WORSE),
        "kinine": ctx.kinine,
        # N.GOODBYE or N.THANK when the message closes the conversation, else None.
        "afscheid": closing,
    }
    if closing == N.GOODBYE:
        reading["antwoorden"] = {
            kind: (False if kind == "weet_niet" else None) for kind in reading["antwoorden"]
        }
    return reading


def _payload_reading(text: str) -> Reading:
    """A button payload ("/rode_vlag{...}", "/vraag{...}") or a typed /command: read for
    commands only; its intent and entities say the rest."""
    return {
        "v": VERSION,
        "clauses": 0,
        "persoon": None,
        "correctie": None,
        "tekens": [],
        "niveau": None,
        "oude_tekens": [],
        "losse_staten": [],
        "feiten": {},
        "details": {},
        "antwoorden": {
            "ja_nee": None,
            "frequentie": None,
            "voor_wie": None,
            "zwanger": None,
            "plotseling": None,
            "aanbod": None,
            "weet_niet": False,
        },
        "commando": command_said(text),
        "vraag": False,
        "afscheid": None,
        "klacht": False,
        "verteld": False,
        "eigen_kramp": False,
        "over": [],
        "zwanger_of_kraam": False,
        "kinine": False,
        "knop": True,
    }


def empty() -> Reading:
    return _payload_reading("")


# What a key means when it is absent from a compact Reading (see `compact`).
_ABSENT: Reading = {
    **_payload_reading(""),
    "knop": False,
    "tweede_mening": None,
    "mogelijk_teken": False,
}
_ABSENT_ANSWERS: Dict[str, Any] = dict(_ABSENT["antwoorden"])


def compact(reading: Reading) -> Reading:
    """The Reading without the keys that hold their absent value (None, False, empty).

    It is stored with every user message and sent with every action call: most keys are
    empty for most messages ("nee": 515 -> ~100 bytes). `expand` gives the whole Reading
    back; the version is always kept."""
    small: Reading = {}
    for key, value in reading.items():
        if key == "antwoorden" and isinstance(value, dict):
            value = {
                k: v
                for k, v in value.items()
                if k not in _ABSENT_ANSWERS or v != _ABSENT_ANSWERS[k]
            }
            if value:
                small[key] = value
        elif key == "v" or key not in _ABSENT or value != _ABSENT[key]:
            small[key] = value
    return small


def expand(reading: Optional[Reading]) -> Reading:
    """The whole Reading from a compact one (a full one is returned as it is)."""
    if not reading:
        return empty()
    whole: Reading = {**_ABSENT, **reading}
    whole["antwoorden"] = {**_ABSENT_ANSWERS, **(reading.get("antwoorden") or {})}
    for key in ("tekens", "oude_tekens", "losse_staten", "commando", "over"):
        whole[key] = list(whole[key])  # never the shared defaults
    for key in ("feiten", "details"):
        whole[key] = dict(whole[key])
    return whole


def codes(reading: Optional[Reading], key: str) -> List[str]:
    return list((reading or {}).get(key) or [])


def signs_in(text: Optional[str]) -> List[Any]:
    """The warning signs (krampbot.triage.signs.Sign) the Reading finds in `text`."""
    from krampbot.triage.signs import SIGN_BY_CODE

    return [SIGN_BY_CODE[code] for code in read(text)["tekens"]]


def old_signs_in(text: Optional[str]) -> List[Any]:
    from krampbot.triage.signs import SIGN_BY_CODE

    return [SIGN_BY_CODE[code] for code in read(text)["oude_tekens"]]
