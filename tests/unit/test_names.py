"""Names with one home (krampbot/names.py) against the domain as Rasa assembles it
(domain.yml + data/), read as plain YAML: every slot, value, intent, action and response
the code uses exists; the contract names are exact; no sentence is over 25 words."""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from krampbot import names as N
from krampbot.knowledge.answers import ENTRY_TITLES, SHORT_ANSWER_OF_TOPIC
from krampbot.paths import ROOT
from krampbot.triage.advice import Advice, decide
from krampbot.triage.levels import LEVELS
from krampbot.triage.messages import Situation, advice_message, old_sign_question, summary_text
from krampbot.triage.questions import required_slots
from krampbot.triage.signs import SCREENING_ITEMS, SIGNS, Flag, flags_from_codes
from tests.support.domain import load_domain

MAX_WORDS = 25
LONGEST_NAME = "je schoonmoeder"  # {wie} in the questions


@pytest.fixture(scope="module")
def domain():
    return load_domain()


def python_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for folder in ("actions", "krampbot", "components", "channels", "storage")
                     for p in (ROOT / folder).rglob("*.py"))


def _constants(prefix_filter=lambda name: True):
    return {name: value for name, value in vars(N).items()
            if name.isupper() and isinstance(value, str) and prefix_filter(name)}


def test_contract_names_are_exact(domain):
    assert N.FORM == "kramp_triage_form" and N.FORM in domain.forms
    assert N.VOOR_WIE_VALUES == ("zelf", "kind", "ander")
    assert N.FREQUENTIE_VALUES == ("zelden", "wekelijks", "bijna_elke_nacht")
    assert N.ADVIES_VALUES == LEVELS == ("zelfzorg", "huisarts", "huisarts_vandaag", "spoed_112")
    for slot, values in ((N.VOOR_WIE, N.VOOR_WIE_VALUES), (N.FREQUENTIE, N.FREQUENTIE_VALUES),
                         (N.ADVIES, N.ADVIES_VALUES), (N.AANBOD, N.AANBOD_VALUES)):
        assert tuple(domain.slots[slot]["values"]) == values, slot


def test_every_slot_name_exists(domain):
    slot_names = {getattr(N, name) for name in dir(N) if name.isupper() and isinstance(getattr(N, name), str)
                  and getattr(N, name) in domain.slots}
    declared = {N.SPOEDSIGNALEN, N.SPOEDSIGNAAL, N.VOOR_WIE, N.BEEN_DIK_ROOD_WARM, N.FREQUENTIE,
                N.SLAAP_VERSTOORD, N.SPIERZWAKTE_OF_GEVOELLOOS, N.KLACHTEN_PLOTSELING, N.PIJN_BIJ_LOPEN,
                N.PIJN_OVERDAG_OF_MANK, N.NIEUWE_MEDICIJNEN, N.ZWANGER, N.BEVESTIG_OPNIEUW, N.WIE,
                N.GESLACHT, N.LEEFTIJD, N.KRAAMTIJD, N.ZWANGERSCHAPSWEKEN, N.LICHAAMSDEEL,
                N.ONDERWERP, N.RODE_VLAGGEN, N.ONBEKEND, N.BRONNEN, N.ADVIES, N.VRAGEN_KLAAR,
                N.OPNIEUW_GEVRAAGD, N.ONDUIDELIJK_ANTWOORD, N.DISCLAIMER_GEGEVEN, N.AANBOD,
                N.VERVOLG, N.OUD_TEKEN_GEVRAAGD, N.SAMENVATTING_GETOOND}
    assert sorted(declared - set(domain.slots)) == []
    assert declared <= slot_names | declared
    # No slot name typed as a string in the glue: they come from krampbot.names.
    typed = set(re.findall(r"(?:SlotSet|get_slot)\(\s*\"([a-z_]+)\"", python_sources()))
    assert sorted(typed) == []


def test_every_form_question_has_a_question(domain):
    asked_in_code = {"spoedsignalen", "spoedsignaal"}  # action_ask_<slot>, from the sign table
    for slot in required_slots({N.SPOEDSIGNALEN: True, N.SPIERZWAKTE_OF_GEVOELLOOS: True}):
        assert f"utter_ask_{slot}" in domain.responses or slot in asked_in_code, slot
    for slot in asked_in_code:
        assert f"action_ask_{slot}" in domain.actions


def test_every_intent_and_action_named_in_code_exists(domain):
    intents = _constants(lambda name: not name.startswith(("ACTION_", "VALIDATE", "ENTITY_", "READING")))
    for name in ("KNOWLEDGE_INTENT", "KRAMP_KLACHT", "RODE_VLAG", "GREET", "GOODBYE", "THANK", "AFFIRM",
                 "DENY", "BOT_CHALLENGE", "HELP", "OUT_OF_SCOPE", "ANDERE_TAAL", "STOP_TRIAGE",
                 "OPNIEUW", "TOON_SAMENVATTING", "MEER_WETEN"):
        assert intents[name] in domain.intents, name
    assert set(N.TOPIC_INTENTS) <= domain.intents
    assert set(N.TOPIC_INTENTS) == set(SHORT_ANSWER_OF_TOPIC)
    actions = {value for name, value in vars(N).items() if name.startswith(("ACTION_", "VALIDATE"))}
    defined = set(re.findall(r"def name\(self\) -> Text:\s+return (?:N\.)?(ACTION_[A-Z_]+|VALIDATE_FORM|\"[a-z_]+\")",
                             python_sources()))
    defined = {getattr(N, d) if not d.startswith('"') else d.strip('"') for d in defined}
    in_domain = set(domain.actions)
    assert sorted(defined - in_domain) == [] and sorted(in_domain - defined) == []
    assert actions <= in_domain | {N.ACTION_VERGEET, N.ACTION_PRIVACY}


def test_every_response_named_in_code_exists(domain):
    named = set(re.findall(r"[\"'](utter_[a-z_]+)[\"']", python_sources()))
    named |= set(SHORT_ANSWER_OF_TOPIC.values())
    named |= {f"utter_{topic}" for topic in N.TOPIC_INTENTS}
    named |= {f"utter_{N.KNOWLEDGE_INTENT}/{key}" for key in ENTRY_TITLES}
    assert sorted(named - set(domain.responses)) == []


def test_every_button_payload_names_a_known_intent_or_entry(domain):
    entries = {name.split("/", 1)[1] for name in domain.responses if name.startswith("utter_vraag/")}
    for name, variants in domain.responses.items():
        for button in itertools.chain.from_iterable(v.get("buttons", []) for v in variants):
            payload = button["payload"]
            key = re.search(r'"vraag_sleutel":"(\w+)"', payload)
            if key:
                assert key.group(1) in entries, (name, payload)
            elif payload.startswith("/"):
                assert re.match(r"/(\w+)", payload).group(1) in domain.intents, (name, payload)


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
    all_flags = flags_from_codes([sign.code for sign in SIGNS] + [item.code for item in SCREENING_ITEMS])
    reasons = [flag.reden for flag in all_flags]
    for situation, level in itertools.product(SITUATIONS, LEVELS):
        advice = Advice(level, reasons, "huisarts")
        assert too_long(advice_message(advice, Situation.from_slots(situation), all_flags)) == []
        answers = {**situation, "frequentie": "wekelijks", "slaap_verstoord": True,
                   "spierzwakte_of_gevoelloos": True, "klachten_plotseling": False}
        summary = summary_text(answers, decide(answers), all_flags, dt.date(2026, 9, 30))
        assert too_long(summary) == []
    assert too_long(old_sign_question(all_flags)) == []
    assert isinstance(all_flags[0], Flag)
