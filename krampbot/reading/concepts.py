"""Medical ideas in everyday Dutch (and Flemish) words, each defined once.

A concept is a set of word forms, written as regular-expression alternatives over
`krampbot.text.dutch.normalize`d text (lowercase, no accents or punctuation; "m'n" is
"mn"). The forms cover Dutch morphology on purpose: comparatives and inflections ("dik,
dikke, dikker"), participles ("opgezet, gezwollen"), diminutives ("beentje, kuitje"),
compounds ("onderbeen, linkerkuit, scheenbeen"), negated sensation ("ik voel niks meer
in"), and the words people use instead of the medical ones ("buiten westen", "lam",
"koppijn"). The sign rules (krampbot.reading.signs) combine concepts: body site x state
x onset or duration; they never list whole phrases.
"""
from __future__ import annotations

from typing import Dict

# --------------------------------------------------------------------------- body sites

_POSS = r"(?:mijn|mijne|mn|me|zijn|zijne|zn|haar|dr|de|het|je|jouw|uw|uwe|onze|ons|hun|die|deze|dat)"
# Leg words, also inside compounds ("onderbeen", "linkerkuit", "kuitspier", "beenkramp").
_LEG_HEAD = (
    r"been|benen|beentje|beentjes|kuit|kuiten|kuitje|kuitjes|voet|voeten|voetje|voetjes"
    r"|voetzool|voetzolen|scheen|schenen|dij|dijen|teen|tenen|teentje|teentjes|knie|knieen"
    r"|knietje|knieholte|knieholtes|hiel|hielen|hamstring|hamstrings|achillespees|enkels"
    r"|poot|poten|beenderen|enkeltje|enkeltjes|knietjes|scheentje|scheentjes|dijtje|heup|heupen"
    r"|bein|beine|bain|baine|kuut|kuuten"
)
LEG = (
    rf"(?!meteen\b|verscheen\b|alleen\b|geteen\b)\w*(?:{_LEG_HEAD})"
    r"|(?:been|kuit|voet|teen|dij|scheen|knie|enkel)(?:kramp\w*|spier\w*|pijn\w*|krampen)"
    rf"|{_POSS} (?:\w+ )?enkel|(?:linker|rechter|linkse|rechtse) ?enkel"
    r"|onderste ledematen|ledematen"
    # English in chat Dutch: "my leg is pale", "mn calf"; not the verb "ik leg"
    r"|(?:my|mn|mijn|m|the|his|her|zn|dr|zijn|haar|left|right) (?:leg|legs|calf|calves|foot|feet)\b|\blegs\b|\bcalf\b|\bcalves\b"
    r"|(?<!ik )(?<!je )(?<!u )\bleg (?=is |was |feels |voelt |doet |wordt |looks |hurts )"
)
# One leg named as such (a compound without a plural, or "één been").
ONE_LEG_WORD = (
    r"\w*(?:been|beentje|kuit|kuitje|voet|voetje|scheen|dij|knie|enkel|hiel)"
)
BOTH_LEGS_WORD = (
    r"\w*(?:benen|beentjes|kuiten|voeten|voetjes|schenen|dijen|enkels|knieen|hielen)"
)
BOTH = (
    r"beide|beiden|allebei|allebeide|alle twee|twee enkels|2 enkels|beide kanten"
    r"|aan twee kanten|links en rechts|rechts en links|allebij"
)
ONE_SIDE_WORDS = (
    r"een been|1 been|een kuit|1 kuit|ene been|ene kuit|ene voet|ene kant|een kant"
    r"|alleen (?:links|rechts|de linker|de rechter|het linker|het rechter|het linkse|het rechtse|mijn linker|mijn rechter)"
    r"|maar aan een kant|aan een kant|enkel (?:links|rechts)|enkel het (?:linkse|rechtse)"
)
# "dikker dan de andere", "links veel dikker dan rechts", "twee keer zo dik".
COMPARISON = (
    r"dan (?:de|het|mijn|mn|haar|zijn|zn|zn|die) (?:andere|ander|linker|rechter|linkse|rechtse|goede)"
    r"|dan (?:links|rechts|de andere kant|het andere been|de andere kuit|aan de andere kant)"
    r"|(?:de|het) andere (?:\w+ )?(?:niet|niks|is normaal|is gewoon)|andere (?:been|kuit|voet) (?:\w+ )?(?:niet|niks)|(?:rechts|links) (?:is )?(?:niks|niets) aan de hand"
    r"|(?:twee|2|dubbel) (?:keer |x )?zo (?:dik|groot)|2x zo dik|dubbel zo dik"
    r"|(?:de|het) (?:andere|ander|linker|rechter|linkse|rechtse) (?:\w+ )?(?:niet|is normaal|is gewoon|gewoon normaal|is goed)"
    r"|verschil tussen (?:links en rechts|mijn benen|beide)|niet even dik|scheef van dikte"
    r"|(?:links|rechts|de andere|het andere been|de andere kuit) is (?:gewoon |helemaal |wel )?(?:normaal|goed|prima)"
)
ARM = r"(?:linker|rechter|linkse|rechtse|boven|onder)?(?:arm|armen|hand|handen|vinger|vingers|pols|polsen|schouder)"
FACE = r"gezicht|mond|mondhoek|mondhoeken|lip|lippen|wang|wangen|oog|ogen|ooglid|oogleden|tong|kaak|kaken|keel"
HEAD = r"hoofd|kop|hersenen"
CHEST = r"borst|borstkas|borstbeen|hart|hartstreek"
BELLY = r"buik|onderbuik|bovenbuik|buikje|maag|maagstreek|baarmoeder"
BODY = r"lichaam|lijf|lijfje"
# One side of the body: "zijn hele linkerkant", "de rechterkant van haar gezicht".
ONE_SIDE_OF_BODY = (
    r"(?:links|rechts) (?:\w+ )?(?:helemaal |ineens )?(?:slap|verlamd|lam|verdoofd|krachteloos|gevoelloos)|"
    r"(?:hele |ganse |gehele )?(?:linker|rechter)(?:kant|zijde|helft|lichaamshelft)"
    r"|(?:een|1|de linker|de rechter|hele|ganse|ene) (?:kant|zijde|helft) van (?:mijn |mn |zijn |zn |haar |dr |het |zn )?(?:lichaam|lijf|gezicht)"
    r"|halfzijdig\w*|halve lichaam|halve gezicht|aan een kant van (?:mijn |zijn |haar |het )?(?:lichaam|gezicht)"
    r"|arm en been|been en arm|arm en (?:zijn|haar|mijn) been"
    r"|(?:arm|hand|been|gezicht) (?:\w+ ){0,2}aan dezelfde kant"
)
MUSCLE = r"spier|spieren|spiertje|spierpijn|spiermassa|kuitspier\w*|dijspier\w*"
CRAMP = (
    r"kramp|krampen|krampje|krampke|krampjes|kramppijn|krampaanval\w*|krampte|krampten"
    r"|krampt|krampend\w*|verkrampt|verkrampen|verkramping\w*|\w+kramp|\w+krampen|spasme\w*"
    r"|schiet (?:\w+ )?vast|schoot (?:\w+ )?vast|zit (?:\w+ ){0,5}vast|zat (?:\w+ ){0,4}vast|trekt samen|trok samen|kramp gevoel|krampgevoel"
    r"|samentrekken|samentrekking|(?:trekkende|verkrampte) spier|schoot (?:\w+ ){0,2}iets in|schiet (?:\w+ ){0,2}iets in"
    # "wakker van mijn kuiten die vastschieten", "een kuit die zich vastzet", "trekkende kuiten"
    r"|vastschiet\w*|vastgeschoten|(?:zet|zetten|zette) zich vast|vastzet|vastzetten"
    r"|trekkende (?:kuit|kuiten|benen|been|voeten|voet)|schiet (?:het|t) in (?:mijn|mn|zijn|haar|de) \w+"
    r"|(?:kuit|kuiten|been|benen|voet|voeten) (?:\w+ ){0,3}(?:knijpt|knijpen)\b|(?:staat|staan|stond|stonden) (?:\w+ ){0,2}vast\b|vast (?:staan|staat|stonden)\b"
)

# --------------------------------------------------------------------------- states

SWOLLEN = (
    r"dik|dikke|dikker|dikkere|dikst|dikste|verdikt|verdikking|opgezet|opgezette|opzetten|zet op"
    r"|gezwollen|gezwolle|opgezwollen|opgezwolle|zwelling|zwellingen|zwelt|zwellen|zwol|opzwellen"
    r"|zwelt op|zwellen op|opgeblazen|pafferig|pafferige|bol|bolle|staat dik|staat bol|spant|spannen"
    r"|strak en glanzend|strak glanzend|glanzend en strak|glanst|glanzend"
    r"|gespannen|gespannenheid|opzwelling|oedeem|vocht in|vochtig been|groter dan"
    r"|swollen|swelling|ballon|als een ballon|(?:als|gelijk) een boomstam|boomstam|olifant(?:en|s)?(?:poot|poten|been|benen|voet|voeten|enkel|enkels)|(?:als|van) een olifant(?! op)|als een worst|opgepompt|dubbel zo dik|twee keer zo dik"
    r"|strakker om (?:mijn|mn|haar|zijn|het|de) \w*(?:been|kuit|enkel|voet)"
    r"|(?:staat|voelt|is|zit|staan|voelen) (?:\w+ )?strak\b|strak als een (?:trommel|ballon|worst)"
)
# Clothes as the measure of a swelling: "mijn broekspijp past niet meer om mijn kuit",
# "ik krijg de rits van mijn laars niet dicht", "de sok drukt een diepe rand".
LEG_GARMENT = (
    r"\w*(?:broekspijp|broekspijpen|sok|sokken|sokje|kous|kousen|laars|laarzen|schoen|schoenen"
    r"|pantoffel|pantoffels|slof|sloffen|slipper|slippers|rits)"
)
# One garment: a pair that does not fit is both feet, or new shoes, not one swollen leg.
_ONE_GARMENT = r"(?<!nieuwe )\w*(?:broekspijp|sok|sokje|kous|laars|schoen|pantoffel|slof|slipper|rits)"
TIGHT_GARMENT = (
    rf"(?:{_ONE_GARMENT}) (?:\w+ ){{0,5}}(?:past|paste) (?:\w+ ){{0,2}}niet\b"
    rf"|(?:past|paste) (?:\w+ ){{0,3}}(?:{_ONE_GARMENT}) (?:\w+ ){{0,2}}niet\b"
    rf"|(?:krijg|krijgt|kreeg|krijgen) (?:\w+ ){{0,5}}(?:{_ONE_GARMENT}) (?:\w+ ){{0,4}}niet (?:meer )?(?:aan|dicht|om|over)\b"
    rf"|(?:{_ONE_GARMENT}) (?:\w+ ){{0,3}}(?:knelt|knelde|snijdt|sneed) (?:\w+ )?in\b"
    rf"|(?:knelt|knelde|snijdt|sneed) (?:\w+ ){{0,3}}(?:{_ONE_GARMENT}) (?:\w+ ){{0,2}}in\b"
)
# A deep sock mark is common on both legs; on one side only it measures a swelling.
GARMENT_MARK = (
    rf"(?:{LEG_GARMENT}) (?:\w+ ){{0,4}}(?:een )?(?:diepe|dikke|harde) (?:rand|afdruk|striem|groef|deuk)"
    r"|(?:diepe|dikke) (?:rand|afdruk|striem|groef|deuk) (?:\w+ ){0,3}(?:van )?(?:de |mijn |mn |zijn |haar )?(?:sok|sokken|kous|kousen)"
    r"|(?:putje|deukje|afdruk|duim) (?:\w+ ){0,4}blijft (?:\w+ )?(?:staan|zitten)"
)
# A pair that no longer fits: both feet ("mijn schoenen knellen", "de pantoffels passen niet")
TIGHT_GARMENTS = (
    r"(?<!nieuwe )(?:schoenen|sokken|pantoffels|sloffen|laarzen|kousen) (?:\w+ ){0,3}(?:knellen|knelden|passen niet|pasten niet|zitten strak|snijden in)"
)
ONLY_ONE_SIDE = rf"{COMPARISON}|{ONE_SIDE_WORDS}|(?:links|rechts) (?:\w+ ){{0,2}}(?:niet|niks|geen|wel)\b"
HARD = (
    r"hard|harde|harder|keihard(?! (?:tegen|op|geraakt|gestoten|gevallen|aan|gelopen|geschopt))|keiharde|steenhard|als een steen|stijf en hard|knoop|bult|bobbel|verharding"
    r"|strak als een \w+|als een snaar|(?:staat|zit|voelt) (?:\w+ ){0,5}strak"
)
RED = (
    r"rood|rode|roder|rooie|vuurrood|vuurrode|knalrood|rozerood|rozig|vurig|vurige|verkleurd|verkleurde"
    r"|verkleuring|paars|paarse|paarsig|paarsachtig|paarsrood|roodpaars|ontstoken|ontsteking"
    r"|\w+verkleurd\w*"
)
# "Zijn voet is warm en heeft een normale kleur", "gewoon warm": warmth said to reassure
# (a foot that is warm and normal in colour has its blood supply) is not the sign.
_WARM_REASSURED = (
    r"(?<!gewoon )(?<!lekker )(?<!normaal )(?<!weer )(?<!roze en )(?<!roze, )"
    r"(?:{w})(?! en (?:\w+ ){{0,4}}(?:normale? (?:van )?kleur|gewone kleur|normaal van kleur|goede kleur|roze|normaal uit))"
    r"(?! als (?:het|de|mijn|zijn|haar) (?:andere|ander|linker|rechter)\w*)"
)
WARM = _WARM_REASSURED.format(
    w=r"warm|warme|warmer|(?<!het )(?<!dat )(?<!dit )(?<!hij )(?<!ze )(?<!zij )(?<!wat )heet(?! het\b| dat\b)|hete|heter|gloeit|gloeien|gloeiend|gloeiende|brandend heet|voelt warm"
    r"|warm aan|heet aan"
)
COLD = (
    r"koud|koude|kouder|ijskoud|ijskoude|steenkoud|steenkoude|ijzig|koud aan|ijs koud|cold|ice cold|freezing"
    r"|(?:als|gelijk) (?:een )?(?:blok )?ijs|ijsblok|blok ijs|vriezer|diepvries|(?:precies |net |helemaal )?van ijs"
)
ICE_COLD = (
    r"ice cold|freezing|ijskoud|ijskoude|steenkoud|steenkoude|ijs koud|heel koud|erg koud|zo koud|doodskoud|ijzig"
    r"|(?:als|gelijk) (?:een )?(?:blok )?ijs|ijsblok|blok ijs|koud als ijs|(?:precies |net |helemaal )?van ijs|(?:als|gelijk) een lijk|koud als de dood"
    r"|koud als (?:een )?(?:steen|ijsblok|ijsklontje|kikker)|(?:uit|in) de (?:vriezer|diepvries)|in de vriezer (?:\w+ ){0,2}gelegen"
)
PALE = (
    r"wit|witte|witter|bleker|bleek(?! (?:te|dat|uit|achteraf|later|het|er|niks|niets|een|geen|de|zijn|haar)\b)(?! (?:(?!en\b|of\b)\w+ ){0,5}te (?:zijn|wezen)\b)|bleke|spierwit|lijkbleek|krijtwit|krijtwitte|wasbleek|lijkwit|grauw|grauwe"
    r"|pale|grijs|grijze|vaal|vale|gevlekt|vlekkerig|marmer\w*|kleurloos|kaarsvet|als was|wasachtig\w*|als een lijk"
)
BLUE = r"blue|blauw|blauwe|blauwig|blauwachtig|paarsblauw|blauwpaars|blauwzwart|zwart|zwarte|blauwgrijs"
# No feeling: the strong signs (sudden numbness of a leg is 112).
NO_FEELING = (
    r"gevoelloos|gevoelloze|geen gevoel|gevoel kwijt|gevoel weg|gevoel is weg|voelt dood|voelen dood"
    r"|dood gevoel|voelt als dood|voelt (?:\w+ )?aan als (?:van )?iemand anders|van iemand anders"
    r"|voel (?:(?!er\b)\w+ ){0,3}(?:niks|niets|geen bal|geen moer) (?:meer )?(?:in|aan) "
    r"|voel (?:ik )?(?:niks|niets) meer|voelde (?:\w+ ){0,4}(?:niet|niks|niets) meer|voelden (?:\w+ ){0,3}niet meer"
    r"|voel (?:mijn|mn|m|hem|ze|het|zijn|haar|dr) (?:\w+ ){0,4}niet(?: meer)?\b(?! (?:zo |erg |heel |echt )?(?:goed|lekker|fijn|prettig|fit)\b)"
    # "ineens voel ik mijn voet niet" (not "... niet zo goed")
    r"|voel (?:ik|je|hij|ze|zij) (?:mijn|mn|m|zijn|zn|haar|dr|het|hem) (?:\w+ ){0,4}niet(?: meer)?\b(?! (?:zo |erg |heel |echt )?(?:goed|lekker|fijn|prettig|fit)\b)"
    r"|(?<!zwak )(?<!slap )(?<!dik )(?<!raar )(?<!koud )(?<!warm )(?<!anders )(?<!vreemd )(?<!zwaar )voelt (?:hij|zij|ze|het) (?:\w+ ){0,2}niet(?: meer)?\b(?! (?:zo |erg |heel |echt )?(?:goed|lekker|fijn|prettig|fit|anders|raar|zwak)\b)|voelt (?:niks|niets) (?:meer )?(?:in|aan|van)"
    r"|voelt niet meer|(?:geen|niks|niets|weinig) gevoel (?:meer )?in"
    # "mijn voet voelt dood aan, ik voel er niks meer in als ik erin knijp"
    r"|(?:voelt|voelen|voelde) (?:\w+ ){1,3}dood aan\b|(?:voelt|voelde) (?:ineens|opeens|plots|plotseling) dood\b|(?:niks|niets) gevoel\b|voel (?:ik )?er (?:\w+ )?(?:niks|niets) (?:meer )?in\b"
    r"|(?:knijp|knijpt|druk|drukt|prik|prikt|aanraak|aanraakt|tik|tikt)\w* (?:\w+ ){0,4}(?:voel|voelt) (?:ik |hij |ze |zij )?(?:er )?(?:helemaal |echt |bijna )?(?:niks|niets|geen bal)"
    r"|voel (?:ik |je |hij |ze )?(?:mijn|mn|zijn|haar|dr) (?:\w+ ){0,2}(?:amper|nauwelijks|bijna niet)"
    r"|voel(?:t)? (?:ik |hij |ze |zij )?(?:\w+ ){0,4}(?:mijn|mn|zijn|haar|dr) (?:\w+ ){0,2}niet meer"
)
NUMB = (rf"{NO_FEELING}|numb|(?:voelt|voelen|voelde|aanvoelt) (?:\w+ ){{0,2}}(?:als|alsof) (?:het )?(?:een )?(?:dikke )?(?:want|wanten|handschoen|watten)|doof|dove|doofheid|verdoofd|verdoofde|verdoving|als een blok|houterig|slapend gevoel"
        r"|minder gevoel|voel (?:\w+ ){0,3}minder(?: goed)?|niet normaal (?:meer )?aan")
