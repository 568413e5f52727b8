"""Telegram's rules for texts, commands and buttons, as plain functions (no Rasa, no
aiogram: used by channels/telegram_channel.py and scripts/ops/telegram_webhook.py).

- Texts go out as plain text (no parse mode), so characters like * _ [ ] < > & can never
  break Telegram's formatting; a text longer than Telegram's limit (4096 characters,
  counted in UTF-16 code units as Telegram does) is split at a paragraph, line or word end.
- Telegram's commands are turned into Krampbot's intents: /start greets, /help lists the
  topics (Rasa would read "/start" as an unknown intent).
- Buttons become an inline keyboard: short answers side by side, longer ones one per row.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

MAX_MESSAGE_UTF16 = 4096
MAX_CALLBACK_DATA_BYTES = 64

# Telegram command -> Krampbot intent message. Shown in Telegram's menu (setMyCommands).
COMMAND_INTENTS: Dict[str, str] = {"start": "/greet", "help": "/help", "privacy": "/privacy",
                                   "vergeet": "/vergeet"}
BOT_COMMANDS: Tuple[Tuple[str, str], ...] = (
    ("start", "Begin: een groet en waar je naar kunt vragen"),
    ("help", "Alle onderwerpen waarover je iets kunt vragen"),
)
NOT_TEXT_REPLY = ("Ik kan alleen tekst lezen. Typ je vraag over kramp, of stuur /help "
                  "voor de onderwerpen.")

_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@(?P<bot>[A-Za-z0-9_]+))?(?:\s.*)?$",
                      re.DOTALL)
# Side by side only when they fit on a phone: at most this many, this many characters.
_ROW_MAX_BUTTONS = 3
_ROW_MAX_CHARS = 30


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def command_intent(text: str, bot_name: Optional[str] = None) -> Optional[str]:
    """The intent message for a Telegram command ("/start", "/help@krampbot_bot"), or
    None when the text is not one of Krampbot's commands (or is meant for another bot)."""
    match = _COMMAND.match(text.strip())
    if not match:
        return None
    addressed = match.group("bot")
    if addressed and bot_name and addressed.lower() != bot_name.lower():
        return None
    return COMMAND_INTENTS.get(match.group("name").lower())


def _prefix_within(text: str, limit: int) -> int:
    """The number of characters of `text` that fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def split_message(text: str, limit: int = MAX_MESSAGE_UTF16) -> List[str]:
    """Parts of at most `limit` UTF-16 code units, cut after a paragraph, else a line,
    else a word; only a single overlong word is cut in the middle. A text within the
    limit stays one message (without surrounding whitespace, which Telegram drops)."""
    text = text.strip()
    if utf16_len(text) <= limit:
        return [text] if text else []
    parts: List[str] = []
    rest = text
    while utf16_len(rest) > limit:
        fits = _prefix_within(rest, limit)
        window = rest[:fits]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            position = window.rfind(separator)
            if position > 0:
                cut = position
                break
        if cut <= 0:
            cut = fits
        part = rest[:cut].rstrip()
        if part:
            parts.append(part)
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def callback_data(button: Dict[str, Any]) -> str:
    """The button's payload; a payload over Telegram's 64 bytes (which would make
    Telegram refuse the whole message) is replaced by the button's title, cut to fit."""
    payload = str(button.get("payload") or button.get("title") or "")
    if len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        return payload
    title = str(button.get("title") or "")
    while len(title.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
        title = title[:-1]
    return title


def button_rows(buttons: Sequence[Dict[str, Any]]) -> List[List[Dict[str, str]]]:
    """Inline keyboard rows: a few short buttons on one row, otherwise one per row (long
    titles side by side get cut off on a phone)."""
    keys = [{"text": str(b.get("title", "")), "callback_data": callback_data(b)}
            for b in buttons]
    if len(keys) <= _ROW_MAX_BUTTONS and sum(len(k["text"]) for k in keys) <= _ROW_MAX_CHARS:
        return [keys] if keys else []
    return [[key] for key in keys]
