"""What Krampbot keeps is true, on conversations a helper wrote without seeing the code
(tests/keeps_true/paraphrases.yml): the right person (also when someone else is named in
passing, and after a correction), nothing denied recorded as present, the time of day
and the medicine as said in the summary, a question asked with a complaint answered,
no pregnancy question where it cannot apply, a goodbye that is a goodbye, typos
understood. Over REST against the real servers; every miss is listed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

import pytest
import yaml

from tests.support.conversation import turns

CASES = yaml.safe_load((Path(__file__).parents[1] / "keeps_true" / "paraphrases.yml").read_text(encoding="utf-8"))["gevallen"]
FORM = "kramp_triage_form"
# Answers to the questions that tell nothing new (the case's own facts stay as said).
PLAIN = {"spoedsignalen": "nee, geen van deze", "voor_wie": "voor mezelf", "been_dik_rood_warm": "nee",
         "frequentie": "een paar keer per week", "slaap_verstoord": "nee", "spierzwakte_of_gevoelloos": "nee",
         "klachten_plotseling": "nee, al langer", "pijn_bij_lopen": "nee", "pijn_overdag_of_mank": "nee",
         "nieuwe_medicijnen": "nee", "zwanger": "nee", "spoedsignaal": "iets anders"}
ANSWERED = ("utter_vraag/", "utter_kort_")
# A typo is understood when the message is not taken for off-topic or gibberish (the
# failure issue 19 names); an honest "weet ik niet" is a knowledge-base miss, counted
# apart (printed) and measured by make eval-answers.
NOT_UNDERSTOOD = ("utter_out_of_scope", "utter_nlu_fallback")
KNOWLEDGE_MISS = "utter_weet_ik_niet"
TOPIC_ANSWERS = {"utter_waarom_kramp_nachts", "utter_wat_te_doen_bij_kramp", "utter_zwanger_en_kramp",
                 "utter_kramp_bij_kinderen", "utter_kramp_voorkomen", "utter_oefeningen_tegen_kramp",
                 "utter_voeding_en_kramp", "utter_medicijnen_en_kramp", "utter_ziekten_en_kramp",
                 "utter_kramp_bij_zwemmen", "utter_onderzoek_bij_arts", "utter_wanneer_naar_dokter",
                 "utter_huismiddeltjes"}
# A trained model and many wordings: at most this share of a kind may miss (all listed).
ALLOWED_MISS_SHARE = 0.2


def active(bot, sender) -> bool:
    return (bot.tracker(sender).get("active_loop") or {}).get("name") == FORM


def finish_questions(bot, sender, overrides: Optional[Dict[str, str]] = None, limit: int = 14) -> List[str]:
    asked = []
    if not active(bot, sender) and bot.slot(sender, "aanbod") == "vragen":
        bot.say(sender, "ja")
    for _ in range(limit):
        if not active(bot, sender):
            break
        slot = bot.slot(sender, "requested_slot")
        asked.append(slot)
        bot.say(sender, (overrides or {}).get(slot, PLAIN.get(slot, "nee")))
    return asked


def summary(bot, sender) -> str:
    return bot.texts(sender, "laat mijn samenvatting zien")


def first_turn_said(bot, sender, message) -> List[str]:
    bot.say(sender, message)
    return [s for s in turns(bot.tracker(sender))[-1].said if s]


def check_person(bot, sender, case) -> Optional[str]:
    for message in case["gesprek"]:  # a correction may come at any moment
        bot.say(sender, message)
    expected = case["verwacht"]["voor_wie"]
    got = bot.slot(sender, "voor_wie")
    wie = bot.slot(sender, "wie")
    if expected == "zelf":
        ok = got in ("zelf", None) and not wie
    else:
        ok = got == expected
    return None if ok else f"voor_wie {got!r} wie {wie!r}"


def check_denied(bot, sender, case) -> Optional[str]:
    bot.say(sender, case["gesprek"][0])
    slot = case["verwacht"]["niet_waar"]
    value = bot.slot(sender, slot)
    return None if value is not True else f"{slot} recorded as present"


def check_time(bot, sender, case) -> Optional[str]:
    bot.say(sender, case["gesprek"][0])
    finish_questions(bot, sender)
    text = summary(bot, sender)
    said = {"avond": "'s avonds", "dag": "overdag"}[case["verwacht"]["tijd"]]
    if said not in text or "'s nachts" in text or "elke nacht" in text:
        return f"summary: {text[:300]!r}"
    return None


def check_medicine(bot, sender, case) -> Optional[str]:
    bot.say(sender, case["gesprek"][0])
    finish_questions(bot, sender, {"nieuwe_medicijnen": "ja"})
    text = summary(bot, sender)
    word = case["verwacht"]["woord"].lower()
    return None if word in text.lower() else f"summary lacks {word!r}: {text[:300]!r}"


def check_answered(bot, sender, case) -> Optional[str]:
    said = first_turn_said(bot, sender, case["gesprek"][0])
    ok = any(s.startswith(ANSWERED) or s in TOPIC_ANSWERS for s in said)
    return None if ok else f"said {said}"


def check_no_pregnancy(bot, sender, case) -> Optional[str]:
    bot.say(sender, case["gesprek"][0])
    asked = finish_questions(bot, sender)
    return "asked zwanger" if "zwanger" in asked else None


def check_goodbye(bot, sender, case) -> Optional[str]:
    bot.say(sender, "ik heb af en toe kramp in mijn kuit")
    finish_questions(bot, sender, {"frequentie": "een paar keer per jaar"})
    replies = bot.say(sender, case["gesprek"][0])
    said = [s for s in turns(bot.tracker(sender))[-1].said if s]
    text = " ".join(r.get("text", "") for r in replies)
    ok = any(s in ("utter_goodbye", "utter_thank") for s in said) and "112" not in text
    return None if ok else f"said {said}: {text[:200]!r}"


def check_typo(bot, sender, case) -> Optional[str]:
    said = first_turn_said(bot, sender, case["gesprek"][0])
    understood = said and not any(s in NOT_UNDERSTOOD for s in said)
    if understood and KNOWLEDGE_MISS in said:
        print(f"\n  typo understood, but no entry sure enough: {case['id']} {case['gesprek'][0]!r}")
    return None if understood else f"said {said}"


CHECKS: Dict[str, Callable[[Any, str, Dict[str, Any]], Optional[str]]] = {
    "ander_genoemd": check_person, "correctie": check_person, "ontkend": check_denied,
    "tijd": check_time, "medicijn": check_medicine, "vraag_met_klacht": check_answered,
    "geen_zwangerschap": check_no_pregnancy, "afscheid": check_goodbye, "typfout": check_typo,
}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_what_krampbot_keeps_is_true_in_words_it_never_saw(bot, kind):
    cases = [c for c in CASES if c["soort"] == kind]
    assert cases, kind
    misses = []
    for case in cases:
        sender = "keeps-" + uuid.uuid4().hex
        problem = CHECKS[kind](bot, sender, case)
        if problem:
            misses.append(f"{case['id']} {case['gesprek']}: {problem}")
    print(f"\n{kind}: {len(cases) - len(misses)} of {len(cases)} right")
    assert len(misses) <= int(ALLOWED_MISS_SHARE * len(cases)), "\n".join(misses)


def test_the_paraphrases_cover_every_point():
    assert Counter(c["soort"] for c in CASES).keys() >= CHECKS.keys()
