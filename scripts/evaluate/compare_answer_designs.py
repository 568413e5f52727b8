"""Issue 20 point 5: two designs for "which answer does this question get", measured on
the blind held-out questions (tests/answer_questions/heldout/) before switching.

  today        13 topic intents compete with the retrieval intent `vraag` in DIET; the
               ResponseSelector picks an entry inside `vraag` (config.yml).
  one_selector one ResponseSelector over every answer: each topic overview becomes an
               answer `vraag/onderwerp_<topic>` beside the entries, trained on the topic's
               own examples; the intent classifier only tells a question from a
               complaint, chitchat or a command.

The variant is built from the same files (data/nlu, data/kennisbank, config.yml,
domain.yml) under var/design_one_selector/ and trained as an NLU model with the same
pipeline. Both models parse every held-out question in this process and the same
decision (the thresholds of krampbot/knowledge/answers.py, swept) turns each parse into
an answer, judged as make eval-answers judges a conversation. This is a parse-level
comparison: the dialogue (a told complaint with a question gets a short answer first,
the screening, buttons) is the same for both and is left out; make eval-answers gives
today's conversation-level figure.

Usage: .venv/bin/python -m scripts.evaluate.compare_answer_designs [--retrain]
       [--out results/compare_answer_designs.md]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from krampbot import names as N
from krampbot.knowledge import answers as knowledge
from krampbot.paths import ROOT
from scripts.evaluate.eval_answers import NO_ENTRY, Question, judge, load_questions
from scripts.evaluate.eval_safety import MODEL

VARIANT = ROOT / "var" / "design_one_selector"
VARIANT_MODEL = VARIANT / "models" / "nlu-one-selector.tar.gz"
TOPIC_KEY = "onderwerp_"
ENTRY_MINIMA = (0.2, 0.3, 0.4, 0.5, 0.6)
TOPIC_MINIMA = (None, 0.05, 0.1, 0.2)


def build_variant() -> None:
    """The variant's training files: every topic intent becomes vraag/onderwerp_<topic>,
    its overview the answer of that key; everything else as it is."""
    if VARIANT.exists():
        shutil.rmtree(VARIANT)
    data = VARIANT / "data"
    data.mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "kennisbank", data / "kennisbank")
    topics = set(N.TOPIC_INTENTS)
    for source in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        content = yaml.safe_load(source.read_text(encoding="utf-8"))
        for block in content.get("nlu") or []:
            if block.get("intent") in topics:
                block["intent"] = f"{N.KNOWLEDGE_INTENT}/{TOPIC_KEY}{block['intent']}"
        responses = content.get("responses") or {}
        for topic in topics:
            if f"utter_{topic}" in responses:
                responses[f"utter_{N.KNOWLEDGE_INTENT}/{TOPIC_KEY}{topic}"] = responses[f"utter_{topic}"]
        (data / source.name).write_text(
            yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    domain["intents"] = [i for i in domain["intents"] if i not in topics]
    (VARIANT / "domain.yml").write_text(yaml.safe_dump(domain, allow_unicode=True, sort_keys=False),
                                        encoding="utf-8")
    shutil.copy(ROOT / "config.yml", VARIANT / "config.yml")


def train_variant() -> None:
    build_variant()
    VARIANT_MODEL.parent.mkdir(parents=True, exist_ok=True)
    command = [str(Path(sys.executable).parent / "rasa"), "train", "nlu",
               "--config", str(VARIANT / "config.yml"), "--nlu", str(VARIANT / "data"),
               "--domain", str(VARIANT / "domain.yml"), "--out", str(VARIANT_MODEL.parent),
               "--fixed-model-name", VARIANT_MODEL.name.removesuffix(".tar.gz")]
    subprocess.run(command, check=True, cwd=ROOT)


async def parse_all(model: Path, texts: Sequence[str]) -> List[Dict[str, Any]]:
    from rasa.core.agent import load_agent

    from startup import patches

    patches.apply(serving=True)
    agent = await load_agent(model_path=str(model))
    return [dict(await agent.parse_message(text)) for text in texts]


def _selection(parse: Mapping[str, Any]) -> Tuple[str, float, List[Tuple[str, float]]]:
    selector = (parse.get("response_selector") or {}).get(N.KNOWLEDGE_INTENT) or {}
    best = selector.get("response") or {}
    ranking = [((c.get("intent_response_key") or "").split("/", 1)[-1], float(c.get("confidence") or 0))
               for c in selector.get("ranking") or []]
    return (best.get("intent_response_key") or "").split("/", 1)[-1], float(best.get("confidence") or 0), ranking


def _about_cramps(parse: Mapping[str, Any]) -> bool:
    return "kramp" in ((parse.get("lezing") or {}).get("over") or [])


def _not_a_question(intent: str, parse: Mapping[str, Any]) -> Optional[List[str]]:
    """The responses both designs give a message that is not read as a question."""
    about_cramps = _about_cramps(parse)
    if intent == N.RODE_VLAG:
        return ["text:Bel"]  # advice at once (or the screening): the rules decide
    if intent == "kramp_klacht":
        return ["utter_triage_intro"]
    if intent in ("out_of_scope", "andere_taal"):
        return ["utter_out_of_scope"]
    if intent == "nlu_fallback":
        return ["utter_weet_ik_niet" if about_cramps else "utter_nlu_fallback"]
    if intent not in (*N.TOPIC_INTENTS, N.KNOWLEDGE_INTENT):
        return [f"utter_{intent}"]  # chitchat or a command
    return None


def decide_today(parse: Mapping[str, Any], entry_min: float, topic_min: Optional[float]) -> List[str]:
    intent = parse["intent"]["name"]
    other = _not_a_question(intent, parse)
    if other is not None:
        return other
    about_cramps = _about_cramps(parse)
    answer = knowledge.answer_to_question(
        intent, parse, entry=knowledge.chosen_entry(None, parse, entry_min),
        about_cramps=about_cramps, topic_min=topic_min)
    return [answer] if answer else ["utter_weet_ik_niet" if about_cramps else "utter_out_of_scope"]


def decide_one_selector(parse: Mapping[str, Any], entry_min: float, topic_min: Optional[float]) -> List[str]:
    intent = parse["intent"]["name"]
    other = _not_a_question(intent, parse)
    if other is not None:
        return other
    about_cramps = _about_cramps(parse)
    key, confidence, ranking = _selection(parse)
    if confidence >= entry_min:
        if key.startswith(TOPIC_KEY):
            return [f"utter_{key[len(TOPIC_KEY):]}"]
        return [f"utter_{N.KNOWLEDGE_INTENT}/{key}"]
    if about_cramps and topic_min is not None:
        # Unsure of one answer: the overview of the likeliest topic, as today's design.
        for candidate, score in ranking:
            if candidate.startswith(TOPIC_KEY):
                if score >= topic_min:
                    return [f"utter_{candidate[len(TOPIC_KEY):]}"]
                break
    return ["utter_weet_ik_niet" if about_cramps else "utter_out_of_scope"]


def score(questions: Sequence[Question], parses: Sequence[Mapping[str, Any]], decide: Any,
          entry_min: float, topic_min: Optional[float]) -> Tuple[Counter, Dict[str, int]]:
    outcomes: Counter = Counter()
    summary = {"right": 0, "asked": 0, "honest": 0, "no_entry": 0, "wrong": 0, "n": len(questions)}
    for question, parse in zip(questions, parses):
        outcome = judge(question, decide(parse, entry_min, topic_min))
        outcomes[(question.kind, outcome)] += 1
        if question.kind in ("entry", "topic"):
            summary["asked"] += 1
            summary["right"] += outcome == "right"
        elif question.kind == NO_ENTRY:
            summary["no_entry"] += 1
            summary["honest"] += outcome in ("honest", "questions", "advice")
        summary["wrong"] += outcome == "wrong"
    return outcomes, summary


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / max(1, whole):.1f}%)"


def report(questions: Sequence[Question], parses: Dict[str, List[Dict[str, Any]]]) -> str:
    deciders = {"today": decide_today, "one_selector": decide_one_selector}
    lines = ["| design | entry min | topic min | right (entry/topic q.) | honest (no entry) | wrong (all) |",
             "|---|---|---|---|---|---|"]
    best: Dict[str, Tuple[float, Optional[float], Dict[str, int]]] = {}
    for design, decide in deciders.items():
        for entry_min in ENTRY_MINIMA:
            for topic_min in TOPIC_MINIMA:
                _, s = score(questions, parses[design], decide, entry_min, topic_min)
                mark = ""
                if design == "today" and entry_min == knowledge.ENTRY_CONFIDENCE_MIN \
                        and topic_min == knowledge.TOPIC_WHEN_UNSURE_MIN:
                    mark = " <- krampbot today"
                lines.append(f"| {design} | {entry_min} | {topic_min} | {_pct(s['right'], s['asked'])} | "
                             f"{_pct(s['honest'], s['no_entry'])} | {_pct(s['wrong'], s['n'])}{mark} |")
                # Best: most right among the settings with the fewest wrong answers per right
                # one is a judgement; here simply right + honest - 3 x wrong (a wrong answer
                # costs more than an honest "weet ik niet").
                value = s["right"] + s["honest"] - 3 * s["wrong"]
                if design not in best or value > best[design][2]["value"]:
                    best[design] = (entry_min, topic_min, {**s, "value": value})
    detail = []
    for design, (entry_min, topic_min, s) in best.items():
        outcomes, _ = score(questions, parses[design], deciders[design], entry_min, topic_min)
        detail.append(f"- **{design}** best at entry min {entry_min}, topic min {topic_min}: right "
                      f"{_pct(s['right'], s['asked'])}, honest {_pct(s['honest'], s['no_entry'])}, "
                      f"wrong {_pct(s['wrong'], s['n'])}; outcomes: "
                      + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(outcomes.items())))
    intents = {d: Counter(p["intent"]["name"] for p in parses[d]) for d in parses}
    detail.append("- intents of the held-out questions: " + "; ".join(
        f"{d}: " + ", ".join(f"{k} {v}" for k, v in c.most_common(8)) for d, c in intents.items()))
    return "\n".join(lines) + "\n\n" + "\n".join(detail)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--retrain", action="store_true", help="rebuild and retrain the variant")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "compare_answer_designs.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("rasa", "tensorflow", "absl"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    started = time.monotonic()
    if args.retrain or not VARIANT_MODEL.exists():
        train_variant()
    trained = time.monotonic() - started
    questions = load_questions()
    texts = [q.text for q in questions]
    parses = {"today": asyncio.run(parse_all(MODEL, texts)),
              "one_selector": asyncio.run(parse_all(VARIANT_MODEL, texts))}
    text = (f"# Answer designs on {len(questions)} blind held-out questions "
            f"({time.strftime('%Y-%m-%d %H:%M')}, variant trained in {trained:.0f} s)\n\n"
            "Parse level, the same decision for both (scripts/evaluate/compare_answer_designs.py).\n\n"
            + report(questions, parses))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
