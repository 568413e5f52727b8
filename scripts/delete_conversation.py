"""Delete one person's conversation from the tracker store (right to erasure, GDPR).

Usage: .venv/bin/python scripts/delete_conversation.py SENDER_ID [SENDER_ID ...]
Reads the tracker store from endpoints.yml with the same environment variables as the
bot (SQLite file by default, PostgreSQL when configured). Stop nothing: it is safe
while the bot runs; a new message from that sender starts a fresh conversation.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(sender_ids: list[str]) -> int:
    if not sender_ids:
        print(__doc__)
        return 2
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    from krampbot.settings import apply_endpoint_defaults

    apply_endpoint_defaults()
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import text
    from rasa.utils.endpoints import read_endpoint_config

    config = read_endpoint_config("endpoints.yml", "tracker_store")
    store = SQLTrackerStore(
        dialect=config.kwargs.get("dialect"), host=config.url or None,
        db=config.kwargs.get("db"), username=config.kwargs.get("username") or None,
        password=config.kwargs.get("password") or None,
    )
    sqlite = store.engine.dialect.name == "sqlite"
    with store.session_scope() as session:
        if sqlite:  # overwrite the deleted rows in the file, not only unlink them
            session.execute(text("PRAGMA secure_delete = ON"))
        for sender_id in sender_ids:
            deleted = (
                session.query(store.SQLEvent)
                .filter(store.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            print(f"Gesprek {sender_id}: {deleted} gebeurtenissen verwijderd.")
        session.commit()
    if sqlite:
        # The bot keeps SQLite's write-ahead log (krampbot/rasa_speedups.py): copy it
        # into the database and empty it, so no old copy of the rows stays behind.
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
