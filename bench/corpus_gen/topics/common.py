"""Sections every topic shares: quote frames, caveats, expert and witness paragraphs, critics,
background and outlook lines, and general-purpose quotes. They lean on the standard slots
(``ev``, ``grp``, ``city``, ``p3``…), so one template serves a flood, a trial or a merger. Being
shared by every topic, these pools are the widest and carry the most choice groups, so that two
unrelated stories rarely render the same sentence the same way.
"""

from __future__ import annotations

from .base import frames, pool

# ------------------------------------------------------------------------------ quote frames
_FRAMES = [
    ('"{Q}," said {P}, {P:role}.', "„{Q}“, sagte {P}, {P:role}."),
    ('"{Q}," {P:last} [#v said|told reporters|said in an interview|told a news conference|said in a statement].',
     "„{Q}“, [#v sagte|sagte|sagte|sagte|erklärte] {P:last}[#v | vor Journalisten| in einem Interview| auf einer Pressekonferenz| in einer Mitteilung]."),
    ('{P}, {P:role}, [said|put it bluntly|was more cautious|sounded tired]: "{Q}."',
     "{P}, {P:role}, [sagte|formulierte es deutlich|äußerte sich vorsichtiger|klang müde]: „{Q}.“"),
    ('"{Q}," said {P:last}.', "„{Q}“, sagte {P:last}."),
    ('Asked about {ev}, {P:last} [said|replied|answered]: "{Q}."',
     "Auf {ev:acc} angesprochen, [sagte|antwortete|erwiderte] {P:last}: „{Q}.“"),
    ('"{Q}," {P:last} wrote in a post on social media [late on {day}|on {day} evening|hours later].',
     "„{Q}“, schrieb {P:last} [am späten {day}|am {day}abend|wenige Stunden später] in einem Beitrag in den sozialen Medien."),
    ('In [a statement|an interview|a radio interview|a video message] on {day}, {P} said: "{Q}."',
     "In [einer Erklärung|einem Interview|einem Radiointerview|einer Videobotschaft] am {day} sagte {P}: „{Q}.“"),
    ('"{Q}," {P:he} said[| on {day}| afterwards| quietly].', "„{Q}“, sagte {P:he}[| am {day}| anschließend| leise]."),
    ('{P:last} made no secret of {P:his} [frustration|anger|impatience]. "{Q}," {P:he} said.',
     "{P:last} machte aus {P:seinem} [Frust|Ärger|Unmut] keinen Hehl. „{Q}“, sagte {P:he}."),
    ('"{Q}," {P:last} [#t told|said to] [#u this agency|a local radio station|a small group of reporters].',
     "„{Q}“, [#t sagte|erklärte] {P:last} [#u dieser Agentur|einem örtlichen Radiosender|einer kleinen Gruppe von Reportern]."),
    ('Speaking [#o outside the building|in front of a crowd of supporters], {P} [said|added]: "{Q}."',
     "[#o Vor dem Gebäude|Vor einer Menge von Unterstützern] [sagte|ergänzte] {P}: „{Q}.“"),
    ('"{Q}." That was how {P}, {P:role}, [#f summed up|described] the [mood|situation] on {day}.',
     "„{Q}.“ So [#f fasste|beschrieb] {P}, {P:role}, am {day} die [Stimmung|Lage][#f  zusammen|]."),
]
QUOTE_FRAMES = frames("frame", _FRAMES, [(f"q{i}", f"p{j}") for i in range(1, 7) for j in range(1, 6)])

