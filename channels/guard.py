"""One guard for every channel: clean input, never silence, never a stack trace.

`guard_handler` wraps Rasa's message handler. Empty or overlong messages get a Dutch
reply without running the bot (rules in channels/input_guard.py). When handling fails,
a custom action fails (action server down), it takes too long (action server slow) or
no reply comes at all, the user gets a short Dutch apology with the advice to call the
huisarts or 112 when urgent. A sender (or client address) sending more than 30
messages a minute gets one short reply instead (channels/rate_limit.py).
Message text is never logged here.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage

from channels.input_guard import FAILURE_REPLY, check_message
from channels.rate_limit import SLOW_DOWN_REPLY, limiter
from startup.patches.action_failures import collect_failures

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[None]]
# The action server call has a hard-coded 5-minute timeout in Rasa; nobody should wait
# that long for an answer about their health.
REPLY_TIMEOUT_S = float(os.environ.get("KRAMPBOT_REPLY_TIMEOUT_S", "10"))
# The channel puts the client's address here (never into the stored message metadata).
CLIENT_ATTRIBUTE = "krampbot_client"


def client_key(message: UserMessage) -> Optional[str]:
    """The client's address as a rate-limit key; loopback is a local proxy (nginx in
    front limits per address itself) or a test, and is not counted."""
    address = getattr(message, CLIENT_ATTRIBUTE, None)
    if not address or address.startswith("127.") or address in ("::1", "localhost"):
        return None
    return f"client:{address}"


def guard_handler(on_new_message: Handler) -> Handler:
    async def guarded(message: UserMessage) -> None:
        output = message.output_channel
        if not limiter().allow(f"sender:{message.sender_id}", client_key(message)):
            logger.warning("A sender is over the rate limit; the message was not handled.")
            await output.send_text_message(message.sender_id, SLOW_DOWN_REPLY)
            return
        checked = check_message(message.text)
        if checked.reply:
            await output.send_text_message(message.sender_id, checked.reply)
            return
        message.text = checked.text

        sent = 0
        original_send = output.send_response

        async def counting_send(recipient_id, bot_message) -> None:
            nonlocal sent
            sent += 1
            await original_send(recipient_id, bot_message)

        output.send_response = counting_send
        failures = collect_failures()
        try:
            await asyncio.wait_for(on_new_message(message), timeout=REPLY_TIMEOUT_S)
            if failures:
                logger.error("Custom action(s) %s failed; sent the apology.", ", ".join(failures))
            failed = sent == 0 or bool(failures)
        except asyncio.TimeoutError:
            logger.error("No answer within %.0f s; sent the apology instead.", REPLY_TIMEOUT_S)
            failed = True
        except Exception as error:
            logger.error("Handling a message failed (%s); sent the apology instead.",
                         type(error).__name__)
            failed = True
        finally:
            output.send_response = original_send
        if failed:
            await output.send_text_message(message.sender_id, FAILURE_REPLY)

    return guarded
