"""Strikes and pay disputes at ports, railways, hospitals, factories and airports."""

from __future__ import annotations

from random import Random

from .. import slots as S
from .base import Topic, pool

# site (en, gender, de noun phrase, en locative, de locative, article?), workers (en, de, de dat),
# stalled things (en, de), a worker's job (en, de m, de f), union trade (en, de genitive plural)
_SUBTYPES = [
    (("port of {c}", "m", "Hafen von {c}", "at the port of {c}", "im Hafen von {c}", True),
     ("dockworkers", "Hafenarbeiter", "Hafenarbeitern"), ("container ships", "Containerschiffe"),
     ("a crane operator", "ein Kranführer", "eine Kranführerin"), ("Dockers'", "Hafenarbeiter")),
    (("{c} rail network", "n", "Bahnnetz von {c}", "on the {c} rail network", "im Bahnnetz von {c}", True),
     ("train drivers", "Lokführer", "Lokführern"), ("commuter trains", "Pendlerzüge"),
     ("a conductor", "ein Zugbegleiter", "eine Zugbegleiterin"), ("Rail Workers'", "Eisenbahner")),
    (("{c} General Hospital", "n", "Krankenhaus {c}", "at {c} General Hospital", "im Krankenhaus {c}", False),
     ("nurses", "Pflegekräfte", "Pflegekräften"), ("planned operations", "geplante Operationen"),
     ("an intensive care nurse", "ein Intensivpfleger", "eine Intensivpflegerin"), ("Nurses'", "Pflegekräfte")),
    (("{k} plant in {c}", "n", "Werk von {k} in {c}", "at the {k} plant in {c}", "im Werk von {k} in {c}", True),
     ("assembly workers", "Montagearbeiter", "Montagearbeitern"), ("vehicles", "Fahrzeuge"),
     ("a line supervisor", "ein Schichtleiter", "eine Schichtleiterin"), ("Metalworkers'", "Metallarbeiter")),
    (("{c} airport", "m", "Flughafen {c}", "at {c} airport", "am Flughafen {c}", False),
     ("baggage handlers", "Gepäckabfertiger", "Gepäckabfertigern"), ("flights", "Flüge"),
     ("a baggage handler", "ein Gepäckabfertiger", "eine Gepäckabfertigerin"), ("Aviation Workers'", "Luftfahrtbeschäftigten")),
    (("{c} bus depot", "n", "Busdepot von {c}", "at the {c} bus depot", "im Busdepot von {c}", True),
     ("bus drivers", "Busfahrer", "Busfahrern"), ("bus routes", "Buslinien"),
     ("a night-route driver", "ein Nachtbusfahrer", "eine Nachtbusfahrerin"), ("Transit Workers'", "Busfahrer")),
    (("{c} waste depot", "n", "Entsorgungsbetrieb von {c}", "at the {c} waste depot", "im Entsorgungsbetrieb von {c}", True),
     ("refuse collectors", "Müllwerker", "Müllwerkern"), ("collection rounds", "Abfuhrtouren"),
     ("a refuse truck driver", "ein Müllwagenfahrer", "eine Müllwagenfahrerin"), ("Municipal Workers'", "kommunalen Beschäftigten")),
]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    employer = cast.company(rng)
    site, wkr, unit, job, trade = _SUBTYPES[int(rng.random() * len(_SUBTYPES))]
    f = {"c": city, "k": employer}
    s["site"] = S.institution(site[0].format(**f), site[1], site[2].format(**f), article=site[5])
    s["site"]["en:loc"] = site[3].format(**f)
    s["site"]["de:loc"] = site[4].format(**f)
    s["x_site"] = s["site"]
    s["wkr"] = s["x_wkr"] = {"en": wkr[0], "de": wkr[1], "de:dat": wkr[2]}
    s["grp"] = {"en": "workers", "de": "Arbeitnehmer", "de:dat": "Arbeitnehmern"}
    s["unit"] = s["x_unit"] = S.text(*unit)
    s["ev"] = S.institution("strike", "m", "Streik")
    s["ev"]["de:gen"] = "des Streiks"
    s["org1"] = S.name(employer)
    s["org2"] = S.institution(f"{reg} {trade[0]} Union", "f", f"Gewerkschaft der {trade[1]} in {reg}")
    s["p1"] = cast.person(rng, ("the union's general secretary", "the union's general secretary",
                                "der Generalsekretär der Gewerkschaft", "die Generalsekretärin der Gewerkschaft"))
    s["p2"] = cast.person(rng, ("a spokesman for {o}", "a spokeswoman for {o}", "ein Sprecher von {o}",
                                "eine Sprecherin von {o}"), employer)
    s["p3"] = cast.person(rng, ("a labor economist at {o}", "a labor economist at {o}",
                                "ein Arbeitsmarktökonom bei {o}", "eine Arbeitsmarktökonomin bei {o}"),
                          cast.consultancy(rng))
    s["p4"] = cast.person(rng, (job[0], job[0], job[1], job[2]))
    s["p5"] = cast.person(rng, ("the head of the {o} Chamber of Commerce", "the head of the {o} Chamber of Commerce",
                                "der Chef der Handelskammer {o}", "die Chefin der Handelskammer {o}"), reg)
    s["n1"] = S.count(rng, 300, 12000, round_to=50)
    s["n2"] = S.count(rng, 20, 400)
    s["n3"] = S.count(rng, 2000, 90000, round_to=100)
    s["m2"] = S.money(rng, s["cur"], 400, 3000)
    s["pc1"] = S.percent(rng, 2, 9)
    s["x_cost"] = S.money(rng, s["cur"], 2e6, 6e7)
    s["x_profit"] = S.money(rng, s["cur"], 5e6, 9e8)
    s["x_claim"] = S.percent(rng, 8, 16, hedge="nearly")
    s["x_yes"] = S.percent(rng, 55, 95, hedge="")
    s["x_turnout"] = S.percent(rng, 40, 85, hedge="")
    s["x_temps"] = S.count(rng, 30, 600)
    return s


