"""Medical ideas in Dutch words, each defined once.

Red-flag rules (krampbot.red_flags) and answer parsing (krampbot.answers) both read
these, so "ineens een doof gevoel" and "uit het niets een doof gevoel" mean the same
everywhere. Patterns are regular-expression alternatives over `dutch.normalize`d text.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from krampbot.dutch import clauses, compile_words, mentions, negated_after, negated_before

# --------------------------------------------------------------------------- body

LEG = (
    r"(?:linker|rechter|onder|boven|dij)?(?:been|benen|beentje|beentjes)"
    r"|(?:linker|rechter)?(?:kuit|kuiten|voet|voeten|enkel|enkels|scheen|schenen)"
    r"|teen|tenen|dij|dijen|dijbeen|knieholte|poot|poten|voetzool|voetzolen|hiel"
)
# One leg (the sign of a trombosebeen is one-sided): not "benen", "enkels", "voeten".
ONE_LEG = (
    r"(?:linker|rechter|onder|boven|dij)?(?:been|beentje)"
    r"|(?:linker|rechter)?(?:kuit|voet|enkel|scheen)|dij|dijbeen"
)
BOTH_LEGS = r"benen|beide benen|allebei mijn benen|kuiten|voeten|enkels|dijen"
MUSCLE = r"spier|spieren|spierpijn"
CRAMP = r"kramp\w*|verkramp\w*|krampt|krampen|krampte"

# --------------------------------------------------------------------------- time course

SUDDEN = (
    r"plotseling|plots|plotsklaps|ineens|opeens|eensklaps|acuut|in een keer|in 1 keer"
    r"|zomaar|uit het niets|van het ene op het andere moment|out of the blue"
)
SLOW = (
    r"langzaam|geleidelijk|sluipend|beetje bij beetje|steeds (?:wat )?meer"
    r"|al (?:een )?(?:tijdje|tijd|tijden|weken|maanden|jaren|jaar|lang|heel lang)"
    r"|sinds (?:een paar |enkele |\w+ )?(?:weken|maanden|jaren|jaar)"
    r"|(?:weken|maanden|jaren) (?:lang|al)"
)
# A sign the person calls old and unchanged: not a red flag by itself (safety rules §1).
OLD_AND_UNCHANGED = (
    r"al (?:heel )?(?:jaren|jaar|lang|heel lang|mijn hele leven|tijden)|altijd al|jarenlang"
    r"|sinds jaren|van jongs af aan|al sinds mijn jeugd|bekend (?:met|bij)|ik heb copd|copd"
    r"|ik heb astma|niet anders dan anders|zoals altijd|net als altijd|hetzelfde als altijd"
    r"|niet erger dan normaal|niet erger|niks nieuws|niets nieuws|normaal voor mij|dat heb ik altijd"
)
# White or blue toes or fingers in the cold: an old, known pattern, not an emergency.
COLD_TRIGGERED = (
    r"als het koud is|bij kou|in de kou|door de kou|van de kou|koud weer|elke winter"
    r"|in de winter|als ik het koud heb|buiten in de kou"
)
NEW_OR_WORSE = (
    rf"{SUDDEN}|nieuw|nieuwe|erger|slechter|heviger|anders dan anders|toegenomen"
    r"|sinds (?:vandaag|gisteren|vanochtend|vannacht|vanmiddag|vanavond)|meer dan (?:normaal|anders)"
)

# --------------------------------------------------------------------------- signs

SWOLLEN = (
    r"dik|dikke|dikker|gezwollen|opgezwollen|opgezet|zwelling|zwellen|zwelt|opzwellen|gezwel"
)
RED = r"rood|rode|roder|vuurrood|verkleurd|verkleuring|paars|paarse|roodpaars"
WARM = r"warm|warme|warmer|heet|hete|gloeit|gloeiend|gloeiende"
PAIN = (
    r"pijn|pijnlijk|pijnlijke|pijn doen|doet pijn|doet zeer|zeer|zere|au|auw|steekt|steken"
    r"|klopt|bonkt|brandt"
)
SEVERE = (
    r"vreselijk\w*|verschrikkelijk\w*|ontzettend\w*|enorm\w*|hevig\w*|heftig\w*|ondraaglijk\w*"
    r"|erge|ergste|heel erg|zo erg|heel veel|zoveel|niet te harden|gigantisch\w*|extreem\w*"
)
COLD = r"koud|koude|kouder|ijskoud|ijskoude|steenkoud|steenkoude"
ICE_COLD = r"ijskoud|ijskoude|steenkoud|steenkoude|ijs koud|heel koud|erg koud|zo koud"
PALE_BLUE = (
    r"wit|witte|bleek|bleke|spierwit|lijkbleek|krijtwit|lijkwit|blauw|blauwe|blauwig"
    r"|grauw|grijs|grijze|paarsblauw"
)
# Blue or white that is not a sign: veins, a bruise from bumping, cold toes for years.
HARMLESS_COLOUR = (
    r"(?:blauwe|paarse|dikke|rode) (?:aders|adertjes|ader|vaatjes|spataderen|spatadertjes)"
    r"|spatader\w*|adertjes|blauwe (?:plek|plekken|plekje|plekjes)"
    r"|(?:gestoten|stootte|stoten|gevallen|viel|bots\w*|tegenaan gelopen|klap|bezeerd)"
)
NUMB = (
    r"doof gevoel|dove|voelt doof|voelen doof|gevoelloos|gevoelloze|verdoofd|geen gevoel"
    r"|gevoel kwijt|voelt dood|voelen dood|dood gevoel|voelt als dood|slapend gevoel"
)
TINGLING = r"tintel\w*|mierenloop|mieren|prikkel\w*|slapende? voet|(?:voet|been) slaapt"
WEAK = (
    r"slap|slappe|zwak|zwakke|zwakker|krachteloos|minder kracht|geen kracht|futloos"
    r"|spierzwakte|krachtverlies|kracht kwijt"
)
WASTING = r"spieren (?:worden|zijn) (?:\w+ )?dunner|dunnere spieren|spieren slinken"
PARALYSIS = r"verlamd\w*|verlamming|verlammingsverschijnselen|halfzijdig\w*"
FEVER = r"koorts|koortsig|verhoging|koude rillingen|rillerig|hoge temperatuur|gloeit van de koorts"
CHILD = (
    r"kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|kleuter|peuter|baby|puber|tiener"
    r"|jongetje|meisje|kleinkind|kleinzoon|kleindochter|kids"
)
LIMPING = (
    r"mank|manken|hinkt|hinken|trekt met (?:zijn |haar )?been"
    r"|loopt (?:raar|moeilijk|vreemd|scheef)|wil niet (?:meer )?(?:lopen|staan|op (?:zijn|haar) been staan)"
    r"|kan niet (?:goed )?(?:lopen|staan)|durft niet te staan"
)
# Where a swollen leg most likely is a trombosebeen (safety rules §3).
THROMBOSIS_RISK = (
    r"operatie|geopereerd|ingreep|vliegreis|gevlogen|vlucht|lange reis|lange autorit|busreis"
    r"|bedrust|in bed gelegen|(?:week|weken|dagen) in bed|bedlegerig|ziek in bed|gips"
    r"|bevalling|bevallen|kraamtijd|kraambed|de pil|anticonceptie|zwanger"
)
# Not signs: warmth as self-care, "a big cramp", red after a warm shower or sport.
NOT_A_SIGN = re.compile(
    r"\b(?:warme? (?:douche|kruik|bad|doek|handdoek|sokken|deken|kruiken)|dikke kramp\w*"
    r"|(?:na|van|door|bij) (?:het |een |de )?(?:warme? )?(?:douche|douchen|bad|sauna|sporten"
    r"|sport|hardlopen|fietsen|zon|zonnebank|wandelen|training))\b"
)

# --------------------------------------------------------------------------- helpers

_PRONOUNS = {"ik", "je", "jij", "we", "wij", "u"}
# A pronoun that refers back to a leg named just before: "mijn kuit ... hij is dik".
_LEG_PRONOUNS = {"hij", "ie", "die", "deze", "het", "ze", "zij"}
# Words that may stand between a sign and the leg it describes: "dikke, rode kuit".
_ATTRIBUTIVE = {"en", "of", "erg", "heel", "wat", "beetje", "een", "linker", "rechter",
                "rode", "rood", "dik", "dikke", "warm", "warme", "hete", "heet", "gezwollen",
                "opgezwollen", "pijnlijke", "pijnlijk", "verkleurde", "paarse", "zere", "koude",
                "ijskoude", "witte", "bleke", "blauwe"}
_LEG_LOOKBACK_WORDS = 5


def sign_said_of_leg(sign: str, parts: Iterable[str], leg: str = LEG) -> bool:
    """`sign` (not negated) describes a leg: "mijn kuit is dik", "dik rood been",
    "mijn kuit doet pijn en hij is dik" (a pronoun refers back to the leg)."""
    sign_re, leg_re = compile_words(sign), re.compile(rf"(?:{leg})")
    leg_mentioned_before = False
    for clause in parts:
        for match in sign_re.finditer(clause):
            before = clause[: match.start()].split()
            after = clause[match.end():]
            if negated_before(before) or negated_after(after.split()):
                continue
            if _leg_before(before, leg_re, leg_mentioned_before) or _leg_after(after, leg):
                return True
            # "mijn been is niet dik, maar wel rood": the leg is in the clause before.
            no_new_subject = not any(word in _PRONOUNS for word in before)
            if no_new_subject and leg_mentioned_before:
                return True
        leg_mentioned_before = leg_mentioned_before or any(
            leg_re.fullmatch(word) for word in clause.split()
        )
    return False


def _leg_before(words_before: list[str], leg_re: re.Pattern, leg_named_earlier: bool) -> bool:
    """"mijn kuit is erg dik": a leg a few words back, no new subject in between;
    "... en hij is dik": a pronoun that points back to a leg named earlier."""
    for word in reversed(words_before[-_LEG_LOOKBACK_WORDS:]):
        if leg_re.fullmatch(word):
            return True
        if word in _LEG_PRONOUNS:
            return leg_named_earlier or any(leg_re.fullmatch(w) for w in words_before)
        if word in _PRONOUNS:
            return False
    return False


def _leg_after(text_after: str, leg: str) -> bool:
    """"dik, rood been", "rode plek op mijn scheen": the leg follows the sign."""
    attributes = "|".join(sorted(_ATTRIBUTIVE))
    spot = (r"(?:plek|plekken|plekje|vlek|huid|zwelling|bult) (?:op|aan|in)"
            r" (?:mijn |mn |de |het |zijn |haar |zn )?")
    return bool(re.match(rf"\s*(?:(?:{attributes}) )*(?:{spot})?(?:{leg})\b", text_after))


def describes_swollen_red_warm_leg(text: Optional[str]) -> bool:
    """One leg swollen (dik), red/discoloured or warm, with pain (one sign is enough),
    or swollen after an operation, a long journey, bed rest, childbirth or on the pill
    (safety rules §3, possible trombosebeen).

    At least one sign must be said of the leg itself ("mijn kuit is dik", "dikke rode
    kuit"), so "ik ben te dik en mijn kuit doet pijn" does not count. Both legs swollen
    ("dikke enkels"), or red after a warm shower or sport, is not this sign.
    """
    parts = [NOT_A_SIGN.sub(" ", clause) for clause in clauses(text)]
    swollen = sign_said_of_leg(SWOLLEN, parts, leg=ONE_LEG)
    red_or_warm = sign_said_of_leg(rf"{RED}|{WARM}", parts, leg=ONE_LEG)
    if not (swollen or red_or_warm):
        return False
    signs = sum(mentions(sign, parts) for sign in (SWOLLEN, RED, WARM))
    if signs >= 2:
        return True
    pain = mentions(PAIN, parts)
    return pain or (swollen and mentions(THROMBOSIS_RISK, parts))


def called_old_and_unchanged(parts: list[str]) -> bool:
    """The person says the sign is old and not changed ("al jaren", "zoals altijd"),
    and says nothing new, sudden or worse about it."""
    return mentions(OLD_AND_UNCHANGED, parts) and not mentions(NEW_OR_WORSE, parts)
