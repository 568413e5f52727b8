"""Every name Krampbot shares with Rasa, once: slots and their values, intents, actions,
the form. Core and glue import them from here; tests/unit/test_names.py checks them
against domain.yml and data/ (so a renamed slot or value fails at once).

Slot names, their values, the form name and the intents are a contract read by
evaluation tools: keep them exactly so.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- form
FORM: Final = "kramp_triage_form"
REQUESTED_SLOT: Final = "requested_slot"

# --------------------------------------------------------------------------- slots
# The questions of the form (in the base order of domain.yml's required_slots).
SPOEDSIGNALEN: Final = "spoedsignalen"  # bool: the screening question on urgent signs
SPOEDSIGNAAL: Final = "spoedsignaal"  # text: which urgent sign (a sign code)
VOOR_WIE: Final = "voor_wie"  # zelf | kind | ander
BEEN_DIK_ROOD_WARM: Final = "been_dik_rood_warm"
FREQUENTIE: Final = "frequentie"  # zelden | wekelijks | bijna_elke_nacht
SLAAP_VERSTOORD: Final = "slaap_verstoord"
SPIERZWAKTE_OF_GEVOELLOOS: Final = "spierzwakte_of_gevoelloos"
KLACHTEN_PLOTSELING: Final = "klachten_plotseling"
PIJN_BIJ_LOPEN: Final = "pijn_bij_lopen"
PIJN_OVERDAG_OF_MANK: Final = "pijn_overdag_of_mank"
NIEUWE_MEDICIJNEN: Final = "nieuwe_medicijnen"
ZWANGER: Final = "zwanger"
BEVESTIG_OPNIEUW: Final = "bevestig_opnieuw"
# Facts that come with the answers.
WIE: Final = "wie"  # how Krampbot names the person ("je vader")
GESLACHT: Final = "geslacht"  # m | v
LEEFTIJD: Final = "leeftijd"
KRAAMTIJD: Final = "kraamtijd"
ZWANGERSCHAPSWEKEN: Final = "zwangerschapsweken"
LICHAAMSDEEL: Final = "lichaamsdeel"
ONDERWERP: Final = "onderwerp"
# What the person said in their own words, kept as codes (see krampbot/reading).
RODE_VLAGGEN: Final = "rode_vlaggen"  # codes of every warning sign said so far
ONBEKEND: Final = "onbekende_antwoorden"  # questions whose answer could not be read
BRONNEN: Final = "bronnen"  # where each fact came from (codes, not text)
# Outcome and conversation state.
ADVIES: Final = "advies"
VRAGEN_KLAAR: Final = "vragen_klaar"
OPNIEUW_GEVRAAGD: Final = "opnieuw_gevraagd"
ONDUIDELIJK_ANTWOORD: Final = "onduidelijk_antwoord"
DISCLAIMER_GEGEVEN: Final = "disclaimer_gegeven"
AANBOD: Final = "aanbod"  # vragen | samenvatting | opnieuw | vergeten | geen
VERVOLG: Final = "vervolg"  # vragen
OUD_TEKEN_GEVRAAGD: Final = "oud_teken_gevraagd"  # codes of old signs asked about last turn
SAMENVATTING_GETOOND: Final = "samenvatting_getoond"  # a later summary says it replaces it
GESPREK_WISSEN: Final = "gesprek_wissen"  # set on a confirmed /vergeet: the store erases
CONTROLE_NA_ADVIES: Final = (
    "controle_na_advies"  # advice given at once; the questions check for worse
)

# --------------------------------------------------------------------------- values
# voor_wie
ZELF: Final = "zelf"
KIND: Final = "kind"
ANDER: Final = "ander"
VOOR_WIE_VALUES: Final = (ZELF, KIND, ANDER)
# frequentie
ZELDEN: Final = "zelden"
WEKELIJKS: Final = "wekelijks"
BIJNA_ELKE_NACHT: Final = "bijna_elke_nacht"
FREQUENTIE_VALUES: Final = (ZELDEN, WEKELIJKS, BIJNA_ELKE_NACHT)
# advies (the levels, lowest to highest: krampbot.triage.levels)
ZELFZORG: Final = "zelfzorg"
HUISARTS: Final = "huisarts"
HUISARTS_VANDAAG: Final = "huisarts_vandaag"
SPOED_112: Final = "spoed_112"
ADVIES_VALUES: Final = (ZELFZORG, HUISARTS, HUISARTS_VANDAAG, SPOED_112)
# aanbod
AANBOD_VRAGEN: Final = "vragen"
AANBOD_SAMENVATTING: Final = "samenvatting"
AANBOD_OPNIEUW: Final = "opnieuw"
AANBOD_VERGETEN: Final = "vergeten"
AANBOD_GEEN: Final = "geen"
AANBOD_VALUES: Final = (
    AANBOD_VRAGEN,
    AANBOD_SAMENVATTING,
    AANBOD_OPNIEUW,
    AANBOD_VERGETEN,
    AANBOD_GEEN,
)
VERVOLG_VRAGEN: Final = "vragen"

# --------------------------------------------------------------------------- intents
TOPIC_INTENTS: Final = (
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
KNOWLEDGE_INTENT: Final = "vraag"  # retrieval intent vraag/<sleutel>
KRAMP_KLACHT: Final = "kramp_klacht"
RODE_VLAG: Final = "rode_vlag"  # never trained: set from the Reading
GREET: Final = "greet"
GOODBYE: Final = "goodbye"
THANK: Final = "thank"
AFFIRM: Final = "affirm"
DENY: Final = "deny"
BOT_CHALLENGE: Final = "bot_challenge"
HELP: Final = "help"
OUT_OF_SCOPE: Final = "out_of_scope"
ANDERE_TAAL: Final = "andere_taal"
STOP_TRIAGE: Final = "stop_triage"
OPNIEUW: Final = "opnieuw"
TOON_SAMENVATTING: Final = "toon_samenvatting"
MEER_WETEN: Final = "meer_weten"
VERGEET: Final = "vergeet"
PRIVACY: Final = "privacy"
NLU_FALLBACK: Final = "nlu_fallback"
COMMAND_INTENTS: Final = (STOP_TRIAGE, OPNIEUW, TOON_SAMENVATTING, VERGEET, PRIVACY)

# --------------------------------------------------------------------------- actions
ACTION_BEANTWOORD_VRAAG: Final = "action_beantwoord_vraag"
ACTION_EIGEN_KLACHT: Final = "action_eigen_klacht"
ACTION_ANTWOORD_OP_AANBOD: Final = "action_antwoord_op_aanbod"
ACTION_OPNIEUW: Final = "action_opnieuw"
ACTION_RODE_VLAG: Final = "action_rode_vlag"
ACTION_TRIAGE_ADVIES: Final = "action_triage_advies"
ACTION_ASK_FREQUENTIE: Final = "action_ask_frequentie"
ACTION_TOON_SAMENVATTING: Final = "action_toon_samenvatting"
ACTION_MEER_WETEN: Final = "action_meer_weten"
ACTION_VERGEET: Final = "action_vergeet_gesprek"
ACTION_PRIVACY: Final = "action_privacy"
VALIDATE_FORM: Final = "validate_kramp_triage_form"

# --------------------------------------------------------------------------- entities
ENTITY_VRAAG_SLEUTEL: Final = "vraag_sleutel"  # a knowledge-base button names its entry
ENTITY_SPOEDSIGNAAL: Final = "spoedsignaal"  # a screening button names its sign

# The key under which the Reading of a message is attached to the parse output.
READING_KEY: Final = "lezing"
