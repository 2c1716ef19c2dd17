"""Local and regional politics: recounts, budget fights, resignations, referendums."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

# matter (en, gender, de nom, de gen)
# matter (en, gender, de nom, de gen, marker slots: templates that need a marker only fit that matter)
_MATTERS = [
    ("recount", "f", "Neuauszählung", "der Neuauszählung", ("if_race", "if_poll")),
    ("budget dispute", "m", "Haushaltsstreit", "des Haushaltsstreits", ("if_budget", "if_council")),
    ("referendum", "n", "Referendum", "des Referendums", ("if_ref", "if_poll")),
    ("no-confidence vote", "n", "Misstrauensvotum", "des Misstrauensvotums", ("if_office", "if_council")),
]
# office (en, de m, de f, de after "zum")
_OFFICES = [("mayor", "Bürgermeister", "Bürgermeisterin", "Bürgermeister"),
            ("council leader", "Ratsvorsitzender", "Ratsvorsitzende", "Ratsvorsitzenden"),
            ("regional governor", "Gouverneur", "Gouverneurin", "Gouverneur")]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    matter = _MATTERS[int(rng.random() * len(_MATTERS))]
    s["ev"] = S.institution(matter[0], matter[1], matter[2])
    s["ev"]["de:gen"] = matter[3]
    for marker in matter[4]:
        s[marker] = {"en": "", "de": ""}
    office = _OFFICES[int(rng.random() * len(_OFFICES))]
    party_a = f"{names.proper_root(rng)} Party"
    party_b = f"{names._pick(rng, ['Civic', 'Progressive', 'Independent', 'Reform', 'Unity', 'Green'])} Alliance"
    s["org1"] = S.institution(f"{city} city council", "m", f"Stadtrat von {city}")
    s["org1"]["de:gen"] = f"des Stadtrats von {city}"
    s["org2"] = S.institution(f"{reg} election board", "f", f"Wahlbehörde von {reg}")
    s["x_party_a"], s["x_party_b"] = S.name(party_a), S.name(party_b)
    s["x_office"] = {"en": office[0], "de": office[3]}
    s["grp"] = {"en": "voters", "de": "Wähler", "de:dat": "Wählern"}
    s["p1"] = cast.person(rng, (f"the {office[0]} of {{o}}", f"the {office[0]} of {{o}}", f"der {office[1]} von {{o}}",
                                f"die {office[2]} von {{o}}"), city)
    s["p2"] = cast.person(rng, ("a spokesman for the election board", "a spokeswoman for the election board",
                                "ein Sprecher der Wahlbehörde", "eine Sprecherin der Wahlbehörde"))
    s["p3"] = cast.person(rng, ("a political scientist at {o}", "a political scientist at {o}",
                                "ein Politikwissenschaftler an der {o}", "eine Politikwissenschaftlerin an der {o}"),
                          S.university(names.town(rng)))
    s["p4"] = cast.person(rng, ("a retired teacher who voted in the {o} ward", "a retired teacher who voted in the {o} ward",
                                "ein pensionierter~ Lehrer aus dem Bezirk {o}", "eine pensionierte~ Lehrerin aus dem Bezirk {o}"),
                          names.town(rng))
    s["p5"] = cast.person(rng, ("the leader of the {o}", "the leader of the {o}", "der Vorsitzende~ der {o}",
                                "die Vorsitzende~ der {o}"), party_b)
    s["x_rival"] = cast.person(rng, ("a candidate of the {o}", "a candidate of the {o}", "ein Kandidat~ der {o}",
                                     "eine Kandidatin der {o}"), party_a)
    s["x_margin"] = S.count(rng, 3, 400, hedge="")
    s["x_votes"] = S.count(rng, 8000, 160000, round_to=10, hedge="more_than")
    s["x_turnout"] = S.percent(rng, 31, 72, hedge="about", decimals=False)
    s["x_ballots"] = S.count(rng, 200, 3000, round_to=10, hedge="nearly")
    s["x_seats"] = S.count(rng, 21, 61, hedge="")
    s["x_cost"] = S.money(rng, s["cur"], 4e4, 4e5, hedge="about")
    s["x_gap"] = S.money(rng, s["cur"], 3e6, 2e8)
    s["x_wards"] = S.small(rng, 3, 12)
    s["pc1"] = S.percent(rng, 40, 58, hedge="")
    return s


HEADLINE = pool("politics.h", [
    ("{if_race}{x_margin:bare} votes separate candidates as {city} [#h heads for|faces] recount",
     "{if_race}{x_margin:bare} Stimmen trennen die Kandidaten – {city} [#h steuert auf|steht vor] eine Neuauszählung[#h  zu|]"),
    ("{if_budget}{city} council [deadlocked|split] over [budget gap|spending plan]",
     "{if_budget}Stadtrat von {city} im Streit über [Haushaltslücke|Ausgabenplan] [blockiert|gespalten]"),
    ("{if_office}{p1:last} [#s survives|faces] no-confidence vote in {city}", "{if_office}{p1:last} [#s übersteht|muss sich] Misstrauensvotum in {city}[#s | stellen]"),
    ("{if_poll}{reg} election board orders review of {x_ballots:bare} ballots",
     "{if_poll}Wahlbehörde von {reg} ordnet Prüfung von {x_ballots:bare} Stimmzetteln an"),
    ("[#f Five things to know|What we know] about the {ev:bare} in {city}",
     "[#f Fünf Dinge, die man|Was man] über {ev:acc} in {city} wissen [#f muss|sollte]"),
    ("{x_party_b} [gains ground|makes gains] as {x_party_a} [stumbles|loses support] in {city}",
     "{x_party_b} [legt zu|gewinnt an Boden], {x_party_a} [strauchelt|verliert Rückhalt] in {city}"),
])

LEDE = pool("politics.l", [
    ("{if_race}The {x_office} race in {city} [is headed for|will go to] a recount after [unofficial|provisional] results showed {p1} ahead by just {x_margin} votes out of {x_votes} cast, {org2} said on {day}.",
     "{if_race}Die Wahl zum {x_office} in {city} [geht in|führt zu] eine Neuauszählung, nachdem {p1} laut [inoffiziellen|vorläufigen] Ergebnissen mit nur {x_margin} Stimmen Vorsprung bei {x_votes} abgegebenen Stimmen vorn lag, wie {org2} am {day} mitteilte."),
    ("{if_budget}{org1} [failed to pass|could not agree on] a budget on {day}, leaving a gap of {x_gap} and raising the prospect of cuts to [libraries|bus services|street lighting].",
     "{if_budget}{org1} hat sich am {day} nicht auf einen Haushalt [einigen können|verständigt]; damit bleibt eine Lücke von {x_gap}, und es drohen Kürzungen bei [Bibliotheken|Buslinien|der Straßenbeleuchtung]."),
    ("{if_office}{p1}, {p1:role}, faces a vote of no confidence on {day2} after a [row|dispute] over the city's finances [split|divided] the governing coalition.",
     "{if_office}{p1}, {p1:role}, muss sich am {day2} einem Misstrauensvotum stellen, nachdem ein [Streit|Konflikt] über die Stadtfinanzen die Regierungskoalition [gespalten|entzweit] hat."),
    ("{if_ref}{grp} in {city} [#k narrowly|only just] rejected a plan to [#m merge|combine] the city with {x_wards} neighboring districts, with {pc1} voting in favor, results released on {day} showed.",
     "{if_ref}Die {grp} in {city} haben einen Plan zur [#m Fusion|Zusammenlegung] der Stadt mit {x_wards} Nachbarbezirken [#k knapp|nur knapp] abgelehnt; {pc1} stimmten dafür, wie am {day} veröffentlichte Ergebnisse zeigen."),
])

FACTS = pool("politics.f", [
    ("{if_poll}Turnout was {x_turnout}, [higher than|up from] the last election in {yr1}.",
     "{if_poll}Die Wahlbeteiligung lag bei {x_turnout} und damit [höher als|über dem Wert] bei der letzten Wahl im Jahr {yr1}."),
    ("{if_race}{x_rival}, {x_rival:role}, [conceded nothing|did not concede] and said every ballot [should|must] be counted by hand.",
     "{if_race}{x_rival}, {x_rival:role}, [gab sich nicht geschlagen|räumte die Niederlage nicht ein] und forderte, jeder Stimmzettel [solle|müsse] von Hand gezählt werden."),
    ("{if_poll}{org2} said {x_ballots} absentee ballots had been [#a set aside|put aside] because of missing signatures or [#b damaged envelopes|late postmarks].",
     "{if_poll}{org2} teilte mit, {x_ballots} Briefwahlstimmen seien wegen fehlender Unterschriften oder [#b beschädigter Umschläge|verspäteter Poststempel] [#a zurückgestellt|beiseitegelegt] worden."),
    ("{if_race}The recount will cost {x_cost}, money the city [must|will have to] find from its reserves.",
     "{if_race}Die Neuauszählung wird {x_cost} kosten, Geld, das die Stadt aus ihren Rücklagen aufbringen [muss|müssen wird]."),
    ("{if_council}The council has {x_seats} seats, and the governing coalition holds a majority of [two|three].",
     "{if_council}Der Rat hat {x_seats} Sitze, und die Regierungskoalition verfügt über eine Mehrheit von [zwei|drei] Stimmen."),
    ("{if_council}The {x_party_b} [said|announced] on {day} that it would no longer support the coalition's spending plan.",
     "{if_council}Die {x_party_b} [erklärte|verkündete] am {day}, sie werde den Ausgabenplan der Koalition nicht länger unterstützen."),
    ("{if_poll}Canvassers will [#v check|examine] the ballots [#w in a warehouse|in the council chamber] [under the eyes of|in the presence of] observers from both campaigns.",
     "{if_poll}Wahlhelfer werden die Stimmzettel [#w in einem Lager|im Ratssaal] [unter Aufsicht von|im Beisein von] Beobachtern beider Lager [#v prüfen|kontrollieren]."),
    ("{if_poll}[Queues|Lines] formed at [several|some] polling stations in {city} [before opening|early in the morning], {org2} said.",
     "{if_poll}Vor [mehreren|einigen] Wahllokalen in {city} bildeten sich [vor der Öffnung|am frühen Morgen] [Schlangen|Warteschlangen], teilte {org2} mit."),
    ("{if_council}[Opposition|Minority] members [walked out of|left] the chamber [before the vote|during the debate] in protest.",
     "{if_council}[Oppositionsmitglieder|Mitglieder der Minderheit] [verließen|verließen] [vor der Abstimmung|während der Debatte] aus Protest den Saal."),
])

DETAILS = pool("politics.d", [
    ("{if_poll}{p2}, {p2:role}, said the [process|count] would be open to the public and [#s streamed online|broadcast] [from start to finish|in full].",
     "{if_poll}{p2}, {p2:role}, sagte, der [Vorgang|Zählvorgang] sei öffentlich und werde [vollständig|komplett] [#s online übertragen|gesendet]."),
    ("{if_race}[Both campaigns|The two campaigns] have hired lawyers, and {x_rival:last} has asked for [an independent monitor|independent observers].",
     "{if_race}[Beide Lager|Die beiden Kampagnen] haben Anwälte eingeschaltet, und {x_rival:last} hat [einen unabhängigen Beobachter|unabhängige Beobachter] beantragt."),
    ("{if_budget}The budget gap [#z stems largely from|is mainly due to] higher pension costs and [falling|lower] property tax income.",
     "{if_budget}Die Haushaltslücke [#z geht vor allem auf|ist vor allem auf] höhere Pensionskosten und [sinkende|geringere] Grundsteuereinnahmen [#z zurück|zurückzuführen]."),
    ("{p1:last} has led {city} since {yr1} and [#w won|took] the last election with {pc1} of the vote.",
     "{p1:last} führt {city} seit {yr1} und [#w gewann|entschied] die letzte Wahl mit {pc1} der Stimmen[#w | für sich]."),
    ("Residents [packed|filled] the council chamber on {day} evening, and [dozens|several dozen] [waited|stood] outside.",
     "Anwohner [füllten|drängten sich in] den Ratssaal am {day}abend, und [Dutzende|mehrere Dutzend] [warteten|standen] draußen."),
])

CONDITIONS = pool("politics.c", [
    ("{if_race}If the margin stays below {x_margin:bare} votes after the recount, the loser can [#r request|demand] a second one under [#l state|regional] law.",
     "{if_race}Bleibt der Abstand nach der Neuauszählung unter {x_margin:bare} Stimmen, kann der Unterlegene nach [#l Landesrecht|regionalem Recht] eine zweite [#r beantragen|verlangen]."),
    ("{if_budget}Unless a budget is agreed by {date}, [spending will be frozen|the city will run on an emergency budget].",
     "{if_budget}Wird bis zum {date} kein Haushalt beschlossen, [werden die Ausgaben eingefroren|gilt ein Nothaushalt]."),
    ("{if_budget}{p5:last} said the {x_party_b} would back the budget if it [#p protected|spared] [#q libraries|bus services] from cuts.",
     "{if_budget}{p5:last} sagte, die {x_party_b} werde den Haushalt unterstützen, wenn er [#q Bibliotheken|Buslinien] von Kürzungen [#p verschone|ausnehme]."),
    ("{if_office}{p1:last} said {p1:he} would resign if the motion passed, but predicted it would fail by [a wide margin|several votes].",
     "{if_office}{p1:last} kündigte an, im Fall einer Annahme des Antrags zurückzutreten, sagte aber voraus, er werde [deutlich|mit mehreren Stimmen] scheitern."),
    ("{if_ref}The plan would have taken effect on {date} if a majority had approved it, officials said.",
     "{if_ref}Der Plan wäre am {date} in Kraft getreten, wenn eine Mehrheit zugestimmt hätte, sagten Behördenvertreter."),
    ("{if_council}Should the coalition [collapse|break up], {city} would [hold|face] an early election within {k1} months.",
     "{if_council}Sollte die Koalition [zerbrechen|auseinanderbrechen], stünde {city} binnen {k1} Monaten eine vorgezogene Wahl [bevor|ins Haus]."),
    ("{if_poll}If turnout falls below a [legal|statutory] minimum, the result is [not binding|only advisory], {p3:last} said.",
     "{if_poll}Liegt die Beteiligung unter einem [gesetzlichen|vorgeschriebenen] Mindestwert, ist das Ergebnis [nicht bindend|nur beratend], sagte {p3:last}."),
])

NEGATIONS = pool("politics.n", [
    ("{if_council}{p1:last} did not rule out raising local taxes but said it would be a [last resort|final option].",
     "{if_council}{p1:last} schloss eine Erhöhung der lokalen Steuern nicht aus, nannte sie aber [das letzte Mittel|die letzte Option]."),
    ("{if_poll}There was nothing to suggest [wrongdoing|foul play], {org2} said, describing the review as [routine|a legal requirement].",
     "{if_poll}Es gebe keine Hinweise auf [Fehlverhalten|Manipulation], erklärte {org2} und bezeichnete die Überprüfung als [Routine|gesetzliche Pflicht]."),
    ("{if_race}Neither candidate has [declared victory|claimed victory].",
     "{if_race}Keiner der Kandidaten hat sich bislang [zum Sieger erklärt|zum Sieger ausgerufen]."),
    ("{if_council}The coalition has not [#p published|released] a [#r revised|new] spending plan, and {p1:last} did not [#s say|indicate] when it would.",
     "{if_council}Die Koalition hat keinen [#r überarbeiteten|neuen] Ausgabenplan [#p veröffentlicht|vorgelegt], und {p1:last} [#s sagte nicht|ließ offen], wann das geschehen werde."),
    ("{if_poll}No [complaints|formal objections] had been filed with {org2} by {day} evening, a spokesperson said.",
     "{if_poll}Bis zum {day}abend seien bei {org2:dat} keine [Beschwerden|förmlichen Einsprüche] eingegangen, sagte eine Sprecherin."),
])

BACKGROUND = pool("politics.b", [
    ("{if_race}The last recount in {reg}, in {yr2}, changed the result by [fewer than|under] [a dozen|ten] votes.",
     "{if_race}Bei der letzten Neuauszählung in {reg} im Jahr {yr2} änderte sich das Ergebnis um [weniger als|unter] [ein Dutzend|zehn] Stimmen."),
    ("{city} has been governed by a coalition of the {x_party_a} and the {x_party_b} since {yr1}.",
     "{city} wird seit {yr1} von einer Koalition aus {x_party_a} und {x_party_b} regiert."),
])

OUTLOOK = pool("politics.o", [
    ("{if_race}The recount is expected to begin on {day2} and [last|take] about a week.",
     "{if_race}Die Neuauszählung soll am {day2} beginnen und etwa eine Woche [dauern|in Anspruch nehmen]."),
    ("{org1} will meet again on {date}.", "{org1} kommt am {date} erneut zusammen."),
])

QUOTES = {
    "p1": pool("politics.q1", [
        ("{if_poll}I am confident the result will [stand|hold]", "{if_poll}Ich bin zuversichtlich, dass das Ergebnis [Bestand hat|hält]"),
        ("{if_budget}We will not balance this budget on the backs of [families|the poorest] in {city}",
         "{if_budget}Wir werden diesen Haushalt nicht auf dem Rücken [der Familien|der Ärmsten] in {city} ausgleichen"),
    ]),
    "p2": pool("politics.q2", [
        ("{if_poll}Every valid ballot will be counted, and every count will be [checked|verified]",
         "{if_poll}Jeder gültige Stimmzettel wird gezählt, und jede Zählung wird [überprüft|kontrolliert]"),
    ]),
    "p3": pool("politics.q3", [
        ("{if_race}Recounts rarely change more than a [handful|few dozen] of votes", "{if_race}Neuauszählungen ändern selten mehr als [eine Handvoll|einige Dutzend] Stimmen"),
        ("Coalitions [tend to|usually] break over money, not [ideas|ideology]", "Koalitionen zerbrechen [meist|in der Regel] am Geld, nicht an [Ideen|der Ideologie]"),
    ]),
    "p4": pool("politics.q4", [
        ("{if_poll}I have not missed a vote since {yr2}, and it has never been [this tight|this close]",
         "{if_poll}Seit {yr2} habe ich keine Abstimmung verpasst, und so [knapp|eng] war es noch nie"),
    ]),
    "p5": pool("politics.q5", [
        ("The coalition has run out of ideas, and [now|soon] it has run out of money",
         "Der Koalition sind die Ideen ausgegangen, und [jetzt|bald] geht ihr das Geld aus"),
    ]),
}

TOPIC = Topic("politics", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
