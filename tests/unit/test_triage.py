"""Table tests for krampbot.triage (red flags, decide, messages, summary)."""
import dataclasses

import pytest

from krampbot.triage import (
    HUISARTS,
    HUISARTS_VANDAAG,
    LEVELS,
    RED_FLAG_CODES,
    REDEN_NIEUWE_MEDICIJNEN,
    SPOED_112,
    ZELFZORG,
    Advice,
    RedFlag,
    advice_message,
    decide,
    detect_red_flags,
    join_redenen,
    max_level,
    summary_text,
)

# ----------------------------------------------------------------------------- levels


def test_levels_are_exactly_the_four_slot_values_low_to_high():
    assert LEVELS == ("zelfzorg", "huisarts", "huisarts_vandaag", "spoed_112")


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (None, None, None),
        (None, ZELFZORG, ZELFZORG),
        (HUISARTS, None, HUISARTS),
        (ZELFZORG, HUISARTS, HUISARTS),
        (HUISARTS, ZELFZORG, HUISARTS),  # a later calm answer never lowers it
        (HUISARTS_VANDAAG, HUISARTS, HUISARTS_VANDAAG),
        (SPOED_112, ZELFZORG, SPOED_112),
        (HUISARTS_VANDAAG, SPOED_112, SPOED_112),
        (HUISARTS, HUISARTS, HUISARTS),
    ],
)
def test_max_level(a, b, expected):
    assert max_level(a, b) == expected


def test_max_level_rejects_unknown_level():
    with pytest.raises(ValueError):
        max_level("dokter", ZELFZORG)


def test_level_never_goes_down_over_a_conversation():
    level = None
    for step in (HUISARTS_VANDAAG, ZELFZORG, HUISARTS, ZELFZORG):
        level = max_level(level, step)
    assert level == HUISARTS_VANDAAG


# ----------------------------------------------------------------------------- red flags

