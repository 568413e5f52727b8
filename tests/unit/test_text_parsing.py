"""Table tests for krampbot.text_parsing (free-text Dutch answers)."""
import pytest

from krampbot.text_parsing import (
    clauses,
    describes_swollen_red_warm_leg,
    extract_known_facts,
    mentions,
    normalize,
    parse_frequency,
    parse_yes_no,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ja!", "ja"),
        ("  Héél   VAAK,  kramp... ", "heel vaak kramp"),
        ("'s Nachts", "s nachts"),
        ("m'n kuit", "mn kuit"),
        ("z\u2019n been", "zn been"),
        ("Één keer", "een keer"),
        ("2x per week", "2x per week"),
        ("3-4 keer", "3 4 keer"),
        ("n.v.t.", "n v t"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_clauses_split_on_punctuation_and_maar():
    assert clauses("Nee, ik ben niet benauwd maar mijn been is dik.") == [
        "nee", "ik ben niet benauwd", "mijn been is dik",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik ben niet benauwd", False),
        ("geen last van benauwdheid", False),
        ("benauwd ben ik niet", False),
        ("niet echt benauwd", False),
        ("ik ben benauwd", True),
        ("ik weet niet of ik benauwd ben", True),  # doubt is not a "no": stay safe
        ("ik ben niet moe, wel benauwd", True),
    ],
)
def test_mentions_respects_negation(text, expected):
    assert mentions(r"benauwd\w*", text) is expected


YES = [
    "ja", "Ja.", "jawel", "jazeker", "ja hoor", "klopt", "dat klopt", "klopt helemaal",
    "zeker", "zeker weten", "inderdaad", "yes", "jep", "jup", "yep",
    "ja, sinds kort een plaspil", "ja dat heb ik", "soms wel", "soms", "een beetje",
    "wel", "best wel", "af en toe", "ik denk het wel", "ja, maar niet vaak", "helaas wel",
    "ja graag",
]
NO = [
    "nee", "Nee.", "neen", "nee hoor", "niet echt", "helemaal niet", "nope", "nooit",
    "klopt niet", "dat klopt niet", "nee dat niet", "geen", "niet dat ik weet", "valt mee",
    "valt wel mee", "nvt", "n.v.t.", "niet van toepassing", "zeker niet", "heb ik niet",
    "ik denk het niet", "helaas niet", "niet", "nee, nooit",
]
UNCLEAR = [
    "weet ik niet", "ik weet het niet", "geen idee", "misschien", "hoezo", "banaan", "",
    "   ", "ok", "oke", "niet zeker", "ja nee", "nee ja", "kan zijn", "twijfel",
]


@pytest.mark.parametrize("text", YES)
def test_parse_yes_no_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", NO)
def test_parse_yes_no_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", UNCLEAR)
def test_parse_yes_no_unclear(text):
    assert parse_yes_no(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # button payloads
        ("zelden", "zelden"),
        ("wekelijks", "wekelijks"),
        ("bijna_elke_nacht", "bijna_elke_nacht"),
        # zelden: less than once a week
        ("een paar keer per jaar", "zelden"),
        ("af en toe", "zelden"),
        ("soms", "zelden"),
        ("eens per maand", "zelden"),
        ("1x per maand", "zelden"),
        ("paar keer per maand", "zelden"),
        ("een keer in de twee weken", "zelden"),
        ("elke 2 weken", "zelden"),
        ("om de week", "zelden"),
        ("maandelijks", "zelden"),
        ("niet vaak", "zelden"),
        ("nooit", "zelden"),
        # wekelijks: once or several times a week
        ("2x per week", "wekelijks"),
        ("twee keer per week", "wekelijks"),
        ("1 keer in de week", "wekelijks"),
        ("een keer per week", "wekelijks"),
        ("eens in de week", "wekelijks"),
        ("drie keer in de week", "wekelijks"),
        ("tweemaal per week", "wekelijks"),
        ("3 a 4 keer per week", "wekelijks"),
        ("3 à 4 keer per week", "wekelijks"),
        ("3-4 keer per week", "wekelijks"),
        ("een paar keer per week", "wekelijks"),
        ("elke week", "wekelijks"),
        ("om de nacht", "wekelijks"),  # about 3.5 nights a week
        ("om de andere nacht", "wekelijks"),
        ("om de paar dagen", "wekelijks"),
        ("niet elke nacht, maar wel 2 keer per week", "wekelijks"),
        # bijna_elke_nacht: 5+ a week
        ("elke nacht", "bijna_elke_nacht"),
        ("Iedere nacht!", "bijna_elke_nacht"),
        ("bijna elke nacht", "bijna_elke_nacht"),
        ("dagelijks", "bijna_elke_nacht"),
        ("elke dag", "bijna_elke_nacht"),
        ("5 keer per week", "bijna_elke_nacht"),
        ("6x in de week", "bijna_elke_nacht"),
        ("4 à 5 keer per week", "bijna_elke_nacht"),  # range: upper end counts
        ("5 nachten per week", "bijna_elke_nacht"),
        ("meerdere keren per nacht", "bijna_elke_nacht"),
        ("heel vaak, bijna dagelijks", "bijna_elke_nacht"),
        ("sinds een week elke nacht", "bijna_elke_nacht"),
        # not stated or too vague
        ("vaak", None),
        ("heel vaak", None),
        ("regelmatig", None),
        ("ik heb het sinds 2 jaar", None),
        ("last in mijn dagelijks leven", None),
        ("banaan", None),
        ("", None),
    ],
)
def test_parse_frequency(text, expected):
    assert parse_frequency(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik ben zwanger", {"zwanger": True}),
        ("mijn vrouw is 30 weken zwanger en heeft kramp", {"zwanger": True}),
        ("ben 25 weken zwanger en mijn benen verkrampen", {"zwanger": True}),
        ("mijn zwangere vriendin heeft veel kramp", {"zwanger": True}),
        # Topic questions are not statements about the person.
        ("zwanger en kramp", {}),
        ("kramp tijdens zwangerschap", {}),
        ("krijgen zwangere vrouwen vaker kramp", {}),
        ("Tijdens de zwangerschap heb ik veel kramp", {"zwanger": True}),
        ("ik ben 30 weken", {"zwanger": True}),
        ("ik ben in verwachting", {"zwanger": True}),
        ("ik ben niet zwanger", {"zwanger": False}),
        ("tijdens mijn vorige zwangerschap had ik dit ook", {}),
        ("ik ben zwanger en heb elke nacht kramp",
         {"zwanger": True, "frequentie": "bijna_elke_nacht"}),
        ("ik slaap slecht door de kramp", {"slaap_verstoord": True}),
        ("ik word er wakker van", {"slaap_verstoord": True}),
        ("ik word elke nacht wakker van kramp",
         {"frequentie": "bijna_elke_nacht", "slaap_verstoord": True}),
        ("ik word er niet wakker van", {"slaap_verstoord": False}),
        ("ik slaap gewoon door", {"slaap_verstoord": False}),
        ("sinds ik een plaspil slik heb ik kramp", {"nieuwe_medicijnen": True}),
        ("ik slik sinds kort bloeddrukpillen", {"nieuwe_medicijnen": True}),
        ("sinds ik een statine gebruik", {"nieuwe_medicijnen": True}),
        ("ik ben begonnen met nieuwe medicijnen", {"nieuwe_medicijnen": True}),
        ("sinds kort, een ander medicijn", {"nieuwe_medicijnen": True}),
        ("ik gebruik geen medicijnen", {"nieuwe_medicijnen": False}),
        ("sinds ik magnesium tabletten slik gaat het beter", {}),
        ("ik heb tintelingen in mijn voeten", {"spierzwakte_of_gevoelloos": True}),
        ("een doof gevoel in mijn tenen", {"spierzwakte_of_gevoelloos": True}),
        ("mijn been voelt gevoelloos", {"spierzwakte_of_gevoelloos": True}),
        ("mijn been voelt slap en zwak", {"spierzwakte_of_gevoelloos": True}),
        ("geen tintelingen", {"spierzwakte_of_gevoelloos": False}),
        # sudden weakness is a red flag, not a form answer
        ("ineens is mijn been slap", {}),
        ("pijn in mijn kuit bij het lopen die over gaat als ik stil sta",
         {"pijn_bij_lopen": True}),
        ("na 100 meter lopen moet ik stoppen", {"pijn_bij_lopen": True}),
        ("ik kan even niet lopen van de kramp", {}),
        ("mijn kuit is dik, rood en warm", {"been_dik_rood_warm": True}),
        ("een been is opgezwollen en doet pijn", {"been_dik_rood_warm": True}),
        ("mijn been is niet dik", {}),
        ("ik heb heel af en toe kramp", {"frequentie": "zelden"}),
        ("ik heb af en toe kramp in mijn kuit", {}),  # may be weekly: the form asks
        ("ik heb zelden kramp", {"frequentie": "zelden"}),
        ("2x per week kramp in mijn kuit", {"frequentie": "wekelijks"}),
        # vague or unrelated: never guess
        ("ik heb soms kramp in mijn kuit", {}),
        ("soms denk ik erover na", {}),
        ("mijn kuit wordt hard en doet pijn", {}),
        ("ik heb altijd koude voeten", {}),
        ("hallo", {}),
        ("", {}),
    ],
)
def test_extract_known_facts(text, expected):
    assert extract_known_facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mijn kuit is dik rood en warm", True),
        ("mijn linkerbeen is gezwollen en rood", True),
        ("dik been na de vliegreis", True),
        ("mijn been is rood en warm, maar niet dik", True),
        ("mijn been is niet dik of rood", False),
        ("een warme kruik helpt en mijn been is dik", False),
        ("mijn kuit wordt hard en doet pijn", False),
        ("mijn been is dik", False),
    ],
)
def test_describes_swollen_red_warm_leg(text, expected):
    assert describes_swollen_red_warm_leg(text) is expected
