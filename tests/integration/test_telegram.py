"""Telegram, without internet: Rasa's Telegram channel against a local fake Bot API.

The fake server (loopback, a thread) records every Bot API call and answers in the Bot
API's shape. Real Telegram update JSON is posted to /webhooks/telegram/webhook.
"""
from __future__ import annotations

import json
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

from tests.support.servers import ROOT, Servers, free_port, start_servers

TOKEN = "123456789:AAFakeTokenForKrampbotTests_abcdefghij"
BOT_NAME = "krampbot_test_bot"
WEBHOOK_URL = "https://krampbot.example.nl/webhooks/telegram/webhook"
SECRET = "geheim-" + "x" * 20
CHAT_ID = 424242


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

            def do_POST(self) -> None:  # noqa: N802
                self._handle()

            def do_GET(self) -> None:  # noqa: N802
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


def _user() -> Dict[str, Any]:
    return {"id": CHAT_ID, "is_bot": False, "first_name": "Anna", "language_code": "nl"}


def text_update(text: str) -> Dict[str, Any]:
    global _update_id
    _update_id += 1
    return {
        "update_id": _update_id,
        "message": {
            "message_id": _update_id, "date": int(time.time()), "text": text,
            "from": _user(),
            "chat": {"id": CHAT_ID, "type": "private", "first_name": "Anna"},
        },
    }


def callback_update(data: str, message_id: int) -> Dict[str, Any]:
    global _update_id
    _update_id += 1
    return {
        "update_id": _update_id,
        "callback_query": {
            "id": str(9000 + _update_id), "from": _user(), "chat_instance": "42",
            "data": data,
            "message": {
                "message_id": message_id, "date": int(time.time()), "text": "...",
                "from": {"id": 123456789, "is_bot": True, "first_name": "Krampbot",
                         "username": BOT_NAME},
                "chat": {"id": CHAT_ID, "type": "private", "first_name": "Anna"},
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


def test_button_press_is_answered(telegram_bot: Servers, fake_api: FakeBotAPI) -> None:
    post_update(telegram_bot, text_update("ik heb vaak kramp in mijn kuit"))
    question = fake_api.sent_messages()[-1]
    buttons = keyboard(question)
    assert [b["text"] for b in buttons] == ["Ja", "Nee"], question
    before = len(fake_api.sent_messages())
    nee = next(b for b in buttons if b["text"] == "Nee")
    response = post_update(telegram_bot, callback_update(nee["callback_data"], 1001))
    assert response.status_code == 200
    sent = fake_api.sent_messages()[before:]
    assert sent, "no answer to the button"
    assert "?" in sent[-1]["text"] and keyboard(sent[-1]), sent[-1]  # the next question
    tracker = telegram_bot.tracker(str(CHAT_ID))
    assert tracker["latest_input_channel"] == "telegram"
    assert tracker["slots"]["been_dik_rood_warm"] is False


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
    result = subprocess.run([sys.executable, "scripts/telegram_webhook.py"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr
    new = fake_api.calls[before:]
    assert {"method": "setWebhook",
            "params": {"url": WEBHOOK_URL, "secret_token": SECRET}} in [
        {"method": c["method"], "params": {k: v for k, v in c["params"].items()
                                           if k in ("url", "secret_token")}} for c in new]
    missing = subprocess.run([sys.executable, "scripts/telegram_webhook.py"], cwd=ROOT,
                             env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode != 0 and "TELEGRAM_TOKEN" in missing.stderr
