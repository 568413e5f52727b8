"""Conversation decisions that depend on what the person meant, not on a score alone.

Plain Python (no Rasa): is a message a command, an answer to the offer just made, a
personal statement (which earns the offer of the follow-up questions), a question
about cramps that Krampbot cannot answer; and how facts restated after the advice
change it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from krampbot.answers import raises
from krampbot.dutch import clauses, compile_words, normalize
from krampbot.knowledge import KNOWLEDGE_INTENT
from krampbot.lexicon import CRAMP, LEG, MUSCLE
from krampbot.person import RELATIVE_WORDS

STOP = "stop_triage"
OPNIEUW = "opnieuw"
TOON_SAMENVATTING = "toon_samenvatting"
COMMAND_INTENTS = (STOP, OPNIEUW, TOON_SAMENVATTING)
# "opnieuw" clears answers: below this confidence it is confirmed first.
CONFIRM_RESTART_BELOW = 0.85

# --------------------------------------------------------------------------- commands

_SHOW = r"laat (?:maar |eens |dan |me |mij |het |hem |die )*zien|toon|weergeven|bekijken"
_COMMAND_WORDS = {
    OPNIEUW: compile_words(
        r"opnieuw|overnieuw|over nieuw|herstart\w*|reset\w*|restart|van voren\w*|vooraf aan"
        r"|voor af aan|van het begin|vanaf het begin|vanaf begin|terug naar (?:het )?(?:begin|start|nul)"
        r"|herbegin\w*|overdoen|over doen|nog (?:een keer|eens|1 keer) (?:doen|invullen|beginnen)"
        r"|de vragen nog|wis|wissen|verwijder\w*|schone lei|nieuwe start|nog een poging|begin maar weer"
    ),
    STOP: compile_words(
        r"stop\w*|laat maar|laat die|hou (?:maar )?op|houd op|ophouden|annuleer\w*|kappen|kap"
        r"|afbreken|breek af|geen vragen meer|niet verder|genoeg|klaar ermee|skip|overslaan"
        r"|cancel|exit|basta|wil niet meer|hoef niet meer|geen zin|ben het zat|eruit|weg uit"
        r"|doe niet meer mee|niet afmaken|laat maar zitten"
    ),
    TOON_SAMENVATTING: compile_words(
        rf"samenvatting\w*|overzicht\w*|ingevuld|geantwoord|mijn antwoorden|{_SHOW}"
        r"|resultaat|resultaten|print\w*|meenemen|wat weet je (?:nu )?(?:van|over) (?:mij|me)"
    ),
}
_SHOW_RE = compile_words(_SHOW)


def is_explicit_command(intent: str, text: Optional[str]) -> bool:
    """A command intent counts only when its command is actually said: "en wat kan ik
    vannacht doen als het weer begint?" is not "opnieuw", "ja, laat maar zien" is not
    "stop"."""
    if intent not in _COMMAND_WORDS:
        return True
    norm = normalize(text)
    if intent == STOP and _SHOW_RE.search(norm):
        return False
    return bool(_COMMAND_WORDS[intent].search(norm))


_ASKED_AS_QUESTION = re.compile(
    r"^(?:moet|moeten|kan|kun|kunnen|mag|mogen|zal|zullen|wil|is|wordt|gaat)\s+"
    r"(?:ik|we|wij|je|jij|dat|dit|het)\b"
)


def restart_needs_confirmation(confidence: float, text: Optional[str]) -> bool:
    """"Opnieuw" clears every answer: it is confirmed first unless it was said plainly and
    the classifier is sure. Asked as a question ("moet ik dit allemaal overdoen?") it is
    a question, not yet the command."""
    asked = (text or "").rstrip().endswith("?") or bool(_ASKED_AS_QUESTION.search(normalize(text)))
    return confidence < CONFIRM_RESTART_BELOW or asked


# --------------------------------------------------------------------------- offers

_YES_TO_OFFER = re.compile(
    rf"^(?:ja|jaa|jawel|graag|ja graag|goed|prima|oke|ok|okay|is goed|doe maar|top|zeker"
    rf"|yes|jep|ja hoor|ja please|ja doe maar|toon|ga je gang|leuk)\b"
    rf"|\b(?:{_SHOW})\b|\bgraag\b"
)
_NO_TO_OFFER = re.compile(
    r"^(?:nee|neen|nope|nah|no|liever niet|hoeft niet|niet nodig|laat maar|nu niet"
    r"|nee dank je|nee bedankt|geen behoefte|dank je wel maar)\b|\blaat maar\b(?! \w*\s*zien)"
    r"|\bhoeft niet\b|\bniet nodig\b|\bliever niet\b"
)


def parse_offer_answer(text: Optional[str]) -> Optional[bool]:
    """Yes or no to the offer just made ("Wil je een samenvatting?"), or None.

    "ja, laat maar zien" is yes; "laat maar" and "nee dank je" are no.
    """
    norm = normalize(text)
    if not norm:
        return None
    if norm.startswith("/"):
        return None
    said_no = bool(_NO_TO_OFFER.search(norm))
    said_yes = bool(_YES_TO_OFFER.search(norm))
    if norm.startswith(("ja", "graag", "yes")) or (said_yes and _SHOW_RE.search(norm)):
        return True
    if said_no == said_yes:
        return None
    return said_yes


# --------------------------------------------------------------------------- statements

_QUESTION_START = re.compile(
    r"^(?:wat|hoe|waarom|waardoor|wanneer|welke|welk|wie|waar|kan|kun|kunnen|mag|moet|moeten"
    r"|helpt|helpen|werkt|werken|is|zijn|heeft het|heb je|geef|vertel|weet je|klopt het)\b"
)
_HYPOTHETICAL = re.compile(r"\b(?:als|wanneer|stel) (?:ik|je|mijn|mn|hij|zij|ze)\b")
_SUBJECT = rf"(?:ik|k|(?:mijn|mn|onze) (?:{RELATIVE_WORDS}|{LEG}|{MUSCLE}))"
_COMPLAINT = re.compile(
    rf"\b{_SUBJECT}\b.*\b(?:heb|hebt|heeft|hebben|had|krijg|krijgt|kreeg|word|wordt|werd"
    rf"|lig|ligt|sukkel|kamp|last|doet|doen|trekt|schiet|schieten|verkrampt|verkrampen|krampt)\b"
    rf"|\b(?:heb|krijg|word|had|kreeg) (?:ik|k)\b"
    rf"|\blast van\b"
)
_ABOUT_CRAMP = compile_words(rf"{CRAMP}|pijn|pijnlijk|last|wakker|{LEG}")


def is_personal_statement(text: Optional[str]) -> bool:
    """The person tells about their own (or a relative's) complaints: "sinds ik statines
    slik heb ik kramp", "mijn dochter van 8 heeft 's nachts kramp". A general question
    ("wat doe ik als ik vannacht weer kramp krijg?") is not one."""
    for clause in clauses(text):
        if _QUESTION_START.search(clause) or _HYPOTHETICAL.search(clause):
            continue
        if _COMPLAINT.search(clause) and _ABOUT_CRAMP.search(clause):
            return True
    return False


def is_question(text: Optional[str]) -> bool:
    """A question mark, or a clause that starts like a Dutch question."""
    return (text or "").rstrip().endswith("?") or any(
        _QUESTION_START.search(clause) for clause in clauses(text))


def is_own_complaint_told(text: Optional[str]) -> bool:
    """Someone tells about their own (or a relative's) cramps without asking anything:
    "ik heb af en toe kramp in mijn kuit". Such a message is an own complaint, whatever
    share the classifier gives the knowledge questions (see components/own_complaint.py)."""
    return is_personal_statement(text) and not is_question(text)


_CRAMP_RELATED = compile_words(
    rf"{CRAMP}|{LEG}|{MUSCLE}|knie|knieen|heup|heupen|dij|bovenbeen|hamstring|voetzool"
    r"|magnesium|kinine|tonic|huisarts|dokter|arts|verloskundige|rekken|stretch\w*|nacht\w*"
    r"|snachts|zwanger\w*|sport\w*|hardlopen|zwemmen"
    r"|\w+kramp\w*|\w+krampen|\w*spier\w*|\w+been|\w+benen"  # compounds: beenkramp, kuitspier
)


def is_about_cramps(text: Optional[str]) -> bool:
    """Whether a message Krampbot could not place is still about cramps or legs (then
    it deserves an honest "I don't know that", not "I did not understand")."""
    return bool(_CRAMP_RELATED.search(normalize(text)))


# During the follow-up questions a topic intent below this confidence, in a message that
# names nothing about cramps or legs, is taken as an unclear answer ("hmm geen idee
# eigenlijk": kramp_voorkomen 0.43), not as a question to answer.
SURE_TOPIC_DURING_QUESTIONS = 0.6
# An unplaced message about something else is off-topic (not gibberish) when the
# classifier ranks out_of_scope or a knowledge question at least this high.
OFF_TOPIC_MIN = 0.3


def is_question_during_questions(intent: Optional[str], confidence: float, entry_fits: bool,
                                 text: Optional[str]) -> bool:
    """Whether a message classified as a question while the follow-up questions run
    really is one (then it is answered and the same question comes again); otherwise it
    is an unclear answer to the question just asked."""
    if is_about_cramps(text):
        return True
    if intent == KNOWLEDGE_INTENT:
        return entry_fits
    return confidence >= SURE_TOPIC_DURING_QUESTIONS


def is_off_topic(ranking: Optional[list]) -> bool:
    """A clear message about something else ("wat is de hoofdstad van Frankrijk?"), as
    opposed to gibberish ("qwerty asdf"), judged by the classifier's ranking."""
    return any(r.get("name") in ("out_of_scope", KNOWLEDGE_INTENT) and float(r.get("confidence") or 0) >= OFF_TOPIC_MIN
               for r in ranking or [])


# --------------------------------------------------------------------------- after advice

@dataclass
class FactUpdate:
    """What restated facts change after the advice was given."""

    values: dict[str, Any] = field(default_factory=dict)   # slots that change
    lower: dict[str, Any] = field(default_factory=dict)    # would lower: not applied


def update_after_advice(known: Mapping[str, Any], facts: Mapping[str, Any]) -> FactUpdate:
    """Facts restated after the advice: new or more worrying ones are applied; calmer
    ones are not (a later calm answer never lowers the advice, and the summary must
    match it); the person can say "opnieuw" to change their answers."""
    update = FactUpdate()
    for slot, value in facts.items():
        old = known.get(slot)
        if old is None or raises(slot, old, value):
            update.values[slot] = value
        elif value != old and slot not in ("wie", "geslacht", "leeftijd", "voor_wie"):
            update.lower[slot] = value
    return update
