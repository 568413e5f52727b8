"""What kind of message it is: a command said, a question, a complaint told, what about.

Plain Python. Commands are never guessed: "stop", "opnieuw", "laat mijn samenvatting
zien", "vergeet mijn gesprek" and "privacy" count only when the text says such a
command ("en wat kan ik vannacht doen als het weer begint?" is not "opnieuw").
"""

from __future__ import annotations

import re
from typing import List, Optional

from krampbot import names as N
from krampbot.reading import concepts as C
from krampbot.reading.person import RELATIVE_WORDS
from krampbot.reading.scene import Scene
from krampbot.text.dutch import clauses, compile_words, normalize

# --------------------------------------------------------------------------- commands

_SHOW = r"laat (?:maar |eens |dan |me |mij |het |hem |die )*zien|toon|weergeven|bekijken"
COMMAND_WORDS = {
    N.OPNIEUW: compile_words(
        r"opnieuw|overnieuw|over nieuw|herstart\w*|reset\w*|restart|van voren\w*|vooraf aan"
        r"|voor af aan|van het begin|vanaf het begin|vanaf begin|terug naar (?:het )?(?:begin|start|nul)"
        r"|herbegin\w*|overdoen|over doen|nog (?:een keer|eens|1 keer) (?:doen|invullen|beginnen)"
        r"|de vragen nog|schone lei|nieuwe start|nog een poging|begin maar weer|wis (?:mijn |de )?antwoorden"
    ),
    N.STOP_TRIAGE: compile_words(
        r"stop\w*|laat maar|laat die|hou (?:maar )?op|houd op|ophouden|annuleer\w*|kappen|kap"
        r"|afbreken|breek af|geen vragen meer|niet verder|genoeg|klaar ermee|skip|overslaan"
        r"|cancel|exit|basta|wil niet meer|hoef niet meer|geen zin|ben het zat|eruit|weg uit"
        r"|doe niet meer mee|niet afmaken|laat maar zitten"
    ),
    N.TOON_SAMENVATTING: compile_words(
        rf"samenvatting\w*|samenvating\w*|overzicht\w*|ingevuld|geantwoord|mijn antwoorden|{_SHOW}"
        r"|resultaat|resultaten|print\w*|meenemen|wat weet je (?:nu )?(?:van|over) (?:mij|me)"
    ),
    # Erasing needs the words themselves: never a guess (safety rules §7).
    N.VERGEET: compile_words(
        r"vergeet (?:\w+ ){0,2}(?:gesprek|gegevens|chat|gesprekken|alles|dit)|verwijder (?:\w+ ){0,2}(?:gegevens|gesprek|data|chat|alles)"
        r"|wis (?:\w+ ){0,2}(?:gegevens|gesprek|data|chat|alles)|gesprek (?:\w+ )?(?:wissen|verwijderen|vergeten)"
        r"|gegevens (?:\w+ )?(?:wissen|verwijderen)|vergeet mij|vergeet me|verwijder mij|recht op vergetelheid"
    ),
    N.PRIVACY: compile_words(
        r"privacy\w*|privacyverklaring|wat bewaar je|wat sla je op|wat wordt (?:er )?(?:bewaard|opgeslagen)"
        r"|wie kan (?:dit|mijn gesprek|het) (?:lezen|zien)|hoe lang bewaar je|mijn gegevens|persoonsgegevens|avg|gdpr"
    ),
}
_SHOW_RE = compile_words(_SHOW)
# Typed commands, as on Telegram: "/vergeet", "/privacy", "/stop".
SLASH_COMMANDS = {
    "/vergeet": N.VERGEET,
    "/privacy": N.PRIVACY,
    "/stop": N.STOP_TRIAGE,
    "/opnieuw": N.OPNIEUW,
    "/samenvatting": N.TOON_SAMENVATTING,
}


def command_said(text: Optional[str]) -> List[str]:
    """Every command this text actually says (most specific first)."""
    raw = (text or "").strip().lower()
    slash = raw.split("@", 1)[0].split()[0] if raw.startswith("/") and raw.split() else ""
    if slash in SLASH_COMMANDS:
        return [SLASH_COMMANDS[slash]]
    if raw.startswith("/"):
        return []
    norm = normalize(text)
    said = [
        intent
        for intent in (N.VERGEET, N.PRIVACY, N.TOON_SAMENVATTING, N.OPNIEUW, N.STOP_TRIAGE)
        if COMMAND_WORDS[intent].search(norm)
    ]
    if N.STOP_TRIAGE in said and _SHOW_RE.search(norm):
        said.remove(N.STOP_TRIAGE)  # "ja, laat maar zien"
    if N.VERGEET in said and N.OPNIEUW in said:
        said.remove(N.OPNIEUW)
    return said


