"""The warning signs of the safety rules (MEDISCHE-VEILIGHEID.md v3 §3), defined once.

Every sign has a code (stored in the slot `rode_vlaggen`), a level, the reason as a
short noun phrase ("benauwdheid of kortademigheid", used in the advice and summary) and
a few example wordings (for the content book). Signs are grouped for the screening
question ("Heb je nu een van deze klachten?") into the items of its list, and each item
is one button of the which-sign question. Every text that lists when to call (the
screening list, the when-to-call answers, the advice) is built from or checked against
this table (tests/unit/test_signs_table.py).

Plain Python; how signs are recognised in free text lives in krampbot.reading.signs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, level_rank

# Who a screening item is shown to.
EVERYONE = "iedereen"
CHILD = "kind"
PREGNANT = "zwanger_of_kraamtijd"
AT_RISK_OF_DEHYDRATION = "kind_oudere_of_zwanger"   # child, 65+ or pregnant (§3)
ON_KININE = "kinine"
ADULT = "volwassene"


@dataclass(frozen=True)
class Sign:
    code: str
    level: str
    reden: str                     # noun phrase: "pijn of druk op de borst"
    voorbeelden: Tuple[str, ...] = ()
    kan_oud_zijn: bool = False     # not a sign by itself when called old and unchanged
    # Pregnancy alarms: "Bel meteen je verloskundige" (§3).
    verloskundige_meteen: bool = False


@dataclass(frozen=True)
class ScreeningItem:
    """One line of the screening list and one button of the which-sign question."""

    code: str
    level: str
    regel: str                     # the line in the list ("benauwd, pijn op de borst ...")
    knop: str                      # the button title (short)
    reden: str                     # reason in the advice when this button is chosen
    voor: str = EVERYONE
    verloskundige_meteen: bool = False


def _s(code: str, level: str, reden: str, *voorbeelden: str, oud: bool = False,
       meteen: bool = False) -> Sign:
    return Sign(code, level, reden, tuple(voorbeelden), oud, meteen)


SIGNS: Tuple[Sign, ...] = (
    # --- spoed_112
    _s("benauwd", SPOED_112, "benauwdheid of kortademigheid",
       "ik krijg ineens geen lucht", "hij hapt naar adem", oud=True),
    _s("pijn_op_de_borst", SPOED_112, "pijn of druk op de borst",
       "een steek in mijn borst als ik inadem", "drukkend gevoel op mijn borst"),
    _s("bloed_ophoesten", SPOED_112, "bloed ophoesten", "ik hoest bloed op"),
    _s("been_koud_bleek_blauw", SPOED_112, "een been of voet die koud, wit, bleek of blauw is",
       "mijn voet is ineens ijskoud en wit", "haar tenen zijn paarsblauw en koud", oud=True),
    _s("been_gevoelloos", SPOED_112, "geen gevoel meer in het been, of ineens een doof been",
       "ik voel niks meer in mijn voet", "mijn been voelt dood", oud=True),
    _s("verlamming", SPOED_112, "een been, arm of kant van het lichaam die ineens slap is",
       "mijn been gaf ineens niet meer mee", "zijn hele linkerkant is slap", oud=True),
    _s("scheve_mond_of_spraak", SPOED_112, "een scheve mond of moeite met praten",
       "haar mond hangt scheef", "hij praat ineens onduidelijk", oud=True),
    _s("stuip", SPOED_112, "een stuip of toeval", "ze schokte met armen en benen"),
    _s("bewusteloos", SPOED_112, "flauwvallen, bewusteloos zijn of niet normaal reageren",
       "hij reageert bijna niet", "ze was even buiten westen"),
    _s("verward", SPOED_112, "ineens verward zijn", "hij herkent me niet meer", oud=True),
    _s("kramp_hele_lichaam", SPOED_112, "kramp in het hele lichaam of een kaak die niet open wil",
       "overal kramp", "ik krijg mijn mond niet open"),
    _s("zwanger_bovenbuikpijn", SPOED_112,
       "in de zwangerschap hevige pijn hoog in de buik en je erg ziek voelen",
       "35 weken zwanger en vreselijke pijn boven in mijn buik"),
    _s("spatader_bloedt", SPOED_112, "een spatader die veel bloedt",
       "mijn spatader bloedt en het stopt niet"),
    # --- huisarts_vandaag
    _s("been_dik_rood_warm", HUISARTS_VANDAAG, "één been dat dik, rood of warm is",
       "mijn linkerkuit is dikker dan de rechter", "een rood, gespannen onderbeen na de vlucht",
       oud=True),
    _s("pijn_of_zwelling_blijft", HUISARTS_VANDAAG,
       "pijn of zwelling die blijft of erger wordt na de kramp, of kramp die uren duurt",
       "de kramp is weg maar mijn kuit blijft pijn doen", "de kramp gaat al uren niet over"),
    _s("rood_warm_been_met_koorts", HUISARTS_VANDAAG, "een rood, warm been of een rode streep, met koorts",
       "mijn scheen is rood en heet en ik heb koorts"),
    _s("donkere_urine", HUISARTS_VANDAAG, "veel spierpijn of zwakte met een donkere of colakleurige plas",
       "mijn plas is bruin en mijn spieren doen erg pijn"),
    _s("uitdroging", HUISARTS_VANDAAG, "overgeven of diarree, en drinken niet binnenhouden",
       "hij spuugt alles uit, ook water"),
    _s("kind_koorts_beenpijn", HUISARTS_VANDAAG, "koorts met pijn in het been, mank lopen of niet willen staan",
       "koorts en ze wil niet op haar been staan"),
    _s("zwanger_buik_bloed_vocht", HUISARTS_VANDAAG,
       "in de zwangerschap buikkrampen, harde buiken, bloedverlies of vochtverlies",
       "31 weken zwanger en steeds harde buiken", "ik verlies wat bloed", meteen=True),
    _s("pre_eclampsie", HUISARTS_VANDAAG,
       "ineens een dik gezicht of dikke handen, erge hoofdpijn, vlekken zien of pijn onder de ribben",
       "mijn gezicht en vingers zijn opgezet", "ik zie sterretjes en heb hoofdpijn", meteen=True),
    _s("enkels_dik_en_benauwd", HUISARTS_VANDAAG, "twee dikke enkels en al dagen steeds benauwder",
       "zijn enkels zijn dik en hij is de laatste dagen kortademiger"),
    _s("kinine_bijwerking", HUISARTS_VANDAAG,
       "blauwe plekken, bloedingen, slechter zien, oorsuizen, koorts, uitslag of hartkloppingen bij kinine",
       "sinds de kinine suizen mijn oren"),
    _s("laag_calcium_na_operatie", HUISARTS_VANDAAG,
       "kramp of tintelingen in handen of rond de mond na een operatie aan schildklier of hals",
       "na mijn schildklieroperatie tintelen mijn vingers"),
    # --- huisarts (appointment): signs the follow-up questions do not ask about
    _s("dorst_plassen_afvallen", HUISARTS, "veel dorst, veel plassen of afvallen",
       "ik heb steeds dorst en moet vaak plassen"),
    _s("beide_enkels_dik", HUISARTS, "twee dikke enkels, zonder benauwdheid",
       "mijn enkels zijn allebei opgezet", oud=True),
    _s("statine_spierpijn", HUISARTS, "spierpijn of zwakte bij een statine, zonder donkere plas",
       "sinds de cholesterolpil doen mijn spieren pijn"),
    _s("kind_vaak_kramp", HUISARTS, "vaak kramp of pijn in de benen"),
    _s("kind_pijn_overdag", HUISARTS, "overdag pijn in de benen"),
    _s("kind_mank", HUISARTS, "mank lopen"),
    _s("kind_zwelling", HUISARTS, "een zwelling aan het been"),
)
SIGN_BY_CODE: Dict[str, Sign] = {sign.code: sign for sign in SIGNS}

# The screening list: what someone who only taps buttons is asked first (§3). The
# pregnancy alarms, dehydration and the child's fever are shown only to those people.
SCREENING_ITEMS: Tuple[ScreeningItem, ...] = (
    ScreeningItem("benauwd_of_borstpijn", SPOED_112,
                  "benauwd, pijn op de borst of bloed ophoesten",
                  "Benauwd, pijn op de borst, bloed ophoesten",
                  "benauwdheid, pijn op de borst of bloed ophoesten"),
    ScreeningItem("been_koud_of_gevoelloos", SPOED_112,
                  "een been dat ineens koud, wit, blauw of gevoelloos is",
                  "Been koud, wit, blauw of gevoelloos",
                  "een been dat ineens koud, wit, blauw of gevoelloos is"),
    ScreeningItem("verlamming_of_scheve_mond", SPOED_112,
                  "ineens een slap been of een slappe kant van het lichaam, een scheve mond of moeite met praten",
                  "Plots slap been, scheve mond, praten lukt niet",
                  "ineens een slap been of lichaamsdeel, een scheve mond of moeite met praten"),
    ScreeningItem("stuip_flauwte_verward", SPOED_112,
                  "een stuip, flauwvallen, niet normaal reageren of ineens verward zijn",
                  "Stuip, flauwvallen of verward",
                  "een stuip, flauwvallen of verward zijn"),
    ScreeningItem("zwanger_stuip_of_bovenbuikpijn", SPOED_112,
                  "zwanger en hevige pijn hoog in de buik, en je erg ziek voelen",
                  "Zwanger: hevige pijn hoog in de buik",
                  "in de zwangerschap hevige pijn hoog in de buik en je erg ziek voelen",
                  voor=PREGNANT),
    ScreeningItem("been_dik_rood_warm", HUISARTS_VANDAAG,
                  "één been dat dik, rood of warm is",
                  "Eén been dik, rood of warm",
                  "één been dat dik, rood of warm is"),
    ScreeningItem("pijn_of_zwelling_blijft", HUISARTS_VANDAAG,
                  "pijn of zwelling die blijft of erger wordt na de kramp, of kramp die uren duurt",
                  "Pijn of zwelling die blijft",
                  "pijn of zwelling die blijft na de kramp, of kramp die uren duurt"),
    ScreeningItem("rood_warm_been_met_koorts", HUISARTS_VANDAAG,
                  "koorts met een rood, warm been of een rode streep",
                  "Koorts met rood, warm been",
                  "een rood, warm been met koorts"),
    ScreeningItem("kind_koorts_beenpijn", HUISARTS_VANDAAG,
                  "koorts, met pijn in het been, mank lopen of niet willen staan",
                  "Koorts en pijn of mank lopen",
                  "koorts met pijn in het been of mank lopen", voor=CHILD),
    ScreeningItem("donkere_urine", HUISARTS_VANDAAG,
                  "een heel donkere plas met veel spierpijn of zwakte",
                  "Donkere plas met spierpijn",
                  "spierpijn met een donkere of colakleurige plas", voor=ADULT),
    ScreeningItem("uitdroging", HUISARTS_VANDAAG,
                  "overgeven of diarree, en drinken niet binnenhouden",
                  "Overgeven, drinken blijft niet in",
                  "overgeven of diarree, en drinken niet binnenhouden",
                  voor=AT_RISK_OF_DEHYDRATION),
    ScreeningItem("enkels_dik_en_benauwd", HUISARTS_VANDAAG,
                  "twee dikke enkels en al dagen steeds benauwder",
                  "Dikke enkels en steeds benauwder",
                  "twee dikke enkels en al dagen steeds benauwder", voor=ADULT),
    ScreeningItem("zwanger_buik_bloed_vocht", HUISARTS_VANDAAG,
                  "buikkrampen, harde buiken, bloedverlies of vochtverlies",
                  "Buikkrampen, harde buiken, bloed of vocht",
                  "buikkrampen, harde buiken, bloedverlies of vochtverlies",
                  voor=PREGNANT, verloskundige_meteen=True),
    ScreeningItem("pre_eclampsie", HUISARTS_VANDAAG,
                  "ineens een dik gezicht of dikke handen, erge hoofdpijn, vlekken zien of pijn onder de ribben",
                  "Dik gezicht of handen, hoofdpijn, vlekken zien",
                  "ineens een dik gezicht of dikke handen, erge hoofdpijn, vlekken zien of pijn onder de ribben",
                  voor=PREGNANT, verloskundige_meteen=True),
    ScreeningItem("kinine_bijwerking", HUISARTS_VANDAAG,
                  "bij kinine: blauwe plekken, bloedingen, slechter zien, oorsuizen, uitslag of hartkloppingen",
                  "Kinine: bijwerking",
                  "een bijwerking van kinine", voor=ON_KININE),
)
UNKNOWN_SCREENING_ITEM = ScreeningItem(
    "spoedsignaal_onbekend", HUISARTS_VANDAAG, "", "Iets anders of weet ik niet",
    "een klacht uit de lijst met spoedsignalen")
SCREENING_BY_CODE: Dict[str, ScreeningItem] = {
    item.code: item for item in (*SCREENING_ITEMS, UNKNOWN_SCREENING_ITEM)}

# Which screening item a recognised sign belongs to (for "ja" + the sign named at once).
ITEM_OF_SIGN: Dict[str, str] = {
    "benauwd": "benauwd_of_borstpijn", "pijn_op_de_borst": "benauwd_of_borstpijn",
    "bloed_ophoesten": "benauwd_of_borstpijn",
    "been_koud_bleek_blauw": "been_koud_of_gevoelloos", "been_gevoelloos": "been_koud_of_gevoelloos",
    "verlamming": "verlamming_of_scheve_mond", "scheve_mond_of_spraak": "verlamming_of_scheve_mond",
    "stuip": "stuip_flauwte_verward", "bewusteloos": "stuip_flauwte_verward",
    "verward": "stuip_flauwte_verward", "kramp_hele_lichaam": "stuip_flauwte_verward",
    "zwanger_bovenbuikpijn": "zwanger_stuip_of_bovenbuikpijn",
    "been_dik_rood_warm": "been_dik_rood_warm", "pijn_of_zwelling_blijft": "pijn_of_zwelling_blijft",
    "rood_warm_been_met_koorts": "rood_warm_been_met_koorts", "donkere_urine": "donkere_urine",
    "uitdroging": "uitdroging", "kind_koorts_beenpijn": "kind_koorts_beenpijn",
    "zwanger_buik_bloed_vocht": "zwanger_buik_bloed_vocht", "pre_eclampsie": "pre_eclampsie",
    "enkels_dik_en_benauwd": "enkels_dik_en_benauwd", "kinine_bijwerking": "kinine_bijwerking",
}


@dataclass(frozen=True)
class Flag:
    """A sign as the advice and summary use it: a sign of the table, or a screening item
    chosen with a button (its reason repeats exactly what the person chose)."""

    code: str
    level: str
    reden: str
    verloskundige_meteen: bool = False


def flag_of(code: str) -> Optional[Flag]:
    sign = SIGN_BY_CODE.get(code)
    if sign is not None:
        return Flag(sign.code, sign.level, sign.reden, sign.verloskundige_meteen)
    item = SCREENING_BY_CODE.get(code)
    if item is not None:
        return Flag(item.code, item.level, item.reden, item.verloskundige_meteen)
    return None


def flags_from_codes(codes: Optional[Iterable[str]]) -> List[Flag]:
    """The flags of these codes, most urgent first (unknown codes are skipped)."""
    flags = [flag for flag in (flag_of(code) for code in codes or ()) if flag is not None]
    return sorted(flags, key=lambda flag: -level_rank(flag.level))


@dataclass(frozen=True)
class Audience:
    """Who the screening list is for: decides which items it shows."""

    child: bool = False
    pregnant_or_kraamtijd: bool = False
    older: bool = False
    on_kinine: bool = False
    unknown: bool = True    # not yet known who it is about: show the items for anyone


def screening_items(audience: Audience) -> List[ScreeningItem]:
    """The screening list for this person, urgent (112) items first."""
    def shown(item: ScreeningItem) -> bool:
        if item.voor == EVERYONE:
            return True
        if item.voor == CHILD:
            return audience.child or audience.unknown
        if item.voor == ADULT:
            return not audience.child
        if item.voor == PREGNANT:
            return audience.pregnant_or_kraamtijd
        if item.voor == AT_RISK_OF_DEHYDRATION:
            return audience.child or audience.older or audience.pregnant_or_kraamtijd or audience.unknown
        if item.voor == ON_KININE:
            return audience.on_kinine
        return True

    return [item for item in SCREENING_ITEMS if shown(item)]


@dataclass(frozen=True)
class WhenToCall:
    """The lists of every "when to call" text, per level, for checks and the content book."""

    per_level: Dict[str, List[str]] = field(default_factory=dict)


def reasons_by_level() -> Dict[str, List[str]]:
    result: Dict[str, List[str]] = {SPOED_112: [], HUISARTS_VANDAAG: [], HUISARTS: []}
    for sign in SIGNS:
        result[sign.level].append(sign.reden)
    return result
