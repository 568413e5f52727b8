"""Shared fixtures: the trained model and the real Krampbot servers on free ports."""
from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support.servers import (  # noqa: F401  (re-exported for the tests)
    API_TOKEN,
    MODEL,
    ROOT,
    Servers,
    free_port,
    start_servers,
)


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """Train once; reused while data, domain, config and spaCy pipeline are unchanged."""
    subprocess.run([sys.executable, "-m", "scripts.run.train_if_changed"], cwd=ROOT, check=True)
    return MODEL


@pytest.fixture(scope="session")
def bot(trained_model: Path, tmp_path_factory) -> Servers:
    servers = start_servers(tmp_path_factory.mktemp("bot"), trained_model)
    yield servers
    servers.stop()


@pytest.fixture
def sender() -> str:
    """A fresh conversation id for each test."""
    return "test-" + uuid.uuid4().hex
