"""Start-up as `make run` does it (startup/launcher.py): what the log says, and the
faster model load (startup/patches/speedups.py) predicting exactly as Rasa's own."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import requests

from components.spacy_pipeline import expected_identity
from tests.support.servers import ROOT, free_port

TEXTS = [
    "hallo", "waarom krijg ik 's nachts kramp", "helpt magnesium", "kramp in mijn bovenbeen",
    "ik heb vaak kramp in mijn kuit", "nee", "een paar keer per jaar", "ja sinds kort een plaspil",
    "mijn been is dik rood en warm", "doei", "asdfgh qwerty",
]
PARSE = """
import asyncio, json, logging, sys
logging.basicConfig(level=logging.INFO)
if sys.argv[2] == "patched":
    from startup import patches
    assert "speedups" in patches.apply(serving=True)
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
texts = json.loads(sys.argv[3])
print("PARSED" + json.dumps([asyncio.run(agent.parse_message(t)) for t in texts]))
"""


def parse_all(model: Path, mode: str) -> tuple[list, str]:
    result = subprocess.run([sys.executable, "-c", PARSE, str(model), mode, json.dumps(TEXTS)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**__import__("os").environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(row for row in result.stdout.splitlines() if row.startswith("PARSED"))
    return json.loads(line[len("PARSED"):]), result.stderr


def test_fast_model_load_predicts_exactly_as_rasas_own_load(trained_model):
    theirs, _ = parse_all(trained_model, "rasa")
    ours, log = parse_all(trained_model, "patched")
    assert "Loaded the DIET weights" in log and "did not match" not in log
    assert len(ours) == len(theirs) == len(TEXTS)
    for a, b in zip(theirs, ours):
        # Intent, ranking, entities, response selection: every number bit for bit.
        assert a == b


def test_the_log_says_what_the_server_is_doing_and_when_it_is_ready(bot):
    bot.say("startup-log", "hallo")
    log = bot.log_path.read_text(errors="replace")
    phases = ["Starting the Rasa server: importing Rasa and TensorFlow",
              "Rasa and TensorFlow imported", "Loading model", "spaCy pipeline in",
              "Loaded the DIET weights in", "Krampbot ready in"]
    positions = [log.find(p) for p in phases]
    assert -1 not in positions, dict(zip(phases, positions))
    assert positions == sorted(positions)
    assert "Trying to load SpaCy model" not in log
    fallback_warnings = log.count("uses its fallback spaCy pipeline")
    assert fallback_warnings == (1 if expected_identity().startswith("blank:") else 0)


def action_server_output(env_value: str, tmp_path: Path) -> str:
    port = free_port()
    log = tmp_path / f"actions-{env_value}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "startup.launcher", "run", "actions", "--actions", "actions",
         "--port", str(port)],
        cwd=ROOT, stdout=open(log, "w"), stderr=subprocess.STDOUT,
        env={**__import__("os").environ, "KRAMPBOT_HIDE_DEPRECATIONS": env_value,
             "RASA_TELEMETRY_ENABLED": "false"})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.3)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return log.read_text(errors="replace")


def test_make_run_hides_third_party_deprecation_warnings_tests_keep_them(tmp_path):
    shown = action_server_output("0", tmp_path)
    hidden = action_server_output("1", tmp_path)
    assert "Action endpoint is up and running" in shown and "Action endpoint is up and running" in hidden
    assert "DeprecationWarning" in shown  # e.g. SQLAlchemy's, pkg_resources'
    assert "DeprecationWarning" not in hidden
