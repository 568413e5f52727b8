"""NLU benchmark: intent macro-F1 of config.yml next to Rasa's default pipeline.

Both are measured in the same run on the same data: 5-fold cross-validation on
data/nlu and the held-out file tests/nlu_holdout.yml (never trained on).
Prints a table and writes results/nlu_benchmark.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).parent / "rasa")
CONFIGS = {"Krampbot (config.yml)": "config.yml", "Rasa default": "bench/config-rasa-default.yml"}
HOLDOUT = "tests/nlu_holdout.yml"
ENV = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false"}


def rasa(*args: str) -> None:
    # A fresh training cache each time, so train times are real and nothing is shared.
    with tempfile.TemporaryDirectory() as cache:
        subprocess.run([RASA, *args], cwd=ROOT, env={**ENV, "RASA_CACHE_DIRECTORY": cache},
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def macro_f1(report_dir: Path) -> float:
    report = json.loads((report_dir / "intent_report.json").read_text())
    return report["macro avg"]["f1-score"]


def holdout_f1(config: str, work: Path) -> tuple[float, float]:
    model_dir = work / "model"
    started = time.monotonic()
    rasa("train", "nlu", "--config", config, "--nlu", "data/nlu", "--out", str(model_dir),
         "--fixed-model-name", "nlu")
    train_s = time.monotonic() - started
    rasa("test", "nlu", "--model", str(model_dir / "nlu.tar.gz"), "--nlu", HOLDOUT,
         "--out", str(work / "holdout"), "--no-plot")
    return macro_f1(work / "holdout"), train_s


def cross_validation_f1(config: str, work: Path, folds: int) -> float:
    rasa("test", "nlu", "--cross-validation", "--folds", str(folds), "--config", config,
         "--nlu", "data/nlu", "--out", str(work / "cv"), "--no-plot")
    return macro_f1(work / "cv")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-cv", action="store_true", help="held-out file only")
    args = parser.parse_args()
    rows = []
    for name, config in CONFIGS.items():
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            # Rasa writes its auto-filled defaults into the config it is given: use a copy.
            config_copy = work / "config.yml"
            shutil.copy(ROOT / config, config_copy)
            holdout, train_s = holdout_f1(str(config_copy), work)
            cv = None if args.skip_cv else cross_validation_f1(str(config_copy), work, args.folds)
        rows.append((name, cv, holdout, train_s))
        print(f"  measured {name}", flush=True)
    lines = [
        f"| pipeline | {args.folds}-fold CV macro-F1 | held-out macro-F1 | NLU train s |",
        "|---|---|---|---|",
    ]
    for name, cv, holdout, train_s in rows:
        cv_text = "skipped" if cv is None else f"{cv:.3f}"
        lines.append(f"| {name} | {cv_text} | {holdout:.3f} | {train_s:.0f} |")
    table = "\n".join(lines)
    print(table)
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    (results / "nlu_benchmark.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
