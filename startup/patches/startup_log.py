"""The start-up log: what Rasa is loading, and "Krampbot ready in N s" (a patch of
rasa.core.run; always on for a Rasa server, through startup.patches.apply).

N is counted from KRAMPBOT_LAUNCHED_AT (set by `make run`), else from this process's start.
"""
from __future__ import annotations

import functools
import logging
import os
import time
from typing import Any

STARTED = time.time()
LAUNCHED_ENV = "KRAMPBOT_LAUNCHED_AT"
logger = logging.getLogger("startup.launcher")


def launched_at() -> float:
    try:
        return float(os.environ[LAUNCHED_ENV])
    except (KeyError, ValueError):
        return STARTED


def since_launch() -> float:
    return time.time() - launched_at()


def apply() -> None:
    """Log the phases of the Rasa server's start-up and the moment it is ready."""
    import rasa.core.run

    if getattr(rasa.core.run.serve_application, "krampbot_announces", False):
        return
    serve_application = rasa.core.run.serve_application
    configure_app = rasa.core.run.configure_app

    # functools.wraps keeps the signature: Rasa passes only the arguments it names.
    @functools.wraps(serve_application)
    def announcing_serve_application(*args: Any, **kwargs: Any) -> Any:
        logger.info("Rasa and TensorFlow imported (%.1f s); loading the model "
                    "(spaCy pipeline, intent classifier, rules) ...", since_launch())
        return serve_application(*args, **kwargs)

    @functools.wraps(configure_app)
    def announcing_configure_app(*args: Any, **kwargs: Any) -> Any:
        app = configure_app(*args, **kwargs)

        async def ready(_app: Any, _loop: Any) -> None:
            logger.info("Krampbot ready in %.1f s.", since_launch())

        app.register_listener(ready, "after_server_start")
        return app

    announcing_serve_application.krampbot_announces = True  # type: ignore[attr-defined]
    rasa.core.run.serve_application = announcing_serve_application
    rasa.core.run.configure_app = announcing_configure_app
