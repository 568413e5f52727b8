"""Delete one person's conversation from the tracker store (right to erasure, GDPR).

Usage: .venv/bin/python scripts/ops/delete_conversation.py SENDER_ID [SENDER_ID ...]
Reads the tracker store from endpoints.yml with the same environment variables as the
bot (SQLite file by default, PostgreSQL when configured). Stop nothing: it is safe
while the bot runs; a new message from that sender starts a fresh conversation.
"""
from __future__ import annotations

import sys

from storage.erasure import erase_conversations
from storage.stores import open_sql_tracker_store


def main(sender_ids: list[str]) -> int:
    if not sender_ids:
        print(__doc__)
        return 2
    store = open_sql_tracker_store()
    for sender_id in sender_ids:
        deleted = erase_conversations(store, [sender_id])
        print(f"Gesprek {sender_id}: {deleted} gebeurtenissen verwijderd.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
