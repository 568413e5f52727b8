"""Write data/veiligheid/ontwikkel_probes.yml from the development probes.

The learned second opinion (components/sign_model.py) trains on the development probes
only; the held-out probes (tests/safety_probes/heldout/) never go near training.
Usage: .venv/bin/python -m scripts.run.build_sign_data
"""
from __future__ import annotations

import yaml

from krampbot.paths import DATA
from scripts.evaluate.safety_probes import load_probes

OUT = DATA / "veiligheid" / "ontwikkel_probes.yml"
HEADER = ("# Training data of the learned second opinion (components/sign_model.py): the development\n"
          "# probes (tests/safety_probes/development/, written blind from the safety rules), as\n"
          "# text + level + sign. Regenerate with: python -m scripts.run.build_sign_data\n")


def main() -> int:
    probes = load_probes(["development"])
    data = {"version": "krampbot-1", "berichten": [
        {"tekst": p.text, "niveau": p.level, "teken": p.sign} for p in probes]}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120),
                   encoding="utf-8")
    print(f"{len(probes)} development probes written to {OUT.relative_to(DATA.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
