"""Warning signs in any Dutch message, as concepts (safety rules v3 §3).

Each rule combines concepts of krampbot.reading.concepts on one Scene: a body site, a
state, and where it matters the onset or duration ("ineens", "al uren") or the context
(pregnancy, a child, kinine). The sign table (codes, levels, reasons) is
krampbot.triage.signs. A sign the person calls old and unchanged ("al jaren kortademig
door mijn COPD") is returned apart, so Krampbot can ask whether anything changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from krampbot.reading import concepts as C
from krampbot.reading.scene import Match, Scene, compiled
from krampbot.triage.people import ADULT_FROM_AGE, OLDER_FROM_AGE
from krampbot.triage.signs import SIGN_BY_CODE, Sign


@dataclass(frozen=True)
class Context:
    """What the message says about the person, as far as the signs need it."""

    child: bool = False
    pregnant: bool = False
    postpartum: bool = False
    kinine: bool = False
    age: Optional[int] = None

    @property
    def older(self) -> bool:
        return self.age is not None and self.age >= OLDER_FROM_AGE


# --------------------------------------------------------------------------- helpers


def _legs(s: Scene, *states: str) -> bool:
    return any(s.bound(state, C.LEG, exclude=C.NOT_A_SIGN) for state in states)


_SIGN_STATES = "|".join(
    (C.SWOLLEN, C.RED, C.WARM, C.PAIN, C.BREATHLESS, C.NUMB, C.WEAK, C.COLD, C.PALE, C.BLUE)
)


# States that a sign can be made of, for "what is old": a crooked mouth or speech too.
_OLD_SIGN_STATES = "|".join(
    (_SIGN_STATES, C.CROOKED, C.SPEECH, C.FACE_DROOP, C.SEIZURE, C.TINGLING)
)


def _cramp_only(s: Scene, clause: int) -> bool:
    """The clause is about the cramps alone ("al jaren krampen 's nachts")."""
    return s.in_clause(clause, C.CRAMP) and not s.in_clause(clause, _OLD_SIGN_STATES)


def _slow_sign(s: Scene) -> bool:
    """Slow is said of something other than the cramps."""
    return any(not _cramp_only(s, m.clause) for m in s.affirmed(C.SLOW))


_OLD_SAID_OF_OTHER_THINGS = compiled(
    r"loop\w*|liep|wandel\w*|fiets\w*|rondje|sport\w*|zwem\w*|werk\w*|pil|pillen|plaspil\w*"
    r"|medicijn\w*|medicatie|tablet\w*|bloeddruk\w*|slik|slikt|gebruik|gebruikt|dezelfde"
    # "mijn schoonvader zegt al jaren dat tonic helpt": an old saying; "reageert zoals
    # altijd", "loopt zoals altijd met zijn stok": usual behaviour, not an old sign
    r"|tonic|helpt|helpen|reageert|reageren|aanspreekbaar|praat|eet|eten|drinkt|slaapt|wakker|rolstoel|rollator|stok"
)


def _old(s: Scene) -> bool:
    """Old and unchanged, unless something is new: "al jaren kortademig ... sinds kort
    kramp" stays old (what is new is the cramp, which is no sign), "sinds kort dikker" not."""
    # "ze loopt haar rondje zoals altijd", "al tien jaar dezelfde plaspil": what is old is
    # the walk or the medicine, not a sign
    if not [
        m
        for m in s.affirmed(C.OLD_AND_UNCHANGED)
        if not (
            _OLD_SAID_OF_OTHER_THINGS.search(s.clause_text(m.clause))
            and not s.in_clause(m.clause, _SIGN_STATES)
        )
    ]:
        return False
    # "al jaren krampen 's nachts, maar sinds vanmorgen sleep ik mijn been": what is old
    # is the cramp, not the sign said with a time of today. (An old illness is not
    # enough: "al jaren COPD, altijd wat kortademig" stays old.)
    if s.has(C.SUDDEN, C.RECENT) and all(
        _cramp_only(s, m.clause) for m in s.affirmed(C.OLD_AND_UNCHANGED)
    ):
        return False
    for m in s.affirmed(C.NEW_OR_WORSE):
        if not (s.in_clause(m.clause, C.CRAMP) and not s.in_clause(m.clause, _SIGN_STATES)):
            return False
    return True


_CAUSE_OPENS = compiled(
    r"^(?:van|door|vanwege|komt door|komt van|dat komt door|dat komt van|bleek|het bleek|(?:dat|het) bleek"
    r"|(?:dat|het|die|dit) (?:is|was|komt) (?:\w+ )?(?:van|door))"
)


def _with_its_cause(s: Scene, clause: int) -> str:
    """The clause, the one before it and a next one that gives its cause: "mijn tenen zijn
    blauw... van de nagellak" (the cause is in a clause of its own)."""
    text = s.clause_text(clause) + " " + (s.clause_text(clause - 1) if clause else "")
    if clause + 1 < len(s.clauses) and _CAUSE_OPENS.search(s.clause_text(clause + 1)):
        text += " " + s.clause_text(clause + 1)
    return text


def _attributed_to_cramp_or_pain(s: Scene, clause: int) -> bool:
    text = s.clause_text(clause)
    return bool(
        compiled(
            r"(?:van|door|tijdens|bij|met|na) (?:de |die |een |mijn |mn |zon |het )?"
            r"(?:kramp\w*|\w*pijn)|van de pijn"
        ).search(text)
    )


# --------------------------------------------------------------------------- 112


def breathless(s: Scene, ctx: Context) -> bool:
    if not s.has(C.BREATHLESS):
        return False
    real = [m for m in s.affirmed(C.BREATHLESS) if not s._covered_by(m, C.NOT_BREATHLESS)]
    return bool(real) and not ankles_and_slow_breathlessness(s, ctx)


def chest_pain(s: Scene, ctx: Context) -> bool:
    return s.has(C.CHEST_PAIN)


def coughing_blood(s: Scene, ctx: Context) -> bool:
    return s.has(C.COUGH_BLOOD)


def _guess_asked_alone(s: Scene, clause: int) -> bool:
    """A clause that only asks about a cause ("komt dat door de kou?"): it names no body
    part and no state of its own."""
    return s.clauses[clause].asks and not any(
        s.in_clause(clause, pattern) for pattern in (C.LEG, C.PALE, C.BLUE, C.COLD)
    )


def _since_today(s: Scene) -> bool:
    """A time of today ("sinds vanochtend", "vanmiddag"), not a bare "nu" or "net"."""
    return any(
        " ".join(s.clauses[m.clause].words[m.start : m.end])
        not in {"nu", "net", "juist", "nu ineens"}
        for m in s.affirmed(C.RECENT)
    )