def is_explicit_command(intent: Optional[str], said: List[str]) -> bool:
    """A command intent counts only when its command is actually said."""
    if intent not in COMMAND_WORDS:
        return True
    return intent in said


# --------------------------------------------------------------------------- question or statement

_QUESTION_START = re.compile(
    r"^(?:wat|hoe|waarom|waardoor|wanneer|welke|welk|wie|waar|kan|kun|kunnen|mag|moet|moeten"
    r"|helpt|helpen|werkt|werken|is|zijn|heeft het|heb je|geef|vertel|weet je|klopt het|zou|zouden"
    r"|dient|dien|kunt u|kan u|zal|valt|hangt|komt|hoeveel|hoelang"
    # "bij welke ziektes heb je vaak kramp", "in welke gevallen ...": a preposition first
    r"|(?:bij|in|op|met|van|voor|door|na|tegen) (?:welke|welk|wie|wat|hoeveel)"
    r")\b"
)
# The verb first, then its subject, at the start of a sentence: "krijg je kramp van bier?",
# "geeft dat meer kramp". After another clause it is inversion, not a question ("sinds
# ik die pil slik, heb ik kramp").
_VERB_FIRST = re.compile(
    r"^(?:(?:krijg|krijgt|geeft|geven|heb|hebt|word|ben|doe|doet|gaat|maakt|voel|zit|werkt|helpt)"
    r" (?:je|jij|ik|u|we|men|dat|het|dit|ze|hij|zij|er)"
    r"|heeft|hebben|speelt|spelen|bestaat|bestaan|veroorzaakt|veroorzaken|leidt)\b"
)
_HYPOTHETICAL = re.compile(r"\b(?:als|wanneer|stel) (?:ik|je|mijn|mn|hij|zij|ze)\b")
# "als ik 200 meter loop krijg ik kramp": a when that happens each time, told in the
# present with the person as subject after the verb, is a complaint, not an "if".
_HABITUAL = re.compile(
    r"\b(?:als|wanneer) (?:ik|hij|zij|ze|mijn \w+|mn \w+) .*\b(?:krijg|heb|word|voel|moet) ik\b"
    r"|\b(?:als|wanneer) (?:ik|hij|zij|ze|mijn \w+|mn \w+) .*\b(?:krijgt|heeft|wordt|voelt|moet) (?:hij|ze|zij)\b"
    r"|\b(?:als|wanneer) (?:ik|hij|zij|ze) .*\bschiet (?:het|t)\b"
)
_SUBJECT = rf"(?:ik|k|(?:mijn|mn|onze|ons|me) (?:{RELATIVE_WORDS}|{C.LEG}|{C.MUSCLE}))"
_TOLD = re.compile(
    rf"\b{_SUBJECT}\b.*\b(?:heb|hebt|heeft|hebben|had|krijg|krijgt|kreeg|word|wordt|werd"
    rf"|lig|ligt|sukkel|kamp|last|doet|doen|trekt|schiet|schieten|verkrampt|verkrampen|krampt|is|zijn|voelt|voel)\b"
    rf"|\b(?:heb|krijg|word|had|kreeg) (?:ik|k)\b"
    rf"|\blast van\b"
)
_ABOUT_CRAMP = compile_words(rf"{C.CRAMP}|pijn|pijnlijk|last|wakker|{C.LEG}")


def sentence_starts(text: Optional[str]) -> List[str]:
    """The first clause of each sentence."""
    firsts = [clauses(sentence)[:1] for sentence in re.split(r"[.!?\n]+", text or "")]
    return [first[0] for first in firsts if first]


def is_question(text: Optional[str]) -> bool:
    """A question mark, or a clause that starts like a Dutch question."""
    return (
        (text or "").rstrip().endswith("?")
        or any(_QUESTION_START.search(clause) for clause in clauses(text))
        or any(_VERB_FIRST.search(clause) for clause in sentence_starts(text))
    )


def is_personal_statement(text: Optional[str]) -> bool:
    """The person tells about their own (or a relative's) complaints: "sinds ik statines
    slik heb ik kramp". A general question ("wat doe ik als ik vannacht weer kramp
    krijg?") is not one."""
    for clause in clauses(text):
        if _QUESTION_START.search(clause) or _HYPOTHETICAL.search(clause):
            continue
        if _TOLD.search(clause) and _ABOUT_CRAMP.search(clause):
            return True
    return False


def is_own_complaint_told(text: Optional[str]) -> bool:
    """Someone tells about their cramps without asking anything."""
    return is_personal_statement(text) and not is_question(text)