TINGLING = (
    r"tintel\w*|mierenloop|mieren|kriebel\w*|prikkel\w*|speldenprik\w*|naaldjes|elektrische schok\w*"
    r"|slaapt (?:steeds|vaak)|slapende (?:voet|voeten|benen|been|hand|handen|vingers)"
)
WEAK = (
    r"slap|slappe|slapper|zwak|zwakke|zwakker|krachteloos|krachteloze|geen kracht|minder kracht"
    r"|kracht kwijt|kracht weg|lam|lamme|verlamd\w*|futloos|gaf (?:\w+ )?niet (?:meer )?mee"
    r"|geeft (?:\w+ )?niet (?:meer )?mee|zakt (?:\w+ )?door|zakte (?:\w+ )?door|begaf|begeeft"
    r"|sleept|sleep met|sleepte|sleep (?:ik|hij|ze) (?:\w+ )?(?:been|voet|linkerbeen|rechterbeen|linkervoet|rechtervoet)|hangt slap|doet niet (?:meer )?mee|wil niet (?:meer )?mee"
    r"|niet (?:meer )?mee (?:wil|wilde|doet|deed)|werkt (?:\w+ )?niet (?:meer )?mee|wil (?:\w+ )?niet (?:meer )?meewerken"
    r"|niet (?:meer )?(?:optillen|opgetild|bewegen|gebruiken)|kan (?:er )?niet (?:meer )?op leunen"
    r"|krijg\w* (?:\w+ ){0,6}(?:niet|nauwelijks|bijna niet|amper) (?:meer )?(?:opgetild|omhoog|bewogen)"
    r"|doet niet (?:meer )?wat (?:ik|hij|ze|zij) wil|niet (?:meer )?(?:goed )?(?:optillen|opgetild|omhoog)|geen controle over"
    r"|deed het niet|doet het niet(?: meer)?\b|sleep\w* (?:er)?mee|zakt (?:\w+ )?weg|(?:zakte|zakt) (?:zijn|haar|mijn|mn|zn|dr) \w+ (?:ineens |opeens )?weg|wil (?:\w+ )?niet meer|niet meer wil|als een stuk hout|doet niet mee"
    r"|(?:been|arm|hand|voet)\w* wil niet\b(?! (?:over|weg|los|stoppen|ophouden|slapen|rusten|zeggen|stil|stilliggen|ontspannen|liggen))"
    r"|klapt (?:\w+ )?weg|klapte (?:\w+ )?weg|knikt (?:\w+ )?weg|knikte (?:\w+ )?weg|(?:arm|hand) (?:\w+ )?hangt"
    r"|klapt (?:\w+ ){0,3}dubbel|klapte (?:\w+ ){0,3}dubbel|zakt (?:\w+ ){0,3}onder (?:me|mij|hem|haar|ons) (?:\w+ )?weg"
    r"|van rubber|als (?:een )?(?:pudding|rubber|spaghetti|elastiek)|stroom (?:is )?eraf|stekker (?:is )?eruit"
    r"|(?:nauwelijks|amper|bijna niet) (?:meer )?(?:optillen|opgetild|bewegen|omhoog)|niet (?:meer )?vasthouden"
    r"|(?:viel|valt|glipt|glipte|gleed|glijdt) (?:\w+ ){0,3}uit (?:mijn|mn|zijn|zn|haar|dr) (?:\w+ )?(?:hand|handen|vingers)"
    # one leg or arm "zwaar als lood" (both legs after a long walk are tired legs)
    r"|\w*(?:been|arm|kuit|voet|hand) (?:\w+ ){0,3}(?:zwaar als lood|loodzwaar|als lood)\b"
    r"|bengel\w*|(?:hing|hangt) (?:er )?(?:\w+ )?slap (?:bij|naar beneden)"
    r"|weak|weakness|no strength|(?:cannot|cant|can not|could not|couldnt) (?:\w+ )?(?:hold|lift|move)"
)
PARALYSIS = r"verlamd\w*(?! (?:van|door) (?:de |het )?(?:zenuwen|angst|schrik|stress|spanning|verdriet))|verlamming\w*|verlammingsverschijnsel\w*|halfzijdig\w*|lam geslagen|helft van (?:mijn|mn|zijn|zn|haar|dr|het) gezicht (?:\w+ ){0,3}(?:voelt|is|hangt|doet)|halve gezicht (?:\w+ ){0,3}(?:voelt|is|hangt)"
CANNOT_MOVE = (
    r"kan (?:\w+ ){0,9}(?:niet|haast niet|bijna niet|nauwelijks|amper|moeilijk|slecht) (?:meer |goed |meer goed |goed meer )?(?:bewegen|optillen|gebruiken|verzetten)"
    r"|(?:ken|kan|kon) (?:\w+ ){0,5}(?:nie|niet|ni) (?:meer )?(?:optille|optillen|bewege|bewegen|opheffen)|wil niet (?:meer )?mee\b"
    r"|(?:doet|doen) (?:\w+ ){0,3}niet (?:meer )?mee\b|(?:sleept|sleepte|trekt) (?:\w+ ){0,4}(?:achter (?:zich|me|mij|hem|haar) )?aan\b|aansleept|sleept (?:\w+ ){0,3}(?:over de grond|mee)"
    r"|krijg (?:\w+ ){0,3}niet (?:meer )?(?:bewogen|opgetild|omhoog)|beweegt niet(?: meer)?\b"
    r"|niet meer (?:bewegen|optillen)|niet (?:goed |meer )?(?:kan|kon) (?:bewegen|optillen|gebruiken|tillen)"
    r"|(?:bewegen|beweegt) (?:\w+ )?niet(?: meer)?\b"
    r"|(?:kon|kan|ken) (?:\w+ ){0,6}(?:ineens |opeens |plots )?(?:niet|nie|ni|moeilijk|slecht|nauwelijks) (?:meer )?(?:goed |normaal )?(?:gebruiken|aansturen|bewegen)"
    # a slipper that slides off one foot: the foot does not hold it any more
    r"|(?:pantoffel|slipper|schoen|sloffen|slof) (?:\w+ ){0,6}niet (?:meer )?(?:aan|vast) (?:\w+ ){0,3}(?:gehouden|houden)"
    r"|(?:glijdt|gleed) (?:er )?(?:steeds |telkens )?(?:van )?(?:\w+ )?af"
)
PAIN = (
    r"pijn|pijnen|pijnlijk|pijnlijke|pijnlijker|pain|hurts|painful|zeer|zere|au|auw|steekt|steken|stekend\w*|steek"
    r"|(?:als|alsof) (?:\w+ ){0,3}(?:mes|messen|messteek|gloeiende naald)|messteek\w*"
    r"|bonkt|bonken|bonkend\w*|klopt|kloppend\w*|brandt|brandend|brand|branden|zeurt|zeurend\w*|zeurderig"
    r"|gevoelig|gevoelige|ondraaglijk\w*|niet te harden|niet uit te houden|doet het|pijn doen|doet pijn|doen pijn|pijn deed|kreunt|schreeuwt|huilt van"
    r"|krimpt ineen|beurs|beurse|doet zeer|kan er niet aankomen|ik kan er niet aan komen|gilt|gillen|krijst|huilt als"
    r"|(?:mega|super|kei|hels|barst|spier|been|kuit|voet|dij|knie|enkel|scheen|teen|hiel)pijn\w*"
    r"|klaagt (?:\w+ ){0,2}over (?:zijn|haar|mijn|mn|dr|zn|de) \w+|knap\w*|geknapt|scheur\w*|zweepslag"
    r"|(?:huilt|huilde|jammert|krijst|gilt|schreeuwt) (?:\w+ ){0,3}(?:zodra|als|wanneer) (?:ik|je|we|iemand|men) (?:\w+ ){0,8}(?:kom|komt|aankom|aankomt|aanraak|aanraakt|raak|raakt|aanzit|druk|drukt|beweeg|beweegt|optil|vastpak|oppak)\b"
)
SEVERE = (
    r"vreselijk\w*|verschrikkelijk\w*|ontzettend\w*|enorm\w*|hevig\w*|heftig\w*|ondraaglijk\w*"
    r"|erge|erg|ergste|ergere|heel erg|zo erg|gigantisch\w*|extreem\w*|extreme|niet te harden"
    r"|niet uit te houden|fel|felle|afschuwelijk\w*|hels\w*|helse|gruwelijk\w*|zoveel pijn|veel pijn"
    r"|zo een pijn|zon pijn|zo n pijn|kapot van de pijn|kreunt van (?:de )?pijn|schreeuwt het uit|zwaar|zware|heel veel"
    r"|intens\w*|kan niet meer|nooit zo|nog nooit|ernstig\w*|zo\w* erg|heel hevig|mega\w*|niet normaal|abnormaal|ongelooflijk\w*"
    # bent double with pain, writhing: severity shown, not named
    r"|(?:ligt|lag|liggen|zit|zat|staat|stond|sta|lig|zit) (?:\w+ )?dubbel|(?:dubbel|krom|kromgebogen|gebogen) (?:gevouwen |geklapt )?van (?:de )?pijn|(?:ligt|lag|zit|zat) krom"
    r"|krimpt (?:\w+ )?ineen|kromt zich|kronkelt|kronkelen|ineengedoken"
    r"|(?:schreeuwt|schreeuwde|schreeuwen|gilt|gilde|gillen|brult|krijst|jankt) (?:\w+ ){0,2}van (?:de )?pijn"
)
# "Gaat niet over": a duration that counts as "does not stop".
STAYS = (
    # not "het gaat niet over mezelf" (it is not about me)
    r"blijft|blijven|bleef|bleven|gebleven|gaat (?:maar )?niet (?:meer )?(?:weg|over(?! (?:mezelf|mijzelf|mij|me|hem|haar|jou|ons|mijn|mn|zijn|de|het|een|iemand)\b)|voorbij)"
    r"|gaan (?:maar )?niet (?:meer )?(?:weg|over)|gaat maar niet|gaat niet meer|lost niet op"
    r"|wil niet (?:over|weg|los)|laat niet los|houdt aan|aanhoudend\w*"
    # "nog steeds niks" says nothing stays
    r"|(?:nog steeds|nog altijd)(?! (?:niks|niets|geen|normaal|goed|prima|over|weg)\b)"
    r"|niet minder|eerder meer|steeds meer|steeds erger|erger|slechter|verergert|toegenomen|niet (?:weg|over) ?gaat|niet weggaat"
    r"|niet (?:meer )?(?:los ?laat|loslaat|los gaat)|niet (?:weggegaan|overgegaan|over gegaan|weg gegaan)"
    r"|niet (?:weg|over) (?:wil|wilde|willen) (?:gaan)?"
)
LONG_DURATION = (
    r"al (?:\w+ ){0,2}(?:uren|uur|urenlang)|(?<!om )(?<!rond )(?:\d+|twee|drie|vier|vijf|zes|een paar|paar|anderhalf|meerdere) (?:uur|uren)(?! geleden)"
    r"|urenlang|uren (?:lang|achter elkaar)|(?<!van )(?<!door )(?<!na )(?<!plas )(?<!pis )(?<!drink )(?<!werk )(?<!slaap )(?<!zie )(?<!zag )de hele (?:dag|nacht|ochtend|middag|avond|voormiddag|namiddag)(?! (?:zitten|staan|lopen|werken|fietsen|wandelen))"
    r"|sinds (?:vanochtend|vanmorgen|vanmiddag|vannacht|vanavond|deze (?:morgen|ochtend|middag|namiddag|voormiddag)|gisteren|gisteravond|gisternacht|\d+ uur|\w+ uur)"
    r"|van(?:af|uit)? (?:vanochtend|vanmorgen|vanmiddag|vannacht) (?:al|nog)"
    r"|al (?:vanaf|sinds) (?:vanochtend|vanmorgen|vanmiddag|vannacht|het middageten|het ontbijt|de lunch)"
    r"|sinds (?:het|de|t) (?:ontbijt|lunch|middageten|avondeten)\b"
)
BETTER = (
    r"minder|beter|verbetert|wordt minder|zakt af|zakt weg|trekt weg|trok (?:\w+ )?weg|verdwenen|steeds beter"
    r"|(?:zwelling|pijn|roodheid|blauwe plek) (?:is|was) (?:al |alweer |helemaal |inmiddels )*(?:weg|verdwenen|over)"
    r"|(?:loop|loopt|liep) (?:\w+ )?weer (?:normaal|gewoon|prima)|gaat (?:het )?(?:nu )?(?:alweer |weer )(?:prima|goed|normaal)"
    r"|al veel beter|gaat weer|(?:nu |alles )?(?:is |was )?(?:helemaal |alweer |weer )(?:weg|over|voorbij)|opgelost|niks meer|niets meer"
    r"|(?:nu|inmiddels) (?:is (?:het|alles) )?(?:(?!kwart |tien |vijf |twintig )\w+ )?(?:over(?! (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|\\d))|weg|voorbij)|bijna (?:weg|over|voorbij)|zo goed als (?:weg|over)"
    r"|(?:is|was) (?:het|hij|ze|die|de kramp) (?:\w+ )?(?:over|weg|voorbij)|(?:ging|gaat) (?:vanzelf |weer |snel |meteen )?over"
    r"|(?:alles |het |nu )?(?:\w+ ){0,3}weer (?:oke|ok|oké|in orde|goed|prima|normaal)\b"
    # "stukje gelopen en weg": gone, said in two words at the end of a clause
    r"|\ben (?:toen |daarna |meteen |direct |gelijk |snel )?(?:weer )?weg$"
    r"|duurde (?:maar |slechts |gelukkig |echt )?(?:even|kort|heel kort|een paar (?:minuten|seconden|tellen)|een minuut)"
    r"|weer (?:\w+ )?(?:en )?(?:normaal|goed|prima)\b|weer roze|(?:dat|het|alles) is (?:\w+ )?(?:allemaal )?(?:over|weg|voorbij)"
    r"|(?:weer|alweer) (?:\w+ )?de oude\b|al (?:weken|maanden|jaren) (?:weer )?normaal|(?:is|zijn) (?:alles |het |helemaal |inmiddels )*genezen|voelt (?:\w+ ){0,2}(?:weer )?normaal\b"
)
AFTER_CRAMP = (
    r"na (?:de|die|een|het|mijn|mn|zijn|haar|dat) (?:\w+ )?(?:kramp\w*|\w+kramp)|sinds (?:de|die|een|het|mijn|mn) (?:\w+ )?kramp\w*"
    r"|(?:de )?kramp (?:zelf )?(?:is|was) (?:al )?(?:over|weg|voorbij|gestopt)"
    r"|kramp (?:\w+ ){0,4}(?:gehad|gekregen)|toen (?:de|die) kramp|kramp (?:is|was) (?:\w+ )?weg|na het krampen"
)
WORSE = r"(?:was|leek) (?:het )?(?:gisteren |eerst |vanochtend |toen )?minder (?:erg|pijnlijk|zeer)|erger|steeds erger|verergert|slechter|heviger|toegenomen|toeneemt|neemt toe|meer pijn|niet minder"
PRESSURE_OR_STANDING_PAIN = (
    r"als (?:ik|je|hij|zij|ze) (?:\w+ ){0,2}(?:erop|er op|erin|er in|op) (?:druk|drukt|duw|duwt|sta|staat|stap|stapt)"
    r"|als (?:ik|je|hij|zij|ze) (?:\w+ ){0,4}(?:druk|drukt|duw|duwt|aanraak|aanraakt)\b"
    r"|bij (?:het )?(?:drukken|aanraken|aankomen|staan|stappen|lopen|opstaan)|bij aanraking|drukpijn"
    r"|(?:drukken|erop drukken|aanraken|staan|lopen|traplopen|trappen lopen|stappen) (?:doet|is) (?:\w+ ){0,2}(?:pijn|zeer|pijnlijk)|traplopen (?:gaat|lukt) (?:\w+ )?(?:niet|nauwelijks)"
    r"|(?:niet|nauwelijks|amper|moeilijk|slecht) (?:meer )?(?:op|erop|er op) (?:\w+ ){0,3}(?:staan|stappen|steunen|lopen)"
    r"|(?:kan|kon) (?:\w+ ){0,3}(?:niet|nauwelijks|amper|bijna niet) (?:meer )?(?:goed )?(?:op |erop |er op )?(?:\w+ \w+ )?(?:lopen|stappen|staan|steunen)"
    r"|(?:lopen|staan|stappen) (?:gaat|lukt) (?:\w+ )?(?:niet|nauwelijks|amper)"
)
FEVER = (
    r"koorts|koortsig|koortsige|verhoging|koude rillingen|rillingen|rillerig|rilt|bibberen van de kou"
    r"|hoge temperatuur|temperatuur van|grieperig|gloeiend heet"
    r"|(?:koorts|temperatuur|heeft|had|heb|is|sinds gisteren|van) (?:van |wel |al |bijna |ruim |boven de )?(?:38|39|40|41)(?: [0-9])?\b(?! jaar| weken| wk| kilo| kg| km| minuten| maanden)"
    r"|(?:38|39|40|41)(?: [0-9])? graden|\b(?:38|39|40|41) [0-9]\b(?! jaar| weken| wk| kilo| kg| km| minuten| maanden| cm| dagen)"
    r"|gloeit (?:helemaal|van)"
    # a parent's words for a feverish child: "voelt gloeiend aan", "hangerig en warm"
    # (of the child or the body, not "een gloeiende pijn" or "mijn kuit voelt warm aan")
    r"|gloeiend (?:heet|warm|aan)|(?:is|voelt) (?:\w+ )?gloeiend\b|gloeit"
    r"|(?:hij|ze|zij|hoofd|hoofdje|voorhoofd|lijf|lijfje|lichaam|huid) (?:\w+ ){0,2}voelt (?:\w+ )?(?:heet|warm) aan"
    r"|voelt (?:hij|ze|zij) (?:\w+ )?(?:heet|warm|gloeiend) aan|(?:hangerig|slap|ziekjes|lusteloos) en (?:warm|heet)"
    r"|(?:warm|heet) en (?:hangerig|slap|ziekjes|lusteloos)"
)