# ---------------------------------------------------------------------------------- caveats
CAVEATS = pool("caveat", [
    ("Reporters were unable to check the figures [independently|on their own][, and officials cautioned that they may change| on {day}].",
     "Reporter konnten die Zahlen [unabhängig|selbst] nicht überprüfen[, und Behördenvertreter warnten, sie könnten sich noch ändern| am {day}]."),
    ("{p2:last} acknowledged that the estimate of {n2} was [rough|provisional] and [said it could rise|said it might fall] as more information came in.",
     "{p2:last} räumte ein, dass die Schätzung von {n2} [grob|vorläufig] sei, und sagte, sie könne [steigen|sinken], sobald mehr Informationen vorlägen."),
    ("It was not [immediately|yet] clear whether {org2} would [respond|comment] before {day2}.",
     "Es war [zunächst|noch] unklar, ob {org2} sich vor {day2} [dazu äußern|äußern] würde."),
    ("Neither claim could be confirmed by [#a reporters|this agency] [#b on {day}|by late {day}].",
     "Keine der beiden Angaben ließ sich [#b am {day}|bis zum späten {day}] [#a von Reportern|von dieser Agentur] bestätigen."),
    ("Some details of the account given by {org1} remain [disputed|contested], and {p5:last} said {p5:he} had seen [no|little] evidence to support it.",
     "Einige Einzelheiten der Darstellung von {org1:dat} sind weiter [umstritten|strittig], und {p5:last} sagte, {p5:he} habe [keine|kaum] Belege dafür gesehen."),
    ("Officials stressed that the [count|tally] was provisional and [that it did not include|that it left out] {grp} in [outlying areas|smaller towns].",
     "Behördenvertreter betonten, die [Zählung|Bilanz] sei vorläufig und [berücksichtige keine|erfasse keine] {grp} in [abgelegenen Gebieten|kleineren Orten]."),
    ("How the number of {n3} was [arrived at|calculated] was not [explained|made public], and {org1} [declined|refused] to release the underlying data.",
     "Wie die Zahl von {n3} [zustande kam|berechnet wurde], wurde nicht [erklärt|öffentlich gemacht], und {org1} [lehnte es ab|weigerte sich], die zugrunde liegenden Daten herauszugeben."),
    ("[Early|First] reports [on {day}|that morning] had put the number [higher|lower], and [several|some] [details|points] were still being [checked|clarified] late in the day.",
     "[Erste|Frühe] Berichte [am {day}|an jenem Morgen] hatten die Zahl [höher|niedriger] angesetzt, und [mehrere|einige] [Einzelheiten|Punkte] wurden am späten Tag noch [geprüft|geklärt]."),
    ("The [estimates|numbers] come from {org1} and have not been [confirmed|reviewed] by an [independent|outside] body.",
     "Die [Schätzungen|Zahlen] stammen von {org1:dat} und wurden von keiner [unabhängigen|externen] Stelle [bestätigt|geprüft]."),
])

# ------------------------------------------------------------------------ expert / analysts
EXPERT = pool("expert", [
    ("{p3}, {p3:role}, [estimated|calculated] that {ev} could affect {n3} {grp} [over the coming weeks|by the end of the month|before {date}].",
     "{p3}, {p3:role}, [schätzte|errechnete], dass {ev} [in den kommenden Wochen|bis Ende des Monats|bis zum {date}] {n3} {grp} treffen könnte."),
    ("According to {p3}, {p3:role}, the [last comparable case|closest precedent|nearest parallel] dates back to {yr2}.",
     "Nach Angaben von {p3}, {p3:role_dat}, liegt der [letzte vergleichbare Fall|nächste Präzedenzfall|nächste Vergleichsfall] im Jahr {yr2}."),
    ("{p3:last} said the [numbers|figures] pointed to a [deeper|longer-running|wider] problem in {reg} that [had been building|had been growing] since {yr1}.",
     "{p3:last} sagte, die [Zahlen|Daten] deuteten auf ein [tieferes|länger andauerndes|größeres] Problem in {reg} hin, das sich seit {yr1} [aufgebaut|verschärft] habe."),
    ("[Independent|Outside] analysts, including {p3}, said {org1} had [underestimated|played down] the risk for years.",
     "[Unabhängige|Externe] Fachleute, darunter {p3}, sagten, {org1} habe das Risiko jahrelang [unterschätzt|heruntergespielt]."),
    ("{p3:last}, who has studied [similar cases|the sector|the region] for more than {k1} years, [warned|cautioned] against drawing conclusions too early.",
     "{p3:last}, {p3:rel} sich seit mehr als {k1} Jahren mit [ähnlichen Fällen|der Branche|der Region] befasst, [warnte|mahnte] davor, zu früh Schlüsse zu ziehen."),
    ("In {p3:last}'s view, the [decisive|key] question is [#w what happens|how {org1} behaves] in the [next few days|coming fortnight].",
     "Aus Sicht von {p3:last} ist die [entscheidende|zentrale] Frage, [#w was|wie sich {org1}] in den [nächsten Tagen|kommenden zwei Wochen] [#w passiert|verhält]."),
    ("{p3}, {p3:role}, [compared|likened] the situation to {yr2}, when [a similar|a comparable] [crisis|episode] took [months|most of a year] to [resolve|settle].",
     "{p3}, {p3:role}, [verglich|verglich] die Lage mit {yr2}, als [eine ähnliche|eine vergleichbare] [Krise|Episode] [Monate|fast ein Jahr] brauchte, um [gelöst|beigelegt] zu werden."),
    ("[Researchers|Specialists] who [track|follow] such cases, among them {p3}, said the [official|public] response had been [faster|slower] than [usual|in the past].",
     "[Forscher|Fachleute], die solche Fälle [verfolgen|beobachten], darunter {p3}, sagten, die [offizielle|öffentliche] Reaktion sei [schneller|langsamer] gewesen als [üblich|früher]."),
])