def leg_cold_pale_blue(s: Scene, ctx: Context) -> bool:
    """A pale, white or blue leg or foot; a suddenly cold one; an ice-cold one with
    severe pain; a cold leg without feeling. Not veins, a bruise, toes white in the cold."""
    if (s.has(C.HARMLESS_COLOUR) or s.mentioned(C.HARMLESS_COLOUR)) and not s.has(C.SUDDEN):
        # "een bal op mijn scheen gekregen, blauw en gevoelig": the cause may sit in the
        # clause before the colour.
        colour = [
            m
            for m in s.bound(C.PALE) + s.bound(C.BLUE)
            if not compiled(C.HARMLESS_COLOUR).search(_with_its_cause(s, m.clause))
        ]
    else:
        colour = s.bound(C.PALE) + s.bound(C.BLUE)
    # "mijn plas is bijna zwart": the urine's colour, not the leg's.
    colour = [m for m in colour if not compiled(C.DARK_URINE).search(s.clause_text(m.clause))]
    # White toes in the cold for years are a known pattern; "plots wit" is not. A guess
    # asked on its own ("..., is dat van de kou?") is no known pattern.
    # A colour that came today and stays ("sinds vanochtend blauw en koud") is no known
    # pattern either, even when the person guesses it is the cold.
    cold_triggered = (
        any(not _guess_asked_alone(s, m.clause) for m in s.affirmed(C.COLD_TRIGGERED))
        and not s.has(C.SUDDEN, r"veel kouder|anders dan")
        and not (_since_today(s) and not s.has(C.BETTER) and not s.has(C.OLD_AND_UNCHANGED))
        # white for hours and still so: no passing cold pattern either
        and not (s.has(C.LONG_DURATION, r"nog steeds|nog altijd") and not s.has(C.BETTER))
    )
    if colour and not cold_triggered:
        return True
    cold = [
        m
        for m in s.bound(C.COLD)
        if not compiled(
            r"(?:heb|hebt|heeft|had|krijg|krijgt) (?:het )?(?:zo |erg |heel )?koud|koude voeten|koude tenen|koude rillingen"
            r"|koude (?:handen|benen)|koud water|koude douche|koud bad|(?<!van )ijs|coldpack|cold pack"
            # a cold floor eases a cramp: "een paar stappen op de koude vloer"
            r"|koude (?:vloer|tegels|grond|badkamervloer|keukenvloer|stenen|plavuizen)"
            # cold as a remedy: "helpt een warme douche of juist een koude?"
            r"|douche|bad|water|kompres|washandje|ijszak|coldpack|koelen"
        ).search(s.clause_text(m.clause))
    ]
    if not cold or cold_triggered:
        return bool(s.bound(C.ICE_COLD)) and s.has(C.PAIN) and s.has(C.SEVERE)
    purple = [
        m
        for m in s.bound(r"paars|paarse|paarsig|paarsachtig")
        if not compiled(C.HARMLESS_COLOUR).search(s.clause_text(m.clause))
    ]
    return (
        s.has(C.SUDDEN, C.RECENT, C.COMPARISON)
        # "ik voel er niks meer van sinds vanmorgen": a time is not negated by the "niks"
        or any(s.clauses[m.clause].counts for m in s.matches(C.RECENT))
        or bool(purple)
        or bool(s.bound(C.NO_FEELING))
        or bool(s.bound(C.CANNOT_MOVE))
        or bool(s.bound(C.WEAK))
        or (s.has(C.PAIN) and s.has(C.SEVERE))
    )


def _relief(s: Scene, m: Match) -> bool:
    """ "na een minuut was het over en nu voel ik niks meer": feeling nothing any more,
    with no leg named in that clause, next to the cramp being over, is relief."""
    return not s.in_clause(m.clause, C.LEG, affirmed=False) and any(
        b.clause == m.clause and not (m.start <= b.start and b.end <= m.end)
        for b in s.affirmed(C.BETTER)
    )


def leg_without_feeling(s: Scene, ctx: Context) -> bool:
    """No feeling in the leg, or numbness that came suddenly (today)."""
    # A foot that "fell asleep" from sitting on it and is normal again: a pinched nerve.
    if s.has(
        r"kleermakerszit|op (?:mijn|mn|zijn|haar) (?:knieen|hurken|benen|been|voet) (?:\w+ )?(?:gezeten|zitten|zat)"
        r"|gehurkt|op de hurken|benen over elkaar|(?:voet|been) sliep"
    ) and s.has(r"weer over|weer normaal|weer (?:gewoon )?alles|alles weer|weer weg"):
        return False
    # Numb from the snow, warm and normal again after a shower: the cold, not a sign. Not
    # when the better is the other foot ("de rechtervoet is weer normaal") or the no
    # feeling is said of now ("ook niet nu ik bij de kachel zit").
    recovered = [
        m.clause
        for m in s.affirmed(C.BETTER)
        if not s.in_clause(m.clause, r"\w*(?:linker|rechter|andere|ander)\w*")
    ]
    numb_clauses = [m.clause for m in s.affirmed(C.NUMB)]
    if (
        s.has(C.COLD_TRIGGERED)
        and recovered
        and numb_clauses
        and max(numb_clauses) < max(recovered)
        and not any(s.in_clause(c, r"nu|nog|nog steeds|nog altijd") for c in numb_clauses)
        and not s.has(C.SUDDEN, C.STAYS)
    ):
        return False
    strong = [
        m
        for m in s.bound(C.NO_FEELING, near=False)
        if not compiled(
            r"(?:kramp|pijn)\w* (?:\w+ )?niet meer|voel (?:ik |je |hij |ze )?(?:de |die |mijn |mn |zijn |haar )?(?:kramp|pijn)"
        ).search(s.clause_text(m.clause))
        and not _relief(s, m)
    ]
    if strong and not (s.has(C.SLOW) and not s.has(C.SUDDEN, C.RECENT)):
        return True
    numb = [m for m in s.bound(C.NUMB) + s.bound(C.NUMB, C.ONE_SIDE_OF_BODY) if not _relief(s, m)]
    # Safety rules v3: "ineens" is in the last hours or today ("vanmiddag werd mijn been doof").
    started = s.has(C.SUDDEN) or (s.has(C.RECENT) and not s.has(C.OLD_AND_UNCHANGED))
    return bool(numb) and started and not s.has(C.SLOW, C.DAYS_AGO)


_EXERTION = (
    r"(?:na|van|door|tijdens) (?:het |de |een |mijn |mn |die )?(?:sporten|sport|fietsen|fietstocht|wandelen|wandeling"
    r"|marathon|hardlopen|rennen|training|trainen|fitness|voetbal\w*|tennis|zwemmen|klimmen|bergwandeling|tocht)"
)


def _both_legs_after_exertion(s: Scene) -> bool:
    return (
        s.has(_EXERTION)
        and s.has(r"benen|allebei")
        and not s.has(
            C.ONE_SIDE_OF_BODY,
            C.SUDDEN,
            C.FACE_DROOP,
            C.SPEECH,
            r"(?:linker|rechter|linkse|rechtse)\w*|(?:een|1|alleen) (?:been|voet)",
        )
    )


