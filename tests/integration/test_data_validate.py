"""`rasa data validate`: the domain, the training data and the rules fit together."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rasa_data_validate_passes(tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "data", "validate", "--data", "data",
         "--domain", "domain.yml", "--config", "config.yml"],
        cwd=ROOT, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false",
             "TF_CPP_MIN_LOG_LEVEL": "3", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "No story structure conflicts found" in result.stdout + result.stderr
