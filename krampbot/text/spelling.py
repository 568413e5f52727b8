"""Typos mapped to Krampbot's own words: "husarts" -> "huisarts", "samenvating" ->
"samenvatting", "elke avnd" -> "elke avond", "allebij" -> "allebei".

Plain Python over rapidfuzz (edit distance) and wordfreq's Dutch frequencies. The rules
that keep it safe:
- only an unknown word changes: a word of the bot's vocabulary, of its lexicon, or of
  wordfreq's Dutch list stays as typed (a general dictionary would turn "stuip" into "strip");
- it only becomes a word of the bot's own vocabulary (what its training data and answers
  say), at a small edit distance, clearly more common than the typed word;
- it never becomes a command or a yes/no/negation word ("stap" never becomes "stop");
- names (a capital inside a sentence), numbers and button payloads are left alone.
The NLU step (components/spelling.py) keeps the original text; the Reading reads both.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Iterable, List, Mapping, Optional, Set, Tuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

# Any word wordfreq's Dutch list holds (its floor is Zipf 1, once per 100 million words)
# is a real word: "braakt" must never become "raakt", nor "stolsel" "stoel".
COMMON_DUTCH_ZIPF = 1.0
# A correction must be this much more common (Zipf) than the typed word.
MORE_COMMON_BY = 1.0
SHORTEST_CORRECTED = 4
# Never produced by a correction: commands, and words that flip a meaning.
NEVER_TARGETS = frozenset(
    [
        "stop",
        "stoppen",
        "gestopt",
        "opnieuw",
        "vergeet",
        "vergeten",
        "wis",
        "wissen",
        "verwijder",
        "verwijderen",
        "privacy",
        "niet",
        "geen",
        "nee",
        "nooit",
        "niks",
        "niets",
        "wel",
        "ja",
        "jawel",
    ]
)
_WORD = re.compile(r"[a-zà-ÿ]+(?:[-'][a-zà-ÿ]+)*", re.IGNORECASE)


def words_of(text: str) -> List[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def vocabulary_of(texts: Iterable[str]) -> Dict[str, int]:
    """Word counts of the bot's own texts (training examples, answers)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(words_of(text))
    return dict(counts)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "nl"))


def max_distance(word: str) -> int:
    """One typo; two only in long words ("verlosskundgie")."""
    return 1 if len(word) < 10 else 2


@dataclass
class Speller:
    vocabulary: Mapping[str, int]
    known_words: Set[str] = field(default_factory=set)  # the lexicon: never changed

    def __post_init__(self) -> None:
        self._targets: List[str] = sorted(
            w
            for w in self.vocabulary
            if len(w) >= SHORTEST_CORRECTED - 1 and w not in NEVER_TARGETS
        )

    def is_known(self, word: str) -> bool:
        return (
            word in self.vocabulary or word in self.known_words or zipf(word) >= COMMON_DUTCH_ZIPF
        )

    def best(self, word: str) -> Optional[str]:
        """The vocabulary word meant by an unknown `word`, or None."""
        if len(word) < SHORTEST_CORRECTED or self.is_known(word):
            return None
        limit = max_distance(word)
        found: List[Tuple[str, float, int]] = process.extract(
            word, self._targets, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=8
        )
        if not found:
            return None
        closest = min(distance for _, distance, _ in found)
        # The first letter is rarely the typo: "uitrek" is not "kuitrek".
        candidates = [w for w, distance, _ in found if distance == closest and w[0] == word[0]]
        if not candidates:
            return None
        # The most used of the closest words; none clearly more common: leave it.
        candidates.sort(key=lambda w: (-self.vocabulary.get(w, 0), w))
        choice = candidates[0]
        if zipf(choice) < zipf(word) + MORE_COMMON_BY and self.vocabulary.get(choice, 0) < 3:
            return None
        return choice

    def correct(self, text: str) -> str:
        """`text` with unknown words replaced; everything else exactly as typed."""
        if not text or text.lstrip().startswith("/"):
            return text

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            before = text[: match.start()].rstrip()
            if match.end() < len(text) and text[match.end()].isdigit():
                return word  # part of a code or number ("b12")
            if word[0].isupper() and before and before[-1] not in ".!?":
                return word  # a name inside a sentence ("mijn zoon Daan")
            better = self.best(word.lower())
            if better is None:
                return word
            return better.capitalize() if word[0].isupper() else better

        return _WORD.sub(replace, text)


def lexicon_words(patterns: Iterable[str]) -> Set[str]:
    """Whole words spelled out in the lexicon's patterns (word-like runs of 3+ letters)."""
    found: Set[str] = set()
    for pattern in patterns:
        found.update(w for w in re.findall(r"(?<![\\a-z])[a-zà-ÿ]{3,}", pattern.lower()))
    return found
