"""The training examples of the learned second opinion (components/sign_model.py).

data/veiligheid/*.yml holds messages with the level the safety rules give them
(written blind by helpers from the safety rules: the development probes, and extra
paraphrases); the questions of the knowledge base (data/kennisbank/) are added as
examples that tell no urgent sign. Label 1 = an urgent sign (spoed_112 or
huisarts_vandaag), 0 = not urgent.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Tuple

import yaml

URGENT = ("spoed_112", "huisarts_vandaag")
_ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")


def load_sign_examples(folder: Path, negatives: Path) -> Tuple[List[str], List[int]]:
    texts: List[str] = []
    labels: List[int] = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("berichten") or []:
            texts.append(str(item["tekst"]))
            labels.append(1 if item.get("niveau") in URGENT else 0)
    for path in sorted(negatives.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_ANNOTATION.sub(r"\1", line[2:]).strip())
                    labels.append(0)
    return texts, labels