RED_FLAG_WORDINGS = [
    # spoed_112: breathing / chest / coughing blood (alone counts too)
    ("benauwd", "benauwd"),
    ("mijn kuit is dik en ik ben benauwd", "benauwd"),
    ("ik ben erg kortademig", "benauwd"),
    ("ik krijg slecht lucht", "benauwd"),
    ("adem moeilijk", "benauwd"),
    ("ik krijg bijna geen lucht meer", "benauwd"),
    ("benouwd en mijn been doet zeer", "benauwd"),
    ("pijn op de borst", "pijn_op_de_borst"),
    ("druk op mijn borst", "pijn_op_de_borst"),
    ("ik heb borstpijn", "pijn_op_de_borst"),
    ("beklemmend gevoel", "pijn_op_de_borst"),
    ("ik hoest bloed", "bloed_ophoesten"),
    ("bloed ophoesten", "bloed_ophoesten"),
    ("er zit bloed in mijn slijm", "bloed_ophoesten"),
    # spoed_112: cold, white or blue leg
    ("been is koud en wit", "been_koud_bleek_blauw"),
    ("mijn voet is blauw en ik voel hem niet", "been_koud_bleek_blauw"),
    ("mijn been is ineens ijskoud", "been_koud_bleek_blauw"),
    ("mijn tenen zijn spierwit", "been_koud_bleek_blauw"),
    ("ik voel mijn voet niet meer", "been_koud_bleek_blauw"),
    # spoed_112: paralysis / sudden weakness
    ("kan mijn been niet meer bewegen", "verlamming"),
    ("mijn been is verlamd", "verlamming"),
    ("ineens is mijn been helemaal slap", "verlamming"),
    ("mijn linkerkant van mijn lichaam is ineens zwak", "verlamming"),
    # spoed_112: face / speech
    ("scheve mond", "scheve_mond_of_spraak"),
    ("ik kan niet goed praten", "scheve_mond_of_spraak"),
    ("zijn mond hangt scheef", "scheve_mond_of_spraak"),
    ("ze praat ineens onduidelijk", "scheve_mond_of_spraak"),
    # spoed_112: fit, unconscious, confused, whole-body cramp
    ("hij had een stuip", "stuip"),
    ("toeval", "stuip"),
    ("ze kreeg een toeval", "stuip"),
    ("mijn kind heeft een stuip", "stuip"),
    ("hij schokt met zijn hele lichaam", "stuip"),
    ("ze had stuiptrekkingen en was daarna bewusteloos", "stuip"),
    ("bewusteloos", "bewusteloos"),
    ("ik ben flauwgevallen", "bewusteloos"),
    ("mijn vader reageert niet meer", "bewusteloos"),
    ("verward", "verward"),
    ("mijn moeder is in de war", "verward"),
    ("hij herkent me niet", "verward"),
    ("kramp in mijn hele lichaam", "kramp_hele_lichaam"),
    ("overal kramp", "kramp_hele_lichaam"),
    ("mijn hele lijf verkrampt", "kramp_hele_lichaam"),
    # huisarts_vandaag: swollen red warm leg
    ("mijn kuit is dik rood en warm", "been_dik_rood_warm"),
    ("een been is opgezwollen en doet pijn", "been_dik_rood_warm"),
    ("dik warm been na de operatie", "been_dik_rood_warm"),
    ("dik been na de vliegreis", "been_dik_rood_warm"),
    ("mijn rechterkuit is gezwollen en verkleurd", "been_dik_rood_warm"),
    # huisarts_vandaag: red hot leg with fever
    ("rood heet been en koorts", "rood_warm_been_met_koorts"),
    ("mijn onderbeen is rood en ik heb koorts", "rood_warm_been_met_koorts"),
    ("koorts en een warme rode plek op mijn scheen", "rood_warm_been_met_koorts"),
    # huisarts_vandaag: dark urine with muscle pain
    ("spierpijn en donkere urine", "donkere_urine"),
    ("cola-kleurige plas", "donkere_urine"),
    ("na het sporten erge spierpijn en mijn plas is heel donker", "donkere_urine"),
    ("sinds de statine pijnlijke spieren en bruine urine", "donkere_urine"),
    # huisarts_vandaag: vomiting/diarrhoea, no fluids kept down
    ("mijn dochter geeft steeds over en houdt niks binnen", "uitdroging"),
    ("ik ben zwanger, moet overgeven en kan niets binnenhouden", "uitdroging"),
    ("oma heeft diarree en drinken komt er meteen weer uit", "uitdroging"),
    # huisarts: thirst, peeing, weight loss
    ("ik heb veel dorst", "dorst_plassen_afvallen"),
    ("ik moet vaak plassen", "dorst_plassen_afvallen"),
    ("ik ben 5 kilo afgevallen zonder dat ik het wil", "dorst_plassen_afvallen"),
    # huisarts: child
    ("mijn zoontje heeft vaak kramp", "kind_met_klachten"),
    ("mijn dochter loopt mank", "kind_met_klachten"),
    ("mijn kind heeft overdag pijn in zijn been", "kind_met_klachten"),
    ("mijn kind heeft kramp en koorts", "kind_met_klachten"),
]


@pytest.mark.parametrize("text, code", RED_FLAG_WORDINGS)
def test_detect_red_flags(text, code):
    assert code in [flag.code for flag in detect_red_flags(text)]


def test_every_red_flag_has_at_least_three_wordings():
    counts = {code: 0 for code in RED_FLAG_CODES}
    for _, code in RED_FLAG_WORDINGS:
        counts[code] += 1
    assert {code: n for code, n in counts.items() if n < 3} == {}


@pytest.mark.parametrize(
    "code, level",
    [
        ("benauwd", SPOED_112),
        ("pijn_op_de_borst", SPOED_112),
        ("bloed_ophoesten", SPOED_112),
        ("been_koud_bleek_blauw", SPOED_112),
        ("verlamming", SPOED_112),
        ("scheve_mond_of_spraak", SPOED_112),
        ("stuip", SPOED_112),
        ("bewusteloos", SPOED_112),
        ("verward", SPOED_112),
        ("kramp_hele_lichaam", SPOED_112),
        ("been_dik_rood_warm", HUISARTS_VANDAAG),
        ("rood_warm_been_met_koorts", HUISARTS_VANDAAG),
        ("donkere_urine", HUISARTS_VANDAAG),
        ("uitdroging", HUISARTS_VANDAAG),
        ("dorst_plassen_afvallen", HUISARTS),
        ("kind_met_klachten", HUISARTS),
    ],
)
def test_red_flag_levels(code, level):
    text = next(text for text, c in RED_FLAG_WORDINGS if c == code)
    flag = next(flag for flag in detect_red_flags(text) if flag.code == code)
    assert flag.level == level


