"""Krampbot's warning filters survive Rasa's own (a patch of rasa.__main__).

Rasa's command line puts its warning filters in front when it configures logging; the
launcher's filters (third-party DeprecationWarnings with KRAMPBOT_HIDE_DEPRECATIONS=1,
the training warnings expected for this domain) are applied again right after.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Sequence


def apply(filters: Sequence[Callable[[], None]]) -> None:
    import rasa.__main__ as rasa_cli

    configure = getattr(rasa_cli.configure_logging_and_warnings, "krampbot_original",
                        rasa_cli.configure_logging_and_warnings)

    @functools.wraps(configure)
    def configure_then_filter(*args: Any, **kwargs: Any) -> Any:
        result = configure(*args, **kwargs)  # puts Rasa's own warning filters in front
        for add_filter in filters:
            add_filter()
        return result

    configure_then_filter.krampbot_original = configure  # type: ignore[attr-defined]
    rasa_cli.configure_logging_and_warnings = configure_then_filter