# ---------------------------------------------------------------------- witnesses / residents
HUMAN = pool("human", [
    ("{p4}, {p4:role}, said {p4:he} had learned of {ev} from [a neighbor|a colleague|the radio|a text message] on {day} morning.",
     "{p4}, {p4:role}, sagte, {p4:he} habe am {day}morgen [von einem Nachbarn|von einer Kollegin|aus dem Radio|aus einer Textnachricht] von {ev:dat} erfahren."),
    ("For {grp} in {city}, the [practical|everyday] effects were [immediate|felt at once].",
     "Für die {grp} in {city} waren die [praktischen|alltäglichen] Folgen [sofort spürbar|unmittelbar zu spüren]."),
    ("{p4:last} [stood|waited] outside with [dozens|a small crowd] of others [until well after dark|for most of the afternoon].",
     "{p4:last} [stand|wartete] mit [Dutzenden|einer kleinen Menge] anderer [bis lange nach Einbruch der Dunkelheit|fast den ganzen Nachmittag] draußen."),
    ("Several {grp} who [spoke to|talked to] reporters in {city} [asked not to be named|gave only their first names], saying they feared [repercussions|trouble].",
     "Mehrere {grp}, die in {city} mit Reportern [sprachen|redeten], [baten darum, nicht namentlich genannt zu werden|nannten nur ihre Vornamen], weil sie [Nachteile|Ärger] fürchteten."),
    ("[Among them was|One of them was] {p4}, who said {p4:he} had lived in {city} for {k1} years.",
     "[Unter ihnen war|Einer von ihnen war] {p4}, {p4:rel} nach eigenen Worten seit {k1} Jahren in {city} lebt."),
    ("On the main street of {city}, [#c conversation|talk] in [#s cafes|shops] turned to little else on {day}.",
     "Auf der Hauptstraße von {city} gab es am {day} in [#s Cafés|Geschäften] kaum ein anderes [#c Gesprächsthema|Thema]."),
    ("{p4:last} said {p4:he} had taken the [day|afternoon] off to [follow|keep up with] the news and [#h help|check on] [neighbors|family].",
     "{p4:last} sagte, {p4:he} habe sich den [Tag|Nachmittag] freigenommen, um die Nachrichten zu [verfolgen|beobachten] und [nach den Nachbarn|nach der Familie] zu [#h sehen|schauen]."),
    ("[A handful of|A few dozen] {grp} [#g gathered|assembled] [#o outside|in front of] the offices of {org1} [in the evening|after dark], some holding [handwritten signs|candles].",
     "[Eine Handvoll|Einige Dutzend] {grp} [#g versammelten sich|kamen] [#o vor den Büros|vor dem Sitz] von {org1:dat} [am Abend|nach Einbruch der Dunkelheit][#g | zusammen], einige mit [handgeschriebenen Schildern|Kerzen]."),
])

