"""Which custom actions failed while handling the current message (a correctness patch).

Rasa logs a failed custom action (action server down or broken) and carries on, which can
leave the user with half an answer or a question that is never asked. The channel guard
(channels/guard.py) starts a list per message with `collect_failures()`; Rasa's
RemoteAction.run is wrapped to add the action's name to it, so the guard can apologise.
Always on, through startup.patches.apply.
"""
from __future__ import annotations

from contextvars import ContextVar
from typing import Any, List, Optional

_failed_actions: ContextVar[Optional[List[str]]] = ContextVar("failed_actions", default=None)


def collect_failures() -> List[str]:
    """A fresh list that receives the names of custom actions failing in this context."""
    failures: List[str] = []
    _failed_actions.set(failures)
    return failures


def apply() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original_run = RemoteAction.run
    if getattr(original_run, "records_failures", False):
        return

    async def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await original_run(self, *args, **kwargs)
        except ActionExecutionRejection:
            raise  # a form saying "not my answer" is normal flow, not a failure
        except Exception:
            failures = _failed_actions.get()
            if failures is not None:
                failures.append(self.name())
            raise

    run.records_failures = True  # type: ignore[attr-defined]
    RemoteAction.run = run
