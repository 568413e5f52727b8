"""Which answer a held-out question gets: the measurement behind the thresholds in
krampbot/knowledge/answers.py (ENTRY_CONFIDENCE_MIN, TOPIC_WHEN_UNSURE_MIN).

Parses every question of tests/nlu_holdout.yml (never trained on) with the trained model
(models/krampbot.tar.gz) and decides the answer the way ActionBeantwoordVraag does, for
a range of thresholds. Per setting it counts the questions that get
  right     their own entry, or for a topic question its overview (or an entry of it)
  topic     for an entry question: the overview of the entry's subject (broad, not wrong)
  dont_know the honest "I don't know that" with the closest entries as buttons
  wrong     another entry or topic, another reply, or "not understood"
Usage: .venv/bin/python scripts/evaluate/eval_answers.py   (make eval-answers)
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Any, Mapping, Optional

import yaml

from krampbot.knowledge import answers as knowledge
from krampbot.paths import ROOT
from krampbot.reading.utterance import is_about_cramps

HOLDOUT = ROOT / "tests" / "nlu_holdout.yml"
MODEL = ROOT / "models" / "krampbot.tar.gz"
SUBJECT_OF_ENTRY = {key: topic for topic, keys in knowledge.ENTRIES_OF_TOPIC.items() for key in keys}
ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")


def holdout_questions() -> list[tuple[str, str]]:
    """(label, text) of every held-out question for a topic or an entry."""
    rows = []
    for block in yaml.safe_load(HOLDOUT.read_text())["nlu"]:
        label = block.get("intent", "")
        if not (label.startswith(knowledge.KNOWLEDGE_INTENT + "/") or label in knowledge.SHORT_ANSWER_OF_TOPIC):
            continue
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                rows.append((label, ANNOTATION.sub(r"\1", line.strip()[2:]).strip()))
    return rows


def decide(parse: Mapping[str, Any], entry_min: float, topic_min: Optional[float]) -> str:
    """The answer ActionBeantwoordVraag gives (outside the questions; the same function,
    krampbot.knowledge.answers.answer_to_question), as 'entry:key', 'topic:name', 'dont_know',
    'not_understood' (the off-topic or "niet begrepen" reply) or 'other:response'."""
    text = parse.get("text")
    about_cramps = is_about_cramps(text)
    answer = knowledge.answer_to_question(
        parse["intent"]["name"], parse, entry=knowledge.chosen_entry(None, parse, entry_min),
        about_cramps=about_cramps, topic_min=topic_min)
    if answer is None:
        return "dont_know" if about_cramps else "not_understood"
    name = answer[len("utter_"):]
    if name.startswith(knowledge.KNOWLEDGE_INTENT + "/"):
        return f"entry:{name.split('/', 1)[1]}"
    return f"topic:{name}" if name in knowledge.SHORT_ANSWER_OF_TOPIC else f"other:{name}"


def score(rows, parses, entry_min: float, topic_min: Optional[float]) -> dict[str, int]:
    counts = {"right": 0, "topic": 0, "dont_know": 0, "wrong": 0}
    for (label, _), parse in zip(rows, parses):
        answer = decide(parse, entry_min, topic_min)
        if label.startswith(knowledge.KNOWLEDGE_INTENT + "/"):
            key = label.split("/", 1)[1]
            outcome = ("right" if answer == f"entry:{key}" else
                       "topic" if answer == f"topic:{SUBJECT_OF_ENTRY.get(key)}" else
                       "dont_know" if answer == "dont_know" else "wrong")
        else:
            outcome = ("right" if answer == f"topic:{label}" or (
                answer.startswith("entry:") and SUBJECT_OF_ENTRY.get(answer[6:]) == label) else
                "dont_know" if answer == "dont_know" else "wrong")
        counts[outcome] += 1
    return counts


async def parse_all(texts: list[str]) -> list[dict]:
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(MODEL))
    return [await agent.parse_message(text) for text in texts]


def main() -> None:
    rows = holdout_questions()
    parses = asyncio.run(parse_all([text for _, text in rows]))
    print(f"{len(rows)} held-out questions (topics and entries), model {MODEL.name}")
    print(f"{'entry min':>9} {'topic min':>9} | {'right':>5} {'topic':>5} {'dont_know':>9} {'wrong':>5}")
    for entry_min in (0.15, 0.2, 0.25, 0.3, 0.4):
        for topic_min in (None, 0.02, 0.05, 0.1, 0.2):
            c = score(rows, parses, entry_min, topic_min)
            chosen = " <- krampbot" if (entry_min == knowledge.ENTRY_CONFIDENCE_MIN
                                       and topic_min == knowledge.TOPIC_WHEN_UNSURE_MIN) else ""
            print(f"{entry_min:>9} {str(topic_min):>9} | {c['right']:>5} {c['topic']:>5} "
                  f"{c['dont_know']:>9} {c['wrong']:>5}{chosen}")


if __name__ == "__main__":
    main()
