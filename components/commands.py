"""Rasa glue: commands are never guessed.

"stop", "opnieuw" (which clears answers) and "laat mijn samenvatting zien" count only
when the message actually says such a command (krampbot.conversation); otherwise the
next intent of the classifier's ranking is used ("en wat kan ik vannacht doen als het
weer begint?" is a question, not "opnieuw"). Runs before the FallbackClassifier, so a
weak next intent still becomes nlu_fallback.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.message_guard import MessageGuard
from krampbot.conversation import COMMAND_INTENTS, is_explicit_command


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CommandGuard(MessageGuard):
    def guard(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        intent = (message.get(INTENT) or {}).get("name")
        if text.startswith("/") or is_explicit_command(intent, text):
            return
        ranking = message.get(INTENT_RANKING_KEY) or []
        # Another command that the text does say ("ja, laat maar zien": show, not
        # stop) wins; otherwise the best intent that is not a command.
        said = [r for r in ranking if r.get("name") in COMMAND_INTENTS
                and r.get("name") != intent and is_explicit_command(r.get("name"), text)]
        ranking = said[:1] + [r for r in ranking if r.get("name") not in COMMAND_INTENTS]
        best = ranking[0] if ranking else {"name": None, "confidence": 0.0}
        self.set_intent(message, dict(best), ranking)
