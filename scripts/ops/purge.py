"""Delete conversations with no event in the last KRAMPBOT_RETENTION_DAYS days (30).

Usage: .venv/bin/python -m scripts.ops.purge [--days N]      (make purge)
Same tracker store as the bot (SQLite by default; PostgreSQL with the KRAMPBOT_DB_*
variables); with a Redis lock store configured (the cluster), each conversation is
erased under its lock. Prints a count, never any text.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, Optional

from storage.retention import purge_async, retention_days
from storage.stores import open_sql_tracker_store


def _lock_store() -> Optional[Any]:
    import os

    if os.environ.get("KRAMPBOT_LOCK_STORE", "in_memory") != "redis":
        return None
    from rasa.core.lock_store import RedisLockStore

    return RedisLockStore(host=os.environ.get("KRAMPBOT_REDIS_HOST", "localhost"),
                          port=int(os.environ.get("KRAMPBOT_REDIS_PORT", "6379")),
                          db=int(os.environ.get("KRAMPBOT_REDIS_DB", "0")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=float, default=None, help="retention in days")
    args = parser.parse_args(argv)
    days = retention_days() if args.days is None else args.days
    count = asyncio.run(purge_async(open_sql_tracker_store(), days, _lock_store()))
    print(f"Bewaartermijn {days:g} dagen: {count} gesprekken verwijderd.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
