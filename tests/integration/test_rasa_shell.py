"""`rasa shell` in a pseudo-terminal (what `make shell` opens): a Dutch question, a Dutch
answer, and a clean exit with /stop."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterator

import pexpect
import pytest
import requests

from krampbot.settings import with_endpoint_defaults
from tests.support.servers import (
    BIN, ROOT, STARTUP_TIMEOUT_S, free_port, start_action_server, wait_until,
)

PROMPT = "Your input ->"
FREE_TEXT = "Type out your own message..."  # last choice under the bot's buttons
UP, ENTER = "\x1b[A", "\r"


@pytest.fixture(scope="module")
def shell_env(tmp_path_factory) -> Iterator[dict]:
    workdir = tmp_path_factory.mktemp("shell")
    action_port = free_port()
    env = {
        **with_endpoint_defaults(os.environ),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
        "KRAMPBOT_DB_DIALECT": "sqlite",
        "KRAMPBOT_DB_NAME": str(workdir / "krampbot.db"),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RASA_TELEMETRY_ENABLED": "false",
        "TERM": "xterm",
        "COLUMNS": "200",
    }
    actions = start_action_server(action_port, env, workdir)
    try:
        wait_until(
            lambda: requests.get(f"http://127.0.0.1:{action_port}/health", timeout=2).ok,
            STARTUP_TIMEOUT_S, "action server", actions,
        )
        yield {"env": env, "workdir": workdir}
    finally:
        actions.terminate()
        try:
            actions.wait(timeout=20)
        except subprocess.TimeoutExpired:
            actions.kill()


def test_rasa_shell_answers_in_dutch_and_stops(trained_model: Path, shell_env: dict) -> None:
    log = open(shell_env["workdir"] / "shell.log", "w")
    shell = pexpect.spawn(
        str(BIN / "rasa"),
        ["shell", "-m", str(trained_model), "--endpoints", "endpoints.yml",
         "--port", str(free_port())],
        cwd=str(ROOT), env=shell_env["env"], encoding="utf-8", timeout=STARTUP_TIMEOUT_S,
        dimensions=(50, 200),
    )
    shell.logfile_read = log
    try:
        shell.expect_exact(PROMPT)
        shell.sendline("wat te doen bij kramp")
        shell.expect_exact("Rek de spier rustig uit", timeout=60)
        # The answer has buttons: the shell shows them as a menu. Enter picks the first
        # ("Kuit"), and the answer fits it.
        shell.expect_exact(FREE_TEXT, timeout=60)
        shell.send(ENTER)
        shell.expect_exact("Kramp in je kuit?", timeout=60)
        # Up from the first choice wraps to the last: type your own message.
        shell.expect_exact(FREE_TEXT, timeout=60)
        shell.send(UP)
        shell.send(ENTER)
        shell.expect_exact(PROMPT, timeout=60)
        shell.sendline("/stop")
        shell.expect(pexpect.EOF, timeout=60)
        shell.close()
        assert shell.exitstatus == 0, (shell.exitstatus, shell.signalstatus)
    finally:
        if shell.isalive():
            shell.terminate(force=True)
        log.close()
    output = (shell_env["workdir"] / "shell.log").read_text(errors="replace")
    assert "Traceback" not in output, output[-3000:]
