"""The REST channel (POST /webhooks/rest/webhook) with input checks and the guard.

Same URL and answer format as Rasa's RestInput. Differences: a malformed request gets a
400 with a clear JSON error instead of a 500 or an empty 200, and every message goes
through channels.guard.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import CLIENT_ATTRIBUTE, guard_handler

MAX_SENDER_CHARS = 128


def request_error(body: Any) -> Optional[Text]:
    """Why this webhook body is unusable (in Dutch and English), or None."""
    if not isinstance(body, dict):
        return "Verwacht een JSON-object met 'sender' en 'message' / expected a JSON object."
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return f"'sender' moet een tekst van 1 tot {MAX_SENDER_CHARS} tekens zijn."
    if not isinstance(message, str):
        return "'message' moet een tekst zijn / 'message' must be a string."
    if "metadata" in body and not isinstance(body["metadata"], (dict, type(None))):
        return "'metadata' moet een JSON-object zijn."
    return None


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        webhook = Blueprint("krampbot_rest_webhook", __name__)
        handle = guard_handler(on_new_message)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:
                body = None
            error = request_error(body) if body is not None else "Ongeldige JSON / invalid JSON."
            if error:
                return response.json({"error": error}, status=400)
            metadata: Optional[Dict[Text, Any]] = body.get("metadata")
            collector = CollectingOutputChannel()
            message = UserMessage(body["message"], collector, body["sender"],
                                  input_channel=self.name(), metadata=metadata)
            setattr(message, CLIENT_ATTRIBUTE, request.remote_addr or request.ip)
            await handle(message)
            return response.json(collector.messages)

        return webhook