def paralysis(s: Scene, ctx: Context) -> bool:
    """ "Verlamd"; a leg or arm that suddenly gives way or cannot be moved; one side of the
    body weak or numb. Not "kan even niet lopen van de kramp"."""
    if s.has(C.PARALYSIS):
        return True
    # Weak legs with dark urine are muscle breakdown (today); a feverish child who will
    # not stand on a leg is the child-with-fever sign (today). A side said as "met
    # rechts" ("kan haar kopje niet meer vasthouden met rechts") is a site too.
    muscle_breakdown = dark_urine(s, ctx) or (ctx.child and s.has(C.FEVER))
    for site in (C.LEG, C.ARM, r"met (?:links|rechts)|(?:links|rechts)"):
        if muscle_breakdown and site == C.LEG:
            continue
        for m in s.bound(C.CANNOT_MOVE, site):
            # "kan mijn been niet meer bewegen": 112, unless it is the cramp or slow. Slow
            # is said of this clause, or with nothing sudden: "al jaren kramp ...
            # vanochtend kon ik mijn arm en been ineens moeilijk bewegen" is sudden.
            slow = s.in_clause(m.clause, C.SLOW) or (
                _slow_sign(s) and not s.has(C.SUDDEN, C.RECENT)
            )
            if not _attributed_to_cramp_or_pain(s, m.clause) and not slow:
                return True
        for m in s.bound(C.WEAK, site):
            if _attributed_to_cramp_or_pain(s, m.clause):
                continue
            # Both legs weak after sport or a long walk: tired muscles, not a stroke.
            if site == C.LEG and _both_legs_after_exertion(s):
                continue
            if s.has(C.SUDDEN, C.RECENT) and not _slow_sign(s):
                return True
    if s.has(C.SUDDEN, C.RECENT) and s.has(
        r"(?:loopt|liep|zwalkt|zwalkte|waggelt) (?:\w+ ){0,2}(?:als een dronken\w*|scheef|naar (?:een|1|de ene) kant)|(?:val|valt|viel|zak|zakt|zakte) (?:\w+ )?opzij"
    ):
        return True
    one_side = s.has(C.ONE_SIDE_OF_BODY)
    return one_side and s.has(
        C.WEAK, C.NUMB, C.TINGLING, r"hangt|scheef|doet niet mee|niet meer mee"
    )


def face_or_speech(s: Scene, ctx: Context) -> bool:
    if s.has(C.SPEECH) or s.has(C.FACE_DROOP):
        return True
    # "mijn mond stond even scheef van de pijn, zo'n grimas": a face pulled in pain.
    return any(
        not compiled(r"van (?:de )?pijn|grimas\w*|een gezicht (?:trok|trekken|getrokken)").search(
            s.clause_text(m.clause) + " " + s.clause_text(min(m.clause + 1, len(s.clauses) - 1))
        )
        for m in s.bound(C.CROOKED, C.FACE)
    )


_STUIP_IDIOM = (
    r"(?:schrok|schrik|schrikt|schrokken|geschrokken|lach|lacht|lachte|lachten|gelachen|werk|werkte|werkten)"
    r" (?:\w+ ){0,3}stuip|stuip (?:\w+ )?(?:geschrokken|gelachen|gewerkt)"
    # "ik kreeg bijna een stuip van schrik"
    r"|bijna een stuip|een stuip (?:van|door) (?:de )?(?:schrik|angst|het lachen)"
)


def seizure(s: Scene, ctx: Context) -> bool:
    matches = s.affirmed(C.SEIZURE)
    if not matches:
        return False
    # A leg that jerks while falling asleep (or in one's sleep) is a harmless sleep
    # start or restless legs, not a fit.
    if s.has(
        r"(?:in slaap|inslapen|indutten|wegdommel\w*|wegdoezel\w*|slaapschok\w*|in (?:haar|zijn|mijn|mn|de) slaap|onrustige benen)"
    ) and not s.has(rf"{C.UNCONSCIOUS}|{C.BODY}|{C.ARM}|armen|ogen|reageer\w*|hele|koorts"):
        return False
    # "Stuiptrekkingen in mijn kuit" is how some people describe an ordinary cramp.
    for m in matches:
        # "ik schrok me een stuip", "we lachten ons een stuip": a fright, a laugh
        if s._covered_by(m, _STUIP_IDIOM):
            continue
        text = s.clause_text(m.clause)
        # Only a twitch bound to the leg itself ("stuiptrekkingen in mijn kuit").
        if compiled(
            r"(?:stuiptrek\w*|trekkingen|schok\w*|convulsie\w*) in (?:mijn|mn|zijn|zn|haar|dr|de) \w*(?:been|benen|kuit|kuiten|voet|voeten|dij|dijen|teen|tenen)"
        ).search(text) and not compiled(
            rf"{C.BODY}|{C.ARM}|armen|bewust\w*|ogen|reageer\w*|hele"
        ).search(text):
            continue
        return True
    return False


# "... gaf ze geen antwoord. Bleek ze gewoon oordopjes in te hebben, alles goed met haar."
_EXPLAINED_AND_WELL = (
    r"bleek (?:ze|hij|zij|het) (?:\w+ ){0,2}(?:gewoon|alleen|maar|toch)\b"
    r"|alles (?:is |was )?(?:weer )?(?:goed|in orde|prima|oke|ok) met (?:haar|hem)"
    r"|(?:lag|sliep) (?:ze|hij|zij) (?:gewoon )?(?:te slapen|diep te slapen|gewoon)\b"
)


def unconscious(s: Scene, ctx: Context) -> bool:
    found = s.affirmed(C.UNCONSCIOUS)
    explained = [m.clause for m in s.affirmed(_EXPLAINED_AND_WELL)]
    return any(not any(c > m.clause for c in explained) for m in found)


# "vorige week was hij ineens verward ... na twee dagen was hij weer helemaal de oude"
_CLEAR_AGAIN = r"(?:weer|alweer) (?:\w+ )?(?:de oude|helder|zichzelf|normaal)\b|(?:is|was) (?:\w+ )?(?:weer )?(?:helemaal )?bij\b"
_CONFUSION_WAS = r"was|waren|vorige week|vorige maand|geleden|toen|herkende|wist|kreeg"


def confused(s: Scene, ctx: Context) -> bool:
    # (the recovery may be told in a sentence that is not current: "heeft de krant gelezen")
    clear = _recovered_in(s, _CLEAR_AGAIN, include_general=True)
    return bool(
        [
            m
            for m in s.affirmed(C.CONFUSED)
            if not compiled(
                r"(?:slaap\w*|\w*ritme|maag|darm\w*|hormon\w*|schema|planning|cyclus|hoofd)\b.*\bin de war"
            ).search(s.clause_text(m.clause))
            and not (
                _was_and_went(s, m, clear, _CONFUSION_WAS)
                and s.has(
                    r"vorige week|vorige maand|dagen geleden|weken geleden|(?:twee|drie|paar) dagen"
                )
            )
        ]
    )


def whole_body_cramp(s: Scene, ctx: Context) -> bool:
    return s.has(C.WHOLE_BODY_CRAMP)


def pregnant_high_belly_pain(s: Scene, ctx: Context) -> bool:
    if not (ctx.pregnant or ctx.postpartum):
        return False
    if not (s.has(C.HIGH_BELLY) and s.has(C.PAIN)):
        return False
    # Severe pain with feeling ill; or feeling very ill and vomiting with it (HELLP is
    # often told by how ill one is, not by how bad the pain is).
    very_ill = s.has(
        r"doodziek|hondsziek|hondsberoerd|(?:heel|erg|echt|zo) (?:ziek|beroerd|ellendig)"
    )
    return s.has(C.SEVERE) and s.has(C.FEELING_ILL) or very_ill and s.has(C.VOMIT)


def bleeding_varix(s: Scene, ctx: Context) -> bool:
    return s.same_clause(C.VARIX, C.BLEEDING) and s.has(C.HEAVY)


# --------------------------------------------------------------------------- vandaag


def _one_sided(s: Scene) -> bool:
    """One leg, not both: a compared side, "alleen links", a singular leg word."""
    if s.has(C.COMPARISON, C.ONE_SIDE_WORDS):
        return True
    if s.has(C.BOTH) or (s.mentioned(C.BOTH_LEGS_WORD) and not s.mentioned(C.ONE_LEG_WORD)):
        return False
    return True


