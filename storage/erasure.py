"""Erasing conversations for good: SQLite bytes and write-ahead log included, PostgreSQL
rows deleted and vacuumed. One implementation for the user's /vergeet (through the
tracker store), `scripts/ops/delete_conversation.py` and retention (`make purge`).

Conversations are health data (safety rules §7): deleted rows must not linger in the
database file. SQLite's secure_delete overwrites them, and a checkpoint empties the
write-ahead log; PostgreSQL's VACUUM removes the dead rows (run outside a transaction).
Nothing here logs message text: only counts.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Iterable, List

logger = logging.getLogger(__name__)


def _is_sqlite(store: Any) -> bool:
    return store.engine.dialect.name == "sqlite"


def erase_conversations(store: Any, sender_ids: Iterable[str]) -> int:
    """Delete every stored event of these conversations; returns the number of events."""
    senders: List[str] = [s for s in sender_ids if s]
    if not senders:
        return 0
    from sqlalchemy import text

    deleted = 0
    sqlite = _is_sqlite(store)
    with store.session_scope() as session:
        if sqlite:  # overwrite the deleted rows in the file, not only unlink them
            session.execute(text("PRAGMA secure_delete = ON"))
        for sender_id in senders:
            deleted += (session.query(store.SQLEvent)
                        .filter(store.SQLEvent.sender_id == sender_id)
                        .delete(synchronize_session=False))
        session.commit()
    compact(store)
    return deleted


def compact(store: Any) -> None:
    """Leave no copy of deleted rows behind: the SQLite log, PostgreSQL's dead rows."""
    if _is_sqlite(store):
        # The bot keeps SQLite's write-ahead log (startup/patches/speedups.py): copy it
        # into the database and empty it.
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f"VACUUM {store.SQLEvent.__tablename__}")


def idle_conversations(store: Any, older_than_days: float, now: float | None = None) -> List[str]:
    """Senders whose last event is older than the retention period."""
    from sqlalchemy import func

    limit = (now if now is not None else time.time()) - older_than_days * 86400
    with store.session_scope() as session:
        rows = (session.query(store.SQLEvent.sender_id)
                .group_by(store.SQLEvent.sender_id)
                .having(func.max(store.SQLEvent.timestamp) < limit)
                .all())
    return [row[0] for row in rows]
