"""The knowledge base over REST: one question per subject of issue 15, in words that are
not training examples, gets an answer that addresses it (its entry, or the topic that
covers it where both do); a cramp question nobody wrote an answer for gets an honest
"dat weet ik niet" with the closest entries, not the gibberish reply.
"""
from __future__ import annotations

import uuid

from tests.support.conversation import matches, turns
from tests.support.training_data import trained_texts

# (question, the responses that address it)
SUBJECTS = [
    ("kan zo'n kramp in mijn kuit kwaad?", "utter_vraag/is_kramp_gevaarlijk"),
    ("hoeveel minuten houdt een kramp meestal aan?", "utter_vraag/hoe_lang_duurt_kramp"),
    ("mijn kuit blijft na zo'n aanval nog lang zeer, is dat normaal?", "utter_vraag/pijn_na_kramp"),
    ("wat is het onderscheid tussen nachtkramp en onrustige benen?", "utter_vraag/kramp_of_rusteloze_benen"),
    ("mijn zoontje heeft pijn in zijn benen, is dat groeipijn of kramp?", "utter_vraag/kramp_of_groeipijn"),
    ("hoe weet ik of het een zweepslag is en geen kramp?", "utter_vraag/kramp_of_zweepslag"),
    ("is pijn in mijn kuit tijdens het wandelen hetzelfde als kramp?", "utter_vraag/kramp_of_etalagebenen"),
    ("krijg je van spataders kramp?", "utter_vraag/spataderen"),
    ("mijn vingers verkrampen bij het schrijven, wat doe ik?", "utter_vraag/kramp_in_hand"),
    ("is een warme kruik of een coldpack beter bij kramp?", "utter_vraag/warmte_of_kou"),
    ("moet ik de spier kneden als hij vastzit?", "utter_vraag/masseren"),
    ("mijn voetzool trekt krom, hoe krijg ik dat los?", "utter_vraag/kramp_in_tenen|utter_vraag/rekken_voet"),
    ("hoe strek ik mijn kuit het best?", "utter_vraag/rekken_kuit"),
    ("hoe rek ik de voorkant van mijn dijbeen?", "utter_vraag/rekken_voorkant_bovenbeen"),
    ("welke rekoefening is goed voor de achterkant van mijn dij?", "utter_vraag/rekken_achterkant_bovenbeen"),
    ("drukt een strak opgemaakt bed op mijn tenen en geeft dat kramp?", "utter_vraag/dekbed_en_kussen"),
    ("in welke houding kan ik het beste slapen tegen kramp?", "utter_vraag/slaaphouding"),
    ("ik kreeg kramp tijdens het voetballen, moet ik dan stoppen?", "utter_vraag/kramp_bij_sporten"),
    ("wat moet ik drinken als ik in de zomer lang ga fietsen?", "utter_vraag/wat_drinken_bij_sport|utter_vraag/sporten_in_de_hitte"),
    ("heb ik zouttabletten nodig tegen kramp?", "utter_vraag/zout|utter_vraag/wat_drinken_bij_sport"),
    ("kan te weinig vocht in je lijf kramp geven?", "utter_vraag/uitdroging|utter_vraag/genoeg_drinken"),
    ("geeft een glas wijn 's avonds meer kans op kramp?", "utter_vraag/alcohol"),
    ("drink ik te veel koffie als ik kramp heb?", "utter_vraag/koffie"),
    ("krijgen rokers vaker kramp?", "utter_vraag/roken"),
    ("kan spanning op mijn werk kramp geven?", "utter_vraag/stress"),
    ("ik zit de hele dag achter de computer, krijg ik daardoor kramp?", "utter_vraag/lang_zitten_of_staan"),
    ("kunnen pumps met een hoge hak kramp geven?", "utter_vraag/schoenen_en_hakken"),
    ("mijn opa staat 's nachts op met kramp, waar moet hij op letten?", "utter_vraag/ouderen_s_nachts|utter_vraag/opstaan_met_kramp"),
    ("moet ik magnesiumtabletten slikken tegen kramp?", "utter_vraag/magnesium"),
    ("helpt een banaan per dag tegen kramp?", "utter_vraag/kalium_en_bananen"),
    ("moet ik meer melk drinken tegen kramp?", "utter_vraag/calcium"),
    ("heb ik een vitaminetekort als ik kramp heb?", "utter_vraag/vitamines"),
    ("werkt een glaasje tonic voor het slapen?", "utter_vraag/tonic"),
    ("kan mijn huisarts kinine voorschrijven?", "utter_vraag/kinine_via_huisarts"),
    ("neem ik het beste een paracetamol bij kramp?", "utter_vraag/pijnstillers"),
    ("geeft een cholesterolremmer kramp in de benen?", "utter_vraag/statines"),
    ("kan een plastablet kramp geven?", "utter_vraag/plaspillen"),
    ("krijg je van pillen tegen hoge bloeddruk kramp?", "utter_vraag/bloeddrukmiddelen"),
    ("kan de anticonceptiepil kramp in mijn benen geven?", "utter_vraag/de_pil"),
    ("hebben mensen met suikerziekte meer kramp?", "utter_vraag/diabetes_en_zenuwen"),
    ("kan een te langzame schildklier kramp geven?", "utter_vraag/schildklier"),
    ("ik zit aan de dialyse en heb veel kramp, mag ik magnesium?", "utter_vraag/nieren_en_dialyse|utter_vraag/magnesium"),
    ("in welke maand van de zwangerschap komt kramp het meest voor?", "utter_vraag/zwanger_welke_maanden"),
    ("mag ik als zwangere magnesium slikken?", "utter_vraag/zwanger_magnesium"),
    ("ik ben net bevallen en heb kramp in mijn kuit, wat nu?", "utter_vraag/kraamtijd"),
    ("mijn dochter krijgt kramp bij hockey, hoe voorkomen we dat?", "utter_vraag/kinderen_en_sport"),
    ("helpt een slokje augurkensap?", "utter_vraag/augurkennat"),
    ("werkt een stuk zeep in je bed tegen kramp?", "utter_vraag/zeep_onder_laken"),
    ("moet ik een lepel mosterd eten bij kramp?", "utter_vraag/mosterd_en_azijn"),
    ("welk bloedonderzoek doet de dokter bij kramp?", "utter_vraag/bloedonderzoek|utter_vraag/wat_onderzoekt_de_huisarts"),
    ("wanneer moet ik de dokter bellen met kramp?", "utter_vraag/wanneer_bellen|utter_wanneer_naar_dokter"),
]