HEADLINE = pool("labour.h", [
    ("{wkr} [#a walk out|strike] at {site:bare} as pay talks [collapse|break down]",
     "{wkr} [#a legen {site:loc} die Arbeit nieder|streiken {site:loc}] – Tarifgespräche [gescheitert|abgebrochen]"),
    ("Strike [#a halts|shuts down|disrupts] {site:bare} as {org1} [holds firm|refuses to budge] on pay",
     "Streik [#a legt|legt|stört] {site:acc} [#a lahm|still|empfindlich] – {org1} [bleibt hart|weicht nicht zurück] beim Lohn"),
    ("{org2:bare} [begins|launches] {k1}-day walkout over pay",
     "{org2:bare} [beginnt|startet] {k1}-tägigen Ausstand wegen der Löhne"),
    ("Pay dispute at {site:bare}: [what the strike means|who is affected and for how long]",
     "Lohnstreit {site:loc}: [was der Streik bedeutet|wer betroffen ist und wie lange]"),
    ("{unit} [stranded|stuck] as {wkr} in {city} down tools",
     "{unit} [stecken fest|stehen still], weil {wkr} in {city} die Arbeit niederlegen"),
    ("No end in sight for {city} strike after {org1} rejects arbitration",
     "Kein Ende des Streiks in {city} in Sicht: {org1} lehnt Schlichtung ab"),
    ("{wkr} vote to strike, [#a piling pressure on|raising the stakes for] {org1}",
     "{wkr} stimmen für Streik und [#a erhöhen den Druck auf|setzen] {org1}[#a | unter Druck]"),
])

