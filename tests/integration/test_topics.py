"""Dutch questions about every topic get the right intent and the right answer."""
from __future__ import annotations

import pytest

# Fresh phrasings (not in data/nlu): (message, intent, response the bot must give).
TOPIC_QUESTIONS = [
    ("waarom kramp 's nachts", "waarom_kramp_nachts", "utter_waarom_kramp_nachts"),
    ("wat te doen bij kramp", "wat_te_doen_bij_kramp", "utter_wat_te_doen_bij_kramp"),
    ("zwanger en kramp", "zwanger_en_kramp", "utter_zwanger_en_kramp"),
    ("hoe komt het dat ik juist in bed kramp krijg", "waarom_kramp_nachts", "utter_waarom_kramp_nachts"),
    ("au mn kuit schiet nu vast wat moet ik doen", "wat_te_doen_bij_kramp", "utter_wat_te_doen_bij_kramp"),
    ("ik ben 7 maanden in verwachting en heb veel kramp, is dat normaal", "zwanger_en_kramp", "utter_zwanger_en_kramp"),
    ("mijn dochter van 8 huilt 's nachts van de kramp in haar been", "kramp_bij_kinderen", "utter_kramp_bij_kinderen"),
    ("hoe zorg ik dat ik minder vaak kramp krijg", "kramp_voorkomen", "utter_kramp_voorkomen"),
    ("heb je rekoefeningen voor mijn kuiten", "oefeningen_tegen_kramp", "utter_oefeningen_tegen_kramp"),
    ("kan een tekort aan magnesium kramp geven", "voeding_en_kramp", "utter_voeding_en_kramp"),
    ("kan ik kinine nemen tegen kramp", "medicijnen_en_kramp", "utter_medicijnen_en_kramp"),
    ("bij welke ziektes heb je vaak kramp", "ziekten_en_kramp", "utter_ziekten_en_kramp"),
    ("wat doe je als je kramp krijgt in het zwembad", "kramp_bij_zwemmen", "utter_kramp_bij_zwemmen"),
    ("gaat de huisarts bloed prikken als ik kramp heb", "onderzoek_bij_arts", "utter_onderzoek_bij_arts"),
    ("wanneer moet ik met mijn krampen naar de dokter", "wanneer_naar_dokter", "utter_wanneer_naar_dokter"),
    ("werkt een stuk zeep onder het laken echt", "huismiddeltjes", "utter_huismiddeltjes"),
]


def bot_responses_after(tracker: dict) -> list:
    """Names of the responses the bot gave after the last user message."""
    events = tracker["events"]
    last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
    return [
        (e.get("metadata") or {}).get("utter_action")
        for e in events[last_user + 1:]
        if e["event"] == "bot"
    ]


@pytest.mark.parametrize("message,intent,response", TOPIC_QUESTIONS)
def test_topic_question_gets_its_answer(bot, sender, message, intent, response):
    replies = bot.say(sender, message)
    tracker = bot.tracker(sender)
    assert tracker["latest_message"]["intent"]["name"] == intent
    assert response in bot_responses_after(tracker)
    assert any(r.get("buttons") for r in replies), "topic answers offer related topics"


def test_safety_note_is_given_once_before_the_first_advice(bot, sender):
    first = bot.say(sender, "hoe voorkom ik kramp in mijn benen")
    second = bot.say(sender, "welke oefeningen helpen tegen kramp")
    first_text = " ".join(r.get("text", "") for r in first)
    second_text = " ".join(r.get("text", "") for r in second)
    assert "112" in first_text and "huisarts" in first_text
    assert first_text.index("112") < len(first_text) // 2  # note comes before the advice
    assert "vervangt" not in second_text


def test_answer_adapts_to_the_body_part(bot):
    calf = bot.texts("calf-" + bot.rasa_url[-5:], "wat moet ik doen bij kramp in mijn kuit")
    toes = bot.texts("toes-" + bot.rasa_url[-5:], "wat moet ik doen tegen kramp in mijn tenen")
    assert calf != toes
    assert "kuit" in calf.lower()
    assert "tenen" in toes.lower()


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
