"""Rasa's Telegram channel, configured from environment variables (off when unset).

credentials.yml cannot hold ``${TELEGRAM_TOKEN}``: Rasa stops when a variable there is
not set. This subclass reads the environment itself:

    TELEGRAM_TOKEN          bot token from @BotFather           (required)
    TELEGRAM_BOT_NAME       the bot's username, without "@"     (required)
    TELEGRAM_WEBHOOK_URL    public HTTPS URL of /webhooks/telegram/webhook (required)
    TELEGRAM_WEBHOOK_SECRET required; sent to Telegram with setWebhook, and every update
                            must then carry it in X-Telegram-Bot-Api-Secret-Token
    TELEGRAM_API_URL        optional Bot API base URL (default https://api.telegram.org;
                            the tests point it at a local fake server)

Without the three required variables the channel is off: it registers no routes and
says so once in the log. Message texts are never logged.

What differs from Rasa's own channel, so that it feels like a Telegram bot:
- every button tap (callback query) is answered at once (answerCallbackQuery), so the
  app stops its spinner before Krampbot has even thought about the answer;
- getMe (to check the token belongs to TELEGRAM_BOT_NAME) is asked once per process,
  not on every update;
- /start greets (intent greet) and /help lists the topics (intent help); Telegram's menu
  shows both (setMyCommands at startup);
- texts go out as plain text (never a parse mode: nothing in them can break Telegram's
  formatting), one bot message is one Telegram message (Rasa cut at every blank line;
  the summary must stay one message to forward), and texts over Telegram's 4096
  characters are split at a paragraph, line or word end; buttons come under the last part;
- buttons are laid out for a phone (channels/telegram_text.py);
- a photo, sticker or voice message gets a Dutch reply instead of silence;
- an update that cannot be read is answered 200 (Telegram would resend it forever) and
  Rasa's unauthenticated /set_webhook route is gone (`make telegram-webhook` does that).
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import os
import re
from typing import Any, Awaitable, Callable, ClassVar, Dict, List, Optional, Text

import aiohttp
from aiogram import Bot, types
from aiogram.bot import api
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.constants import USER_INTENT_RESTART
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request

from channels.guard import guard_handler
from channels.telegram_text import (
    BOT_COMMANDS,
    COMMAND_INTENTS,
    NOT_TEXT_REPLY,
    button_rows,
    command_intent,
    split_message,
)

logger = logging.getLogger(__name__)

ENV_TOKEN = "TELEGRAM_TOKEN"
ENV_BOT_NAME = "TELEGRAM_BOT_NAME"
ENV_WEBHOOK_URL = "TELEGRAM_WEBHOOK_URL"
ENV_WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET"
ENV_API_URL = "TELEGRAM_API_URL"
REQUIRED = (ENV_TOKEN, ENV_BOT_NAME, ENV_WEBHOOK_URL)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _env(name: Text) -> Optional[Text]:
    value = os.environ.get(name, "").strip()
    return value or None


# Telegram errors worth a warning (never the message: aiohttp errors can carry the URL,
# which holds the token).
_API_ERRORS = (TelegramAPIError, aiohttp.ClientError, asyncio.TimeoutError, OSError)
CALLBACK_ANSWER_TIMEOUT_S = 5


_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{16,256}$")


class TelegramSecretMissing(RasaException):
    """Telegram is switched on without a (valid) webhook secret."""


def check_webhook_secret(secret: Optional[Text]) -> None:
    """With Telegram on, TELEGRAM_WEBHOOK_SECRET is required: a clear start-up error."""
    if not secret or not _SECRET_FORMAT.match(secret):
        raise TelegramSecretMissing(
            f"Telegram staat aan, maar {ENV_WEBHOOK_SECRET} ontbreekt of is ongeldig. Zet een "
            f"willekeurige geheime tekst van 16 tot 256 tekens (A-Z, a-z, 0-9, _ en -), "
            f"bijvoorbeeld: export {ENV_WEBHOOK_SECRET}=$(openssl rand -hex 32). / Telegram is on "
            f"but {ENV_WEBHOOK_SECRET} is missing or invalid: set a random secret of 16-256 "
            f"characters (A-Z, a-z, 0-9, _ and -).")


class KrampbotTelegramOutput(TelegramOutput):
    """``TelegramOutput`` with a configurable Bot API server and webhook secret, plain
    texts that are never cut at blank lines but split at Telegram's limit, phone-sized
    keyboards, and getMe asked once per process."""

    # getMe's answer per token: asked once per process (see get_me).
    _me: ClassVar[Dict[Text, types.User]] = {}
    _me_lock: ClassVar[Optional[asyncio.Lock]] = None

    def __init__(
        self,
        access_token: Optional[Text],
        api_url: Optional[Text] = None,
        webhook_secret: Optional[Text] = None,
    ) -> None:
        server = api.TelegramAPIServer.from_base(api_url) if api_url else api.TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)  # parse_mode None: plain text
        self.access_token = access_token or ""
        self.webhook_secret = webhook_secret

    async def get_me(self) -> types.User:
        """getMe, asked once per process; later calls get the same answer."""
        cached = KrampbotTelegramOutput._me.get(self.access_token)
        if cached is not None:
            return cached
        if KrampbotTelegramOutput._me_lock is None:
            KrampbotTelegramOutput._me_lock = asyncio.Lock()
        async with KrampbotTelegramOutput._me_lock:
            cached = KrampbotTelegramOutput._me.get(self.access_token)
            if cached is None:
                cached = await super().get_me()
                KrampbotTelegramOutput._me[self.access_token] = cached
        return cached

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """One bot message is one Telegram message (split only over 4096 characters)."""
        for part in split_message(text):
            await self.send_message(recipient_id, part)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        button_type: Optional[Text] = "inline",
        **kwargs: Any,
    ) -> None:
        """The text, with the buttons as an inline keyboard under its (last) part."""
        parts = split_message(text) or ["…"]
        if button_type == "reply":  # a reply keyboard asked for in the domain: Rasa's way
            for part in parts[:-1]:
                await self.send_message(recipient_id, part)
            await super().send_text_with_buttons(recipient_id, parts[-1], buttons,
                                                 button_type, **kwargs)
            return
        rows = button_rows(buttons)
        if button_type == "vertical":
            rows = [[key] for row in rows for key in row]
        markup = types.InlineKeyboardMarkup(inline_keyboard=[
            [types.InlineKeyboardButton(**key) for key in row] for row in rows])
        for part in parts[:-1]:
            await self.send_message(recipient_id, part)
        await self.send_message(recipient_id, parts[-1], reply_markup=markup)

    async def answer_button_tap(self, callback_query_id: Text) -> None:
        """answerCallbackQuery: stops the spinner on the tapped button."""
        try:
            await asyncio.wait_for(self.answer_callback_query(callback_query_id),
                                   timeout=CALLBACK_ANSWER_TIMEOUT_S)
        except _API_ERRORS as error:  # e.g. "query is too old": the answer still follows
            logger.warning("Telegram: answerCallbackQuery failed (%s).", type(error).__name__)

    async def set_bot_commands(self) -> None:
        """setMyCommands: /start and /help in Telegram's menu, in Dutch."""
        await self.set_my_commands(
            [types.BotCommand(command, description) for command, description in BOT_COMMANDS])

    async def set_webhook(self, url: Text, **kwargs: Any) -> bool:  # type: ignore[override]
        """setWebhook, with ``secret_token`` when a secret is configured."""
        payload: Dict[Text, Any] = {"url": url}
        payload.update({key: value for key, value in kwargs.items() if value is not None})
        if self.webhook_secret:
            payload["secret_token"] = self.webhook_secret
        return await self.request(api.Methods.SET_WEBHOOK, payload)


