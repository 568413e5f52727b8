"""Which questions did Krampbot not answer? For growing the knowledge base from real use.

Usage: .venv/bin/python scripts/ops/unanswered.py [--limit N]      (make unanswered)
Reads the configured tracker store (SQLite by default; PostgreSQL with the same
KRAMPBOT_DB_* variables as the bot, also the cluster's database) and lists the user
messages that got the "dat weet ik niet" reply (a question about cramps no answer fits)
or the "niet begrepen" reply, grouped (same words, any case) and counted, the most
recently asked first. Sender ids are never printed, and names, phone numbers, e-mail
and street addresses, dates of birth and BSN numbers are masked (scripts/ops/deidentify.py).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field

from storage.stores import open_sql_tracker_store

UNANSWERED = {"utter_weet_ik_niet": "weet ik niet", "utter_nlu_fallback": "niet begrepen"}


@dataclass
class Group:
    text: str
    reply: str
    count: int = 0
    last_seen: float = 0.0
    senders: set = field(default_factory=set)


def unanswered(rows) -> list[Group]:
    """rows: (sender_id, event JSON) in stored order. Groups of unanswered messages."""
    groups: dict[tuple[str, str], Group] = {}
    last_user: dict[str, tuple[str, float]] = {}
    counted: set[tuple[str, float]] = set()
    for sender_id, data in rows:
        event = json.loads(data)
        if event.get("event") == "user":
            last_user[sender_id] = ((event.get("text") or "").strip(), event.get("timestamp") or 0)
        elif event.get("event") == "bot" and sender_id in last_user:
            reply = UNANSWERED.get((event.get("metadata") or {}).get("utter_action"))
            text, when = last_user[sender_id]
            if reply is None or not text or text.startswith("/") or (sender_id, when) in counted:
                continue
            counted.add((sender_id, when))
            key = (" ".join(text.lower().split()), reply)
            group = groups.setdefault(key, Group(text=text, reply=reply))
            group.count += 1
            group.last_seen = max(group.last_seen, when)
            group.senders.add(sender_id)
    return sorted(groups.values(), key=lambda g: -g.last_seen)


def _quiet() -> None:
    """The report only: no third-party deprecation warnings or start-up logs before it."""
    import logging
    import os
    import warnings

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger().setLevel(logging.ERROR)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="show at most this many groups")
    args = parser.parse_args(argv)
    _quiet()
    from scripts.ops.deidentify import mask

    store = open_sql_tracker_store()
    with store.session_scope() as session:
        rows = (session.query(store.SQLEvent.sender_id, store.SQLEvent.data)
                .filter(store.SQLEvent.type_name.in_(["user", "bot"]))
                .order_by(store.SQLEvent.id).yield_per(1000))
        groups = unanswered(rows)
    if not groups:
        print("Geen onbeantwoorde vragen gevonden.")
        return 0
    print(f"{'aantal':>6}  {'gesprekken':>10}  {'laatst':<16}  {'antwoord':<14}  vraag")
    for group in groups[: args.limit]:
        when = dt.datetime.fromtimestamp(group.last_seen).strftime("%Y-%m-%d %H:%M")
        print(f"{group.count:>6}  {len(group.senders):>10}  {when:<16}  {group.reply:<14}  {mask(group.text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
