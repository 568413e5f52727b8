"""`rasa test` on the test stories: every topic and the form paths are predicted right."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rasa_test_stories_pass(trained_model, tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "test", "core",
         "--model", str(trained_model), "--stories", "tests/test_stories",
         "--out", str(tmp_path), "--fail-on-prediction-errors", "--no-plot"],
        cwd=ROOT, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false",
             "TF_CPP_MIN_LOG_LEVEL": "3", "HOME": str(tmp_path)},
    )
    failed = tmp_path / "failed_test_stories.yml"
    details = failed.read_text() if failed.exists() else result.stdout[-3000:] + result.stderr[-3000:]
    assert result.returncode == 0, details