# --------------------------------------------------------------------------- critics / reaction
CRITIC = pool("critic", [
    ("{p5}, {p5:role}, accused {org1} of [moving too slowly|ignoring warnings|acting too late].",
     "{p5}, {p5:role}, warf {org1:dat} vor, [zu langsam gehandelt|Warnungen ignoriert|zu spät reagiert] zu haben."),
    ("{p5:last} called for an [independent|external] review and said {p5:he} would [raise the matter|bring the issue up] again on {day2}.",
     "{p5:last} forderte eine [unabhängige|externe] Überprüfung und kündigte an, das [Thema|Problem] am {day2} erneut zur Sprache zu bringen."),
    ("Not everyone agreed. {p5}, {p5:role}, said the response had been [chaotic|slow|poorly explained].",
     "Nicht alle sahen das so. {p5}, {p5:role}, sagte, die Reaktion sei [chaotisch|schleppend|schlecht erklärt] gewesen."),
    ("{org1} [rejected|dismissed] the criticism and said it had followed [every required step|the agreed procedure].",
     "{org1} wies die Kritik [zurück|als unbegründet zurück] und erklärte, man habe [alle vorgeschriebenen Schritte|das vereinbarte Verfahren] eingehalten."),
    ("{p5:last} [demanded|asked for] to see the [internal|written] [records|minutes] and said {org1} had [questions to answer|a lot to explain].",
     "{p5:last} [verlangte|bat um] Einsicht in die [internen|schriftlichen] [Unterlagen|Protokolle] und sagte, {org1} müsse [Fragen beantworten|vieles erklären]."),
    ("[Critics|Opponents], led by {p5}, {p5:role}, [argued|said] that {org1} had [#k known about|been warned of] the [problem|risk] since {yr1}.",
     "[Kritiker|Gegner] um {p5}, {p5:role}, [argumentierten|sagten], {org1} [#k habe seit {yr1} von dem|sei seit {yr1} vor dem] [Problem|Risiko] [#k gewusst|gewarnt worden]."),
    ("In a [letter|written statement] released on {day}, {p5} [#d urged|pressed] {org1} to [publish|release] everything it knew.",
     "In [einem Brief|einer schriftlichen Erklärung] vom {day} [#d forderte|drängte] {p5} {org1}[#d | dazu], alles zu [veröffentlichen|offenzulegen], was es wisse."),
])

# ------------------------------------------------------------------------------- background
BACKGROUND = pool("bg", [
    ("{city}, [a town of|home to] {n4} people in {reg}, [#h last made headlines|was last in the news] in {yr1}.",
     "{city}, [eine Stadt mit|Heimat von] {n4} Menschen in {reg}, [#h machte|sorgte] zuletzt im Jahr {yr1} [#h Schlagzeilen|für Schlagzeilen]."),
    ("[The episode|The case] has [revived|renewed] a debate in {reg} that [began|started] in {yr2}.",
     "[Der Vorfall|Der Fall] hat in {reg} eine Debatte [neu belebt|wieder entfacht], die im Jahr {yr2} [begann|ihren Anfang nahm]."),
    ("{org1} [was founded|was set up] in {yr2} and [employs|has] {n5} people, according to its [website|annual report].",
     "{org1} wurde im Jahr {yr2} [gegründet|ins Leben gerufen] und [beschäftigt|hat] nach Angaben [seiner Website|seines Jahresberichts] {n5} Mitarbeiter."),
    ("[Once|For decades] known mainly for its [textile mills|river docks|markets], {city} has [grown|changed] quickly since {yr2}.",
     "[Einst|Jahrzehntelang] vor allem für seine [Textilfabriken|Flusshäfen|Märkte] bekannt, hat sich {city} seit {yr2} [rasch entwickelt|schnell verändert]."),
    ("[Similar|Comparable] [disputes|episodes] in {reg} in {yr1} and {yr2} [#e ended|were settled] only after [months of talks|outside pressure].",
     "[Ähnliche|Vergleichbare] [Konflikte|Vorfälle] in {reg} in den Jahren {yr1} und {yr2} [#e endeten|wurden] erst nach [monatelangen Gesprächen|Druck von außen][#e | beigelegt]."),
])

