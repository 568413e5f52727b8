"""The four advice levels (the values of the slot `advies`), lowest to highest.

Safety rules §2: the highest level that any answer or warning sign triggers wins, and
a later calm answer never lowers it.
"""

from __future__ import annotations

from typing import Optional

ZELFZORG = "zelfzorg"
HUISARTS = "huisarts"
HUISARTS_VANDAAG = "huisarts_vandaag"
SPOED_112 = "spoed_112"
LEVELS = (ZELFZORG, HUISARTS, HUISARTS_VANDAAG, SPOED_112)  # low -> high
_RANK = {level: rank for rank, level in enumerate(LEVELS)}


def level_rank(level: str) -> int:
    if level not in _RANK:
        raise ValueError(f"onbekend adviesniveau: {level!r}")
    return _RANK[level]


def max_level(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The more urgent of two levels; None means "no level yet"."""
    if a is None:
        return b
    if b is None:
        return a
    return a if level_rank(a) >= level_rank(b) else b
