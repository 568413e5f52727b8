"""`make eval-answers`: which answer a held-out question gets, in a real conversation.

The questions (tests/answer_questions/heldout/, written blind by helpers who saw only the
answer texts, never the training data) each start a fresh conversation with the trained
model (Rasa's Agent in this process, the actions in a real action server, as
make eval-safety). Four kinds of question:
  entry / topic    a question one knowledge-base entry or topic overview answers:
                   right (its entry; for a topic its overview or one of its entries),
                   topic (the overview of one of the entry's subjects: broad, not wrong),
                   dont_know (the honest "Dat weet ik niet precies" with closest entries),
                   questions (told as a complaint: the screening starts, no answer),
                   advice (a warning sign or complaint the rules answer with advice at once),
                   wrong (another entry or topic, or the off-topic reply)
  geen_antwoord    a cramp question no entry answers: honest (dont_know, a topic
                   overview, or the questions), wrong (an entry), off_topic
  buiten_onderwerp not about cramps: right (the off-topic or not-understood reply),
                   dont_know, wrong (an entry or topic)
Then a threshold table from the same parses (krampbot.knowledge.answers decides), so the
thresholds are chosen on questions with and without an entry.

Usage: .venv/bin/python -m scripts.evaluate.eval_answers [--limit N] [--out results/eval_answers.md]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import yaml

from krampbot.knowledge import answers as knowledge
from krampbot.knowledge import catalogue
from krampbot.paths import ROOT
from scripts.evaluate.eval_safety import (
    MODEL,
    InProcessBot,
    _free_port,
    start_action_server,
    stop_action_server,
)

HELDOUT = ROOT / "tests" / "answer_questions" / "heldout"
NO_ENTRY, OFF_TOPIC = "geen_antwoord", "buiten_onderwerp"
CONCURRENCY = 4


@dataclass
class Question:
    text: str
    label: str
    part: str

    @property
    def kind(self) -> str:
        if self.label in (NO_ENTRY, OFF_TOPIC):
            return self.label
        return "topic" if self.label in knowledge.SHORT_ANSWER_OF_TOPIC else "entry"


@dataclass
class Result:
    question: Question
    responses: List[str] = field(default_factory=list)
    outcome: str = ""
    parse: Dict[str, Any] = field(default_factory=dict)


def load_questions() -> List[Question]:
    rows = []
    for path in sorted(HELDOUT.glob("*.yml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8"))["vragen"]:
            rows.append(Question(str(row["tekst"]), str(row["antwoord"]), path.stem))
    return rows


def answered(responses: Sequence[str]) -> Tuple[List[str], List[str]]:
    """(entries, topics) the bot's responses answered with."""
    prefix = f"utter_{knowledge.KNOWLEDGE_INTENT}/"
    entries = [r[len(prefix):] for r in responses if r.startswith(prefix)]
    topics = [t for t in knowledge.SHORT_ANSWER_OF_TOPIC
              if f"utter_{t}" in responses or f"utter_kort_{t}" in responses]
    return entries, topics


def judge(question: Question, responses: Sequence[str]) -> str:
    entries, topics = answered(responses)
    dont_know = "utter_weet_ik_niet" in responses
    off = "utter_out_of_scope" in responses or "utter_nlu_fallback" in responses
    advice = any(r.startswith(("text:Bel", "text:Maak een afspraak")) for r in responses)
    screening = "utter_triage_intro" in responses or any(r.startswith(("text:Eerst", "text:Nog één")) for r in responses)
    kind = question.kind
    if kind == OFF_TOPIC:
        return "right" if off else "dont_know" if dont_know and not (entries or topics) else \
            "wrong" if (entries or topics) else "other"
    if kind == NO_ENTRY:
        if entries:
            return "wrong"
        if dont_know or topics:
            return "honest"
        return "advice" if advice else "questions" if screening else "off_topic" if off else "other"
    subjects = set(catalogue.entries()[question.label].onderwerpen) if kind == "entry" else {question.label}
    of_topic = knowledge.ENTRIES_OF_TOPIC.get(question.label, set()) if kind == "topic" else set()
    if question.label in entries or question.label in topics or set(entries) & of_topic:
        return "right"
    if entries or (topics and not set(topics) & subjects):
        return "wrong"
    if topics:
        return "topic"
    if dont_know:
        return "dont_know"
    return "advice" if advice else "questions" if screening else "wrong"


async def ask_all(questions: Sequence[Question], model: Path) -> List[Result]:
    port = _free_port()
    log = ROOT / "results" / "eval_answers_actions.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    actions = start_action_server(port, log)
    try:
        bot = await InProcessBot.load(model, f"http://127.0.0.1:{port}/webhook")
        semaphore = asyncio.Semaphore(CONCURRENCY)

        async def one(question: Question) -> Result:
            async with semaphore:
                sender = f"answers-{uuid.uuid4().hex[:10]}"
                turn = await bot.say(sender, question.text)
                tracker = await bot.agent.tracker_store.retrieve(sender)
                parse = next(e for e in reversed(tracker.events) if getattr(e, "type_name", "") == "user").parse_data
                return Result(question, list(turn.responses), judge(question, turn.responses), dict(parse))

        return list(await asyncio.gather(*(one(q) for q in questions)))
    finally:
        stop_action_server(actions)