_COMPLAINT_STATES = (
    C.CRAMP,
    C.PAIN,
    C.SWOLLEN,
    C.RED,
    C.WARM,
    C.COLD,
    C.PALE,
    C.BLUE,
    C.NUMB,
    C.TINGLING,
    C.WEAK,
    C.BREATHLESS,
    C.CHEST_PAIN,
    C.COUGH_BLOOD,
    C.SEIZURE,
    C.UNCONSCIOUS,
    C.CONFUSED,
    C.SPEECH,
    C.CROOKED,
    C.FEVER,
    C.VOMIT,
    C.DIARRHEA,
    C.DARK_URINE,
    C.HEADACHE,
    C.VISION,
    C.BELLY_CRAMP,
    C.BLOOD_LOSS,
    C.FLUID_LOSS,
    C.RASH,
    C.PALPITATIONS,
    C.BRUISES,
    C.RINGING,
    C.THIRST,
    C.HARD,
    C.MUSCLE_PAIN,
    r"mank\w*|hinkt|stijf|stijve|zeurt|last van|klacht\w*|ziek|niet lekker|beroerd"
    r"|loopt (?:\w+ ){0,3}(?:raar|moeilijk|scheef)|trekt (?:\w+ ){0,3}bij|vanwege (?:mijn|mn|zijn|zn|haar|dr) \w+|(?:moet|moest) (?:\w+ )?(?:steeds )?stoppen",
)
_FIRST_PERSON_NOW = compile_words(
    rf"(?:heb|krijg|word|ben|voel) (?:ik|k)|(?:mijn|mn|zijn|haar|zn|dr) (?:{C.LEG}|{C.MUSCLE}|{C.ARM}|{C.CHEST}|{C.BELLY})"
    r"|(?:heeft|krijgt|is) (?:mijn|mn|onze|ons) \w+"
)
_NOW_OR_OFTEN = compile_words(
    r"sinds|sindsdien|al (?:\w+ )?(?:dagen|weken|maanden|jaren|een tijd)|elke|iedere|vaak|steeds|nu|vannacht|vandaag|de laatste tijd"
    r"|(?:keer|x) per|per (?:week|nacht|dag|maand)|dagelijks|wekelijks|bijna|gisteren|vanochtend|vanmorgen|vanavond"
)
_SUBJECT_NOW = compile_words(
    rf"ik|k|mijn|mn|me|mij|hij|zij|ze|zijn|haar|zn|dr|onze|ons|{RELATIVE_WORDS}|{C.LEG}"
)


# "wat betekent het als je kuit gaat verkrampen? heb dat nu een maand of drie": a state
# asked about in general, then said to be one's own.
_HAVE_THAT = compile_words(
    r"^(?:en |maar )?(?:ik )?(?:heb|had|krijg|heeft|krijgt) (?:ik |hij |ze |zij )?(?:dat|dit|het|die|er)(?: ook)?"
    r" (?:\w+ ){0,3}(?:nu|al|sinds|ook|vaak|elke|steeds|regelmatig|de laatste)"
)


def describes_complaint(scene: Scene, in_questions: bool = False) -> bool:
    """A current bodily complaint, the person's own or someone else's, with or without
    the word "kramp" (the safety net: such a message always gets the screening question
    or the advice, never "I don't know"). A clause that asks ("hoe voorkom ik kramp?")
    tells no complaint; with `in_questions` those count too ("waarom heb ik steeds
    pijn in mijn kuit?": a complaint asked about)."""
    if (
        not in_questions
        and any(clause.counts and _HAVE_THAT.search(clause.text) for clause in scene.clauses)
        and any(scene.affirmed(state, include_general=True) for state in _COMPLAINT_STATES)
    ):
        return True
    for clause in scene.clauses:
        if not clause.counts:
            continue
        starts_sentence = (
            clause.index == 0 or scene.clauses[clause.index - 1].sentence != clause.sentence
        )
        asks = bool(
            clause.asks
            or _QUESTION_START.search(clause.text)
            or (
                _HYPOTHETICAL.search(clause.text)
                and not (_HABITUAL.search(clause.text) and not clause.asks)
            )
            or (starts_sentence and _VERB_FIRST.search(clause.text))
        )
        if asks != in_questions:
            continue
        if in_questions:
            # A question tells a complaint only with a symptom of its own, now, in the
            # first person ("waarom doet mijn kuit al dagen pijn?"), not "kan kramp kwaad?".
            if _FIRST_PERSON_NOW.search(clause.text) and any(
                m.clause == clause.index and not scene._covered_by(m, C.HARMLESS_COLOUR)
                for state in _COMPLAINT_STATES[1:]
                for m in scene.affirmed(state)
            ):
                return True
            if (
                _FIRST_PERSON_NOW.search(clause.text)
                and scene.in_clause(clause.index, C.CRAMP)
                and _NOW_OR_OFTEN.search(clause.text)
            ):
                return True
            continue
        # "elke nacht kramp al 2 maanden": a cramp told needs no subject, but a now or an
        # often in its sentence ("zeep onder matras kramp" tells no complaint).
        if not (
            _SUBJECT_NOW.search(clause.text)
            or compile_words(C.LEG).search(clause.text)
            or (
                scene.in_clause(clause.index, C.CRAMP)
                and _NOW_OR_OFTEN.search(
                    " ".join(c.text for c in scene.clauses if c.sentence == clause.sentence)
                )
            )
        ):
            continue
        if any(
            m.clause == clause.index and not scene._covered_by(m, C.HARMLESS_COLOUR)
            for state in _COMPLAINT_STATES
            for m in scene.affirmed(state)
        ):
            return True
    return False


