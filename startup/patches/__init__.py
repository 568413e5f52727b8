"""Every change Krampbot makes to Rasa's own code, behind one version gate.

- Correctness patches, always on: long conversations start a new session and carry each
  slot's last value over (sessions.py); failed custom actions are recorded so the user
  gets an apology (action_failures.py); the start-up log says what Rasa is loading and
  when Krampbot is ready (startup_log.py); old conversations are erased once a day
  (retention.py).
- Speed-ups (speedups.py), the same results with less work, behind the one switch
  KRAMPBOT_RASA_SPEEDUPS (0 = plain Rasa, to compare or as an escape hatch).

`apply()` is called by startup.launcher for every Rasa command and server it starts (make run,
make shell, make cluster, the tests, the benchmark, deploy/docker-compose.yml) and by
the in-process evaluation. With another Rasa version nothing is patched, and a warning
says so: each patch is written against Rasa 3.6.21's code.
"""
from __future__ import annotations

import importlib.metadata
import logging
import os
from typing import Callable, List, Sequence

logger = logging.getLogger(__name__)

RASA_VERSION = "3.6.21"
SPEEDUPS_ENV = "KRAMPBOT_RASA_SPEEDUPS"


def speedups_wanted() -> bool:
    return os.environ.get(SPEEDUPS_ENV, "1") != "0"


def apply(serving: bool = True, speedups: bool | None = None,
          warning_filters: Sequence[Callable[[], None]] = ()) -> List[str]:
    """Apply the patches once each; returns the names of the groups applied.

    `serving`: a Rasa server (or shell) starts: the correctness patches, the start-up
    log and (unless switched off) the speed-ups. `warning_filters` are re-applied after
    Rasa's own command line has set its warning filters (any command)."""
    version = importlib.metadata.version("rasa")
    if version != RASA_VERSION:
        logger.warning("Rasa %s is installed; Krampbot's patches are written for %s and are "
                       "not applied.", version, RASA_VERSION)
        return []
    applied: List[str] = []
    if warning_filters:
        from startup.patches import warning_filters as filters

        filters.apply(warning_filters)
        applied.append("warning_filters")
    if not serving:
        return applied
    from startup.patches import action_failures, retention, sessions, startup_log

    sessions.apply()
    action_failures.apply()
    startup_log.apply()
    retention.apply()
    applied += ["sessions", "action_failures", "startup_log", "retention"]
    if speedups_wanted() if speedups is None else speedups:
        from startup.patches import speedups as fast

        fast.apply()
        applied.append("speedups")
    else:
        logger.info("%s=0: Rasa runs without Krampbot's speed-ups.", SPEEDUPS_ENV)
    return applied
