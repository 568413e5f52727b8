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
    from rasa.utils.endpoints import read_endpoint_config

    config = read_endpoint_config("endpoints.yml", "tracker_store")
    store = SQLTrackerStore(
        dialect=config.kwargs.get("dialect"), host=config.url or None,
        db=config.kwargs.get("db"), username=config.kwargs.get("username") or None,
        password=config.kwargs.get("password") or None,
    )
    with store.session_scope() as session:
        for sender_id in sender_ids:
            deleted = (
                session.query(store.SQLEvent)
                .filter(store.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            print(f"Gesprek {sender_id}: {deleted} gebeurtenissen verwijderd.")
        session.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
