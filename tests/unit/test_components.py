"""The deterministic NLU steps, on hand-made parse results (no trained model)."""
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.commands import CommandGuard
from components.own_complaint import OwnComplaintGuard
from components.sign_override import RedFlagIntentOverride


def parsed(text, *ranking):
    intents = [{"name": name, "confidence": conf} for name, conf in ranking]
    return Message(data={TEXT: text, INTENT: intents[0], INTENT_RANKING_KEY: intents})


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
    RedFlagIntentOverride().process([message])
    assert message.get(INTENT) == {"name": "rode_vlag", "confidence": 1.0}


def test_non_urgent_sign_keeps_a_child_question_or_own_complaint():
    message = parsed("mijn zoontje heeft vaak kramp", ("kramp_klacht", 0.9))
    RedFlagIntentOverride().process([message])
    assert message.get(INTENT)["name"] == "kramp_klacht"
    other = parsed("ik heb veel dorst en kramp", ("waarom_kramp_nachts", 0.9))
    RedFlagIntentOverride().process([other])
    assert other.get(INTENT)["name"] == "rode_vlag"


def test_a_told_own_complaint_is_not_a_knowledge_question():
    for top in ("vraag", "kramp_klacht"):
        message = parsed("ik heb af en toe kramp in mijn kuit", ("vraag", 0.48), ("kramp_klacht", 0.51))
        message.set(INTENT, {"name": top, "confidence": 0.5})
        OwnComplaintGuard().process([message])
        assert message.get(INTENT)["name"] == "kramp_klacht"
        assert abs(message.get(INTENT)["confidence"] - 0.99) < 1e-9
        assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["kramp_klacht"]


def test_a_question_or_a_weak_own_complaint_stays_a_knowledge_question():
    for text, ranking in (
        ("ik zit aan de dialyse en heb veel kramp, mag ik magnesium?", (("vraag", 0.7), ("kramp_klacht", 0.3))),
        ("ik heb kramp, helpt magnesium", (("vraag", 0.7), ("kramp_klacht", 0.3))),
        ("mijn kuit doet pijn na de kramp", (("vraag", 0.95), ("kramp_klacht", 0.05))),
        ("/vraag", (("vraag", 0.6), ("kramp_klacht", 0.4))),
    ):
        message = parsed(text, *ranking)
        OwnComplaintGuard().process([message])
        assert message.get(INTENT)["name"] == "vraag", text
