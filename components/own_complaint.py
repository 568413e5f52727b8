"""Rasa glue: someone telling about their own cramps is not asking a knowledge question.

The knowledge base (retrieval intent `vraag`, ~2,000 examples) outweighs `kramp_klacht`
(~150) in the classifier, so "ik heb af en toe kramp in mijn kuit" can come out as
`vraag` 0.48 / `kramp_klacht` 0.51 and end as an ambiguous nlu_fallback. Whether a message
tells or asks is decided by its sentence (krampbot.conversation.is_own_complaint_told):
a told complaint that the classifier ranks as vraag or kramp_klacht (and kramp_klacht at
least OWN_COMPLAINT_MIN) becomes kramp_klacht with the share of both, so the two no longer
count as an ambiguous pair. Runs before the FallbackClassifier.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.message_guard import MessageGuard
from krampbot.conversation import is_own_complaint_told
from krampbot.knowledge import KNOWLEDGE_INTENT

OWN_COMPLAINT = "kramp_klacht"
# kramp_klacht must be a real candidate: at least this share of the ranking.
OWN_COMPLAINT_MIN = 0.15


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class OwnComplaintGuard(MessageGuard):
    def guard(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        intent = (message.get(INTENT) or {}).get("name")
        if text.startswith("/") or intent not in (KNOWLEDGE_INTENT, OWN_COMPLAINT):
            return
        ranking = message.get(INTENT_RANKING_KEY) or []
        confidence = {r.get("name"): float(r.get("confidence") or 0.0) for r in ranking}
        if confidence.get(OWN_COMPLAINT, 0.0) < OWN_COMPLAINT_MIN or not is_own_complaint_told(text):
            return
        own = {"name": OWN_COMPLAINT,
               "confidence": confidence[OWN_COMPLAINT] + confidence.get(KNOWLEDGE_INTENT, 0.0)}
        rest = [r for r in ranking if r.get("name") not in (OWN_COMPLAINT, KNOWLEDGE_INTENT)]
        self.set_intent(message, own, [own, *rest])
