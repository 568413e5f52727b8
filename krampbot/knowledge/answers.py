"""The knowledge base (retrieval intent `vraag/<sleutel>`) as seen by the actions.

Which entry answers a question (the ResponseSelector's choice when it is sure enough,
or the entry a button names), the closest entries for an honest "I don't know that",
and the short answers given for a topic while the follow-up questions run.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

KNOWLEDGE_INTENT = "vraag"
# Below this ResponseSelector confidence Krampbot says it does not know that specific
# thing. Chosen by measurement (make eval-answers, README "NLU pipeline"): on the 387
# held-out questions 0.20 answers 14 more right than 0.25 for 1 more wrong. 0.15 adds 10
# right for 1 wrong more there, but every held-out question has an entry: the cost of
# answering questions that have none is not in that file, so 0.20 stays.
ENTRY_CONFIDENCE_MIN = 0.2
# A topic question ("hoe voorkom ik kramp?") is answered by the topic's overview, unless
# the ResponseSelector is this sure of a specific entry of that same subject.
ENTRY_OVER_TOPIC_MIN = 0.5
CLOSEST_ENTRIES = 3
# A question the ResponseSelector is unsure about (below ENTRY_CONFIDENCE_MIN) gets the
# overview of the topic the intent classifier ranks highest, if that topic has at least
# this confidence ("wat doe je het beste als je kramp hebt": vraag 0.82, topic 0.13).
# Measured on tests/nlu_holdout.yml (scripts/evaluate/eval_answers.py): 0.05 answers 5 more
# questions right or with their topic and none more wrong; 0.02 adds a wrong one.
TOPIC_WHEN_UNSURE_MIN = 0.05

# Topics after which the follow-up questions are offered (as long as none ran yet).
TOPICS_THAT_OFFER_QUESTIONS = {"zwanger_en_kramp", "wanneer_naar_dokter"}

# While the questions run, a topic question gets a short answer and the same question
# again (no long text, no offer): each topic's short answer.
SHORT_ANSWER_OF_TOPIC = {
    topic: f"utter_kort_{topic}"
    for topic in (
        "waarom_kramp_nachts",
        "wat_te_doen_bij_kramp",
        "zwanger_en_kramp",
        "kramp_bij_kinderen",
        "kramp_voorkomen",
        "oefeningen_tegen_kramp",
        "voeding_en_kramp",
        "medicijnen_en_kramp",
        "ziekten_en_kramp",
        "kramp_bij_zwemmen",
        "onderzoek_bij_arts",
        "wanneer_naar_dokter",
        "huismiddeltjes",
    )
}

# Button titles for entries offered as "closest" in an "I don't know that" reply.
ENTRY_TITLES = {
    "wat_is_kramp": "Wat is kramp?",
    "is_kramp_gevaarlijk": "Is kramp gevaarlijk?",
    "hoe_lang_duurt_kramp": "Hoe lang duurt kramp?",
    "pijn_na_kramp": "Pijn na de kramp",
    "kramp_of_rusteloze_benen": "Kramp of rusteloze benen?",
    "kramp_of_groeipijn": "Kramp of groeipijn?",
    "kramp_of_zweepslag": "Kramp of zweepslag?",
    "kramp_of_etalagebenen": "Kramp of etalagebenen?",
    "spataderen": "Spataderen en kramp",
    "kramp_in_hand": "Kramp in hand of vingers",
    "warmte_of_kou": "Warmte of kou?",
    "masseren": "Masseren",
    "kramp_in_tenen": "Kramp in tenen of voetzool",
    "rekken_kuit": "Kuit rekken",
    "rekken_voorkant_bovenbeen": "Voorkant bovenbeen rekken",
    "rekken_achterkant_bovenbeen": "Achterkant bovenbeen rekken",
    "rekken_voet": "Voet rekken",
    "rekken_voor_het_slapen": "Rekken voor het slapen",
    "dekbed_en_kussen": "Dekbed en kussen",
    "slaaphouding": "Slaaphouding",
    "kramp_vannacht": "Als de kramp vannacht komt",
    "opstaan_met_kramp": "Opstaan met kramp",
    "kramp_bij_sporten": "Kramp bij sporten",
    "kramp_bij_hardlopen": "Kramp bij hardlopen",
    "sporten_in_de_hitte": "Sporten in de hitte",
    "wat_drinken_bij_sport": "Wat drinken bij sport?",
    "opwarmen_en_afkoelen": "Opwarmen en afkoelen",
    "uitdroging": "Uitdroging",
    "genoeg_drinken": "Hoeveel drinken?",
    "alcohol": "Alcohol en kramp",
    "koffie": "Koffie en kramp",
    "roken": "Roken en kramp",
    "stress": "Stress en kramp",
    "lang_zitten_of_staan": "Lang zitten of staan",
    "lange_reis": "Lange reis",
    "schoenen_en_hakken": "Schoenen en hakken",
    "koude_voeten": "Koude voeten",
    "ouderen_s_nachts": "Ouderen en nachtkramp",
    "medicijncheck_apotheker": "Medicijncheck bij de apotheker",
    "kramp_overdag": "Kramp overdag",
    "slaap_door_kramp": "Slecht slapen door kramp",
    "magnesium": "Magnesium",
    "kalium_en_bananen": "Kalium en bananen",
    "calcium": "Calcium",
    "vitamines": "Vitamines",
    "zout": "Zout",
    "tonic": "Tonic",
    "kinine_via_huisarts": "Kinine via de huisarts",
    "kinine_bijwerkingen": "Bijwerkingen van kinine",
    "spierverslappers": "Spierverslappers",
    "pijnstillers": "Pijnstillers",
    "medicijn_als_oorzaak": "Kramp door een medicijn?",
    "statines": "Statines",
    "plaspillen": "Plaspillen",
    "bloeddrukmiddelen": "Bloeddrukmiddelen",
    "astmamedicijnen": "Astmamedicijnen",
    "de_pil": "De pil",
    "diabetes_en_zenuwen": "Diabetes en zenuwen",
    "schildklier": "Schildklier",
    "nieren_en_dialyse": "Nieren en dialyse",
    "kramp_en_ziekte": "Kramp en ziekte",
    "zwanger_welke_maanden": "Zwanger: welke maanden?",
    "zwanger_wat_helpt": "Zwanger: wat helpt?",
    "zwanger_magnesium": "Zwanger en magnesium",
    "zwanger_alarmsignalen": "Zwanger: alarmsignalen",
    "kraamtijd": "Kramp in de kraamtijd",
    "kind_s_nachts": "Kind met kramp 's nachts",
    "kinderen_en_sport": "Kinderen en sport",
    "kind_naar_huisarts": "Kind naar de huisarts?",
    "augurkennat": "Augurkennat",
    "zeep_onder_laken": "Zeep onder het laken",
    "mosterd_en_azijn": "Mosterd en azijn",
    "honing_en_citroen": "Honing en citroen",
    "prikken_met_speld": "Prikken met een speld",
    "terpentijn_en_zalven": "Terpentijn en zalven",
    "wat_onderzoekt_de_huisarts": "Wat onderzoekt de huisarts?",
    "bloedonderzoek": "Bloedonderzoek",
    "wat_kan_de_huisarts_doen": "Wat kan de huisarts doen?",
    "wanneer_bellen": "Wanneer bellen?",
    "wanneer_112": "Wanneer 112?",
    "huisartsenpost": "Huisartsenpost",
    "specialist": "Naar een specialist?",
}


# The subject (topic intent) each entry belongs to: a topic question may get a specific
# entry of its own subject, never one of another subject.
_SUBJECTS = {
    "waarom_kramp_nachts": "wat_is_kramp slaaphouding dekbed_en_kussen ouderen_s_nachts "
    "lang_zitten_of_staan stress koude_voeten slaap_door_kramp uitdroging",
    "wat_te_doen_bij_kramp": "hoe_lang_duurt_kramp pijn_na_kramp warmte_of_kou masseren "
    "kramp_in_tenen kramp_vannacht opstaan_met_kramp rekken_kuit "
    "rekken_voorkant_bovenbeen rekken_achterkant_bovenbeen rekken_voet "
    "kramp_in_hand kramp_overdag pijnstillers",
    "zwanger_en_kramp": "zwanger_welke_maanden zwanger_wat_helpt zwanger_magnesium "
    "zwanger_alarmsignalen kraamtijd",
    "kramp_bij_kinderen": "kind_s_nachts kinderen_en_sport kind_naar_huisarts kramp_of_groeipijn",
    "kramp_voorkomen": "rekken_voor_het_slapen dekbed_en_kussen slaaphouding alcohol koffie "
    "roken stress lang_zitten_of_staan lange_reis schoenen_en_hakken "
    "genoeg_drinken opwarmen_en_afkoelen kramp_bij_sporten kramp_bij_hardlopen "
    "sporten_in_de_hitte wat_drinken_bij_sport koude_voeten",
    "oefeningen_tegen_kramp": "rekken_kuit rekken_voorkant_bovenbeen rekken_achterkant_bovenbeen "
    "rekken_voet rekken_voor_het_slapen opwarmen_en_afkoelen",
    "voeding_en_kramp": "magnesium kalium_en_bananen calcium vitamines zout genoeg_drinken "
    "wat_drinken_bij_sport tonic",
    "medicijnen_en_kramp": "tonic kinine_via_huisarts kinine_bijwerkingen spierverslappers "
    "pijnstillers medicijn_als_oorzaak statines plaspillen "
    "bloeddrukmiddelen astmamedicijnen de_pil medicijncheck_apotheker",
    "ziekten_en_kramp": "diabetes_en_zenuwen schildklier nieren_en_dialyse kramp_en_ziekte "
    "spataderen kramp_of_etalagebenen kramp_of_rusteloze_benen "
    "kramp_of_zweepslag is_kramp_gevaarlijk",
    "kramp_bij_zwemmen": "koude_voeten kramp_bij_sporten",
    "onderzoek_bij_arts": "wat_onderzoekt_de_huisarts bloedonderzoek wat_kan_de_huisarts_doen "
    "specialist",
    "wanneer_naar_dokter": "wanneer_bellen wanneer_112 huisartsenpost is_kramp_gevaarlijk "
    "kind_naar_huisarts zwanger_alarmsignalen",
    "huismiddeltjes": "augurkennat zeep_onder_laken mosterd_en_azijn honing_en_citroen "
    "prikken_met_speld terpentijn_en_zalven",
}
ENTRIES_OF_TOPIC = {topic: set(keys.split()) for topic, keys in _SUBJECTS.items()}


# After these answers the follow-up questions are offered: the overview of a topic in
# TOPICS_THAT_OFFER_QUESTIONS or one of its entries ("wanneer bellen?").
_ANSWERS_THAT_OFFER_QUESTIONS = frozenset(
    [f"utter_{topic}" for topic in TOPICS_THAT_OFFER_QUESTIONS]
    + [
        f"utter_{KNOWLEDGE_INTENT}/{key}"
        for topic in TOPICS_THAT_OFFER_QUESTIONS
        for key in ENTRIES_OF_TOPIC[topic]
    ]
)


def offers_questions(answer: Optional[str]) -> bool:
    return answer in _ANSWERS_THAT_OFFER_QUESTIONS


def entry_payload(key: str) -> str:
    return f'/{KNOWLEDGE_INTENT}{{"vraag_sleutel":"{key}"}}'


def _selection(parse: Optional[Mapping[str, Any]]) -> Mapping[str, Any]:
    return ((parse or {}).get("response_selector") or {}).get(KNOWLEDGE_INTENT) or {}


def _best_entry(parse: Optional[Mapping[str, Any]]) -> tuple[Optional[str], float]:
    response = _selection(parse).get("response") or {}
    key = (response.get("intent_response_key") or "").split("/", 1)[-1]
    return (key if key in ENTRY_TITLES else None), float(response.get("confidence") or 0.0)


def chosen_entry(
    button_key: Optional[str],
    parse: Optional[Mapping[str, Any]],
    minimum: float = ENTRY_CONFIDENCE_MIN,
) -> Optional[str]:
    """The response of the entry that answers this message, or None when unsure."""
    if button_key in ENTRY_TITLES:
        return f"utter_{KNOWLEDGE_INTENT}/{button_key}"
    key, confidence = _best_entry(parse)
    return f"utter_{KNOWLEDGE_INTENT}/{key}" if key and confidence >= minimum else None


def topic_when_unsure(
    parse: Optional[Mapping[str, Any]], minimum: float = TOPIC_WHEN_UNSURE_MIN
) -> Optional[str]:
    """The overview of the highest-ranked topic, for a question no entry fits well."""
    for candidate in (parse or {}).get("intent_ranking") or []:
        if candidate.get("name") in SHORT_ANSWER_OF_TOPIC:
            if float(candidate.get("confidence") or 0.0) >= minimum:
                return str(candidate["name"])
            return None
    return None


def specific_entry_for_topic(topic: str, parse: Optional[Mapping[str, Any]]) -> Optional[str]:
    """For a topic question: the entry of that subject the ResponseSelector is sure of
    ("helpt magnesium?" classified as voeding_en_kramp gets the magnesium entry)."""
    key, confidence = _best_entry(parse)
    if key in ENTRIES_OF_TOPIC.get(topic, ()) and confidence >= ENTRY_OVER_TOPIC_MIN:
        return f"utter_{KNOWLEDGE_INTENT}/{key}"
    return None


def answer_to_question(
    intent: Optional[str],
    parse: Optional[Mapping[str, Any]],
    *,
    entry: Optional[str],
    about_cramps: bool,
    questions_running: bool = False,
    topic_min: Optional[float] = TOPIC_WHEN_UNSURE_MIN,
) -> Optional[str]:
    """The response that answers a question (ActionBeantwoordVraag; also measured by
    scripts/evaluate/eval_answers.py), or None for the honest "I don't know that".

    `entry` is chosen_entry() of the message; `about_cramps` whether it is about cramps or
    legs (only then does an unsure knowledge question get the likeliest topic's overview);
    `topic_min` None turns that topic fallback off (for the measurement)."""
    if intent == KNOWLEDGE_INTENT:
        if entry:
            return entry
        intent = (
            topic_when_unsure(parse, topic_min) if about_cramps and topic_min is not None else None
        )
    if intent == "nlu_fallback" or intent is None:
        return None
    specific = specific_entry_for_topic(intent, parse)
    if specific:
        return specific  # a specific question of this subject: its own, short answer
    if questions_running and intent in SHORT_ANSWER_OF_TOPIC:
        return SHORT_ANSWER_OF_TOPIC[intent]  # a short answer; the question comes again
    return f"utter_{intent}"


def closest_entries(parse: Optional[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(title, payload) of the entries closest to a question Krampbot could not answer."""
    ranking = _selection(parse).get("ranking") or []
    keys = []
    for candidate in ranking:
        key = (candidate.get("intent_response_key") or "").split("/", 1)[-1]
        if key in ENTRY_TITLES and key not in keys:
            keys.append(key)
        if len(keys) == CLOSEST_ENTRIES:
            break
    if not keys:
        keys = ["wanneer_bellen", "is_kramp_gevaarlijk", "kramp_vannacht"]
    return [(ENTRY_TITLES[key], entry_payload(key)) for key in keys]
