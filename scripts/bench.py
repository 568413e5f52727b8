"""Krampbot benchmark: prints a table of speed and memory figures and writes it to
results/benchmark.md. Not a test: it measures, it does not judge.

Measured in one run: training from scratch, time until the server answers, memory
(RSS) of the Rasa server and the action server, REST latency for 1 and 20 concurrent
conversations, throughput with 50 concurrent senders, and the NLU macro-F1 of our
pipeline next to Rasa's default pipeline (held-out file; `make bench-nlu` adds 5-fold
cross-validation).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.servers import start_servers  # noqa: E402

RASA = str(Path(sys.executable).parent / "rasa")
# A realistic mix: topic questions, small talk and triage answers.
MESSAGES = [
    "hallo", "waarom krijg ik 's nachts kramp", "wat te doen bij kramp in mijn kuit",
    "hoe voorkom ik kramp", "helpt magnesium", "welke oefeningen zijn goed",
    "ik heb vaak kramp in mijn kuit", "nee", "een paar keer per jaar", "nee hoor",
    "nee", "nee", "nee", "nee", "bedankt", "doei",
]
TARGETS = {
    "train_s": ("<=", 120), "ready_s": ("<=", 25), "rss_mb": ("<=", 1400),
    "p50_1_ms": ("<=", 25), "p95_20_ms": ("<=", 300), "throughput_50": (">=", 100),
}


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total_kb = 0
    pids = [pid] + [int(p) for p in _children(pid)]
    for one in pids:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total_kb / 1024


def _children(pid: int) -> list[str]:
    try:
        out = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return out + [c for child in out for c in _children(int(child))]


def train_from_scratch(work: Path) -> tuple[float, Path]:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3",
           "RASA_CACHE_DIRECTORY": str(work / "cache")}
    started = time.monotonic()
    subprocess.run([RASA, "train", "--fixed-model-name", "bench", "--out", str(work),
                    "--data", "data", "--domain", "domain.yml", "--config", "config.yml"],
                   cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started, work / "bench.tar.gz"


def conversation(url: str, sender: str, rounds: int, latencies: list, errors: list) -> None:
    """One client: realistic conversations of len(MESSAGES) messages, one after another."""
    session = requests.Session()
    for i in range(rounds):
        text = MESSAGES[i % len(MESSAGES)]
        conversation_id = f"{sender}-{i // len(MESSAGES)}"
        started = time.perf_counter()
        try:
            response = session.post(f"{url}/webhooks/rest/webhook",
                                    json={"sender": conversation_id, "message": text},
                                    timeout=60)
            response.raise_for_status()
        except requests.RequestException as error:
            errors.append(repr(error))
            continue
        latencies.append((time.perf_counter() - started) * 1000)


def load(url: str, senders: int, rounds: int) -> dict:
    latencies: list = []
    errors: list = []
    threads = [
        threading.Thread(target=conversation,
                         args=(url, f"bench-{uuid.uuid4().hex}", rounds, latencies, errors))
        for _ in range(senders)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")

    return {"p50": pct(50), "p95": pct(95), "p99": pct(99), "errors": len(errors),
            "throughput": len(latencies) / elapsed, "n": len(latencies)}


def cluster_throughput(rounds: int) -> tuple[float, float]:
    """Throughput through nginx with two Rasa replicas, then with one (same run)."""
    import shutil

    from tests.support.cluster import running_cluster

    state = Path(tempfile.mkdtemp(prefix="krampbot-bench-cluster-"))
    try:
        with running_cluster(state) as cluster:
            two = load(cluster.lb_url, 50, rounds)["throughput"]
            cluster.stop_replica(1)
            time.sleep(5)
            load(cluster.lb_url, 5, 2)  # lets nginx notice the stopped replica
            one = load(cluster.lb_url, 50, rounds)["throughput"]
    finally:
        shutil.rmtree(state, ignore_errors=True)
    return one, two


def nlu_f1() -> str:
    result = subprocess.run([sys.executable, "scripts/bench_nlu.py", "--skip-cv"],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith("|"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40, help="messages per sender")
    parser.add_argument("--skip-nlu", action="store_true")
    parser.add_argument("--skip-cluster", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        train_s, model = train_from_scratch(work)
        rows.append(("train from scratch (s)", f"{train_s:.1f}", "train_s", train_s))
        started = time.monotonic()
        servers = start_servers(work, model)
        servers.say("bench-warmup", "hallo")
        ready_s = time.monotonic() - started
        rows.append(("start until first answer (s)", f"{ready_s:.1f}", "ready_s", ready_s))
        try:
            single = load(servers.rasa_url, 1, args.rounds * 5)
            twenty = load(servers.rasa_url, 20, args.rounds)
            fifty = load(servers.rasa_url, 50, args.rounds)
            rasa_mb, actions_mb = rss_mb(servers.rasa.pid), rss_mb(servers.actions.pid)
        finally:
            servers.stop()
    rows += [
        ("RSS Rasa server (MB)", f"{rasa_mb:.0f}", "rss_mb", rasa_mb),
        ("RSS action server (MB)", f"{actions_mb:.0f}", None, None),
        ("1 conversation p50 / p95 / p99 (ms)",
         f"{single['p50']:.1f} / {single['p95']:.1f} / {single['p99']:.1f}", "p50_1_ms", single["p50"]),
        ("20 concurrent p50 / p95 / p99 (ms)",
         f"{twenty['p50']:.0f} / {twenty['p95']:.0f} / {twenty['p99']:.0f}", "p95_20_ms", twenty["p95"]),
        ("throughput 1 / 20 / 50 senders (msg/s)",
         f"{single['throughput']:.0f} / {twenty['throughput']:.0f} / {fifty['throughput']:.0f}",
         "throughput_50", fifty["throughput"]),
        ("errors (1 / 20 / 50 senders)",
         f"{single['errors']} / {twenty['errors']} / {fifty['errors']}", None, None),
    ]
    if not args.skip_cluster:
        one, two = cluster_throughput(args.rounds // 2)
        rows.append(("cluster via nginx, 50 senders: 1 / 2 replicas (msg/s)",
                     f"{one:.0f} / {two:.0f}", None, None))
    lines = ["| measure | value | target | met |", "|---|---|---|---|"]
    for label, shown, key, value in rows:
        if key:
            op, target = TARGETS[key]
            met = value <= target if op == "<=" else value >= target
            lines.append(f"| {label} | {shown} | {op} {target} | {'yes' if met else 'NO'} |")
        else:
            lines.append(f"| {label} | {shown} | | |")
    table = "\n".join(lines)
    if not args.skip_nlu:
        table += "\n\nNLU intent macro-F1 (held-out file tests/nlu_holdout.yml):\n\n" + nlu_f1()
    print(table)
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    (results / "benchmark.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
