"""Table tests for free-text Dutch: krampbot.text.dutch, the Reading's answers, facts and
person (krampbot.reading), and how context picks the answer (krampbot.reading.context)."""
import pytest

from krampbot.names import VOOR_WIE
from krampbot.reading.answers import parse_frequency, parse_yes_no
from krampbot.reading.context import PERSON_SLOTS, interpret, person_values, raises
from krampbot.reading.person import Person, detect_person, parse_person_answer
from krampbot.reading.reading import read
from krampbot.text.dutch import clauses, mentions, normalize
from krampbot.triage.people import could_be_pregnant


def extract_known_facts(text):
    """The facts of a first message, as the actions fill them (with who it is about)."""
    reading = read(text)
    facts = dict(reading["feiten"])
    facts.update({k: v for k, v in person_values(reading["persoon"]).items() if v is not None})
    return facts


def describes_swollen_red_warm_leg(text):
    return "been_dik_rood_warm" in read(text)["tekens"]


def parse_answer(slot, text):
    return interpret(read(text), {}, slot).answer


def interpret_reply(text, slot):
    return interpret(read(text), {}, slot)


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
        # once a week is still "zelden" (safety rules v2 §3: several times a week counts)
        ("1 keer in de week", "zelden"),
        ("een keer per week", "zelden"),
        ("eens in de week", "zelden"),
        ("elke week", "zelden"),
        ("1 keer per week", "zelden"),
        # wekelijks: several times a week
        ("2x per week", "wekelijks"),
        ("twee keer per week", "wekelijks"),
        ("elke week een paar keer", "wekelijks"),
        ("per week wel 3 keer", "wekelijks"),
        ("zo een keer of 3 in de week", "wekelijks"),
        ("een keer of vijf per week", "bijna_elke_nacht"),
        ("drie keer in de week", "wekelijks"),
        ("tweemaal per week", "wekelijks"),
        ("3 a 4 keer per week", "wekelijks"),
        ("3 à 4 keer per week", "wekelijks"),
        ("3-4 keer per week", "wekelijks"),
        ("een paar keer per week", "wekelijks"),
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
        # one night woken by a cramp is not "a while" (safety rules v2 §3)
        ("ik werd vannacht wakker van kramp", {}),
        ("gisteren werd ik een keer wakker van kramp", {}),
        ("ik slaap al weken slecht door kramp", {"slaap_verstoord": True}),
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
        ("alleen foliumzuur en vitamines voor de zwangerschap", {}),
        ("ik ben 3 dagen geleden bevallen", {"zwanger": False, "kraamtijd": True}),
        ("ik ben vorige week bevallen van een zoon", {"zwanger": False, "kraamtijd": True}),
        ("ik ben 2 jaar geleden bevallen", {}),
        ("ik heb tintelingen in mijn voeten", {"spierzwakte_of_gevoelloos": True}),
        ("al maanden tintelingen in mijn voeten",
         {"spierzwakte_of_gevoelloos": True, "klachten_plotseling": False}),
        ("uit het niets een doof gevoel in mijn been",
         {"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}),
        ("ineens een doof gevoel in mijn been",
         {"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}),
        ("een doof gevoel in mijn tenen", {"spierzwakte_of_gevoelloos": True}),
        ("mijn been voelt gevoelloos", {"spierzwakte_of_gevoelloos": True}),
        ("mijn been voelt slap en zwak", {"spierzwakte_of_gevoelloos": True}),
        ("geen tintelingen", {"spierzwakte_of_gevoelloos": False}),
        # sudden weakness: also a red flag (krampbot.reading.signs); the facts say "ineens"
        ("ineens is mijn been slap",
         {"spierzwakte_of_gevoelloos": True, "klachten_plotseling": True}),
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
        # weakness named in a general question or in someone else's story is no fact
        ("is kramp gevaarlijk? ik las dat plotseling een slap been een teken van een beroerte is", {}),
        ("in het boek dat ik lees krijgt de oma ineens een slap been", {}),
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
    facts = extract_known_facts(text)
    ignored = PERSON_SLOTS + (VOOR_WIE, "zwangerschapsweken")
    assert {k: v for k, v in facts.items() if k not in ignored} == expected


def test_pregnancy_week_is_kept_for_the_summary():
    assert extract_known_facts("mijn vrouw is 30 weken zwanger en heeft kramp")["zwangerschapsweken"] == 30


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mijn kuit is dik rood en warm", True),
        ("mijn linkerbeen is gezwollen en rood", True),
        ("dik been na de vliegreis", True),
        ("mijn been is rood en warm, maar niet dik", True),
        # one sign with pain is enough (safety rules v2 §3)
        ("mijn kuit is dik en doet pijn", True),
        ("na de kramp blijft mijn kuit pijn doen en hij is dik", True),  # "hij" = the calf
        ("mijn kuit is dik na een week in bed", True),
        ("mijn benen zijn rood na het douchen", False),
        ("mijn enkels zijn dik", False),  # both legs
        ("mijn been is niet dik of rood", False),
        # Safety rules v3: one new swollen, red or warm leg is today, with or without pain.
        ("een warme kruik helpt en mijn been is dik", True),
        ("mijn kuit wordt hard en doet pijn", False),
        ("mijn been is dik", True),
        ("mijn been is rood", True),
        ("mijn benen zijn rood als het warm is", False),
    ],
)
def test_describes_swollen_red_warm_leg(text, expected):
    assert describes_swollen_red_warm_leg(text) is expected


# ----------------------------------------------------------------------------- answers in the form


@pytest.mark.parametrize(
    "slot, text, expected",
    [
        ("spoedsignalen", "nee, geen van deze", {"spoedsignalen": False}),
        ("spoedsignalen", "ja", {"spoedsignalen": True}),
        ("klachten_plotseling", "ineens", {"klachten_plotseling": True}),
        ("klachten_plotseling", "ja, van het ene op het andere moment", {"klachten_plotseling": True}),
        ("klachten_plotseling", "langzaam", {"klachten_plotseling": False}),
        ("klachten_plotseling", "nee, al maanden", {"klachten_plotseling": False}),
        # the question is about the weakness or numbness: the cramp's onset does not answer it
        ("klachten_plotseling", "de kramp kwam ineens, na wat rekken was hij weg", {}),
        ("klachten_plotseling", "ja de kramp kwam ineens en toen werd mijn been ook slap",
         {"klachten_plotseling": True}),
        ("klachten_plotseling", "de kramp wel, maar dat dove gevoel is oud",
         {"klachten_plotseling": False}),
        ("klachten_plotseling", "dat heb ik al negen jaar, precies hetzelfde",
         {"klachten_plotseling": False}),
        ("spoedsignalen", "nee, met benauwd bedoelde ik het weer", {"spoedsignalen": False}),
        ("spoedsignalen", "nee, het was de slaapkamer die benauwd was, niet ik",
         {"spoedsignalen": False}),
        ("nieuwe_medicijnen", "alleen foliumzuur en vitamines voor de zwangerschap",
         {"nieuwe_medicijnen": False}),
        ("nieuwe_medicijnen", "ja, sinds kort een plaspil", {"nieuwe_medicijnen": True}),
        ("zwanger", "zwanger", {"zwanger": True, "kraamtijd": False}),
        ("zwanger", "bevallen", {"zwanger": False, "kraamtijd": True}),
        ("zwanger", "ik ben vorige week bevallen", {"zwanger": False, "kraamtijd": True}),
        ("zwanger", "nee", {"zwanger": False, "kraamtijd": False}),
        ("frequentie", "1 keer per week", {"frequentie": "zelden"}),
        ("frequentie", "bijna_elke_nacht", {"frequentie": "bijna_elke_nacht"}),
        ("voor_wie", "voor mezelf", {"voor_wie": "zelf", "wie": None, "geslacht": None,
                                     "leeftijd": None}),
        ("voor_wie", "kind", {"voor_wie": "kind", "wie": "je kind", "geslacht": None,
                              "leeftijd": None}),
        ("voor_wie", "mijn dochter van 6", {"voor_wie": "kind", "wie": "je dochter",
                                            "geslacht": "v", "leeftijd": 6}),
        ("voor_wie", "om iemand anders", {"voor_wie": "ander", "wie": "diegene",
                                          "geslacht": None, "leeftijd": None}),
        ("slaap_verstoord", "geen idee", {}),
    ],
)
def test_parse_answer(slot, text, expected):
    assert parse_answer(slot, text) == expected


def test_interpret_reply_keeps_the_answer_and_the_facts_apart():
    reply = interpret_reply("nee, maar ik ben wel zwanger", "slaap_verstoord")
    assert reply.answer == {"slaap_verstoord": False}
    assert reply.facts["zwanger"] is True
    assert reply.answered


@pytest.mark.parametrize(
    "slot, old, new, expected",
    [
        ("frequentie", "zelden", "wekelijks", True),
        ("frequentie", "bijna_elke_nacht", "zelden", False),
        ("slaap_verstoord", False, True, True),
        ("slaap_verstoord", True, False, False),
        ("zwanger", None, False, True),
        ("zwanger", True, True, False),
    ],
)
def test_raises(slot, old, new, expected):
    assert raises(slot, old, new) is expected


# ----------------------------------------------------------------------------- who it is about


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mijn vader van 82 heeft elke nacht kramp", Person("ander", "je vader", "m", 82)),
        ("mijn dochter van 6 heeft kramp", Person("kind", "je dochter", "v", 6)),
        ("mijn dochter (8) huilt van de kramp", Person("kind", "je dochter", "v", 8)),
        ("mijn zoon van 40 heeft kramp", Person("ander", "je zoon", "m", 40)),
        ("mijn zoontje heeft vaak kramp", Person("kind", "je zoon", "m", None)),
        ("m'n moeder heeft last van kramp", Person("ander", "je moeder", "v", None)),
        ("mijn vrouw is zwanger", Person("ander", "je vrouw", "v", None)),
        ("ik heb vaak kramp", Person("zelf", None, None, None)),
        ("ik ben 70 en heb kramp", Person("zelf", None, None, 70)),
        ("ik ben een man van 45", Person("zelf", None, "m", 45)),
        ("ik heb vaak kramp en mijn kinderen niet", Person("zelf", None, None, None)),
        # An age in months or weeks is no age in years.
        ("mijn baby van 8 maanden is warm en huilt als ik zijn been aanraak", Person("kind", "je kind", None, None)),
        ("ons dochtertje van 10 mnd heeft koorts", Person("kind", "je dochter", "v", None)),
        # a child named with an article: with an age, and without one
        ("gaat een kind van 3 vaker manken als ze koorts heeft", Person("kind", "je kind", None, 3)),
        ("een kleuter in mijn klas heeft koorts en loopt mank", Person("kind", "je kind", None, None)),
        # a little one is a child; the writer's sex after an age is no relative
        ("kleine meid 2jr koorts trekt been op", Person("kind", "je kind", None, 2)),
        ("ik (34, man) heb buikgriep", Person("zelf", None, None, 34)),
        ("is kramp gevaarlijk", None),
        ("", None),
    ],
)
def test_detect_person(text, expected):
    assert detect_person(text) == expected


