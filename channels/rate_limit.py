"""One sender flooding the bot is slowed without slowing others (issue: no one in where
they do not belong).

A fixed one-minute window per sender id and per client address: over
KRAMPBOT_RATE_LIMIT messages a minute (default 30) the message is not handled and gets
one short Dutch reply. In the cluster (KRAMPBOT_LOCK_STORE=redis) the counts are shared
through Redis, so every replica sees the same sender; otherwise they live in memory.
Addresses are only counted, never stored with the conversation or logged.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Dict, Optional, Tuple

logger = logging.getLogger(__name__)

LIMIT_ENV = "KRAMPBOT_RATE_LIMIT"
DEFAULT_LIMIT = 30
WINDOW_S = 60
SLOW_DOWN_REPLY = ("Je stuurt veel berichten snel na elkaar. Wacht even een minuut, dan lees ik weer "
                   "mee. Is het dringend? Bel dan 112 of de huisartsenpost.")


class RateLimiter:
    def __init__(self, limit: int, window_s: int = WINDOW_S, redis: object = None) -> None:
        self.limit = limit
        self.window_s = window_s
        self.redis = redis
        self._counts: Dict[Tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def allow(self, *keys: Optional[str], now: Optional[float] = None) -> bool:
        """Count one message for each key; False when any key is over the limit."""
        window = int((now if now is not None else time.time()) // self.window_s)
        allowed = True
        for key in keys:
            if not key:
                continue
            if self._count(key, window) > self.limit:
                allowed = False
        return allowed

    def _count(self, key: str, window: int) -> int:
        if self.redis is not None:
            try:
                name = f"krampbot:rate:{key}:{window}"
                pipe = self.redis.pipeline()  # type: ignore[attr-defined]
                pipe.incr(name)
                pipe.expire(name, self.window_s * 2)
                return int(pipe.execute()[0])
            except Exception as error:
                logger.warning("Rate limit: Redis unavailable (%s); counting in memory.",
                               type(error).__name__)
        with self._lock:
            for old in [k for k in self._counts if k[1] < window - 1]:
                del self._counts[old]
            self._counts[(key, window)] = self._counts.get((key, window), 0) + 1
            return self._counts[(key, window)]


def _redis() -> object:
    if os.environ.get("KRAMPBOT_LOCK_STORE") != "redis":
        return None
    try:
        import redis

        return redis.Redis(host=os.environ.get("KRAMPBOT_REDIS_HOST", "localhost"),
                           port=int(os.environ.get("KRAMPBOT_REDIS_PORT", "6379")),
                           db=int(os.environ.get("KRAMPBOT_REDIS_DB", "0")),
                           socket_timeout=1)
    except Exception:
        return None


_limiter: Optional[RateLimiter] = None


def limiter() -> RateLimiter:
    global _limiter
    if _limiter is None:
        _limiter = RateLimiter(int(os.environ.get(LIMIT_ENV, DEFAULT_LIMIT)), redis=_redis())
    return _limiter