def _both_warm_and_well(s: Scene, clause: int) -> bool:
    return bool(_BOTH_FEET_OR_LEGS.search(s.clause_text(clause))) and not any(
        s.in_clause(clause, state) for state in (C.PAIN, C.SWOLLEN, C.RED)
    )


_BOTH_FEET_OR_LEGS = compiled(r"voeten|benen|beide \w+|allebei|alle twee|beiden")


# Gone, not merely less: "het is nu helemaal over", "weer normaal".
_GONE = (
    r"(?:helemaal|volledig|compleet) (?:over|weg|voorbij|normaal|genezen)|weer (?:helemaal )?normaal"
    r"|(?:dat|het|alles) is (?:\w+ )?(?:allemaal )?(?:over|weg|voorbij)|al (?:weken|maanden|jaren) (?:weer )?normaal"
    r"|(?:is|zijn) (?:alles |het |helemaal |inmiddels )*genezen"
    r"|(?:is|was) (?:nu |inmiddels |alweer )?(?:over|weg|voorbij)|was (?:het|hij|ze|die) (?:\w+ )?(?:over|weg|voorbij)"
)


# What a clause says in the past ("toen", "was", "had"): a state that was, not is.
_SWELLING_WAS = r"toen|vorige week|vorige maand|geleden|leek|was|waren|had|hadden|dacht|dachten|dacht dat|stond|stonden"
_REDNESS_WAS = r"toen|vorige week|zat|was|waren|had|hadden"


def _recovered_in(s: Scene, pattern: str, *still: str, include_general: bool = False) -> List[int]:
    """The clauses that say the state is over (`pattern`), none when something is said to
    stay or get worse (`still`, default: worse)."""
    if s.has(*(still or (C.WORSE,))):
        return []
    return [m.clause for m in s.affirmed(pattern, include_general=include_general)]


def _was_and_went(s: Scene, m: Match, later: Sequence[int], past: str) -> bool:
    """The state was (its clause says so in the past) and a later clause says it went."""
    return any(c > m.clause for c in later) and bool(compiled(past).search(s.clause_text(m.clause)))


def swollen_red_warm_leg(s: Scene, ctx: Context) -> bool:
    """One leg swollen (dik), red or discoloured, or warm (one sign is enough, with or
    without pain): possible trombosebeen. Both legs or both ankles are not this sign."""
    if s.has(C.COMPARISON) and s.has(
        C.SWOLLEN, C.RED, C.WARM, C.HARD, r"blauwig\w*|paarsig\w*|verkleurd\w*|andere kleur"
    ):
        return True
    # "vorige week leek mijn kuit dik ... inmiddels weer normaal, niet dik", "had vorige
    # week een dikke kuit ... nu helemaal over": it was, and a later clause says it is not.
    still_there = s.has(C.WORSE, C.STAYS)
    later_denied = [m.clause for m in s.matches(C.SWOLLEN) if m.negated] + [
        m.clause for m in s.affirmed(_GONE) if not still_there
    ]
    swollen = [
        m
        for m in s.bound(C.SWOLLEN, C.LEG, exclude=C.NOT_A_SIGN)
        + s.affirmed(C.TIGHT_GARMENT)
        + (s.affirmed(C.GARMENT_MARK) if s.has(C.ONLY_ONE_SIDE) else [])
        if not _was_and_went(s, m, later_denied, _SWELLING_WAS)
    ]
    # "mijn kuit is dik! oh nee, ... ze zijn precies even dik": the comparison corrects it
    if s.has(
        r"(?:precies |gewoon |allebei |alle twee |beide )?even dik|niet dikker dan (?:de|het|mijn) (?:andere|linker|rechter)"
    ):
        swollen = []
    # "vanochtend zat er een rode plek, nu is die al bijna weg": it was, and is going
    gone_later = [] if still_there else [m.clause for m in s.affirmed(f"{_GONE}|bijna weg|al weg")]
    red_or_warm = [
        m
        for m in s.bound(C.RED, exclude=C.NOT_A_SIGN) + s.bound(C.WARM, exclude=C.NOT_A_SIGN)
        if not compiled(C.HARMLESS_COLOUR).search(s.clause_text(m.clause))
        and not _was_and_went(s, m, gone_later, _REDNESS_WAS)
        and not compiled(C.SUNBURN).search(_with_its_cause(s, m.clause))
        and not (
            m.clause + 1 < len(s.clauses)
            and _CAUSE_OPENS.search(s.clause_text(m.clause + 1))
            and compiled(f"{C.HARMLESS_COLOUR}|{C.NOT_A_SIGN}").search(s.clause_text(m.clause + 1))
        )
        # "zijn voeten zijn warm en hij loopt elke dag": both feet warm is reassurance
        and not _both_warm_and_well(s, m.clause)
    ]
    hard_and_sore = (
        bool(s.bound(C.HARD)) and s.has(C.PAIN) and s.has(C.AFTER_CRAMP, C.STAYS, C.THROMBOSIS_RISK)
    )
    if not (swollen or red_or_warm or hard_and_sore):
        return False
    # A sprained ankle that is going down and hurts less: the sprain, healing.
    if (
        s.has(C.SPRAIN)
        and s.has(C.BETTER, r"slinkt|slinken|zakt|wordt (?:\w+ ){0,3}beter")
        and not s.has(C.WORSE)
    ):
        return False
    if swollen and not red_or_warm and not _one_sided(s):
        return False
    if not _one_sided(s) and not s.has(C.PAIN):
        return False
    return True


_RECURRING = r"af en toe|soms|telkens|steeds weer|elke|iedere|vaak"
_NOT_STOPPING = (
    r"(?:stopt|stopte|houdt|hield) (?:\w+ ){0,4}niet(?: meer)? ?(?:op)?\b"
    r"|niet (?:wil |wilde )?(?:stopt|stoppen|ophoudt|ophouden|op houdt)\b"
)


def _hard_beyond_the_cramp(s: Scene) -> bool:
    """A hard calf told apart from the cramp, or said to stay ("nu nog hard"); not the
    cramp's own hardness ("kramp in mijn kuit gehad, heel hard, daarna ging het weg")."""
    if s.has(C.STAYS, C.WORSE, r"niet beter"):
        return _legs(s, C.HARD)
    cramp_sentences = {s.clauses[m.clause].sentence for m in s.affirmed(C.CRAMP)}
    return any(
        s.clauses[m.clause].sentence not in cramp_sentences
        or s.in_clause(m.clause, r"nog|blijft|steeds|nu|inmiddels|sindsdien|daarna|erna|nadien")
        for m in s.bound(C.HARD, C.LEG, exclude=C.NOT_A_SIGN)
    )