# ---------------------------------------------------------------------------------- outlook
OUTLOOK = pool("outlook", [
    ("[#a A further update|More information] is expected on {day2}.",
     "[#a Eine weitere Mitteilung wird|Weitere Informationen werden] am {day2} erwartet."),
    ("{org1} said it would [#a publish|release] a [#b fuller account|detailed report] by {date}.",
     "{org1} kündigte an, bis zum {date} einen [#b ausführlicheren Bericht|detaillierten Bericht] zu [#a veröffentlichen|veröffentlichen]."),
    ("What happens next [depends largely on|will turn on] {org2}. [A response|An answer] is expected by {date}.",
     "Wie es weitergeht, [hängt vor allem von|hängt weitgehend von] {org2:dat} ab. [Eine Stellungnahme|Eine Antwort] wird bis zum {date} erwartet."),
    ("[Both sides|All parties] are due to [meet|sit down] again before {date}.",
     "[Beide Seiten|Alle Beteiligten] wollen sich vor dem {date} erneut [treffen|zusammensetzen]."),
    ("A [public meeting|town hall] on {ev} is [planned|set] for {day2} evening in {city}.",
     "Für den {day2}abend ist in {city} eine [öffentliche Versammlung|Bürgerversammlung] zu {ev:dat} [geplant|angesetzt]."),
])

# ------------------------------------------------------------------------------ quotes (any)
QUOTES = pool("cq", [
    ("We will not [walk away from|abandon] the people of {city}",
     "Wir werden die Menschen in {city} nicht [im Stich lassen|aufgeben]"),
    ("Nobody here [wanted|asked for] this, and [nobody|no one] is pretending otherwise",
     "Niemand hier hat das [gewollt|verlangt], und [niemand|keiner] tut so, als wäre es anders"),
    ("I have [never seen anything like it|not seen anything like this] in {k1} years",
     "Ich habe in {k1} Jahren [noch nie so etwas gesehen|nichts Vergleichbares erlebt]"),
    ("The questions [are simple|are not complicated]. The answers [have been slow|have taken far too long]",
     "Die Fragen [sind einfach|sind nicht kompliziert]. Die Antworten [kommen nur langsam|lassen viel zu lange auf sich warten]"),
    ("If they had listened in {yr1}, we would not be standing here today",
     "Hätten sie im Jahr {yr1} zugehört, stünden wir heute nicht hier"),
    ("It is [too early|far too early] to say who [is to blame|bears responsibility]",
     "Es ist [zu früh|viel zu früh], um zu sagen, wer [schuld ist|die Verantwortung trägt]"),
    ("We will know [more|a lot more] by {day2}, and we will [say so|tell people] as soon as we do",
     "Bis {day2} werden wir [mehr|deutlich mehr] wissen, und wir werden es [sagen|den Menschen mitteilen], sobald es so weit ist"),
    ("People in {reg} [deserve|are owed] a straight answer, not [another statement|more promises]",
     "Die Menschen in {reg} [verdienen|haben Anspruch auf] eine klare Antwort, nicht [noch eine Erklärung|weitere Versprechen]"),
    ("[Nobody|No one] should have to [#f find out|learn about] something like this from the [#n news|internet]",
     "[Niemand|Keiner] sollte so etwas aus [#n den Nachrichten|dem Internet] [#f erfahren|mitbekommen] müssen"),
    ("We are taking this [very seriously|with the utmost seriousness], and we will [learn from it|draw the lessons]",
     "Wir nehmen das [sehr ernst|äußerst ernst], und wir werden [daraus lernen|die Lehren daraus ziehen]"),
    ("There is a lot of [anger|worry] in {city} right now, and I [understand|share] it",
     "In {city} gibt es gerade viel [Wut|Sorge], und ich [verstehe|teile] sie"),
])
