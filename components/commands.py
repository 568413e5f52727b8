"""Rasa glue: commands are never guessed.

"stop", "opnieuw" (which clears answers), "laat mijn samenvatting zien", "vergeet mijn
gesprek" and "privacy" count only when the message says such a command (the Reading's
`commando`); otherwise the next intent of the classifier's ranking is used ("en wat kan
ik vannacht doen als het weer begint?" is a question, not "opnieuw"). A command said but
missed by the classifier ("vergeet mijn gesprek") becomes that intent. Runs before the
FallbackClassifier, so a weak next intent still becomes nlu_fallback.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from components.message_guard import MessageGuard, reading_of
from krampbot.names import COMMAND_INTENTS, PRIVACY, VERGEET
from krampbot.reading.utterance import is_explicit_command

# Said in so many words, these commands win over any classifier guess.
ALWAYS_WHEN_SAID = (VERGEET, PRIVACY)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CommandGuard(MessageGuard):
    def guard(self, message: Message) -> None:
        reading = reading_of(message)
        said = reading.get("commando") or []
        payload = bool(reading.get("knop"))  # a button or a typed /command
        if payload and not said:
            return
        intent = (message.get(INTENT) or {}).get("name")
        ranking = message.get(INTENT_RANKING_KEY) or []
        forced = next((c for c in ALWAYS_WHEN_SAID if c in said), None)
        if forced and intent != forced:
            chosen = {"name": forced, "confidence": 1.0}
            self.set_intent(message, chosen, [chosen, *[r for r in ranking if r.get("name") != forced]])
            return
        if payload or is_explicit_command(intent, said):
            return
        # Another command that the text does say ("ja, laat maar zien": show, not
        # stop) wins; otherwise the best intent that is not a command.
        others = [r for r in ranking if r.get("name") in COMMAND_INTENTS
                  and r.get("name") != intent and r.get("name") in said]
        ranking = others[:1] + [r for r in ranking if r.get("name") not in COMMAND_INTENTS]
        best = ranking[0] if ranking else {"name": None, "confidence": 0.0}
        self.set_intent(message, dict(best), ranking)
