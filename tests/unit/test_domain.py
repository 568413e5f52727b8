"""The domain as Rasa loads it (domain.yml + responses in data/) against the Python code:
every intent, slot, response and action name the code uses exists, every knowledge-base
entry is complete, and no user-facing sentence is longer than 25 words."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from rasa.shared.importers.importer import TrainingDataImporter

import actions.glue as glue
import krampbot.triage.questions as questions
from actions.triage_form import LEAVE_INTENTS_SLOT_FREE, _UNCLEAR_HINTS, topic_intents
from components.sign_override import KEEPS_INTENT_WITH_NON_URGENT_SIGN, RED_FLAG_INTENT
from krampbot.triage.advice import Advice, decide
from krampbot.reading.answers import EXTRA_SLOTS, PERSON_SLOTS, TRIAGE_SLOTS
from krampbot.dialogue import COMMAND_INTENTS
from krampbot.knowledge.answers import (
    ENTRY_TITLES,
    KNOWLEDGE_INTENT,
    SHORT_ANSWER_OF_TOPIC,
    TOPICS_THAT_OFFER_QUESTIONS,
)
from krampbot.triage.levels import LEVELS
from krampbot.triage.messages import Situation, advice_message, old_sign_question, summary_text
from krampbot.reading.signs import RED_FLAGS

ROOT = Path(__file__).resolve().parents[2]
MAX_WORDS = 25
LONGEST_NAME = "je schoonmoeder"  # {wie} in the questions


@pytest.fixture(scope="module")
def domain():
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")])
    return importer.get_domain()


def python_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for folder in ("actions", "krampbot", "components", "channels")
                     for p in (ROOT / folder).glob("*.py"))


def test_every_response_named_in_python_exists(domain):
    named = set(re.findall(r"[\"'](utter_[a-z_]+)[\"']", python_sources()))
    named |= set(SHORT_ANSWER_OF_TOPIC.values())
    named |= {f"utter_{intent}" for intent in topic_intents(domain.as_dict()) - {KNOWLEDGE_INTENT}}
    named |= {f"utter_{KNOWLEDGE_INTENT}/{key}" for key in ENTRY_TITLES}
    assert sorted(named - set(domain.responses)) == []


def test_every_intent_named_in_python_exists(domain):
    named = set(COMMAND_INTENTS) | set(LEAVE_INTENTS_SLOT_FREE) | TOPICS_THAT_OFFER_QUESTIONS
    named |= KEEPS_INTENT_WITH_NON_URGENT_SIGN | {RED_FLAG_INTENT, KNOWLEDGE_INTENT}
    named |= {"affirm", "deny", "kramp_klacht"}
    named |= set(SHORT_ANSWER_OF_TOPIC)
    assert sorted(named - set(domain.intents)) == []
    # topics are found from the domain, not copied by hand: all 13 + the knowledge base
    assert set(SHORT_ANSWER_OF_TOPIC) | {KNOWLEDGE_INTENT} <= topic_intents(domain.as_dict())


def test_every_slot_named_in_python_exists(domain):
    slot_names = {slot.name for slot in domain.slots}
    named = set(TRIAGE_SLOTS) | set(PERSON_SLOTS) | set(EXTRA_SLOTS) | set(glue.STATE_SLOTS)
    named |= {glue.DISCLAIMER_SLOT, glue.OFFER_SLOT, glue.NEXT_SLOT, glue.UNCLEAR_SLOT,
              questions.OPNIEUW_GEVRAAGD, questions.SPOEDSIGNAAL, questions.RODE_VLAGGEN,
              "lichaamsdeel", "onderwerp"} | set(_UNCLEAR_HINTS)
    named |= set(re.findall(r"(?:SlotSet|get_slot)\(\s*\"([a-z_]+)\"", python_sources()))
    assert sorted(named - slot_names) == []
    for slot in ("spoedsignalen", "voor_wie", "klachten_plotseling"):  # contract names
        assert slot in slot_names
    voor_wie = domain.slots[[s.name for s in domain.slots].index("voor_wie")]
    assert [v for v in voor_wie.values if v != "__other__"] == ["zelf", "kind", "ander"]


def test_every_action_and_entity_exists(domain):
    defined = set(re.findall(r'return "((?:action|validate)_[a-z_]+)"', python_sources()))
    custom = {a for a in domain.user_actions if not a.startswith("utter_")}
    assert sorted(defined - custom) == [] and sorted(custom - defined) == []
    assert {glue.ENTRY_ENTITY, questions.SPOEDSIGNAAL} <= set(domain.entities)
    assert "kramp_triage_form" in domain.form_names
    for slot in questions.required_slots({}):
        assert f"utter_ask_{slot}" in domain.responses


def test_every_screening_button_names_a_known_sign(domain):
    for variant in domain.responses["utter_ask_spoedsignaal"]:
        for button in variant["buttons"]:
            code = re.search(r'"spoedsignaal":"(\w+)"', button["payload"]).group(1)
            assert code in RED_FLAGS


def test_knowledge_base_is_complete(domain):
    entries = {name.split("/", 1)[1] for name in domain.responses if name.startswith("utter_vraag/")}
    assert len(entries) >= 80
    assert entries == set(ENTRY_TITLES)
    for name, variants in domain.responses.items():
        for button in itertools.chain.from_iterable(v.get("buttons", []) for v in variants):
            payload = button["payload"]
            key = re.search(r'"vraag_sleutel":"(\w+)"', payload)
            if key:
                assert key.group(1) in entries, (name, payload)
            elif payload.startswith("/"):
                intent = re.match(r"/(\w+)", payload).group(1)
                assert intent in domain.intents, (name, payload)


# ----------------------------------------------------------------------------- 25 words


def sentences(text: str) -> list[str]:
    parts = []
    for line in text.replace("{wie}", LONGEST_NAME).splitlines():
        line = line.strip().lstrip("-•").strip()
        parts += [s for s in re.split(r"(?<=[.?!])\s+", line) if s.strip()]
    return parts


def too_long(text: str) -> list[str]:
    return [s for s in sentences(text) if len(s.split()) > MAX_WORDS]


def test_no_response_sentence_over_25_words(domain):
    long = {name: too_long(v["text"]) for name, variants in domain.responses.items()
            for v in variants if v.get("text") and too_long(v["text"])}
    assert long == {}


SITUATIONS = [
    {}, {"zwanger": True}, {"kraamtijd": True}, {"leeftijd": 82},
    {"voor_wie": "ander", "wie": "je schoonmoeder", "zwanger": True},
    {"voor_wie": "kind", "wie": "je kleindochter"}, {"voor_wie": "ander", "wie": "diegene"},
]


def test_no_built_message_sentence_over_25_words():
    import datetime as dt

    all_reasons = [flag.reden for flag in RED_FLAGS.values()]
    for situation, level in itertools.product(SITUATIONS, LEVELS):
        advice = Advice(level, all_reasons, "huisarts")
        assert too_long(advice_message(advice, Situation.from_slots(situation))) == []
        answers = {**situation, "frequentie": "wekelijks", "slaap_verstoord": True,
                   "spierzwakte_of_gevoelloos": True, "klachten_plotseling": False}
        summary = summary_text(answers, decide(answers), list(RED_FLAGS.values()),
                               dt.date(2026, 9, 30))
        assert too_long(summary) == []
    assert too_long(old_sign_question(RED_FLAGS.values())) == []


def test_every_entry_belongs_to_a_subject_and_subjects_are_topics(domain):
    from krampbot.knowledge.answers import ENTRIES_OF_TOPIC

    assert set(ENTRIES_OF_TOPIC) <= set(domain.intents)
    assert set().union(*ENTRIES_OF_TOPIC.values()) <= set(ENTRY_TITLES)
