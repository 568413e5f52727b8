"""Install the Dutch spaCy pipeline nl_core_news_sm, or explain the fallback.

Order: already installed -> local wheelhouse ($KRAMPBOT_WHEELHOUSE, ../shared/wheels)
-> spaCy's official release (pinned in requirements/spacy-model.txt). When none works,
the bot still installs, trains and runs on a blank Dutch pipeline with lemma lookups
(see components/spacy_pipeline.py); this script then says so clearly and exits 0.
`make run`/`make test`/`make train` run it once per install (a stamp file in .venv);
`make install` always runs it.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIN_FILE = ROOT / "requirements" / "spacy-model.txt"
DOWNLOAD_TIMEOUT_S = 20


def read_pin() -> dict[str, str]:
    pin = {}
    for line in PIN_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pin[key.strip()] = value.strip()
    return pin


def installed_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def wheelhouses() -> list[Path]:
    candidates = [os.environ.get("KRAMPBOT_WHEELHOUSE"), ROOT.parent / "shared" / "wheels"]
    return [Path(c) for c in candidates if c and Path(c).is_dir()]


def pip_install(target: str) -> bool:
    cmd = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", target]
    return subprocess.run(cmd).returncode == 0


def install_from_wheelhouse(pin: dict[str, str]) -> bool:
    pattern = f"{pin['name']}-{pin['version']}-*.whl"
    for house in wheelhouses():
        for wheel in sorted(house.glob(pattern)):
            print(f"Installing {wheel.name} from the wheelhouse {house}")
            if pip_install(str(wheel)):
                return True
    return False


def install_from_release(pin: dict[str, str]) -> bool:
    url = pin["url"]
    print(f"Downloading {pin['name']} {pin['version']} from spaCy's official release ...")
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response:
            data = response.read()
    except OSError as error:
        print(f"  not reachable ({error.__class__.__name__}: {error})")
        return False
    digest = hashlib.sha256(data).hexdigest()
    if pin.get("sha256") and digest != pin["sha256"]:
        print(f"  REFUSED: sha256 {digest} differs from the pinned {pin['sha256']}")
        return False
    if not pin.get("sha256"):
        print(f"  note: no sha256 pinned yet; the downloaded wheel has sha256 {digest}")
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(tmp) / url.rsplit("/", 1)[-1]
        wheel.write_bytes(data)
        return pip_install(str(wheel))


def main() -> int:
    pin = read_pin()
    if installed_version(pin["name"]) == pin["version"]:
        print(f"{pin['name']} {pin['version']} is installed.")
        return 0
    if install_from_wheelhouse(pin) or install_from_release(pin):
        print(f"{pin['name']} {pin['version']} installed.")
        return 0
    print(
        f"Note: {pin['name']} {pin['version']} is not installed (no wheel in "
        f"$KRAMPBOT_WHEELHOUSE or ../shared/wheels, release not reachable), so Krampbot "
        "uses its fallback: a blank Dutch spaCy pipeline with lemma lookups from "
        "spacy-lookups-data (the bot says so once when it starts). `make run` and "
        "`make test` try this once per install; to try again, put "
        f"{pin['name']}-{pin['version']}-py3-none-any.whl in a wheelhouse and run "
        "`make install` (the model is retrained automatically)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
