"""Start the real Krampbot servers (action server + Rasa server) on free ports.

Used by the tests (tests/conftest.py) and by the benchmark (scripts/evaluate/bench.py).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests

from startup.settings import with_endpoint_defaults

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
# Rasa's command line as `make run` starts it (start-up progress, startup.patches.speedups).
RASA = [sys.executable, "-m", "startup.launcher"]
MODEL = ROOT / "models" / "krampbot.tar.gz"
API_TOKEN = "test-token-" + uuid.uuid4().hex[:8]
STARTUP_TIMEOUT_S = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout_s: float, what: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode}")
        try:
            if check():
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} not ready after {timeout_s} s")


@dataclass
class Servers:
    """A running action server + Rasa server; see `start_servers`."""

    rasa_url: str
    action_url: str
    db_path: Path
    env: Dict[str, str]
    rasa: subprocess.Popen
    actions: Optional[subprocess.Popen]
    log_path: Path

    def say(self, sender: str, text: str, timeout: float = 30) -> List[Dict[str, Any]]:
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=timeout,
        )
        response.raise_for_status()
        return response.json()

    def texts(self, sender: str, text: str) -> str:
        """All reply texts to `text`, joined by newlines."""
        return "\n".join(m.get("text", "") for m in self.say(sender, text))

    def tracker(self, sender: str) -> Dict[str, Any]:
        response = requests.get(
            f"{self.rasa_url}/conversations/{sender}/tracker",
            params={"token": API_TOKEN},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()

    def slot(self, sender: str, name: str) -> Any:
        return self.tracker(sender)["slots"].get(name)

    def parse(self, text: str) -> Dict[str, Any]:
        response = requests.post(
            f"{self.rasa_url}/model/parse",
            params={"token": API_TOKEN},
            json={"text": text},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()

    def stop(self) -> None:
        processes = [p for p in (self.rasa, self.actions) if p is not None]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def start_action_server(port: int, env: Dict[str, str], workdir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*RASA, "run", "actions", "--actions", "actions", "--port", str(port)],
        cwd=ROOT, env=env,
        stdout=open(workdir / f"actions-{port}.log", "a"), stderr=subprocess.STDOUT,
    )


def start_servers(
    workdir: Path,
    model: Path,
    extra_env: Optional[Dict[str, str]] = None,
    db_path: Optional[Path] = None,
    action_port: Optional[int] = None,
    with_action_server: bool = True,
) -> Servers:
    """Start the real action server and Rasa server (REST channel, API with token)."""
    action_port = action_port or free_port()
    rasa_port = free_port()
    db_path = db_path or workdir / "krampbot.db"
    env = {
        **with_endpoint_defaults(os.environ),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
        "KRAMPBOT_DB_DIALECT": "sqlite",
        "KRAMPBOT_DB_HOST": "",
        "KRAMPBOT_DB_NAME": str(db_path),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RASA_TELEMETRY_ENABLED": "false",
        "KRAMPBOT_HIDE_DEPRECATIONS": "0",  # tests keep third-party deprecation warnings
        # Tests and the benchmark send fast on purpose; test_privacy.py checks the limit.
        "KRAMPBOT_RATE_LIMIT": "100000",
        **(extra_env or {}),
    }
    log_path = workdir / f"rasa-{rasa_port}.log"
    actions = start_action_server(action_port, env, workdir) if with_action_server else None
    rasa = subprocess.Popen(
        [*RASA, "run", "-m", str(model), "--port", str(rasa_port),
         "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
         "--enable-api", "--auth-token", API_TOKEN],
        cwd=ROOT, env=env, stdout=open(log_path, "w"), stderr=subprocess.STDOUT,
    )
    servers = Servers(
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        action_url=f"http://127.0.0.1:{action_port}",
        db_path=db_path, env=env, rasa=rasa, actions=actions, log_path=log_path,
    )
    try:
        if actions is not None:
            wait_until(
                lambda: requests.get(f"{servers.action_url}/health", timeout=2).ok,
                STARTUP_TIMEOUT_S, "action server", actions,
            )
        wait_until(
            lambda: requests.get(
                f"{servers.rasa_url}/status", params={"token": API_TOKEN}, timeout=2
            ).json().get("model_file"),
            STARTUP_TIMEOUT_S, "Rasa server", rasa,
        )
    except Exception as error:
        servers.stop()
        log_tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{error}\n--- Rasa server log (tail) ---\n{log_tail}") from error
    return servers
