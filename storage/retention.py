"""Retention: conversations with no event in the last KRAMPBOT_RETENTION_DAYS days
(default 30) are deleted, by `make purge`, at the start of `make run` and once a day
while the bot runs (startup/patches/retention.py). Each conversation is erased under its
lock when a lock store is at hand. Logged as a count, never with text.
"""
from __future__ import annotations

import contextlib
import logging
import os
from typing import Any, Optional

from storage.erasure import erase_conversations, idle_conversations

logger = logging.getLogger(__name__)
DEFAULT_DAYS = 30.0
RETENTION_ENV = "KRAMPBOT_RETENTION_DAYS"


def retention_days() -> float:
    try:
        return float(os.environ.get(RETENTION_ENV, DEFAULT_DAYS))
    except ValueError:
        return DEFAULT_DAYS


async def purge_async(store: Any, days: Optional[float] = None, lock_store: Any = None) -> int:
    """Erase every conversation idle for longer than `days`; returns how many."""
    days = retention_days() if days is None else days
    senders = idle_conversations(store, days)
    for sender_id in senders:
        lock = lock_store.lock(sender_id) if lock_store is not None else contextlib.nullcontext()
        if hasattr(lock, "__aenter__"):
            async with lock:
                erase_conversations(store, [sender_id])
        else:
            with lock:
                erase_conversations(store, [sender_id])
    logger.info("Retention (%g days): %d conversations deleted.", days, len(senders))
    return len(senders)
