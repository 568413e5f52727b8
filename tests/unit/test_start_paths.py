"""Every way of starting Rasa goes through startup/launcher.py (issue 22 point 4), so no
patch is silently dropped: make run and make shell (scripts/run/run_bot.sh), the cluster
(scripts/run/cluster.sh), the tests (tests/support/servers.py) and the hosted stack
(deploy/docker-compose.yml builds deploy/Dockerfile, whose entry point is the launcher)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_scripts_and_the_tests_start_rasa_through_the_launcher():
    for path in ("scripts/run/run_bot.sh", "scripts/run/cluster.sh", "tests/support/servers.py"):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "startup.launcher" in text, path
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert not re.search(r"(?:bin/rasa|\"rasa\",|'rasa',|^\s*rasa\s+run)", code, re.M), path


def test_the_hosted_stack_uses_our_image_whose_entry_point_is_the_launcher():
    compose = yaml.safe_load((ROOT / "deploy/docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    bots = [name for name in services if name.startswith(("rasa", "actions"))]
    assert bots
    for name in bots:
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile", name
        assert not str(services[name].get("image", "")).startswith("rasa/"), name
    dockerfile = (ROOT / "deploy/Dockerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["python", "-m", "startup.launcher"]' in dockerfile
    assert "requirements/lock.txt" in dockerfile
