"""The knowledge base (retrieval intent `vraag/<sleutel>`) as seen by the actions.

Which entry answers a question (the ResponseSelector's choice when it is sure enough,
or the entry a button names), the closest entries for an honest "I don't know that",
and the short answers given for a topic while the follow-up questions run.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from krampbot.knowledge import catalogue
from krampbot.names import TOPIC_INTENTS

KNOWLEDGE_INTENT = "vraag"
# Below this ResponseSelector confidence Krampbot says it does not know that specific
# thing (with the closest entries as buttons). Chosen by measurement on the blind
# held-out set with questions that have no entry and off-topic ones (make eval-answers,
# tests/answer_questions/heldout/): from 0.2 to 0.3, 16 fewer right and 19 fewer wrong
# of 851; a wrong answer costs more than "weet ik niet" with the right entry as a button.
ENTRY_CONFIDENCE_MIN = 0.3
# A topic question ("hoe voorkom ik kramp?") is answered by the topic's overview, unless
# the ResponseSelector is this sure of a specific entry of that same subject.
ENTRY_OVER_TOPIC_MIN = 0.5
CLOSEST_ENTRIES = 3
# A question the ResponseSelector is unsure about (below ENTRY_CONFIDENCE_MIN) gets the
# overview of the topic the intent classifier ranks highest, if that topic has at least
# this confidence ("wat doe je het beste als je kramp hebt": vraag 0.82, topic 0.13).
# Measured on tests/nlu_holdout.yml (scripts/evaluate/eval_answers.py): 0.05 answers 5 more
# questions right or with their topic and none more wrong; 0.02 adds a wrong one.
TOPIC_WHEN_UNSURE_MIN = 0.05

# Topics after which the follow-up questions are offered (as long as none ran yet).
TOPICS_THAT_OFFER_QUESTIONS = {"zwanger_en_kramp", "wanneer_naar_dokter"}

# While the questions run, a topic question gets a short answer and the same question
# again (no long text, no offer): each topic's short answer.
SHORT_ANSWER_OF_TOPIC = {topic: f"utter_kort_{topic}" for topic in TOPIC_INTENTS}

# Button titles of the entries, and the subject (topic intent) each entry belongs to: a
# topic question may get a specific entry of its own subject, never one of another.
# Both come from the catalogue (data/inhoud/antwoorden.yml), one YAML block per entry.
ENTRY_TITLES = {key: entry.titel for key, entry in catalogue.entries().items()}
ENTRIES_OF_TOPIC = catalogue.entries_of_topic()


# After these answers the follow-up questions are offered: the overview of a topic in
# TOPICS_THAT_OFFER_QUESTIONS or one of its entries ("wanneer bellen?").
_ANSWERS_THAT_OFFER_QUESTIONS = frozenset(
    [f"utter_{topic}" for topic in TOPICS_THAT_OFFER_QUESTIONS]
    + [
        f"utter_{KNOWLEDGE_INTENT}/{key}"
        for topic in TOPICS_THAT_OFFER_QUESTIONS
        for key in ENTRIES_OF_TOPIC[topic]
    ]
)


def offers_questions(answer: Optional[str]) -> bool:
    return answer in _ANSWERS_THAT_OFFER_QUESTIONS


def entry_payload(key: str) -> str:
    return f'/{KNOWLEDGE_INTENT}{{"vraag_sleutel":"{key}"}}'


def _selection(parse: Optional[Mapping[str, Any]]) -> Mapping[str, Any]:
    return ((parse or {}).get("response_selector") or {}).get(KNOWLEDGE_INTENT) or {}


def _best_entry(parse: Optional[Mapping[str, Any]]) -> tuple[Optional[str], float]:
    response = _selection(parse).get("response") or {}
    key = (response.get("intent_response_key") or "").split("/", 1)[-1]
    return (key if key in ENTRY_TITLES else None), float(response.get("confidence") or 0.0)


def chosen_entry(
    button_key: Optional[str],
    parse: Optional[Mapping[str, Any]],
    minimum: float = ENTRY_CONFIDENCE_MIN,
) -> Optional[str]:
    """The response of the entry that answers this message, or None when unsure."""
    if button_key in ENTRY_TITLES:
        return f"utter_{KNOWLEDGE_INTENT}/{button_key}"
    key, confidence = _best_entry(parse)
    return f"utter_{KNOWLEDGE_INTENT}/{key}" if key and confidence >= minimum else None


def topic_when_unsure(
    parse: Optional[Mapping[str, Any]], minimum: float = TOPIC_WHEN_UNSURE_MIN
) -> Optional[str]:
    """The overview of the highest-ranked topic, for a question no entry fits well."""
    for candidate in (parse or {}).get("intent_ranking") or []:
        if candidate.get("name") in SHORT_ANSWER_OF_TOPIC:
            if float(candidate.get("confidence") or 0.0) >= minimum:
                return str(candidate["name"])
            return None
    return None


def specific_entry_for_topic(topic: str, parse: Optional[Mapping[str, Any]]) -> Optional[str]:
    """For a topic question: the entry of that subject the ResponseSelector is sure of
    ("helpt magnesium?" classified as voeding_en_kramp gets the magnesium entry)."""
    key, confidence = _best_entry(parse)
    if key in ENTRIES_OF_TOPIC.get(topic, ()) and confidence >= ENTRY_OVER_TOPIC_MIN:
        return f"utter_{KNOWLEDGE_INTENT}/{key}"
    return None


def answer_to_question(
    intent: Optional[str],
    parse: Optional[Mapping[str, Any]],
    *,
    entry: Optional[str],
    about_cramps: bool,
    questions_running: bool = False,
    topic_min: Optional[float] = TOPIC_WHEN_UNSURE_MIN,
) -> Optional[str]:
    """The response that answers a question (ActionBeantwoordVraag; also measured by
    scripts/evaluate/eval_answers.py), or None for the honest "I don't know that".

    `entry` is chosen_entry() of the message; `about_cramps` whether it is about cramps or
    legs (only then does an unsure knowledge question get the likeliest topic's overview);
    `topic_min` None turns that topic fallback off (for the measurement)."""
    if intent == KNOWLEDGE_INTENT:
        if entry:
            return entry
        intent = (
            topic_when_unsure(parse, topic_min) if about_cramps and topic_min is not None else None
        )
    if intent == "nlu_fallback" or intent is None:
        return None
    specific = specific_entry_for_topic(intent, parse)
    if specific:
        return specific  # a specific question of this subject: its own, short answer
    if questions_running and intent in SHORT_ANSWER_OF_TOPIC:
        return SHORT_ANSWER_OF_TOPIC[intent]  # a short answer; the question comes again
    return f"utter_{intent}"


def closest_entries(parse: Optional[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(title, payload) of the entries closest to a question Krampbot could not answer."""
    ranking = _selection(parse).get("ranking") or []
    ranked = []
    for candidate in ranking:
        key = (candidate.get("intent_response_key") or "").split("/", 1)[-1]
        if key in ENTRY_TITLES and key not in ranked:
            ranked.append(key)
    # An entry that explains why a remedy does not help ("Tonic", "Prikken met een speld")
    # is never the first offered: the first is the closest entry that says what helps.
    entries = catalogue.entries()
    advised = [key for key in [*ranked, *GENERAL_ENTRIES] if not entries[key].afgeraden]
    keys = [advised[0]]
    for key in [*ranked, *GENERAL_ENTRIES]:
        if len(keys) == CLOSEST_ENTRIES:
            break
        if key not in keys:
            keys.append(key)
    return [(ENTRY_TITLES[key], entry_payload(key)) for key in keys]


# Offered when nothing ranked closer: what to do now, when to call, is it dangerous.
GENERAL_ENTRIES = ("kramp_vannacht", "wanneer_bellen", "is_kramp_gevaarlijk")
