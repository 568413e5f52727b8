"""Dutch questions about every topic get the right intent and the right answer."""
from __future__ import annotations

import uuid

import pytest

from krampbot.knowledge.answers import ENTRIES_OF_TOPIC
from tests.support.training_data import trained_texts

# Broad questions in fresh phrasings (the test checks they are not training examples):
# (message, intent, the overview answer). Specific questions go to the knowledge base:
# tests/integration/test_knowledge_base.py.
TOPIC_QUESTIONS = [
    ("waarom heb ik juist 's nachts zo vaak kramp", "waarom_kramp_nachts", "utter_waarom_kramp_nachts"),
    ("wat doe je het beste als je kramp hebt", "wat_te_doen_bij_kramp", "utter_wat_te_doen_bij_kramp"),
    ("kramp en zwanger zijn, wat moet ik daarover weten", "zwanger_en_kramp", "utter_zwanger_en_kramp"),
    ("vertel eens over kramp bij kinderen", "kramp_bij_kinderen", "utter_kramp_bij_kinderen"),
    ("hoe kan ik kramp in mijn benen voorkomen", "kramp_voorkomen", "utter_kramp_voorkomen"),
    ("welke oefeningen zijn er tegen kramp", "oefeningen_tegen_kramp", "utter_oefeningen_tegen_kramp"),
    ("heeft wat ik eet invloed op kramp", "voeding_en_kramp", "utter_voeding_en_kramp"),
    ("welke rol spelen medicijnen bij kramp", "medicijnen_en_kramp", "utter_medicijnen_en_kramp"),
    ("bij welke ziektes heb je vaak kramp", "ziekten_en_kramp", "utter_ziekten_en_kramp"),
    ("wat doe je als je kramp krijgt in het zwembad", "kramp_bij_zwemmen", "utter_kramp_bij_zwemmen"),
    ("hoe verloopt een bezoek aan de huisarts voor kramp", "onderzoek_bij_arts", "utter_onderzoek_bij_arts"),
    ("wanneer moet ik met mijn krampen naar de dokter", "wanneer_naar_dokter", "utter_wanneer_naar_dokter"),
    ("welke ouderwetse middeltjes tegen kramp bestaan er", "huismiddeltjes", "utter_huismiddeltjes"),
]


def test_topic_questions_are_not_training_examples():
    trained = trained_texts()
    assert [q for q, _, _ in TOPIC_QUESTIONS if q.lower() in trained] == []


def bot_responses_after(tracker: dict) -> list:
    """Names of the responses the bot gave after the last user message."""
    events = tracker["events"]
    last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
    return [
        (e.get("metadata") or {}).get("utter_action")
        for e in events[last_user + 1:]
        if e["event"] == "bot"
    ]


# A trained model: a retrain moves single borderline questions; every miss is listed.
TOPICS_ALLOWED_TO_MISS = 1


def test_topic_question_gets_its_answer(bot):
    misses = []
    for message, intent, response in TOPIC_QUESTIONS:
        sender = "test-" + uuid.uuid4().hex
        replies = bot.say(sender, message)
        tracker = bot.tracker(sender)
        got = tracker["latest_message"]["intent"]["name"]
        said = bot_responses_after(tracker)
        # The topic intent, or a knowledge question no entry fits well that is answered
        # with the overview of the topic ranked highest (krampbot.knowledge.answers); the answer is
        # its overview or a specific entry of the same subject.
        # A complaint asked about ("waarom heb ik zo vaak kramp") gets the short answer
        # before the questions start.
        good = {response, f"utter_kort_{intent}"} | {f"utter_vraag/{key}" for key in ENTRIES_OF_TOPIC[intent]}
        if got not in (intent, "vraag") or not good & set(said):
            misses.append(f"{message!r}: intent {got}, said {said}")
        elif not any(r.get("buttons") for r in replies):
            misses.append(f"{message!r}: no buttons to related topics")
    print(f"\n{len(TOPIC_QUESTIONS) - len(misses)} of {len(TOPIC_QUESTIONS)} topic questions answered")
    assert len(misses) <= TOPICS_ALLOWED_TO_MISS, "\n".join(misses)


def test_safety_note_is_given_once_before_the_first_advice(bot, sender):
    first = bot.say(sender, "hoe voorkom ik kramp in mijn benen")
    second = bot.say(sender, "welke oefeningen helpen tegen kramp")
    first_text = " ".join(r.get("text", "") for r in first)
    second_text = " ".join(r.get("text", "") for r in second)
    assert "112" in first_text and "huisarts" in first_text
    assert first_text.index("112") < len(first_text) // 2  # note comes before the advice
    assert "Goed om te weten" in first_text and "Goed om te weten" not in second_text


@pytest.mark.parametrize("message, body_part, other", [
    ("wat moet ik doen bij kramp in mijn kuit", "kuit", "bovenbeen"),
    ("wat moet ik doen tegen kramp in mijn tenen", "tenen", "bovenbeen"),
    ("wat moet ik doen bij kramp voor in mijn bovenbeen", "bovenbeen", "kuit rekken"),
])
def test_answer_adapts_to_the_body_part(bot, sender, message, body_part, other):
    reply = bot.texts(sender, message).lower()
    assert body_part in reply and other not in reply


def test_folk_remedies_are_answered_honestly_and_safely(bot, sender):
    reply = bot.texts(sender, "helpt het om met een speld in je kuit te prikken")
    lower = reply.lower()
    assert "bewijs" in lower
    assert "naald" in lower or "speld" in lower
    assert "nooit" in lower or "niet" in lower


def test_out_of_scope_gets_a_kind_dutch_reply_with_topics(bot, sender):
    replies = bot.say(sender, "wat voor weer wordt het morgen in utrecht")
    assert bot.tracker(sender)["latest_message"]["intent"]["name"] in {"out_of_scope", "nlu_fallback"}
    assert any(len(r.get("buttons", [])) >= 3 for r in replies)


def test_english_gets_told_that_krampbot_speaks_dutch(bot, sender):
    reply = bot.texts(sender, "Hello, can you help me with a cramp in my leg?")
    assert "Nederlands" in reply


def test_help_shows_the_topic_menu(bot, sender):
    replies = bot.say(sender, "waar kun je me mee helpen")
    buttons = [b for r in replies for b in r.get("buttons", [])]
    assert len(buttons) >= 13


@pytest.mark.parametrize("message", [
    "hoi, wat kan ik doen tegen kramp in mijn kuit?",
    "goedemiddag, wat moet je doen tegen kramp in je bovenbeen",
])
def test_a_greeting_before_a_cramp_question_still_gets_an_answer(bot, sender, message):
    """Topic and knowledge base both answer it: the ambiguity between them, or a greeting
    in front, never ends in "weet ik niet" (components/router.py)."""
    reply = bot.texts(sender, message)
    intent = bot.tracker(sender)["latest_message"]["intent"]["name"]
    assert intent not in {"greet", "nlu_fallback"}
    assert "Dat weet ik niet precies" not in reply
    assert "strek" in reply.lower() or "rek" in reply.lower()
