"""End-to-end triage conversations over the REST channel against the real servers.

Each conversation answers whatever `requested_slot` asks, in free Dutch text, and
checks the outcome slot `advies` through the tracker API.
"""
from __future__ import annotations

from typing import Dict, List

FORM = "kramp_triage_form"
CALM = {
    "spoedsignalen": "nee, geen van deze",
    "voor_wie": "voor mezelf",
    "been_dik_rood_warm": "nee hoor",
    "frequentie": "een paar keer per jaar",
    "slaap_verstoord": "niet echt",
    "spierzwakte_of_gevoelloos": "nee",
    "klachten_plotseling": "nee, langzaam",
    "pijn_bij_lopen": "nee, helemaal niet",
    "pijn_overdag_of_mank": "nee",
    "nieuwe_medicijnen": "nee",
    "zwanger": "nee",
}
# The questions for someone who said "ik heb ...": screening first, who is known.
ASKED_FOR_MYSELF = ["spoedsignalen", "frequentie", "slaap_verstoord",
                    "spierzwakte_of_gevoelloos", "pijn_bij_lopen", "nieuwe_medicijnen",
                    "zwanger"]


def form_is_active(bot, sender) -> bool:
    return (bot.tracker(sender).get("active_loop") or {}).get("name") == FORM


def answer_until_done(bot, sender, answers: Dict[str, str], max_turns: int = 12) -> List[str]:
    """Answer each question the form asks; returns the slots that were asked."""
    asked = []
    for _ in range(max_turns):
        if not form_is_active(bot, sender):
            return asked
        requested = bot.slot(sender, "requested_slot")
        asked.append(requested)
        bot.last_reply = bot.texts(sender, answers[requested])
    raise AssertionError(f"form still active after {max_turns} answers: {asked}")


def triage(bot, sender, opening: str, **overrides: str):
    opening_reply = bot.texts(sender, opening)
    if not form_is_active(bot, sender) and "Zal ik je een paar korte vragen" in opening_reply:
        opening_reply = bot.texts(sender, "ja")  # an answer first, then the offer: accept
    assert form_is_active(bot, sender), f"form did not start: {opening_reply!r}"
    asked = answer_until_done(bot, sender, {**CALM, **overrides})
    return asked, bot.last_reply


def test_occasional_cramp_is_self_care(bot, sender):
    asked, reply = triage(bot, sender, "ik heb af en toe kramp in mijn kuit")
    assert bot.slot(sender, "advies") == "zelfzorg"
    assert asked == ASKED_FOR_MYSELF  # screening first, in the form's order
    assert not reply.startswith("Bel 112") and "tenen" in reply
    assert bot.slot(sender, "frequentie") == "zelden"


def test_nightly_cramp_prefilled_from_first_message(bot, sender):
    asked, reply = triage(bot, sender, "ik word bijna elke nacht wakker van kramp in mijn benen")
    assert "frequentie" not in asked
    assert bot.slot(sender, "frequentie") == "bijna_elke_nacht"
    assert bot.slot(sender, "advies") == "huisarts"
    assert "maak een afspraak" in reply.lower()


def test_pregnant_with_frequent_cramp_goes_to_the_verloskundige(bot, sender):
    # A complaint told: the screening question comes first (v3: every complaint screened).
    asked, reply = triage(bot, sender, "ik ben zwanger en heb steeds kramp in mijn kuiten",
                          frequentie="2x per week")
    assert asked[0] == "spoedsignalen"
    assert "zwanger" not in asked  # known from the first message
    assert bot.slot(sender, "zwanger") is True
    assert bot.slot(sender, "advies") == "huisarts"
    assert "verloskundige" in reply


def test_swollen_red_warm_leg_in_the_screening_asks_only_about_pregnancy(bot, sender):
    asked, reply = triage(bot, sender, "ik heb last van kramp in mijn been",
                          spoedsignalen="ja, mijn linkerkuit is dik en rood")
    assert asked == ["spoedsignalen", "zwanger"]  # pregnancy changes where to go
    assert bot.slot(sender, "advies") == "huisarts_vandaag"
    assert bot.slot(sender, "been_dik_rood_warm") is True
    assert "vandaag nog" in reply


def test_red_flag_in_the_middle_of_the_form_stops_it(bot, sender):
    bot.texts(sender, "ik heb vaak krampen in m'n benen")
    assert form_is_active(bot, sender)
    reply = bot.texts(sender, "ik ben ook ineens heel benauwd")
    assert "Bel 112" in reply
    assert bot.slot(sender, "advies") == "spoed_112"
    assert not form_is_active(bot, sender)