LEDE = pool("labour.l", [
    ("{n1} {wkr} {site:loc} stopped work on {day} when [negotiations|pay negotiations] with {org1} [ended without a deal|collapsed late at night], leaving {n2} {unit} [stranded|on hold].",
     "{n1} {wkr} {site:loc} haben am {day} die Arbeit niedergelegt, nachdem [die Verhandlungen|die Lohnverhandlungen] mit {org1} [ohne Einigung endeten|spät in der Nacht scheiterten]; {n2} {unit} [saßen fest|blieben liegen]."),
    ("A strike by {n1} {wkr} brought {site} to a [near standstill|halt] on {day}, the first full stoppage there in [more than|almost] {k1} decades.",
     "Ein Streik von {n1} {wkr:dat} hat am {day} {site:acc} [nahezu lahmgelegt|zum Stillstand gebracht] – der erste vollständige Ausstand dort seit [mehr als|fast] {k1} Jahrzehnten."),
    ("{wkr} {site:loc} began [an open-ended|a {k1}-day] strike on {day}, [#r rejecting|turning down] a pay offer from {org1} that their union called [an insult|a pay cut in disguise].",
     "{wkr} {site:loc} traten am {day} in [einen unbefristeten|einen {k1}-tägigen] Streik und [#r lehnten|wiesen] ein Lohnangebot von {org1} [#r ab|zurück], das ihre Gewerkschaft als [Beleidigung|verdeckte Lohnkürzung] bezeichnete."),
    ("[Thousands of|Hundreds of] {unit} were [cancelled|held up] on {day} as {n1} {wkr} {site:loc} stopped work in a [bitter|long-running] dispute over pay.",
     "[Tausende|Hunderte] {unit} wurden am {day} [gestrichen|aufgehalten], weil {n1} {wkr} {site:loc} in einem [erbitterten|seit Langem schwelenden] Lohnstreit die Arbeit niederlegten."),
    ("{org2} [launched|started] a strike {site:loc} on {day}, saying [its members|{n1} members] could no longer [manage|cope] on wages set by {org1} in {yr0}.",
     "{org2} hat am {day} {site:loc} einen Streik [begonnen|gestartet] und erklärt, [ihre Mitglieder|{n1} Mitglieder] könnten mit den {yr0} von {org1} festgelegten Löhnen nicht mehr [auskommen|über die Runden kommen]."),
])