def pain_or_swelling_stays(s: Scene, ctx: Context) -> bool:
    """A "cramp" that lasts hours, or pain or swelling that stays after the cramp and gets
    worse, or hurts when pressed or when standing (soreness that gets less is normal)."""
    # "dat harde in mijn kuit gaat niet weg": a hard calf is the cramp, without the word
    cramp = s.has(C.CRAMP) or bool(s.bound(C.HARD))
    better = s.has(C.BETTER) and not s.has(C.WORSE)
    # Belly cramps ("krampen onderin mijn buik, sinds gisteren ongesteld") are no leg cramp.
    # "sinds zaterdag tintelingen ... wel af en toe kramp ... het gaat niet weg": what does
    # not go is the tingling, not an occasional cramp
    other_state_lasting = s.has(C.TINGLING) and s.has(r"af en toe|soms|wel eens|'s nachts|s nachts")
    leg_cramp_lasting = any(
        not s._covered_by(m, C.BELLY_CRAMP) and s.in_clause(m.clause, C.LONG_DURATION)
        for m in s.affirmed(C.CRAMP)
    ) or any(s.in_clause(m.clause, C.LONG_DURATION) for m in s.bound(C.HARD))
    long_cramp = cramp and (
        leg_cramp_lasting
        or not other_state_lasting
        and s.has(
            r"lost niet op|gaat (?:\w+ ){0,5}niet (?:meer )?(?:weg|over(?! (?:mezelf|mijzelf|mij|me|hem|haar|jou|ons|mijn|mn|zijn|de|het|een|iemand)\b))|blijft (?:\w+ )?(?:hard|keihard|vast|zitten|trekken|staan)|wil niet (?:over|weg|los)|laat niet los"
            r"|(?:nog steeds|nog altijd|steeds nog) (?:niet )?(?:over|weg|vast|hard|aanwezig)|(?:nog steeds|nog altijd) (?:\w+ )?niet (?:over|weg)"
            r"|zit (?:er )?(?:\w+ )?nog (?:steeds|altijd)|niet weg ?gaat|niet over ?gaat|niet (?:weg|over) (?:wil|wilde|willen)\b"
            # "de mijne zit er al in sinds 7 uur vanochtend"
            r"|(?:zit|zitten) (?:er |hij |ie |die |ze )?(?:nu )?al (?:in )?(?:sinds|vanaf|de hele|(?:\d+|twee|drie|vier|vijf|zes|een paar|paar|anderhalf) uur|uren)"
            # every cramp is "een harde bal"; one that stays so is not
            r"|(?:blijft|nog steeds|nog altijd|steeds nog|nog) (?:\w+ ){0,2}(?:harde|keiharde) bal"
            r"|om \d{1,2} uur (?:\w+ ){1,14}om \d{1,2} uur (?:\w+ ){0,3}(?:nog steeds|nog altijd)"
        )
        # "kramp. sinds gisteravond. nog steeds.": the hours and the staying in short sentences.
        or s.has(C.LONG_DURATION)
        and s.has(
            r"(?:nog steeds|nog altijd|steeds nog)(?! (?:niks|niets|geen|normaal|goed|prima))"
        )
        and not s.has(_RECURRING)
        # "kramp die maar niet stopt ... al ruim 3 uur", "houdt al twee uur niet op": not
        # stopping, for hours (the hours sit inside the "niet", so: said at all)
        or (
            s.mentioned(C.LONG_DURATION)
            or s.has(
                r"(?:\d+|twee|drie|vier|vijf|zes|een paar|paar|anderhalf) (?:uur|uren) geleden (?:\w+ )?(?:begonnen|begon|gekomen|kwam)"
            )
        )
        and s.has(_NOT_STOPPING)
        and not s.has(_RECURRING)
    )
    # "normaal is het na een minuut weg": how it usually goes, not how it went this time
    went = [
        m
        for m in s.affirmed(
            r"(?:is|was) (?:(?!kwart |tien |vijf |twintig )\w+ ){0,2}(?:over(?! (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|\d))|weg|voorbij)|weer weg|alweer over|(?:alles|het|hij|die) (?:\w+ )?weer normaal"
            # "na een paar minuten weg", "ging vanzelf over": it did go
            r"|na (?:een paar|paar|enkele|een|twee|drie|vijf|tien|\d+) (?:minuten|minuutjes|minuut|seconden|tellen) (?:\w+ )?(?:weg|over|voorbij)"
            r"|(?:ging|trok) (?:vanzelf |weer |snel )?(?:weg|over)"
        )
        if not s.in_clause(
            m.clause,
            r"(?:normaal|anders|altijd) (?:is|gaat|duurt|zakt|stopt|trekt|was|ging|zit)|normaal gesproken|normaliter|meestal|gewoonlijk|doorgaans",
        )
    ]
    if long_cramp and not went:
        return True
    # "bij het wandelen pijn in mijn kuit, die ging weg als ik stilstond; sinds gisteren
    # gaat het niet meer weg, ook niet als ik zit ... het lijkt erger": rest pain, worse
    if (
        s.bound(C.PAIN, r"\w*kuit\w*")
        and s.has(
            r"(?:gaat|ging) (?:\w+ )?niet meer weg|ook (?:niet )?(?:als|wanneer) ik (?:zit|lig|stil sta|stilsta|rust)|in rust"
        )
        and s.has(C.WORSE, r"nog steeds|nog altijd")
        and not s.has(C.BETTER)
    ):
        return True
    torn = s.bound(
        r"knal|knap\w*|geknapt|scheur\w*|zweepslag|alsof iemand (?:me|mij|hem|haar) (?:\w+ ){0,4}(?:schopte|trapte|raakte|sloeg|gooide)"
    )
    if torn and s.has(C.PRESSURE_OR_STANDING_PAIN, C.SWOLLEN, C.HARD) and not s.has(C.BETTER):
        return True
    after = s.has(C.AFTER_CRAMP)
    if not (cramp or after):
        return False
    # The pain must belong to the cramp: said after it, or in the same sentence.
    cramp_clauses = [m.clause for m in s.affirmed(C.CRAMP)]
    linked = (
        after
        or s.has(r"sindsdien|sinds die|daarna|erna|(?:een|1|twee|2|drie|3|paar) dag(?:en)? later")
        or s.same_sentence(C.CRAMP, C.PAIN)
        or s.same_sentence(C.CRAMP, C.SWOLLEN)
        or s.same_sentence(C.CRAMP, C.PRESSURE_OR_STANDING_PAIN)
        # "kramp om 7 uur ... nu blijft de kuit pijn doen en het wordt erger": pain told
        # after the cramp, in a clause of its own, that stays or gets worse
        or bool(cramp_clauses)
        and s.has(C.STAYS, C.WORSE)
        and any(
            m.clause > min(cramp_clauses) and not s.in_clause(m.clause, C.CRAMP)
            for m in s.affirmed(C.PAIN)
        )
        # "eergisteren kramp ... vandaag is het erger, als ik erop sta doet het zeer": a
        # cramp days ago, and now pain that is worse or hurts when pressed or stood on.
        or (
            s.same_clause(C.CRAMP, C.DAYS_AGO)
            or s.same_clause(
                C.CRAMP,
                r"gisteren|gisteravond|gistermiddag|gisternacht|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*|het weekend",
            )
        )
        and s.has(C.WORSE, C.PRESSURE_OR_STANDING_PAIN)
    )
    # "bij het opstaan kreeg ze kramp": when the cramp came, not pain on standing after it
    onset = r"(?:kreeg|krijg|krijgt|kwam|komt|had|heb|schoot|schiet) (?:\w+ ){0,5}(?:kramp\w*|\w+kramp)|(?:kramp\w*|\w+kramp) (?:\w+ ){0,4}bij (?:het )?(?:opstaan|lopen|staan|stappen)"
    standing_pain = [
        m
        for m in s.affirmed(C.PRESSURE_OR_STANDING_PAIN)
        if not (s.clauses[m.clause].words[m.start] == "bij" and s.in_clause(m.clause, onset))
    ]
    pain_or_swelling = s.has(C.PAIN, C.SWOLLEN, C.HARD) or bool(standing_pain)
    if not (linked and pain_or_swelling):
        return False
    if s.has(
        r"even niet|heel even|eventjes|tijdens (?:de|een|die|zon) kramp|op dat moment"
    ) and not s.has(C.STAYS, C.WORSE):
        return False  # "ik kan even niet lopen van de kramp": the cramp itself
    signs = (
        s.has(C.STAYS, C.WORSE)
        or bool(standing_pain)
        or _legs(s, C.BLUE)
        or _hard_beyond_the_cramp(s)
        or s.has(
            r"knap\w*|geknapt|scheur\w*|zweepslag|alsof iemand (?:me|mij) (?:schopte|trapte|raakte)"
        )
    )
    return signs and not better


