"""Krampbot benchmark, side by side with a stock `rasa init` bot measured in the same run.

Prints a table (Krampbot / stock / ratio) and writes it to results/benchmark.md. Not a
test: it measures, it does not judge. Wall-clock figures swing 2-3x between hours on
shared machines; the CPU-seconds per message (from /proc of the server processes) and
the Krampbot / stock ratios of one run are the figures to compare across runs.

In one run:
1. training from scratch: Krampbot (`rasa train`, fresh cache) and the stock bot
   (`rasa init --no-prompt` in a temporary folder, which trains it; same venv);
2. each bot in turn (never both at once): start-up from launch to the first answer
   (Krampbot: `make run`; stock: `rasa run`), then a fixed load of 1, 20 and 50
   concurrent REST senders (msg/s, p50/p95), CPU-seconds per message of the Rasa server
   and the action server over that load, RSS, and one long conversation of 300
   messages (p50 of messages 1-30 vs 271-300);
3. Krampbot on `make cluster` (nginx, 2 replicas, PostgreSQL, Redis): 50 senders with
   2 replicas, then with 1.

Both bots store conversations the same way (Rasa's SQLTrackerStore on a fresh SQLite
file), so the comparison is about the bots, not the storage. The Krampbot conversation
mix is recorded live at the start (topic questions and one triage answered calmly,
whatever the form asks; see scripts/evaluate/bench_tools.py) and then replayed by the load.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import requests

from krampbot.paths import ROOT
from scripts.evaluate import bench_tools as tools
from tests.support.servers import free_port

BIN = Path(sys.executable).parent
RASA = str(BIN / "rasa")
QUIET_ENV = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}
LONG_MESSAGES = 300
LONG_WINDOW = 30
LONG_TRIAGE_AT = 100  # the triage starts at message 101: both windows are topic messages


def note(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------ training
def peak_rss_mb(command: List[str], **kwargs) -> float:
    """Run `command`; the peak resident memory of it (or its largest child), in MB."""
    script = ("import resource, subprocess, sys; "
              "subprocess.run(sys.argv[1:], check=True, stdout=sys.stderr); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", script, *command], check=True,
                         stdout=subprocess.PIPE, **kwargs).stdout
    return int(out.decode().strip().splitlines()[-1]) / 1024


def train_krampbot(work: Path) -> tuple[float, float]:
    env = {**os.environ, **QUIET_ENV, "RASA_CACHE_DIRECTORY": str(work / "krampbot-cache")}
    started = time.monotonic()
    with open(work / "krampbot-train.log", "w") as log:
        peak = peak_rss_mb([RASA, "train", "--fixed-model-name", "bench", "--out",
                            str(work / "krampbot-model"), "--data", "data", "--domain",
                            "domain.yml", "--config", "config.yml"],
                           cwd=ROOT, env=env, stderr=log)
    return time.monotonic() - started, peak


def init_stock(project: Path, cache: Path) -> tuple[float, float]:
    """`rasa init --no-prompt`: creates the stock project and trains it."""
    project.mkdir(parents=True)
    env = {**os.environ, **QUIET_ENV, "RASA_CACHE_DIRECTORY": str(cache)}
    started = time.monotonic()
    with open(project.parent / "stock-init.log", "w") as log:
        peak = peak_rss_mb([RASA, "init", "--no-prompt", "--init-dir", str(project)],
                           cwd=project, env=env, stderr=log, stdin=subprocess.DEVNULL)
    return time.monotonic() - started, peak


def stock_model(project: Path) -> Path:
    models = sorted((project / "models").glob("*.tar.gz"))
    if not models:
        raise RuntimeError(f"no trained model in {project / 'models'}")
    return models[-1]


# ------------------------------------------------------------------------- serving
@dataclass
class RunningBot:
    name: str
    url: str
    api: tools.TrackerApi
    process: subprocess.Popen
    pids: Dict[str, int]
    startup_s: float
    startup_cpu_s: float
    log: Path

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        time.sleep(1)  # let the servers of the group finish too


def wait_for_first_answer(url: str, text: str, process: subprocess.Popen, log: Path,
                          timeout_s: float = 600) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"exited with code {process.returncode}:\n"
                               + log.read_text(errors="replace")[-3000:])
        try:
            if tools.say(url, "bench-first-answer", text, timeout=10):
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"no answer after {timeout_s} s:\n" + log.read_text(errors="replace")[-3000:])


def launch(name: str, command: List[str], cwd: Path, env: Dict[str, str], url: str,
           first_text: str, token: str, log: Path) -> RunningBot:
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=open(log, "w"),
                               stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        wait_for_first_answer(url, first_text, process, log)
    except Exception:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    startup_s = time.monotonic() - started
    # CPU of everything the launch ran so far (make and its steps, both servers).
    startup_cpu_s = tools.cpu_seconds(process.pid)
    pids = tools.find_rasa_processes(process.pid)
    return RunningBot(name, url, tools.TrackerApi(url, token), process, pids, startup_s,
                      startup_cpu_s, log)


def serve_krampbot(work: Path, token: str) -> RunningBot:
    """Exactly `make run`, on free ports and a fresh SQLite file."""
    rasa_port = free_port()
    env = {**os.environ, "KRAMPBOT_RATE_LIMIT": "1000000", "RASA_PORT": str(rasa_port), "ACTION_PORT": str(free_port()),
           "WEB_PORT": str(free_port()), "KRAMPBOT_DB_NAME": str(work / "krampbot.db"),
           "KRAMPBOT_API_TOKEN": token}
    for name in ("ACTION_ENDPOINT_URL", "KRAMPBOT_DB_DIALECT", "KRAMPBOT_DB_HOST"):
        env.pop(name, None)  # run_bot.sh derives them
    return launch("Krampbot", ["make", "--no-print-directory", "run"], ROOT, env,
                  f"http://127.0.0.1:{rasa_port}", "hallo", token, work / "krampbot-run.log")


def serve_stock(project: Path, work: Path, token: str) -> RunningBot:
    """`rasa run` in the stock project, with the same tracker store as Krampbot."""
    endpoints = work / "stock-endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n"
                         f"  db: {work / 'stock.db'}\n")
    port = free_port()
    command = [RASA, "run", "-m", str(stock_model(project)), "--port", str(port),
               "--endpoints", str(endpoints), "--enable-api", "--auth-token", token]
    env = {**os.environ, **QUIET_ENV}
    return launch("stock", command, project, env, f"http://127.0.0.1:{port}", "hello",
                  token, work / "stock-run.log")


# ---------------------------------------------------------------------- measuring
@dataclass
class BotFigures:
    name: str
    startup_s: float = float("nan")
    startup_cpu_s: float = float("nan")
    train_s: float = float("nan")
    train_peak_mb: float = float("nan")
    mix_note: str = ""
    loads: List[tools.LoadResult] = field(default_factory=list)
    cpu: Dict[str, float] = field(default_factory=dict)  # CPU-s over the fixed load
    load_messages: int = 0
    rss_rasa_mb: float = float("nan")
    rss_actions_mb: float = float("nan")
    long_first_ms: float = float("nan")
    long_last_ms: float = float("nan")
    long_cpu_first: float = float("nan")  # CPU-ms per message, messages 1-30
    long_cpu_last: float = float("nan")  # CPU-ms per message, messages 271-300
    long_events: int = 0
    long_note: str = ""

    def cpu_ms_per_message(self, name: str) -> float:
        if name not in self.cpu or not self.load_messages:
            return float("nan")
        return 1000 * self.cpu[name] / self.load_messages


def fixed_load(bot: RunningBot, figures: BotFigures, mix: List[str], rounds: int,
               profile: Optional[Callable[[RunningBot], Callable[[], None]]]) -> None:
    stop_profile = profile(bot) if profile else None
    meter = tools.CpuMeter(bot.pids).start()
    tag = uuid.uuid4().hex[:8]
    for senders, per_sender in ((1, rounds * 5), (20, rounds), (50, rounds)):
        note(f"{bot.name}: {senders} concurrent sender(s), {per_sender} messages each")
        figures.loads.append(tools.load(bot.url, senders, per_sender, mix, f"{tag}-{senders}"))
    figures.cpu = meter.stop()
    if stop_profile:
        stop_profile()
    figures.load_messages = sum(r.messages for r in figures.loads)
    figures.rss_rasa_mb = tools.rss_mb(bot.pids["rasa"])
    if "actions" in bot.pids:
        figures.rss_actions_mb = tools.rss_mb(bot.pids["actions"])


def long_conversation(bot: RunningBot, figures: BotFigures,
                      next_text: Callable[[int], str], triage: bool) -> None:
    """One conversation of LONG_MESSAGES messages; latency of each message."""
    sender = f"bench-long-{uuid.uuid4().hex[:8]}"
    latencies: List[float] = []
    meter = tools.CpuMeter(bot.pids)
    cpu_windows: List[float] = []
    session = requests.Session()

    def send(text: str) -> None:
        index = len(latencies)
        if index in (0, LONG_MESSAGES - LONG_WINDOW):
            meter.start()
        started = time.perf_counter()
        tools.say(bot.url, sender, text, session=session)
        latencies.append((time.perf_counter() - started) * 1000)
        if len(latencies) in (LONG_WINDOW, LONG_MESSAGES):
            cpu_windows.append(1000 * sum(meter.stop().values()) / LONG_WINDOW)

    path = None
    while len(latencies) < LONG_MESSAGES:
        if triage and path is None and len(latencies) == LONG_TRIAGE_AT:
            path = tools.drive_triage(send, lambda: bot.api.state(sender))
            continue
        send(next_text(len(latencies)))
    figures.long_first_ms = tools.median(latencies[:LONG_WINDOW])
    figures.long_last_ms = tools.median(latencies[-LONG_WINDOW:])
    figures.long_cpu_first, figures.long_cpu_last = cpu_windows[0], cpu_windows[-1]
    figures.long_events = bot.api.event_count(sender)
    if path is not None:
        figures.long_note = (f"triage at messages {LONG_TRIAGE_AT + 1}-"
                             f"{LONG_TRIAGE_AT + len(path.messages)}")


def measure_krampbot(work: Path, rounds: int, profile) -> tuple[BotFigures, List[str]]:
    figures = BotFigures("Krampbot")
    token = "bench-" + uuid.uuid4().hex
    note("Krampbot: `make run` until the first answer")
    bot = serve_krampbot(work, token)
    try:
        figures.startup_s, figures.startup_cpu_s = bot.startup_s, bot.startup_cpu_s
        note(f"Krampbot answered after {bot.startup_s:.1f} s; processes {bot.pids}")
        mix, path = tools.record_krampbot_mix(bot.url, bot.api, f"bench-record-{token[-8:]}")
        figures.mix_note = (f"{len(mix)} messages per conversation: greeting, 5 topic "
                            f"questions, triage of {len(path.messages)} messages "
                            f"({'completed' if path.completed else 'NOT completed'}; "
                            f"asked: {', '.join(path.slots_asked)}), thanks, goodbye")
        fixed_load(bot, figures, mix, rounds, profile)
        note("Krampbot: long conversation")
        topics = tools.KRAMPBOT_TOPICS
        long_conversation(bot, figures,
                          lambda i: "hallo" if i == 0 else topics[i % len(topics)], triage=True)
    finally:
        bot.stop()
    return figures, mix


def measure_stock(project: Path, work: Path, rounds: int) -> BotFigures:
    figures = BotFigures("stock")
    token = "bench-" + uuid.uuid4().hex
    note("stock bot: `rasa run` until the first answer")
    bot = serve_stock(project, work, token)
    try:
        figures.startup_s, figures.startup_cpu_s = bot.startup_s, bot.startup_cpu_s
        note(f"stock bot answered after {bot.startup_s:.1f} s")
        mix = tools.STOCK_MESSAGES
        for text in mix:  # warm-up, like the recording pass of Krampbot
            tools.say(bot.url, f"bench-warmup-{token[-8:]}", text)
        figures.mix_note = f"{len(mix)} messages per conversation of its own intents"
        fixed_load(bot, figures, mix, rounds, None)
        note("stock bot: long conversation")
        long_conversation(bot, figures, lambda i: mix[i % len(mix)], triage=False)
    finally:
        bot.stop()
    return figures


def cluster_throughput(mix: List[str], rounds: int) -> tuple[float, float]:
    """Throughput through nginx with two Rasa replicas, then with one (same run)."""
    from tests.support.cluster import running_cluster

    state = Path(tempfile.mkdtemp(prefix="krampbot-bench-cluster-"))
    try:
        with running_cluster(state) as cluster:
            tools.load(cluster.lb_url, 5, len(mix), mix, "cluster-warmup")
            two = tools.load(cluster.lb_url, 50, rounds, mix, "cluster-2").throughput
            cluster.stop_replica(1)
            time.sleep(5)
            tools.load(cluster.lb_url, 5, 2, mix, "cluster-notice")  # nginx notices it
            one = tools.load(cluster.lb_url, 50, rounds, mix, "cluster-1").throughput
    finally:
        shutil.rmtree(state, ignore_errors=True)
    return one, two


# ------------------------------------------------------------------------ profiling
def py_spy_profiler(py_spy: str, out_dir: Path):
    """Attach `py-spy record` to the Rasa server and the action server for the load."""
    def start(bot: RunningBot) -> Callable[[], None]:
        recorders = []
        for name, pid in bot.pids.items():
            for fmt, ext in (("raw", "txt"), ("flamegraph", "svg")):
                recorders.append(subprocess.Popen(
                    [py_spy, "record", "--pid", str(pid), "--rate", "100", "--nonblocking",
                     "--format", fmt, "--output", str(out_dir / f"profile-{name}.{ext}")],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(2)

        def stop() -> None:
            for recorder in recorders:
                recorder.send_signal(signal.SIGINT)
            for recorder in recorders:
                recorder.wait(timeout=120)
        return stop
    return start


# ---------------------------------------------------------------------------- table
def ratio(ours: float, theirs: float) -> str:
    if not (ours == ours and theirs == theirs) or not theirs:  # NaN or zero
        return "—"
    return f"{ours / theirs:.2f}x"


def fmt(value: float, digits: int = 1) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"


def table(k: BotFigures, s: BotFigures, cluster: Optional[tuple[float, float]]) -> str:
    rows = []

    def row(label: str, ours: float, theirs: float, digits: int = 1) -> None:
        rows.append(f"| {label} | {fmt(ours, digits)} | {fmt(theirs, digits)} | "
                    f"{ratio(ours, theirs)} |")

    row("train from scratch (s)", k.train_s, s.train_s)
    row("peak RSS while training (MB)", k.train_peak_mb, s.train_peak_mb, 0)
    row("start-up, launch to first answer (s)", k.startup_s, s.startup_s)
    row("start-up, CPU-seconds until the first answer", k.startup_cpu_s, s.startup_cpu_s)
    row("RSS Rasa server after the load (MB)", k.rss_rasa_mb, s.rss_rasa_mb, 0)
    row("RSS action server (MB)", k.rss_actions_mb, s.rss_actions_mb, 0)
    for ours, theirs in zip(k.loads, s.loads):
        n = ours.senders
        row(f"msg/s, {n} concurrent sender{'s' if n > 1 else ''}",
            ours.throughput, theirs.throughput)
        row(f"p50 latency, {n} sender{'s' if n > 1 else ''} (ms)", ours.pct(50), theirs.pct(50))
        row(f"p95 latency, {n} sender{'s' if n > 1 else ''} (ms)", ours.pct(95), theirs.pct(95))
    row("CPU-ms per message, Rasa server", k.cpu_ms_per_message("rasa"),
        s.cpu_ms_per_message("rasa"), 2)
    row("CPU-ms per message, action server", k.cpu_ms_per_message("actions"),
        s.cpu_ms_per_message("actions"), 2)
    row("CPU-ms per message, both", k.cpu_ms_per_message("rasa")
        + (k.cpu_ms_per_message("actions") if "actions" in k.cpu else 0),
        s.cpu_ms_per_message("rasa") + (s.cpu_ms_per_message("actions") if "actions" in s.cpu else 0), 2)
    row(f"long conversation: p50 of messages 1-{LONG_WINDOW} (ms)", k.long_first_ms, s.long_first_ms)
    row(f"long conversation: p50 of messages {LONG_MESSAGES - LONG_WINDOW + 1}-{LONG_MESSAGES} (ms)",
        k.long_last_ms, s.long_last_ms)
    row("long conversation: growth, last / first p50", k.long_last_ms / k.long_first_ms,
        s.long_last_ms / s.long_first_ms, 2)
    row(f"long conversation: CPU-ms per message 1-{LONG_WINDOW}", k.long_cpu_first,
        s.long_cpu_first, 1)
    row(f"long conversation: CPU-ms per message {LONG_MESSAGES - LONG_WINDOW + 1}-{LONG_MESSAGES}",
        k.long_cpu_last, s.long_cpu_last, 1)
    row("long conversation: growth of CPU per message", k.long_cpu_last / k.long_cpu_first,
        s.long_cpu_last / s.long_cpu_first, 2)
    row("long conversation: events in the tracker store", k.long_events, s.long_events, 0)
    errors_k = sum(r.errors for r in k.loads)
    errors_s = sum(r.errors for r in s.loads)
    lines = ["| measure | Krampbot | stock `rasa init` | Krampbot / stock |",
             "|---|---|---|---|", *rows,
             f"| failed requests during the load | {errors_k} | {errors_s} | |"]
    if cluster:
        one, two = cluster
        lines += ["", "| `make cluster` (nginx, PostgreSQL, Redis), 50 senders | 1 replica | "
                  "2 replicas | 2 / 1 |", "|---|---|---|---|",
                  f"| Krampbot msg/s | {one:.1f} | {two:.1f} | {two / one:.2f}x |"]
    return "\n".join(lines)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.machine())
    import importlib.metadata as md

    from components.spacy_pipeline import expected_identity
    return (f"{datetime.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores ({cpu}), "
            f"load average at start {os.getloadavg()[0]:.2f}, Python "
            f"{platform.python_version()}, Rasa {md.version('rasa')}, spaCy pipeline "
            f"{expected_identity()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=40,
                        help="messages per sender with 20 and 50 senders (x5 with 1)")
    parser.add_argument("--skip-train", action="store_true",
                        help="do not time Krampbot's training (the stock bot is still "
                             "trained unless --work holds one)")
    parser.add_argument("--skip-cluster", action="store_true")
    parser.add_argument("--skip-stock", action="store_true", help="Krampbot only")
    parser.add_argument("--work", type=Path,
                        help="keep the work folder here (a stock project in it is reused)")
    parser.add_argument("--py-spy", metavar="PATH",
                        help="profile the Krampbot servers during the load with this "
                             "py-spy binary (results/profile-*.svg/.txt; costs throughput)")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="krampbot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    header = machine()
    note(f"work folder {work}; {header}")
    try:
        krampbot, stock = BotFigures("Krampbot"), BotFigures("stock")
        if not args.skip_train:
            note("training Krampbot from scratch ...")
            krampbot.train_s, krampbot.train_peak_mb = train_krampbot(work)
        project = work / "stock"
        if not args.skip_stock and not (project / "models").is_dir():
            note("`rasa init --no-prompt` (creates and trains the stock bot) ...")
            shutil.rmtree(project, ignore_errors=True)
            stock.train_s, stock.train_peak_mb = init_stock(project, work / "stock-cache")
        profile = py_spy_profiler(args.py_spy, results) if args.py_spy else None
        measured, mix = measure_krampbot(work, args.rounds, profile)
        measured.train_s, measured.train_peak_mb = krampbot.train_s, krampbot.train_peak_mb
        krampbot = measured
        if not args.skip_stock:
            measured = measure_stock(project, work, args.rounds)
            measured.train_s, measured.train_peak_mb = stock.train_s, stock.train_peak_mb
            stock = measured
        cluster = None
        if not args.skip_cluster:
            note("`make cluster`: 2 replicas, then 1")
            cluster = cluster_throughput(mix, args.rounds // 2)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    text = "\n".join([
        f"Measured {header}.", "",
        f"Krampbot mix: {krampbot.mix_note}. Stock mix: {stock.mix_note}.",
        f"Fixed load: 1 sender x {args.rounds * 5}, 20 x {args.rounds}, 50 x {args.rounds} "
        f"messages; CPU-ms per message = utime+stime of the process (and its children) "
        f"over that load / messages answered.",
        f"Long conversation: one sender, {LONG_MESSAGES} messages "
        f"(Krampbot: topic questions, {krampbot.long_note or 'no triage'}).",
        *(["Profiled with py-spy during the load: throughput is lower than usual."]
          if args.py_spy else []),
        "", table(krampbot, stock, cluster),
    ])
    print(text)
    (results / "benchmark.md").write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
