"""The web page with the rasa-webchat widget, in a real browser (Debian's chromium).

Starts the real action server + Rasa server (socket.io channel from credentials.yml,
allowed origin = this page) and scripts/serve_web.py on free ports, then talks to
Krampbot through the widget like a visitor: greeting, a question, a quick reply, a
whole triage by buttons, a reload, and HTML typed into the chat.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, List

import pytest
import requests

from tests.support.servers import ROOT, Servers, free_port, start_servers

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
SAFETY_NOTE = ("Krampbot geeft algemene informatie en vervangt je huisarts, verloskundige "
               "of apotheker niet. Bij een noodgeval bel je 112.")
TIMEOUT_MS = 45_000

BOT_TEXTS = ".rw-from-response .rw-message-text"
USER_TEXTS = ".rw-from-client .rw-message-text"
QUICK_REPLIES = ".rw-replies .rw-reply"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="chromium missing: run `make install-browser`"
)


class WebStack:
    def __init__(self, servers: Servers, web_url: str, web: subprocess.Popen) -> None:
        self.servers = servers
        self.web_url = web_url
        self.web = web


@pytest.fixture(scope="module")
def web_stack(trained_model: Path, tmp_path_factory) -> Iterator[WebStack]:
    workdir = tmp_path_factory.mktemp("web")
    web_port = free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    servers = start_servers(
        workdir, trained_model,
        extra_env={"KRAMPBOT_ALLOWED_ORIGINS": web_url, "WEB_PORT": str(web_port)},
    )
    rasa_port = servers.rasa_url.rsplit(":", 1)[1]
    web = subprocess.Popen(
        [sys.executable, "scripts/serve_web.py", "--host", "127.0.0.1",
         "--port", str(web_port), "--rasa-port", rasa_port],
        cwd=ROOT, stdout=open(workdir / "web.log", "w"), stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(web_url + "/", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if web.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("web server did not start: "
                                   + (workdir / "web.log").read_text(errors="replace"))
            time.sleep(0.2)
        yield WebStack(servers, web_url, web)
    finally:
        web.terminate()
        try:
            web.wait(timeout=10)
        except subprocess.TimeoutExpired:
            web.kill()
        servers.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator["playwright_api.Browser"]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


def new_page(browser, web_stack: WebStack, external: List[str], **context_args):
    context = browser.new_context(**context_args)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)

    def record(request) -> None:
        if not request.url.startswith(web_stack.web_url) and \
                not request.url.startswith(web_stack.servers.rasa_url) and \
                not request.url.startswith("data:"):
            external.append(request.url)

    page.on("request", record)
    return context, page


def open_widget(page) -> None:
    page.wait_for_selector(".rw-launcher, .rw-conversation-container")
    if page.locator(".rw-conversation-container").count() == 0:
        page.click(".rw-launcher")
    page.wait_for_selector(".rw-conversation-container")


def bot_texts(page) -> List[str]:
    return page.locator(BOT_TEXTS).all_inner_texts()


def wait_for_bot_text(page, needle: str, after: int = 0) -> str:
    """Wait until a bot message (from index `after` on) contains `needle`; return it."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        for text in bot_texts(page)[after:]:
            if needle.lower() in text.lower():
                return text
        page.wait_for_timeout(250)
    raise AssertionError(f"no bot message with {needle!r}; got: {bot_texts(page)[after:]}")


def send(page, text: str) -> int:
    """Type a message and send it; returns the bot message count before it."""
    before = len(bot_texts(page))
    box = page.locator("textarea.rw-new-message")
    box.fill(text)
    box.press("Enter")
    return before


def wait_for_quiet(page, settle_ms: int = 3500) -> None:
    """Wait until no new bot message arrived for `settle_ms` (the widget delays them)."""
    count, stable_since = -1, time.monotonic()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        now = len(bot_texts(page))
        if now != count:
            count, stable_since = now, time.monotonic()
        elif (time.monotonic() - stable_since) * 1000 >= settle_ms:
            return
        page.wait_for_timeout(200)


def session_id(page) -> str:
    stored = page.evaluate("() => window.sessionStorage.getItem('chat_session')")
    assert stored, "the widget stored no session"
    return json.loads(stored)["session_id"]