def red_hot_leg_with_fever(s: Scene, ctx: Context) -> bool:
    if not s.has(C.FEVER):
        return False
    red = _legs(s, C.RED, C.WARM) or s.has(
        r"rode (?:streep|plek|vlek|plekken)|streep (?:\w+ ){0,3}(?:omhoog|naar boven)"
    )
    return red


_URINE_LIGHT_AGAIN = r"(?:weer|alweer) (?:\w+ )?(?:licht\w*|lichtgeel|geel|helder|normaal)\b|(?:lichtgeel|helder) (?:\w+ )?weer"
_URINE_WAS = r"was|waren|toen|daarna|zaterdag|zondag|gisteren|vorige week"


def dark_urine(s: Scene, ctx: Context) -> bool:
    # "mijn plas was daarna donker ... nu is hij weer lichtgeel": it was, and it went
    light = _recovered_in(s, _URINE_LIGHT_AGAIN)
    if not [m for m in s.affirmed(C.DARK_URINE) if not _was_and_went(s, m, light, _URINE_WAS)]:
        return False
    return s.has(r"cola\w*|als cola") or s.has(
        C.MUSCLE_PAIN, C.PAIN, C.WEAK, r"spier\w*|stijf|sport\w*|gesport|marathon|statine\w*|lam"
    )


_KEEPS_NOTHING_DOWN = (
    r"(?:niks |niets |geen \w+ )?binnen ?(?:houden|houdt|houd|hou)|(?:houd|hou|houdt|houden) (?:\w+ ){0,3}(?:niks|niets|geen \w+) (?:meer )?binnen|alles (?:komt )?eruit|spuugt alles"
    r"|braakt alles|geeft alles over|eruit komt|(?:niks|niets) binnen|niet binnen"
    r"|(?:drinken|eten|water|thee) (?:\w+ )?komt (?:\w+ )?(?:terug|eruit|er weer uit|meteen weer)"
    r"|(?:drinken|eten|water|thee|slokje|slok|slokjes|hapje|beetje) (?:\w+ ){0,4}(?:uitkomt|eruit komt|terugkomt|terug komt|weer uit komt)"
    # "alles wat hij drinkt spuugt hij weer uit"
    r"|(?:alles|al het|elk slokje|elke slok) (?:\w+ ){0,4}(?:drinkt|drink|drinken|eet|binnenkrijgt|krijgt) (?:\w+ ){0,2}(?:spuugt|spuwt|braakt|kotst|komt|gooit)"
    r"(?: \w+){0,4} (?:uit|eruit|terug|over)"
    # "spuugt sinds vannacht 2 uur alles uit, ook het ORS"
    r"|(?:spuugt|spuug|spuwt|braakt|kotst) (?:\w+ ){0,6}alles (?:weer )?(?:uit|eruit|over)\b"
    r"|(?:spuugt|spuwt|braakt|kotst) (?:\w+ ){0,3}(?:slokjes|slokje|water|drinken|thee|ors|melk|voeding)(?: \w+){0,5} (?:weer )?(?:uit|eruit)\b"
)


_FLUIDS_KEPT_AGAIN = (
    rf"{_GONE}|(?:weer|alweer) (?:\w+ )?de oude\b"
    r"|(?:eet|drink|drinkt|eten|drinken) (?:\w+ ){0,3}(?:weer )?(?:normaal|gewoon|goed|prima)\b"
    r"|houdt (?:\w+ )?(?:alles|het|eten|drinken) (?:weer )?binnen"
)
_SIPS = r"slok\w*|drinken|drinkt|water|limonade|thee|ors|drinkje\w*|flesje|borstvoeding|voeding"
_COMES_BACK_UP = r"(?:komt|kwam|komen|kwamen) (?:het |er |alles )*(?:\w+ ){0,5}(?:weer |meteen |gelijk )?(?:uit|eruit|terug)\b"
_FLUIDS_LOST_WAS = r"kon|konden|kreeg|had|hadden|gehad|toen|vorige week|geleden|was|waren"


def dehydration(s: Scene, ctx: Context) -> bool:
    """Vomiting or diarrhoea, and fluids not kept down ("kan niks binnenhouden" says both),
    in a child, an older or a pregnant person (safety rules v3; an adult of 18 to 64 who
    says their age is not this sign). Not when it was and a later clause says it is over
    ("vorige week kon ik niks binnenhouden ... nu ben ik weer de oude")."""
    if (
        ctx.age is not None
        and ctx.age >= ADULT_FROM_AGE
        and not (ctx.older or ctx.child or ctx.pregnant or ctx.postpartum)
    ):
        return False
    again = _recovered_in(s, _FLUIDS_KEPT_AGAIN, C.WORSE, C.STAYS)

    def still_lost(matches: List[Match]) -> List[Match]:
        return [m for m in matches if not _was_and_went(s, m, again, _FLUIDS_LOST_WAS)]

    if still_lost(s.affirmed(_KEEPS_NOTHING_DOWN)):
        return True
    # "slokjes limonade gegeven maar het komt er na een paar minuten weer uit"
    if s.has(C.VOMIT) and s.has(_SIPS) and s.has(_COMES_BACK_UP) and not again:
        return True
    return s.has(C.VOMIT, C.DIARRHEA) and bool(still_lost(s.affirmed(C.NO_FLUIDS)))


def child_fever_leg(s: Scene, ctx: Context) -> bool:
    if not ctx.child or not s.has(C.FEVER):
        return False
    # "de koorts is nu al drie dagen weg": a fever that was
    if s.has(
        r"(?:koorts|verhoging) (?:is|was) (?:\w+ ){0,4}(?:weg|over|gezakt|voorbij)|geen koorts meer"
    ) and not s.has(r"terug|weer koorts|opnieuw|weer (?:\w+ )?verhoging|komt (?:\w+ )?weer"):
        return False
    return (
        s.has(
            r"mank\w*|hinkt|hinken|trekt (?:\w+ )?met (?:zijn|haar|dr|zn) been|(?:wil|wilde|wou|willen) (?:\w+ ){0,3}niet (?:meer )?(?:\w+ ){0,3}(?:lopen|staan|stappen)"
            r"|trekt (?:zich|zichzelf) (?:\w+ ){0,2}niet (?:meer )?op"
            r"|kan niet (?:meer )?(?:lopen|staan)|loopt (?:raar|moeilijk|niet)|kruipt alleen|gaat meteen zitten|spaart"
            r"|(?:lopen|staan) wil (?:hij|ze|zij) niet|wil (?:\w+ ){0,3}gedragen (?:worden|wordt)"
            r"|(?:been|voet) (?:\w+ )?niet (?:\w+ )?(?:belasten|neerzetten|gebruiken)|niet op (?:\w+ ){0,2}(?:been|voet) (?:\w+ )?staan"
        )
        or _legs(s, C.PAIN)
        or s.has(r"heup|knie|gewricht")
        or bool(s.bound(C.PRESSURE_OR_STANDING_PAIN))
    )


