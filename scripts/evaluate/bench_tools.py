"""Measuring tools for `make bench` (scripts/evaluate/bench.py): process CPU and memory from
/proc, REST senders, and conversation drivers for Krampbot and the stock `rasa init` bot.

The Krampbot triage is driven by what the bot asks, not by a fixed script: after each
answer the tracker API tells the requested slot, and the driver gives a calm answer
for that slot (unknown slots get "nee") until the form is no longer active. The order
and the set of questions may change without changing this file.
"""
from __future__ import annotations

import os
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence

import requests

WEBHOOK = "/webhooks/rest/webhook"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# ------------------------------------------------------------------ conversations
# Topic questions: one answer each, no custom action once the safety note was given.
KRAMPBOT_TOPICS = [
    "waarom krijg ik 's nachts kramp",
    "wat te doen bij kramp in mijn kuit",
    "hoe voorkom ik kramp",
    "helpt magnesium",
    "welke oefeningen zijn goed",
    "kramp tijdens het zwemmen",
    "wat onderzoekt de huisarts",
    "helpt een stuk zeep in bed",
    "kramp bij kinderen",
    "welke medicijnen helpen tegen kramp",
    "komt kramp door een ziekte",
    "wat kan ik eten tegen kramp",
]
KRAMPBOT_TRIAGE_START = "ik heb vaak kramp in mijn kuit"
# A calm answer (no warning sign) to each triage question; any other slot gets "nee".
CALM_ANSWERS: Dict[str, str] = {
    "frequentie": "een paar keer per jaar",
    "voor_wie": "voor mezelf",
    "leeftijd": "45",
}
CALM_FALLBACK = "nee"
# When a calm answer is not understood, these are tried next (then "stop").
CALM_ALTERNATIVES = ["nee", "nee hoor", "weet ik niet"]
MAX_TRIAGE_TURNS = 30

# The stock `rasa init` bot's own intents (greet, mood, affirm/deny, bot challenge).
STOCK_MESSAGES = [
    "hello", "I am sad", "yes", "good morning", "I am feeling very good", "bye",
    "hey there", "not good", "no", "are you a bot?", "hi", "perfect", "goodbye",
    "good evening", "very sad", "indeed",
]


def say(url: str, sender: str, text: str, session: Optional[requests.Session] = None,
        timeout: float = 120) -> list:
    response = (session or requests).post(url + WEBHOOK, json={"sender": sender, "message": text},
                                          timeout=timeout)
    response.raise_for_status()
    return response.json()


