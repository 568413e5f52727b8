"""Check and clean a user's message before the bot reads it (no Rasa imports).

Every channel passes incoming text through `check_message`: control characters are
removed, and empty or overlong messages get a clear Dutch reply instead of a model run.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

# Long enough for a worried person's story, short enough to keep the bot fast.
MAX_MESSAGE_CHARS = 1000

EMPTY_REPLY = "Ik kreeg een leeg bericht. Typ je vraag over kramp in de benen, of typ 'help'."
TOO_LONG_REPLY = (
    f"Je bericht is te lang voor mij: ik kan berichten tot {MAX_MESSAGE_CHARS} tekens "
    "lezen. Wil je het korter opschrijven, of in een paar losse berichten sturen?"
)
# Said when the bot could not answer at all (e.g. the action server is down).
FAILURE_REPLY = (
    "Sorry, er gaat bij mij even iets mis. Probeer het zo nog eens. Is het dringend? "
    "Bel dan je huisarts of de huisartsenpost. Bij levensgevaar bel je 112."
)

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


@dataclass(frozen=True)
class CheckedMessage:
    text: str
    # A reply to send instead of running the bot; None when the text may go on.
    reply: Optional[str] = None


def clean_text(text: Optional[str]) -> str:
    """Normalise Unicode, drop control and zero-width characters, trim whitespace."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _CONTROL_CHARS.sub("", text)
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def check_message(text: Optional[str]) -> CheckedMessage:
    cleaned = clean_text(text)
    if not cleaned:
        return CheckedMessage(text="", reply=EMPTY_REPLY)
    if len(cleaned) > MAX_MESSAGE_CHARS:
        return CheckedMessage(text=cleaned, reply=TOO_LONG_REPLY)
    return CheckedMessage(text=cleaned)