FACTS = pool("labour.f", [
    ("{org2}, which [organized|called] the action, plans to keep it going for {k1} days unless {org1} [improves|sweetens] its offer.",
     "{org2}, die den Ausstand [organisiert|ausgerufen] hat, will ihn {k1} Tage lang fortsetzen, sofern {org1} sein Angebot nicht [verbessert|nachbessert]."),
    ("Under the proposal {org1} [put forward|tabled] last week, basic pay would [rise|go up] by {pc1:bare} this year and again next year, with a [bonus|lump sum] of {m2} on signing.",
     "Nach dem Vorschlag, den {org1} vergangene Woche [vorlegte|einbrachte], würde das Grundgehalt in diesem und im nächsten Jahr um je {pc1:bare} [steigen|angehoben werden], dazu käme [eine Prämie|eine Einmalzahlung] von {m2} bei Unterzeichnung."),
    ("Union negotiators want {x_claim} [spread over|across] two years and [say|argue] that rents in {city} have outpaced wages since {yr1}.",
     "Die Unterhändler der Gewerkschaft verlangen {x_claim} [verteilt auf|über] zwei Jahre und [sagen|argumentieren], die Mieten in {city} seien seit {yr1} schneller gestiegen als die Löhne."),
    ("[By|Shortly after] sunrise, strikers [with banners|carrying flags] had gathered at {k1} entrances; officers at the scene described the mood as [calm|good-natured].",
     "[Bis|Kurz nach] Sonnenaufgang hatten sich Streikende [mit Transparenten|mit Fahnen] an {k1} Eingängen versammelt; Polizisten vor Ort beschrieben die Stimmung als [ruhig|friedlich]."),
    ("In the strike ballot, {x_yes} [voted yes|backed action], and {x_turnout} of the membership [took part|cast a vote], according to union figures.",
     "Bei der Urabstimmung stimmten {x_yes} [mit Ja|für den Arbeitskampf], und {x_turnout} der Mitglieder [beteiligten sich|gaben ihre Stimme ab], wie aus Zahlen der Gewerkschaft hervorgeht."),
    ("Management at {org1} argued that many [staff|employees] had [stayed away from|skipped] the vote and that the mandate was [thinner|weaker] than it looked, but it has not gone to court over it.",
     "Die Geschäftsleitung von {org1} argumentierte, viele [Mitarbeiter|Beschäftigte] seien der Abstimmung [ferngeblieben|nicht gefolgt] und das Mandat sei [dünner|schwächer], als es aussehe; vor Gericht ist sie dagegen nicht gezogen."),
    ("Talks [collapsed|ended] late on {day} when {org1} [withdrew|took back] a proposal on [night-shift pay|weekend rates] that negotiators had discussed for [weeks|a month].",
     "Die Gespräche [scheiterten|endeten] am späten {day}, als {org1} einen Vorschlag zu [Nachtschichtzuschlägen|Wochenendtarifen] [zurückzog|zurücknahm], über den die Unterhändler [wochenlang|einen Monat lang] beraten hatten."),
    ("Basic pay for {wkr} {site:loc} starts at {m2} a month, [according to|based on] figures [the union published|the union released] in {yr0}.",
     "Das Grundgehalt für {wkr} {site:loc} beginnt [nach|laut] Zahlen, die die Gewerkschaft im Jahr {yr0} [veröffentlichte|herausgab], bei {m2} im Monat."),
    ("Managers and [agency staff|supervisors] kept a [limited|skeleton] service running, but [most|the bulk of] {unit} did not [move|run].",
     "Führungskräfte und [Leiharbeiter|Vorarbeiter] hielten [einen eingeschränkten Betrieb|einen Notbetrieb] aufrecht, doch [die meisten|der Großteil der] {unit} [standen still|blieben stehen]."),
    ("[Roughly|About] half of the workforce at {site} is on [fixed-term|temporary] contracts, according to [union|company] figures.",
     "[Ungefähr|Etwa] die Hälfte der Belegschaft {site:loc} hat nach Zahlen [der Gewerkschaft|des Unternehmens] [befristete|zeitlich begrenzte] Verträge."),
    ("Strikers [set up|put up] [tents|a marquee] and a [coffee stand|food stall] near the [main gate|entrance], [playing music|handing out leaflets] to [drivers|passers-by].",
     "Streikende [bauten|stellten] [Zelte|ein Festzelt] und einen [Kaffeestand|Imbissstand] nahe dem [Haupttor|Eingang] auf, [spielten Musik|verteilten Flugblätter] und sprachen [Autofahrer|Passanten] an."),
])