class KrampbotTelegramInput(TelegramInput):
    """Telegram input channel from environment variables; off when they are not set."""

    _logged_off = False

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(
            _env(ENV_TOKEN),
            _env(ENV_BOT_NAME),
            _env(ENV_WEBHOOK_URL),
            api_url=_env(ENV_API_URL),
            webhook_secret=_env(ENV_WEBHOOK_SECRET),
        )

    def __init__(
        self,
        access_token: Optional[Text],
        verify: Optional[Text],
        webhook_url: Optional[Text],
        debug_mode: bool = False,
        api_url: Optional[Text] = None,
        webhook_secret: Optional[Text] = None,
    ) -> None:
        # debug_mode=False: an error in one update is logged and answered with 200, so
        # Telegram does not send the same update again and again.
        super().__init__(access_token, (verify or "").lstrip("@") or None, webhook_url,
                         debug_mode=debug_mode)
        self.api_url = api_url
        self.webhook_secret = webhook_secret

    @property
    def configured(self) -> bool:
        return bool(self.access_token and self.verify and self.webhook_url)

    def _log_off_once(self) -> None:
        if KrampbotTelegramInput._logged_off:
            return
        KrampbotTelegramInput._logged_off = True
        missing = [name for name in REQUIRED if not _env(name)]
        if len(missing) == len(REQUIRED):
            logger.info("Telegram channel is off (%s not set).", ", ".join(REQUIRED))
        else:
            logger.warning(
                "Telegram channel is off: %s not set (all of %s are needed).",
                ", ".join(missing), ", ".join(REQUIRED),
            )

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        if not self.configured:
            self._log_off_once()
            return Blueprint("telegram_webhook", __name__)

        check_webhook_secret(self.webhook_secret)
        telegram_webhook = self._webhook_blueprint(guard_handler(on_new_message))
        secret = (self.webhook_secret or "").encode()

        # Whoever learns the webhook URL could post forged updates and make the bot write
        # to any chat: an update without the secret Telegram sends is refused.
        @telegram_webhook.middleware("request")
        async def check_secret(request: Request) -> Optional[Any]:
            if request.method != "POST":
                return None
            given = (request.headers.get(SECRET_HEADER) or "").encode()
            if not hmac.compare_digest(given, secret):
                logger.warning("Telegram: update without the right secret token refused.")
                return response.text("forbidden", status=403)
            return None

        logger.info("Telegram channel is on for bot @%s (webhook secret set).", self.verify)
        return telegram_webhook

    def _webhook_blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """Rasa's webhook routes (GET / and POST /webhook), handled as described above."""
        telegram_webhook = Blueprint("telegram_webhook", __name__)
        out_channel = self.get_output_channel()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> Any:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> Any:
            try:
                update = types.Update(**(request.json or {}))
            except Exception as error:
                logger.warning("Telegram: unreadable update ignored (%s).", type(error).__name__)
                return response.text("success")
            try:
                me = await out_channel.get_me()
            except _API_ERRORS as error:
                logger.error("Telegram: getMe failed (%s).", type(error).__name__)
                return response.text("failed", status=503)  # Telegram retries later
            if me.username != self.verify:
                logger.warning("Telegram: the token belongs to another bot than "
                               "TELEGRAM_BOT_NAME; update ignored.")
                return response.text("failed")

            texts: List[Text] = []
            if update.callback_query is not None:
                query = update.callback_query
                await out_channel.answer_button_tap(query.id)  # at once: before thinking
                chat = query.message.chat if query.message is not None else None
                sender_id = chat.id if chat is not None else query.from_user.id
                texts = [query.data or ""]
            else:
                msg = update.message or update.edited_message
                if msg is None:  # other kinds of updates (channel posts, polls, ...)
                    return response.text("success")
                sender_id = msg.chat.id
                if msg.text is None:
                    await out_channel.send_text_message(sender_id, NOT_TEXT_REPLY)
                    return response.text("success")
                if msg.text.strip() == INTENT_MESSAGE_PREFIX + USER_INTENT_RESTART:
                    texts = [msg.text.strip(), COMMAND_INTENTS["start"]]  # restart, then greet
                else:
                    texts = [command_intent(msg.text, self.verify) or msg.text]

            metadata = self.get_metadata(request)
            for text in texts:
                try:
                    await on_new_message(UserMessage(
                        text, out_channel, sender_id, input_channel=self.name(),
                        metadata=metadata,
                    ))
                except Exception as error:
                    logger.error("Telegram: handling an update failed (%s).",
                                 type(error).__name__)
            return response.text("success")

        return telegram_webhook

    def get_output_channel(self) -> TelegramOutput:
        """The Telegram output; at startup (no running loop) it also sets the webhook."""
        channel = KrampbotTelegramOutput(self.access_token, self.api_url, self.webhook_secret)
        try:
            asyncio.get_running_loop()
            return channel  # inside the server: the webhook was set at startup
        except RuntimeError:
            pass

        async def set_webhook() -> bool:
            try:
                registered = await channel.set_webhook(url=self.webhook_url)
                try:
                    await channel.set_bot_commands()
                except _API_ERRORS as error:
                    logger.warning("Telegram: setMyCommands failed (%s).", type(error).__name__)
                return registered
            finally:
                if channel._session is not None:  # it belongs to this short-lived loop;
                    await channel._session.close()  # the server loop opens its own

        try:
            if asyncio.run(set_webhook()):
                logger.info("Telegram: webhook registered.")
            else:
                logger.warning("Telegram: setWebhook did not return ok.")
        except _API_ERRORS as error:
            # Keep the bot (web page, REST) running; `make telegram-webhook` can retry.
            # Only the error type: aiohttp errors can carry the URL, which holds the token.
            logger.warning("Telegram: setting the webhook failed (%s).", type(error).__name__)
        return channel
