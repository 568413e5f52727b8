"""Where the project's files are: the editable install keeps the packages in the repo."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