DETAILS = pool("labour.d", [
    ("Firms relying on {site} reported [early|immediate] disruption, with {n2} {unit} [delayed|cancelled] by {day} evening.",
     "Firmen, die auf {site:acc} angewiesen sind, meldeten [erste|sofortige] Störungen; bis zum {day}abend wurden {n2} {unit} [verschoben|gestrichen]."),
    ("{p5:last} put the daily [cost|loss] to businesses around {city} at {x_cost}, a figure {p5:he} said was [a rough guess|only an estimate].",
     "{p5:last} bezifferte den täglichen [Schaden|Verlust] für Unternehmen rund um {city} auf {x_cost}; die Zahl sei [eine grobe Schätzung|nur ein Schätzwert], sagte {p5:he}."),
    ("{org1}, which [runs|operates] {site} under a [long-term|{k1}-year] concession, reported a profit of {x_profit} last year.",
     "{org1}, das {site:acc} im Rahmen einer [langfristigen|{k1}-jährigen] Konzession [betreibt|führt], meldete im vergangenen Jahr einen Gewinn von {x_profit}."),
    ("Temporary staff were brought in on {day}, but the union said [they covered only a fraction of the shifts|most shifts went unfilled].",
     "Am {day} wurden Aushilfskräfte eingesetzt, doch die Gewerkschaft erklärte, [sie deckten nur einen Bruchteil der Schichten ab|die meisten Schichten seien unbesetzt geblieben]."),
    ("{wkr} at {k1} other sites [#h held|staged] short solidarity stoppages [on {day} afternoon|during the lunch break].",
     "{wkr} an {k1} weiteren Standorten [#h legten|veranstalteten] [am {day}nachmittag|in der Mittagspause] kurze Solidaritätsstreiks[#h  ein|]."),
    ("Some [passengers|customers] [#w waited|queued] for hours; others were told to [come back|return] on {day2}.",
     "Manche [Fahrgäste|Kunden] [#w warteten|standen] stundenlang[#w | an]; anderen wurde gesagt, sie sollten am {day2} [wiederkommen|zurückkehren]."),
    ("{org1} hired {x_temps} temporary workers ahead of the strike, a figure the union [disputed|called exaggerated].",
     "{org1} stellte vor dem Streik {x_temps} Aushilfskräfte ein, eine Zahl, die die Gewerkschaft [bestritt|für übertrieben hielt]."),
    ("Shift patterns introduced in {yr0} mean many {wkr} now work [four nights in a row|twelve-hour shifts], the union says.",
     "Wegen der im Jahr {yr0} eingeführten Schichtpläne arbeiten viele {wkr} nach Angaben der Gewerkschaft inzwischen [vier Nächte hintereinander|Zwölf-Stunden-Schichten]."),
    ("At {site}, [only a few|a handful of] [managers|supervisors] were [seen|spotted] going in on {day}, [escorted|accompanied] by [security staff|police].",
     "{site:loc} wurden am {day} [nur wenige|eine Handvoll] [Führungskräfte|Vorgesetzte] beim Betreten [gesehen|beobachtet], [begleitet|eskortiert] von [Sicherheitspersonal|der Polizei]."),
    ("Local [shops|cafes] near {site} said [#t takings|sales] had [dropped|fallen] [sharply|noticeably] since the [walkout|strike] began.",
     "Örtliche [Geschäfte|Cafés] rund um {site:acc} berichteten, [#t die Einnahmen|der Umsatz] [#t seien|sei] seit Beginn des [Ausstands|Streiks] [deutlich|spürbar] [gesunken|zurückgegangen]."),
])

CONDITIONS = pool("labour.c", [
    ("The strike could end [sooner|early], {p1:last} said, if {org1} accepted [binding arbitration|an outside mediator], which management has [rejected|turned down] twice.",
     "Der Streik könnte [früher|vorzeitig] enden, sagte {p1:last}, wenn {org1} [ein verbindliches Schiedsverfahren|einen externen Vermittler] akzeptiere, was die Geschäftsleitung zweimal [abgelehnt|zurückgewiesen] hat."),
    ("A [backlog|pile-up] of {unit} could take weeks to clear if no agreement is reached by {date}, [analysts|logistics experts] warned.",
     "[Ein Rückstau|Ein Stau] von {unit} könnte Wochen brauchen, um sich aufzulösen, wenn bis zum {date} keine Einigung erzielt wird, warnten [Analysten|Logistikfachleute]."),
    ("Unless a deal is reached by {day2}, the union plans to extend the action to [night shifts|weekend shifts].",
     "Sollte bis {day2} keine Einigung erzielt werden, will die Gewerkschaft die Aktion auf [Nachtschichten|Wochenendschichten] ausweiten."),
    ("If the strike runs past {date}, {org1} [may|could] have to pay penalties to [its customers|its clients] under existing contracts.",
     "Sollte der Streik über den {date} hinaus andauern, [muss|müsste] {org1} nach bestehenden Verträgen womöglich Strafzahlungen an [seine Kunden|seine Auftraggeber] leisten."),
    ("Should [management|{org1}] bring in [agency staff|outside contractors], the union [says|warns] it will [widen|extend] the walkout to {k1} more sites.",
     "Sollte [die Geschäftsleitung|{org1}] [Leiharbeiter|externe Firmen] einsetzen, will die Gewerkschaft den Ausstand nach eigenen [Angaben|Worten] auf {k1} weitere Standorte [ausweiten|ausdehnen]."),
    ("{p3:last} said [prices|costs] for [customers|end users] would rise if the stoppage lasted beyond {date}.",
     "{p3:last} sagte, die [Preise|Kosten] für [Kunden|Endverbraucher] würden steigen, falls der Ausstand über den {date} hinaus andauere."),
    ("Unless {org1} [withdraws|drops] its plan to [change|rewrite] shift rules, the union says no deal is possible.",
     "Solange {org1} seinen Plan zur [Änderung|Neufassung] der Schichtregeln nicht [zurückzieht|fallen lässt], ist nach Angaben der Gewerkschaft keine Einigung möglich."),
])