def mentions_own_cramps(scene: Scene) -> bool:
    """The person (or a relative) has cramps, said or asked about in passing: "ik heb
    blauwe aders, krijg ik daarom kramp?". Not a hypothetical ("als ik kramp krijg")."""
    return any(
        clause.counts
        and not _HYPOTHETICAL.search(clause.text)
        and _TOLD.search(clause.text)
        and scene.in_clause(clause.index, C.CRAMP)
        for clause in scene.clauses
    )


_CRAMP_RELATED = compile_words(
    rf"{C.CRAMP}|{C.LEG}|{C.MUSCLE}|knie|knieen|heup|heupen|dij|bovenbeen|hamstring|voetzool"
    r"|magnesium|kinine|tonic|huisarts|dokter|arts|verloskundige|rekken|stretch\w*|nacht\w*"
    r"|snachts|zwanger\w*|sport\w*|hardlopen|zwemmen|kraamtijd|bevallen|apotheek|apotheker|medicijn\w*"
    r"|\w+kramp\w*|\w+krampen|\w*spier\w*|\w+been|\w+benen"  # compounds: beenkramp, kuitspier
)
_BODY = compile_words(
    rf"{C.ARM}|{C.FACE}|{C.HEAD}|{C.CHEST}|{C.BELLY}|{C.BODY}|rug|nek|huid|bloed|hart"
)


def about(scene: Scene, text: Optional[str]) -> List[str]:
    """What the message is about: kramp, benen, lichaam, zwangerschap (codes)."""
    norm = normalize(text)
    topics = []
    if compile_words(C.CRAMP).search(norm) or _CRAMP_RELATED.search(norm):
        topics.append("kramp")
    if compile_words(C.LEG).search(norm):
        topics.append("benen")
    if _BODY.search(norm) or describes_complaint(scene):
        topics.append("lichaam")
    if scene.mentioned(C.PREGNANT) or scene.mentioned(C.POSTPARTUM):
        topics.append("zwangerschap")
    return topics


def is_about_cramps(text: Optional[str]) -> bool:
    """Whether a message Krampbot could not place is still about cramps or legs (then
    it deserves an honest "I don't know that", not "I did not understand")."""
    return bool(_CRAMP_RELATED.search(normalize(text)))


# --------------------------------------------------------------------------- closing the conversation

_THANKS = compile_words(
    r"bedankt|dank|dankje|dankjewel|dankuwel|dankzij je|thanks|thank you|thx|merci|tnx"
)
_FAREWELL = compile_words(
    r"doei|doeii|doeg|dada|tot ziens|tot later|tot de volgende keer|tot snel|tot morgen|fijne"
    r" (?:avond|dag|nacht|middag|ochtend|weekend|zondag)|goedenacht|welterusten|slaap lekker"
    r"|groetjes|groet|gegroet|houdoe|ciao|bye|de mazzel|ik ga (?:nu )?(?:slapen|stoppen)"
    r"|ik stop ermee|ik hou ermee op|dat was het|dat was alles|meer hoef ik niet te weten"
)
# "dag" alone says goodbye only at the end ("bedankt en dag!"), never "elke dag".
_DAG_AT_THE_END = re.compile(r"(?:^|[,.!]\s*|\ben\s+|\bdank\w*\s+)da+g\s*[!.]*\s*$")
_MORE_TO_ASK = compile_words(r"vraag|vraagje|vragen|wil (?:ik |nog )*weten|nog iets|nog wat")


def closes_the_conversation(text: Optional[str]) -> Optional[str]:
    """N.GOODBYE when the message says goodbye ("dankjewel, ik bel morgen de huisarts,
    doei"), N.THANK when it only thanks, None otherwise. A message that announces more to
    ask does not close; the Reading adds: nor one that asks a question or tells a complaint."""
    norm = normalize(text)
    if not norm or _MORE_TO_ASK.search(norm):
        return None
    if _FAREWELL.search(norm) or _DAG_AT_THE_END.search((text or "").lower()):
        return N.GOODBYE
    if _THANKS.search(norm):
        return N.THANK
    return None