# --------------------------------------------------------------------------- alarms
BREATHLESS = (
    r"short of breath|shortness of breath|(?:can|cant|cannot) breathe|out of breath|no air"
    r"|dyspnoe\w*|dyspneu\w*|(?:saturatie|sat|zuurstof) (?:\w+ ){0,4}(?:[5-8]\d|9[0-2]) ?(?:%|procent)?(?! (?:jaar|kilo|kg))\b"
    r"|breathing (?:is )?(?:\w+ )?(?:hard|difficult|bad|heavy|fast)|(?:hard|difficult|trouble|problems?) (?:to |with |)?breath\w*"
    r"|(?:kan|kon|kunnen) (?:\w+ ){0,3}(?:niet|slecht|moeilijk|nauwelijks) (?:goed )?adem\b(?! (?:in|uit))"
    r"|ademt (?:\w+ ){0,2}met (?:veel )?geluid|ademt (?:\w+ )?hoorbaar|(?:raspend|reutelend|rochelend|gierend)\w* (?:\w+ )?(?:ademen|adem|ademhaling)"
    r"|benauwd\w*|benouwd\w*|benauw|kortademig\w*|kort ademig\w*|kort van adem|ademnood|adem nood"
    r"|benaud\w*|adem (?:is )?kort|krijg (?:\w+ )?gaan lucht|keel (?:\w+ ){0,4}(?:dicht|dichtzwelt|dichtknijpt|dichtgeknepen|dichtgaat|zwelt dicht|knijpt dicht|zit dicht|gaat dicht|dichtzit|dichtzat)|dichtzwel\w*"
    r"|(?:moeilijk|zwaar|slecht|nauwelijks|amper) (?:ademt|ademde|ademen|ademhaalt)\b"
    r"|(?:kan|kon) (?:\w+ ){0,3}(?:slecht|moeilijk|nauwelijks|amper|niet) (?:\w+ ){0,3}(?:ademen|ademhalen)"
    r"|(?:stoppen|stilstaan|stil staan|rusten|uitrusten) (?:\w+ ){0,5}om (?:\w+ )?(?:te blazen|uit te blazen|op adem te komen|adem te halen)"
    r"|buiten adem|(?:stoppen|stilstaan|stil staan|stilstaan) om (?:\w+ )?(?:te blazen|uit te blazen|op adem te komen|adem te halen)|sta (?:\w+ )?te hijgen|sta (?:\w+ )?te puffen|hijg (?:\w+ ){0,2}als"
    r"|(?:geen|slecht|weinig|minder|nauwelijks|moeilijk|amper|bijna geen) (?:lucht|adem)(?! nodig)"
    r"|piep\w* (?:\w+ ){0,2}(?:bij|tijdens|als) (?:het |ik |hij |ze )?(?:ademen|ademhalen|inademen|adem|ademt)|piepende (?:adem|ademhaling)|ademhaling piept"
    r"|lucht tekort|luchttekort|krijg (?:\w+ ){0,3}(?:geen|moeilijk|slecht|amper|nauwelijks) (?:mijn |mn |zijn |haar )?(?:lucht|adem)"
    r"|(?:krijgt|kreeg) (?:\w+ )?(?:geen|moeilijk|slecht|amper|nauwelijks) (?:lucht|adem)"
    r"|(?:krijg|krijgt|kreeg) (?:ik |hij |ze |zij )?niet (?:goed |genoeg |meer )?(?:lucht|adem)\b"
    r"|kom (?:\w+ ){0,3}niet (?:meer |goed )?op adem|komt niet op adem|niet (?:goed |meer )?op adem (?:kom|komt|komen|kwam)|naar (?:adem|lucht) (?:te )?(?:happen|hap|hapt|snakken)"
    r"|hap\w* naar (?:adem|lucht)|snakt naar (?:adem|lucht)|stik|stikken|stikt"
    r"|(?:adem|ademen|ademhalen|ademhaling) (?:gaat |is )?(?:\w+ )?(?:moeilijk|zwaar|slecht|lastig|moeizaam|piepend|snel)"
    r"|piep\w* bij (?:het )?ademen|moeilijk (?:ademen|ademhalen)|ademt (?:\w+ ){0,3}(?:zwaar|moeilijk|snel|piepend|oppervlakkig|raar)"
    # a baby's chest or belly that pulls in with each breath
    r"|(?:buik|buikje|borst|borstje|borstkas|ribben|ribbetjes|keel|keeltje) (?:\w+ ){0,3}(?:trekt|trekken) (?:\w+ ){0,2}in\b|intrekkingen"
    r"|zwaar ademen|geen drie woorden|niet uit(?:gesproken)? (?:kan )?praten van"
    r"|(?:door|via) een rietje (?:\w+ )?(?:adem|ademen|ademhaal|ademhalen|lucht)"
    r"|(?:krijg|krijgt|kreeg) (?:\w+ ){0,2}(?:lucht|adem) (?:\w+ ){0,2}niet (?:goed |meer |genoeg )?(?:naar )?(?:binnen|in)"
    r"|(?:niet|slecht|moeilijk|nauwelijks|amper) (?:goed )?(?:kan|kon|kunnen|kunt) (?:\w+ ){0,3}(?:ademen|ademhalen)"
    r"|(?:adem|ademt|ademen|ademhalen) (?:\w+ ){0,3}(?:door|via) een rietje"
    r"|(?:kan|kon|kunnen) (?:\w+ ){0,2}(?:niet|nauwelijks|amper|haast niet|bijna niet) (?:meer )?(?:ademen|ademhalen|inademen)"
    r"|(?:niet|slecht|moeilijk|nauwelijks|amper) (?:\w+ ){0,2}(?:adem|lucht) (?:te )?(?:halen|krijgen)\b"
    r"|hijg\w*|moeite met (?:\w+ (?:en )?)?(?:ademen|ademhalen)|adem (?:\w+ )?tekort|naar lucht|geen adem"
    r"|(?:krijg|krijgt|kreeg) (?:\w+ ){0,2}adem (?:\w+ )?(?:niet|slecht|slechter|moeilijk|nauwelijks)|adem niet (?:\w+ )?(?:vinden|krijgen)"
    r"|(?:zit|ligt|staat) (?:\w+ ){0,2}te happen|geen zin (?:meer )?(?:afmaken|uitspreken)|piept bij (?:het )?(?:ademhalen|ademen)"
    r"|ademhaling (?:\w+ )?piept|adem stokt|stikt|naar adem"
    # "mn ademen piept", "kom de trap niet meer op zonder te hijgen" (the "zonder" denies nothing)
    r"|(?:adem|ademen|ademhalen) (?:\w+ )?piept|piept (?:\w+ )?(?:bij het )?(?:ademen|adem)\b"
    r"|(?:niet|nie|nooit) (?:meer )?(?:\w+ ){0,4}zonder (?:te )?(?:hijgen|puffen|uitpuffen|naar adem te happen|op adem te komen)"
    r"|(?:niet|nauwelijks|slecht|amper) (?:zo |meer )?(?:goed |diep )?(?:ademen|ademhalen|doorademen|door ademen|inademen)"
    r"|(?:stilstaan|stoppen|blijven staan|pauzeren|rusten) om (?:\w+ )?op adem te komen|moet (?:\w+ ){0,3}op adem komen"
    # "halverwege stoppen om lucht te happen", "na elke twee woorden ademhalen"
    r"|(?:lucht|adem|asem) (?:\w+ )?te (?:happen|scheppen|vangen)|om (?:\w+ )?lucht te (?:halen|krijgen)"
    r"|na (?:elke|ieder|iedere|een paar|twee|drie) (?:\w+ )?(?:woorden|woord|zinnetje|stappen|passen|treden) (?:\w+ ){0,2}(?:ademhalen|adem halen|op adem komen|naar adem|hijgen|puffen)"
    r"|(?:blauwe|paarse|grauwe|grijze) lippen|lippen (?:\w+ ){0,4}(?:blauw|paars|grauw|grijs)\b(?! (?:van|door) (?:de |het )?(?:kou|koude|zwemmen|water|bosbessen|snoep|ijs\w*))"
    # "moet steeds vaker even uitpuffen" (not "even uitpuffen na de training")
    r"|(?:steeds|vaker|telkens|al na|na elk|na ieder) (?:\w+ ){0,3}uitpuff\w*|uitpuff\w* (?:\w+ ){0,3}(?:steeds|vaker|telkens)"
    r"|na (?:een paar |tien |twintig |\d+ )?(?:meter|stappen|passen|minuutjes|treden) (?:\w+ ){0,2}uitpuff\w*"
    r"|(?:meer|harder|erger) (?:te )?(?:puffen|hijgen)|puf\w* (?:\w+ ){0,3}(?:trap|trappen|lopen|stukje)"
    r"|(?:puft|puf|puffen|hijgt|hijgen) (?:\w+ ){0,2}als een (?:stoom\w*|locomotief|trein|paard|ouwe)"
    r"|puf\w* (?:\w+ ){0,6}(?:meer|sneller|harder|erger) (?:dan|als) (?:normaal|anders|vroeger|gewoonlijk|eerst)"
    # "slikken gaat moeilijk en ademen eigenlijk ook": the state said once for both
    r"|(?:moeilijk|zwaar|slecht|lastig|moeizaam) (?:\w+ ){0,2}en (?:het )?(?:ademen|ademhalen|de ademhaling) (?:\w+ ){0,2}ook"
)
# Flemish "benauwd zijn dat ..." is being afraid, not breathless; muggy weather neither.
NOT_BREATHLESS = (
    r"(?:ben|is|was|word|wordt|werd) (?:er |daar )?(?:wat |een beetje |heel |erg |best |wel )?benauwd (?:\w+ )?(?:dat|om|voor|van wat)|benauwd\w* (?:weer|dag|kamer|lucht|warm|ruimte|hok|gevoel bij)"
    r"|weer is (?:zo |erg )?benauwd|benauwde droom|benauwde dromen"
    # "het was de kamer die benauwd was, niet ik", "met benauwd bedoelde ik het weer"
    r"|(?:kamer|slaapkamer|lucht|weer|huis|ruimte|auto|zolder|sauna) (?:die |dat )?(?:\w+ ){0,2}benauwd\w*"
    r"|(?:met )?benauwd\w* (?:\w+ )?bedoel\w* (?:ik|ze|hij|zij|je) (?:\w+ ){0,3}(?:weer|warmte|hitte|bang|ongerust|kamer|lucht|angst)"
    r"|(?:blauwe|paarse|grauwe|grijze) lippen (?:\w+ ){0,2}(?:van|door|na) (?:de |het )?(?:kou|koude|zwemmen|water|bosbessen|snoep|ijs\w*)"
    # "het benauwde me, die gedachte": worry, not breath
    r"|benauwde (?:me|mij|ons|hem|haar)\b(?! (?:\w+ )?(?:op|in) de borst)|benauwt (?:me|mij|ons|hem|haar) (?:\w+ ){0,2}(?:dat|die gedachte|het idee)|benauwend (?:idee|gedachte)|benauwde gedachte"
    r"|benauwd\w* (?:\w+ ){0,4}(?:van|door|in) de (?:hitte|warmte|sauna|stoom|zon)"
    # "het Spaans benauwd krijgen" is fright; a stuffy room is the air, not the breath
    # "daar word ik benauwd van" (worried), "ik bedoel ongerust"
    r"|(?:word|wordt|werd) (?:\w+ ){0,6}benauwd van\b(?! (?:de |het )?(?:trap|lopen|inspanning|fietsen|traplopen|sporten))|benauwd (?:\w+ ){0,2}ik bedoel (?:ongerust|bang|bezorgd)"
    r"|spaans benauwd|(?:zag|zie|ziet|zagen|zien) (?:het )?(?:\w+ )?benauwd in\b|(?:was|is|werd) (?:het )?(?:\w+ )?(?:zo |erg |echt |heel )?benauwd (?:op|in) (?:mijn |mn |de |ons |het |onze )?(?:\w*kamer|huis|zolder|bed|auto|trein|bus|kantoor)"
)
CHEST_PAIN = (
    rf"(?:pijn|steek|steken|steekt|druk|drukkend\w*|knellend\w*|beklemmend\w*|strak gevoel|band) (?:\w+ ){{0,3}}(?:op|in|aan|achter|om|rond) {_POSS}? ?(?:borst|borstkas|borstbeen|hart)"
    r"|chest pain|pain (?:in|on) (?:my |mn |his |her |the )?chest|chest hurts|pain (?:\w+ ){0,2}chest"
    r"|borstpijn|pijn op de borst|(?:zit|zat|staat|stond|ligt|lag|drukt|duwt) (?:\w+ ){0,4}op (?:mijn|mn|zijn|zn|haar|dr|de) borst|op (?:mijn|mn|zijn|zn|haar|dr|de) borst (?:zit|zat|staat|stond|ligt|lag|drukt|duwt)|(?:als|wanneer) ik (?:\w+ )?(?:zucht|inadem|adem|diep adem\w*|ademhaal) (?:\w+ ){0,4}(?:pijn|steek|steekt|zeer)|(?:pijn|steek|steken) (?:\w+ ){0,3}bij (?:het )?(?:ademen|ademhalen|inademen|zuchten)|beklemmend\w*|beklemming|olifant op \w+ borst|(?<!bijna )(?<!bijna een )(?<!zowat )(?<!zowat een )(?<!haast een )(?<!geeft me )(?<!geeft mij )(?<!geeft me een )(?<!geeft mij een )(?<!bezorgt me een )(?<!bezorgt mij een )hartaanval|infarct|dichtgeknepen|dichtgesnoerd|dichtgeschroefd"
    r"|(?:borst|borstkas|borstbeen|hart) (?:\w+ ){0,3}(?:doet (?:\w+ ){0,3}(?:pijn|zeer)|pijn|pijnlijk|drukkend\w*|knelt|steekt|prikt|beklemd|gaat op slot|zit vast)"
    r"|(?:doet|doen) (?:mijn |mn |zijn |zn |haar |dr |de )?borst (?:\w+ )?(?:pijn|zeer)|(?:grijpt|greep) (?:\w+ ){0,3}naar (?:\w+ )?(?:borst|borstkas|hart)|zak cement|olifant op(?! (?:mijn |mn |zijn |zn |haar |dr |de )?\w*(?:kuit|kuiten|been|benen|voet|voeten|dij|dijen)\b)|steen op (?:\w+ )?borst"
    r"|(?:prikt|prikken|steekt|steken|pijn|kramp) (?:\w+ ){0,5}in (?:mijn |mn |zijn |zn |haar |de )?(?:borst|borstkas)|trekt (?:\w+ )?naar (?:\w+ )?(?:kaak|kaken|(?:linker|rechter|boven)?arm|(?:linker|rechter)?schouder)\b"
    r"|(?:pijn|steek|steken|steekt) (?:\w+ ){0,4}(?:bij|als|tijdens) (?:het |ik |hij |zij |ze |elke |iedere |een |de )?(?:diepe? )?(?:in)?(?:ademen|adem|ademhalen|ademhaling|ademteug|inademt|inadem|ademhaal|zucht)\b"
    r"|(?:ademen|inademen|ademhalen) (?:\w+ ){0,2}(?:doet pijn|doet zeer|steekt|pijnlijk)"
    r"|(?:inademing|ademhaling|ademteug|ademtocht) (?:\w+ ){0,6}(?:prikt|steekt|pijn|naald|mes|zeer)"
    r"|(?:prikt|prikken|steekt|steken|pijn|naald|mes) (?:\w+ ){0,4}in (?:mijn |mn |zijn |zn |haar |de )?(?:long|longen)\b"
    r"|(?:hand|handen|vuist) (?:\w+ ){0,1}(?:op|tegen) (?:zijn|haar|mijn|mn|zn|dr|de) (?:borst|borstkas|hart)"
    r"|wijst (?:\w+ ){0,2}naar (?:zijn|haar|mijn|mn|zn|dr|de) (?:borst|borstkas|hart)"
    r"|(?:borst|borstkas) (?:\w+ )?(?:drukt|klemt|knelt|trekt samen|zit dicht|voelt zwaar)"
    r"|doet (?:het )?(?:ademen|ademhalen|inademen) (?:\w+ ){0,2}(?:pijn|zeer)"
    r"|(?:houdt|hield|grijpt|greep|klemt) (?:\w+ ){0,2}(?:borst|borstkas) vast|knijpt (?:\w+ )?(?:borst|hart) (?:\w+ )?dicht"
    r"|(?:borst|borstkas) (?:\w+ ){0,2}(?:alsof|of) (?:\w+ ){0,6}(?:riem|band|bankschroef|olifant|steen|gesnoerd|geknepen|geplet)"
    r"|(?:riem|band|bankschroef) (?:\w+ ){0,2}(?:om|rond) (?:\w+ )?(?:borst|borstkas)"
    # Flemish "het pakt mij op mijne borst": something grips the chest
    rf"|(?:pakt|pakte|knijpt|kneep|drukt|duwt|grijpt) (?:het |iets )?(?:\w+ )?(?:op|in|aan) {_POSS} (?:borst|borstkas|hart)"
)
COUGH_BLOOD = (
    r"rood slijm|rode fluim\w*|roze slijm|bloederig slijm|slijm met bloed|bloed in (?:het|mijn|mn|zijn|haar) slijm|"
    r"hoest\w* (?:\w+ ){0,6}(?:bloed|bloederig\w*|rood slijm|rode fluim|roze slijm|roze schuim)"
    r"|(?:rood|roze|bloederig) (?:\w+ )?slijm (?:\w+ ){0,2}(?:op ?ge)?hoest\w*|bloed (?:op ?)?(?:ge)?hoest\w*|bloed opgehoest|bloed opgegeven"
    r"|bloed bij (?:het )?hoesten|bloederig\w* (?:slijm|sputum|fluim)|bloed in (?:\w+ )?(?:slijm|fluim|sputum)"
    r"|bloed (?:op|in) (?:\w+ )?(?:zakdoek|tissue)|hoest\w* (?:\w+ ){0,3}bloet|bloe[dt] (?:\w+ ){0,4}(?:op ?)?hoest\w*"
    r"|cough\w* (?:\w+ ){0,4}blood|blood (?:\w+ ){0,3}cough\w*"
)
SEIZURE = (
    # not "wat een toeval" (a coincidence) or "de stuipen op het lijf" (a fright)
    r"stuip|stuipen(?! op het lijf)|stuiptrekking\w*|^toeval$|(?<!wat )(?<!geen )(?<!puur )(?:een|had|heeft|kreeg|krijgt|krijg|epileptische|soort) toeval|toevallen|epilep\w*|insult|schuimbek\w*|schuim op (?:de |zijn |haar )?mond"
    r"|schokt|schokte|schokten|schokken|schokkend\w*|trekkingen|trok (?:\w+ )?(?:met|aan) (?:zijn|haar) (?:armen|benen|hele)"
    r"|ogen (?:draaien|draaiden|gedraaid) weg|draaide (?:\w+ )?weg met|wegdraaien|verstijfde|verstijfd\w*"
    r"|trilt en schokt|schokt en trilt|koortsstuip\w*|aanval (?:gehad|kreeg|gekregen)|een (?:soort )?aanval"
    r"|had net een aanval|kreeg (?:net |daarnet |zonet )?een (?:soort )?aanval|toeval (?:gehad|gekregen)"
    r"|trekkende (?:armpjes|armen|benen|beentjes|ledematen)|trill\w* (?:\w+ ){0,3}(?:lijf|lichaam)|ligt (?:\w+ )?te trillen|ligt (?:\w+ )?stijf"
    r"|trekken (?:\w+ ){0,2}(?:de hele tijd|steeds)|ogen (?:\w+ )?(?:weggedraaid|rollen)"
    r"|seizure\w*|convuls\w*|having a fit|eyes (?:go|goes|went|roll|rolls|rolled|rolling|turn|turned) (?:\w+ )?(?:up|back|away)"
)
UNCONSCIOUS = (
    r"bewusteloos|bewusteloze|buiten bewustzijn|bewustzijn (?:verloren|kwijt|verliezen|weg)"
    r"|flauw ?gevallen|flauwvallen|valt flauw|viel flauw|val (?:bijna )?flauw|flauwte\w*"
    r"|buiten westen|(?<!pijn )(?<!kramp )(?:was|is|raakte|leek) (?:net |daarnet |zonet |eventjes )?even weg|even weg geweest|efkes weg|weggeraakt|weggezakt|out gegaan|ging out|kijkt dwars door"
    r"|als een lappenpop|slap als een (?:vaatdoek|lappenpop)"
    r"|in elkaar (?:zakte|zakt|gezakt|zakken)|niet (?:meer )?(?:reageert|reageerde)"
    r"|(?:reageert|reageerde) (?:bijna |amper |nauwelijks |slecht |heel |helemaal |echt |totaal |gewoon |zo )?(?:niet|nergens|niets|nauwelijks|amper|raar|vreemd|traag|trager|slecht)"
    # not reacting to a medicine or to messages is no sign
    r"(?! (?:meer )?op (?:de |het |die |haar |zijn )?(?:medicijn\w*|paracetamol|pijnstiller\w*|berichten|appjes|mail\w*|telefoon|behandeling|tabletten|pillen))"
    r"|reageert (?:\w+ ){0,5}niet (?:normaal|goed|gewoon)|kijkt (?:\w+ )?door (?:me|mij|ons|haar|hem) heen"
    r"|zakte (?:\w+ ){0,3}weg (?:op|in|tegen|aan)|zakt (?:\w+ ){0,3}weg (?:op|in|tegen|aan)"
    r"|op de (?:vloer|grond) (?:gevonden|liggen(?! (?:kan|kon|lukt|gaat|wil))|ligt|gevallen)|vind (?:\w+ ){0,4}op de (?:vloer|grond)|vond (?:\w+ ){0,4}op de (?:vloer|grond)"
    r"|reageerde (?:niet|nauwelijks|amper)|niet (?:meer )?aanspreekbaar|niet wakker (?:te krijgen|worden)"
    r"|krijg (?:hem|haar|ze) (?:\w+ )?niet (?:goed |meer |echt )?wakker|geeft geen (?:normaal )?antwoord(?! op (?:\w+ )?(?:vraag|vragen|mail|mails|berichten|bericht|appjes|app|sms))|geen normaal antwoord"
    r"|(?:geeft|gaf) (?:hij|ze|zij) (?:\w+ )?geen antwoord(?! op (?:\w+ )?(?:vraag|vragen|mail|mails|berichten|bericht|appjes|app|sms))"
    r"|mompelt (?:alleen|maar|nog|wat)|(?:alleen|enkel) (?:wat )?gemompel|(?:zegt|zei) (?:\w+ )?(?:niks|niets) zinnigs"
    r"|(?:geeft|gaf) (?:hij |ze |zij )?geen antwoord meer|(?:hij|ze|zij) (?:geeft|gaf) geen antwoord|viel (?:hij |ze |zij )?(?:\w+ )?stil (?:midden in|halverwege)"
    r"|(?:midden in|halverwege) (?:een |de |zijn |haar )?zin (?:\w+ ){0,3}(?:stil|weg|stopte)"
    r"|(?:krijg|krijgen|kreeg|kregen) (?:hem|haar|ze|zijn|mn|mijn) (?:\w+ )?(?:bijna |amper |nauwelijks |haast )?niet (?:meer )?wakker"
    r"|reageert (?:alleen|enkel|nog maar|maar) (?:met|door|als)|ligt op de \w*vloer"
    r"|kijkt (?:\w+ )?(?:wazig|glazig|raar|weg|vreemd)(?! aan\b| op\b| van\b)|wazige blik|glazige blik|suf en|heel suf|erg suf|sufferig|ligt (?:\w+ )?suf\b"
    r"|niet normaal (?:reageert|reageren)|reageert niet normaal|niet normaal aanspreekbaar|op de grond (?:gevonden|liggen(?! (?:kan|kon|lukt|gaat|wil))|ligt)"
    # an older person drowsy and hardly answering: "zo suffig", "kijkt langs me heen"
    r"|(?:zo|heel|erg|echt|ineens|opeens) suffig|(?:geeft|gaf) (?:\w+ )?(?:bijna|nauwelijks|amper|haast) geen antwoord|kijkt (?:\w+ )?langs (?:me|mij|ons|haar|hem) heen"
    r"|zegt (?:\w+ )?(?:niks|niets) (?:meer )?terug|lijkt (?:\w+ )?ver weg|is er niet bij|staart (?:\w+ )?voor (?:zich|haar|hem) uit"
    r"|doet (?:\w+ ){0,2}ogen niet (?:meer )?open|ogen gaan niet (?:meer )?open|viel neer|valt neer|zakte in elkaar|in elkaar gezakt|ineengezakt"
    r"|reageert (?:hij |ze |zij |het |die )(?:bijna |haast )?(?:niet|nauwelijks|amper|nergens)\b(?! (?:meer )?op (?:de |het |die |haar |zijn )?(?:medicijn\w*|paracetamol|pijnstiller\w*|berichten|appjes|mail\w*|telefoon))"
    r"|unconscious|passed out|fainted|not (?:responding|reacting)|unresponsive|(?:does|do|did)(?:n t| not) (?:respond|react|wake)|not look(?:ing)? at (?:me|us)"
)
CONFUSED = (
    r"verward|verwarde|verwardheid|in de war|warrig|verdwaasd|wartaal|raaskal\w*|onzin (?:praten|praat)"
    # not knowing where one is, not knowing one's own home or people
    r"|(?:weet|wist|wisten) (?:\w+ ){0,2}niet (?:meer )?waar (?:hij|ze|zij|ik|we) (?:is|was|zijn|waren|ben|zit|zat|zitten)"
    r"|(?:noemt|noemde) (?:me|mij|ons) (?:\w+ ){0,2}(?:bij )?de naam van|(?:geeft|gaf) (?:\w+ )?(?:rare|vreemde|verkeerde|gekke|onsamenhangende) antwoorden"
    r"|(?:vraagt|vroeg) (?:\w+ )?(?:steeds|telkens|de hele tijd|maar) (?:\w+ )?waar (?:hij|ze|zij) is"
    r"|herkent (?:\w+ )?(?:me|mij|ons|jou|mijn|mn|zijn|zn|haar|dr|zijn eigen|haar eigen|het eigen) (?:\w+ ){0,2}niet(?: meer)?\b|noemt (?:me|mij|ons) (?:\w+ ){0,2}(?:verkeerde|andere) naam"
    # "zegt dat het onzin is" is an opinion, not confusion
    r"|(?:praat|praatte|kletst|kletste|zegt|zei|vertelt|vertelde|uitte) (?:\w+ ){0,4}(?:onzin|nonsens|gekke dingen|rare dingen|dingen die nergens op slaan)(?! is| was| vind)"
    r"|herkent (?:me|mij|ons|niemand|mijn) (?:\w+ )?niet"
    # "herkende mijn vader zijn eigen kleindochter ineens niet": not knowing a person
    r"|herken(?:t|de|den) (?:\w+ ){0,5}(?:me|mij|ons|niemand|\w*kind\w*|kinderen|\w*dochter|\w*zoon|vrouw|man|moeder|vader|broer|zus|familie|mensen|buur\w*|opa|oma|mama|papa) (?:\w+ ){0,2}niet"
    r"|dingen die nergens op (?:slaan|sloegen|sloeg)|(?:raak|raakt|raakte) (?:\w+ ){0,2}de draad (?:\w+ )?kwijt|(?:ik|hij|ze|zij) (?:\w+ )?raar doe\w*|(?:hij|ze|zij) doet (?:zo |heel |erg )?(?:raar|vreemd)|weet (?:\w+ )?niet (?:goed )?wat er gebeurt|weet (?:\w+ ){0,4}niet (?:meer )?(?:waar|wie|hoe laat|welke dag) (?:\w+ ){0,4}(?:hij|ze|ik|zij) (?:is|zit|ligt|ben|woont|was)\b"
    r"|denkt dat het (?:\w+ )?(?:\d{4}|nacht|ochtend) is|(?:weet|wist) (?:\w+ ){0,3}niet (?:meer )?welke dag"
    r"|(?:vroeg|vraagt) (?:\w+ ){0,3}(?:naar|waar) (?:haar|zijn) (?:man|vrouw|moeder|vader|ouders|broer|zus)\b(?: \w+){0,3} (?:die|terwijl) (?:\w+ ){0,4}(?:dood|overleden)"
    r"|weet (?:\w+ )?niet (?:meer )?wie (?:ik|hij|ze|zij) (?:is|ben)|vroeg (?:\w+ ){0,3}wie (?:ik|jij|je|hij|zij|ze) (?:was|is|ben|bent)"
    r"|(?:wil|wilde) (?:\w+ ){0,6}naar (?:zijn|haar) werk (?:\w+ ){0,6}(?:met pensioen|gepensioneerd)"
    r"|rare dingen|slaat nergens op|niet helder"
)
SPEECH = (
    r"(?:moeite met|problemen met) (?:praten|spreken|de spraak)|(?:kan|kon) (?:\w+ ){0,2}(?:niet|nauwelijks|moeilijk|slecht) (?:meer )?(?:goed |duidelijk )?(?:praten|spreken)"
    r"|praat (?:\w+ )?(?:onduidelijk|raar|vreemd|dubbel|wartaal|brabbel\w*|zo raar|krom)|dubbele tong|brabbel\w*"
    r"|spraak (?:is |was )?(?:\w+ )?(?:raar|anders|onduidelijk|weg|slecht|vreemd)|lispel\w*|lalt|lallen|lallend"
    r"|(?:kan|kon) (?:\w+ ){0,2}(?:woorden|woord) niet (?:meer )?(?:vinden|uitspreken)|woorden kwijt"
    r"|krijgt (?:geen|de) (?:woorden|woord) (?:eruit|niet)|komt niet uit (?:zijn|haar|mijn) woorden|onverstaanbaar"
    r"|niet (?:meer )?uit (?:zijn|haar|mijn|mn|zn|dr) woorden"
    r"|woorden (?:\w+ ){0,4}(?:raar|niet|nauwelijks|moeilijk|verkeerd|door elkaar)|praten (?:gaat|lukt) (?:\w+ )?(?:moeilijk|niet|slecht|raar|moeizaam)"
    r"|slist|slissen|slissend\w*|praat (?:\w+ ){0,2}(?:gek|raar|vreemd|onduidelijk|wartaal)|zegt rare dingen|rare woorden"
    r"|(?:vindt|vind|vond|vinden) (?:\w+ )?(?:haar|zijn|mijn|mn|de) woorden niet|kan niet op (?:\w+ )?woorden komen"
    r"|spreekt (?:\w+ )?(?:zo )?(?:raar|vreemd|onduidelijk|gek|anders)|(?:gelijk|alsof|of) (?:hij|ze|zij) (?:\w+ )?(?:gedronken|dronken)"
    r"|klinkt (?:\w+ ){0,2}(?:dronken|raar|vreemd|onduidelijk)|praat als (?:een )?dronken\w*|rare klanken|alleen klanken"
    r"|(?:niet|nauwelijks|moeilijk|slecht) (?:meer )?(?:goed |duidelijk )?(?:kon|kan|kunnen|kunt) (?:praten|spreken)"
    r"|woorden komen (?:\w+ ){0,2}(?:als pap|raar|vreemd|verkeerd|niet)|(?:komt|komen) eruit als pap|als pap (?:uit|eruit)"
    r"|woorden (?:\w+ ){0,4}als pap|als pap (?:\w+ ){0,3}(?:naar buiten|eruit|uit)"
    r"|(?:kan|kon) (?:\w+ ){0,2}niet (?:goed |meer )?(?:zeggen|uitleggen|vertellen|uitbrengen) wat (?:hij|ze|zij|ik) (?:wil|wilde|wou|bedoel\w*)"
    r"|(?:raar|vreemd|onduidelijk|dubbel|brabbelend) (?:praat|praten|praatte|spreek|spreekt|sprak)\b"
    r"|(?:komen|kwamen|komt|kwam) (?:er )?(?:hele |heel |totaal |compleet )?(?:andere|verkeerde|rare|vreemde) woorden (?:\w+ )?uit"
)
CROOKED = (
    r"scheef|scheve|(?:hangt|hing|hangen|hingen) (?:\w+ ){0,4}(?:scheef|naar beneden|af)\b|hangende mondhoek|mondhoek hangt"
    r"|gezicht hangt|hangt aan een kant|(?:mond|mondhoek|wang) (?:\w+ )?hangt\b|trekt (?:\w+ )?scheef|afhangend\w*|afhangt"
    r"|(?:voelt|staat|doet) (?:\w+ )?(?:raar|vreemd|anders|scheef)|(?:raar|vreemd|scheef|anders) (?:stond|staat|hing|hangt|stonden)\b"

)
# A face that droops, said without a face word: "kan niet meer lachen aan 1 kant".
FACE_DROOP = (
    r"(?:lachen|lacht|glimlach\w*|lach) (?:\w+ ){0,3}(?:aan|met) (?:1|een|de ene) kant|scheve (?:lach|glimlach)"
    r"|(?:lach|glimlach) (?:is|was|staat) (?:\w+ )?scheef"
    r"|niet (?:meer )?(?:lachen|glimlachen) (?:\w+ ){0,2}(?:aan|met) (?:1|een|de ene) kant"
    r"|(?:hangt|zakt|hing|zakte) (?:zijn|haar|mijn|mn|zn|dr|de) (?:linker|rechter)?mondhoek|mondhoek (?:\w+ )?(?:hangt|zakt|scheef)"
    r"|(?:maar |alleen |slechts )?(?:een|1|de ene) (?:mondhoek|kant van (?:zijn|haar|mijn|de) mond) (?:\w+ ){0,2}(?:omhoog|op|mee)"
    r"|(?:loopt|liep|druppelt|druppelde|lekt|lekte|komt|kwam) (?:\w+ ){0,3}(?:uit|langs) (?:zijn|haar|mijn|mn|zn|dr|de) mond(?:hoek)?"
    r"|(?:face|mouth|smile) (?:\w+ ){0,3}(?:hanging|hangs|drooping|droops|droopy|crooked)|(?:hanging|drooping) (?:on )?(?:one|1) side"
)
WHOLE_BODY_CRAMP = (
    r"(?:kramp|krampen|verkrampt|verkrampen|stijf) (?:\w+ ){0,2}(?:in|over) (?:mijn |mn |zijn |zn |haar |dr |het )?(?:hele |heel |ganse |gans )(?:mijn |mn |zijn |zn |haar |dr |het )?(?:lichaam|lijf)"
    r"|(?:hele|heel|ganse|gans) (?:lichaam|lijf) (?:\w+ ){0,2}(?:kramp|krampen|verkrampt|krampt|in kramp|verkrampen|stijf)"
    r"|overal kramp|kramp overal|alle spieren (?:\w+ ){0,2}(?:verkrampen|krampen|in kramp|verkrampt|stijf)"
    r"|verkrampt alles|alles verkrampt|alles (?:\w+ )?in kramp|helemaal verkrampt|verkrampt (?:\w+ ){0,4}armen en benen|armen en benen (?:\w+ ){0,3}(?:verkrampt|in kramp|krampen)"
    r"|(?:kaken|kaak|tanden) (?:\w+ ){0,3}niet (?:meer )?(?:van elkaar|uit elkaar|open)"
    r"|kaak (?:\w+ ){0,2}op slot|kaken op slot|kaakklem|(?:krijg|krijgt|kreeg) (?:\w+ ){0,3}(?:mond|kaak|kaken) (?:\w+ ){0,2}niet (?:meer )?(?:open|los)"
    r"|mond (?:gaat|wil|kan) (?:\w+ )?niet (?:meer )?open|stijve kaken|kaken (?:zijn|zitten) (?:\w+ )?(?:stijf|vast)"
    r"|(?:mond|kaak|kaken) (?:\w+ ){0,3}(?:niet|nauwelijks|bijna niet|amper|moeilijk) (?:meer )?(?:goed )?(?:open|los)"
    r"|(?:kaak|kaken) (?:zit|zitten|staat|staan) (?:\w+ )?(?:vast|op slot|klem)"
    r"|kramp in (?:mijn |zijn |haar )?(?:armen en benen|benen en armen)"
    r"|(?:verkrampt|verkrampen|krampt|kramp in|krampen in) (?:echt )?(?:mijn |mn |zijn |zn |haar |dr |het )?(?:hele|heel|ganse|gans|gehele) (?:lichaam|lijf)"
    r"|(?:kaak|kaken) (?:\w+ ){0,2}(?:zo |helemaal )?vast (?:dat|en)"
    r"|alles krampt|krampt alles|(?:handen|vingers) (?:\w+ ){0,2}(?:trekken|trekt|staan|gaan) (?:\w+ )?krom|kaak (?:\w+ ){0,2}(?:strak|stijf)"
    r"|(?:handen|vingers) (?:\w+ ){0,3}(?:als|gelijk) (?:\w+ )?klauw\w*|klauwhand\w*|(?:hele|heel) (?:lijf|lichaam) trekt (?:\w+ )?samen"
)
VOMIT = (
    r"braak\w*|brak|brakt|overgeven|overgegeven|(?:geeft|gaf|geef|geven) (?:\w+ ){0,2}over|spugen|spuugt|spuug"
    r"|gespuugd|spuwt|spuwen|kotsen|kotst|gekotst|misselijk en over|maag ?darm ?griep|buikgriep|maagdarmgriep"
)
DIARRHEA = r"diarree|dunne ontlasting|buikloop|waterdun\w*|aan de dunne|loopt eruit|de loop"
NO_FLUIDS = (
    r"(?:niks|niets|geen drinken|geen water|geen vocht|drinken|water|vocht|geen slokje|geen slok) (?:\w+ )?(?:meer )?(?:binnen ?(?:houden|houdt|houd|hou|gehouden)|binnen (?:te houden|blijft|blijven))"
    r"|(?:houdt|houd|hou|kan|kon|krijgt|krijg) (?:\w+ ){0,3}(?:niks|niets|geen \w+|drinken|water|vocht) (?:\w+ ){0,2}(?:meer )?binnen"
    # the bottle or the drink spat out again; crying without tears (a dry child)
    r"|(?:spuugt|spuwt|braakt|kotst) (?:\w+ ){0,3}(?:fles|flesje|flessen|slok\w*|drinken|water|thee|melk|voeding|borstvoeding) (?:er )?(?:\w+ )?(?:eruit|uit|terug)"
    r"|(?:huilt|huilen|huilde) (?:\w+ ){0,2}zonder tranen|geen tranen (?:\w+ ){0,2}(?:meer|bij)"
    r"|alles komt (?:er )?(?:\w+ ){0,2}uit|(?:drinken|water) komt (?:er )?(?:\w+ ){0,2}uit|ook (?:het )?water|zelfs (?:geen )?(?:\w+ )?water"
    r"|kan niet (?:meer )?drinken|drinkt (?:\w+ )?(?:niks|niets|niet|bijna niks|bijna niets|nauwelijks)"
    r"|plast (?:\w+ )?(?:niet|nauwelijks|bijna niet)(?: meer)?\b|droge luier\w*|geen natte luier\w*|spuugt alles|geeft alles over"
    r"|alles komt eruit|komt (?:er )?(?:\w+ ){0,3}(?:weer )?uit|(?:bijna |amper |nauwelijks )?(?:niks|niets) (?:\w+ )?(?:drinkt|binnen)|drinken lukt (?:\w+ )?niet|houdt (?:\w+ )?niks binnen"
    r"|(?:water|drinken|vocht|eten) (?:\w+ )?niet (?:meer )?binnen|blijft (?:er )?niet in|eruit komt|amper geplast|niet geplast|nauwelijks geplast|zonder dat het eruit"
    r"|(?:spuugt|spuwt|braakt|kotst|geeft) (?:\w+ ){0,2}(?:elk|elke|ieder|iedere|alle) (?:\w+ ){0,2}(?:slok|slokje|slokjes|fles|flesje|beker|glas|hap)\w*"
    r"|(?:spuugt|spuwt|braakt|kotst|geeft) (?:\w+ ){0,3}alles (?:\w+ )?(?:uit|over|eruit)"
)
_URINE = r"urine|plas|plasje|pies|pipi|pis|plassen|pee"
# A word between, but not a denial: "mijn plas is niet donker" is no dark urine.
_WORD_NOT_DENIAL = r"(?:(?!niet\b|nie\b|geen\b|nooit\b)\w+ )"
DARK_URINE = (
    rf"\w*(?:donker|bruin|cola|zwart|thee|roest)\w* (?:kleurige |gekleurde )?(?:{_URINE})"
    rf"|(?:mijn|mn|zijn|zn|haar|dr) water (?:is|was|wordt|werd|ziet) {_WORD_NOT_DENIAL}{{0,2}}(?:donkerbruin|bruin|roestbruin|zwart|als cola|als thee|donker)"
    rf"|(?:{_URINE}) {_WORD_NOT_DENIAL}{{0,6}}(?:roestbruin|bruin|donkerbruin|roestkleurig\w*|als thee|als cola)"
    rf"|(?:wat|dat) er (?:\w+ )?komt (?:is|was) (?:\w+ )?(?:roestbruin|bruin|donkerbruin|zwart|donker)"
    rf"|(?:{_URINE}) {_WORD_NOT_DENIAL}{{0,4}}(?:leek|lijkt|was|is|zag|ziet|kleurde) (?:wel |net |echt |bijna )?(?:als |op )?(?:cola|thee|roestbruin|bruin|donkerbruin)\b"
    rf"|colakleur\w*|cola kleur\w*|als cola|kleur van cola|(?:{_URINE}) (?:is |was |wordt |ziet |lijkt )?{_WORD_NOT_DENIAL}{{0,2}}(?:\w*donker\w*|\w*bruin\w*|zwart|als cola|cola\w*|thee)"
)
MUSCLE_PAIN = (
    r"spierpijn|spier pijn|pijn in (?:\w+ ){0,2}(?:spieren|spier|bovenbenen|dijen|kuiten)"
    r"|spieren (?:\w+ ){0,2}(?:pijn|zeer|beurs)|alles doet pijn|stijf en pijnlijk"
)
THIRST = (
    r"(?:veel|heel veel|erg veel|vaak|steeds|altijd|enorme?|veel meer|extreme?|voortdurend|constant|continu) dorst"
    r"|(?:heel|erg|steeds|altijd|zo) dorstig|dorst (?:heel|erg|enorm)|liters (?:water )?(?:drink|drinken)|drink (?:\w+ ){0,2}liters"
)
PEEING = (
    r"(?:veel|vaak|heel vaak|steeds|erg vaak|heel veel|constant|voortdurend) (?:moeten )?plassen"
    r"|plas (?:heel |erg |zo |ontzettend )?(?:veel|vaak)|moet (?:\w+ ){0,3}(?:vaak|veel|steeds|constant) (?:plassen|naar de wc|naar het toilet)"
    r"|(?:\d+|vier|drie|vijf) keer (?:\w+ ){0,2}plassen|constant naar de wc|steeds naar de wc"
)
WEIGHT_LOSS = (
    r"afgevallen|vermagerd|gewichtsverlies|(?:kilo|kilos|kg) (?:\w+ )?(?:afgevallen|kwijt|lichter)"
    r"|val (?:steeds |veel |snel |erg )?af(?! en toe)"
)
ON_PURPOSE_WEIGHT = r"dieet|lijnen|wil afvallen|probeer af te vallen|afvallen wil|bewust|sporten om af te vallen"
HEADACHE = (
    r"hoofdpijn|koppijn|hoofdpijnen|migraine|pijn in (?:mijn |mn |haar |zijn )?(?:hoofd|kop)|hoofd (?:bonkt|barst|klopt)|barstende hoofdpijn"
)
VISION = (
    # "de letters dansen / lopen door elkaar": blurred sight told by what is read
    r"letters (?:\w+ ){0,4}(?:dansen|dansten|bewegen|lopen door elkaar|door elkaar|wazig|dubbel|vaag)|"
    r"sterretjes|sterren zien|vlekken (?:voor|zien)|vlekjes (?:voor|zien)|zie (?:\w+ ){0,2}(?:vlekken|vlekjes|sterretjes|flitsen|lichtflitsen|sterren)"
    r"|ziet (?:\w+ ){0,2}(?:vlekken|vlekjes|sterretjes|flitsen|lichtflitsen)|lichtflits\w*|flitsen|wazig (?:zien|zicht)|wazig zie|zie wazig|ziet wazig"
    r"|slechter (?:zien|zicht)|zie (?:\w+ )?slechter|dubbel zien|zie dubbel|wazige ogen|zicht (?:is )?(?:\w+ )?(?:wazig|slechter|minder)"
    r"|vlekken voor (?:mijn|mn|haar|zijn) ogen|vlekjes voor (?:mijn|mn|haar|zijn) ogen|vaag zien"
    r"|zie (?:ik |ze |hij )?(?:\w+ )?(?:dubbel|wazig|slecht|vaag|minder)|ziet (?:\w+ )?(?:dubbel|wazig|vaag)"
    r"|(?:wazig|dubbel|vaag) (?:ziet|zie|zag|zien)"
    # "kan de krant niet meer lezen, alles is wazig"
    r"|alles (?:is |wordt |werd |was |lijkt )?(?:\w+ )?(?:wazig|vaag|troebel|dubbel)\b"
    r"|(?:kan|kon|kunnen) (?:\w+ ){0,4}(?:krant|boek|letters|ondertiteling|tekst|klok|bord) (?:\w+ ){0,2}niet (?:meer )?(?:lezen|zien)"
)
FACE_OR_HANDS = r"gezicht|handen|vingers|ogen|oogleden|lippen|tong|keel|ring|ringen|wangen"
SWOLLEN_FACE_HANDS = (
    rf"(?:{SWOLLEN}) (?:\w+ ){{0,3}}(?:gezicht|handen|vingers|ogen|oogleden|lippen|tong|keel)"
    rf"|(?:gezicht|handen|vingers|ogen|oogleden|lippen|tong|keel) (?:\w+ ){{0,6}}(?:{SWOLLEN})"
    r"|ringen? (?:\w+ ){0,2}(?:passen|past|gaan|gaat|kan|krijg) (?:\w+ ){0,2}(?:niet|niet meer)"
)
BELLY_CRAMP = (
    r"buikkramp\w*|buikpijn|buik ?kramp\w*|buik ?pijn|(?:kramp|krampen|krampjes|krampende|pijn|steken|steek) (?:\w+ ){0,3}(?:in|onder in|onderin|laag in) (?:mijn |mn |haar |de |dr )?(?:onder)?buik"
    r"|(?:harde|keiharde|steenharde|hard wordende) buik\w*|buik (?:\w+ )?hard|buik (?:(?!niet |nie |ni |geen )\w+ ){0,6}(?:keihard|steenhard)\b|buik (?:(?!niet |nie |ni |geen )\w+ ){0,3}hard\b|buik (?:wordt|word|werd|staat|is|voelt) (?:(?!niet |nie |ni |geen )\w+ ){0,8}(?:hard|keihard|steenhard|strak|gespannen)|(?:kramp|krampen|krampjes) onderin"
    r"|weeen|wee|weeen|weeenpijn|(?!naweeen)\w+weeen|weeachtig\w*|samentrekking\w*|samentrekkend\w*|krampende pijn|menstruatiepijn\w*"
    r"|onderbuik (?:\w+ ){0,3}(?:kramp|pijn|steekt|trekt)|voorweeen|indaling\w*"
    r"|buik (?:\w+ ){0,3}(?:hard|strak) (?:\w+ )?(?:worden|wordt|word|trekken|trekt)"
    r"|buik (?:\w+ ){0,2}(?:trekt|trok|wordt|word|gaat|voelt|spant) (?:\w+ ){0,2}(?:hard|strak|samen|aan)"
    r"|buik (?:\w+ ){0,2}(?:trekt|trok|trekken|wordt|word|gaat|spant) (?:(?!niet |nie |ni |geen )\w+ ){0,6}(?:hard|strak|samen)\b"
    r"|(?:wordt|werd|word|gaat) (?:mijn|mn|haar|dr|de) buik (?:(?!niet |nie |ni |geen )\w+ ){0,8}(?:hard|keihard|strak|gespannen)\b"
    r"|menstruatiekramp\w*|menstruatie ?achtig\w*|(?:als|zoals) (?:bij )?(?:een |de |mijn )?(?:menstruatie|ongesteldheid)|ongesteld gevoel"
)
BLOOD_LOSS = (
    r"bloedverlies|verlies (?:\w+ ){0,2}bloed|bloed (?:\w+ ){0,2}verlie\w*|bloed in (?:mijn |mn |haar |dr )?(?:onderbroek|slip|slipje|broek)"
    r"|verlie\w* (?:\w+ ){0,3}bloed|bloeding|bloedt (?:\w+ )?(?:van onder|vaginaal)|vaginaal bloed\w*|vloei\w*|ik bloed|ze bloedt|bloed (?:kwijt|verloren)|helderrood bloed"
    # the kraamtijd: "stolsels zo groot als een pruim", "weer helderrood", "meer bloed dan gisteren"
    r"|stolsel\w*|kraambloed (?:\w+ ){0,8}(?:helderrood|weer rood|meer)|(?:weer|ineens|opeens) (?:\w+ )?helderrood"
    r"|(?:komt|kwam|verlies|verloor) (?:\w+ ){0,3}(?:meer|veel meer|steeds meer) bloed|meer bloed dan"
)
FLUID_LOSS = (
    r"vruchtwater|vocht (?:\w+ )?(?:verloren|verlies|verliezen|kwijt)|(?:plas|golf|golfje|scheut|scheutje|stroompje) (?:\w+ )?vocht|vochtverlies"
    r"|vocht (?:\w+ ){0,2}(?:langs|over|uit) (?:mijn|haar|mn|dr|de) (?:benen|been|dijen)"
    r"|blijft druppelen|druppelt|vliezen (?:\w+ )?(?:gebroken|gebleken)|gebroken vliezen|broek (?:is |was )?(?:\w+ )?nat|nat in (?:mijn|mn) broek"
    r"|verlie\w* (?:\w+ ){0,4}(?:vocht|water)|vocht (?:\w+ )?(?:weg|wegloopt|loopt weg)|loopt (?:\w+ ){0,2}vocht (?:weg|uit)|ik (?:ben|was) nat|dat ik nat ben|helder (?:vocht|water)"
    r"|(?:onderbroek|broekje|slipje) (?:\w+ ){0,2}nat|nat (?:broekje|onderbroekje)|blijft lopen"
    r"|vocht (?:\w+ ){0,2}(?:weglopen|weg lopen|lopen|druppelen)|alsof ik (?:\w+ ){0,6}plas"
    r"|(?:plens|golf|scheut|stroom) (?:\w+ )?(?:water|vocht)|(?:water|vocht) (?:\w+ ){0,3}langs (?:mijn|haar|mn|dr|de) (?:benen|been|dijen)"
    r"|(?:water|fluid) (?:is )?(?:coming|comes|came|leaking|leaks) (?:\w+ )?(?:out)?|waters? (?:has |have )?broke\w*|leaking"
    r"|(?:steeds|telkens|de hele tijd) (?:een |wat )?(?:beetje |beetjes )?nat\b"
)
HIGH_BELLY = (
    r"boven ?in (?:\w+ )?(?:buik|maag)|bovenbuik|buik boven|bovenkant van (?:\w+ )?buik|hoog in (?:\w+ )?buik|bovenin (?:\w+ )?buik|onder (?:\w+ ){0,2}(?:\w*ribben|\w*ribbenkast|ribbekast|borstbeen|borst)"
    r"|bovenaan (?:in )?(?:\w+ )?(?:buik|maag)|rechtsboven|rechts boven|ribben|maagstreek|net onder (?:mijn|mn|haar) borst"
)
FEELING_ILL = (
    r"doodziek|heel ziek|erg ziek|(?:nog )?nooit zo (?:ziek|beroerd|slecht|ellendig|rot)|zo ziek|ziek (?:als een hond|gevoel)|beroerd|ellendig|voel (?:me|mij|ze|zich) (?:\w+ )?(?:slecht|ziek|beroerd|ellendig|niet goed)"
    r"|voelt (?:zich )?(?:\w+ )?(?:slecht|ziek|beroerd|ellendig)|niet lekker|grieperig|hondsberoerd|misselijk|overgeven|braak\w*"
    r"|hondsziek|hondeziek|kotsziek|strontziek|doodziek|sterfziek|ziek als een hond"
    r"|(?:voel|voelt|voelde) (?:\w+ )?(?:heel|erg|zo|echt) (?:ziek|slecht|beroerd)"
)
BRUISES = (
    r"blauwe plekken|blauwe plekjes|blauwe vlekken|bloeduitstort\w*|bloedt (?:\w+ )?(?:snel|makkelijk|uit)|bloedneus\w*"
    r"|tandvlees (?:\w+ )?bloed\w*|bloedend tandvlees|bloed (?:in|bij) (?:\w+ )?(?:plas|urine|ontlasting)|puntjes op|rode puntjes|bloeding\w*"
)
RINGING = (
    r"oorsuizen|suist|suizen|suizende|suizend|gesuis|(?:piepend|fluitend|zoemend|ruisend) geluid|hoge toon|zoem\w* (?:\w+ ){0,4}oren|oren (?:\w+ ){0,2}zoemen|piep in (?:\w+ )?oren|piept (?:\w+ ){0,3}oren|fluit\w* in (?:\w+ )?oren|ruis\w* (?:\w+ ){0,3}oren|ruist"
    r"|(?:fluiten|piepen|suizen|ruisen|tuten) (?:mijn|mn|zijn|zn|haar|dr|de) oren|oren (?:\w+ ){0,2}(?:piepen|suizen|fluiten|ruisen)|hoort (?:\w+ ){0,2}slecht"
    r"|slechter (?:horen|gehoor)|hoor (?:\w+ )?slechter|doof aan|gehoor"
)
RASH = r"uitslag|rode vlekken|rode vlekjes|vlekken op|bultjes|netelroos|huiduitslag|jeuk\w*|galbulten"
PALPITATIONS = (
    r"hartkloppingen|hartklopping|hart (?:\w+ ){0,2}(?:slaat|klopt|bonkt|gaat) (?:\w+ ){0,2}(?:over|op hol|raar|tekeer|te keer|snel|onregelmatig|wild)"
    r"|op hol|overslaan|hartritme\w*"
)
KININE = r"kinine\w*|kinin|kinien\w*|chinine\w*|hydrokinine\w*|kininesulfaat|kininetablet\w*|kinine tablet\w*"
STATIN = (
    r"statine\w*|cholesterolverlager\w*|cholesterol ?pil\w*|cholesterol ?tablet\w*|cholesterol ?medicijn\w*"
    r"|simvastatine|atorvastatine|rosuvastatine|pravastatine|fluvastatine|cholesterolpillen"
)
THYROID_SURGERY = (
    r"(?:schildklier|bijschildklier|hals|nek)(?:operatie|ingreep)|(?:schildklier|bijschildklier|hals) (?:\w+ ){0,3}(?:geopereerd|operatie|weggehaald|verwijderd|eruit gehaald|uitgehaald)"
    r"|(?:geopereerd|operatie) (?:\w+ ){0,3}(?:schildklier|bijschildklier|hals)"
)
VARIX = r"spatader\w*|spatadertjes|ader|aders|adertje"
BLEEDING = r"bloedt|bloeden|bloedde|bloed|bloeding"
HEAVY = r"veel|hevig\w*|erg|blijft|stopt niet|wil niet stoppen|houdt niet op|spuit|gutst|plas bloed"

