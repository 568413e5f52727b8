"""Telegram, without internet: Rasa's Telegram channel against a local fake Bot API.

The fake server (loopback, a thread) records every Bot API call and answers in the Bot
API's shape. Real Telegram update JSON is posted to /webhooks/telegram/webhook, and the
recorded calls show what a Telegram user would see: button taps answered at once,
/start and /help, plain-text messages, long texts split, the summary as one message,
getMe asked once.
"""
from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List
from urllib.parse import parse_qsl

import pytest
import requests

from channels.telegram_text import MAX_MESSAGE_UTF16, NOT_TEXT_REPLY, utf16_len
from tests.support.servers import ROOT, Servers, free_port, start_servers

TOKEN = "123456789:AAFakeTokenForKrampbotTests_abcdefghij"
BOT_NAME = "krampbot_test_bot"
WEBHOOK_URL = "https://krampbot.example.nl/webhooks/telegram/webhook"
SECRET = "geheim-" + "x" * 20
CHAT_ID = 424242
SUMMARY_OFFER = "wil je een korte samenvatting"


class FakeBotAPI:
    """Records Bot API calls: [{"method": ..., "params": {...}}]."""

    def __init__(self) -> None:
        self.calls: List[Dict[str, Any]] = []
        self.lock = threading.Lock()
        self.message_id = 1000
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self._handle()

            def do_GET(self) -> None:
                self._handle()

            def _handle(self) -> None:
                # /bot<token>/<method>
                parts = self.path.split("?")[0].strip("/").split("/")
                if len(parts) != 2 or parts[0] != f"bot{TOKEN}":
                    self._reply(404, {"ok": False, "error_code": 404,
                                      "description": "Not Found"})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                kind = self.headers.get("Content-Type", "")
                if "json" in kind:
                    params = json.loads(raw or "{}")
                else:  # aiogram posts form data
                    params = dict(parse_qsl(raw))
                method = parts[1]
                with fake.lock:
                    fake.calls.append({"method": method, "params": params})
                self._reply(200, {"ok": True, "result": fake.result(method, params)})

            def _reply(self, status: int, body: Dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def result(self, method: str, params: Dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": 123456789, "is_bot": True, "first_name": "Krampbot",
                    "username": BOT_NAME}
        if method == "sendMessage":
            self.message_id += 1
            return {"message_id": self.message_id, "date": int(time.time()),
                    "chat": {"id": int(params["chat_id"]), "type": "private"},
                    "from": {"id": 123456789, "is_bot": True, "first_name": "Krampbot"},
                    "text": params.get("text", "")}
        return True

    def sent_messages(self, chat_id: int = CHAT_ID) -> List[Dict[str, Any]]:
        with self.lock:
            return [c["params"] for c in self.calls if c["method"] == "sendMessage"
                    and str(c["params"].get("chat_id")) == str(chat_id)]

    def methods(self) -> List[str]:
        with self.lock:
            return [c["method"] for c in self.calls]

    def count(self) -> int:
        with self.lock:
            return len(self.calls)

    def calls_since(self, start: int) -> List[Dict[str, Any]]:
        with self.lock:
            return list(self.calls[start:])


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture(scope="module")
def telegram_bot(trained_model: Path, tmp_path_factory, fake_api: FakeBotAPI) -> Iterator[Servers]:
    servers = start_servers(
        tmp_path_factory.mktemp("telegram"), trained_model,
        extra_env={
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_BOT_NAME": BOT_NAME,
            "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL,
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TELEGRAM_API_URL": fake_api.url,
        },
    )
    yield servers
    servers.stop()


_update_id = 5000


def _user(chat_id: int = CHAT_ID) -> Dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Anna", "language_code": "nl"}


def message_update(chat_id: int = CHAT_ID, **content: Any) -> Dict[str, Any]:
    global _update_id
    _update_id += 1
    return {
        "update_id": _update_id,
        "message": {
            "message_id": _update_id, "date": int(time.time()),
            "from": _user(chat_id),
            "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
            **content,
        },
    }


def text_update(text: str, chat_id: int = CHAT_ID) -> Dict[str, Any]:
    return message_update(chat_id, text=text)


def callback_update(data: str, message_id: int, chat_id: int = CHAT_ID) -> Dict[str, Any]:
    global _update_id
    _update_id += 1
    return {
        "update_id": _update_id,
        "callback_query": {
            "id": str(9000 + _update_id), "from": _user(chat_id), "chat_instance": "42",
            "data": data,
            "message": {
                "message_id": message_id, "date": int(time.time()), "text": "...",
                "from": {"id": 123456789, "is_bot": True, "first_name": "Krampbot",
                         "username": BOT_NAME},
                "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
            },
        },
    }


def post_update(bot: Servers, update: Dict[str, Any], secret: str = SECRET) -> requests.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    return requests.post(f"{bot.rasa_url}/webhooks/telegram/webhook", json=update,
                         headers=headers, timeout=60)


def keyboard(message: Dict[str, Any]) -> List[Dict[str, Any]]:
    markup = message.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = (markup or {}).get("inline_keyboard") or (markup or {}).get("keyboard") or []
    return [button for row in rows for button in row]


def test_webhook_is_registered_at_startup(telegram_bot: Servers, fake_api: FakeBotAPI) -> None:
    calls = [c for c in fake_api.calls if c["method"] == "setWebhook"]
    assert calls, fake_api.methods()
    assert calls[0]["params"]["url"] == WEBHOOK_URL
    assert calls[0]["params"]["secret_token"] == SECRET
    # /start and /help appear in Telegram's command menu, in Dutch.
    menus = [c for c in fake_api.calls if c["method"] == "setMyCommands"]
    assert menus, fake_api.methods()
    commands = json.loads(menus[0]["params"]["commands"])
    assert [c["command"] for c in commands] == ["start", "help"]
    assert all(c["description"] for c in commands)


def test_text_message_gets_a_dutch_answer(telegram_bot: Servers, fake_api: FakeBotAPI) -> None:
    before = len(fake_api.sent_messages())
    response = post_update(telegram_bot, text_update("wat te doen bij kramp"))
    assert response.status_code == 200 and response.text == "success"
    sent = fake_api.sent_messages()[before:]
    texts = "\n".join(m["text"] for m in sent)
    assert "Rek de spier rustig uit" in texts
    assert "112" in texts  # the safety note comes with the first answer
    # The answer's buttons become an inline keyboard.
    buttons = [b for m in sent for b in keyboard(m)]
    assert buttons, sent
    assert {"text": "Kuit", "callback_data": '/wat_te_doen_bij_kramp{"lichaamsdeel":"kuit"}'} \
        in buttons
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)