def pregnancy_alarm(s: Scene, ctx: Context) -> bool:
    if not (ctx.pregnant or ctx.postpartum):
        return False
    if ctx.pregnant and s.has(C.BELLY_CRAMP, C.FLUID_LOSS):
        return True
    return s.has(C.BLOOD_LOSS) and not s.has(C.COUGH_BLOOD)


def pre_eclampsia(s: Scene, ctx: Context) -> bool:
    if not (ctx.pregnant or ctx.postpartum):
        return False
    # "mijn gezicht is ni dik": the denial sits inside the words that matched.
    face = [
        m
        for m in s.affirmed(C.SWOLLEN_FACE_HANDS)
        if not set(s.clauses[m.clause].words[m.start : m.end]) & {"niet", "ni", "nie", "geen"}
    ]
    if face or s.has(C.VISION) or s.same_sentence(C.SWOLLEN, C.FACE_OR_HANDS):
        return True
    if s.has(C.HEADACHE) and not s.has(r"lichte|licht|een beetje|beetje|wat hoofdpijn"):
        return True
    return s.has(C.HIGH_BELLY) and s.has(C.PAIN)


_MUCH_WORSE_NOW = (
    r"(?:veel|stuk|heel veel|flink|een stuk) erger|(?:ineens|opeens|plots) (?:\w+ )?erger"
    r"|erger dan (?:eerst|ooit|gisteren|anders|normaal)|(?:hapt|happen|happend|snakt|snakken) (?:\w+ )?naar (?:lucht|adem)"
    r"|te happen naar (?:lucht|adem)|naar (?:lucht|adem) (?:te )?(?:happen|snakken)"
)


def ankles_and_slow_breathlessness(s: Scene, ctx: Context) -> bool:
    """Both ankles swollen, breathlessness that came on over days (possible heart
    failure): today. Sudden or severe breathlessness stays 112."""
    if not s.has(C.BREATHLESS) or s.has(C.SUDDEN) or s.has(C.SEVERE) or s.has(C.CHEST_PAIN):
        return False
    # "al een week dikke enkels ... maar nu zit ze te happen naar lucht, veel erger dan
    # eerst": breath that suddenly got much worse is no longer slow
    if s.has(_MUCH_WORSE_NOW):
        return False
    both_swollen = (s.has(C.BOTH) or s.mentioned(C.BOTH_LEGS_WORD)) and _legs(s, C.SWOLLEN)
    return both_swollen and s.has(
        C.SLOW, C.DAYS_AGO, r"de laatste dagen|sinds deze week|steeds \w+er"
    )


def kinine_side_effect(s: Scene, ctx: Context) -> bool:
    if not ctx.kinine:
        return False
    # "ik las dat dat van kinine kan komen, ik slik helemaal niks": kinine only named.
    if s.has(
        r"(?:slik|gebruik|neem|slikt|gebruikt|neemt) (?:\w+ ){0,2}(?:niks|niets|geen (?:medicijnen|pillen|kinine|tabletten))"
    ) and not s.has(
        rf"(?:slik|gebruik|neem|slikt|gebruikt|neemt) (?:(?!geen |niet |nooit )\w+ ){{0,3}}(?:{C.KININE})"
    ):
        return False
    # "Vorig jaar kreeg ik oorsuizen van kinine, ik ben gestopt en het is weg": over.
    # (said of the past, so read in clauses that are not current too)
    if s.has(
        r"gestopt|gestopt met|niet meer in|slik (?:\w+ )?niet meer", include_general=True
    ) and s.has(
        r"(?:is|zijn|was|waren) (?:\w+ ){0,4}(?:weg|over|verdwenen|voorbij)|weer weg|helemaal weg"
        r"|(?:ging|gingen|trok|trokken) (?:\w+ ){0,2}(?:weg|over)|verdween|verdwenen",
        include_general=True,
    ):
        return False
    # a swollen face or tongue: today at least (with breathlessness it is 112, above)
    return s.has(
        C.BRUISES, C.VISION, C.RINGING, C.FEVER, C.RASH, C.PALPITATIONS, C.SWOLLEN_FACE_HANDS
    )


def low_calcium_after_surgery(s: Scene, ctx: Context) -> bool:
    # "ik heb ooit een schildklieroperatie gehad": long ago is no reason for today
    surgery = [
        m
        for m in s.affirmed(C.THYROID_SURGERY)
        if not compiled(r"ooit|jaren|vroeger|(?:19|20)\d\d|jaar geleden").search(
            s.clause_text(m.clause)
        )
    ]
    return bool(surgery) and s.has(C.TINGLING, C.CRAMP, C.NUMB)


# --------------------------------------------------------------------------- huisarts


def thirst_peeing_weight(s: Scene, ctx: Context) -> bool:
    if s.has(C.THIRST, C.PEEING):
        return True
    return s.has(C.WEIGHT_LOSS) and not s.has(C.ON_PURPOSE_WEIGHT)


def both_ankles_swollen(s: Scene, ctx: Context) -> bool:
    # In pregnancy two thicker ankles are common, but still worth showing the verloskundige
    # (safety rules §3: both ankles swollen is an appointment); the alarms are face and
    # hands (pre-eclampsia, read by its own rule).
    if s.has(C.BREATHLESS):
        return False
    both = s.has(C.BOTH) or (
        s.mentioned(C.BOTH_LEGS_WORD) and not s.has(C.COMPARISON, C.ONE_SIDE_WORDS)
    )
    # "gemeten: niks aan de hand, beide benen even dik": equal, and checked
    if s.has(r"even dik|(?:niks|niets) aan de hand"):
        return False
    # "mijn moeder dacht dat ik dikke enkels heb, maar ze zijn echt niet dik"
    if s.has(r"(?:dacht|dachten|denkt|denken) (?:\w+ ){0,2}dat") and any(
        m.negated for m in s.matches(C.SWOLLEN)
    ):
        return False
    # "aan het eind van de dag laten mijn sokken bij allebei mijn enkels een diepe rand
    # achter en mijn schoenen knellen": measured by clothes, unless the swelling is denied
    by_clothes = s.has(C.GARMENT_MARK, C.TIGHT_GARMENTS) and not s.denied(C.SWOLLEN)
    return both and bool(
        s.bound(C.SWOLLEN, C.BOTH_LEGS_WORD, exclude=C.NOT_A_SIGN)
        or (s.has(C.BOTH) and _legs(s, C.SWOLLEN))
        or by_clothes
    )


def statin_muscle_pain(s: Scene, ctx: Context) -> bool:
    return s.has(C.STATIN) and s.has(C.MUSCLE_PAIN, C.WEAK, r"spier\w* (?:\w+ )?(?:pijn|zeer|zwak)")


