"""NLU benchmark: held-out quality of config.yml, and its training cost next to the model
from before the knowledge base (git da260cc), measured in the same run.

Reported:
- held-out intent macro-F1 (Rasa's intent report on tests/nlu_holdout.yml; every entry
  of the knowledge base counts as the one intent `vraag`, fallback predictions undone);
- response-selection accuracy on the same file (which entry `vraag/<key>` was chosen);
- NLU training from scratch (fresh cache) of config.yml on everything in data/, next to
  the config.yml + data/nlu of git da260cc: wall and CPU seconds, and their ratio;
- NLU parse latency (median, in-process) of both models, and its ratio;
- the ResponseSelector confidence of right and wrong entries on the held-out file, and
  per threshold how many answers would be kept (for krampbot/knowledge/answers.py).

These machines' speed varies by the hour: only the ratios of one run are comparable.
`--repeats N` alternates the two trainings N times and compares the medians.
`--cv` adds k-fold cross-validation, `--rasa-default` Rasa's default pipeline next to
config.yml (held-out macro-F1). Prints tables and writes results/nlu_benchmark.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from krampbot.paths import ROOT

RASA = str(Path(sys.executable).parent / "rasa")
CONFIG = "config.yml"
RASA_DEFAULT = "scripts/evaluate/config-rasa-default.yml"
BEFORE_KB = "da260cc"  # the last commit before the knowledge base (retrieval intent vraag)
HOLDOUT = "tests/nlu_holdout.yml"
ENV = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false"}
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)


def rasa(*args: str) -> tuple[float, float]:
    """Runs a rasa command with a fresh training cache; returns (wall s, CPU s)."""
    before, started = os.times(), time.monotonic()
    with tempfile.TemporaryDirectory() as cache:
        subprocess.run([RASA, *args], cwd=ROOT, env={**ENV, "RASA_CACHE_DIRECTORY": cache},
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return time.monotonic() - started, cpu


def copy_current(work: Path, config: str) -> tuple[Path, Path]:
    """config.yml and every training-data file Rasa reads (data/, without the rules)."""
    shutil.copy(ROOT / config, work / "config.yml")  # Rasa writes its defaults into it
    shutil.copytree(ROOT / "data", work / "data", ignore=shutil.ignore_patterns("rules"))
    return work / "config.yml", work / "data"


def copy_before_kb(work: Path) -> tuple[Path, Path]:
    """config.yml and data/nlu exactly as they were in git before the knowledge base."""
    archive = subprocess.run(["git", "archive", BEFORE_KB, "config.yml", "data/nlu"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(work)], input=archive, check=True)
    return work / "config.yml", work / "data" / "nlu"


def train(config: Path, data: Path, out: Path) -> tuple[float, float]:
    return rasa("train", "nlu", "--config", str(config), "--nlu", str(data), "--out", str(out),
                "--fixed-model-name", "nlu")


def test_holdout(model: Path, out: Path) -> dict:
    rasa("test", "nlu", "--model", str(model), "--nlu", HOLDOUT, "--out", str(out),
         "--no-plot", "--successes")
    intents = json.loads((out / "intent_report.json").read_text())
    result = {"intent_f1": intents["macro avg"]["f1-score"], "rs_acc": None, "rs": []}
    report = out / "response_selection_report.json"
    if report.exists():
        result["rs_acc"] = json.loads(report.read_text())["accuracy"]
        for name, right in (("response_selection_successes.json", True),
                            ("response_selection_errors.json", False)):
            path = out / name
            for item in json.loads(path.read_text()) if path.exists() else []:
                confidence = item["intent_response_key_prediction"].get("confidence") or 0.0
                result["rs"].append((right, float(confidence)))
    return result


def parse_latency_ms(models: dict[str, Path], texts: list[str]) -> dict[str, float]:
    """Median in-process parse time of each model, the models taking turns per message
    (so a change of machine speed during the run hits both alike)."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # no debug line per parsed message

    async def run() -> dict[str, float]:
        agents = {key: Agent.load(str(path)) for key, path in models.items()}
        for agent in agents.values():
            for text in texts[:20]:
                await agent.parse_message(text)  # warm-up
        times: dict[str, list[float]] = {key: [] for key in agents}
        for text in texts:
            for key, agent in agents.items():
                started = time.perf_counter()
                await agent.parse_message(text)
                times[key].append(time.perf_counter() - started)
        return {key: 1000 * statistics.median(values) for key, values in times.items()}

    return asyncio.run(run())


def holdout_texts() -> list[str]:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    return [m.get("text") for m in RasaYAMLReader().read(ROOT / HOLDOUT).intent_examples]


def cross_validation_f1(config: Path, data: Path, out: Path, folds: int) -> float:
    rasa("test", "nlu", "--cross-validation", "--folds", str(folds), "--config", str(config),
         "--nlu", str(data), "--out", str(out), "--no-plot")
    return json.loads((out / "intent_report.json").read_text())["macro avg"]["f1-score"]


