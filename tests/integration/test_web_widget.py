"""The web page with the rasa-webchat widget, in a real browser (Debian's chromium).

Starts the real action server + Rasa server (socket.io channel from credentials.yml,
allowed origin = this page) and webserver/serve_web.py on free ports, then talks to
Krampbot through the widget like a visitor: greeting, a question, a quick reply, a
whole triage by buttons, a reload, and HTML typed into the chat.

Accessibility (WCAG 2.1 AA): axe-core (web/node_modules, installed by `npm ci`) must
find no violation of any impact on the page, with the widget open, after an answer with
quick replies and after a triage advice, on desktop and phone sizes and at 200% zoom;
the chat is used with the keyboard only; the summary is copied and printed.
Screenshots go to test-artifacts/ (listed in the README).
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

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
LAST_BOT_MESSAGE = ".rw-from-response .rw-message"
AXE_JS = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
SUMMARY_OFFER = "wil je een korte samenvatting"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}
# A 1280x900 window at 200% zoom lays the page out in 640x450 CSS pixels.
ZOOM_200 = {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="chromium missing: run `make install-browser`"
)


class WebStack:
    def __init__(self, servers: Servers, web_url: str, web: subprocess.Popen) -> None:
        self.servers = servers
        self.web_url = web_url
        self.web = web


def start_web_server(workdir: Path, web_port: int, args: List[str]) -> subprocess.Popen:
    """webserver/serve_web.py on web_port, ready to answer."""
    web_url = f"http://127.0.0.1:{web_port}"
    log = workdir / f"web-{web_port}.log"
    web = subprocess.Popen(
        [sys.executable, "-m", "webserver.serve_web", "--host", "127.0.0.1",
         "--port", str(web_port), *args],
        cwd=ROOT, stdout=open(log, "w"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(web_url + "/", timeout=2).ok:
                return web
        except requests.RequestException:
            pass
        if web.poll() is not None or time.monotonic() > deadline:
            stop_process(web)
            raise RuntimeError("web server did not start: " + log.read_text(errors="replace"))
        time.sleep(0.2)


def stop_process(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def web_stack(trained_model: Path, tmp_path_factory) -> Iterator[WebStack]:
    workdir = tmp_path_factory.mktemp("web")
    web_port = free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    servers = start_servers(
        workdir, trained_model,
        extra_env={"KRAMPBOT_ALLOWED_ORIGINS": web_url, "WEB_PORT": str(web_port)},
    )
    try:
        rasa_port = servers.rasa_url.rsplit(":", 1)[1]
        web = start_web_server(workdir, web_port, ["--rasa-port", rasa_port])
        try:
            yield WebStack(servers, web_url, web)
        finally:
            stop_process(web)
    finally:
        servers.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[playwright_api.Browser]:
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


def axe_violations(page) -> List[Dict[str, Any]]:
    """Every axe-core violation on the page now (all rules, any impact)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated by the test driver, not loaded by the page: the page's CSP and its
        # "no other files" rule stay as they are.
        page.evaluate(AXE_JS.read_text())
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
        }"""
    )


def assert_accessible(page, where: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe-core violations {where}:\n" + "\n".join(
        f"- {v['impact']} {v['id']} ({v['help']}): {v['nodes'][:3]}" for v in violations)


def last_bot_replies(page):
    """The quick replies under the last bot message (empty when it has none)."""
    return page.locator(LAST_BOT_MESSAGE).last.locator(".rw-reply")


def no_or_first(titles: List[str]) -> str:
    """ "Nee" (or "Nee, geen van deze") when it is offered, else the first choice."""
    exact = [t for t in titles if t.strip() == "Nee"]
    starts = [t for t in titles if re.match(r"Nee\b", t.strip())]
    return (exact or starts or titles)[0]


def drive_triage_to_summary(page, at_offer: Optional[Callable[[], None]] = None) -> None:
    """Start the follow-up questions and answer them with the buttons: "Nee" when it is
    offered, else the first button, until the summary is offered (after the advice:
    `at_offer` runs then); then ask for it. Independent of the questions' wording, order
    and number."""
    before = send(page, "ik heb vaak kramp in mijn kuit")
    for _ in range(25):
        wait_for_quiet(page)
        last = page.locator(LAST_BOT_MESSAGE).last
        replies = last.locator(".rw-reply")
        titles = replies.all_inner_texts()
        if SUMMARY_OFFER in last.inner_text().lower() and "Ja, laat zien" in titles:
            if at_offer:
                at_offer()
            count = len(bot_texts(page))
            replies.filter(has_text="Ja, laat zien").click()
            page.wait_for_function(
                f"() => document.querySelectorAll({json.dumps(BOT_TEXTS)}).length > {count}")
            wait_for_quiet(page, settle_ms=2000)
            return
        assert titles, f"a message without buttons: {bot_texts(page)[before:][-3:]}"
        choice = no_or_first(titles)
        count = len(bot_texts(page))
        replies.filter(has_text=re.compile(f"^{re.escape(choice)}$")).first.click()
        page.wait_for_function(
            f"() => document.querySelectorAll({json.dumps(BOT_TEXTS)}).length > {count}")
    raise AssertionError(f"no summary offer; last messages: {bot_texts(page)[-4:]}")


def active_element(page) -> Dict[str, Any]:
    """What has the keyboard focus, and whether that focus is visible."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(), id: el.id, cls: el.className || '',
                text: (el.innerText || '').trim(), label: el.getAttribute('aria-label'),
                outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
                inWidget: !!el.closest('#webchat'),
            };
        }"""
    )


def tab_to(page, matches, key: str = "Tab", limit: int = 60) -> Dict[str, Any]:
    """Press Tab (or Shift+Tab) until the focused element matches; return it."""
    for _ in range(limit):
        page.keyboard.press(key)
        focused = active_element(page)
        if matches(focused):
            return focused
    raise AssertionError(f"{key} never reached the element; last: {active_element(page)}")


def scroll_with(page, key: str) -> float:
    """Press a key in the focused message list; its scroll position once it settled
    (Chromium animates keyboard scrolling)."""
    page.keyboard.press(key)
    position, stable_since = None, time.monotonic()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        now = page.evaluate("() => document.getElementById('rw-messages').scrollTop")
        if now != position:
            position, stable_since = now, time.monotonic()
        elif time.monotonic() - stable_since >= 0.4:
            break
        page.wait_for_timeout(50)
    return position


def assert_focus_visible(focused: Dict[str, Any]) -> None:
    assert focused["outline"] >= 2, f"no visible focus on {focused}"


def assert_no_horizontal_scrolling(page) -> None:
    overflow = page.evaluate(
        """() => {
            const out = [];
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth > width + 1) out.push('page');
            const list = document.getElementById('rw-messages');
            if (list && list.scrollWidth > list.clientWidth + 1) out.push('message list');
            document.querySelectorAll('#webchat .rw-message, #webchat .rw-reply, '
                                      + '#webchat .rw-sender, #webchat .rw-header')
                .forEach(el => {
                    const box = el.getBoundingClientRect();
                    if (box.width && (box.left < -1 || box.right > width + 1))
                        out.push(el.className + ' ' + Math.round(box.right));
                });
            return out;
        }"""
    )
    assert overflow == [], f"sticks out sideways: {overflow}"


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def load_serve_web():
    return importlib.import_module("webserver.serve_web")


def test_page_is_dutch_safe_and_mobile_friendly(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **PHONE)
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
        assert_no_horizontal_scrolling(page)
        page.wait_for_selector(".rw-launcher")
        assert_accessible(page, "on the page (phone)")

        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        page.wait_for_selector(QUICK_REPLIES)
        wait_for_quiet(page)
        assert_no_horizontal_scrolling(page)
        assert_accessible(page, "with the widget open (phone)")
        screenshot(page, "web-widget-mobile.png")

        before = send(page, "wat te doen bij kramp")
        wait_for_bot_text(page, "Rek de spier rustig uit", after=before)
        wait_for_quiet(page)
        assert last_bot_replies(page).count() > 0, "the answer has no quick replies"
        assert_no_horizontal_scrolling(page)
        assert_accessible(page, "after an answer with quick replies (phone)")

        drive_triage_to_summary(
            page, at_offer=lambda: assert_accessible(page, "after a triage advice (phone)"))
        wait_for_bot_text(page, "Samenvatting voor")
        page.wait_for_selector("#webchat .kb-copy-summary")
        assert_no_horizontal_scrolling(page)
        assert_accessible(page, "with the summary and its buttons (phone)")

        # On a phone the chat covers the page; its own close button closes it.
        page.get_by_role("button", name="Sluit de chat").click()
        page.wait_for_selector(".rw-conversation-container", state="detached")
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_conversation_in_the_widget(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **DESKTOP)
    try:
        page.goto(web_stack.web_url + "/")
        page.wait_for_selector(".rw-launcher")
        # The page says when Krampbot answers (Rasa takes a while to start).
        page.wait_for_function(
            "() => document.getElementById('chat-status').textContent"
            " === 'Krampbot is er klaar voor.'")
        assert page.get_attribute("#chat-status", "role") == "status"
        assert_accessible(page, "on the page")
        screenshot(page, "web-page.png")
        open_widget(page)

        # Opens with the Dutch greeting and the safety note (initPayload /greet).
        wait_for_bot_text(page, "Hallo! Ik ben Krampbot")
        assert "112" in "\n".join(bot_texts(page))  # the safety note comes with it
        # Buttons arrive as quick replies.
        page.wait_for_selector(QUICK_REPLIES)
        assert "Wat doe ik bij kramp?" in page.locator(QUICK_REPLIES).all_inner_texts()
        wait_for_quiet(page)
        assert_accessible(page, "with the widget open")

        # A Dutch question gets the right answer.
        before = send(page, "wat te doen bij kramp")
        wait_for_bot_text(page, "Rek de spier rustig uit", after=before)
        wait_for_quiet(page)
        assert last_bot_replies(page).count() > 0, "the answer has no quick replies"
        assert_accessible(page, "after an answer with quick replies")

        # A quick reply button is answered ("Kuit": the answer fits the body part).
        before = len(bot_texts(page))
        last_bot_replies(page).filter(has_text=re.compile("^Kuit$")).click()
        wait_for_bot_text(page, "kuit", after=before)
        assert "Kuit" in page.locator(USER_TEXTS).all_inner_texts()
        wait_for_quiet(page)

        # A triage, answered with the buttons, ends with advice (then the summary).
        before = len(bot_texts(page))
        offered: Dict[str, str] = {}

        def at_offer() -> None:
            offered["advice"] = bot_texts(page)[-2]  # the message before the offer
            assert_accessible(page, "after a triage advice")

        drive_triage_to_summary(page, at_offer=at_offer)
        wait_for_bot_text(page, "paar korte vragen", after=before)
        summary = wait_for_bot_text(page, "Samenvatting voor", after=before)
        assert offered["advice"] and "Samenvatting voor" not in offered["advice"]

        sid = session_id(page)
        tracker = web_stack.servers.tracker(sid)
        assert tracker["latest_input_channel"] == "socketio"
        assert tracker["slots"]["advies"] in ("zelfzorg", "huisarts", "huisarts_vandaag")
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
        assert offered["advice"] in shown_after
        assert summary in shown_after
        assert any("Rek de spier rustig uit" in t for t in shown_after)
        assert len(shown_after) >= len(shown_before) - 1
        assert session_id(page) == sid
        before = send(page, "bedankt")
        wait_for_bot_text(page, "Graag gedaan", after=before)
        assert len(web_stack.servers.tracker(sid)["events"]) > events_before_reload

        wait_for_quiet(page, settle_ms=1500)
        screenshot(page, "web-widget.png")
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_keyboard_only(browser, web_stack: WebStack) -> None:
    """Open the chat, type, choose a quick reply, scroll the messages and close it, with
    the keyboard only and a visible focus; every control has a Dutch name."""
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **DESKTOP)
    try:
        page.goto(web_stack.web_url + "/")
        page.wait_for_selector(".rw-launcher")
        # Dutch accessible names, as screen readers compute them.
        page.get_by_role("region", name="Chat met Krampbot").wait_for(state="attached")
        launcher = page.get_by_role("button", name="Open de chat met Krampbot")
        assert launcher.get_attribute("aria-expanded") == "false"

        # Open: Tab to the page's "Start de chat" button, Enter.
        focused = tab_to(page, lambda f: f["id"] == "open-chat")
        assert_focus_visible(focused)
        page.keyboard.press("Enter")
        page.wait_for_selector(".rw-conversation-container")
        page.wait_for_function(
            "() => document.activeElement.matches('textarea.rw-new-message')")
        assert_focus_visible(active_element(page))
        page.get_by_role("heading", name="Krampbot", level=2).wait_for()
        page.get_by_role("textbox", name="Je bericht aan Krampbot").wait_for()
        page.get_by_role("log", name="Gesprek met Krampbot").wait_for()
        assert page.get_by_role("button", name="Sluit de chat").get_attribute(
            "aria-expanded") == "true"
        wait_for_bot_text(page, "Hallo")
        wait_for_quiet(page, settle_ms=2000)

        # Type a question and send it with Enter (and the send button has a name).
        page.keyboard.type("wat te doen bij kramp")
        assert page.get_by_role("button", name="Verstuur").is_enabled()
        before = len(bot_texts(page))
        page.keyboard.press("Enter")
        wait_for_bot_text(page, "Rek de spier rustig uit", after=before)
        wait_for_quiet(page)

        # Choose a quick reply: Shift+Tab from the message box reaches the buttons.
        titles = last_bot_replies(page).all_inner_texts()
        assert titles
        focused = tab_to(page, lambda f: "rw-reply" in f["cls"] and f["text"] in titles,
                         key="Shift+Tab")
        assert focused["tag"] == "button" and focused["inWidget"]
        assert_focus_visible(focused)
        chosen = focused["text"]
        before = len(bot_texts(page))
        page.keyboard.press("Enter")
        page.wait_for_function(
            f"() => document.querySelectorAll({json.dumps(BOT_TEXTS)}).length > {before}")
        assert chosen in page.locator(USER_TEXTS).all_inner_texts()
        # The chosen button is gone; the focus went to the message box, not the page top.
        page.wait_for_function(
            "() => document.activeElement.matches('textarea.rw-new-message')")
        wait_for_quiet(page)

        # Scroll the messages: the message list takes the focus and the arrow keys.
        focused = tab_to(page, lambda f: f["id"] == "rw-messages", key="Shift+Tab")
        assert_focus_visible(focused)
        bottom = page.evaluate("() => { const list = document.getElementById('rw-messages');"
                               " return list.scrollHeight - list.clientHeight; }")
        assert bottom > 100, "the conversation should be longer than the window"
        assert scroll_with(page, "Home") == 0
        assert scroll_with(page, "End") >= bottom - 2
        assert scroll_with(page, "ArrowUp") < bottom - 2
        assert scroll_with(page, "PageDown") >= bottom - 2
        screenshot(page, "web-widget-keyboard.png")

        # Close with Escape; the focus lands on the launcher, which can open it again.
        page.keyboard.press("Escape")
        page.wait_for_selector(".rw-conversation-container", state="detached")
        page.wait_for_function("() => document.activeElement.matches('.rw-launcher')")
        focused = active_element(page)
        assert "rw-launcher" in focused["cls"], focused
        assert focused["label"] == "Open de chat met Krampbot"
        assert_focus_visible(focused)
        page.keyboard.press("Enter")
        page.wait_for_selector(".rw-conversation-container")
        # ... and the launcher closes it too.
        close = tab_to(page, lambda f: "rw-launcher" in f["cls"])
        assert close["label"] == "Sluit de chat"
        page.keyboard.press("Enter")
        page.wait_for_selector(".rw-conversation-container", state="detached")
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_readable_at_200_percent_zoom(browser, web_stack: WebStack) -> None:
    """Desktop at 200% zoom: no horizontal scrolling, nothing cut off, axe clean."""
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **ZOOM_200)
    try:
        page.goto(web_stack.web_url + "/")
        page.wait_for_selector(".rw-launcher")
        assert_no_horizontal_scrolling(page)
        assert_accessible(page, "on the page at 200%")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        page.wait_for_selector(QUICK_REPLIES)
        before = send(page, "wat te doen bij kramp")
        wait_for_bot_text(page, "Rek de spier rustig uit", after=before)
        wait_for_quiet(page)
        assert_no_horizontal_scrolling(page)
        # The message box and the newest message are on the screen, not under it.
        box = page.locator("textarea.rw-new-message").bounding_box()
        assert box and box["y"] + box["height"] <= 450 + 1, box
        size = page.evaluate(
            "() => parseFloat(getComputedStyle("
            "document.querySelector('.rw-message-text')).fontSize)")
        assert size >= 14, size
        assert_accessible(page, "with the widget open at 200%")
        screenshot(page, "web-widget-zoom-200.png")
    finally:
        context.close()


def test_summary_can_be_copied_and_printed(browser, web_stack: WebStack) -> None:
    """After the follow-up questions, the summary gets a copy and a print button
    (keyboard reachable); both give exactly the text Krampbot sent."""
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"],
                              origin=web_stack.web_url)
    try:
        page.goto(web_stack.web_url + "/")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        wait_for_quiet(page, settle_ms=2000)
        drive_triage_to_summary(
            page, at_offer=lambda: assert_accessible(page, "after a triage advice"))
        shown = wait_for_bot_text(page, "Samenvatting voor")

        # The text Krampbot sent, from the conversation store (not from the screen).
        sid = session_id(page)
        sent = [e["text"] for e in web_stack.servers.tracker(sid)["events"]
                if e["event"] == "bot" and (e.get("text") or "").startswith("Samenvatting voor")]
        assert len(sent) == 1, sent
        summary = sent[0]
        assert shown.splitlines()[0] == summary.splitlines()[0]
        # The contract with the dialogue: the first line names who it is for, and a line
        # gives the date ("Datum: 26 november 2026").
        assert re.search(r"^Datum: \d{1,2} [a-z]+ \d{4}$", summary, re.M), summary

        copy = page.get_by_role("button", name="Kopieer samenvatting")
        copy.wait_for()
        page.get_by_role("group", name="Samenvatting bewaren").wait_for()
        assert_accessible(page, "with the summary and its buttons")

        # Keyboard: from the message box, Shift+Tab reaches the buttons; Enter copies.
        page.locator("textarea.rw-new-message").focus()
        focused = tab_to(page, lambda f: f["text"] == "Kopieer samenvatting",
                         key="Shift+Tab", limit=5)
        assert_focus_visible(focused)
        page.evaluate("() => document.querySelector('.rw-message[data-kb-summary]')"
                      ".scrollIntoView({block: 'start'})")
        screenshot(page, "web-summary.png")
        page.keyboard.press("Enter")
        page.wait_for_function(
            "() => (document.querySelector('.kb-summary-feedback') || {}).textContent"
            "  && document.querySelector('.kb-summary-feedback').textContent"
            "     .startsWith('Gekopieerd')")
        # The confirmation is on the screen, not hidden behind the message box.
        page.wait_for_timeout(400)
        seen = page.evaluate(
            """() => { const f = document.querySelector('.kb-summary-feedback').getBoundingClientRect();
                       const l = document.getElementById('rw-messages').getBoundingClientRect();
                       return f.top >= l.top - 1 && f.bottom <= l.bottom + 1; }""")
        assert seen, "the copy confirmation is cut off"
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied == summary

        # Print: Tab to the next button, Enter. window.print is replaced here to see what
        # would be printed (a real print dialog would block the headless browser).
        page.evaluate(
            """() => { window.__printed = null; window.print = () => {
                window.__printed = document.getElementById('print-summary').textContent; }; }""")
        focused = tab_to(page, lambda f: f["text"] == "Print samenvatting", limit=2)
        assert_focus_visible(focused)
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.__printed !== null")
        assert page.evaluate("() => window.__printed") == summary
        # On paper only the summary is shown, as plain text with its line breaks.
        page.emulate_media(media="print")
        assert page.locator("#print-summary").is_visible()
        assert page.locator("#print-summary").inner_text() == summary
        for hidden in ("main", ".site-header", "#webchat"):
            assert not page.locator(hidden).is_visible(), hidden
        screenshot(page, "web-summary-print.png")
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
        assert not page.locator("#print-summary").is_visible()
        assert page.locator("main").is_visible()
        assert external == [], f"the page loaded something from elsewhere: {external}"
    finally:
        context.close()


def test_page_says_krampbot_is_starting(browser, tmp_path) -> None:
    """Until the socket answers (Rasa still loading), the page says Krampbot is starting."""
    web_port = free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    web = start_web_server(tmp_path, web_port, ["--socket-url", f"http://127.0.0.1:{free_port()}"])
    context = browser.new_context(**DESKTOP)
    try:
        page = context.new_page()
        page.goto(web_url + "/")
        status = page.locator("#chat-status")
        page.wait_for_function(
            "() => document.getElementById('chat-status').textContent.length > 0")
        page.wait_for_timeout(3000)  # several reconnection attempts
        assert status.inner_text() == "Krampbot start op …"
        assert page.get_attribute("#chat-status", "role") == "status"
        # Nothing to click that would not work yet: the widget and the button wait.
        assert not page.locator("#open-chat").is_visible()
        assert not page.locator(".rw-launcher").is_visible()
    finally:
        context.close()
        stop_process(web)


def test_every_widget_patch_applies() -> None:
    """The accessibility patches match the installed widget bundle exactly once each."""
    serve_web = load_serve_web()
    bundle = serve_web.WIDGET_BUNDLE.read_bytes()
    patched, failed = serve_web.patch_widget(bundle)
    assert failed == []
    for _name, original, replacement in serve_web.WIDGET_PATCHES:
        assert bundle.count(original) == 1 and replacement in patched
    assert b"fonts.googleapis.com" not in patched
    # A bundle the patches do not fit is reported, and still served.
    other, failed = serve_web.patch_widget(b"console.log('another widget');")
    assert other == b"console.log('another widget');"
    assert len(failed) == len(serve_web.WIDGET_PATCHES)


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
    assert b'"aria-label":n?"Sluit de chat":"Open de chat met Krampbot"' in bundle.content
    for path in ("/package.json", "/node_modules/rasa-webchat/package.json",
                 "/../credentials.yml", "/%2e%2e/credentials.yml", "/web/app.js"):
        assert requests.get(base + path, timeout=5).status_code == 404, path


NEWEST_MESSAGE_BOX = """() => {
    const list = document.getElementById('rw-messages');
    const bots = document.querySelectorAll('#webchat .rw-from-response .rw-message-text');
    const last = bots[bots.length - 1];
    const l = list.getBoundingClientRect(), m = last.getBoundingClientRect();
    return {top: m.top, height: m.height, listTop: l.top, listBottom: l.bottom};
}"""


@pytest.mark.parametrize("device, name", [(PHONE, "phone"), (ZOOM_200, "zoom-200")])
def test_the_first_line_of_a_long_answer_is_on_the_screen(browser, web_stack: WebStack, device, name) -> None:
    """A long answer or advice is shown from its first line (the action: "Bel vandaag
    nog ...", "Heb je nu ...?"), not scrolled past it, on a phone and at 200% zoom."""
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, **device)
    try:
        page.goto(web_stack.web_url + "/")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        wait_for_quiet(page, settle_ms=2000)
        for message, first_words, shot in (
                ("wanneer moet ik 112 bellen bij kramp", "Bel meteen 112", "112-list"),
                ("mijn kuit is sinds gisteren dik en rood en warm", "Bel vandaag nog", "advice")):
            before = send(page, message)
            wait_for_bot_text(page, first_words, after=before)
            wait_for_quiet(page, settle_ms=2500)
            box = page.evaluate(NEWEST_MESSAGE_BOX)
            # The newest message starts inside the message list, with room for its first line.
            assert box["listTop"] - 1 <= box["top"] <= box["listBottom"] - 20, (message, box)
            screenshot(page, f"web-{name}-long-{shot}.png")
        assert external == []
    finally:
        context.close()


def test_the_panel_uses_the_height_of_a_desktop_screen(browser, web_stack: WebStack) -> None:
    external: List[str] = []
    context, page = new_page(browser, web_stack, external, viewport={"width": 1440, "height": 900})
    try:
        page.goto(web_stack.web_url + "/")
        open_widget(page)
        wait_for_bot_text(page, "Hallo")
        height = page.evaluate("() => document.querySelector('.rw-conversation-container')"
                               ".getBoundingClientRect().height")
        assert height >= 0.8 * 900, height
        screenshot(page, "web-desktop-panel.png")
    finally:
        context.close()