def test_red_flags_are_frozen_with_short_dutch_reasons():
    flags = detect_red_flags("ik ben benauwd en mijn kuit is dik, rood en warm")
    assert [flag.level for flag in flags] == [SPOED_112, HUISARTS_VANDAAG]
    for flag in flags:
        assert flag.reden.startswith(("je ", "er ", "de ", "het "))
        assert not flag.reden.endswith(".")
    with pytest.raises(dataclasses.FrozenInstanceError):
        flags[0].level = ZELFZORG


@pytest.mark.parametrize(
    "text",
    [
        # negations
        "ik ben niet benauwd",
        "Nee, ik ben niet benauwd.",
        "benauwd ben ik niet",
        "ik ben niet benauwd of kortademig",
        "geen pijn op de borst",
        "ik heb geen last van kortademigheid",
        "mijn been is niet dik",
        "mijn been is niet dik of rood",
        "geen koorts",
        "ik hoest niet en heb geen koorts",
        "ik ben niet verlamd",
        "niet flauwgevallen",
        # ordinary cramp descriptions
        "mijn kuit wordt hard en doet pijn",
        "kramp in mijn voet",
        "ik kan even niet lopen van de kramp",
        "ik kan mijn been niet bewegen door de kramp",
        "mijn tenen trekken krom",
        "ik heb 's nachts kramp in mijn kuit",
        "na het sporten kramp in mijn bovenbeen",
        "kramp in mijn hele been",
        "mijn spieren doen pijn na het sporten",
        "ik heb altijd koude voeten",
        "ik heb een blauwe plek op mijn been",
        "een warme douche helpt goed",
        "het was toeval dat ik het merkte",
        "het is benauwd weer vandaag",
        "ik val af en toe in slaap op de bank",
        "ik heb als kind vaak kramp gehad",
        "ik drink veel water",
        "ik voel de kramp niet meer",
        "ik ben te dik en mijn kuit doet pijn",
        "ik had een dikke kramp in mijn kuit en het doet nog pijn",
        "ik ben zwanger en mijn enkels zijn dik",
        "mijn slaapritme is in de war",
        "ik ben afgevallen door mijn dieet",
        "ik wil meteen weten wat ik moet doen",
        "ik heb koorts en het is warm, kramp in mijn kuit",
        "ik heb vaak kramp en mijn kinderen niet",
        "ik heb stuiptrekkingen in mijn kuit",
        "'s nachts convulsies in mijn onderbeen",
        "ik zat in een benauwde ruimte",
        "",
    ],
)
def test_no_red_flag(text):
    assert detect_red_flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "mijn been is rood en warm, geen koorts",
        "mijn been is niet dik maar wel rood en warm",
        "Mijn been is dik. Het is ook rood.",
    ],
)
def test_red_leg_without_fever_is_still_same_day(text):
    flags = detect_red_flags(text)
    assert [flag.code for flag in flags] == ["been_dik_rood_warm"]
    assert flags[0].level == HUISARTS_VANDAAG


# ----------------------------------------------------------------------------- decide

CALM = {
    "frequentie": "zelden",
    "slaap_verstoord": False,
    "been_dik_rood_warm": False,
    "spierzwakte_of_gevoelloos": False,
    "pijn_bij_lopen": False,
    "nieuwe_medicijnen": False,
    "zwanger": False,
}


@pytest.mark.parametrize(
    "changes, level, plek",
    [
        ({}, ZELFZORG, "thuis"),
        ({"frequentie": None}, ZELFZORG, "thuis"),
        ({"zwanger": True}, ZELFZORG, "thuis"),
        ({"been_dik_rood_warm": True}, HUISARTS_VANDAAG, "huisarts of huisartsenpost"),
        ({"been_dik_rood_warm": True, "zwanger": True}, HUISARTS_VANDAAG, "verloskundige"),
        ({"frequentie": "wekelijks"}, HUISARTS, "huisarts"),
        ({"frequentie": "bijna_elke_nacht"}, HUISARTS, "huisarts"),
        ({"slaap_verstoord": True}, HUISARTS, "huisarts"),
        ({"spierzwakte_of_gevoelloos": True}, HUISARTS, "huisarts"),
        ({"pijn_bij_lopen": True}, HUISARTS, "huisarts"),
        ({"nieuwe_medicijnen": True}, HUISARTS, "huisarts"),
        ({"frequentie": "bijna_elke_nacht", "zwanger": True}, HUISARTS, "verloskundige"),
        ({"slaap_verstoord": True, "zwanger": True}, HUISARTS, "verloskundige"),
        ({"frequentie": "wekelijks", "been_dik_rood_warm": True}, HUISARTS_VANDAAG,
         "huisarts of huisartsenpost"),
    ],
)
def test_decide_from_answers(changes, level, plek):
    advice = decide({**CALM, **changes})
    assert (advice.level, advice.plek) == (level, plek)
    assert advice.redenen