NEGATIONS = pool("labour.n", [
    ("{p2}, {p2:role}, would not rule out [#s shifting|diverting] some [#c contracts|business] to other sites should the dispute [#l last|continue] into next month.",
     "{p2}, {p2:role}, wollte nicht ausschließen, einige [#c Aufträge|Geschäfte] an andere Standorte zu [#s verlagern|vergeben], sollte der Konflikt bis in den nächsten Monat [#l andauern|weitergehen]."),
    ("Ministers have [stayed out of|kept out of] the dispute so far, and a government spokesperson said no mediator [was being considered|was planned] for now.",
     "Die Regierung hat sich bislang aus dem Konflikt [herausgehalten|ferngehalten], und eine Regierungssprecherin sagte, ein Vermittler sei derzeit nicht [im Gespräch|geplant]."),
    ("{org1} did not say how many [temporary workers|contractors] it had hired, and it did not respond to questions about [overtime|safety].",
     "{org1} sagte nicht, wie viele [Aushilfskräfte|Fremdfirmen] es eingesetzt habe, und beantwortete keine Fragen zu [Überstunden|Sicherheit]."),
    ("The union has not ruled out further walkouts [this year|before the summer].",
     "Die Gewerkschaft hat weitere Arbeitsniederlegungen [in diesem Jahr|vor dem Sommer] nicht ausgeschlossen."),
    ("{org1} has not [published|disclosed] what the strike is costing it, and {p2:last} would not [give|offer] an estimate.",
     "{org1} hat nicht [veröffentlicht|offengelegt], was der Streik das Unternehmen kostet, und {p2:last} wollte keine Schätzung [nennen|abgeben]."),
    ("No [strikers|union members] have been [disciplined|sanctioned], {org1} said, and it did not intend to [change|alter] that.",
     "Kein [Streikender|Gewerkschaftsmitglied] sei [abgemahnt|sanktioniert] worden, erklärte {org1}, und daran wolle man nichts [ändern|rütteln]."),
    ("[Talks|Contacts] between the two sides have not [resumed|restarted] since {day}, and neither has [proposed|suggested] a date.",
     "Die [Gespräche|Kontakte] zwischen beiden Seiten wurden seit {day} nicht [wieder aufgenommen|fortgesetzt], und keine Seite hat einen Termin [vorgeschlagen|genannt]."),
    ("{p1:last} said {p1:he} would not [recommend|put] any offer to members that did not keep pace with [rents|prices].",
     "{p1:last} sagte, {p1:he} werde den Mitgliedern kein Angebot [empfehlen|vorlegen], das nicht mit [den Mieten|den Preisen] Schritt halte."),
])

BACKGROUND = pool("labour.b", [
    ("The last major dispute at {site} ended in {yr0} with a [three-year|two-year] deal that the union now says [has been overtaken by inflation|no longer covers living costs].",
     "Der letzte große Arbeitskampf {site:loc} endete im Jahr {yr0} mit einem [dreijährigen|zweijährigen] Abschluss, der nach Ansicht der Gewerkschaft [inzwischen von der Inflation überholt ist|die Lebenshaltungskosten nicht mehr deckt]."),
    ("{site} handles {pc1} of the [region's|country's] traffic, according to figures published by its operator.",
     "Nach vom Betreiber veröffentlichten Zahlen entfallen auf {site:acc} {pc1} des [regionalen|landesweiten] Verkehrs."),
    ("Strikes have become more common in {reg} [since|after] {yr0}, as [prices|living costs] rose faster than wages.",
     "Streiks sind in {reg} [seit|nach] {yr0} häufiger geworden, weil [die Preise|die Lebenshaltungskosten] schneller stiegen als die Löhne."),
])