def test_restarting_after_a_112_sign_never_lowers_the_advice(bot, sender):
    bot.texts(sender, "mijn been is koud en wit en ik heb kramp")
    assert bot.slot(sender, "advies") == "spoed_112"
    reply = bot.texts(sender, "begin maar opnieuw met de vragen")
    # The sign was said in the person's own words: it still counts, so no calm
    # questions can follow; the 112 advice comes again.
    assert "Bel 112." in reply and not form_is_active(bot, sender)
    assert bot.slot(sender, "advies") == "spoed_112"


def test_new_medicine_answer_in_free_text(bot, sender):
    asked, reply = triage(bot, sender, "ik heb de laatste tijd vaak kramp in mijn kuit",
                          frequentie="een keer per maand",
                          nieuwe_medicijnen="ja, sinds kort een plaspil")
    assert bot.slot(sender, "nieuwe_medicijnen") is True
    assert bot.slot(sender, "advies") == "huisarts"
    assert "stop" in reply.lower()  # never stop the medicine yourself


def test_unclear_answer_gets_one_clearer_question_with_buttons(bot, sender):
    bot.texts(sender, "ik heb al maanden regelmatig kramp in mijn benen")
    assert bot.slot(sender, "requested_slot") == "spoedsignalen"
    bot.texts(sender, "nee")
    replies = bot.say(sender, "hmm geen idee eigenlijk")
    assert bot.slot(sender, "requested_slot") == "frequentie"
    assert bot.slot(sender, "onduidelijk_antwoord") == "frequentie"
    assert "begreep" in replies[0]["text"]
    assert [b["title"] for b in replies[1]["buttons"]] == [
        "1 keer per week of minder", "Meerdere keren per week", "(Bijna) elke nacht"]
    bot.texts(sender, "2 keer per week")
    assert bot.slot(sender, "frequentie") == "wekelijks"
    assert bot.slot(sender, "onduidelijk_antwoord") is None


def test_stop_leaves_the_form_politely(bot, sender):
    bot.texts(sender, "ik heb al weken kramp in mijn kuiten")
    assert form_is_active(bot, sender)
    reply = bot.texts(sender, "laat maar")
    assert not form_is_active(bot, sender)
    assert "stop" in reply.lower()
    assert bot.slot(sender, "advies") is None


def test_when_to_see_a_doctor_offers_the_questions_and_yes_starts_them(bot, sender):
    reply = bot.texts(sender, "wanneer moet ik met kramp naar de huisarts?")
    assert "vragen" in reply
    bot.texts(sender, "ja graag")
    assert form_is_active(bot, sender)


def test_summary_after_the_triage_and_later_on_request(bot, sender):
    triage(bot, sender, "ik heb soms kramp in mijn hamstring", frequentie="wekelijks")
    summary = bot.texts(sender, "ja, laat zien")
    assert summary.startswith("Samenvatting voor je huisarts\nDatum: ")
    later = bot.texts(sender, "laat mijn samenvatting zien")
    assert later == summary and "meerdere keren per week" in later


def test_red_flag_outside_the_form(bot, sender):
    reply = bot.texts(sender, "mijn kuit is dik, rood en warm en doet erg pijn")
    assert bot.slot(sender, "advies") == "huisarts_vandaag"
    assert "vandaag nog" in reply


def test_topic_question_during_the_form_is_answered_then_the_form_goes_on(bot, sender):
    bot.texts(sender, "ik heb vaak kramp in mijn kuiten 's nachts")
    requested = bot.slot(sender, "requested_slot")
    reply = bot.texts(sender, "helpt magnesium eigenlijk tegen kramp?")
    assert "magnesium" in reply.lower() and "verloskundige" in reply
    assert form_is_active(bot, sender)
    assert bot.slot(sender, "requested_slot") == requested


def test_calf_pain_when_walking_means_an_appointment(bot, sender):
    triage(bot, sender, "ik krijg vaak kramp in mijn kuit", pijn_bij_lopen="ja, klopt")
    assert bot.slot(sender, "pijn_bij_lopen") is True
    assert bot.slot(sender, "advies") == "huisarts"


def test_tingling_means_an_appointment(bot, sender):
    triage(bot, sender, "ik heb kramp in mijn tenen",
           spierzwakte_of_gevoelloos="ja, tintelingen in mijn voeten")
    assert bot.slot(sender, "spierzwakte_of_gevoelloos") is True
    assert bot.slot(sender, "advies") == "huisarts"


def test_convulsion_is_an_emergency(bot, sender):
    reply = bot.texts(sender, "mijn zoon had net een stuip en kramp in zijn benen")
    assert bot.slot(sender, "advies") == "spoed_112"
    assert "Bel 112 voor je zoon." in reply.split("\n")[:2]


def test_restart_asks_everything_again(bot, sender):
    triage(bot, sender, "ik heb vaak kramp in mijn bovenbeen")
    bot.texts(sender, "opnieuw")
    assert form_is_active(bot, sender)
    assert bot.slot(sender, "frequentie") is None
    assert bot.slot(sender, "requested_slot") == "spoedsignalen"
