"""Retention while the bot runs: once a day, conversations idle for longer than
KRAMPBOT_RETENTION_DAYS are erased, each under its conversation lock (a patch of
rasa.core.run.configure_app that adds a server listener; through startup.patches.apply).
The first run comes a day after start: `make run` purges before it starts the server.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import os
from typing import Any

logger = logging.getLogger(__name__)
INTERVAL_ENV = "KRAMPBOT_PURGE_INTERVAL_S"
DAY_S = 24 * 3600


async def purge_every(app: Any, interval_s: float) -> None:
    from storage.retention import purge_async

    while True:
        await asyncio.sleep(interval_s)
        agent = getattr(app.ctx, "agent", None)
        store = getattr(agent, "tracker_store", None) if agent else None
        if store is None or not hasattr(store, "SQLEvent"):
            continue
        try:
            await purge_async(store, lock_store=agent.lock_store)
        except Exception as error:
            logger.error("Retention purge failed: %s", type(error).__name__)


def apply() -> None:
    import rasa.core.run

    configure_app = rasa.core.run.configure_app
    if getattr(configure_app, "krampbot_retention", False):
        return

    @functools.wraps(configure_app)
    def configure_app_with_retention(*args: Any, **kwargs: Any) -> Any:
        app = configure_app(*args, **kwargs)
        interval = float(os.environ.get(INTERVAL_ENV, DAY_S))

        async def start(_app: Any, _loop: Any) -> None:
            _app.add_task(purge_every(_app, interval))

        app.register_listener(start, "after_server_start")
        return app

    configure_app_with_retention.krampbot_retention = True  # type: ignore[attr-defined]
    rasa.core.run.configure_app = configure_app_with_retention
