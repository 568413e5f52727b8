"""Rasa's Telegram channel, configured from environment variables (off when unset).

credentials.yml cannot hold ``${TELEGRAM_TOKEN}``: Rasa stops when a variable there is
not set. This subclass reads the environment itself:

    TELEGRAM_TOKEN          bot token from @BotFather           (required)
    TELEGRAM_BOT_NAME       the bot's username, without "@"     (required)
    TELEGRAM_WEBHOOK_URL    public HTTPS URL of /webhooks/telegram/webhook (required)
    TELEGRAM_WEBHOOK_SECRET optional; sent to Telegram with setWebhook, and every update
                            must then carry it in X-Telegram-Bot-Api-Secret-Token
    TELEGRAM_API_URL        optional Bot API base URL (default https://api.telegram.org;
                            the tests point it at a local fake server)

Without the three required variables the channel is off: it registers no routes and
says so once in the log. Message texts are never logged.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import os
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import aiohttp
from aiogram import Bot
from aiogram.bot import api
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput

from channels.guard import guard_handler
from sanic import Blueprint, response
from sanic.request import Request

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


class KrampbotTelegramOutput(TelegramOutput):
    """``TelegramOutput`` with a configurable Bot API server and webhook secret."""

    def __init__(
        self,
        access_token: Optional[Text],
        api_url: Optional[Text] = None,
        webhook_secret: Optional[Text] = None,
    ) -> None:
        server = api.TelegramAPIServer.from_base(api_url) if api_url else api.TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)
        self.webhook_secret = webhook_secret

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

        telegram_webhook = super().blueprint(guard_handler(on_new_message))
        if self.webhook_secret:
            secret = self.webhook_secret.encode()

            @telegram_webhook.middleware("request")
            async def check_secret(request: Request) -> Optional[Any]:
                if request.method != "POST":
                    return None
                given = (request.headers.get(SECRET_HEADER) or "").encode()
                if not hmac.compare_digest(given, secret):
                    logger.warning("Telegram: update without the right secret token refused.")
                    return response.text("forbidden", status=403)
                return None

        logger.info(
            "Telegram channel is on for bot @%s (webhook secret %s).",
            self.verify, "set" if self.webhook_secret else "not set",
        )
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
                return await channel.set_webhook(url=self.webhook_url)
            finally:
                if channel._session is not None:  # it belongs to this short-lived loop;
                    await channel._session.close()  # the server loop opens its own

        try:
            if asyncio.run(set_webhook()):
                logger.info("Telegram: webhook registered.")
            else:
                logger.warning("Telegram: setWebhook did not return ok.")
        except (TelegramAPIError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            # Keep the bot (web page, REST) running; `make telegram-webhook` can retry.
            # Only the error type: aiohttp errors can carry the URL, which holds the token.
            logger.warning("Telegram: setting the webhook failed (%s).", type(error).__name__)
        return channel
