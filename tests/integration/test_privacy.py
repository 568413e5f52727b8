"""Conversations are health data (issue 21): the user erases their own, old ones expire,
reports show no names, every channel says so, one sender cannot flood the bot.

Real servers over REST and the real SQLite file (its bytes and write-ahead log)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest

from tests.support.servers import ROOT, start_servers


def stored(db, sender):
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM events WHERE sender_id = ?",
                                  (sender,)).fetchone()[0]


def file_bytes(folder) -> bytes:
    return b"".join(path.read_bytes() for path in folder.glob("krampbot.db*"))


@pytest.fixture(scope="module")
def private_bot(trained_model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy")
    servers = start_servers(folder, trained_model, db_path=folder / "krampbot.db",
                            extra_env={"KRAMPBOT_RATE_LIMIT": "8"})
    yield servers, folder
    servers.stop()


def test_the_user_erases_their_conversation_and_no_byte_is_left(private_bot):
    bot, folder = private_bot
    sender, other = "wis-" + uuid.uuid4().hex, "blijf-" + uuid.uuid4().hex
    secret = "kuitgeheim" + uuid.uuid4().hex[:8]
    bot.say(sender, f"ik heb vaak kramp in mijn kuit {secret}")
    bot.say(other, "hallo")
    assert "Wil je dat ik dit hele gesprek wis?" in bot.texts(sender, "/vergeet")
    assert stored(folder / "krampbot.db", sender) > 0  # asked once: nothing erased yet
    reply = bot.say(sender, "ja")
    assert any((m.get("text") or "").startswith("Je gesprek is gewist.") for m in reply)
    assert {"custom": {"krampbot": "gesprek_gewist"}} in [
        {"custom": m["custom"]} for m in reply if "custom" in m]
    time.sleep(0.3)
    assert stored(folder / "krampbot.db", sender) == 0
    assert stored(folder / "krampbot.db", other) > 0
    assert secret.encode() not in file_bytes(folder)
    # The next message starts a fresh conversation.
    assert bot.say(sender, "hallo")
    users = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert users == ["hallo"]


def test_erasing_during_the_questions_never_answers_the_open_question(private_bot):
    bot, folder = private_bot
    sender = "wis-vragen-" + uuid.uuid4().hex
    first = bot.texts(sender, "mijn dochter van 9 heeft vaak kramp")
    assert "Eerst een belangrijke vraag." in first
    assert "Wil je dat ik dit hele gesprek wis?" in bot.texts(sender, "verwijder mijn gegevens")
    reply = bot.texts(sender, "ja")
    assert reply.startswith("Je gesprek is gewist.") and "Welke klacht" not in reply
    time.sleep(0.3)
    assert stored(folder / "krampbot.db", sender) == 0


@pytest.mark.parametrize("text", ["ik vergeet steeds mijn pillen, geeft dat kramp?",
                                  "mijn geheugen laat me in de steek"])
def test_a_guessed_command_never_erases(private_bot, text):
    bot, folder = private_bot
    sender = "geen-wis-" + uuid.uuid4().hex
    reply = bot.texts(sender, text)
    assert "hele gesprek wis" not in reply
    assert "gewist" not in bot.texts(sender, "ja")
    assert stored(folder / "krampbot.db", sender) > 0


def test_no_to_erasing_keeps_everything(private_bot):
    bot, folder = private_bot
    sender = "wis-nee-" + uuid.uuid4().hex
    bot.say(sender, "vergeet mijn gesprek")
    assert bot.texts(sender, "nee").startswith("Oké, ik wis niets.")
    assert stored(folder / "krampbot.db", sender) > 0


def test_privacy_notice_and_the_greeting_mention_erasing(private_bot):
    bot, _ = private_bot
    sender = "privacy-" + uuid.uuid4().hex
    notice = bot.texts(sender, "/privacy")
    for words in ("30 dagen", "/vergeet", "geen arts", "Telegram"):
        assert words in notice
    assert "/vergeet" in bot.texts("groet-" + uuid.uuid4().hex, "/greet")


def test_purge_deletes_conversations_past_the_retention(private_bot):
    bot, folder = private_bot
    old = "oud-" + uuid.uuid4().hex
    secret = "oudgeheim" + uuid.uuid4().hex[:8]
    bot.say(old, f"ik heb soms kramp {secret}")
    result = subprocess.run([sys.executable, "-m", "scripts.ops.purge", "--days", "0"], cwd=ROOT,
                            env=bot.env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "gesprekken verwijderd" in result.stdout and secret not in result.stdout + result.stderr
    assert stored(folder / "krampbot.db", old) == 0
    assert secret.encode() not in file_bytes(folder)


def test_unanswered_report_masks_names_and_numbers(private_bot):
    bot, _ = private_bot
    sender = "rapport-" + uuid.uuid4().hex
    # (The number after the question: before it, "nummer" pulls the knowledge base to
    # "welk nummer bel ik", and the question is answered.)
    bot.say(sender, "bestaat kramp in je oorlel eigenlijk? Jan Jansen, 0612345678")
    result = subprocess.run([sys.executable, "-m", "scripts.ops.unanswered"], cwd=ROOT, env=bot.env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "Jan Jansen" not in out and "0612345678" not in out
    assert "[PERSOON-1]" in out and "[TELEFOONNUMMER-1]" in out and "kramp in je oorlel" in out
    assert "Warning" not in result.stdout.split("aantal")[0]  # the table comes first


def test_a_flooding_sender_is_slowed_and_others_are_not(private_bot):
    bot, _ = private_bot
    flooder, other = "flood-" + uuid.uuid4().hex, "rustig-" + uuid.uuid4().hex
    replies = [bot.texts(flooder, f"hoe voorkom ik kramp {n}") for n in range(20)]
    assert any(r.startswith("Je stuurt veel berichten snel na elkaar.") for r in replies[8:])
    assert all(not r.startswith("Je stuurt veel berichten") for r in replies[:8])
    for n in range(5):
        assert not bot.texts(other, f"helpt magnesium {n}").startswith("Je stuurt veel berichten")


def test_the_web_page_and_the_widget_link_to_the_privacy_notice():
    page = (ROOT / "web" / "index.html").read_text(encoding="utf-8")
    assert 'href="/privacy.html"' in page
    notice = (ROOT / "web" / "privacy.html").read_text(encoding="utf-8")
    for words in ("30 dagen", "/vergeet", "Telegram", "112"):
        assert words in notice
    assert "kb-privacy-link" in (ROOT / "web" / "app.js").read_text(encoding="utf-8")
    assert json is not None  # used by the report tests above
