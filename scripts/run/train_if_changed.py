"""Train the Rasa model only when its inputs changed (data, domain, config, spaCy pipeline).

The fingerprint of the inputs is kept next to the model, so `make run` and `make test`
start at once when nothing changed and never serve a stale model.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from components.spacy_pipeline import expected_identity
from krampbot.paths import ROOT

MODEL_DIR = ROOT / "models"
MODEL = MODEL_DIR / "krampbot.tar.gz"
FINGERPRINT = MODEL_DIR / "krampbot.inputs-sha256"


# Code that decides what a trained model holds: the learned second opinion's model.
TRAINED_CODE = ("components/sign_model.py", "krampbot/reading/sign_model.py",
                "krampbot/reading/sign_data.py")


def training_inputs() -> list[Path]:
    files = [ROOT / "domain.yml", ROOT / "config.yml"]
    files += sorted((ROOT / "data").rglob("*.yml"))
    files += [ROOT / path for path in TRAINED_CODE]
    return files


def inputs_fingerprint() -> str:
    digest = hashlib.sha256(expected_identity().encode())
    for path in training_inputs():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main() -> int:
    wanted = inputs_fingerprint()
    if MODEL.exists() and FINGERPRINT.exists() and FINGERPRINT.read_text() == wanted:
        print(f"Model {MODEL.relative_to(ROOT)} is up to date.")
        return 0
    print("Training data, domain, config or spaCy pipeline changed: training ...")
    started = time.monotonic()
    # Through startup/launcher.py: hides the training warnings expected for this domain.
    command = [
        sys.executable, "-m", "startup.launcher", "train",
        "--fixed-model-name", "krampbot", "--out", str(MODEL_DIR),
        "--data", "data", "--domain", "domain.yml", "--config", "config.yml",
    ]
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_TELEMETRY_ENABLED": "false"})
    if result.returncode != 0 or not MODEL.exists():
        print("Training failed.", file=sys.stderr)
        return 1
    FINGERPRINT.write_text(wanted)
    print(f"Trained in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
