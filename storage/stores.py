"""Open the configured tracker store (endpoints.yml + the bot's environment variables).

Shared by the maintenance scripts (scripts/ops/): SQLite file by default, PostgreSQL when
KRAMPBOT_DB_* say so, the same as the running bot. A relative SQLite path is relative to
the project, wherever the script is started from.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from krampbot.paths import ROOT


def open_sql_tracker_store() -> Any:
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    from startup.settings import apply_endpoint_defaults

    apply_endpoint_defaults()
    config = read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store")
    dialect = config.kwargs.get("dialect")
    db = config.kwargs.get("db")
    if dialect == "sqlite" and db and not Path(db).is_absolute():
        db = str(ROOT / db)
    return SQLTrackerStore(
        dialect=dialect, host=config.url or None, db=db,
        username=config.kwargs.get("username") or None,
        password=config.kwargs.get("password") or None,
    )
