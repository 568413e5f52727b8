"""Real, messy conversations over REST against the real servers: every bot turn checked.

Built from the cases in issues 11 and 12 (found by trying Krampbot as a new user would)
and their variants. Each step is (what the person types, what the bot says in that
turn): response names exactly, built texts by their first words (see
tests/support/conversation.py). The slots that carry the outcome are checked too.
"""
from __future__ import annotations

import pytest

from tests.support.conversation import converse, turns

SAFETY = "utter_disclaimer"
SHORT_SAFETY = "Ik geef alleen algemene informatie en ben geen arts."
INTRO = "utter_triage_intro"
OFFER_QUESTIONS = "utter_aanbod_triage"
OFFER_SUMMARY = "utter_aanbod_samenvatting"
SUMMARY = "Samenvatting voor "
SELF_CARE = "Je kunt de kramp voor nu zelf aanpakken."
APPOINTMENT = "Maak een afspraak bij je huisarts."
TODAY = "Bel vandaag nog je huisarts."
CALL_112 = "Bel 112."
UNCLEAR = "Dat begreep ik niet goed."

SCREENING = "Eerst een belangrijke vraag."
# After advice for today, the screening question checks the 112 signs (issue 18).
CHECK_112 = "Nog één belangrijke vraag."
STANDS = "utter_advies_blijft"
WHICH_SIGN = "Welke klacht is het?"
WHO = "utter_ask_voor_wie"
HOW_OFTEN = "utter_ask_frequentie"
SLEEP = "utter_ask_slaap_verstoord"
WEAK = "utter_ask_spierzwakte_of_gevoelloos"
SUDDEN = "utter_ask_klachten_plotseling"
WALKING = "utter_ask_pijn_bij_lopen"
CHILD_DAY = "utter_ask_pijn_overdag_of_mank"
MEDICINE = "utter_ask_nieuwe_medicijnen"
PREGNANT = "utter_ask_zwanger"
CONFIRM_RESTART = "utter_ask_bevestig_opnieuw"

# The calm path of the questions for someone who said "ik heb ..." (who is known).
# A short knowledge-base answer before the screening, when the selector is sure of one.
ENTRY_MAYBE = "utter_vraag/*?"

CALM_SELF = [
    ("nee", [HOW_OFTEN]),
    ("minder dan 1 keer per week", [SLEEP]),
    ("nee", [WEAK]),
    ("nee", [WALKING]),
    ("nee", [MEDICINE]),
    ("nee", [PREGNANT]),
]


def slots(bot, sender, *names):
    values = bot.tracker(sender)["slots"]
    return tuple(values.get(name) for name in names)


# ----------------------------------------------------------------------------- issue 12


def test_yes_let_me_see_shows_the_summary(bot, sender):
    converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("ja, laat maar zien", [SUMMARY]),
    ])
    assert slots(bot, sender, "advies", "frequentie") == ("zelfzorg", "zelden")


def test_never_mind_after_the_summary_offer_is_no(bot, sender):
    converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("laat maar", ["utter_oke"]),
    ])


def test_a_question_about_tonight_never_wipes_the_answers(bot, sender):
    turns = converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("en wat kan ik vannacht doen als het weer begint?", ["utter_vraag/kramp_vannacht"]),
        ("laat mijn samenvatting zien", [SUMMARY]),
    ])
    summary = turns[-1].texts[0]
    assert "Hoe vaak kramp: 1 keer per week of minder" in summary
    assert "zelfzorg" in summary and "afspraak" not in summary


def test_what_to_do_tonight_gets_self_care_tips_not_the_questions(bot, sender):
    converse(bot, sender, [
        ("wat doe ik als ik vannacht weer kramp krijg?", [SAFETY, "utter_vraag/kramp_vannacht"]),
    ])
    assert slots(bot, sender, "requested_slot") == (None,)


PREGNANCY_ANSWER = "utter_zwanger_en_kramp|utter_vraag/zwanger_wat_helpt|utter_vraag/zwanger_welke_maanden"


