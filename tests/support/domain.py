"""The domain as Rasa assembles it (domain.yml + the responses and intents in data/),
read with plain YAML: unit tests check names and texts without importing Rasa."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Set

import yaml

from krampbot.paths import DATA, ROOT


@dataclass
class Domain:
    intents: Set[str] = field(default_factory=set)
    entities: Set[str] = field(default_factory=set)
    slots: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    responses: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)
    actions: List[str] = field(default_factory=list)
    forms: Dict[str, Any] = field(default_factory=dict)
    trained_intents: Set[str] = field(default_factory=set)

    def as_dict(self) -> Dict[str, Any]:
        """The shape the action server receives (intents, responses, slots)."""
        return {"intents": sorted(self.intents), "responses": self.responses,
                "slots": self.slots, "entities": sorted(self.entities), "forms": self.forms}


def _names(items: List[Any]) -> List[str]:
    return [next(iter(item)) if isinstance(item, dict) else item for item in items or []]


@lru_cache(maxsize=1)
def load_domain() -> Domain:
    main = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    domain = Domain(intents=set(_names(main.get("intents"))), entities=set(_names(main.get("entities"))),
                    slots=dict(main.get("slots") or {}), actions=_names(main.get("actions")),
                    forms=dict(main.get("forms") or {}))
    domain.responses.update(main.get("responses") or {})
    for path in sorted(DATA.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        domain.responses.update(data.get("responses") or {})
        for block in data.get("nlu") or []:
            intent = block.get("intent")
            if intent:
                domain.trained_intents.add(intent.split("/", 1)[0])
    domain.intents |= domain.trained_intents
    return domain
