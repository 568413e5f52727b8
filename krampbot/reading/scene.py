"""One message as a scene: its clauses, and where each medical concept occurs in them.

The scene is built once per message; the sign rules, the facts and the person readers
ask it questions ("is a leg said to be swollen?") instead of matching phrases:

- a concept counts only where it is affirmed: not negated ("niet dik", "geen koorts",
  "koorts heb ik niet"; a list after a denial, "niet dik, rood of warm", is denied as a
  whole), not in a general or hypothetical question ("wat moet ik doen als ..."), and
  not about a TV programme, a school talk or someone long ago;
- a state is bound to a body site when the site is named near it in the same clause,
  or a pronoun ("hij", "die", "het") points back to a site named before, or the clause
  names no other body part right after a clause about the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from krampbot.reading import concepts as C
from krampbot.text.dutch import negated_after, negated_before, normalize

_ADVERBIAL_MAAR = re.compile(
    r"\b(gaat|ging|gaan|wil|wou|wilde|blijft|bleef|lukt|kan|kon|zit|alleen|laat|liet|trekt|komt|houdt|die|dat|ie) maar\b"
)
# "het duurde maar even": "maar" is "only", no new clause
_ONLY_MAAR = re.compile(
    r"\b(duurde|duurt|was|is|had|heb|voelde) maar(?= (?:even|eventjes|kort|heel kort|een paar|een minuut|een seconde|twee|drie|vijf|tien)\b)"
)
# "een dikke, pijnlijke kuit": a comma between two adjectives does not end the clause.
_ADJECTIVE_COMMA = re.compile(r"\b(een|de|mijn|mn|zijn|zn|haar|dr|z'n|m'n) (\w+e), (\w+e)\b")
# "een spierwit, ijskoud onderbeen": uninflected state words in a list before the noun.
_STATE_COMMA = re.compile(
    rf"\b(een|de|het|mijn|mn|zijn|zn|haar|dr) ({C.PALE}|{C.COLD}|{C.RED}|{C.SWOLLEN}|{C.BLUE}|{C.WARM}), "
    rf"(?=(?:{C.PALE}|{C.COLD}|{C.RED}|{C.SWOLLEN}|{C.BLUE}|{C.WARM}|{C.HARD})\b)"
)
# Flemish and spoken "ni", "nie" for "niet".
_FLEMISH_NOT = re.compile(r"\b(?:ni|nie|nich)\b")
# A decimal comma is no clause boundary ("38,9 en hij loopt mank").
_CLAUSE_SPLIT = re.compile(r"(?:[.;:!?\n]|(?<!\d),|,(?!\d))+|\s+-\s+|\bmaar\b|\bwant\b|\bdus\b")
_CONTRAST = re.compile(r"\bmaar\b")
_SENTENCE_SPLIT = re.compile(r"[.!?\n;]+")
_SENTENCE_WITH_END = re.compile(r"([^.!?\n;]*)([.!?\n;]+)")
# In chat an emoji often ends a sentence: "... geen lucht meer kreeg 😳 nu freak ik".
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]+")
_BACK_REFERENCES = {"hij", "ie", "die", "deze", "het", "ze", "zij", "dat", "t", "em", "m", "hem"}
_OTHER_SITES = re.compile(rf"\b(?:{C.ARM}|{C.FACE}|{C.HEAD}|{C.BELLY}|{C.CHEST})\b")
_SITE_WINDOW_BEFORE = 7
_SITE_WINDOW_AFTER = 6
_COPULAS = {
    "is",
    "zijn",
    "was",
    "waren",
    "voelt",
    "voelen",
    "voelde",
    "wordt",
    "worden",
    "werd",
    "ziet",
    "zien",
    "staat",
    "staan",
    "lijkt",
    "blijft",
    "bleef",
    "raakt",
    "raakte",
    "werden",
}
_COPULA_WINDOW = 12
_LIST_WORDS = {"en", "of", "noch", "ook", "niet", "geen", "ofwel", "of ook", "nog"}
_JOINT = re.compile(r"\b(?:en|maar|terwijl)\b")
# "mijn schoonvader heeft ineens een ijskoud been, hij had vroeger een vaatoperatie":
# sudden, in the present tense, is now (a story tells "kreeg ineens" in the past).
_PRESENT = r"heeft|is|krijgt|wordt|voelt|kan|doet|ligt|zit|zegt|praat|hangt|loopt|valt|zakt"
_SUDDEN_NOW = re.compile(
    rf"\b(?:(?:{_PRESENT}) (?:\w+ ){{0,3}}(?:{C.SUDDEN})|(?:{C.SUDDEN}) (?:\w+ ){{0,3}}(?:{_PRESENT}))\b"
)
# Said of these days: a clause with it is about now, not part of a story.
_CURRENT_TIME = re.compile(
    rf"\b(?:{C.NOW}|{C.RECENT}|sinds (?:gisteren|eergisteren|gisteravond|gistermiddag)"
    r"|sinds (?:een paar|paar|twee|drie|enkele|\d+) dagen"
    r"|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    r"|(?:ineens|opeens|plots|nu) weer)\b"
)
# A clause with one of these denies something, so a bare list after it is denied too.
_DENIAL_WORDS = frozenset({"niet", "geen", "nooit", "noch", "niemand"})
# "benauwd of dik, daar is niks van te merken": a clause that denies the one before.
_DENIES_PREVIOUS = re.compile(
    r"^(?:daar|dat|die|dit|daarvan|ervan) (?:\w+ ){0,4}(?:niks|niets|geen|nergens) (?:\w+ ){0,2}"
    r"(?:van|last|sprake|te merken|gemerkt|te zien|gezien)\b"
    r"|^(?:daar|dat|die) (?:heb|hebt|heeft|had|merk|merkt|voel|voelt) (?:ik|hij|ze|zij) (?:\w+ )?(?:geen last van|niks van|niets van|niet|niks|niets|geen)$"
)


@lru_cache(maxsize=512)
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


@dataclass(frozen=True)
class Match:
    clause: int
    start: int  # word index in the clause
    end: int  # word index after the match
    negated: bool


@dataclass
class Clause:
    index: int
    sentence: int
    text: str
    words: List[str]
    general: bool = False  # a general or hypothetical question
    not_current: bool = False  # TV, school, someone long ago
    asks: bool = False  # it ends its sentence with "?"
    denies: bool = False  # has a denial word ("het is niet dik"), set once per clause
    denies_previous: bool = False  # "daar is niks van te merken" denies the clause before

    @property
    def counts(self) -> bool:
        return not (self.general or self.not_current)


@dataclass
class Scene:
    text: str
    clauses: List[Clause] = field(default_factory=list)
    _matches: Dict[str, List[Match]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: Optional[str]) -> Scene:
        scene = cls(text or "")
        # Adverbial "maar" ("het gaat maar niet weg") does not start a new clause.
        raw = _EMOJI.sub(".", (text or "").lower())
        raw = _ONLY_MAAR.sub(r"\1", _ADVERBIAL_MAAR.sub(r"\1", raw))
        raw = _ADJECTIVE_COMMA.sub(r"\1 \2 \3", raw)
        raw = _STATE_COMMA.sub(r"\1 \2 ", raw)
        index = 0
        general_message = False
        pieces = _SENTENCE_WITH_END.findall(raw + "\n")
        for number, (sentence, end) in enumerate(pieces):
            # Read per comma piece: "kuit is hard als ik sta, twee dagen al, wordt erger" is
            # no "als ... wordt" hypothetical.
            sentence_general = any(
                compiled(C.GENERAL_QUESTION).search(normalize(piece))
                for piece in sentence.split(",")
            )
            parts: List[Tuple[str, bool]] = []
            for turn, segment in enumerate(_CONTRAST.split(sentence)):
                # "ik dacht dat het vanzelf over zou gaan, maar vandaag is het erger": what
                # follows "maar" and says now, today or worse is current, not hypothetical.
                general = sentence_general
                if general and turn > 0:
                    segment_norm = normalize(segment)
                    general = not (
                        compiled(rf"{C.NOW}|{C.RECENT}|{C.WORSE}").search(segment_norm)
                        and not compiled(C.GENERAL_QUESTION).search(segment_norm)
                    )
                parts += [
                    (piece, general)
                    for part in _CLAUSE_SPLIT.split(segment)
                    for piece in _story_apart_from_now(_FLEMISH_NOT.sub("niet", normalize(part)))
                    if piece
                ]
            for position, (norm, general) in enumerate(parts):
                clause = Clause(index, number, norm, norm.split())
                clause.general = general
                # The question mark belongs to the last clause: "ik heb al weken kramp,
                # wat kan ik doen?" tells a complaint, then asks (a clause that starts
                # like a question asks anyway: krampbot.reading.utterance).
                clause.asks = "?" in end and position == len(parts) - 1
                clause.not_current = bool(compiled(C.NOT_CURRENT).search(norm))
                clause.denies = not _DENIAL_WORDS.isdisjoint(clause.words)
                clause.denies_previous = bool(_DENIES_PREVIOUS.search(norm))
                scene.clauses.append(clause)
                index += 1
            general_message = general_message or sentence_general
        # "Wat als je been ineens koud is? Het is voor mezelf, het begon net.": a question
        # in general form about what is happening now is not general.
        if general_message and compiled(C.HAPPENING_NOW).search(normalize(raw)):
            for clause in scene.clauses:
                clause.general = False
        for number in {c.sentence for c in scene.clauses}:
            _mark_watching(scene, number)
        # "Jaren geleden is mijn buurvrouw overleden aan ... Ik heb zelf niks": a story
        # about someone else makes its whole sentence not current.
        for clause in scene.clauses:
            if clause.not_current:
                for other in scene.clauses:
                    # "... las dat dat helpt, en nu voelt mijn keel dik": "nu" is current.
                    if (
                        other.sentence == clause.sentence
                        and not _CURRENT_TIME.search(other.text)
                        and not _SUDDEN_NOW.search(other.text)
                    ):
                        other.not_current = True
        return scene

    # ------------------------------------------------------------------ matching
    def matches(self, pattern: str) -> List[Match]:
        cached = self._matches.get(pattern)
        if cached is not None:
            return cached
        regex = compiled(pattern)
        found: List[Match] = []
        previous_denied = False
        for clause in self.clauses:
            for m in regex.finditer(clause.text):
                before = clause.text[: m.start()].split()
                after = clause.text[m.end() :].split()
                negated = negated_before(before) or negated_after(after)
                # "niet dik, rood of warm": a bare list after a denial is denied too.
                if (
                    not negated
                    and previous_denied
                    and all(w in _LIST_WORDS or compiled(_STATE_WORDS).fullmatch(w) for w in before)
                    # a bare state ("rood"), not a clause of its own ("voelt dood")
                    and bool(compiled(_STATE_WORDS).fullmatch(m.group(0).split()[0]))
                ):
                    negated = True
                # "geen last van mijn oren, ogen of rare blauwe plekken": a list that goes
                # on after a comma, joined by "of", is still denied.
                if (
                    not negated
                    and previous_denied
                    and len(before) <= 3
                    and ("of" in before or "noch" in before)
                ):
                    negated = True
                nxt = clause.index + 1
                if (
                    not negated
                    and nxt < len(self.clauses)
                    and self.clauses[nxt].denies_previous
                    and self.clauses[nxt].sentence == clause.sentence
                ):
                    negated = True
                start = len(before)
                found.append(Match(clause.index, start, start + len(m.group(0).split()), negated))
            previous_denied = clause.denies
        self._matches[pattern] = found
        return found

    def affirmed(self, pattern: str, include_general: bool = False) -> List[Match]:
        return [
            m
            for m in self.matches(pattern)
            if not m.negated and (include_general or self.clauses[m.clause].counts)
        ]

    def has(self, *patterns: str, include_general: bool = False) -> bool:
        return any(self.affirmed(p, include_general) for p in patterns)

    def has_all(self, *patterns: str) -> bool:
        return all(self.affirmed(p) for p in patterns)

    def denied(self, pattern: str) -> bool:
        return any(m.negated for m in self.matches(pattern))

    def mentioned(self, pattern: str) -> bool:
        """Named at all, affirmed or not, in any clause (context words: "zwanger")."""
        return bool(self.matches(pattern))

    def in_clause(self, clause: int, pattern: str, affirmed: bool = True) -> bool:
        return any(
            m.clause == clause and (not affirmed or not m.negated) for m in self.matches(pattern)
        )

    def clause_text(self, clause: int) -> str:
        return self.clauses[clause].text

    # ------------------------------------------------------------------ binding
    def bound(
        self, state: str, site: str = C.LEG, *, near: bool = True, exclude: Optional[str] = None
    ) -> List[Match]:
        """Affirmed matches of `state` that are said of `site` (see the module doc)."""
        sites = self.matches(site)
        site_clauses = {m.clause for m in sites}
        result = []
        for m in self.affirmed(state):
            if exclude and self._covered_by(m, exclude):
                continue
            if self._site_near(m, sites, near) or self._refers_back(m, site_clauses):
                result.append(m)
        return result

    def bound_any(self, states: Iterable[str], site: str = C.LEG, **kwargs: Any) -> bool:
        return any(self.bound(state, site, **kwargs) for state in states)

    def _site_near(self, m: Match, sites: Sequence[Match], near: bool) -> bool:
        words = self.clauses[m.clause].words
        for s in sites:
            if s.clause != m.clause:
                continue
            if not near:
                return True
            # "mijn linkervoet is sinds een uur of twee paars en koud": the site is the
            # subject, a copula links it to the state further on.
            if (
                s.end <= m.start
                and m.start - s.end <= _COPULA_WINDOW
                and any(w in _COPULAS for w in words[s.end : m.start])
            ):
                return True
            if s.end <= m.start and m.start - s.end <= _SITE_WINDOW_BEFORE:
                return True
            if s.start >= m.end and s.start - m.end <= _SITE_WINDOW_AFTER:
                return True
            if m.start <= s.start < m.end or s.start <= m.start < s.end:  # one inside the other
                return True
        return False

    def _refers_back(self, m: Match, site_clauses: set[int]) -> bool:
        earlier = [c for c in site_clauses if c < m.clause]
        if not earlier:
            return False
        clause = self.clauses[m.clause]
        words_before = clause.words[: m.start]
        if any(w in _BACK_REFERENCES for w in words_before[-5:]) or any(
            w in _BACK_REFERENCES for w in clause.words[m.end : m.end + 3]
        ):
            return not _OTHER_SITES.search(clause.text)
        # "mijn kuit doet pijn, dik en rood": a clause with no subject of its own right
        # after the site's clause.
        subjectless = not any(
            w in {"ik", "je", "jij", "we", "wij", "u", "hij", "zij", "ze"} for w in words_before
        )
        # the site's clause just before, or a few before in the same sentence when what
        # lies between names no other body part ("haar kuit, of nee, de linker, ... dik")
        between = [
            c
            for c in range(m.clause - 1, max(m.clause - 4, -1), -1)
            if self.clauses[c].sentence == clause.sentence
        ]
        near_site = m.clause - 1 in site_clauses or any(
            c in site_clauses
            and not any(_OTHER_SITES.search(self.clauses[b].text) for b in between if b > c)
            for c in between
        )
        return near_site and subjectless and not _OTHER_SITES.search(clause.text)

    def _covered_by(self, m: Match, pattern: str) -> bool:
        """The match lies inside a match of `pattern` ("warme douche" covers "warme")."""
        return any(
            o.clause == m.clause and o.start <= m.start and m.end <= o.end
            for o in self.matches(pattern)
        )

    # ------------------------------------------------------------------ helpers
    def same_clause(self, a: str, b: str) -> bool:
        clauses_a = {m.clause for m in self.affirmed(a)}
        return any(m.clause in clauses_a for m in self.affirmed(b))

    def same_sentence(self, a: str, b: str) -> bool:
        sentences_a = {self.clauses[m.clause].sentence for m in self.affirmed(a)}
        return any(self.clauses[m.clause].sentence in sentences_a for m in self.affirmed(b))

    @property
    def all_general(self) -> bool:
        return bool(self.clauses) and all(c.general for c in self.clauses)

    @property
    def all_questions(self) -> bool:
        """Every sentence asks or says it only asks ("vraag uit interesse")."""
        raw = self.text.strip()
        return (
            raw.endswith("?") or "?" in raw or all(c.general or c.not_current for c in self.clauses)
        )

    @property
    def any_current(self) -> bool:
        return any(c.counts for c in self.clauses)


_STATE_WORDS = "|".join(
    [
        C.SWOLLEN,
        C.RED,
        C.WARM,
        C.PAIN,
        C.COLD,
        C.PALE,
        C.BLUE,
        C.FEVER,
        C.HARD,
        r"benauwd\w*|kortademig\w*|koorts|pijnlijk\w*",
    ]
)


def _mark_watching(scene: Scene, sentence: int) -> None:
    """The speaker watched or read while it happened: current, unless the sentence tells
    about someone in the story (then it is not current, also without a media word)."""
    clauses = [c for c in scene.clauses if c.sentence == sentence]
    text = " ".join(c.text for c in clauses)
    if not compiled(C.MEDIA_ACTIVITY).search(text):
        return
    # someone seen out of the window or on the street is a bystander's scene, not a story
    story = bool(compiled(C.STORY_PERSON).search(text)) and not compiled(
        r"straat|buiten|raam|voor de deur|naast (?:me|mij)|hier|in de (?:winkel|bus|trein|supermarkt)"
    ).search(text)
    if story:
        for clause in clauses:
            clause.not_current = True
        return
    if not compiled(C.EVENT_DURING).search(text):
        return
    for clause in clauses:
        # only what the media word made not current ("overleden", "jaren geleden" stay)
        rest = compiled(C.MEDIA).sub(" ", clause.text)
        if clause.not_current and not compiled(C.NOT_CURRENT).search(rest):
            clause.not_current = False


def _story_apart_from_now(part: str) -> List[str]:
    """ "mijn vader is overleden aan een longembolie en ik ben sinds vanmiddag benauwd": the
    story and what happens now, joined by "en" or "maar", are two clauses, so the story does
    not make the complaint of now not current."""
    story = compiled(C.NOT_CURRENT).search(part)
    if not story:
        return [part]
    for joint in _JOINT.finditer(part, story.end()):
        rest = part[joint.end() :].strip()
        if _CURRENT_TIME.search(rest) and not compiled(C.NOT_CURRENT).search(rest):
            return [part[: joint.start()].strip(), rest]
    return [part]