# Typical groeipijn (safety rules §3): pain in both legs in the evening or night, and a
# child who walks and plays normally by day. Harmless, so no appointment sign.
_NORMAL_BY_DAY = (
    r"(?:overdag|s morgens|s ochtends|de volgende (?:dag|ochtend)|daarna|s middags) (?:\w+ ){0,5}"
    r"(?:rent|rennen|speelt|spelen|loopt|lopen|fietst|fietsen|springt|gewoon|prima|niks|niets|weg|over|normaal|voetbalt|klimt|vrolijk|blij|fit)"
    r"|(?:speelt|rent|loopt|fietst) (?:\w+ ){0,3}(?:gewoon|normaal|prima)"
)


def typical_growing_pains(s: Scene) -> bool:
    both = s.has(C.BOTH) or s.has(C.BOTH_LEGS_WORD)
    evening = s.has(r"s avonds|savonds|avond\w*|s nachts|snachts|nacht\w*|in bed|bij het slapen\w*")
    return (
        both
        and evening
        and s.has(_NORMAL_BY_DAY)
        and not s.has(r"mank\w*|hinkt|zwelling|dik|koorts")
    )


def child_often(s: Scene, ctx: Context) -> bool:
    return (
        ctx.child
        and s.has(rf"{C.CRAMP}|pijn\w*")
        and s.has(r"vaak|veel|regelmatig|steeds|elke|iedere|wekelijks|dagelijks|telkens")
        and not typical_growing_pains(s)
    )


def child_pain_by_day(s: Scene, ctx: Context) -> bool:
    return (
        ctx.child
        and s.has(r"pijn\w*")
        and s.has(r"overdag|bij het spelen|op school|s ochtends|s morgens|s middags")
        and not typical_growing_pains(s)
    )


_LIMPS = (
    r"mank\w*|hinkt|hinken|trekt (?:\w+ )?met (?:zijn|haar|dr|zn) been|spaart|loopt (?:\w+ ){0,3}(?:raar|moeilijk|scheef|vreemd)"
    r"|wil (?:\w+ ){0,3}niet (?:meer )?(?:lopen|staan|stappen)"
    r"|trekt (?:\w+ ){0,3}(?:been|beentje|voet)\w* (?:\w+ )?bij"
    # "loopt al twee weken anders, ze trekt haar rechterbeen een beetje bij"
    r"|loopt (?:\w+ ){0,4}anders\b|trekt (?:\w+ ){0,2}\w*(?:been|beentje|voet) (?:\w+ ){0,3}bij\b"
)


def child_limping(s: Scene, ctx: Context) -> bool:
    return ctx.child and s.has(_LIMPS)


def child_swelling(s: Scene, ctx: Context) -> bool:
    return ctx.child and _legs(s, C.SWOLLEN, r"zwelling|bult|bobbel")


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class Rule:
    code: str
    matches: Callable[[Scene, Context], bool]


RULES: Tuple[Rule, ...] = (
    Rule("benauwd", breathless),
    Rule("pijn_op_de_borst", chest_pain),
    Rule("bloed_ophoesten", coughing_blood),
    Rule("been_koud_bleek_blauw", leg_cold_pale_blue),
    Rule("been_gevoelloos", leg_without_feeling),
    Rule("verlamming", paralysis),
    Rule("scheve_mond_of_spraak", face_or_speech),
    Rule("stuip", seizure),
    Rule("bewusteloos", unconscious),
    Rule("verward", confused),
    Rule("kramp_hele_lichaam", whole_body_cramp),
    Rule("zwanger_bovenbuikpijn", pregnant_high_belly_pain),
    Rule("spatader_bloedt", bleeding_varix),
    Rule("been_dik_rood_warm", swollen_red_warm_leg),
    Rule("pijn_of_zwelling_blijft", pain_or_swelling_stays),
    Rule("rood_warm_been_met_koorts", red_hot_leg_with_fever),
    Rule("donkere_urine", dark_urine),
    Rule("uitdroging", dehydration),
    Rule("kind_koorts_beenpijn", child_fever_leg),
    Rule("zwanger_buik_bloed_vocht", pregnancy_alarm),
    Rule("pre_eclampsie", pre_eclampsia),
    Rule("enkels_dik_en_benauwd", ankles_and_slow_breathlessness),
    Rule("kinine_bijwerking", kinine_side_effect),
    Rule("laag_calcium_na_operatie", low_calcium_after_surgery),
    Rule("dorst_plassen_afvallen", thirst_peeing_weight),
    Rule("beide_enkels_dik", both_ankles_swollen),
    Rule("statine_spierpijn", statin_muscle_pain),
    Rule("kind_vaak_kramp", child_often),
    Rule("kind_pijn_overdag", child_pain_by_day),
    Rule("kind_mank", child_limping),
    Rule("kind_zwelling", child_swelling),
)
assert all(rule.code in SIGN_BY_CODE for rule in RULES)

# When a stronger sign of the same kind is found, the weaker one adds nothing.
_SUPERSEDES = {
    "rood_warm_been_met_koorts": ("been_dik_rood_warm",),
    "enkels_dik_en_benauwd": ("beide_enkels_dik",),
    "donkere_urine": ("statine_spierpijn",),
    "kind_koorts_beenpijn": ("kind_mank", "kind_pijn_overdag"),
}


def detect(scene: Scene, ctx: Context) -> Tuple[List[Sign], List[Sign]]:
    """(signs, old signs) in this scene, most urgent first. Old signs: would be signs,
    but the person calls them old and unchanged (§1: ask, do not alarm)."""
    if not scene.any_current or (
        scene.has(C.ONLY_ASKING, include_general=True) and scene.all_questions
    ):
        return [], []
    found = [SIGN_BY_CODE[rule.code] for rule in RULES if rule.matches(scene, ctx)]
    codes = {sign.code for sign in found}
    for strong, weaker in _SUPERSEDES.items():
        if strong in codes:
            found = [sign for sign in found if sign.code not in weaker]
    old = _old(scene)
    signs = [sign for sign in found if not (old and sign.kan_oud_zijn)]
    old_signs = [sign for sign in found if old and sign.kan_oud_zijn]
    from krampbot.triage.levels import level_rank

    signs.sort(key=lambda sign: -level_rank(sign.level))
    return signs, old_signs


_PREGNANCY_ONLY_WORDS = (
    r"harde buik\w*|weeen|voorweeen|vruchtwater|vliezen|verloskundige|vroedvrouw|zwangerschapsweek"
)
_TERM_NOTATION = re.compile(r"\b(?:[12]\d|3\d|4[0-2]) ?\+ ?[0-6]\b")
_BARE_WEEKS = r"(?<!al )(?<!sinds )(?<!na )(?:1[2-9]|[23]\d|4[0-2]) ?(?:weken|wk|w)\b(?! geleden| lang| ziek| later| thuis)"


def context_of(scene: Scene, child: bool, age: Optional[int]) -> Context:
    pregnant = (
        scene.has(C.PREGNANT, include_general=False)
        or scene.has(_PREGNANCY_ONLY_WORDS)
        or bool(_TERM_NOTATION.search(scene.text))
        or scene.has(_BARE_WEEKS)
    ) and not (scene.denied(C.PREGNANT) and not scene.affirmed(r"zwanger\w*|in verwachting"))
    return Context(
        child=child,
        pregnant=pregnant,
        postpartum=scene.has(C.POSTPARTUM)
        and not scene.has(r"(?:jaar|jaren|maanden) geleden (?:\w+ ){0,2}bevallen"),
        age=age,
        kinine=scene.mentioned(C.KININE),
    )
