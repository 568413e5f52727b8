"""Delete one person's conversation from the tracker store (right to erasure, GDPR).

Usage: .venv/bin/python scripts/ops/delete_conversation.py SENDER_ID [SENDER_ID ...]
Reads the tracker store from endpoints.yml with the same environment variables as the
bot (SQLite file by default, PostgreSQL when configured). Stop nothing: it is safe
while the bot runs; a new message from that sender starts a fresh conversation.
"""
from __future__ import annotations

import sys

from sqlalchemy import text
from storage.stores import open_sql_tracker_store


def main(sender_ids: list[str]) -> int:
    if not sender_ids:
        print(__doc__)
        return 2
    store = open_sql_tracker_store()
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
        # The bot keeps SQLite's write-ahead log (startup/patches/speedups.py): copy it
        # into the database and empty it, so no old copy of the rows stays behind.
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