def no_or_first(titles: List[str]) -> str:
    """ "Nee" (or "Nee, geen van deze") when it is offered, else the first choice."""
    exact = [t for t in titles if t.strip() == "Nee"]
    starts = [t for t in titles if re.match(r"Nee\b", t.strip())]
    return (exact or starts or titles)[0]


def test_button_press_is_answered(telegram_bot: Servers, fake_api: FakeBotAPI) -> None:
    post_update(telegram_bot, text_update("ik heb vaak kramp in mijn kuit"))
    question = fake_api.sent_messages()[-1]
    buttons = keyboard(question)
    assert len(buttons) >= 2, question
    before = len(fake_api.sent_messages())
    first_call = fake_api.count()
    choice = no_or_first([b["text"] for b in buttons])
    nee = next(b for b in buttons if b["text"] == choice)
    update = callback_update(nee["callback_data"], 1001)
    response = post_update(telegram_bot, update)
    assert response.status_code == 200
    sent = fake_api.sent_messages()[before:]
    assert sent, "no answer to the button"
    # The tap is answered at once (the app stops its spinner), before the bot's reply.
    calls = fake_api.calls_since(first_call)
    methods = [c["method"] for c in calls]
    assert methods[0] == "answerCallbackQuery", methods
    assert calls[0]["params"]["callback_query_id"] == update["callback_query"]["id"]
    assert methods.count("answerCallbackQuery") == 1
    assert "?" in sent[-1]["text"] and keyboard(sent[-1]), sent[-1]  # the next question
    tracker = telegram_bot.tracker(str(CHAT_ID))
    assert tracker["latest_input_channel"] == "telegram"
    assert tracker["latest_message"]["text"] == nee["callback_data"]  # the tap's payload


def test_start_greets_and_help_lists_the_topics(telegram_bot: Servers,
                                                fake_api: FakeBotAPI) -> None:
    chat = CHAT_ID + 1
    before = len(fake_api.sent_messages(chat))
    assert post_update(telegram_bot, text_update("/start", chat)).status_code == 200
    sent = fake_api.sent_messages(chat)[before:]
    assert any(m["text"].startswith("Hallo! Ik ben Krampbot") for m in sent), sent
    tracker = telegram_bot.tracker(str(chat))
    assert tracker["latest_message"]["intent"]["name"] == "greet"

    before = len(fake_api.sent_messages(chat))
    assert post_update(telegram_bot, text_update(f"/help@{BOT_NAME}", chat)).status_code == 200
    sent = fake_api.sent_messages(chat)[before:]
    assert sent, "no answer to /help"
    topics = [b["text"] for m in sent for b in keyboard(m)]
    assert "Wat doe ik bij kramp?" in topics and len(topics) >= 8, topics
    # Many long titles: one button per row, so nothing is cut off on a phone.
    markup = json.loads(sent[-1]["reply_markup"])
    assert all(len(row) == 1 for row in markup["inline_keyboard"])
    tracker = telegram_bot.tracker(str(chat))
    assert tracker["latest_message"]["intent"]["name"] == "help"