def test_decide_with_no_answers_is_self_care():
    advice = decide({})
    assert advice == Advice(ZELFZORG, ["je geen signalen noemde waarvoor je naar een arts moet"], "thuis")


@pytest.mark.parametrize(
    "text, level, plek",
    [
        ("ik ben benauwd", SPOED_112, "112"),
        ("mijn kuit is dik rood en warm", HUISARTS_VANDAAG, "huisarts of huisartsenpost"),
        ("ik heb veel dorst", HUISARTS, "huisarts"),
        ("kramp in mijn kuit", ZELFZORG, "thuis"),
    ],
)
def test_decide_red_flags_raise_the_level(text, level, plek):
    advice = decide(CALM, detect_red_flags(text))
    assert (advice.level, advice.plek) == (level, plek)


def test_decide_pregnant_emergency_is_still_112():
    advice = decide({**CALM, "zwanger": True}, detect_red_flags("pijn op de borst"))
    assert (advice.level, advice.plek) == (SPOED_112, "112")


def test_decide_calm_answers_never_lower_a_red_flag():
    flag = RedFlag(HUISARTS_VANDAAG, "been_dik_rood_warm", "je been dik, rood of warm is")
    assert decide(CALM, [flag]).level == HUISARTS_VANDAAG


def test_decide_keeps_only_reasons_of_the_winning_level_without_duplicates():
    flags = detect_red_flags("mijn kuit is dik, rood en warm")
    advice = decide({**CALM, "been_dik_rood_warm": True, "frequentie": "wekelijks"}, flags)
    assert advice.redenen == ["je been dik, rood of warm is"]


def test_decide_lists_all_reasons_of_the_level():
    advice = decide({**CALM, "frequentie": "bijna_elke_nacht", "slaap_verstoord": True,
                     "nieuwe_medicijnen": True})
    assert advice.redenen == [
        "je (bijna) elke nacht kramp hebt",
        "je door de kramp slecht slaapt",
        REDEN_NIEUWE_MEDICIJNEN,
    ]


# ----------------------------------------------------------------------------- messages

FORBIDDEN = ["kinine", "tonic", "baclofen", " mg", "je hebt trombose", "speld", "naald",
             "terpentijn", "stop met je medicijn"]


@pytest.mark.parametrize(
    "answers, text, zwanger, required",
    [
        (CALM, "ik ben benauwd", False, ["Bel 112", "Omdat je naast de klachten"]),
        (CALM, "hij had een stuip", True, ["Bel 112", "Omdat er een stuip"]),
        ({**CALM, "been_dik_rood_warm": True}, "", False,
         ["vandaag nog", "huisarts", "het nummer van de huisartsenpost in je regio",
          "Omdat je been dik, rood of warm is", "1733"]),
        ({**CALM, "been_dik_rood_warm": True, "zwanger": True}, "", True,
         ["vandaag nog", "verloskundige", "het nummer van de huisartsenpost in je regio"]),
        ({**CALM, "frequentie": "wekelijks"}, "", False,
         ["maak een afspraak", "huisarts", "Omdat je elke week kramp hebt"]),
        ({**CALM, "frequentie": "bijna_elke_nacht", "zwanger": True}, "", True,
         ["maak een afspraak", "verloskundige"]),
        ({**CALM, "nieuwe_medicijnen": True}, "", False,
         ["maak een afspraak", "Stop nooit zelf met je medicijnen", "apotheker"]),
        (CALM, "", False,
         ["Omdat je alleen af en toe kramp hebt", "strek je been", "trek je tenen naar je toe",
          "Loop een paar stappen", "masseer", "warmte", "kan het helpen", "drinken",
          "koffie en alcohol", "Kom terug", "vaker komt", "slecht van slaapt"]),
        ({**CALM, "zwanger": True}, "", True, ["strek je been", "verloskundige"]),
    ],
)
def test_advice_message_required_phrases(answers, text, zwanger, required):
    message = advice_message(decide(answers, detect_red_flags(text)), zwanger)
    for phrase in required:
        assert phrase in message
    for phrase in FORBIDDEN:
        assert phrase not in message.lower()