def quantiles(values: list[float]) -> str:
    if not values:
        return "-"
    values = sorted(values)
    p10, p25, p75 = (values[min(len(values) - 1, int(q * len(values)))] for q in (0.1, 0.25, 0.75))
    return f"{p10:.2f} / {p25:.2f} / {statistics.median(values):.2f} / {p75:.2f}"


def confidence_table(rs: list[tuple[bool, float]]) -> list[str]:
    right = [c for ok, c in rs if ok]
    wrong = [c for ok, c in rs if not ok]
    lines = [
        "| ResponseSelector on the held-out file | n | confidence p10 / p25 / median / p75 |",
        "|---|---|---|",
        f"| right entry | {len(right)} | {quantiles(right)} |",
        f"| wrong entry | {len(wrong)} | {quantiles(wrong)} |",
        "",
        "| threshold | right entries kept | wrong entries kept | share of answers that are right |",
        "|---|---|---|---|",
    ]
    for threshold in THRESHOLDS:
        kept_right = sum(c >= threshold for c in right)
        kept_wrong = sum(c >= threshold for c in wrong)
        share = kept_right / max(1, kept_right + kept_wrong)
        lines.append(f"| {threshold:.2f} | {kept_right}/{len(right)} | {kept_wrong}/{len(wrong)} "
                     f"| {share:.0%} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=1,
                        help="alternate the two trainings this many times (median)")
    parser.add_argument("--cv", action="store_true", help="add k-fold cross-validation")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-cv", action="store_true", help="(default; kept for scripts)")
    parser.add_argument("--rasa-default", action="store_true",
                        help="also Rasa's default pipeline on the same data (held-out F1)")
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # before TensorFlow loads in-process

    texts = holdout_texts()
    times: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
    models: dict[str, Path] = {}
    quality: dict | None = None
    cv_f1: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for round_ in range(args.repeats):
            for key, copy in (("before", copy_before_kb), ("now", lambda w: copy_current(w, CONFIG))):
                work = tmp_path / f"{key}-{round_}"
                work.mkdir()
                config, data = copy(work)
                times[key].append(train(config, data, work / "model"))
                print(f"  trained {key} ({round_ + 1}/{args.repeats}): "
                      f"{times[key][-1][0]:.0f} s wall, {times[key][-1][1]:.0f} s CPU", flush=True)
                if round_ == 0:
                    models[key] = work / "model" / "nlu.tar.gz"
                    if key == "now":
                        quality = test_holdout(work / "model" / "nlu.tar.gz", work / "holdout")
                        if args.cv:
                            cv_f1 = cross_validation_f1(config, data, work / "cv", args.folds)
        latency = parse_latency_ms(models, texts)
        default_f1 = None
        if args.rasa_default:
            work = tmp_path / "rasa-default"
            work.mkdir()
            config, data = copy_current(work, RASA_DEFAULT)
            train(config, data, work / "model")
            default_f1 = test_holdout(work / "model" / "nlu.tar.gz", work / "holdout")["intent_f1"]

    wall_before, cpu_before = (statistics.median(t[i] for t in times["before"]) for i in (0, 1))
    wall_now, cpu_now = (statistics.median(t[i] for t in times["now"]) for i in (0, 1))
    rs_text = "-" if quality["rs_acc"] is None else f"{quality['rs_acc']:.3f}"
    lines = [
        ("| model | held-out intent macro-F1 | response selection accuracy "
         "| NLU train s (wall / CPU) | train ratio (wall / CPU) | NLU parse p50 ms | parse ratio |"),
        "|---|---|---|---|---|---|---|",
        (f"| before the knowledge base (git {BEFORE_KB}) | - | - "
         f"| {wall_before:.0f} / {cpu_before:.0f} | 1 | {latency['before']:.1f} | 1 |"),
        (f"| Krampbot ({CONFIG}) | {quality['intent_f1']:.3f} | {rs_text} "
         f"| {wall_now:.0f} / {cpu_now:.0f} | {wall_now / wall_before:.2f} / {cpu_now / cpu_before:.2f} "
         f"| {latency['now']:.1f} | {latency['now'] / latency['before']:.2f} |"),
    ]
    if default_f1 is not None:
        lines.append(f"| Rasa default pipeline | {default_f1:.3f} | - | - | - | - | - |")
    if cv_f1 is not None:
        lines += ["", f"{args.folds}-fold cross-validation intent macro-F1 ({CONFIG}): {cv_f1:.3f}"]
    if quality["rs"]:
        lines += [""] + confidence_table(quality["rs"])
    lines += ["", (f"({args.repeats} training(s) each, alternating; held-out file {HOLDOUT}, "
                   f"{len(texts)} messages)")]
    table = "\n".join(lines)
    print(table)
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    (results / "nlu_benchmark.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