def test_summary_is_one_message(telegram_bot: Servers, fake_api: FakeBotAPI) -> None:
    """Answer the follow-up questions with the buttons ("Nee" when offered, else the
    first) until the summary is offered; the summary then comes as one message, exactly
    the text Krampbot sent, ready to forward."""
    chat = CHAT_ID + 2
    post_update(telegram_bot, text_update("ik heb vaak kramp in mijn kuit", chat))
    for _ in range(25):
        last = fake_api.sent_messages(chat)[-1]
        buttons = keyboard(last)
        assert buttons, f"a question without buttons: {last['text']!r}"
        titles = [b["text"] for b in buttons]
        if SUMMARY_OFFER in last["text"].lower() and "Ja, laat zien" in titles:
            choice = "Ja, laat zien"
        else:
            choice = no_or_first(titles)
        before = len(fake_api.sent_messages(chat))
        data = next(b["callback_data"] for b in buttons if b["text"] == choice)
        assert post_update(telegram_bot, callback_update(data, 2000, chat)).status_code == 200
        if choice == "Ja, laat zien":
            break
    else:
        raise AssertionError("the summary was never offered")
    sent = fake_api.sent_messages(chat)[before:]
    summaries = [m["text"] for m in sent if m["text"].startswith("Samenvatting voor")]
    assert len(summaries) == 1, [m["text"] for m in sent]
    events = telegram_bot.tracker(str(chat))["events"]
    stored = [e["text"] for e in events
              if e["event"] == "bot" and (e.get("text") or "").startswith("Samenvatting voor")]
    assert summaries == [stored[-1].strip()]
    assert len(summaries[0].splitlines()) > 3  # the whole summary, not its first paragraph
    assert re.search(r"^Datum: \d{1,2} [a-z]+ \d{4}$", summaries[0], re.M), summaries[0]


def test_photo_or_sticker_gets_a_dutch_reply(telegram_bot: Servers,
                                             fake_api: FakeBotAPI) -> None:
    chat = CHAT_ID + 3
    sticker = {"file_id": "abc", "file_unique_id": "abc", "width": 512, "height": 512,
               "is_animated": False}
    assert post_update(telegram_bot, message_update(chat, sticker=sticker)).status_code == 200
    assert [m["text"] for m in fake_api.sent_messages(chat)] == [NOT_TEXT_REPLY]


def test_unreadable_update_is_not_resent(telegram_bot: Servers) -> None:
    # Telegram resends an update until it gets a 2xx: a broken one must not loop forever.
    response = requests.post(f"{telegram_bot.rasa_url}/webhooks/telegram/webhook",
                             data=b"{not json", timeout=30,
                             headers={"X-Telegram-Bot-Api-Secret-Token": SECRET,
                                      "Content-Type": "application/json"})
    assert response.status_code == 200


def _send_directly(fake_api: FakeBotAPI, text: str, buttons=None) -> List[Dict[str, Any]]:
    """Send through Krampbot's Telegram output channel (in this process) to the fake API;
    returns the sendMessage calls it made."""
    from channels.telegram_channel import KrampbotTelegramOutput

    async def run() -> None:
        output = KrampbotTelegramOutput(TOKEN, fake_api.url)
        try:
            if buttons:
                await output.send_text_with_buttons(str(CHAT_ID + 9), text, buttons)
            else:
                await output.send_text_message(str(CHAT_ID + 9), text)
        finally:
            await output.session.close()

    start = fake_api.count()
    asyncio.run(run())
    return [c["params"] for c in fake_api.calls_since(start) if c["method"] == "sendMessage"]


def test_texts_are_sent_as_plain_text(fake_api: FakeBotAPI) -> None:
    """Characters that mean something in Telegram's Markdown or HTML arrive as typed."""
    text = ("Let op: *niet* _dit_ [link](https://x.nl) <b>vet</b> & `code` ~x~ "
            "1 < 2 > 0 #tag {a} (b) !\n\nDatum: 26 november 2026")
    sent = _send_directly(fake_api, text)
    assert [m["text"] for m in sent] == [text]  # one message, blank line kept
    assert "parse_mode" not in sent[0] and "entities" not in sent[0]


