"""Trials: embezzlement, bribery, investor fraud, tax fraud."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

# crime (en, de), victims (en, de, de dat), what was taken (en, de), organisation kind
_CASES = [
    (("embezzlement", "Veruntreuung"), ("donors", "Spender", "Spendern"), ("donations", "Spenden"), "charity"),
    (("bribery", "Bestechlichkeit"), ("taxpayers", "Steuerzahler", "Steuerzahlern"), ("public money", "öffentliche Gelder"), "council"),
    (("securities fraud", "Anlagebetrug"), ("investors", "Anleger", "Anlegern"), ("client money", "Kundengelder"), "company"),
    (("tax fraud", "Steuerbetrug"), ("employees", "Mitarbeiter", "Mitarbeitern"), ("payroll taxes", "Lohnsteuern"), "company"),
    (("wire fraud", "Überweisungsbetrug"), ("members", "Mitglieder", "Mitgliedern"), ("membership fees", "Mitgliedsbeiträge"), "charity"),
]
_CHARITY = ["Foundation", "Relief Fund", "Trust", "Community Fund", "Food Bank"]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    crime, victims, taken, kind = _CASES[int(rng.random() * len(_CASES))]
    if kind == "charity":
        name = f"{names.proper_root(rng)} {names._pick(rng, _CHARITY)}"
        org = S.institution(name, "f", name)
    elif kind == "council":
        org = S.institution(f"{city} city council", "m", f"Stadtrat von {city}")
    else:
        org = S.name(cast.company(rng))
    s["org1"] = org
    if kind == "charity":
        s["x_charity"] = org
    s["org2"] = S.institution(f"{reg} District Court", "n", f"Bezirksgericht {reg}")
    s["org2"]["de:gen"] = f"des Bezirksgerichts {reg}"
    s["x_crime"] = S.text(*crime)
    s["grp"] = s["x_victims"] = {"en": victims[0], "de": victims[1], "de:dat": victims[2]}
    s["x_taken"] = S.text(*taken)
    s["ev"] = S.institution("trial", "m", "Prozess")
    s["ev"]["de:gen"] = "des Prozesses"
    org_names = (org["en"], org.get("de:dat", org["de"]))
    s["p1"] = cast.person(rng, ("the former director of {o}", "the former director of {o}",
                                "der frühere~ Direktor von {o}", "die frühere~ Direktorin von {o}"), org_names)
    s["p2"] = cast.person(rng, ("a prosecutor in the case", "a prosecutor in the case",
                                "ein Staatsanwalt in dem Verfahren", "eine Staatsanwältin in dem Verfahren"))
    uni = names.town(rng)
    s["p3"] = cast.person(rng, ("a law professor at the University of {o}", "a law professor at the University of {o}",
                                "ein Juraprofessor an der Universität {o}", "eine Juraprofessorin an der Universität {o}"), uni)
    s["p4"] = cast.person(rng, ("a former volunteer who testified", "a former volunteer who testified",
                                "ein ehemaliger~ Helfer, der aussagte", "eine ehemalige~ Helferin, die aussagte"))
    s["p5"] = cast.person(rng, ("a defense lawyer", "a defense lawyer", "ein Verteidiger", "eine Verteidigerin"))
    judge = s["x_judge"] = dict(cast.person(rng, None))
    judge["en:judge"] = f"Judge {judge['en']}"
    judge["de:judge"] = ("Richter " if judge["gender"] == "m" else "Richterin ") + judge["de"]
    s["m1"] = S.money(rng, s["cur"], 4e5, 3e7)
    s["x_raised"] = S.money(rng, s["cur"], 5e6, 9e7, hedge="nearly")
    total = 6 + int(rng.random() * 14)
    guilty = max(2, total - 1 - int(rng.random() * 5))
    s["x_total"] = S.count(rng, total, total, hedge="")
    s["x_guilty"] = S.count(rng, guilty, guilty, hedge="")
    s["x_years"] = S.count(rng, 5, 25, hedge="as_many_as")
    s["x_hours"] = S.count(rng, 4, 30, hedge="about")
    s["x_weeks"] = S.small(rng, 2, 6)
    s["x_age"] = S.count(rng, 38, 71, hedge="")
    s["n2"] = S.count(rng, 200, 20000, round_to=10)
    s["x_towns"] = S.count(rng, 12, 80, hedge="as_many_as")
    s["x_drop"] = S.percent(rng, 20, 45, hedge="about", decimals=False)
    return s


HEADLINE = pool("courts.h", [
    ("Jury convicts former head of {org1:bare} of {x_crime}",
     "Geschworene sprechen Ex-Chef von {org1:bare} wegen {x_crime} schuldig"),
    ("{p1:last} found guilty on {x_guilty} counts after {x_weeks}-week trial",
     "{p1:last} nach {x_weeks}-wöchigem Prozess in {x_guilty} Anklagepunkten schuldig gesprochen"),
    ("[Ex-director|Former chief] of {org1:bare} guilty of taking {m1:bare}, jury finds",
     "[Ex-Direktor|Früherer Chef] von {org1:bare} hat {m1:bare} genommen, befinden Geschworene"),
    ("Verdict in {city}: {x_crime} conviction for {p1:last}, sentencing set for {date}",
     "Urteil in {city}: {p1:last} wegen {x_crime} verurteilt, Strafmaß wird am {date} verkündet"),
    ("{p1:last} to appeal after jury returns guilty verdict in {x_crime} case",
     "{p1:last} will nach Schuldspruch im Verfahren wegen {x_crime} in Berufung gehen"),
    ("What the {p1:last} verdict means for {org1:bare} and its {grp}",
     "Was das Urteil gegen {p1:last} für {org1:bare} und die {grp} bedeutet"),
])

LEDE = pool("courts.l", [
    ("A jury in {city} on {day} found {p1}, {p1:role}, guilty of {x_crime} [after a trial that lasted|at the end of] {x_weeks} weeks, [concluding|ruling] that {p1:he} had taken {m1} in {x_taken}.",
     "Geschworene in {city} haben am {day} {p1}, {p1:role}, nach {x_weeks} Wochen [Prozessdauer|Verhandlung] wegen {x_crime} für schuldig befunden; {p1:he} habe {m1} an {x_taken} genommen, [urteilten|entschieden] sie."),
    ("{p1}, {p1:role}, was convicted on {day} of {x_crime} involving {m1} in {x_taken}, money that [investigators|the prosecution] said went on [#x a holiday apartment|a racing yacht|a collection of watches].",
     "{p1}, {p1:role}, ist am {day} wegen {x_crime} verurteilt worden; es ging um {m1} an {x_taken}, Geld, das nach Angaben [der Ermittler|der Anklage] [#x für eine Ferienwohnung|für eine Rennyacht|für eine Uhrensammlung] ausgegeben wurde."),
    ("[Jurors|A jury] in the {x_crime} trial of {p1}, {p1:role}, returned guilty verdicts on {x_guilty} of {x_total} counts on {day}.",
     "[Die Geschworenen|Eine Jury] im Prozess wegen {x_crime} gegen {p1}, {p1:role}, sprachen {p1:last} am {day} in {x_guilty} von {x_total} Anklagepunkten schuldig."),
    ("{org2} on {day} [convicted|found guilty] {p1}, {p1:role}, in a case that [shook|divided] {city} and cost {grp} {m1}, prosecutors said.",
     "{org2} hat am {day} {p1}, {p1:role}, [verurteilt|schuldig gesprochen] – in einem Fall, der {city} [erschüttert|gespalten] und {grp:dat} nach Angaben der Staatsanwaltschaft {m1} gekostet hat."),
])

FACTS = pool("courts.f", [
    ("The jury deliberated for {x_hours} hours [over two days|across three days] before reaching [its verdicts|a decision].",
     "Die Geschworenen berieten {x_hours} Stunden [an zwei Tagen|über drei Tage verteilt], bevor sie [ihre Urteile fällten|zu einer Entscheidung kamen]."),
    ("Jurors cleared {p1:last}, {x_age}, of the [two|three] charges [relating to|involving] the transfer of money abroad.",
     "Von den [zwei|drei] Anklagepunkten, die [sich auf|sich auf] Überweisungen ins Ausland bezogen, sprachen die Geschworenen {p1:last}, {x_age}, frei."),
    ("According to the prosecution's case, a company with no staff and no office [billed|invoiced] {org1} for [deliveries|services|repairs] nobody could later [find|trace].",
     "Nach Darstellung der Anklage stellte eine Firma ohne Personal und ohne Büro {org1:dat} [Rechnungen|Forderungen] für [Lieferungen|Dienstleistungen|Reparaturen], die später niemand [finden|nachvollziehen] konnte."),
    ("Bank records [traced|followed] the payments from that company into accounts [held|controlled] by {p1:last}, usually [in less than a week|within a few days], an investigator told jurors.",
     "Bankunterlagen [verfolgten|zeigten] die Zahlungen dieser Firma auf Konten, die {p1:last} [gehörten|kontrollierte], meist [in weniger als einer Woche|binnen weniger Tage], sagte ein Ermittler den Geschworenen."),
    ("The most serious counts carry a maximum of {x_years:bare} years [behind bars|in prison], though sentencing guidelines [#g point to|suggest] far less for someone with no record.",
     "Auf die schwersten Anklagepunkte stehen bis zu {x_years:bare} Jahre [hinter Gittern|Haft], die Strafzumessungsrichtlinien [#g deuten|sehen] für Ersttäter jedoch deutlich weniger [#g an|vor]."),
    ("{p1:last} led {org1} from {yr0} until [its board dismissed|the board removed] {p1:him} [two years ago|last spring].",
     "{p1:last} leitete {org1} von {yr0} an, bis [der Vorstand|das Aufsichtsgremium] {p1:him} [vor zwei Jahren|im vergangenen Frühjahr] entließ."),
    ("Records shown at trial indicated that {org1} raised {x_raised} while {p1:last} was in charge.",
     "Vor Gericht gezeigte Unterlagen belegten, dass {org1} unter der Leitung von {p1:last} {x_raised} einnahm."),
    ("{p1:last} [stared ahead|kept still] while the clerk read out each count; [behind the defense table|in the public gallery], [#r a relative cried quietly|a family friend put her head in her hands].",
     "{p1:last} [blickte starr geradeaus|blieb regungslos], während die Protokollführerin jeden Anklagepunkt verlas; [hinter dem Tisch der Verteidigung|auf der Zuschauertribüne] [#r weinte eine Angehörige leise|verbarg eine Freundin der Familie das Gesicht in den Händen]."),
    ("[Over|During] the trial, jurors [heard from|listened to] {k1} witnesses and [examined|were shown] [hundreds of|dozens of] bank statements.",
     "[Im Laufe des|Während des] Prozesses [hörten|vernahmen] die Geschworenen {k1} Zeugen und [prüften|sahen] [Hunderte|Dutzende] Kontoauszüge."),
    ("{p1:last} [sat|stood] [#n next to|beside] {p5:last} [#t throughout|for most of] the hearing, [taking notes|saying little].",
     "{p1:last} [saß|stand] während [#t der gesamten|des größten Teils der] Verhandlung [#n neben|an der Seite von] {p5:last} und [machte sich Notizen|sagte wenig]."),
])

DETAILS = pool("courts.d", [
    ("{p5}, {p5:role}, [argued|told jurors] that {p1:last} was careless with paperwork, not dishonest, and that the board had [approved|rubber-stamped] the spending.",
     "{p5}, {p5:role}, [argumentierte|sagte den Geschworenen], {p1:last} sei nachlässig mit Unterlagen umgegangen, aber nicht unehrlich, und der Vorstand habe die Ausgaben [genehmigt|durchgewinkt]."),
    ("[Two|Three] people who sat on the board at the time said under oath that they [had never seen|never saw] the bills in question.",
     "[Zwei|Drei] damalige Vorstandsmitglieder sagten unter Eid, sie hätten die fraglichen Rechnungen [nie gesehen|nie zu Gesicht bekommen]."),
    ("In the year after the scandal [came to light|broke], donations to {x_charity} fell by {x_drop}, and it [cut|reduced] services in several towns.",
     "Im Jahr nach [Bekanntwerden des Skandals|dem Skandal] gingen die Spenden an {x_charity} um {x_drop} zurück, und die Organisation [kürzte|reduzierte] ihre Leistungen in mehreren Orten."),
    ("{x_charity} serves {x_towns} towns across {reg} and relies on [volunteers|unpaid helpers] for most of its work.",
     "{x_charity} versorgt {x_towns} Orte in {reg} und ist bei den meisten Aufgaben auf [Freiwillige|ehrenamtliche Helfer] angewiesen."),
    ("{x_judge:judge} let {p1:last} [#a stay out of custody|remain at liberty] [#b until sentencing|for now] on condition that {p1:he} [hands in|surrenders] {p1:his} passport.",
     "{x_judge:judge} ließ {p1:last} [#b bis zur Strafmaßverkündung|vorerst] [#a auf freiem Fuß|in Freiheit], unter der Bedingung, dass {p1:he} den Reisepass [abgibt|hinterlegt]."),
    ("The state [#v wants|intends] to [#w confiscate|seize] [#f the holiday apartment|the yacht|the watch collection] as well, [arguing|saying] it was bought with stolen money.",
     "Der Staat [#v will|beabsichtigt,] [#f die Ferienwohnung|die Yacht|die Uhrensammlung] ebenfalls [#w einzuziehen|zu beschlagnahmen] und [argumentiert|erklärt], sie sei mit gestohlenem Geld gekauft worden."),
    ("The case [#k came to light|surfaced] in {yr0}, when an [outside|external] auditor flagged payments to a supplier nobody on staff had heard of.",
     "Der Fall [#k kam|wurde] im Jahr {yr0} [#k ans Licht|bekannt], als ein [externer|unabhängiger] Prüfer Zahlungen an einen Lieferanten beanstandete, von dem kein Mitarbeiter je gehört hatte."),
    ("The case [prompted|led to] new rules in {reg} requiring [charities|organizations] to [publish|file] audited accounts [every year|annually].",
     "Der Fall [führte|veranlasste] in {reg} zu neuen Regeln, nach denen [gemeinnützige Organisationen|Vereine] [jedes Jahr|jährlich] geprüfte Abschlüsse [veröffentlichen|einreichen] müssen."),
])

CONDITIONS = pool("courts.c", [
    ("An appeal will follow if the judge [turns down|refuses] a request for a retrial, {p5:last} said, adding that the papers [would|should] be ready within {k1} weeks.",
     "Lehne der Richter einen Antrag auf Wiederaufnahme [ab|ab], werde man in Berufung gehen, sagte {p5:last}; die Unterlagen [würden|sollten] binnen {k1} Wochen fertig sein."),
    ("Should the judge [approve|allow] the seizure, proceeds from selling the assets could flow back to {org1}, a process that [can|may] drag on for years.",
     "Sollte der Richter die Beschlagnahme [genehmigen|zulassen], könnten Erlöse aus dem Verkauf der Vermögenswerte an {org1:acc} zurückfließen – ein Vorgang, der sich über Jahre [hinziehen kann|hinziehen dürfte]."),
    ("Unless the defense wins a new trial, sentencing is set for {date}.",
     "Sofern die Verteidigung kein neues Verfahren erwirkt, wird das Strafmaß am {date} verkündet."),
    ("If {p1:last} [repays|returns] the money before sentencing, the judge [may|could] take that into account, {p3:last} said.",
     "Wenn {p1:last} das Geld vor der Strafmaßverkündung [zurückzahlt|erstattet], [kann|könnte] der Richter das berücksichtigen, sagte {p3:last}."),
    ("Unless the appeals court [intervenes|steps in], {p1:last} [is likely to|will probably] report to prison [within weeks|before the summer].",
     "Sofern das Berufungsgericht nicht [eingreift|einschreitet], muss {p1:last} [wahrscheinlich|vermutlich] [binnen Wochen|vor dem Sommer] die Haft antreten."),
])

NEGATIONS = pool("courts.n", [
    ("{p1:last} did not testify, and {p5:last} [#c called|presented] no witnesses for the defense.",
     "{p1:last} sagte nicht aus, und {p5:last} [#c rief|benannte] keine Zeugen für die Verteidigung[#c  auf|]."),
    ("Prosecutors have not said whether they [will seek|plan to seek] charges against [anyone else|other board members].",
     "Die Staatsanwaltschaft hat nicht gesagt, ob sie Anklage gegen [weitere Personen|andere Vorstandsmitglieder] erheben [will|wird]."),
    ("{org1} was not [charged|accused] of wrongdoing and [declined to comment|did not comment] on the verdict.",
     "{org1} wurde kein Fehlverhalten [vorgeworfen|zur Last gelegt]; zum Urteil [wollte es sich nicht äußern|äußerte es sich nicht]."),
    ("None of the money has been [recovered|returned] so far, {p2:last} [#s said|told the court].",
     "Bislang sei nichts von dem Geld [zurückgeholt|zurückgezahlt] worden, [#s sagte|erklärte] {p2:last}[#s | vor Gericht]."),
    ("The judge did not [#a allow|permit] jurors to hear about an [earlier|older] complaint against {p1:last}, [ruling|deciding] it was not [relevant|admissible].",
     "Der Richter [#a ließ|erlaubte] nicht[#a  zu|], dass die Geschworenen von einer [früheren|älteren] Beschwerde gegen {p1:last} erfuhren, [da er sie für|weil er sie für] [nicht relevant|unzulässig] hielt."),
    ("{p1:last} has never [admitted|acknowledged] taking the money and [maintains|insists] the payments were [legitimate|authorized].",
     "{p1:last} hat nie [zugegeben|eingeräumt], das Geld genommen zu haben, und [beharrt darauf|besteht darauf], die Zahlungen seien [rechtmäßig|genehmigt] gewesen."),
])

BACKGROUND = pool("courts.b", [
    ("Cases involving [charity money|public money] have risen in {reg} since {yr0}, according to figures from {org2}.",
     "Fälle mit [Spendengeldern|öffentlichen Geldern] haben in {reg} seit {yr0} zugenommen, wie aus Zahlen {org2:gen} hervorgeht."),
    ("Since the scandal, {org1} has [brought in|appointed] independent auditors and [#b now posts|has begun posting] its accounts online [every quarter|each year].",
     "Seit dem Skandal hat {org1} unabhängige Prüfer [eingesetzt|bestellt] und [#b veröffentlicht|stellt] seine Finanzen [vierteljährlich|jährlich] online[#b | ein]."),
])

OUTLOOK = pool("courts.o", [
    ("Sentencing is scheduled for {date}.", "Das Strafmaß soll am {date} verkündet werden."),
    ("The defense [has|was given] {k1} weeks to file [post-trial motions|its motions].",
     "Die Verteidigung [hat|erhielt] {k1} Wochen Zeit, [Anträge nach dem Urteil|ihre Anträge] zu stellen."),
])

QUOTES = {
    "p1": pool("courts.q1", [
        ("I never took a cent that was not [approved|signed off]", "Ich habe nie einen Cent genommen, der nicht [genehmigt|abgezeichnet] war"),
        ("I made mistakes with the paperwork. I am not a thief", "Ich habe beim Papierkram Fehler gemacht. Ich bin kein Dieb"),
    ]),
    "p2": pool("courts.q2", [
        ("{grp} gave in good faith, and {p1:last} [#s spent that good faith like a personal allowance|treated that good faith as pocket money]",
         "Die {grp} haben in gutem Glauben gegeben, und {p1:last} hat diesen guten Glauben [#s wie ein privates Taschengeld ausgegeben|als Taschengeld behandelt]"),
        ("Today's verdict is a start. Getting the money back [#w will be|is] the harder part",
         "Das heutige Urteil ist ein Anfang. Das Geld zurückzuholen [#w wird|ist] der schwierigere Teil[#w  sein|]"),
    ]),
    "p3": pool("courts.q3", [
        ("Juries [tend to|usually] punish betrayal of trust more than the amount itself",
         "Geschworene bestrafen [meist|in der Regel] den Vertrauensbruch stärker als die Summe selbst"),
        ("An appeal on the [procedural|evidence] questions is not hopeless, but it is a long shot",
         "Eine Berufung wegen der [Verfahrensfragen|Beweisfragen] ist nicht aussichtslos, aber die Chancen sind gering"),
    ]),
    "p4": pool("courts.q4", [
        ("I gave {k1} years of [Saturdays|weekends] to that place, and I would like to know where the money went",
         "Ich habe diesem Ort {k1} Jahre lang meine [Samstage|Wochenenden] geschenkt, und ich möchte wissen, wohin das Geld gegangen ist"),
        ("Trust takes years to build and an afternoon to lose",
         "Vertrauen aufzubauen dauert Jahre, es zu verlieren einen Nachmittag"),
    ]),
    "p5": pool("courts.q5", [
        ("We accept the process. We do not accept the [outcome|result], and we will say so on appeal",
         "Wir akzeptieren das Verfahren. Das [Urteil|Ergebnis] akzeptieren wir nicht, und das werden wir in der Berufung sagen"),
        ("This case was about bad bookkeeping, not [greed|theft]", "In diesem Fall ging es um schlechte Buchführung, nicht um [Gier|Diebstahl]"),
    ]),
}

TOPIC = Topic("courts", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
