#!/usr/bin/env python3
"""Serve Krampbot's web page (web/) with the chat widget, Python standard library only.

Serves only a fixed list of files: the page's own files in web/, the widget bundle from
web/node_modules (installed by `make web-install`, i.e. `npm ci`), and /config.json,
which tells the page where Rasa's socket.io channel is. Nothing is loaded from a CDN:
the Content-Security-Policy only allows this server and the Rasa socket.

    WEB_PORT            port of the page (default 8080)
    WEB_HOST            address to listen on (default 127.0.0.1)
    KRAMPBOT_SOCKET_URL Rasa's URL as the browser sees it (default: the page's host name
                        with RASA_PORT, e.g. http://localhost:5005)
    RASA_PORT           Rasa's port for that default (default 5005)

Usage: webserver/serve_web.py [--host H] [--port P] [--socket-url URL]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
WIDGET_BUNDLE = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"

# URL path -> (file, content type). Nothing else is served.
FILES: Dict[str, Tuple[Path, str]] = {
    "/": (WEB / "index.html", "text/html; charset=utf-8"),
    "/index.html": (WEB / "index.html", "text/html; charset=utf-8"),
    "/privacy.html": (WEB / "privacy.html", "text/html; charset=utf-8"),
    "/styles.css": (WEB / "styles.css", "text/css; charset=utf-8"),
    "/app.js": (WEB / "app.js", "text/javascript; charset=utf-8"),
    "/favicon.svg": (WEB / "favicon.svg", "image/svg+xml"),
    "/vendor/rasa-webchat.js": (WIDGET_BUNDLE, "text/javascript; charset=utf-8"),
}
SOCKET_PATH = "/socket.io/"
# rasa-webchat's CSS imports the Inter font from fonts.googleapis.com. The page uses the
# system font instead: the import is cut from the bundle as it is served, so the browser
# never contacts Google (the CSP would block it anyway).
_REMOTE_CSS_IMPORT = re.compile(rb"@import url\(https?://[^)]*\);")

# Accessibility fixes for rasa-webchat 1.0.1 that its options cannot make (WCAG 2.1 AA,
# checked with axe-core and the keyboard in tests/integration/test_web_widget.py).
# Each is an exact piece of the minified bundle and must occur exactly once; a patch
# that no longer matches (another widget version) is reported in the log and by the
# test `test_every_widget_patch_applies`. (name, original, replacement)
WIDGET_PATCHES: Tuple[Tuple[str, bytes, bytes], ...] = (
    (
        "launcher: Dutch name and open/closed state",
        b'o.a.createElement("button",{type:"button",style:{backgroundColor:v},'
        b'className:j.join(" "),onClick:t}',
        b'o.a.createElement("button",{type:"button",style:{backgroundColor:v},'
        b'className:j.join(" "),onClick:t,'
        b'"aria-label":n?"Sluit de chat":"Open de chat met Krampbot","aria-expanded":!!n}',
    ),
    (
        "close button in the header: Dutch name",
        b'o.a.createElement("button",{className:"rw-close-button",onClick:s},'
        b'o.a.createElement("img",{className:"rw-close ".concat(p?"":"rw-default"),'
        b'src:p||He.a,alt:"close"})',
        b'o.a.createElement("button",{type:"button",className:"rw-close-button",onClick:s,'
        b'"aria-label":"Sluit de chat"},'
        b'o.a.createElement("img",{className:"rw-close ".concat(p?"":"rw-default"),'
        b'src:p||He.a,alt:""})',
    ),
    (
        "full-screen button: Dutch name",
        b'o.a.createElement("button",{className:"rw-toggle-fullscreen-button",onClick:a},',
        b'o.a.createElement("button",{type:"button",className:"rw-toggle-fullscreen-button",'
        b'onClick:a,"aria-label":i?"Volledig scherm uit":"Volledig scherm aan"},',
    ),
    (
        "full-screen icon: decorative",
        b'alt:"toggle fullscreen"',
        b'alt:""',
    ),
    (
        "title: a level-2 heading (the page has h1, then h2 sections)",
        b'o.a.createElement("h4",{className:"rw-title ',
        b'o.a.createElement("h2",{className:"rw-title ',
    ),
    (
        "message list: a named log that the keyboard can reach and scroll",
        b'o.a.createElement("div",{id:"rw-messages",style:{backgroundColor:a},'
        b'className:"rw-messages-container"}',
        b'o.a.createElement("div",{id:"rw-messages",style:{backgroundColor:a},'
        b'className:"rw-messages-container",tabIndex:0,role:"log",'
        b'"aria-label":"Gesprek met Krampbot"}',
    ),
    (
        "quick replies: real buttons (keyboard, screen readers) instead of divs",
        b'o.a.createElement("div",{key:t,className:"rw-reply",onClick:function(t){'
        b't.stopPropagation(),r.handleClick(e)},style:p,',
        b'o.a.createElement("button",{type:"button",key:t,className:"rw-reply",'
        b'onClick:function(t){t.stopPropagation(),r.handleClick(e)},style:p,',
    ),
    (
        "message box: Dutch name",
        b'className:"rw-new-message",name:"message",placeholder:n,',
        b'className:"rw-new-message",name:"message",placeholder:n,'
        b'"aria-label":"Je bericht aan Krampbot",',
    ),
    (
        "send button: Dutch name",
        b'o.a.createElement("button",{type:"submit",className:"rw-send",',
        b'o.a.createElement("button",{type:"submit",className:"rw-send","aria-label":"Verstuur",',
    ),
    (
        "send icon: decorative",
        b'viewBox:"0 0 535.5 535.5",xmlSpace:"preserve"}',
        b'viewBox:"0 0 535.5 535.5",xmlSpace:"preserve","aria-hidden":"true",focusable:"false"}',
    ),
)
_HOSTNAME = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])$")

logger = logging.getLogger("krampbot.web")


def patch_widget(bundle: bytes) -> Tuple[bytes, List[str]]:
    """The bundle without the remote font import and with WIDGET_PATCHES applied.

    Returns the patched bundle and the names of the patches that did not match exactly
    once (those are left out; the widget still works, less accessibly)."""
    bundle = _REMOTE_CSS_IMPORT.sub(b"", bundle)
    failed: List[str] = []
    for name, original, replacement in WIDGET_PATCHES:
        if bundle.count(original) != 1:
            failed.append(name)
            continue
        bundle = bundle.replace(original, replacement)
    return bundle, failed


_patched_cache: Dict[Tuple[int, int], bytes] = {}


def patched_widget_bundle(file: Path) -> bytes:
    """The served widget bundle, patched once per version of the file on disk."""
    stat = file.stat()
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _patched_cache.get(key)
    if cached is None:
        cached, failed = patch_widget(file.read_bytes())
        for name in failed:
            logger.error("Widget patch did not apply (rasa-webchat changed?): %s", name)
        _patched_cache.clear()
        _patched_cache[key] = cached
    return cached


def socket_url_for(host_header: Optional[str], configured: Optional[str], rasa_port: str) -> str:
    """Rasa's URL for the browser: the configured one, else this host on RASA_PORT."""
    if configured:
        return configured.rstrip("/")
    hostname = "localhost"
    if host_header:
        candidate = host_header.strip()
        if candidate.startswith("["):
            candidate = candidate.split("]")[0] + "]"
        else:
            candidate = candidate.rsplit(":", 1)[0] if candidate.count(":") == 1 else candidate
        if _HOSTNAME.match(candidate):
            hostname = candidate
    return f"http://{hostname}:{rasa_port}"