# --------------------------------------------------------------------------- time course
SUDDEN = (
    r"plotseling|plots|plotsklaps|ineens|opeens|eensklaps|acuut|in een keer|in 1 keer"
    r"|zomaar|uit het niets|van het ene op het andere moment|out of the blue|pats boem|ineen"
    r"|out of nowhere|suddenly|all of a sudden"
)
# Started in the last hours or today: "ineens" in the sense of the safety rules (v3).
RECENT = (
    r"vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|deze (?:morgen|ochtend|middag|namiddag|voormiddag|avond|nacht)"
    r"|zojuist|zonet|daarnet|net|juist|nu|nu ineens|net nog|sinds (?:een|1|twee|2|drie|3|anderhalf|half|een half) ?(?:uur|uurtje|kwartier|uren)"
    r"|(?:een|1|twee|2|half|paar) ?(?:uur|uurtje|kwartier|minuten|minuutjes) geleden|sinds (?:een )?(?:uurtje|halfuurtje|half uurtje|kwartiertje)"
    r"|halfuurtje|uurtje|sedert (?:vanmorgen|vanochtend|vanmiddag|een uur)|sinds vanochtend|sinds vanmorgen"
    r"|sinds (?:een )?(?:paar|enkele|twee|drie) uur|(?:een|1) kwartier|sinds een kwartier|merk net|zie net|sinds net"
    r"|sinds \d+ ?(?:min|minuten)|(?:een )?half ?uur|halfuur|sinds (?:\d+|twee|drie) uur|sinds een uur of \w+"
    r"|sinds (?:het|de) (?:ontbijt|lunch|middageten|avondeten|avondmaal|eten|koffie|thee)\b"
    r"|al (?:een|1|twee|2|anderhalf|half|een half|een paar|drie|3) ?(?:uur|uurtje|kwartier|kwartiertje)\b(?! per| lang per)"
    r"|since this morning|this morning|since an hour|an hour ago|today"
    # waking up with it: it came in the night or this morning
    r"|(?:werd|ben|was) (?:\w+ )?wakker (?:en|met)|wakker geworden (?:en|met)|bij het wakker worden|toen ik wakker werd"
)
SLOW = (
    r"langzaam|geleidelijk|sluipend|beetje bij beetje|steeds (?:wat )?meer|traag|heel traag|stilaan"
    r"|al (?:een )?(?:tijdje|tijd|tijden|weken|maanden|jaren|jaar|lang|heel lang)"
    r"|sinds (?:een paar |enkele |\w+ )?(?:weken|maanden|jaren|jaar)|(?:weken|maanden|jaren) (?:lang|al)"
    r"|al (?:\w+ )?(?:dagen|weken|maanden)|de laatste (?:\w+ )?(?:dagen|week|weken|maanden|tijd)|(?:sinds|al) (?:ruim |bijna |zo'?n )?een week\b|(?:de )?afgelopen (?:dagen|week|weken)|sinds (?:een paar |enkele )?dagen"
    r"|sinds deze week|deze week|over (?:een paar |enkele )?dagen|dag na dag|elke dag (?:wat )?(?:meer|erger)"
    # "sinds een maand of 2", "al een week of drie": a rough count of weeks or months
    r"|(?:een )?(?:week|maand|jaar) of (?:\d+|twee|drie|vier|vijf|zes|acht|tien)"
)
DAYS_AGO = (
    r"(?:\d+|een paar|paar|enkele|twee|drie|vier|vijf|zes) (?:dagen|dag|weken|week|maanden|maand) geleden"
    r"|vorige (?:week|maand)|eergister\w*|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|het weekend|vorige week)"
    r"|al (?:\d+|een paar|paar|enkele|twee|drie) (?:dagen|weken)"
)
OLD_AND_UNCHANGED = (
    r"al (?:heel )?(?:jaren|jaar|lang|heel lang|mijn hele leven|tijden|decennia)|altijd al|jarenlang|sinds jaar en dag"
    r"|sinds jaren|van jongs af aan|al sinds mijn jeugd|sinds mijn jeugd|(?:al )?sinds mijn (?:\w+tigste|tienertijd|tienerjaren|pubertijd|puberteit|studietijd|schooltijd|jonge jaren)|sinds (?:mijn )?(?:kindertijd|jeugd)|bekend (?:met|bij)"
    r"|ik heb copd|copd|ik heb astma|niet anders dan anders|zoals altijd|net als altijd|hetzelfde als altijd"
    r"|niet erger dan normaal|niet erger|niks nieuws|niets nieuws|normaal voor mij|dat heb ik altijd|altijd zo"
    r"|precies (?:hetzelfde|zo)|nooit veranderd|niet veranderd|niets veranderd|niks veranderd|onveranderd"
    r"|zo gebleven|hetzelfde gebleven|(?:zijn|haar|mijn|de) normale situatie|kent het\b|kennen het\b|(?:huisarts|dokter|neuroloog|specialist|cardioloog) (?:\w+ ){0,4}(?:weet|weten|kent|kennen) (?:ervan|het)|al (?:\d+|twintig|tien|dertig|vijf) jaar"
    r"|sinds (?:\d{4}|\d+ jaar)|sinds (?:\w+ ){1,3}in (?:19|20)\d\d|"
    r"(?:\d+|twintig|tien|vijftien|dertig) jaar (?:geleden|lang)|ziet er (?:nog )?hetzelfde uit"
    r"|al die tijd (?:hetzelfde|zo)|sindsdien (?:hetzelfde|zo)|is (?:al )?(?:jaren )?hetzelfde|gewoon zichzelf|zoals (?:ze|hij) altijd is"
    # "alleen die witte tenen die ze altijd heeft", "zoals al zestig jaar"
    r"|die (?:ik|ze|zij|hij|je) (?:al )?altijd (?:heb|heeft|hebt|hebben)|(?:heb|heeft) (?:ik|ze|zij|hij) (?:al )?altijd\b"
    r"|(?:zoals|net als) (?:al )?(?:\w+ )?jaar\b"
)
COLD_TRIGGERED = (
    r"als het koud is|bij kou|in de kou|door de kou|van de kou|koud weer|elke winter"
    r"|als het vriest|bij vorst|als het koud wordt|tegelvloer|stenen vloer|op blote voeten|koude vloer"
    r"|in de winter|als ik het koud heb|buiten in de kou|bij koud weer|als ze koud worden|koud water"
    r"|(?:in|door) de sneeuw|sneeuw|vrieskou|het vroor|vriezen|ijskoude wind|schaatsen|op het ijs"
    # cold water on purpose: a New Year's dip, an ice bath, winter swimming
    r"|nieuwjaarsduik|ijsbad|ijswater|ijskoud water|winterzwem\w*|wild ?zwemmen|koude zee|zee in|ijsduik"
)
NEW_OR_WORSE = (
    rf"{SUDDEN}|nieuw|nieuwe|erger|slechter|heviger|anders dan anders|toegenomen|nu ook|nu ineens"
    r"|sinds (?:vandaag|gisteren|vanochtend|vanmorgen|vannacht|vanmiddag|vanavond|een uur)|meer dan (?:normaal|anders)"
    r"|voor het eerst|nog nooit|dit keer|deze keer|nu wel|maar nu|sinds kort|vandaag(?! (?:\w+ ){0,2}(?:niet anders|zoals|hetzelfde|net zo|niet erger))"
    # "al jaren een bloedverdunner, toch is nu sinds twee dagen mijn kuit dik"
    # "de eerste tablet genomen ... een half uur later": just started
    r"|(?:de |mijn |zijn |haar )?eerste (?:tablet|tabletje|pil|pilletje|dosis|keer|capsule)|(?:half uur|uur|kwartier|uurtje) later"
    r"|toch (?:is |zijn |heb |heeft )?nu|nu sinds|sinds (?:\d+|twee|drie|vier|een paar|enkele) dagen"
    r"|(?:was|leek) (?:hij|ze|zij|het) nog (?:gewoon|normaal|goed)|niet zichzelf"
    r"|sinds (?:de|het) (?:lunch|ontbijt|middageten|avondeten|middagdutje|dutje)\b"
    r"|sinds (?:gisteravond|gisternacht|gistermiddag)|(?:is|was) het anders|geen gewone kramp|niet zoals anders"
)