def test_page_is_dutch_safe_and_mobile_friendly(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external,
                             viewport={"width": 390, "height": 844}, is_mobile=True,
                             has_touch=True, device_scale_factor=2)
    try:
        response = page.goto(web_stack.web_url + "/")
        assert response.ok
        csp = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in csp
        assert page.get_attribute("html", "lang") == "nl"
        viewport = page.get_attribute('meta[name="viewport"]', "content")
        assert "width=device-width" in viewport
        assert page.locator("#safety-note").inner_text().strip() == SAFETY_NOTE
        # Nothing sticks out sideways on a phone.
        assert page.evaluate(
            "() => document.documentElement.scrollWidth <= window.innerWidth + 1")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-widget-mobile.png"))
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_conversation_in_the_widget(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external,
                             viewport={"width": 1280, "height": 900})
    try:
        page.goto(web_stack.web_url + "/")
        open_widget(page)

        # Opens with the Dutch greeting and the safety note (initPayload /greet).
        wait_for_bot_text(page, "Hallo! Ik ben Krampbot")
        wait_for_bot_text(page, "Ik ben geen vervanging voor je huisarts")
        assert "112" in "\n".join(bot_texts(page))
        # Buttons arrive as quick replies.
        page.wait_for_selector(QUICK_REPLIES)
        assert "Wat doe ik bij kramp?" in page.locator(QUICK_REPLIES).all_inner_texts()
        wait_for_quiet(page)

        # A Dutch question gets the right answer.
        before = send(page, "wat te doen bij kramp")
        wait_for_bot_text(page, "Rek de spier rustig uit", after=before)
        wait_for_quiet(page)

        # A quick reply button is answered.
        before = len(bot_texts(page))
        page.locator(QUICK_REPLIES, has_text="Kramp voorkomen").last.click()
        wait_for_bot_text(page, "Drink genoeg water", after=before)
        assert "Kramp voorkomen" in page.locator(USER_TEXTS).all_inner_texts()
        wait_for_quiet(page)

        # A triage, answered with the buttons, ends with advice.
        before = send(page, "ik heb vaak kramp in mijn kuit")
        wait_for_bot_text(page, "paar korte vragen", after=before)
        advice = None
        for _ in range(12):
            wait_for_quiet(page)
            texts = bot_texts(page)[before:]
            advice = next((t for t in texts if "afspraak" in t.lower()
                           or "zelf aanpakken" in t.lower()), None)
            if advice:
                break
            replies = page.locator(".rw-replies").last.locator(".rw-reply")
            titles = replies.all_inner_texts()
            assert titles, f"a question without buttons: {texts[-1:]}"
            choice = "1 of meer keer per week" if "1 of meer keer per week" in titles else "Nee"
            assert choice in titles, titles
            count = len(bot_texts(page))
            replies.filter(has_text=choice).last.click()
            page.wait_for_function(
                f"() => document.querySelectorAll({json.dumps(BOT_TEXTS)}).length > {count}")
        assert advice and "maak een afspraak" in advice.lower(), advice

        sid = session_id(page)
        tracker = web_stack.servers.tracker(sid)
        assert tracker["latest_input_channel"] == "socketio"
        assert tracker["slots"]["advies"] == "huisarts"
        user_texts = [e.get("text") for e in tracker["events"] if e["event"] == "user"]
        assert "wat te doen bij kramp" in user_texts
        events_before_reload = len(tracker["events"])

        # After a reload the conversation is still there, and it goes on in the same
        # Rasa conversation.
        shown_before = bot_texts(page)
        page.reload()
        open_widget(page)
        page.wait_for_selector(BOT_TEXTS)
        shown_after = bot_texts(page)
        assert any("maak een afspraak" in t.lower() for t in shown_after)
        assert any("Rek de spier rustig uit" in t for t in shown_after)
        assert len(shown_after) >= len(shown_before) - 1
        assert session_id(page) == sid
        before = send(page, "bedankt")
        wait_for_bot_text(page, "Graag gedaan", after=before)
        assert len(web_stack.servers.tracker(sid)["events"]) > events_before_reload

        wait_for_quiet(page, settle_ms=1500)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-widget.png"))
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_html_typed_into_the_chat_is_shown_as_text(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external,
                             viewport={"width": 1280, "height": 900})
    try:
        page.goto(web_stack.web_url + "/")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        wait_for_quiet(page, settle_ms=1500)
        payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
        before = send(page, payload)
        page.wait_for_selector(USER_TEXTS)
        page.wait_for_function(
            f"() => document.querySelectorAll({json.dumps(BOT_TEXTS)}).length > {before}")
        wait_for_quiet(page, settle_ms=1500)
        shown = "\n".join(page.locator(USER_TEXTS).all_inner_texts())
        assert "<script>window.__xss=2</script>" in shown
        assert re.search(r"<img src=x onerror=.window\.__xss=1.>", shown), shown
        assert page.evaluate("() => typeof window.__xss") == "undefined"
        assert page.locator("#webchat img[src='x']").count() == 0
        assert page.locator("#webchat script").count() == 0
    finally:
        context.close()


def test_socket_only_accepts_the_allowed_origins(web_stack: WebStack) -> None:
    url = f"{web_stack.servers.rasa_url}/socket.io/?EIO=4&transport=polling"
    allowed = requests.get(url, headers={"Origin": web_stack.web_url}, timeout=10)
    assert allowed.status_code == 200
    assert allowed.headers.get("Access-Control-Allow-Origin") == web_stack.web_url
    other = requests.get(url, headers={"Origin": "https://evil.example"}, timeout=10)
    assert other.status_code == 400
    assert "Access-Control-Allow-Origin" not in other.headers


def test_web_server_serves_only_its_files(web_stack: WebStack) -> None:
    base = web_stack.web_url
    config = requests.get(base + "/config.json", timeout=5).json()
    assert config["socketUrl"] == web_stack.servers.rasa_url
    bundle = requests.get(base + "/vendor/rasa-webchat.js", timeout=5)
    assert bundle.ok and b"fonts.googleapis.com" not in bundle.content
    for path in ("/package.json", "/node_modules/rasa-webchat/package.json",
                 "/../credentials.yml", "/%2e%2e/credentials.yml", "/web/app.js"):
        assert requests.get(base + path, timeout=5).status_code == 404, path