def content_security_policy(socket_url: str) -> str:
    parts = urlsplit(socket_url)
    ws_scheme = "wss" if parts.scheme == "https" else "ws"
    socket_origin = f"{parts.scheme}://{parts.netloc}"
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        # The widget adds <style> elements and style attributes.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        f"connect-src 'self' {socket_origin} {ws_scheme}://{parts.netloc}",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])


class Handler(BaseHTTPRequestHandler):
    server_version = "KrampbotWeb"
    sys_version = ""
    socket_url: Optional[str] = None
    rasa_port = "5005"

    def log_message(self, format: str, *args) -> None:
        # Paths only (never message text); quiet unless debugging.
        logger.debug("%s - %s", self.address_string(), format % args)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        path = urlsplit(self.path).path
        socket_url = socket_url_for(self.headers.get("Host"), self.socket_url, self.rasa_port)
        if path == "/config.json":
            body = json.dumps({"socketUrl": socket_url, "socketPath": SOCKET_PATH}).encode()
            self._send(HTTPStatus.OK, "application/json", body, socket_url, head, cache=False)
            return
        entry = FILES.get(path)
        if entry is None:
            self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8",
                       b"Niet gevonden.\n", socket_url, head)
            return
        file, content_type = entry
        try:
            body = patched_widget_bundle(file) if file == WIDGET_BUNDLE else file.read_bytes()
        except OSError:
            logger.warning("Missing %s: run `make web-install`.", file.relative_to(ROOT))
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8",
                       b"De chat is nog niet geinstalleerd (make web-install).\n",
                       socket_url, head)
            return
        self._send(HTTPStatus.OK, content_type, body, socket_url, head,
                   cache=path.startswith("/vendor/"))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, socket_url: str,
              head: bool, cache: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", content_security_policy(socket_url))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "public, max-age=3600" if cache else "no-cache")
        self.end_headers()
        if not head:
            self.wfile.write(body)


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("WEB_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--socket-url", default=os.environ.get("KRAMPBOT_SOCKET_URL") or None)
    parser.add_argument("--rasa-port", default=os.environ.get("RASA_PORT", "5005"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    Handler.socket_url = args.socket_url
    Handler.rasa_port = str(args.rasa_port)
    if not WIDGET_BUNDLE.is_file():
        logger.warning("The chat widget is not installed: run `make web-install` (npm ci in web/).")
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    logger.info("Krampbot web page on http://%s:%d/", args.host, args.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