@pytest.mark.parametrize("text", ["zelf", "voor mezelf", "over mij", "ikzelf, ja"])
def test_person_answer_self(text):
    assert parse_person_answer(text).voor_wie == "zelf"


@pytest.mark.parametrize(
    "voor_wie, geslacht, leeftijd, expected",
    [
        ("zelf", None, None, True),
        ("zelf", "m", None, False),
        ("kind", "v", 8, False),
        ("ander", "v", 82, False),
        ("ander", "v", 30, True),
        ("ander", None, None, True),
    ],
)
def test_could_be_pregnant(voor_wie, geslacht, leeftijd, expected):
    assert could_be_pregnant(voor_wie, geslacht, leeftijd) is expected


@pytest.mark.parametrize("text, detail", [
    ("helpt magnesium", None),                      # asked about, not used
    ("helpt magnesium tegen kramp?", None),
    ("mag ik kinine als ik zwanger ben?", None),
    ("ik slik magnesium, helpt dat?", {"supplement": "magnesium"}),
    ("alleen magnesium", {"supplement": "magnesium"}),  # an answer to the medicine question
    ("ja, statines", {"middel": "statines"}),
])
def test_a_medicine_asked_about_is_not_one_the_person_uses(text, detail):
    assert read(text)["details"].get("nieuwe_medicijnen") == detail


@pytest.mark.parametrize("text, has_cramps", [
    ("ik heb blauwe aders op mijn kuiten, krijg ik daarom kramp?", True),
    ("mijn zoon krijgt kramp bij voetbal, helpt rekken?", True),
    ("hoe voorkom ik kramp in mijn benen", False),
    ("wat doe ik als ik kramp krijg", False),
    ("helpt magnesium als je kramp hebt", False),
])
def test_cramps_said_in_passing(text, has_cramps):
    """Such questions are answered, then the questions are offered."""
    assert read(text)["eigen_kramp"] is has_cramps
