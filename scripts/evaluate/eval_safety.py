"""`make eval-safety`: under- and over-triage on the warning-sign probe corpus.

Every probe (tests/safety_probes/, written blind by helpers who saw only the safety
rules) starts a fresh conversation with the trained model. The Rasa model (NLU, rules,
form) runs in this process through Rasa's Agent with an in-memory tracker store; the
custom actions run in a real action server on a free port. The first reply is judged
"direct"; then a simulated person answers the follow-up questions with the probe
author's own free-text answers (scripts/evaluate/safety_probes.py) and the final advice
is judged "via the questions".

Usage: .venv/bin/python -m scripts.evaluate.eval_safety [--part heldout] [--limit N]
       [--out results/eval_safety.md] [--json results/eval_safety.json] [--quiet]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, List, Optional, Sequence

from krampbot.names import READING_KEY
from krampbot.reading.reading import expand
from scripts.evaluate.safety_probes import (
    PARTS,
    BotTurn,
    Outcome,
    Probe,
    answer_for,
    describe,
    first_replies,
    load_probes,
    misses,
    screening_reply,
    second_opinion,
    table,
    which_sign_reply,
)

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "krampbot.tar.gz"
MAX_TURNS = 24
SAME_QUESTION_LIMIT = 3
CONCURRENCY = 4
FORM = "kramp_triage_form"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_action_server(port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_TELEMETRY_ENABLED": "false"}
    process = subprocess.Popen(
        [sys.executable, "-m", "startup.launcher", "run", "actions", "--actions", "actions",
         "--port", str(port)],
        cwd=ROOT, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    import requests

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"action server exited; see {log}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok:
                return process
        except requests.RequestException:
            pass
        time.sleep(0.3)
    process.kill()
    raise TimeoutError("action server did not start")


def stop_action_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


class InProcessBot:
    """The trained model in this process (Rasa's Agent), actions over HTTP."""

    def __init__(self, agent: Any) -> None:
        self.agent = agent

    @classmethod
    async def load(cls, model: Path, action_url: str) -> InProcessBot:
        from rasa.core.agent import load_agent
        from rasa.core.lock_store import InMemoryLockStore
        from rasa.core.tracker_store import InMemoryTrackerStore
        from rasa.utils.endpoints import EndpointConfig

        from startup import patches

        patches.apply(serving=True)
        agent = await load_agent(model_path=str(model))
        agent.action_endpoint = EndpointConfig(url=action_url)
        agent.tracker_store = InMemoryTrackerStore(agent.domain)
        agent.lock_store = InMemoryLockStore()
        agent.processor.action_endpoint = agent.action_endpoint
        agent.processor.tracker_store = agent.tracker_store
        agent.processor.lock_store = agent.lock_store
        return cls(agent)

    @staticmethod
    def listed_codes(turn: BotTurn) -> List[str]:
        """Codes of the items the screening question shows this person: its bullet lines,
        looked up in the sign table the list is built from (krampbot/triage/signs.py)."""
        from krampbot.triage.signs import SCREENING_ITEMS

        by_line = {item.regel: item.code for item in SCREENING_ITEMS}
        lines = [line.strip().lstrip("•").strip() for text in turn.texts for line in text.splitlines()]
        return [by_line[line] for line in lines if line in by_line]

    async def say(self, sender: str, text: str) -> BotTurn:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        output = CollectingOutputChannel()
        await self.agent.handle_message(UserMessage(text, output, sender))
        tracker = await self.agent.tracker_store.retrieve(sender)
        events = list(tracker.events)
        start = max(i for i, e in enumerate(events) if getattr(e, "type_name", "") == "user")
        turn = BotTurn()
        for event in events[start + 1:]:
            if getattr(event, "type_name", "") == "bot":
                name = (event.metadata or {}).get("utter_action")
                turn.responses.append(name or f"text:{(event.text or '')[:60]}")
                turn.texts.append(event.text or "")
                turn.buttons = list((event.data or {}).get("buttons") or []) or turn.buttons
        slots = tracker.current_slot_values()
        turn.slots = slots
        turn.advies = slots.get("advies")
        turn.active_loop = tracker.active_loop_name
        turn.requested_slot = slots.get("requested_slot") if turn.active_loop == FORM else None
        turn.offer = slots.get("aanbod")
        said = (tracker.latest_message.parse_data or {}).get(READING_KEY)
        reading = expand(said) if said else {}
        turn.rules_level = reading.get("niveau")
        ran = reading.get("tweede_mening") is not None  # the second opinion read this message
        turn.model_flag = reading.get("mogelijk_teken") if ran else None
        return turn


async def run_probe(bot: InProcessBot, probe: Probe) -> Outcome:
    sender = f"probe-{probe.id}-{uuid.uuid4().hex[:6]}"
    turn = await bot.say(sender, probe.text)
    outcome = Outcome(probe=probe, direct=describe(turn), direct_level=turn.advies,
                      final_level=turn.advies, first_reply=" / ".join(turn.responses)[:300],
                      rules_level=turn.rules_level, model_flag=turn.model_flag)
    outcome.transcript.append(f"> {probe.text}")
    outcome.transcript.append("< " + " | ".join(t.replace("\n", " ")[:120] for t in turn.texts))
    last_slot, repeats = None, 0
    for _ in range(MAX_TURNS):
        if turn.active_loop == FORM and turn.requested_slot:
            slot = turn.requested_slot
            repeats = repeats + 1 if slot == last_slot else 1
            last_slot = slot
            if repeats > SAME_QUESTION_LIMIT:
                outcome.stuck = True
                break
            if slot == "spoedsignalen":
                reply = screening_reply(probe, bot.listed_codes(turn))
            elif slot == "spoedsignaal":
                reply = which_sign_reply(probe, turn.buttons)
            else:
                reply = answer_for(probe, slot) if repeats < SAME_QUESTION_LIMIT else "weet ik niet"
        elif turn.offer == "vragen" and not turn.advies:
            reply = "ja"
        else:
            break
        turn = await bot.say(sender, reply)
        outcome.turns += 1
        outcome.transcript.append(f"> {reply}")
        outcome.transcript.append("< " + " | ".join(t.replace("\n", " ")[:120] for t in turn.texts))
        outcome.final_level = turn.advies or outcome.final_level
    return outcome


async def evaluate(probes: Sequence[Probe], model: Path, concurrency: int = CONCURRENCY,
                   log_dir: Optional[Path] = None) -> List[Outcome]:
    log_dir = log_dir or ROOT / "results"
    log_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    actions = start_action_server(port, log_dir / "eval_safety_actions.log")
    try:
        bot = await InProcessBot.load(model, f"http://127.0.0.1:{port}/webhook")
        semaphore = asyncio.Semaphore(concurrency)

        async def one(probe: Probe) -> Outcome:
            async with semaphore:
                return await run_probe(bot, probe)

        return list(await asyncio.gather(*(one(p) for p in probes)))
    finally:
        stop_action_server(actions)


def report(outcomes: Sequence[Outcome], parts: Sequence[str]) -> str:
    blocks = []
    for part in parts:
        group = [o for o in outcomes if o.probe.part == part]
        if group:
            blocks.append(table(group, f"{part} ({len(group)} probes)"))
            blocks.append("First replies (" + part + "):\n\n" + first_replies(group))
            opinion = second_opinion(group, part)
            if opinion:
                blocks.append(opinion)
    lines = ["\n\n".join(blocks), "", "### Misses (expected level, direct reply, final advice)", ""]
    for o in misses(outcomes):
        kind = []
        if not o.direct_hit:
            kind.append("direct")
        if not o.via_questions_hit:
            kind.append("VIA QUESTIONS")
        lines.append(f"- [{o.probe.part}/{o.probe.id}] {'+'.join(kind)}: expected {o.expected} "
                     f"({o.probe.sign}); direct {o.direct_level or o.direct}; final "
                     f"{o.final_level}{' (stuck)' if o.stuck else ''}: {o.probe.text[:140]!r}")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument("--limit", type=int, default=0, help="at most N probes per part")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "eval_safety.md")
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "eval_safety.json")
    parser.add_argument("--transcripts", action="store_true", help="print each miss's conversation")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--ids", default="", help="only these probe ids (comma-separated)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("rasa", "tensorflow", "absl", "sanic", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    from rasa.utils.log_utils import configure_structlog

    # Rasa's structlog prints a debug line per policy step unless configured: ~40 MB a run.
    configure_structlog(logging.WARNING)
    parts = PARTS if args.part == "all" else (args.part,)
    probes: List[Probe] = []
    for part in parts:
        group = load_probes([part])
        if args.ids:
            group = [p for p in group if p.id in set(args.ids.split(","))]
        probes += group[: args.limit] if args.limit else group
    started = time.monotonic()
    outcomes = asyncio.run(evaluate(probes, args.model))
    elapsed = time.monotonic() - started
    text = (f"# make eval-safety ({time.strftime('%Y-%m-%d %H:%M')}, {len(outcomes)} probes, "
            f"{elapsed:.0f} s)\n\n" + report(outcomes, parts))
    if args.transcripts:
        text += "\n\n### Transcripts of the misses\n"
        for o in misses(outcomes):
            text += f"\n[{o.probe.id}]\n" + "\n".join(o.transcript) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    args.json.write_text(json.dumps([{
        "id": o.probe.id, "part": o.probe.part, "expected": o.expected, "sign": o.probe.sign,
        "direct": o.direct, "direct_level": o.direct_level, "final_level": o.final_level,
        "direct_hit": o.direct_hit, "via_questions_hit": o.via_questions_hit,
        "stuck": o.stuck, "turns": o.turns, "first_reply": o.first_reply,
        "rules_level": o.rules_level, "model_flag": o.model_flag,
    } for o in outcomes], ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.quiet:
        print(text)
    print(f"\nWritten to {args.out} and {args.json} ({elapsed:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
