"""Foundation: the trained model answers Dutch over real HTTP, actions run, pipeline recorded."""
from __future__ import annotations

import json
import tarfile

from components.spacy_pipeline import expected_identity


def test_dutch_greeting_gets_a_dutch_answer_over_rest(bot, sender):
    replies = bot.say(sender, "Hallo!")
    text = " ".join(r.get("text", "") for r in replies)
    assert replies, "the bot stayed silent"
    assert "Krampbot" in text
    # Dutch, not English: the safety note names the huisarts and 112.
    assert "huisarts" in text and "112" in text


def test_custom_action_runs_through_the_action_server(bot, sender):
    text = bot.texts(sender, "ik heb kramp in mijn kuit en ik ben ineens erg benauwd")
    assert "Bel 112" in text
    # The slot is set by action_rode_vlag on the action server.
    assert bot.slot(sender, "advies") == "spoed_112"
    assert bot.slot(sender, "disclaimer_gegeven") is True


def test_model_records_its_spacy_pipeline(trained_model):
    with tarfile.open(trained_model) as archive:
        members = [m for m in archive.getmembers() if m.name.endswith("spacy_pipeline.json")]
        assert len(members) == 1, "the model holds no record of its spaCy pipeline"
        recorded = json.load(archive.extractfile(members[0]))
    assert recorded == {"spacy_pipeline": expected_identity()}


def test_conversations_are_stored_in_the_sqlite_file(bot, sender):
    import sqlite3

    bot.say(sender, "hoi")
    with sqlite3.connect(bot.db_path) as db:
        rows = db.execute(
            "SELECT count(*) FROM events WHERE sender_id = ?", (sender,)
        ).fetchone()
    assert rows[0] > 0
