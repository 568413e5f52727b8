"""Rules about the person the advice is for: who counts as a child or as older, whom
the pregnancy question applies to, and how Krampbot names someone it does not know."""

from __future__ import annotations

from typing import Optional

from krampbot.names import KIND

ADULT_FROM_AGE = 18
OLDER_FROM_AGE = 65
# Pregnancy is asked of women (or when the sex is unknown) of this age range only.
PREGNANCY_AGES = range(12, 56)
# How to name someone else when the message did not say who ("voor iemand anders").
SOMEONE_ELSE = "diegene"
CHILD_NAME = "je kind"


def could_be_pregnant(
    voor_wie: Optional[str], geslacht: Optional[str], leeftijd: Optional[int]
) -> bool:
    """Whether pregnancy can apply: not for a child, a man, or someone of 56 or older."""
    if voor_wie == KIND or geslacht == "m":
        return False
    return leeftijd is None or leeftijd in PREGNANCY_AGES


def is_older(leeftijd: Optional[int]) -> bool:
    return leeftijd is not None and leeftijd >= OLDER_FROM_AGE