@pytest.mark.parametrize("level", LEVELS)
def test_advice_message_exists_for_every_level_and_names_a_place(level):
    message = advice_message(Advice(level, ["je iets hebt"], "huisarts"), False)
    assert message.strip()
    assert any(place in message for place in ("112", "huisarts", "verloskundige"))


def test_only_urgent_messages_tell_to_call_112_straight_away():
    calm = advice_message(decide(CALM), False)
    assert "Bel 112" not in calm
    assert "vandaag nog" not in calm


def test_raised_advice_does_not_explain_itself_with_calm_reasons():
    raised = dataclasses.replace(decide(CALM), level=SPOED_112)
    message = advice_message(raised, False)
    assert message.startswith("Bel 112")
    assert "af en toe" not in message
    assert "Op basis van wat je vertelt, kan er iets ernstigs" in message


def test_medicine_warning_only_when_medicine_is_a_reason():
    message = advice_message(decide({**CALM, "slaap_verstoord": True}), False)
    assert "Stop nooit zelf" not in message


@pytest.mark.parametrize(
    "redenen, expected",
    [
        ([], ""),
        (["a"], "a"),
        (["a", "b"], "a en b"),
        (["a", "b", "c"], "a, b en c"),
    ],
)
def test_join_redenen(redenen, expected):
    assert join_redenen(redenen) == expected


# ----------------------------------------------------------------------------- summary


def test_summary_lists_known_answers_and_advice():
    answers = {**CALM, "frequentie": "bijna_elke_nacht", "slaap_verstoord": True}
    text = summary_text(answers, decide(answers))
    lines = text.splitlines()
    assert lines[0] == "Samenvatting voor je huisarts:"
    assert "- Hoe vaak: bijna elke nacht" in lines
    assert "- Slaapt slecht door de kramp: ja" in lines
    assert "- Zwanger: nee" in lines
    assert lines[-1].startswith("- Advies van Krampbot: een afspraak bij de huisarts")
    assert "omdat je (bijna) elke nacht kramp hebt" in lines[-1]


@pytest.mark.parametrize(
    "frequentie, shown",
    [
        ("zelden", "minder dan één keer per week"),
        ("wekelijks", "één of meer keren per week"),
        ("bijna_elke_nacht", "bijna elke nacht"),
    ],
)
def test_summary_frequency_in_readable_dutch(frequentie, shown):
    assert f"- Hoe vaak: {shown}" in summary_text({"frequentie": frequentie}, None)


def test_summary_leaves_out_unknown_answers():
    text = summary_text({"frequentie": None, "zwanger": None, "pijn_bij_lopen": True}, None)
    assert text.splitlines() == [
        "Samenvatting voor je huisarts:",
        "- Pijn in de kuit bij lopen, weg bij stilstaan: ja",
    ]


@pytest.mark.parametrize(
    "answers, text, expected",
    [
        ({}, "ik ben benauwd", "direct 112 bellen"),
        ({"been_dik_rood_warm": True}, "", "vandaag nog naar de huisarts of huisartsenpost"),
        ({"been_dik_rood_warm": True, "zwanger": True}, "", "vandaag nog naar de verloskundige"),
        ({"pijn_bij_lopen": True, "zwanger": True}, "", "een afspraak bij de verloskundige"),
        ({"frequentie": "zelden"}, "", "zelfzorg"),
    ],
)
def test_summary_advice_line(answers, text, expected):
    advice = decide(answers, detect_red_flags(text))
    last_line = summary_text(answers, advice).splitlines()[-1]
    assert last_line.startswith(f"- Advies van Krampbot: {expected}")


def test_modules_do_not_import_rasa():
    import krampbot.text_parsing as parsing
    import krampbot.triage as triage

    for module in (parsing, triage):
        source = open(module.__file__, encoding="utf-8").read()
        assert "import rasa" not in source and "from rasa" not in source
