"""Rasa's socket.io channel, with the allowed browser origins taken from the environment.

Rasa 3.6's ``SocketIOInput`` creates its ``socketio.AsyncServer`` with
``cors_allowed_origins=[]``, which switches python-engineio's origin check off: any web
page could open a socket to the bot. This subclass keeps everything else (URL path
``/socket.io``, events, session persistence) and only sets the allowed origins:

    KRAMPBOT_ALLOWED_ORIGINS  comma-separated origins, e.g. "https://krampbot.example.nl"
                              default: http://localhost:$WEB_PORT, http://127.0.0.1:$WEB_PORT
                              (WEB_PORT defaults to 8080, the page of `make run`)
                              "*" allows every origin (logged as a warning; not for production)

Two fixes for the versions in requirements/lock.txt, same behaviour otherwise:
- python-socketio >= 5.10 made ``AsyncServer.enter_room`` a coroutine; Rasa 3.6 calls it
  without ``await``, so with ``session_persistence: true`` the socket never joined the
  session's room and no bot message reached the browser. ``session_request`` is
  re-registered here with the ``await``.
- Sanic 21.12 (pinned by Rasa 3.6) passes coroutines to ``asyncio.wait`` in its
  websocket code, which Python 3.11 forbids: the websocket upgrade fails. On Python 3.11+
  the socket therefore stays on HTTP long-polling (socket.io's own first transport).

And one display fix: the widget (rasa-webchat) shows ``quick_replies`` only under the
last message. When the bot says several things in one turn (the greeting's topic buttons,
then the safety note), the buttons of an earlier message would vanish. The messages of
one turn are therefore sent together when the turn is done, and the buttons of every
message but the last go as ``buttons`` (shown for good); the last keeps quick replies.
"""
from __future__ import annotations

import inspect
import json
import logging
import os
import sys
import uuid
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple, Union

import rasa.shared.utils.io
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from channels.guard import guard_handler

logger = logging.getLogger(__name__)

ENV_ALLOWED_ORIGINS = "KRAMPBOT_ALLOWED_ORIGINS"
DEFAULT_WEB_PORT = "8080"


def default_origins() -> List[Text]:
    port = os.environ.get("WEB_PORT") or DEFAULT_WEB_PORT
    return [f"http://localhost:{port}", f"http://127.0.0.1:{port}"]


def allowed_origins_from_env() -> Union[Text, List[Text]]:
    """The origins from KRAMPBOT_ALLOWED_ORIGINS; "*" for all; the local page by default."""
    raw = os.environ.get(ENV_ALLOWED_ORIGINS, "")
    origins = [part.strip().rstrip("/") for part in raw.split(",") if part.strip()]
    if not origins:
        return default_origins()
    if "*" in origins:
        return "*"
    return origins


class TurnSocketIOOutput(SocketIOOutput):
    """Collects the bot messages of one turn; ``flush`` sends them (see module doc)."""

    def __init__(self, sio: Any, bot_message_evt: Text) -> None:
        super().__init__(sio, bot_message_evt)
        self._pending: List[Tuple[Text, Dict[Text, Any]]] = []

    async def _send_message(self, socket_id: Text, response: Any) -> None:
        self._pending.append((socket_id, response))

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        await self.flush()
        await super().send_custom_json(recipient_id, json_message, **kwargs)

    async def flush(self) -> None:
        pending, self._pending = self._pending, []
        for index, (socket_id, message) in enumerate(pending):
            if index < len(pending) - 1 and message.get("quick_replies"):
                message = {key: value for key, value in message.items()
                           if key != "quick_replies"}
                message["buttons"] = pending[index][1]["quick_replies"]
            await self.sio.emit(self.bot_message_evt, message, room=socket_id)


class KrampbotSocketIOInput(SocketIOInput):
    """``SocketIOInput`` whose socket only accepts browsers from the allowed origins."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        on_new_message = guard_handler(on_new_message)  # checks input, never silent
        socketio_webhook = super().blueprint(on_new_message)
        origins = allowed_origins_from_env()
        engineio_server: Optional[Any] = getattr(self.sio, "eio", None)
        if engineio_server is None or not hasattr(engineio_server, "cors_allowed_origins"):
            # Fail closed: an unknown python-socketio layout must not leave the socket open.
            raise RuntimeError(
                "Krampbot: cannot set the allowed origins of the socket.io server "
                "(unexpected python-socketio version)."
            )
        engineio_server.cors_allowed_origins = origins
        if sys.version_info >= (3, 11):
            engineio_server.transports = ["polling"]
            engineio_server.allow_upgrades = False
        self._register_session_request()
        self._register_user_message(on_new_message)
        if origins == "*":
            logger.warning(
                "Socket.IO: %s=* - every web page may connect to the bot. "
                "Only use this for local tests.", ENV_ALLOWED_ORIGINS,
            )
        else:
            logger.info("Socket.IO: allowed origins: %s", ", ".join(origins))
        return socketio_webhook

    def _register_session_request(self) -> None:
        """Rasa's ``session_request`` handler, with ``enter_room`` awaited when async."""
        sio = self.sio

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            if data is None:
                data = {}
            if "session_id" not in data or data["session_id"] is None:
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                entered = sio.enter_room(sid, data["session_id"], namespace=self.namespace)
                if inspect.isawaitable(entered):
                    await entered
            await sio.emit("session_confirm", data["session_id"], room=sid,
                           namespace=self.namespace)
            logger.debug(f"User {sid} connected to socketIO endpoint.")

    def _register_user_message(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        """Rasa's message handler, with the turn's messages sent together at the end."""
        sio = self.sio

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Dict) -> None:
            output_channel = TurnSocketIOOutput(sio, self.bot_message_evt)
            if self.session_persistence:
                if not data.get("session_id"):
                    rasa.shared.utils.io.raise_warning(
                        "A message without a valid session_id was received. This message "
                        "will be ignored. Make sure to set a proper session id using the "
                        "`session_request` socketIO event."
                    )
                    return
                sender_id = data["session_id"]
            else:
                sender_id = sid

            metadata = data.get(self.metadata_key, {})
            if isinstance(metadata, Text):
                metadata = json.loads(metadata)
            message = UserMessage(
                data.get("message", ""),
                output_channel,
                sender_id,
                input_channel=self.name(),
                metadata=metadata,
            )
            try:
                await on_new_message(message)
            finally:
                await output_channel.flush()
