"""Start Rasa the way Krampbot runs it: `python -m startup.launcher <rasa arguments>`.

scripts/run_bot.sh (`make run`, `make shell`), scripts/cluster.sh,
scripts/train_if_changed.py, the tests and the benchmark start Rasa through this module
instead of the `rasa` command. Before handing over to Rasa's own command line it

- for the Rasa server: applies startup.rasa_speedups (same results as Rasa, less
  start-up time and CPU; KRAMPBOT_RASA_SPEEDUPS=0 leaves Rasa as it is) and logs what it is doing while it loads, then "Krampbot
  ready in N s" once the server accepts messages (N counted from KRAMPBOT_LAUNCHED_AT,
  which `make run` sets, else from the start of this process);
- for training: hides the warnings that are expected for Krampbot's domain (responses
  that only custom actions or forms send, intents that only buttons or the red-flag
  component produce); every other training warning still shows;
- with KRAMPBOT_HIDE_DEPRECATIONS=1 (set by `make run`, `make shell`, `make train`,
  `make cluster`; not by the tests): hides DeprecationWarnings raised by third-party
  packages. They are about Rasa's dependencies, nothing the person running the bot
  can act on.
"""
from __future__ import annotations

import functools
import logging
import os
import re
import sys
import time
import warnings
from pathlib import Path
from typing import List

STARTED = time.time()
ROOT = Path(__file__).resolve().parent.parent
OWN_MODULES = r"(?!(krampbot|startup|components|actions|channels)(\.|$))"
HIDE_ENV = "KRAMPBOT_HIDE_DEPRECATIONS"
SPEEDUPS_ENV = "KRAMPBOT_RASA_SPEEDUPS"  # "0": plain Rasa (to compare, or if one misbehaves)
LAUNCHED_ENV = "KRAMPBOT_LAUNCHED_AT"

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


# --------------------------------------------------------------------- start-up log
def launched_at() -> float:
    try:
        return float(os.environ[LAUNCHED_ENV])
    except (KeyError, ValueError):
        return STARTED


def since_launch() -> float:
    return time.time() - launched_at()


def _announce_progress() -> None:
    """Log the phases of the Rasa server's start-up and the moment it is ready."""
    import rasa.core.run

    serve_application = rasa.core.run.serve_application
    configure_app = rasa.core.run.configure_app

    # functools.wraps keeps the signature: Rasa passes only the arguments it names.
    @functools.wraps(serve_application)
    def announcing_serve_application(*args, **kwargs):
        logger.info("Rasa and TensorFlow imported (%.1f s); loading the model "
                    "(spaCy pipeline, intent classifier, rules) ...", since_launch())
        return serve_application(*args, **kwargs)

    @functools.wraps(configure_app)
    def announcing_configure_app(*args, **kwargs):
        app = configure_app(*args, **kwargs)

        async def ready(_app, _loop) -> None:
            logger.info("Krampbot ready in %.1f s.", since_launch())

        app.register_listener(ready, "after_server_start")
        return app

    rasa.core.run.serve_application = announcing_serve_application
    rasa.core.run.configure_app = announcing_configure_app


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
    if serving:
        if os.environ.get(SPEEDUPS_ENV, "1") != "0":
            from startup import rasa_speedups

            rasa_speedups.apply()
        else:
            logger.info("%s=0: Rasa runs without startup.rasa_speedups.", SPEEDUPS_ENV)
        _announce_progress()

    import rasa.__main__ as rasa_cli

    configure = rasa_cli.configure_logging_and_warnings

    @functools.wraps(configure)
    def configure_then_filter(*args, **kwargs):
        configure(*args, **kwargs)  # puts Rasa's own warning filters in front
        if hide:
            hide_third_party_deprecations()
        if command == "train":
            hide_expected_training_warnings()

    rasa_cli.configure_logging_and_warnings = configure_then_filter
    sys.argv = ["rasa", *argv]
    rasa_cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
