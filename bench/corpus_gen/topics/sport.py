"""Club sport: cup finals, coaching changes, stadium plans, doping cases."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

_SPORTS = [("football", "Fußball", "goals", "Tore"), ("hockey", "Eishockey", "goals", "Tore"),
           ("rugby", "Rugby", "tries", "Versuche"), ("basketball", "Basketball", "points", "Punkte")]
_MATTERS = [("final", "n", "Finale", "des Finales", "if_match"), ("sacking", "f", "Entlassung", "der Entlassung", "if_coach"),
            ("stadium plan", "m", "Stadionplan", "des Stadionplans", "if_stadium"),
            ("doping case", "m", "Dopingfall", "des Dopingfalls", "if_doping")]
_NICK = ["Rovers", "United", "Wanderers", "Athletic", "Harriers", "Falcons", "Miners", "Mariners", "Rangers", "City"]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    sport = _SPORTS[int(rng.random() * len(_SPORTS))]
    matter = _MATTERS[int(rng.random() * len(_MATTERS))]
    s["ev"] = S.institution(matter[0], matter[1], matter[2])
    s["ev"]["de:gen"] = matter[3]
    s[matter[4]] = {"en": "", "de": ""}
    home = f"{city} {names._pick(rng, _NICK)}"
    away = f"{names.town(rng)} {names._pick(rng, _NICK)}"
    s["org1"], s["org2"] = S.name(home), S.name(away)
    s["x_sport"] = S.text(sport[0], sport[1])
    s["x_scores"] = S.text(sport[2], sport[3])
    s["x_league"] = S.name(f"{reg} {names._pick(rng, ['Premier League', 'Championship', 'Super League', 'First Division'])}")
    s["x_cup"] = S.name(f"{reg} Cup")
    s["x_stadium"] = S.name(f"{names.proper_root(rng)} Park")
    s["grp"] = {"en": "fans", "de": "Fans", "de:dat": "Fans"}
    s["p1"] = cast.person(rng, ("the coach of {o}", "the coach of {o}", "der Trainer von {o}", "die Trainerin von {o}"), home)
    s["p2"] = cast.person(rng, ("a spokesman for {o}", "a spokeswoman for {o}", "ein Sprecher von {o}", "eine Sprecherin von {o}"), home)
    s["p3"] = cast.person(rng, ("a former international who now works as a pundit", "a former international who now works as a pundit",
                                "ein früherer~ Nationalspieler, der heute als Experte arbeitet",
                                "eine frühere~ Nationalspielerin, die heute als Expertin arbeitet"))
    s["p4"] = cast.person(rng, ("a season-ticket holder", "a season-ticket holder", "ein Dauerkarteninhaber",
                                "eine Dauerkarteninhaberin"))
    s["p5"] = cast.person(rng, ("the chair of the {o} supporters' trust", "the chair of the {o} supporters' trust",
                                "der Vorsitzende~ des Fanverbands von {o}", "die Vorsitzende~ des Fanverbands von {o}"), home)
    s["x_star"] = cast.person(rng, ("the captain", "the captain", "der Kapitän", "die Kapitänin"))
    s["yr_next"] = S.year(cast.when.year + 1 + int(rng.random() * 3))
    s["yr_last"] = S.year(cast.when.year)
    a, b = 1 + int(rng.random() * 4), int(rng.random() * 3)
    if sport[0] == "basketball":
        a, b = 70 + int(rng.random() * 40), 60 + int(rng.random() * 30)
    if sport[0] == "rugby":
        a, b = 12 + int(rng.random() * 25), 3 + int(rng.random() * 20)
    a, b = max(a, b + 1), min(a, b)
    s["x_score"] = S.text(f"{a}-{b}", f"{a}:{b}")
    s["x_crowd"] = S.count(rng, 8000, 60000, round_to=100, hedge="more_than")
    s["x_capacity"] = S.count(rng, 20000, 65000, round_to=1000, hedge="")
    s["x_cost"] = S.money(rng, s["cur"], 8e7, 9e8, hedge="about")
    s["x_fee"] = S.money(rng, s["cur"], 5e5, 3e7)
    s["x_games"] = S.small(rng, 3, 12)
    s["x_ban"] = S.small(rng, 2, 4)
    s["x_years_c"] = S.small(rng, 2, 9)
    return s


HEADLINE = pool("sport.h", [
    ("{if_match}{org1} beat {org2} {x_score} to win the {x_cup}", "{if_match}{org1} schlägt {org2} {x_score} und gewinnt den {x_cup}"),
    ("{if_coach}{org1} sack {p1:last} after [run of defeats|poor start]", "{if_coach}{org1} entlässt {p1:last} nach [Niederlagenserie|schwachem Start]"),
    ("{if_stadium}{org1} unveil {x_cost:bare} plan for new stadium", "{if_stadium}{org1} stellt {x_cost:bare}-Plan für neues Stadion vor"),
    ("{if_doping}{x_star:last} banned for {x_ban} years after failed test", "{if_doping}{x_star:last} nach positivem Test für {x_ban} Jahre gesperrt"),
    ("What the {ev:bare} means for {org1} and its {grp}", "Was {ev} für {org1} und die {grp} bedeutet"),
])

LEDE = pool("sport.l", [
    ("{if_match}{org1} [beat|defeated] {org2} {x_score} in the {x_cup} final on {day}, [ending|ending a wait of] more than {k1} decades without a trophy in front of {x_crowd} fans.",
     "{if_match}{org1} hat {org2} am {day} im Finale des {x_cup} mit {x_score} [geschlagen|besiegt] und vor {x_crowd} Zuschauern eine mehr als {k1} Jahrzehnte [dauernde|währende] Titelflaute beendet."),
    ("{if_coach}{org1} dismissed {p1}, {p1:role}, on {day} after a run of {x_games} league games without a win left the club [near|close to] the bottom of the {x_league}.",
     "{if_coach}{org1} hat am {day} {p1}, {p1:role}, entlassen, nachdem der Verein nach {x_games} Ligaspielen ohne Sieg [nahe|kurz vor] dem Tabellenende der {x_league} steht."),
    ("{if_stadium}{org1} [unveiled|presented] plans on {day} for a {x_capacity}-seat stadium on the edge of {city} that would cost {x_cost}.",
     "{if_stadium}{org1} hat am {day} Pläne für ein Stadion mit {x_capacity} Plätzen am Rand von {city} [vorgestellt|präsentiert], das {x_cost} kosten würde."),
    ("{if_doping}{x_star}, {x_star:role} of {org1}, was banned for {x_ban} years on {day} after testing positive for a [banned stimulant|prohibited substance].",
     "{if_doping}{x_star}, {x_star:role} von {org1}, wurde am {day} für {x_ban} Jahre gesperrt, nachdem {x_star:he} positiv auf [ein verbotenes Stimulans|eine verbotene Substanz] getestet worden war."),
])

FACTS = pool("sport.f", [
    ("{if_match}{x_star} [scored twice|scored the winner] [after the break|in the second half], and {org2} [never recovered|could not respond].",
     "{if_match}{x_star} traf [zweimal|zum Sieg] [nach der Pause|in der zweiten Hälfte], und {org2} [erholte sich nicht mehr|fand keine Antwort]."),
    ("{if_match}The match was [delayed|held up] for {k1} minutes after [flares|smoke bombs] were thrown onto the pitch.",
     "{if_match}Das Spiel wurde für {k1} Minuten [unterbrochen|aufgehalten], nachdem [Leuchtfackeln|Rauchbomben] auf das Spielfeld geworfen worden waren."),
    ("{if_coach}{p1:last} had been in charge for {x_years_c} years and [led|guided] the club to promotion in {yr1}.",
     "{if_coach}{p1:last} war {x_years_c} Jahre im Amt und hatte den Verein im Jahr {yr1} zum Aufstieg [geführt|gebracht]."),
    ("{if_coach}The club said it would pay {p1:last} [the rest of|what remains of] {p1:his} contract, reported to be worth {x_fee}.",
     "{if_coach}Der Verein teilte mit, er werde {p1:last} den [Rest|verbleibenden Teil] des Vertrags auszahlen, der Berichten zufolge {x_fee} wert ist."),
    ("{if_stadium}The club said the stadium would be [privately financed|paid for by private investors] and ready by {yr_next}.",
     "{if_stadium}Der Verein erklärte, das Stadion werde [privat finanziert|von privaten Investoren bezahlt] und bis {yr_next} fertig sein."),
    ("{if_doping}The sample was taken after a league match in {yr_last} and confirmed by a second test.",
     "{if_doping}Die Probe wurde nach einem Ligaspiel im Jahr {yr_last} genommen und durch einen zweiten Test bestätigt."),
    ("{org1} are currently [fourth|ninth] in the {x_league}, [two|five] points behind the promotion places.",
     "{org1} liegt derzeit auf Platz [vier|neun] der {x_league}, [zwei|fünf] Punkte hinter den Aufstiegsplätzen."),
])

DETAILS = pool("sport.d", [
    ("{if_match}[Thousands of|Several thousand] fans [gathered|celebrated] in the center of {city} [late into the night|until the early hours].",
     "{if_match}[Tausende|Mehrere Tausend] Fans [versammelten sich|feierten] [bis tief in die Nacht|bis in die frühen Morgenstunden] im Zentrum von {city}."),
    ("Ticket prices have risen by {pc1} since {yr1}, according to figures from the supporters' trust.",
     "Die Ticketpreise sind seit {yr1} um {pc1} gestiegen, wie aus Zahlen des Fanverbands hervorgeht."),
    ("{if_coach}{org1} [said|announced] that [an interim coach|a caretaker] would take charge of training on {day2}.",
     "{if_coach}{org1} [teilte mit|kündigte an], dass [ein Interimstrainer|eine Übergangslösung] am {day2} das Training übernehmen werde."),
    ("The {x_stadium}, the club's home since {yr2}, holds fewer than {x_capacity:bare} people.",
     "{x_stadium}, seit {yr2} die Heimat des Vereins, fasst weniger als {x_capacity:bare} Menschen."),
])

CONDITIONS = pool("sport.c", [
    ("{if_doping}{x_star:last} can appeal to the sport's court of arbitration, and the ban would be [reduced|cut] if {x_star:he} proved the substance came from a [contaminated supplement|prescribed medicine].",
     "{if_doping}{x_star:last} kann vor das Sportschiedsgericht ziehen; die Sperre würde [verkürzt|reduziert], wenn {x_star:he} nachweise, dass die Substanz aus einem [verunreinigten Nahrungsergänzungsmittel|verschriebenen Medikament] stamme."),
    ("{if_stadium}Construction could begin in {yr_next} if the council grants planning permission, the club said.",
     "{if_stadium}Der Bau könnte im Jahr {yr_next} beginnen, wenn der Stadtrat die Baugenehmigung erteilt, erklärte der Verein."),
    ("Unless results improve, the club faces relegation for the first time since {yr2}.",
     "Sollten sich die Ergebnisse nicht bessern, droht dem Verein der erste Abstieg seit {yr2}."),
    ("{org1} [could|would] [#q qualify|go through] for the [#p play-offs|next round] if they win their [final|last] {k1} matches.",
     "{org1} [könnte|würde] sich für [#p die Play-offs|die nächste Runde] [#q qualifizieren|durchsetzen], wenn die Mannschaft die [letzten|verbleibenden] {k1} Spiele gewinnt."),
    ("If the [#k sale|takeover] of the club goes ahead, the new owners have [promised|pledged] to [freeze|cap] ticket prices for {k1} years.",
     "[#k Kommt der Verkauf|Kommt die Übernahme] des Vereins zustande, haben die neuen Eigentümer [versprochen|zugesagt], die Ticketpreise für {k1} Jahre [einzufrieren|zu deckeln]."),
])

NEGATIONS = pool("sport.n", [
    ("{if_coach}{org1} did not [name|announce] a successor and said it would not comment [further|on the search].",
     "{if_coach}{org1} [nannte|präsentierte] keinen Nachfolger und wollte sich [nicht weiter|nicht zur Suche] äußern."),
    ("{if_doping}{x_star:last} has not [spoken publicly|commented] since the {ev:bare}.",
     "{if_doping}{x_star:last} hat sich seit {ev:dat} nicht öffentlich [geäußert|zu Wort gemeldet]."),
    ("{if_coach}{org1} did not [confirm|deny] reports that [talks|contacts] with a [successor|new coach] had already begun.",
     "{if_coach}{org1} wollte Berichte, wonach [Gespräche|Kontakte] mit einem [Nachfolger|neuen Trainer] bereits begonnen hätten, weder [bestätigen|dementieren]."),
    ("The club has not [won|lifted] a trophy since {yr1}, and attendance has [slipped|fallen] every season since.",
     "Der Verein hat seit {yr1} keinen Titel [gewonnen|geholt], und die Zuschauerzahlen sind seitdem in jeder Saison [gesunken|zurückgegangen]."),
])

BACKGROUND = pool("sport.b", [
    ("{org1} were founded in {yr2} and last won a major trophy in {yr1}.",
     "{org1} wurde im Jahr {yr2} gegründet und gewann den letzten großen Titel im Jahr {yr1}."),
    ("{x_sport} has grown [quickly|fast] in {reg}, with attendance up {pc1} over the past decade.",
     "{x_sport} ist in {reg} [schnell|rasch] gewachsen; die Zuschauerzahlen stiegen im vergangenen Jahrzehnt um {pc1}."),
])

OUTLOOK = pool("sport.o", [
    ("{org1} play their next match on {day2}.", "{org1} bestreitet das nächste Spiel am {day2}."),
    ("The club's board will meet on {date} to [#d discuss|review] the [#p plans|next steps].",
     "Der Vorstand des Vereins kommt am {date} zusammen, um die [#p Pläne|nächsten Schritte] zu [#d besprechen|prüfen]."),
])

QUOTES = {
    "p1": pool("sport.q1", [
        ("{if_match}We played for the people of {city} tonight", "{if_match}Wir haben heute Abend für die Menschen in {city} gespielt"),
        ("{if_coach}I gave this club everything, and I leave with my head held high", "{if_coach}Ich habe diesem Verein alles gegeben, und ich gehe erhobenen Hauptes"),
    ]),
    "p2": pool("sport.q2", [("The club will not comment on contractual matters", "Der Verein äußert sich nicht zu Vertragsangelegenheiten")]),
    "p3": pool("sport.q3", [("{if_match}They were the better side for [ninety minutes|the whole game]", "{if_match}Sie waren [neunzig Minuten lang|das ganze Spiel über] die bessere Mannschaft")]),
    "p4": pool("sport.q4", [("{if_match}I have waited {k1} decades for a night like this", "{if_match}Ich habe {k1} Jahrzehnte auf so einen Abend gewartet")]),
    "p5": pool("sport.q5", [("Fans are not [cash machines|walking wallets]", "Fans sind keine [Geldautomaten|wandelnden Geldbörsen]")]),
}

TOPIC = Topic("sport", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
