"""Krampbot's tracker store: Rasa's SQLTrackerStore that erases a conversation when its
user asks for it (named in endpoints.yml).

The user says /vergeet (or "vergeet mijn gesprek") and confirms; action_vergeet_gesprek
answers and sets the slot `gesprek_wissen`. Rasa saves the tracker at the end of that
turn, under the conversation's lock and after the reply was made: only then are its
events deleted (storage/erasure.py). Erasing from inside the action would be undone:
SQLTrackerStore.save writes the current session back. The next message starts a fresh
conversation.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore

from krampbot.names import GESPREK_WISSEN
from storage.erasure import erase_conversations

logger = logging.getLogger(__name__)


class KrampbotTrackerStore(SQLTrackerStore):
    async def save(self, tracker: Any) -> None:
        await super().save(tracker)
        if tracker.get_slot(GESPREK_WISSEN):
            deleted = erase_conversations(self, [tracker.sender_id])
            logger.info("A conversation was erased at its user's request (%d events).", deleted)