# --------------------------------------------------------------------------- context
CHILD = (
    r"kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|kleuter|peuter|baby|babytje|puber|tiener"
    r"|jongetje|meisje|kleinkind|kleinzoon|kleindochter|kids|ventje|manneke|menneke|meiske|meisken|kleine|kleintje|dreumes"
    r"|dochterke|zoonke|kindeke"
    r"|zuigeling|schoolkind|kereltje|knul|jochie|spruit|gastje"
)
PREGNANT = (
    r"zwanger|zwangere|zwangerschap|zwangerschapsweek|in verwachting|hoogzwanger|pregnant|pregnancy"
    r"|(?:\d{1,2}|twintig|dertig) ?(?:weken|wk|w) (?:zwanger|ver|onderweg)|(?:\d{1,2})e week|(?:\d{1,2}) ?(?:wk|w)\b"
    r"|(?:\d|zeven|acht|negen) maand(?:en)? (?:zwanger|ver)|buik met de baby|baby in (?:mijn|haar) buik|de baby schopt"
    # "bijna uitgerekend (38 wkn)": the due date, weeks as "wkn"
    r"|uitgerekend|uitgerekende datum|(?:bijna|al) uitgerekend|(?:[12]\d|3\d|4[0-2]) ?(?:wkn|weekjes)\b"
    r"|(?:ik ben|ben ik|ze is|zij is|is ze|ben|is) (?:nu |al |bijna )?\d{1,2} (?:weken|wk|w)(?! geleden| ziek| thuis| op| lang| aan| weg| later)"
)
POSTPARTUM = (
    r"bevallen|bevalling|kraamtijd|kraambed|kraamweek|kraamvrouw|keizersnee|keizersnede|na de geboorte|geboren"
    r"|net een baby(?:tje)? gekregen|pas een baby(?:tje)? gekregen|net moeder geworden|kraamzorg"
    r"|kraamverzorg\w*|kraamhulp|kraambloed|naweeen"
    r"|gave birth|given birth|(?:has|have|had) (?:a |the |her |our )?baby (?:\w+ ){0,2}(?:days|dagen|weken|weeks) (?:ago|geleden)"
)
THROMBOSIS_RISK = (
    r"operatie|geopereerd|ingreep|ziekenhuis|vliegreis|gevlogen|vlucht|lange reis|lange autorit|autoreis|busreis"
    r"|bedrust|in bed gelegen|(?:week|weken|dagen) in bed|bedlegerig|ziek in bed|gips|brace|bevalling|bevallen"
    r"|kraamtijd|de pil|anticonceptie|zwanger|keizersnee|keizersnede|reis|uren (?:in de |gereden|gezeten)"
)
# A sign that is not about now (NOT_CURRENT), unless a clause says it is now (NOW).
NOW = r"nu|op dit moment|net|zojuist|sinds (?:vanochtend|vanmiddag|vanavond|vannacht|gisteren|vandaag|een uur|een kwartier)"
#: a TV programme, a school talk, someone long ago.
# A message that only asks out of interest makes none of its signs current.
ONLY_ASKING = (
    r"uit interesse|(?:gewoon|alleen) (?:even )?(?:willen )?weten|wil het (?:gewoon |alleen )?weten|vraag (?:het )?(?:voor|uit) de zekerheid"
    r"|(?:ik )?heb (?:zelf )?(?:nu )?(?:niks|niets) (?:hoor|aan de hand)?$|heb zelf niks|(?:heb|had) (?:zelf |ik )?(?:nog )?nergens (?:last|pijn) van|nu is er niks|(?<!linker )(?<!rechter )(?<!andere )(?<!linkse )(?<!rechtse )(?<!links )(?<!rechts )(?<!been )(?<!kuit )(?<!voet )is gewoon normaal|puur uit|uit nieuwsgierigheid"
    r"|zag (?:het|dat|dit) (?:in|op) (?:een |de )?(?:film|filmpje|serie|tv|tiktok|youtube|instagram)|vraag voor (?:een )?(?:vriend|vriendin|school)"
)
NOT_CURRENT = (
    r"op (?:de )?tv|televisie|serie|soap|personage|acteur|actrice|film|programma|documentaire|docu|docus|reportage|grey\w* anatomy|chicago med|dr house|the good doctor|boek(?! (?:\w+ ){0,3}(?:lezen|te lezen)\b)|roman|thriller|detective|(?<!letters in de )krant(?! (?:lezen|lees|leest|las) (?:lukt|gaat))(?! (?:\w+ ){0,3}(?:lezen|te lezen|las|lees|leest)\b)|tijdschrift|aflevering|uitzending|hart van nederland|journaal|spreekbeurt|werkstuk|opdracht|presentatie"
    r"|(?:deed|doet|deden|doen) alsof|toneelstuk|musical|voorstelling|rollenspel|nagespeeld"
    r"|ehbo ?(?:les|cursus|lessen|diploma)|bhv ?(?:les|cursus)|reanimatie ?(?:les|cursus)"
    r"|van toen\b|destijds|voor school|voor biologie|studie|cursus|examen|tentamen|artikel|gelezen|op internet|website|podcast|nieuws"
    r"|overleden|gestorven|(?<!dan )vroeger(?! niet| nooit| kon| ging| deed)|jaren geleden|lang geleden|toen ik (?:\w+ )?(?:jong|klein|kind)|als kind|als (?:baby|peuter|kleuter|klein kind|dreumes|zuigeling)|in de jaren"
    # what one read or heard; what one saw only when it was on a screen ("ik zag net op
    # straat iemand in elkaar zakken" is a bystander now, not a story)
    r"|ik (?:lees|las|hoor|hoorde) (?:\w+ ){0,3}(?:over|dat|op)"
    r"|ik zag (?:\w+ ){0,3}(?:over|op (?:tv|televisie|internet|youtube|facebook|tiktok|instagram|het nieuws|een (?:site|website|forum)))|ik heb (?:\w+ ){0,2}(?:gelezen|gehoord) dat|hoorde dat|las dat"
    r"|uit interesse|gewoon uit nieuwsgierigheid|ben benieuwd|puur informatief|vraag het (?:gewoon |voor )?(?:uit|me af)"
    r"|is dat realistisch|(?:vroeg|vraag) (?:het )?me (?:\w+ )?af"
    # someone seen on another day ("zag gister bij Flikken iemand die een toeval kreeg")
    r"|zag (?:ik )?(?:gister|gisteren|gisteravond|eergisteren|vorige week|laatst|ooit|eens|een keer) (?:\w+ ){0,5}iemand"
    # how someone else's illness began, told afterwards: "het begon bij hem met een slap been"
    r"|(?:zei|zegt|zeggen|vertelde|vertelden) (?:\w+ ){0,2}dat het bij (?:hem|haar|hen) (?:\w+ )?begon"

)
# Watching or reading is the speaker's own activity while something happens ("ik zat tv
# te kijken toen mijn been ineens doof werd"), unless the sentence tells about someone in
# the story ("zat naar Thuis te kijken, daar zakt ene vent in elkaar").
MEDIA = (
    r"tv|televisie|serie|soap|film|filmpje|programma|documentaire|docu|docus|reportage|boek|roman|thriller|detective|krant"
    r"|tijdschrift|aflevering|uitzending|journaal|podcast|nieuws"
)
MEDIA_ACTIVITY = (
    rf"(?:zat|zaten|zit|zitten|lag|lagen|was|waren) (?:\w+ ){{0,8}}te (?:kijken|lezen|luisteren)"
    rf"|(?:keek|keken|kijk|kijkt|kijken|las|lazen|lees|leest|lezen) (?:\w+ ){{0,3}}(?:{MEDIA})"
)
EVENT_DURING = rf"{SUDDEN}|toen|en dan|en daarna"
STORY_PERSON = (
    r"waarin|daarin|personage|acteur|actrice|hoofdpersoon|iemand|ene (?:vent|man|vrouw|gast|kerel)"
    r"|een (?:man|vrouw|meisje|jongen|kind|patient|vent|oudere|moeder|vader)\b|die (?:man|vrouw|vent|gast)|zo iemand"
)
# Questions in general ("wat moet ik doen als ...") rather than a sign in progress.
# Said of now, which makes a question in general form ("wat als ...") a complaint.
HAPPENING_NOW = (
    r"(?:het|dit|dat) (?:is|gaat) (?:\w+ )?(?:over|om) (?:mezelf|mijzelf|mij|mijn \w+)\b(?:.*)\b(?:nu|net|vandaag|sinds)"
    r"|(?:het|dit|dat) (?:begon|begint|kwam|gebeurde|gebeurt|is begonnen) (?:\w+ )?(?:net|zojuist|zonet|daarnet|nu|vandaag|vanochtend|vanmiddag|vanavond|vannacht)"
    r"|(?:het|dit) (?:is|gebeurt) (?:nu|op dit moment|nu echt)|heb (?:ik|het) (?:nu|op dit moment)\b|ik heb dit nu"
)
GENERAL_QUESTION = (
    # Flemish "moest ik ..." is "if I ..." (it opens the clause); "en moest ik gaan zitten",
    # "vandaag moest ik stilstaan" is a past "had to"
    r"wat als|stel dat|stel je voor|stel nu dat|stel (?:mijn|mn|je|dat|nu|eens)|(?:^|(?<=\bmaar )|(?<=\bof )|(?<=\bwant )|(?<=\ben ))mocht (?:het|je|u|dit|dat|er|ik|hij|ze|zij|jij|uw|mijn|mn|de)\b|(?:^|(?<=\bmaar )|(?<=\bof )|(?<=\bwant ))moest (?:ik|het|mijn)|zou (?:\w+ )?(?:worden|gaan|krijgen|zijn|gebeuren)"
    r"|wat betekent het als|wat betekent (?:\w+ ){0,3}als|wanneer moet (?:ze|hij|zij|we) |moet (?:ik|je|men|we|ze|hij) (?:bij|met) een"
    r"|is (?:\w+ ){1,5}gevaarlijk|zijn (?:\w+ ){1,5}gevaarlijk|welke (?:\w+ ){0,3}(?:gevaarlijk|ernstig)|(?:zoals|bijvoorbeeld) (?:\w+ )?(?:benauwd|een dik|een rood)"
    r"|(?<!voelt )(?<!voelde )(?<!voel )(?<!lijkt )(?<!leek )(?<!net )(?<!precies )(?<!zoals )(?<!het )(?<!groot )(?<!dik )(?<!breed )(?<!rood )(?<!hard )als (?:(?!en\b)\w+ ){0,5}(?:dan )?(?:\w+ )?(?:wordt|word|zou worden|gaat worden)\b(?! (?:ik|hij|ze|zij) (?:\w+ ){0,6}wakker)"
    r"|wat (?:moet|moeten|kan|kunnen|doe|doen|dient|dien) (?:\w+ ){0,2}(?:doen |dan )?(?:als|wanneer|bij|indien)"
    r"|wat te doen (?:als|bij)|hoe weet (?:ik|je|men) (?:\w+ )?of|hoe herken\w*|waaraan herken\w*|aan welke \w+ (?:\w+ )?herken\w*|wanneer moet (?:ik|je|men)"
    r"|wanneer bel (?:ik|je|men)|wanneer (?:is|zijn) (?:het|dat) (?:een )?(?:noodgeval|spoed|gevaarlijk|ernstig)"
    r"|(?:moet|moeten) (?:ik|je|we|men) (?:\w+ ){0,2}(?:112|bellen|naar) (?:\w+ ){0,3}(?:als|wanneer|bij)"
    r"|wat zijn (?:de )?(?:tekenen|signalen|symptomen|verschijnselen|alarmsignalen)|welke (?:tekenen|signalen|symptomen|verschijnselen|klachten)"
    r"|(?:letten|opletten|uitkijken) (?:op|voor) (?:een|of|tekenen|signalen)"
    # "kan dat ook zo'n stuip worden?": asks what it could become
    r"|kan (?:dat|het|dit|die|deze) (?:\w+ ){0,4}worden\b"
    r"|waar (?:moet|moeten|dient|dien) (?:ik|je|we|ze|hij|zij|men) (?:\w+ )?op (?:te )?letten|waarop (?:moet|moeten) (?:\w+ ) letten|hoe ziet (?:een|het) \w+ eruit"
    r"|wanneer is (?:\w+ ){0,3}(?:gevaarlijk|ernstig)|is (?:\w+ ){0,3}(?:een teken|een signaal) van|kan (?:\w+ ){0,3}een teken (?:zijn|van)"
    r"|kan (?:ik|je) (?:ooit|later)|als (?:ik|je|mijn|mn|hij|zij|ze|haar|zijn) (?:\w+ ){0,4}ooit|(?:ooit|later) (?:eens )?(?:krijg|krijgt|wordt|word)"
    r"|voor het geval dat|uit voorzorg|op voorhand|van tevoren|vooraf"
    r"|what if|(?:^|(?<=, )|(?<=\bquestion ))if (?:my|your|the|his|her|i|you|it|someone)\b|in case"
)
# Things that make a leg red or warm without being a sign.
NOT_A_SIGN = (
    r"warme? (?:douche|kruik|bad|doek|handdoek|sokken|deken|kruiken|kompres|water)|dikke kramp\w*|(?:harde|keiharde|hevige) kramp\w*|dikke sokken"
    r"|(?:na|van|door|bij|in) (?:het |een |de )?(?:warme? |hete? |lekker warme? )?(?:douche|douchen|bad|voetenbad|sauna|sporten|sport|hardlopen|fietsen|zon|zonnebank"
    r"|wandelen|training|trainen|zwemmen|massage|masseren|wrijven|insmeren|zalf|kruik|verwarming|hitte|warmte)"
    r"|(?:allebei|beide|beiden|alle twee) (?:\w+ )?even dik|even dik|niet dikker|te dik|ben dik|ben (?:een )?(?:beetje |wat )?te zwaar|overgewicht|dik van (?:de )?(?:kou|het)"
    r"|(?:warme?|hete?) (?:voetenbad|bad)|weer (?:\w+ )?(?:roze|normaal van kleur)|als het warm is|warm weer|bij warm weer|het (?:is|was) warm|warme dag\w*|in de zomer|tropisch\w*"
    r"|(?:schoenen|schoen|sokken|sok|kousen|kous|broek|verband|steunkous\w*) (?:\w+ ){0,2}(?:te )?(?:strak|krap|knellen|knelt|knelde|knelden)|te strak"
)
# A sprain ("door mijn enkel gegaan", "verzwikt"): its swelling is not a sign if it heals.
SPRAIN = (
    r"verzwik\w*|zwik\w*|verstuik\w*|door (?:mijn|mn|zijn|zn|haar|dr|de|m) enkel (?:gegaan|gezakt)"
    r"|enkel (?:\w+ )?(?:omgeslagen|omgezwikt|verdraaid)|omgeslagen|omgezwikt|enkelblessure|enkelband\w*"
)
# Blue or red that is not a sign: veins, a bruise from bumping, a plaster or tattoo.
# Sunburn: red and warm from the sun (its cause may be said in the clause before).
SUNBURN = (
    r"verbrand|verbrande|zonverbrand\w*|zonnebrand\w*|verbrand door de zon"
    r"|in de zon (?:\w+ )?(?:gelegen|geslapen|gezeten|in slaap)"
)
HARMLESS_COLOUR = (
    r"(?:blauwe|paarse|dikke|rode|kronkelende) (?:aders|adertjes|ader|vaatjes|spataderen|spatadertjes)"
    r"|spatader\w*|adertjes|blauwe (?:plek|plekken|plekje|plekjes)|blauw plekje|tattoo|tatoeage|plakker|pleister"
    r"|(?:gestoten|stootte|stoten|gevallen|viel|(?<!flauw )vallen|valpartij|van de trap|bots\w*|tegenaan gelopen|tegen aan gelopen|klap|bezeerd|gestruikeld|\w*tafel|\w*deur|\w*kast)"
    r"|tegen (?:de |een |het )?\w+ (?:aan )?(?:gelopen|gestoten|gebotst|geknald|gevallen)|gele plek|groene plek"
    r"|bal|schop|getrapt|trap gekregen|zwik|zwikte|zwikken|zwikt|verzwikte|zwik\w*|verzwikt|verstuik\w*|omgeslagen|omgeklapt|kneuzing|gekneusd"
    r"|wordt (?:al )?(?:geel|groen)|geel en groen|groen en geel|hockey|voetbal\w*|stoot|stootje|tackle"
    r"|jeuk\w*|muggen\w*|mug|insect\w*|wesp\w*|beet|steek van"
    # paint, nail polish, a sock's elastic: colour from outside
    r"|nagellak|lak|verf|stift|inkt|afgegeven|afgeven|geeft af|kleurstof|spijkerbroek|jeans|drukplek\w*|viltstift|elastiek|sokrand|afdruk|van (?:de |mijn |mn |een )?(?:sok|sokken|kous|kousen)"
    rf"|{SUNBURN}"
    # "mijn benen zijn nog spierwit van de winter": skin that has not seen the sun
    r"|(?:spierwit|winterwit|wit|bleek) (?:\w+ ){0,2}van de winter|winterwit\w*"
)

CONCEPTS: Dict[str, str] = {
    name: pattern for name, pattern in globals().items()
    if name.isupper() and isinstance(pattern, str) and not name.startswith("_")
}