def test_subject_questions_are_not_training_examples():
    trained = trained_texts()
    assert [q for q, _ in SUBJECTS if q.lower() in trained] == []


# The NLU is a trained model: a retrain with new examples moves single borderline
# questions. Each question is asked and every miss is listed; at most this many may miss
# (issue 15 aims at all; the closing note gives the count of each run).
SUBJECTS_ALLOWED_TO_MISS = 3


def test_each_subject_gets_an_answer_that_addresses_it(bot):
    misses = []
    for question, answers in SUBJECTS:
        sender = "test-" + uuid.uuid4().hex
        bot.texts(sender, "hallo")  # the safety note is given; the answer stands alone
        bot.say(sender, question)
        # A question told with a complaint gets its answer, then the screening (v3 §3).
        said = [s for s in turns(bot.tracker(sender))[-1].said
                if s not in ("utter_aanbod_triage", "utter_triage_intro")
                and not s.startswith(("Eerst een belangrijke vraag", "Nog één belangrijke vraag"))]
        if not matches(said, [answers]):
            misses.append(f"{question!r}: {said}, expected {answers}")
    print(f"\n{len(SUBJECTS) - len(misses)} of {len(SUBJECTS)} subject questions addressed")
    assert len(misses) <= SUBJECTS_ALLOWED_TO_MISS, "\n".join(misses)


def test_honest_dont_know_offers_the_closest_entries(bot, sender):
    replies = bot.say(sender, "kan mijn kramp komen door mijn nieuwe matras van traagschuim?")
    assert turns(bot.tracker(sender))[-1].said[0] == "utter_weet_ik_niet"
    assert "huisarts" in replies[0]["text"] and len(replies[0]["buttons"]) == 3
    chosen = replies[0]["buttons"][0]["payload"]
    bot.say(sender, chosen)  # a button opens its entry (an offer of the questions may follow)
    said = turns(bot.tracker(sender))[-1].said
    assert any(name.startswith("utter_vraag/") for name in said), said


def test_gibberish_is_not_understood_rather_than_unknown(bot, sender):
    # Not the honest "dat weet ik niet" of a cramp question: "not understood", or the
    # off-topic reply when the classifier reads it as a question about something else.
    bot.say(sender, "qxz vbnm plof trrr")
    assert matches(turns(bot.tracker(sender))[-1].said, ["utter_nlu_fallback|utter_out_of_scope"])
