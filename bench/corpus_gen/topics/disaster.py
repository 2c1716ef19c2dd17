"""Floods, wildfires, storms, earthquakes and landslides."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

# (en, gender, de nom, de gen, marker)
_KINDS = [
    ("flood", "n", "Hochwasser", "des Hochwassers", "if_water"),
    ("wildfire", "m", "Waldbrand", "des Waldbrands", "if_fire"),
    ("storm", "m", "Sturm", "des Sturms", "if_wind"),
    ("earthquake", "n", "Erdbeben", "des Erdbebens", "if_quake"),
    ("landslide", "m", "Erdrutsch", "des Erdrutschs", "if_slide"),
]
_RIVERS = ["Kessel", "Marrow", "Tallis", "Ordin", "Velna", "Brake", "Sallow", "Dunmere"]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    kind = _KINDS[int(rng.random() * len(_KINDS))]
    s["ev"] = S.institution(kind[0], kind[1], kind[2])
    s["ev"]["de:gen"] = kind[3]
    s[kind[4]] = {"en": "", "de": ""}
    s["x_river"] = S.name(names._pick(rng, _RIVERS) + names._pick(rng, ["", "", " Water"]))
    s["grp"] = {"en": "residents", "de": "Anwohner", "de:dat": "Anwohnern"}
    s["org1"] = S.institution(f"{reg} emergency management agency", "f", f"Katastrophenschutzbehörde von {reg}")
    s["org1"]["de:gen"] = f"der Katastrophenschutzbehörde von {reg}"
    relief = names.proper_root(rng)
    s["org2"] = S.institution(f"{relief} Relief Network", "n", f"Hilfswerk {relief}")
    s["org2"]["de:gen"] = f"des Hilfswerks {relief}"
    s["p1"] = cast.person(rng, ("the director of the agency", "the director of the agency",
                                "der Leiter der Behörde", "die Leiterin der Behörde"))
    s["p2"] = cast.person(rng, ("a spokesman for the fire service", "a spokeswoman for the fire service",
                                "ein Sprecher der Feuerwehr", "eine Sprecherin der Feuerwehr"))
    expert = {"if_water": ("a hydrologist", "ein Hydrologe~", "eine Hydrologin"),
              "if_slide": ("a geologist", "ein Geologe~", "eine Geologin"),
              "if_fire": ("a fire ecologist", "ein Feuerökologe~", "eine Feuerökologin"),
              "if_wind": ("a meteorologist", "ein Meteorologe~", "eine Meteorologin"),
              "if_quake": ("a seismologist", "ein Seismologe~", "eine Seismologin")}[kind[4]]
    s["p3"] = cast.person(rng, (expert[0] + " at {o}", expert[0] + " at {o}", expert[1] + " an der {o}",
                                expert[2] + " an der {o}"), S.university(names.town(rng)))
    s["p4"] = cast.person(rng, ("a shop owner in {o}", "a shop owner in {o}", "ein Ladenbesitzer in {o}",
                                "eine Ladenbesitzerin in {o}"), city)
    s["p5"] = cast.person(rng, ("a local councilor", "a local councilor", "ein Gemeinderat", "eine Gemeinderätin"))
    s["x_coord"] = cast.person(rng, ("who coordinates relief for {o}", "who coordinates relief for {o}",
                                     "der die Hilfe von {o} koordiniert", "die die Hilfe von {o} koordiniert"),
                               s["org2"]["en"].removeprefix("the "))
    s["n1"] = S.count(rng, 3, 60, hedge="at_least")
    s["x_missing"] = S.count(rng, 4, 90, hedge="")
    s["x_rescued"] = S.count(rng, 40, 900, hedge="more_than")
    s["x_evac"] = S.count(rng, 800, 40000, round_to=100, hedge="about")
    s["x_shelters"] = S.small(rng, 3, 12)
    s["x_sheltered"] = S.count(rng, 300, 4000, round_to=10, hedge="about")
    s["x_homes"] = S.count(rng, 200, 9000, round_to=10, hedge="nearly")
    s["x_aid"] = S.money(rng, s["cur"], 1e6, 9e7, hedge="nearly")
    s["x_level"] = S.count(rng, 6, 14, hedge="about")
    s["x_area"] = S.count(rng, 500, 40000, round_to=100, hedge="more_than")
    s["x_wind"] = S.count(rng, 90, 190, hedge="up_to" if False else "as_many_as")
    s["x_mag"] = S.text(*[(f"{m}", f"{m}".replace(".", ",")) for m in ("5.8", "6.1", "6.4", "6.9", "7.2")][int(rng.random() * 5)])
    s["x_power"] = S.count(rng, 5000, 200000, round_to=100, hedge="more_than")
    return s


HEADLINE = pool("disaster.h", [
    ("At least {n1:bare} dead as {ev:bare} hits {reg}", "Mindestens {n1:bare} Tote bei {ev:dat} in {reg}"),
    ("{city} [counts the cost|begins to clean up] after {ev:bare}", "{city} [zieht Bilanz|beginnt mit den Aufräumarbeiten] nach {ev:dat}"),
    ("{ev:bare} [forces|prompts] evacuation of {x_evac:bare} in {reg}", "{ev} [zwingt|veranlasst] {x_evac:bare} Menschen in {reg} zur Flucht"),
    ("Rescuers search for {x_missing:bare} missing after {ev:bare} in {city}",
     "Retter suchen nach {ev:dat} in {city} nach {x_missing:bare} Vermissten"),
    ("{if_water}{x_river} bursts its banks in {city}", "{if_water}{x_river} tritt in {city} über die Ufer"),
    ("{if_quake}Magnitude {x_mag} quake shakes {reg}", "{if_quake}Erdbeben der Stärke {x_mag} erschüttert {reg}"),
])

LEDE = pool("disaster.l", [
    ("{ev} has killed {n1} people in {reg} and left {x_missing} missing, {org1} said on {day}, as rescuers [worked through the night|searched into the evening].",
     "{ev} hat in {reg} {n1} Menschen getötet; {x_missing} werden vermisst, wie {org1} am {day} mitteilte, während Retter [die ganze Nacht arbeiteten|bis in den Abend suchten]."),
    ("{if_water}The {x_river} rose to {x_level} feet in {city} on {day}, [#f flooding|swamping] hundreds of homes and cutting off [hillside villages|outlying communities] across {reg}.",
     "{if_water}Der Fluss {x_river} stieg am {day} in {city} auf {x_level} Fuß und [#f überflutete|setzte] Hunderte Häuser[#f | unter Wasser]; [Dörfer an den Hängen|abgelegene Gemeinden] in ganz {reg} wurden abgeschnitten."),
    ("{if_fire}A wildfire driven by [strong|gusty] winds burned {x_area} acres near {city} by {day}, forcing {x_evac} people to leave their homes.",
     "{if_fire}Ein von [starkem|böigem] Wind angefachter Waldbrand hat bis {day} bei {city} {x_area} Acres verbrannt und {x_evac} Menschen gezwungen, ihre Häuser zu verlassen."),
    ("{if_quake}An earthquake of magnitude {x_mag} struck near {city} on {day}, [toppling|damaging] buildings and killing {n1} people, officials said.",
     "{if_quake}Ein Erdbeben der Stärke {x_mag} hat am {day} die Gegend um {city} erschüttert, Gebäude [zum Einsturz gebracht|beschädigt] und {n1} Menschen getötet, wie Behördenvertreter mitteilten."),
    ("{if_wind}A storm with winds of {x_wind} miles per hour [tore through|swept across] {reg} on {day}, cutting power to {x_power} homes.",
     "{if_wind}Ein Sturm mit Windgeschwindigkeiten von {x_wind} Meilen pro Stunde ist am {day} über {reg} [hinweggefegt|gezogen] und hat {x_power} Haushalte von der Stromversorgung abgeschnitten."),
])

FACTS = pool("disaster.f", [
    ("Crews have [rescued|pulled] {x_rescued} people from homes and cars since {day}, {p1:last} said.",
     "Einsatzkräfte haben seit {day} {x_rescued} Menschen aus Häusern und Autos [gerettet|geholt], sagte {p1:last}."),
    ("{x_sheltered} people spent the night in {x_shelters} emergency shelters, most of them in schools and [churches|sports halls].",
     "{x_sheltered} Menschen verbrachten die Nacht in {x_shelters} Notunterkünften, die meisten davon in Schulen und [Kirchen|Sporthallen]."),
    ("The death toll is likely to rise as crews reach [areas|places] that remain cut off, officials said.",
     "Die Zahl der Toten dürfte steigen, wenn Einsatzkräfte [Gebiete|Orte] erreichen, die noch abgeschnitten sind, sagten Behördenvertreter."),
    ("{x_homes} homes were damaged or destroyed, according to a [preliminary|first] count by {org1}.",
     "Nach einer [vorläufigen|ersten] Zählung {org1:gen} wurden {x_homes} Häuser beschädigt oder zerstört."),
    ("Power was out to {x_power} households on {day} evening, and [several|three] main roads were closed.",
     "Am {day}abend waren {x_power} Haushalte ohne Strom, und [mehrere|drei] Hauptstraßen waren gesperrt."),
    ("Regional authorities [set aside|freed up] {x_aid} on {day} for [#p shelters, fuel and clean water|shelter costs, fuel and drinking water].",
     "Die Regionalbehörden stellten am {day} {x_aid} [bereit|zur Verfügung] – für [#p Unterkünfte, Treibstoff und sauberes Wasser|Unterbringungskosten, Treibstoff und Trinkwasser]."),
    ("{if_water}In {city}, the {x_river} crested at {x_level} feet, [well above|far above] flood stage, before it began to recede.",
     "{if_water}In {city} erreichte der {x_river} einen Höchststand von {x_level} Fuß, [deutlich|weit] über der Hochwassermarke, bevor das Wasser zurückging."),
    ("[Helicopters|Boats] [#l lifted|carried] [families|stranded residents] from [rooftops|upper floors] in {city} [#t through the night|until dawn].",
     "[Hubschrauber|Boote] [#l holten|brachten] [Familien|eingeschlossene Anwohner] [#t die ganze Nacht über|bis zum Morgengrauen] von [Dächern|oberen Stockwerken] in {city}[#l | in Sicherheit]."),
    ("[Debris|Mud] [covered|blocked] [streets|roads] in the [old town|center] of {city}, and [bridges|footbridges] were [#c closed|shut] for [#i inspection|safety checks].",
     "[Trümmer|Schlamm] [bedeckten|blockierten] [Straßen|Wege] in der [Altstadt|Innenstadt] von {city}, und [Brücken|Fußgängerbrücken] wurden für [#i Inspektionen|Sicherheitsprüfungen] [#c gesperrt|geschlossen]."),
])

DETAILS = pool("disaster.d", [
    ("{x_coord}, {x_coord:role}, said [quad bikes|tractors] were being used to get [food|supplies] up to houses on the high ground [around|outside] {city}.",
     "{x_coord}, {x_coord:role}, sagte, mit [Quads|Traktoren] würden [Lebensmittel|Hilfsgüter] zu Häusern auf den Anhöhen [rund um|außerhalb von] {city} gebracht."),
    ("Police [#s sealed off|closed] the main road into {city}, letting through only [ambulances|rescue crews] and [trucks carrying aid|aid convoys].",
     "Die Polizei [#s riegelte|sperrte] die Hauptstraße nach {city}[#s  ab|] und ließ nur [Krankenwagen|Rettungsteams] und [Hilfslieferungen|Hilfskonvois] passieren."),
    ("Phone service was returning slowly, and many {grp} had not been able to reach [#r relatives|family] for [#d two days|more than a day].",
     "Der Telefondienst kam nur langsam zurück, und viele {grp} hatten [#d zwei Tage lang|mehr als einen Tag lang] [#r Angehörige|ihre Familien] nicht erreichen können."),
    ("Schools in {city} will stay closed [until at least|through] {day2}.", "Die Schulen in {city} bleiben [mindestens bis|bis einschließlich] {day2} geschlossen."),
    ("Volunteers with {org2} [turned|converted] a [school gym|warehouse] in {city} into a depot for donations and [#a asked for|appealed for] [bottled water|blankets and diapers].",
     "Freiwillige {org2:gen} haben in {city} [eine Schulturnhalle|ein Lagerhaus] in ein Spendenlager [umgewandelt|umfunktioniert] und [#a baten um|riefen zu Spenden von] [Wasser in Flaschen|Decken und Windeln][#a | auf]."),
])

CONDITIONS = pool("disaster.c", [
    ("Households could [#c claim|receive] up to {m2:bare} each in [repair grants|emergency grants] if the region is [formally declared|officially listed] a disaster area.",
     "Haushalte könnten jeweils bis zu {m2:bare} an [Reparaturzuschüssen|Soforthilfen] [#c beantragen|erhalten], wenn die Region [förmlich|offiziell] zum Katastrophengebiet erklärt wird."),
    ("{p1:last} said evacuation orders would stay in place unless [#w water levels|conditions] fell [markedly|sharply] by {day2}.",
     "{p1:last} sagte, die Evakuierungsanordnungen blieben bestehen, sofern [#w die Pegel|die Lage] bis {day2} nicht [deutlich|stark] [#w sänken|sich besserte]."),
    ("Forecasters warned that [more rain|another storm] could reach {reg} by {day2} if a [weather front|low-pressure system] stalled over the region.",
     "Meteorologen warnten, dass [weiterer Regen|ein weiterer Sturm] {reg} bis {day2} erreichen könnte, falls [eine Wetterfront|ein Tiefdruckgebiet] über der Region verharre."),
    ("Rescuers will [switch|move] from searching to recovery if no [survivors|one] is found by {day2}, {p1:last} said.",
     "Die Retter würden von der Suche zur Bergung [übergehen|wechseln], wenn bis {day2} [keine Überlebenden|niemand] gefunden werde, sagte {p1:last}."),
    ("Unless [temperatures|conditions] [improve|change], {p2:last} said, crews may have to [pull back|withdraw] overnight.",
     "Sofern sich [die Temperaturen|die Bedingungen] nicht [bessern|ändern], müssten die Einsatzkräfte über Nacht womöglich [abgezogen werden|sich zurückziehen], sagte {p2:last}."),
])

NEGATIONS = pool("disaster.n", [
    ("{p1:last} would not [say|estimate] how many people were unaccounted for, [because|since] reports were still [arriving|coming in] from cut-off areas.",
     "{p1:last} wollte nicht [sagen|schätzen], wie viele Menschen noch vermisst werden, [weil|da] noch Meldungen aus abgeschnittenen Gebieten [eingingen|einträfen]."),
    ("{if_water}Engineers have not yet [#c checked|surveyed] [#d the dam upstream|the levee along the river], although officials said they had no reason to think it [had given way|was damaged].",
     "{if_water}Ingenieure haben [#d den Damm flussaufwärts|den Deich am Fluss] noch nicht [#c überprüft|begutachtet], Behördenvertreter sagten jedoch, es gebe keinen Grund anzunehmen, dass er [nachgegeben habe|beschädigt sei]."),
    ("It was not [clear|known] how many of the damaged homes were insured.",
     "Es war nicht [klar|bekannt], wie viele der beschädigten Häuser versichert waren."),
    ("It was not [yet|immediately] possible to [reach|contact] [several|some] villages in the [hills|valley], {p2:last} said.",
     "[Mehrere|Einige] Dörfer in [den Hügeln|dem Tal] seien [noch|vorerst] nicht zu [erreichen|kontaktieren], sagte {p2:last}."),
    ("Insurers have not yet [given|offered] an estimate of the [damage|losses].",
     "Versicherer haben noch keine Schätzung der [Schäden|Verluste] [vorgelegt|abgegeben]."),
])

BACKGROUND = pool("disaster.b", [
    ("The last disaster of this scale in {reg}, in {yr2}, killed [dozens|more than 40] people.",
     "Die letzte Katastrophe dieses Ausmaßes in {reg} im Jahr {yr2} forderte [Dutzende|mehr als 40] Menschenleben."),
    ("{reg} has [expanded|upgraded] its warning system since {yr1}, but sirens [failed|did not sound] in some villages, residents said.",
     "{reg} hat sein Warnsystem seit {yr1} [ausgebaut|modernisiert], doch in einigen Dörfern [versagten die Sirenen|heulten die Sirenen nicht], sagten Anwohner."),
])

OUTLOOK = pool("disaster.o", [
    ("Crews expect to [restore|reconnect] most power by {day2}.", "Die Einsatzkräfte rechnen damit, den Strom bis {day2} weitgehend [wiederherzustellen|wieder anzuschließen]."),
    ("{org1} will [hold|give] its next briefing on {day2} morning.", "{org1} will am {day2}morgen [erneut informieren|die nächste Lagebesprechung abhalten]."),
])

QUOTES = {
    "p1": pool("disaster.q1", [
        ("Every team we have is out there. Anyone still waiting on a roof will [be reached|get help] before dark",
         "Jedes Team, das wir haben, ist im Einsatz. Wer noch auf einem Dach wartet, wird vor Einbruch der Dunkelheit [erreicht|Hilfe bekommen]"),
        ("The bill for all this can wait until everyone is [safe|accounted for]", "Die Rechnung für all das kann warten, bis alle [in Sicherheit|gefunden] sind"),
    ]),
    "p2": pool("disaster.q2", [
        ("We are reaching people we could not reach yesterday", "Wir erreichen Menschen, die wir gestern nicht erreichen konnten"),
    ]),
    "p3": pool("disaster.q3", [
        ("{if_water}The ground is saturated. Even a [modest|small] amount of rain now [runs straight off|has nowhere to go]",
         "{if_water}Der Boden ist gesättigt. Selbst [mäßiger|wenig] Regen [fließt jetzt direkt ab|kann nirgendwo mehr versickern]"),
    ]),
    "p4": pool("disaster.q4", [
        ("The water came up so fast we only had time to grab the [kids|dog]",
         "Das Wasser stieg so schnell, dass wir nur noch [die Kinder|den Hund] schnappen konnten"),
        ("The whole street went dark, and then you could hear the water [in the walls|under the floor]",
         "Die ganze Straße wurde dunkel, und dann hörte man das Wasser [in den Wänden|unter dem Boden]"),
    ]),
    "p5": pool("disaster.q5", [
        ("The warnings came too late for the people on the river road", "Die Warnungen kamen für die Menschen an der Flussstraße zu spät"),
    ]),
}

TOPIC = Topic("disaster", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
