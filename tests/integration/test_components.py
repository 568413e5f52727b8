"""The deterministic NLU steps on hand-made parse results (no trained model): the
Reading is attached once, commands are never guessed, the router follows the Reading.
(Rasa's Message class is needed, so these run with the integration tests.)"""
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.commands import CommandGuard
from components.reading import ReadingComponent
from components.router import ReadingRouter
from krampbot.names import READING_KEY


def parsed(text, *ranking):
    intents = [{"name": name, "confidence": conf} for name, conf in ranking]
    message = Message(data={TEXT: text, INTENT: intents[0], INTENT_RANKING_KEY: intents})
    ReadingComponent().process([message])
    return message


def test_the_reading_is_attached_as_codes_not_text():
    message = parsed("mijn vader van 82 is ineens benauwd", ("kramp_klacht", 0.9))
    reading = message.get(READING_KEY)
    assert reading["tekens"] == ["benauwd"] and reading["niveau"] == "spoed_112"
    assert reading["persoon"] == {"voor_wie": "ander", "wie": "je vader", "geslacht": "m", "leeftijd": 82}
    assert "mijn vader" not in str(reading)  # codes, never copies of the text
    assert READING_KEY in message.as_dict(only_output_properties=True)


def test_unsaid_command_falls_back_to_the_next_intent():
    message = parsed("en wat kan ik vannacht doen als het weer begint?",
                     ("opnieuw", 0.455), ("vraag", 0.3), ("stop_triage", 0.1))
    CommandGuard().process([message])
    assert message.get(INTENT)["name"] == "vraag"
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["vraag"]


def test_a_command_that_is_said_wins_over_one_that_is_not():
    message = parsed("ja, laat maar zien", ("stop_triage", 0.6), ("affirm", 0.2),
                     ("toon_samenvatting", 0.15))
    CommandGuard().process([message])
    assert message.get(INTENT)["name"] == "toon_samenvatting"


def test_said_commands_and_button_payloads_are_left_alone():
    for message in (parsed("opnieuw", ("opnieuw", 0.99)), parsed("/opnieuw", ("vraag", 0.4))):
        before = message.get(INTENT)
        CommandGuard().process([message])
        assert message.get(INTENT) == before


def test_urgent_sign_overrides_any_intent():
    message = parsed("ik ben ineens benauwd", ("kramp_klacht", 0.9))
    ReadingRouter().process([message])
    assert message.get(INTENT) == {"name": "rode_vlag", "confidence": 1.0}


def test_a_told_complaint_classified_as_chitchat_gets_the_questions():
    message = parsed("hoi, mijn kuit doet al de hele week zeer", ("greet", 0.7), ("kramp_klacht", 0.2))
    ReadingRouter().process([message])
    assert message.get(INTENT)["name"] == "kramp_klacht"


def test_a_told_complaint_split_with_the_knowledge_base_is_an_own_complaint():
    message = parsed("ik heb af en toe kramp in mijn kuit", ("vraag", 0.48), ("kramp_klacht", 0.47))
    ReadingRouter().process([message])
    assert message.get(INTENT) == {"name": "kramp_klacht", "confidence": 0.95}


def test_appointment_level_sign_in_a_question_keeps_the_question():
    message = parsed("ik heb veel dorst en kramp, komt dat door suiker?", ("vraag", 0.9))
    ReadingRouter().process([message])
    assert message.get(INTENT)["name"] == "vraag"


def test_the_parse_output_stays_small_codes_and_keys_only():
    message = parsed("nee", ("deny", 0.95))
    message.set("response_selector", {"vraag": {"response": {
        "responses": [{"text": "Kramp is een spier die ..."}], "confidence": 0.2,
        "intent_response_key": "vraag/wat_is_kramp", "utter_action": "utter_vraag/wat_is_kramp"},
        "ranking": [{"confidence": 0.2, "intent_response_key": "vraag/wat_is_kramp"}]}},
        add_to_output=True)
    full = dict(message.get(READING_KEY))
    ReadingRouter().process([message])
    output = message.as_dict(only_output_properties=True)
    stored = output[READING_KEY]
    assert stored["v"] == full["v"] and len(str(stored)) < len(str(full)) / 2
    assert stored["antwoorden"] == {"ja_nee": False, "zwanger": full["antwoorden"]["zwanger"],
                                    "plotseling": False, "aanbod": False}
    selection = output["response_selector"]["vraag"]
    assert "responses" not in selection["response"]
    assert selection["response"]["intent_response_key"] == "vraag/wat_is_kramp"
    assert selection["ranking"][0]["intent_response_key"] == "vraag/wat_is_kramp"