def test_long_texts_are_split_below_telegrams_limit(fake_api: FakeBotAPI) -> None:
    paragraph = ("Kramp is een plotselinge, pijnlijke samentrekking van een spier. " * 15).strip()
    text = "\n\n".join(f"{i}. {paragraph}" for i in range(10))  # ~9,800 characters
    buttons = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
    sent = _send_directly(fake_api, text, buttons)
    assert len(sent) == 3
    assert all(utf16_len(m["text"]) <= MAX_MESSAGE_UTF16 for m in sent)
    assert re.sub(r"\s+", " ", " ".join(m["text"] for m in sent)) == re.sub(r"\s+", " ", text)
    assert all(m["text"].endswith(".") for m in sent)  # cut between paragraphs
    # The buttons come once, under the last part.
    assert [bool(m.get("reply_markup")) for m in sent] == [False, False, True]
    assert [b["text"] for b in keyboard(sent[-1])] == ["Ja", "Nee"]


def test_get_me_is_asked_once_and_nothing_has_a_parse_mode(telegram_bot: Servers,
                                                           fake_api: FakeBotAPI) -> None:
    """Runs after the others: many updates, one getMe (Rasa asked on every update)."""
    for text in ("hallo", "wat te doen bij kramp"):
        assert post_update(telegram_bot, text_update(text, CHAT_ID + 4)).status_code == 200
    updates_handled = sum(1 for m in fake_api.methods() if m == "sendMessage")
    assert updates_handled > 10
    assert fake_api.methods().count("getMe") == 1
    with fake_api.lock:
        sent = [c["params"] for c in fake_api.calls if c["method"] == "sendMessage"]
    assert not any("parse_mode" in m for m in sent)


def test_update_without_the_secret_is_refused(telegram_bot: Servers,
                                               fake_api: FakeBotAPI) -> None:
    before = len(fake_api.calls)
    assert post_update(telegram_bot, text_update("hallo"), secret="").status_code == 403
    assert post_update(telegram_bot, text_update("hallo"), secret="fout").status_code == 403
    assert len(fake_api.calls) == before


def test_telegram_is_off_without_variables(trained_model: Path, tmp_path_factory,
                                           bot: Servers) -> None:
    """The shared `bot` fixture runs without TELEGRAM_*: no route, one log line."""
    if bot.env.get("TELEGRAM_TOKEN"):
        pytest.skip("TELEGRAM_TOKEN is set in this environment")
    response = requests.post(f"{bot.rasa_url}/webhooks/telegram/webhook",
                             json=text_update("hallo"), timeout=10)
    assert response.status_code == 404
    log = bot.log_path.read_text(errors="replace")
    assert log.count("Telegram channel is off") == 1


def test_make_telegram_webhook_script(fake_api: FakeBotAPI) -> None:
    env = {"PATH": "/usr/bin:/bin", "TELEGRAM_TOKEN": TOKEN,
           "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL, "TELEGRAM_WEBHOOK_SECRET": SECRET,
           "TELEGRAM_API_URL": fake_api.url}
    before = len(fake_api.calls)
    result = subprocess.run([sys.executable, "-m", "scripts.ops.telegram_webhook"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr
    new = fake_api.calls[before:]
    menus = [c for c in new if c["method"] == "setMyCommands"]
    assert [c["command"] for c in menus[0]["params"]["commands"]] == ["start", "help"]
    assert {"method": "setWebhook",
            "params": {"url": WEBHOOK_URL, "secret_token": SECRET}} in [
        {"method": c["method"], "params": {k: v for k, v in c["params"].items()
                                           if k in ("url", "secret_token")}} for c in new]
    missing = subprocess.run([sys.executable, "-m", "scripts.ops.telegram_webhook"], cwd=ROOT,
                             env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode != 0 and "TELEGRAM_TOKEN" in missing.stderr


@pytest.mark.parametrize("secret", ["", "kort"])
def test_telegram_without_a_valid_secret_stops_the_start_with_a_clear_error(
        trained_model: Path, tmp_path_factory, fake_api: FakeBotAPI, secret: str) -> None:
    """Telegram switched on with no (or a too short) webhook secret would accept forged
    updates: the server refuses to start and says which variable to set."""
    env = {"TELEGRAM_TOKEN": TOKEN, "TELEGRAM_BOT_NAME": BOT_NAME,
           "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL, "TELEGRAM_WEBHOOK_SECRET": secret,
           "TELEGRAM_API_URL": fake_api.url}
    with pytest.raises(RuntimeError) as started:
        start_servers(tmp_path_factory.mktemp("no-secret"), trained_model, extra_env=env,
                      with_action_server=False)
    assert "TELEGRAM_WEBHOOK_SECRET ontbreekt of is ongeldig" in str(started.value)
    assert TOKEN not in str(started.value)