class TrackerApi:
    """Reads slots and the active form through Rasa's HTTP API (needs the token)."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token

    def state(self, sender: str) -> dict:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker",
                                params={"token": self.token, "include_events": "NONE"},
                                timeout=60)
        response.raise_for_status()
        return response.json()

    def event_count(self, sender: str) -> int:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker",
                                params={"token": self.token, "include_events": "ALL"},
                                timeout=120)
        response.raise_for_status()
        return len(response.json().get("events") or [])


def form_question(state: dict) -> Optional[str]:
    """The slot an active form asks for, or None when no form is active."""
    if not (state.get("active_loop") or {}).get("name"):
        return None
    return (state.get("slots") or {}).get("requested_slot") or None


@dataclass
class TriagePath:
    messages: List[str] = field(default_factory=list)
    slots_asked: List[str] = field(default_factory=list)
    completed: bool = False  # the form ended by itself (not by our "stop" or the cap)


def drive_triage(send: Callable[[str], object], state: Callable[[], dict],
                 start: str = KRAMPBOT_TRIAGE_START) -> TriagePath:
    """Start the triage with `start`, then answer calmly whatever slot is asked."""
    path = TriagePath()
    send(start)
    path.messages.append(start)
    tries: Dict[str, int] = {}
    for _ in range(MAX_TRIAGE_TURNS):
        slot = form_question(state())
        if slot is None:
            path.completed = len(path.messages) > 1
            return path
        path.slots_asked.append(slot)
        tries[slot] = tries.get(slot, 0) + 1
        answer = calm_answer(slot, tries[slot])
        send(answer)
        path.messages.append(answer)
        if answer == "stop":
            break
    return path


def calm_answer(slot: str, attempt: int) -> str:
    """The calm answer to `slot`; on a repeated question the next alternative."""
    options = [CALM_ANSWERS.get(slot, CALM_FALLBACK)]
    options += [a for a in CALM_ALTERNATIVES if a not in options]
    return options[attempt - 1] if attempt <= len(options) else "stop"


def record_krampbot_mix(url: str, api: TrackerApi, sender: str) -> tuple[List[str], TriagePath]:
    """One realistic Krampbot conversation, recorded live so the load can replay it:
    greeting, five topic questions, one triage (as the bot asks it), thanks, goodbye."""
    messages: List[str] = []

    def send(text: str) -> None:
        say(url, sender, text)
        messages.append(text)

    send("hallo")
    for text in KRAMPBOT_TOPICS[:5]:
        send(text)
    path = drive_triage(send, lambda: api.state(sender))
    send("bedankt")
    send("doei")
    return messages, path


# -------------------------------------------------------------------------- load
@dataclass
class LoadResult:
    senders: int
    messages: int
    errors: int
    seconds: float
    latencies_ms: List[float]

    @property
    def throughput(self) -> float:
        return self.messages / self.seconds if self.seconds else float("nan")

    def pct(self, p: float) -> float:
        return percentile(self.latencies_ms, p)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def load(url: str, senders: int, rounds: int, mix: Sequence[str], tag: str) -> LoadResult:
    """`senders` concurrent clients; each sends `rounds` messages, cycling through
    conversations of `mix` (a new conversation id after each full mix)."""
    latencies: List[float] = []
    errors: List[str] = []
    lock = threading.Lock()

    def client(index: int) -> None:
        session = requests.Session()
        for i in range(rounds):
            conversation = f"bench-{tag}-{index}-{i // len(mix)}"
            started = time.perf_counter()
            try:
                say(url, conversation, mix[i % len(mix)], session=session)
            except requests.RequestException as error:
                with lock:
                    errors.append(repr(error))
                continue
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(senders)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(senders, len(latencies), len(errors), time.perf_counter() - started,
                      latencies)


# ---------------------------------------------------------------- /proc readings
def children(pid: int) -> List[int]:
    """Every live descendant of `pid`."""
    found: List[int] = []
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        direct = [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except (FileNotFoundError, ProcessLookupError):
        return found
    for child in direct:
        found.append(child)
        found += children(child)
    return found


def cpu_seconds(pid: int) -> float:
    """utime+stime of `pid` and its children (live ones, and reaped ones via c*time)."""
    total = 0.0
    for index, one in enumerate([pid] + children(pid)):
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        # fields[0] is field 3 (state): utime=14, stime=15, cutime=16, cstime=17.
        ticks = int(fields[11]) + int(fields[12])
        if index == 0:
            ticks += int(fields[13]) + int(fields[14])
        total += ticks / CLOCK_TICKS
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children, in MB."""
    total_kb = 0
    for one in [pid] + children(pid):
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total_kb / 1024


def cmdline(pid: int) -> List[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().split("\0")
    except FileNotFoundError:
        return []


def find_rasa_processes(root: int) -> Dict[str, int]:
    """Among `root` and its descendants: the Rasa server ('rasa') and the action
    server ('actions'), recognised by their command line (`... run actions` / `... run`)."""
    found: Dict[str, int] = {}
    for pid in [root] + children(root):
        args = cmdline(pid)
        if "run" not in args or not any("python" in a or a.endswith("rasa") for a in args[:2]):
            continue
        after_run = args[args.index("run") + 1:]
        if after_run[:1] == ["actions"]:
            found.setdefault("actions", pid)
        elif "-m" in after_run or "--model" in after_run:
            found.setdefault("rasa", pid)
    return found


@dataclass
class CpuMeter:
    """CPU-seconds used by some processes between start() and stop()."""

    pids: Dict[str, int]
    before: Dict[str, float] = field(default_factory=dict)

    def start(self) -> CpuMeter:
        self.before = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        return self

    def stop(self) -> Dict[str, float]:
        return {name: cpu_seconds(pid) - self.before[name] for name, pid in self.pids.items()}


def median(values: Iterable[float]) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")