OUTCOMES = {
    "entry": ("right", "topic", "dont_know", "questions", "advice", "wrong"),
    "topic": ("right", "dont_know", "questions", "advice", "wrong"),
    NO_ENTRY: ("honest", "questions", "advice", "wrong", "off_topic", "other"),
    OFF_TOPIC: ("right", "dont_know", "wrong", "other"),
}


def table(results: Sequence[Result]) -> str:
    lines = ["| kind | n | " + " | ".join(sorted({o for v in OUTCOMES.values() for o in v})) + " |"]
    names = sorted({o for v in OUTCOMES.values() for o in v})
    lines.append("|---|---|" + "---|" * len(names))
    for kind in OUTCOMES:
        group = [r for r in results if r.question.kind == kind]
        if not group:
            continue
        counts = Counter(r.outcome for r in group)
        cells = [f"{counts[n]} ({100 * counts[n] / len(group):.1f}%)" if n in OUTCOMES[kind] else "" for n in names]
        lines.append(f"| {kind} | {len(group)} | " + " | ".join(cells) + " |")
    asked = [r for r in results if r.question.kind in ("entry", "topic")]
    right = sum(r.outcome == "right" for r in asked)
    no_entry = [r for r in results if r.question.kind == NO_ENTRY]
    honest = sum(r.outcome in ("honest", "questions", "advice") for r in no_entry)
    wrong = sum(r.outcome == "wrong" for r in results)
    # Many of the helpers' "no entry" questions are health questions next to the subject
    # (hielspoor, migraine): the off-topic reply ("I only answer questions about leg
    # cramps; ask your huisarts") is honest there too. Counted apart, never in the target.
    off_reply = sum(r.outcome == "off_topic" for r in no_entry)
    lines += ["", f"- questions with an entry or topic: **{right}/{len(asked)} right "
              f"({100 * right / max(1, len(asked)):.1f}%)** (target 90%)",
              f"- cramp questions without an entry: **{honest}/{len(no_entry)} honest "
              f"({100 * honest / max(1, len(no_entry)):.1f}%)** (weet-ik-niet, a topic overview or "
              f"the questions; target 90%)",
              f"- the same with the off-topic reply counted as honest: {honest + off_reply}/{len(no_entry)} "
              f"({100 * (honest + off_reply) / max(1, len(no_entry)):.1f}%) (not the target's measure)",
              f"- wrong answers, all kinds: **{wrong}/{len(results)} "
              f"({100 * wrong / max(1, len(results)):.1f}%)** (target at most 3%)"]
    return "\n".join(lines)


def threshold_table(results: Sequence[Result]) -> str:
    """The same parses decided with other thresholds (outside the questions)."""
    lines = ["| entry min | topic min | right (entry/topic q.) | honest (no entry) | wrong (all) |",
             "|---|---|---|---|---|"]
    for entry_min in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        for topic_min in (0.02, 0.05, 0.1, 0.2):
            right = honest = wrong = 0
            for r in results:
                parse = r.parse
                answer = knowledge.answer_to_question(
                    parse["intent"]["name"], parse,
                    entry=knowledge.chosen_entry(None, parse, entry_min),
                    about_cramps="kramp" in ((parse.get("lezing") or {}).get("over") or []),
                    topic_min=topic_min)
                outcome = judge(r.question, [answer] if answer else
                                ["utter_weet_ik_niet" if "kramp" in ((parse.get("lezing") or {}).get("over") or [])
                                 else "utter_out_of_scope"])
                right += r.question.kind in ("entry", "topic") and outcome == "right"
                honest += r.question.kind == NO_ENTRY and outcome == "honest"
                wrong += outcome == "wrong"
            mark = " <- krampbot" if (entry_min == knowledge.ENTRY_CONFIDENCE_MIN
                                      and topic_min == knowledge.TOPIC_WHEN_UNSURE_MIN) else ""
            lines.append(f"| {entry_min} | {topic_min} | {right} | {honest} | {wrong}{mark} |")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "eval_answers.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("rasa", "tensorflow", "absl", "sanic", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    questions = load_questions()
    if args.limit:
        questions = questions[: args.limit]
    started = time.monotonic()
    results = asyncio.run(ask_all(questions, args.model))
    elapsed = time.monotonic() - started
    misses = [r for r in results if r.outcome not in ("right", "honest")]
    text = "\n\n".join([
        f"# make eval-answers ({time.strftime('%Y-%m-%d %H:%M')}, {len(results)} held-out "
        f"questions, {elapsed:.0f} s)",
        "## In a conversation", table(results),
        "## Thresholds (the same parses, decided outside the questions)", threshold_table(results),
        "## Not right", "\n".join(f"- [{r.question.part}] {r.question.label}: {r.outcome}: "
                                  f"{r.question.text[:120]!r} -> {', '.join(r.responses)[:160]}"
                                  for r in misses),
    ])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text.split("## Not right")[0])
    print(f"Written to {args.out} ({elapsed:.0f} s).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
