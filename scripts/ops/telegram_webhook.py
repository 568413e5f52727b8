#!/usr/bin/env python3
"""Register Krampbot's Telegram webhook with the Bot API (`make telegram-webhook`).

Reads TELEGRAM_TOKEN and TELEGRAM_WEBHOOK_URL (required), TELEGRAM_WEBHOOK_SECRET and
TELEGRAM_API_URL (optional, default https://api.telegram.org) and calls setWebhook and
setMyCommands (/start and /help in Telegram's menu). `rasa run` also does this at startup; this script is for setting it up or checking it
without (re)starting the bot. The token is never printed.
"""
from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from typing import Any, Dict

from channels.telegram_text import BOT_COMMANDS

ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


def call(api_url: str, token: str, method: str, params: Dict[str, Any]) -> Dict[str, Any]:
    request = urllib.request.Request(
        f"{api_url.rstrip('/')}/bot{token}/{method}",
        data=json.dumps(params).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode() or "{}")
    except urllib.error.HTTPError as error:  # the Bot API answers errors as JSON too
        try:
            return json.loads(error.read().decode() or "{}")
        except ValueError:
            return {"ok": False, "description": f"HTTP {error.code}"}
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return {"ok": False, "description": f"no connection ({type(reason).__name__})"}


def main() -> int:
    token = os.environ.get("TELEGRAM_TOKEN", "").strip()
    webhook_url = os.environ.get("TELEGRAM_WEBHOOK_URL", "").strip()
    secret = os.environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    api_url = os.environ.get("TELEGRAM_API_URL", "").strip() or "https://api.telegram.org"
    missing = [name for name, value in (("TELEGRAM_TOKEN", token),
                                        ("TELEGRAM_WEBHOOK_URL", webhook_url)) if not value]
    if missing:
        print(f"Set {' and '.join(missing)} first (see README, Telegram).", file=sys.stderr)
        return 2
    if not webhook_url.startswith("https://"):
        print("Warning: Telegram only delivers updates to an https:// webhook URL.",
              file=sys.stderr)

    params: Dict[str, Any] = {"url": webhook_url, "allowed_updates": ALLOWED_UPDATES}
    if secret:
        params["secret_token"] = secret
    result = call(api_url, token, "setWebhook", params)
    if not result.get("ok"):
        description = str(result.get("description", "unknown error")).replace(token, "***")
        print(f"setWebhook failed: {description}", file=sys.stderr)
        return 1
    print(f"Webhook set to {webhook_url}" + (" (with secret token)." if secret else "."))
    commands = call(api_url, token, "setMyCommands", {
        "commands": [{"command": c, "description": d} for c, d in BOT_COMMANDS]})
    if not commands.get("ok"):
        description = str(commands.get("description", "unknown error")).replace(token, "***")
        print(f"Warning: setMyCommands failed: {description}", file=sys.stderr)

    info = call(api_url, token, "getWebhookInfo", {})
    details = info.get("result") if info.get("ok") else None
    if isinstance(details, dict):
        print(f"Telegram reports: url={details.get('url', '')!r}, "
              f"pending updates={details.get('pending_update_count', 0)}"
              + (f", last error={details['last_error_message']!r}"
                 if details.get("last_error_message") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
