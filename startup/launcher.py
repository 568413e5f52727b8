"""Start Rasa the way Krampbot runs it: `python -m startup.launcher <rasa arguments>`.

scripts/run/run_bot.sh (`make run`, `make shell`), scripts/run/cluster.sh,
scripts/run/train_if_changed.py, the tests and the benchmark start Rasa through this module
instead of the `rasa` command. Before handing over to Rasa's own command line it

- for the Rasa server: applies Krampbot's Rasa patches through their one gate
  (startup/patches/: correctness fixes always, speed-ups unless KRAMPBOT_RASA_SPEEDUPS=0)
  and logs what it is doing while it loads, then "Krampbot ready in N s" once the server
  accepts messages (N counted from KRAMPBOT_LAUNCHED_AT, which `make run` sets, else from
  the start of this process);
- for training: hides the warnings that are expected for Krampbot's domain (responses
  that only custom actions or forms send, intents that only buttons or the red-flag
  component produce); every other training warning still shows;
- with KRAMPBOT_HIDE_DEPRECATIONS=1 (set by `make run`, `make shell`, `make train`,
  `make cluster`; not by the tests): hides DeprecationWarnings raised by third-party
  packages. They are about Rasa's dependencies, nothing the person running the bot
  can act on.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import warnings
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
OWN_MODULES = r"(?!(krampbot|startup|components|actions|channels)(\.|$))"
HIDE_ENV = "KRAMPBOT_HIDE_DEPRECATIONS"
SPEEDUPS_ENV = "KRAMPBOT_RASA_SPEEDUPS"  # "0": plain Rasa (startup/patches/__init__.py)

logger = logging.getLogger("startup.launcher")


def _own_log_handler() -> None:
    """Log lines in Rasa's format even before Rasa has configured logging."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)-8s %(name)s  - %(message)s", "%Y-%m-%d %H:%M:%S"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


# ----------------------------------------------------------------------- warnings
def hide_third_party_deprecations() -> None:
    # Sanic puts a "once" filter for every DeprecationWarning in front when it is
    # imported; import it first so that these filters come before it.
    import sanic  # noqa: F401

    for category in (DeprecationWarning, PendingDeprecationWarning):
        warnings.filterwarnings("ignore", category=category, module=OWN_MODULES)


def _python_sources(root: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace")
                     for folder in ("actions", "channels", "components")
                     for path in sorted((root / folder).rglob("*.py")))


def expected_training_warnings(root: Path = ROOT) -> List[str]:
    """Regexes of Rasa's training warnings that are expected for this project.

    - "The utterance 'utter_x' is not used in any story or rule": expected when custom
      actions send it (named in actions/, channels/ or components/, also as the start
      of an f-string such as f"utter_meer_{topic}"), when a form asks it
      (utter_ask_*), or for utter_default (Rasa's default fallback action).
    - "The intent 'x' is listed in the domain file, but is not found in the NLU
      training data": expected for intents that buttons send ("/meer_weten", in
      domain.yml or in responses under data/) or that a component in components/ sets
      (the red-flag override).
    """
    sources = _python_sources(root)
    names = set(re.findall(r"""["'](utter_\w+)["']""", sources))
    prefixes = set(re.findall(r"""f["'](utter_\w*)\{""", sources))
    utterances = [re.escape(n) for n in sorted(names)]
    utterances += [re.escape(p) + r"\w*" for p in sorted(prefixes)]
    utterances += [r"utter_ask_\w+", "utter_default"]
    responses = "\n".join(path.read_text(encoding="utf-8", errors="replace")
                          for path in [root / "domain.yml", *sorted((root / "data").rglob("*.yml"))]
                          if path.is_file())
    intents = set(re.findall(r"""payload:\s*["']?/(\w+)""", responses))
    intents |= set(re.findall(r"""INTENT\s*=\s*["'](\w+)["']""", sources))
    patterns = [rf"The utterance '({'|'.join(utterances)})' is not used in any story or rule"]
    if intents:
        patterns.append(rf"The intent '({'|'.join(sorted(map(re.escape, intents)))})' is "
                        r"listed in the domain file, but is not found in the NLU training data")
    return patterns


def hide_expected_training_warnings(root: Path = ROOT) -> None:
    for pattern in expected_training_warnings(root):
        warnings.filterwarnings("ignore", message=pattern, category=UserWarning)


# ---------------------------------------------------------------------------- main
def main(argv: List[str]) -> None:
    _own_log_handler()
    command = argv[0] if argv else ""
    serving = command in ("run", "shell") and argv[1:2] != ["actions"]
    hide = os.environ.get(HIDE_ENV) == "1"
    if serving:
        logger.info("Starting the Rasa server: importing Rasa and TensorFlow ...")
    if hide:
        hide_third_party_deprecations()
    # Every Rasa patch goes through this one gate (startup/patches/__init__.py): the
    # correctness and start-up-log patches and the speed-ups for a Rasa server, and for
    # every command our warning filters, re-applied after Rasa has set its own.
    from startup import patches

    filters = []
    if hide:
        filters.append(hide_third_party_deprecations)
    if command == "train":
        filters.append(hide_expected_training_warnings)
    patches.apply(serving=serving, warning_filters=filters)

    import rasa.__main__ as rasa_cli

    sys.argv = ["rasa", *argv]
    rasa_cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