def test_pregnancy_vitamins_answer_the_medicine_question(bot, sender):
    converse(bot, sender, [
        # A told complaint gets the questions at once (the safety net), screening first.
        ("ik ben zwanger en heb vaak kramp", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("2 keer per week", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [WALKING]),
        ("nee", [MEDICINE]),
        ("alleen foliumzuur en vitamines voor de zwangerschap",
         ["Maak een afspraak bij je verloskundige.", OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "nieuwe_medicijnen", "zwanger", "advies") == (False, True, "huisarts")


def test_after_the_advice_every_night_updates_instead_of_restarting(bot, sender):
    converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("elke nacht", ["utter_advies_aangepast", APPOINTMENT, OFFER_SUMMARY]),
        ("ja", [SUMMARY]),
    ])
    assert slots(bot, sender, "advies", "frequentie") == ("huisarts", "bijna_elke_nacht")


def test_personal_statement_with_a_topic_gets_the_questions_and_keeps_the_fact(bot, sender):
    converse(bot, sender, [
        # A complaint an entry is sure of gets that entry first, then the screening.
        ("sinds ik statines slik heb ik kramp in mijn benen", [SAFETY, "utter_vraag/statines", INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("bijna elke nacht", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [WALKING]),
        ("nee", [PREGNANT]),  # the medicine is known from the first message
        ("nee", [APPOINTMENT, OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "nieuwe_medicijnen") == (True,)


def test_no_to_the_offer_of_the_questions(bot, sender):
    converse(bot, sender, [
        ("wanneer moet je met kramp naar de dokter?",
         [SAFETY, "utter_wanneer_naar_dokter|utter_vraag/wanneer_bellen", OFFER_QUESTIONS]),
        ("nee dank je", ["utter_oke"]),
    ])


def test_a_warning_sign_first_gets_one_short_safety_line_then_112(bot, sender):
    converse(bot, sender, [
        ("mijn been is ineens koud en wit", [SHORT_SAFETY, CALL_112]),
        ("hoe voorkom ik kramp", ["utter_kramp_voorkomen"]),  # the note is not said again
    ])
    assert slots(bot, sender, "advies") == ("spoed_112",)


def test_greeting_carries_the_safety_note_once(bot, sender):
    converse(bot, sender, [
        ("hallo", ["utter_greet"]),
        ("hoe voorkom ik kramp in mijn benen", ["utter_kramp_voorkomen"]),
    ])


def test_child_is_not_asked_about_pregnancy_and_no_invented_signs(bot, sender):
    turns = converse(bot, sender, [
        ("mijn dochter van 8 heeft vaak kramp in haar benen", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("2 keer per week", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [CHILD_DAY]),
        ("nee", [MEDICINE]),
        ("nee", ["Maak een afspraak bij de huisarts voor je dochter.", OFFER_SUMMARY]),
    ])
    advice = turns[-1].texts[0]
    assert "koorts" not in advice.split("Je noemde")[1].split("Plan")[0]
    assert "zwelling" not in advice.split("Je noemde")[1].split("Plan")[0]
    assert "Heeft je dochter nu een van deze klachten?" in turns[0].texts[-1]
    assert slots(bot, sender, "voor_wie", "zwanger") == ("kind", None)


def test_pregnant_self_care_names_the_verloskundige_and_no_alcohol(bot, sender):
    turns = converse(bot, sender, [
        ("ik ben 30 weken zwanger en heb af en toe kramp", [SAFETY, "utter_vraag/zwanger_wat_helpt", INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("zelden", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [WALKING]),
        ("nee", [MEDICINE]),
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("ja graag", ["Samenvatting voor je verloskundige"]),
    ])
    advice = turns[-2].texts[0]
    assert "verloskundige" in advice and "geen alcohol" in advice
    assert "minder koffie en alcohol" not in advice and "dezelfde dag" not in advice


def test_a_pregnant_swollen_leg_goes_to_the_verloskundige_today(bot, sender):
    converse(bot, sender, [
        ("ik ben zwanger en heb kramp", [SAFETY, INTRO, SCREENING]),
        ("ja", [WHICH_SIGN]),
        ("/rode_vlag{\"spoedsignaal\":\"been_dik_rood_warm\"}",
         ["Bel vandaag nog je verloskundige.", OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "advies", "been_dik_rood_warm") == ("huisarts_vandaag", True)


def test_unsure_restart_is_confirmed_and_no_keeps_the_answers(bot, sender):
    converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
        ("moet ik dit allemaal overdoen?", ["utter_bevestig_opnieuw"]),
        ("nee", ["utter_antwoorden_bewaard"]),
    ])
    assert slots(bot, sender, "frequentie", "advies") == ("zelden", "zelfzorg")


def test_clear_restart_starts_over(bot, sender):
    converse(bot, sender, [
        ("ik heb af en toe kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("opnieuw", ["utter_triage_opnieuw", SCREENING]),
        ("nee", [WHO]),
    ])


def test_stop_during_the_questions(bot, sender):
    converse(bot, sender, [
        # (a short entry on foot cramps may come first: the selector's choice, not this test's)
        ("ik heb vaak kramp in mijn voet", [SAFETY, ENTRY_MAYBE, INTRO, SCREENING]),
        ("stop", ["utter_triage_gestopt"]),
        ("stop", ["utter_geen_triage_actief"]),
    ])


def test_topic_question_during_the_questions_short_answer_same_question(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("hoe voorkom ik eigenlijk kramp?", ["utter_kort_kramp_voorkomen", HOW_OFTEN]),
        ("2x per week", [SLEEP]),
    ])


def test_knowledge_question_during_the_questions_then_the_same_question(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("helpt tonic drinken daartegen?", ["utter_vraag/tonic", HOW_OFTEN]),
    ])


def test_summary_during_the_questions_comes_later(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("laat mijn samenvatting zien", ["utter_samenvatting_na_de_vragen", SCREENING]),
    ])


def test_summary_before_any_answer(bot, sender):
    converse(bot, sender, [("laat mijn samenvatting zien", ["utter_geen_samenvatting"])])


# ----------------------------------------------------------------------------- issue 11


def test_blue_veins_are_not_an_emergency(bot, sender):
    turns = converse(bot, sender, [
        ("ik heb blauwe aders op mijn kuiten, krijg ik daarom kramp?",
         [SAFETY, "utter_vraag/spataderen", OFFER_QUESTIONS]),
    ])
    assert slots(bot, sender, "advies") == (None,)
    # No emergency advice: 112 only inside the answer's own "when" lines (a bleeding varix).
    assert not any(text.startswith(("Bel 112", "Bel meteen 112")) for text in turns[0].texts)


@pytest.mark.parametrize("message", [
    "ik heb ineens geen gevoel meer in mijn been",
    "mijn voet voelt dood aan",
    "mijn been is ijskoud en doet vreselijk pijn",
    "uit het niets een doof gevoel in mijn been",
])
def test_sudden_loss_of_feeling_or_ice_cold_painful_leg_is_112(bot, sender, message):
    converse(bot, sender, [(message, [SHORT_SAFETY, CALL_112])])
    assert slots(bot, sender, "advies") == ("spoed_112",)


@pytest.mark.parametrize("message", [
    "na de kramp blijft mijn kuit pijn doen en hij is dik",
    "mijn kuit is dik en doet pijn na een week in bed",
])
def test_swollen_painful_calf_is_today(bot, sender, message):
    # The advice at once, then the screening question still checks the 112 signs.
    converse(bot, sender, [
        (message, [SAFETY, TODAY, CHECK_112]),
        ("nee", [PREGNANT]),
        ("nee", [STANDS, OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "advies") == ("huisarts_vandaag",)


def test_today_advice_then_a_112_sign_at_the_check(bot, sender):
    converse(bot, sender, [
        ("mijn kuit is dik en doet pijn", [SAFETY, TODAY, CHECK_112]),
        ("ja, ik ben ook benauwd", [CALL_112]),
    ])
    assert slots(bot, sender, "advies") == ("spoed_112",)


def test_swollen_calf_days_after_giving_birth_goes_to_the_verloskundige(bot, sender):
    converse(bot, sender, [
        ("ik ben 4 dagen geleden bevallen en mijn kuit is dik",
         [SAFETY, "Bel vandaag nog je verloskundige.", CHECK_112]),
        ("nee", [STANDS, OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "kraamtijd", "advies") == (True, "huisarts_vandaag")


def test_questions_about_a_father_speak_about_him(bot, sender):
    turns = converse(bot, sender, [
        ("mijn vader van 82 heeft elke nacht kramp", [SAFETY, "utter_vraag/ouderen_s_nachts", INTRO, SCREENING]),
        ("nee", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [WALKING]),
        ("nee", [MEDICINE]),
        ("nee", ["Maak een afspraak bij de huisarts voor je vader.", OFFER_SUMMARY]),
        ("ja", ["Samenvatting voor de huisarts van je vader"]),
    ])
    assert "Heeft je vader nu een van deze klachten?" in turns[0].texts[-1]
    assert turns[1].texts[0] == "Slaapt je vader al een tijd slecht door de kramp?"
    assert "licht aan" in turns[5].texts[0]  # older people at night
    assert slots(bot, sender, "voor_wie", "zwanger") == ("ander", None)


def test_screening_yes_112_sign_gives_112_at_once(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp", [SAFETY, INTRO, SCREENING]),
        ("ja", [WHICH_SIGN]),
        ("/rode_vlag{\"spoedsignaal\":\"benauwd_of_borstpijn\"}", [CALL_112]),
    ])
    assert slots(bot, sender, "advies", "spoedsignalen") == ("spoed_112", True)


def test_screening_answered_with_a_typed_sign(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp", [SAFETY, INTRO, SCREENING]),
        ("ja, ik ben erg kortademig", [CALL_112]),
    ])
    assert slots(bot, sender, "spoedsignaal") == ("benauwd",)


def test_screening_unsure_sign_is_today(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp", [SAFETY, INTRO, SCREENING]),
        ("ja", [WHICH_SIGN]),
        ("weet ik niet", [PREGNANT]),
        ("nee", [TODAY, OFFER_SUMMARY]),
    ])


def test_sudden_weakness_after_yes_is_112(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("zelden", [SLEEP]),
        ("nee", [WEAK]),
        ("ja", [SUDDEN]),
        ("ja, ineens", [CALL_112]),
    ])
    assert slots(bot, sender, "klachten_plotseling", "advies") == (True, "spoed_112")


def test_slow_weakness_is_an_appointment(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("zelden", [SLEEP]),
        ("nee", [WEAK]),
        ("ja, tintelingen", [SUDDEN]),
        ("nee, langzaam erger geworden", [WALKING]),
        ("nee", [MEDICINE]),
        ("nee", [PREGNANT]),
        ("nee", [APPOINTMENT, OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "klachten_plotseling", "advies") == (False, "huisarts")


def test_one_night_woken_is_not_enough_for_the_huisarts(bot, sender):
    converse(bot, sender, [
        ("ik werd vannacht wakker van kramp in mijn kuit", [SAFETY, ENTRY_MAYBE, INTRO, SCREENING]),
        *CALM_SELF,
        ("nee", [SELF_CARE, OFFER_SUMMARY]),
    ])
    assert slots(bot, sender, "slaap_verstoord", "advies") == (False, "zelfzorg")


@pytest.mark.parametrize("message, response", [
    ("ik heb mijn teen gestoten en die is nu blauw, kan dat kramp geven?", None),
    ("mijn tenen worden al jaren wit als het koud is", None),
    ("mijn benen zijn rood na het douchen, is dat erg?", None),
])
def test_harmless_signs_are_not_alarmed(bot, sender, message, response):
    bot.say(sender, message)
    assert slots(bot, sender, "advies") == (None,)
    assert "Bel 112" not in " ".join(t for t in bot.texts(sender, "dank je").split("\n"))


def test_old_unchanged_breathlessness_is_asked_about(bot, sender):
    # The question about stretching gets an answer (which one depends on the NLU); the
    # old sign gets a question, not a 112 message, and no advice is given.
    bot.say(sender, "ik ben al jaren kortademig door mijn copd, niet anders dan anders. "
                    "helpt rekken tegen kramp?")
    turn = turns(bot.tracker(sender))[-1]
    old = [text for text in turn.texts if text.startswith("Je noemde iets wat al lang zo is")]
    assert old and "Bel dan meteen 112." in old[0], turn.said
    assert not any(text.startswith("Bel 112") for text in turn.texts)
    assert slots(bot, sender, "advies") == (None,)


def test_child_with_fever_and_limping_is_today(bot, sender):
    converse(bot, sender, [
        ("mijn zoontje van 5 heeft koorts en loopt mank", [SAFETY, "Bel vandaag nog de huisarts van je zoon.", CHECK_112]),
        ("nee", [STANDS, OFFER_SUMMARY]),
    ])


def test_a_man_is_not_asked_about_pregnancy(bot, sender):
    converse(bot, sender, [
        ("ik ben een man van 50 en heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("zelden", [SLEEP]),
        ("nee", [WEAK]),
        ("nee", [WALKING]),
        ("nee", [MEDICINE]),
        ("nee", [SELF_CARE, OFFER_SUMMARY]),  # no pregnancy question
    ])


def test_unclear_answer_gets_a_hint_and_the_same_question(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("hmm lastig", [UNCLEAR, HOW_OFTEN]),
        ("3 keer per week", [SLEEP]),
    ])


def test_warning_sign_in_the_middle_of_the_questions(bot, sender):
    converse(bot, sender, [
        ("ik heb vaak kramp in mijn kuit", [SAFETY, INTRO, SCREENING]),
        ("nee", [HOW_OFTEN]),
        ("ik ben ook ineens heel benauwd", [CALL_112]),
    ])
    assert slots(bot, sender, "advies", "requested_slot") == ("spoed_112", None)


# ----------------------------------------------------------------------------- answers


def test_honest_dont_know_for_a_cramp_question_without_an_answer(bot, sender):
    turns = converse(bot, sender, [
        ("kan mijn kramp komen doordat ik linkshandig ben?", ["utter_weet_ik_niet"]),
    ])
    assert len(bot.say(sender, "hallo")[0]["buttons"]) >= 1
    assert turns[0].said == ["utter_weet_ik_niet"]


def test_gibberish_and_off_topic_are_not_the_same_reply(bot, sender):
    converse(bot, sender, [
        ("qwerty asdf", ["utter_nlu_fallback"]),
        ("wat is de hoofdstad van Frankrijk?", ["utter_out_of_scope"]),
    ])


def test_knowledge_button_opens_its_entry(bot, sender):
    converse(bot, sender, [
        ("/vraag{\"vraag_sleutel\":\"magnesium\"}", [SAFETY, "utter_vraag/magnesium"]),
        ("/vraag{\"vraag_sleutel\":\"tonic\"}", ["utter_vraag/tonic"]),
    ])


# ----------------------------------------------------------------------------- long


def test_a_long_conversation_starts_new_sessions_and_loses_nothing(bot, sender):
    import json
    import sqlite3

    converse(bot, sender, [
        ("mijn moeder van 79 heeft elke nacht kramp", [SAFETY, "utter_vraag/ouderen_s_nachts", INTRO, SCREENING]),
        ("nee", [SLEEP]), ("ja", [WEAK]), ("nee", [WALKING]), ("nee", [MEDICINE]),
        ("nee", ["Maak een afspraak bij de huisarts voor je moeder.", OFFER_SUMMARY]),
    ])
    first_summary = bot.texts(sender, "ja")
    questions = ["hoe voorkom ik kramp", "helpt magnesium", "wat doe ik bij kramp in mijn kuit",
                 "is kramp gevaarlijk", "helpt tonic"] * 7
    for question in questions:
        assert bot.say(sender, question), question  # every message gets an answer
    later_summary = bot.texts(sender, "laat mijn samenvatting zien")
    assert later_summary == first_summary  # the answers and the advice carried over
    with sqlite3.connect(bot.db_path) as db:
        rows = db.execute("SELECT type_name, data FROM events WHERE sender_id = ?",
                          (sender,)).fetchall()
    sessions = sum(1 for kind, _ in rows if kind == "session_started")
    user_texts = [json.loads(data)["text"] for kind, data in rows if kind == "user"]
    assert sessions >= 2  # a new session started along the way
    assert len(user_texts) == 6 + 1 + len(questions) + 1  # every message is stored
