import pytest

from channels.input_guard import (
    EMPTY_REPLY,
    MAX_MESSAGE_CHARS,
    TOO_LONG_REPLY,
    check_message,
    clean_text,
)


@pytest.mark.parametrize("text", [None, "", "   ", "\n\t ", "\x00\x01", "\u200b\u200b"])
def test_empty_messages_get_the_empty_reply(text):
    checked = check_message(text)
    assert checked.reply == EMPTY_REPLY
    assert checked.text == ""


def test_overlong_message_gets_the_limit_reply():
    checked = check_message("kramp " * 2000)
    assert checked.reply == TOO_LONG_REPLY
    assert str(MAX_MESSAGE_CHARS) in TOO_LONG_REPLY


def test_message_at_the_limit_passes():
    assert check_message("a" * MAX_MESSAGE_CHARS).reply is None


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("ik heb\x00 kramp\x07", "ik heb kramp"),
        ("  kramp\r\nin mijn kuit  ", "kramp in mijn kuit"),
        ("kuit\u200bkramp", "kuitkramp"),
        ("cafe\u0301", "café"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("'; DROP TABLE events; --", "'; DROP TABLE events; --"),
        ("🦵😣", "🦵😣"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
    assert check_message(raw).text == clean
