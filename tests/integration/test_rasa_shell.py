"""`rasa shell` in a pseudo-terminal (what `make shell` opens): a Dutch question, a Dutch
answer, the follow-up questions answered from the button menus, the summary printed as
one message, and a clean exit with /stop."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path
from typing import Iterator, List

import pexpect
import pytest
import requests

from startup.settings import with_endpoint_defaults
from tests.support.servers import (
    BIN,
    ROOT,
    STARTUP_TIMEOUT_S,
    free_port,
    start_action_server,
    wait_until,
)

PROMPT = "Your input ->"
FREE_TEXT = "Type out your own message..."  # last choice under the bot's buttons
UP, DOWN, ENTER = "\x1b[A", "\x1b[B", "\r"
MENU = "(Use arrow keys)"  # after the question, when the bot's message has buttons
SUMMARY_OFFER = "wil je een korte samenvatting"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(text: str) -> str:
    """Terminal output without colours and cursor moves, with \\n line ends."""
    return _ANSI.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def menu_titles(menu: str) -> List[str]:
    """The button titles of a questionary menu ("1: Ja (ja)"), in order."""
    titles = {}
    for number, title in re.findall(r"(\d+): (.+) \([^()]*\)[ \t]*$", plain(menu), re.M):
        titles.setdefault(int(number), title.strip())
    return [titles[n] for n in sorted(titles)]


def no_or_first(titles: List[str]) -> str:
    """ "Nee" (or "Nee, geen van deze") when it is offered, else the first choice."""
    exact = [t for t in titles if t.strip() == "Nee"]
    starts = [t for t in titles if re.match(r"Nee\b", t.strip())]
    return (exact or starts or titles)[0]


def stored_summaries(db_path: Path) -> List[str]:
    with sqlite3.connect(db_path) as db:
        rows = db.execute("SELECT data FROM events WHERE type_name = 'bot'").fetchall()
    texts = [json.loads(data).get("text") or "" for (data,) in rows]
    return [text for text in texts if text.startswith("Samenvatting voor")]


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

        # The follow-up questions, answered from the menus: "Nee" when offered, else the
        # first choice, until the summary is offered; then "Ja, laat zien".
        shell.sendline("ik heb vaak kramp in mijn kuit")
        for _ in range(25):
            shell.expect_exact(MENU, timeout=60)
            question = plain(shell.before).strip().splitlines()[-1]
            shell.expect_exact(FREE_TEXT, timeout=60)
            titles = menu_titles(shell.before)
            assert titles, question
            wants_summary = SUMMARY_OFFER in question.lower() and "Ja, laat zien" in titles
            choice = "Ja, laat zien" if wants_summary else no_or_first(titles)
            shell.send(DOWN * titles.index(choice))
            shell.send(ENTER)
            if wants_summary:
                break
        else:
            raise AssertionError("the summary was never offered")
        # The summary, then the prompt (or a menu, when the bot adds a message with
        # buttons: "type your own message" leads back to the prompt).
        shown = shell.expect_exact([PROMPT, MENU], timeout=60)
        printed = plain(shell.before)
        if shown == 1:
            shell.expect_exact(FREE_TEXT, timeout=60)
            shell.send(UP)
            shell.send(ENTER)
            shell.expect_exact(PROMPT, timeout=60)
        summaries = stored_summaries(Path(shell_env["env"]["KRAMPBOT_DB_NAME"]))
        assert len(summaries) == 1, summaries
        # One message: the whole summary, printed as one block, as Krampbot sent it.
        assert summaries[0].strip() in printed, printed[-2000:]
        assert len(summaries[0].splitlines()) > 3
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
