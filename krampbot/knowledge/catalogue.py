"""The catalogue of answers (data/inhoud/antwoorden.yml): per knowledge-base entry its
button title, subjects, source and review date; per topic overview its title.

Content lives in YAML, one block per entry, so adding an entry touches no Python. Rasa
never reads this file (it has no nlu/responses keys), so nothing of it is copied into
the stored conversation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Set, Tuple

import yaml

from krampbot.paths import DATA

CATALOGUE = DATA / "inhoud" / "antwoorden.yml"


@dataclass(frozen=True)
class Entry:
    key: str
    titel: str
    onderwerpen: Tuple[str, ...]
    bron: str
    herzien: dt.date
    afgeraden: bool = False  # explains why something does not help: never offered first


@dataclass(frozen=True)
class Topic:
    key: str
    titel: str
    bron: str
    herzien: dt.date


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@lru_cache(maxsize=4)
def load(path: Path = CATALOGUE) -> Tuple[Dict[str, Entry], Dict[str, Topic]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = {
        key: Entry(
            key,
            str(block["titel"]),
            tuple(block.get("onderwerpen") or ()),
            str(block.get("bron") or ""),
            _date(block["herzien"]),
            bool(block.get("afgeraden")),
        )
        for key, block in (raw.get("antwoorden") or {}).items()
    }
    topics = {
        key: Topic(key, str(block["titel"]), str(block.get("bron") or ""), _date(block["herzien"]))
        for key, block in (raw.get("onderwerpen") or {}).items()
    }
    return entries, topics


def entries() -> Dict[str, Entry]:
    return load()[0]


def topics() -> Dict[str, Topic]:
    return load()[1]


def entries_of_topic() -> Dict[str, Set[str]]:
    """Topic -> the entries of that subject (a topic question may get one of them)."""
    found: Dict[str, Set[str]] = {key: set() for key in topics()}
    for entry in entries().values():
        for topic in entry.onderwerpen:
            found.setdefault(topic, set()).add(entry.key)
    return found