OUTLOOK = pool("labour.o", [
    ("No new round of talks [had been scheduled|was on the calendar] as of {day} evening.",
     "Bis zum {day}abend war keine neue Verhandlungsrunde [angesetzt|geplant]."),
    ("The union said a second ballot on further action would open on {date}.",
     "Die Gewerkschaft kündigte an, am {date} eine zweite Abstimmung über weitere Maßnahmen zu eröffnen."),
    ("A mediator could be appointed [as early as|by] {day2}, officials said, if both sides asked for one.",
     "Ein Vermittler könnte [bereits am|bis] {day2} eingesetzt werden, sagten Behördenvertreter, wenn beide Seiten darum bäten."),
])

QUOTES = {
    "p1": pool("labour.q1", [
        ("Since {yr0} our people have watched [prices|rents] climb while their pay stood still, and patience has [limits|run out]",
         "Seit {yr0} sehen unsere Leute zu, wie [die Preise|die Mieten] steigen, während ihr Lohn stillsteht, und die Geduld [hat Grenzen|ist aufgebraucht]"),
        ("Our phone is switched on day and night. All they have to do is [call|pick it up]",
         "Unser Telefon ist Tag und Nacht eingeschaltet. Sie müssen nur [anrufen|zum Hörer greifen]"),
        ("Nobody [here|on this picket line] wanted to strike, but nobody was listening to us",
         "Niemand [hier|an diesem Streikposten] wollte streiken, aber uns hat niemand zugehört"),
        ("We will be back at the table [the minute|as soon as] they [put a serious offer on it|make a serious offer]",
         "Wir sind [sofort|gleich] wieder am Tisch, wenn sie ein ernsthaftes Angebot [vorlegen|machen]"),
    ]),
    "p2": pool("labour.q2", [
        ("Moving work away is the last thing we want. Still, [clients|customers] have other options, and they know it",
         "Arbeit abzuziehen ist das Letzte, was wir wollen. Trotzdem haben [Auftraggeber|Kunden] andere Möglichkeiten, und das wissen sie"),
        ("The offer on the table is [generous|fair], and it [remains|stays] on the table",
         "Das Angebot auf dem Tisch ist [großzügig|fair], und es [bleibt|bleibt] auf dem Tisch"),
        ("A strike helps nobody, least of all the people [who rely on|who depend on] {site}",
         "Ein Streik hilft niemandem, am wenigsten den Menschen, die auf {site:acc} [angewiesen sind|vertrauen]"),
    ]),
    "p3": pool("labour.q3", [
        ("A week of this is [painful|costly]. A month of it would change who ships through here for years",
         "Eine Woche davon ist [schmerzhaft|teuer]. Ein Monat würde für Jahre verändern, wer hier verschifft"),
        ("Both sides are [betting|gambling] that the other will blink first",
         "Beide Seiten [setzen darauf|wetten darauf], dass die andere zuerst nachgibt"),
    ]),
    "p4": pool("labour.q4", [
        ("After [four night shifts|a double shift] you go home, look at the bills and [wonder|ask yourself] what it was for",
         "Nach [vier Nachtschichten|einer Doppelschicht] geht man nach Hause, sieht die Rechnungen an und [fragt sich|überlegt], wofür das alles war"),
        ("I have done this job for {k1} years and I have never [stood on a picket line|been on strike] before",
         "Ich mache diesen Job seit {k1} Jahren und habe noch nie [an einem Streikposten gestanden|gestreikt]"),
    ]),
    "p5": pool("labour.q5", [
        ("Small firms cannot absorb a week of this, let alone a month",
         "Kleine Firmen können eine Woche davon nicht verkraften, geschweige denn einen Monat"),
        ("Both sides need to [get back in a room|sit down again] [today|this week], not next month",
         "Beide Seiten müssen sich [wieder zusammensetzen|wieder an einen Tisch setzen], und zwar [heute|diese Woche], nicht nächsten Monat"),
    ]),
}

TOPIC = Topic("labour", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
