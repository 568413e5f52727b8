"""Telegram's text rules (channels/telegram_text.py): splitting, commands, buttons."""
from __future__ import annotations

import re

import pytest

from channels.telegram_text import (
    MAX_MESSAGE_UTF16,
    button_rows,
    callback_data,
    command_intent,
    split_message,
    utf16_len,
)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("text, intent", [
    ("/start", "/greet"),
    ("/start@krampbot_bot", "/greet"),
    ("/START", "/greet"),
    ("/start deeplink-123", "/greet"),
    ("/help", "/help"),
    ("  /help@Krampbot_Bot  ", "/help"),
    ("/help@other_bot", None),          # a command for another bot in a group
    ("/wat_te_doen_bij_kramp", None),   # intents stay intents
    ("start", None),
    ("ik wil /start", None),
    ("", None),
])
def test_commands(text, intent) -> None:
    assert command_intent(text, "krampbot_bot") == intent


def test_a_short_text_stays_one_message() -> None:
    summary = ("Samenvatting voor je huisarts:\n- Hoe vaak: elke nacht\n\n"
               "Datum: 26 november 2026")
    assert split_message(summary) == [summary]
    text = "x" * MAX_MESSAGE_UTF16
    assert split_message(text) == [text]
    assert split_message("  \n ") == []


def test_long_text_is_split_at_paragraphs_within_the_limit() -> None:
    paragraph = ("Kramp is een plotselinge, pijnlijke samentrekking van een spier. " * 20).strip()
    text = "\n\n".join([paragraph] * 8)  # ~10,000 characters
    parts = split_message(text)
    assert len(parts) == 3
    assert all(utf16_len(part) <= MAX_MESSAGE_UTF16 for part in parts)
    assert all(part.endswith(".") for part in parts)  # whole paragraphs
    assert _words(" ".join(parts)) == _words(text)


def test_split_counts_utf16_like_telegram() -> None:
    # An emoji is 2 UTF-16 code units: 3,000 characters, yet too long for one message.
    text = "💪 " * 1500
    assert len(text.strip()) < MAX_MESSAGE_UTF16 < utf16_len(text.strip())
    parts = split_message(text)
    assert len(parts) == 2
    assert all(utf16_len(part) <= MAX_MESSAGE_UTF16 for part in parts)
    assert _words(" ".join(parts)) == _words(text)


def test_one_overlong_word_is_cut() -> None:
    text = "a" * 5000 + "🦵" * 10
    parts = split_message(text)
    assert [utf16_len(p) for p in parts] == [4096, 5000 - 4096 + 20]
    assert "".join(parts) == text


def test_buttons_side_by_side_only_when_they_fit() -> None:
    assert button_rows([{"title": "Ja", "payload": "ja"}, {"title": "Nee", "payload": "nee"}]) \
        == [[{"text": "Ja", "callback_data": "ja"}, {"text": "Nee", "callback_data": "nee"}]]
    long = [{"title": "Minder dan 1x per week", "payload": "zelden"},
            {"title": "1 of meer keer per week", "payload": "wekelijks"}]
    assert button_rows(long) == [[{"text": "Minder dan 1x per week", "callback_data": "zelden"}],
                                 [{"text": "1 of meer keer per week",
                                   "callback_data": "wekelijks"}]]
    assert button_rows([]) == []


def test_callback_data_over_64_bytes_falls_back_to_the_title() -> None:
    short = {"title": "Kuit", "payload": '/wat_te_doen_bij_kramp{"lichaamsdeel":"kuit"}'}
    assert callback_data(short) == short["payload"]
    long = {"title": "Wat doe ik bij kramp in mijn bovenbeen?",
            "payload": '/wat_te_doen_bij_kramp{"lichaamsdeel":"bovenbeen","extra":"te lang"}'}
    assert callback_data(long) == long["title"]
    very_long = {"title": "é" * 40, "payload": "/x" + "y" * 70}
    assert len(callback_data(very_long).encode()) <= 64
