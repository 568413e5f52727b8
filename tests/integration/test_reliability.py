"""Reliability and security against the real servers: restarts, a failing action
server, bad input, the API token, CORS, logs without message text, deletion, load."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid

import pytest
import requests

from channels.input_guard import EMPTY_REPLY, FAILURE_REPLY, TOO_LONG_REPLY
from tests.support.load import send_concurrently
from tests.support.servers import API_TOKEN, ROOT, start_action_server, start_servers

WEBHOOK = "/webhooks/rest/webhook"


def post_raw(bot, body: bytes):
    return requests.post(bot.rasa_url + WEBHOOK, data=body,
                         headers={"Content-Type": "application/json"}, timeout=30)


# ----------------------------------------------------------------- persistence
def test_conversation_mid_triage_survives_a_rasa_restart(trained_model, tmp_path):
    db = tmp_path / "krampbot.db"
    sender = "restart-" + uuid.uuid4().hex
    first = start_servers(tmp_path, trained_model, db_path=db)
    try:
        first.say(sender, "ik heb vaak kramp in mijn kuiten")
        first.say(sender, "nee")  # been_dik_rood_warm
        assert first.slot(sender, "requested_slot") == "frequentie"
    finally:
        first.stop()
    second = start_servers(tmp_path, trained_model, db_path=db)
    try:
        tracker = second.tracker(sender)
        assert tracker["active_loop"]["name"] == "kramp_triage_form"
        assert tracker["slots"]["been_dik_rood_warm"] is False
        reply = second.texts(sender, "bijna elke nacht")
        assert second.slot(sender, "frequentie") == "bijna_elke_nacht"
        assert second.slot(sender, "requested_slot") == "slaap_verstoord"
        assert "slaap" in reply.lower()
    finally:
        second.stop()


# ------------------------------------------------------ action server failures
def test_action_server_down_gives_a_dutch_apology_and_recovers(trained_model, tmp_path):
    servers = start_servers(tmp_path, trained_model)
    try:
        servers.actions.terminate()
        servers.actions.wait(timeout=20)
        sender = "down-" + uuid.uuid4().hex
        replies = servers.say(sender, "ik heb vaak kramp in mijn kuit")
        texts = [r.get("text", "") for r in replies]
        assert texts and texts[-1] == FAILURE_REPLY
        assert "112" in FAILURE_REPLY and "huisarts" in FAILURE_REPLY
        # Back up on the same port: the bot answers normally again.
        port = servers.action_url.rsplit(":", 1)[1]
        servers.actions = start_action_server(int(port), servers.env, tmp_path)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(servers.action_url + "/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        other = "up-" + uuid.uuid4().hex
        reply = servers.texts(other, "ik heb vaak kramp in mijn kuit")
        assert FAILURE_REPLY not in reply
        assert servers.slot(other, "requested_slot") == "spoedsignalen"
    finally:
        servers.stop()


def test_slow_action_server_gives_the_apology_in_time(trained_model, tmp_path):
    """An action server that accepts connections but never answers."""
    hang = socket.socket()
    hang.bind(("127.0.0.1", 0))
    hang.listen(50)
    slow = start_servers(tmp_path, trained_model, action_port=hang.getsockname()[1],
                         with_action_server=False,
                         extra_env={"KRAMPBOT_REPLY_TIMEOUT_S": "3"})
    try:
        started = time.monotonic()
        replies = slow.say("slow-" + uuid.uuid4().hex, "ik heb vaak kramp in mijn kuit")
        assert replies[-1]["text"] == FAILURE_REPLY
        assert time.monotonic() - started < 15
    finally:
        slow.stop()
        hang.close()


# ----------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "message,expected",
    [
        ("", EMPTY_REPLY),
        ("   \n\t ", EMPTY_REPLY),
        ("kramp " * 2000, TOO_LONG_REPLY),
    ],
)
def test_empty_and_overlong_messages_get_a_clear_dutch_reply(bot, sender, message, expected):
    replies = bot.say(sender, message)
    assert [r["text"] for r in replies] == [expected]


@pytest.mark.parametrize(
    "message",
    [
        "🦵😣🙏",
        "<script>alert('x')</script><b>kramp</b>",
        "'; DROP TABLE events; --",
        "SELECT * FROM events WHERE 1=1",
        "kramp\x00\x07 in mijn\x1b kuit",
        "I have a terrible cramp in my calf",
    ],
)
def test_odd_input_is_answered_sanely_and_the_server_stays_up(bot, sender, message):
    replies = bot.say(sender, message)
    assert replies and all(r.get("text") for r in replies)
    assert FAILURE_REPLY not in [r["text"] for r in replies]
    # Still answering normally afterwards.
    assert "Krampbot" in bot.texts(sender, "hallo")


def test_html_is_stored_as_plain_text(bot, sender):
    bot.say(sender, "<img src=x onerror=alert(1)>")
    user_texts = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert user_texts == ["<img src=x onerror=alert(1)>"]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        b'"just a string"',
        b'{"message": "hallo"}',
        b'{"sender": "", "message": "hallo"}',
        b'{"sender": "x", "message": 42}',
        b'{"sender": "x", "message": null}',
        b'{"sender": ["x"], "message": "hallo"}',
        b'{"sender": "x", "message": "hallo", "metadata": "oops"}',
    ],
)
def test_malformed_webhook_requests_get_a_clear_400(bot, body):
    response = post_raw(bot, body)
    assert response.status_code == 400
    assert response.json()["error"]


# ---------------------------------------------------------- API token and CORS
def test_http_api_refuses_requests_without_the_token(bot, sender):
    bot.say(sender, "hallo")
    url = f"{bot.rasa_url}/conversations/{sender}/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "wrong"}, timeout=10).status_code == 401
    assert requests.get(url, params={"token": API_TOKEN}, timeout=10).status_code == 200


def test_no_cors_for_unknown_origins(bot):
    response = requests.options(
        bot.rasa_url + WEBHOOK,
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        timeout=10,
    )
    assert "Access-Control-Allow-Origin" not in response.headers


# --------------------------------------------------------------------- privacy
def test_message_text_never_reaches_the_logs_at_info_or_above(bot):
    secret = "zeldzaamwoord" + uuid.uuid4().hex[:6]
    sender = "log-" + uuid.uuid4().hex
    for text in (f"ik heb kramp, {secret}", f"ik heb vaak kramp {secret}", f"nee {secret}",
                 f"ik ben benauwd {secret}", "kramp " * 300 + secret):
        bot.say(sender, text)
    time.sleep(0.5)
    for log in bot.log_path.parent.glob("*.log"):
        assert secret not in log.read_text(errors="replace"), f"message text in {log.name}"


def test_a_conversation_can_be_deleted(trained_model, tmp_path):
    db = tmp_path / "krampbot.db"
    servers = start_servers(tmp_path, trained_model, db_path=db)
    sender, other = "gdpr-" + uuid.uuid4().hex, "keep-" + uuid.uuid4().hex
    secret = "geheimwoord" + uuid.uuid4().hex[:8]
    try:
        servers.say(sender, f"ik ben zwanger en heb kramp {secret}")
        servers.say(other, "hallo")
        result = subprocess.run(
            [sys.executable, "-m", "scripts.ops.delete_conversation", sender],
            cwd=ROOT, env=servers.env, capture_output=True, text=True, check=True,
        )
        assert "verwijderd" in result.stdout
        import sqlite3
        with sqlite3.connect(db) as connection:
            count = lambda s: connection.execute(  # noqa: E731
                "SELECT count(*) FROM events WHERE sender_id = ?", (s,)).fetchone()[0]
            assert count(sender) == 0
            assert count(other) > 0
        # Not left behind in the database file or SQLite's write-ahead log either.
        for path in tmp_path.glob("krampbot.db*"):
            assert secret.encode() not in path.read_bytes(), path.name
    finally:
        servers.stop()


# ------------------------------------------------------------------------ load
def test_fifty_concurrent_senders_lose_and_cross_nothing(bot):
    senders = [f"load-{i}-{uuid.uuid4().hex[:8]}" for i in range(50)]
    sent = {s: [f"bericht {n} van {s[:8]}: hoe voorkom ik kramp" for n in range(20)]
            for s in senders}
    errors = send_concurrently(bot.rasa_url, sent)
    assert errors == []
    for sender in senders:
        received = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
        assert received == sent[sender]
