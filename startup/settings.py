"""Embedded defaults for the environment variables that endpoints.yml reads.

Rasa fails on an unset ${VARIABLE} in endpoints.yml, so every way of starting the bot
(scripts/run/run_bot.sh, the tests, the benchmark, scripts/run/cluster.sh, the deletion script)
fills in these defaults first: SQLite file, in-memory lock store, local action server.
`python -m startup.settings` prints them as shell `export` lines for the variables
that are not set yet.
"""
from __future__ import annotations

import os
import shlex
from typing import Dict, Mapping, MutableMapping

ENDPOINT_DEFAULTS: Dict[str, str] = {
    "ACTION_ENDPOINT_URL": "http://127.0.0.1:5055/webhook",
    "KRAMPBOT_DB_DIALECT": "sqlite",  # postgresql for PostgreSQL
    "KRAMPBOT_DB_HOST": "",  # e.g. localhost:5432 for PostgreSQL
    "KRAMPBOT_DB_NAME": "var/krampbot.db",
    "KRAMPBOT_DB_USER": "",
    "KRAMPBOT_DB_PASSWORD": "",
    "KRAMPBOT_LOCK_STORE": "in_memory",  # redis when several Rasa servers share trackers
    "KRAMPBOT_REDIS_HOST": "localhost",
    "KRAMPBOT_REDIS_PORT": "6379",
    "KRAMPBOT_REDIS_DB": "0",
}


def with_endpoint_defaults(env: Mapping[str, str]) -> Dict[str, str]:
    """`env` plus a default for every endpoints.yml variable it does not set."""
    return {**ENDPOINT_DEFAULTS, **env}


def apply_endpoint_defaults(env: MutableMapping[str, str] = os.environ) -> None:
    for name, value in ENDPOINT_DEFAULTS.items():
        env.setdefault(name, value)


if __name__ == "__main__":
    for name, value in ENDPOINT_DEFAULTS.items():
        if name not in os.environ:
            print(f"export {name}={shlex.quote(value)}")
