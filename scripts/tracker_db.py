"""Open the configured tracker store (endpoints.yml + the bot's environment variables).

Shared by the maintenance scripts (delete_conversation.py, unanswered.py): SQLite file
by default, PostgreSQL when KRAMPBOT_DB_* say so, the same as the running bot.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def open_sql_tracker_store():
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    from krampbot.settings import apply_endpoint_defaults

    apply_endpoint_defaults()
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    config = read_endpoint_config("endpoints.yml", "tracker_store")
    return SQLTrackerStore(
        dialect=config.kwargs.get("dialect"), host=config.url or None,
        db=config.kwargs.get("db"), username=config.kwargs.get("username") or None,
        password=config.kwargs.get("password") or None,
    )
