"""Technology: data breaches, outages, product launches, regulator fines."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

_MATTERS = [("data breach", "n", "Datenleck", "des Datenlecks", "if_breach"),
            ("outage", "m", "Ausfall", "des Ausfalls", "if_outage"),
            ("fine", "n", "Bußgeld", "des Bußgelds", "if_fine")]
_APPS = [("bill-splitting app", "App zum Teilen von Rechnungen"), ("payments app", "Bezahl-App"),
         ("ride-hailing app", "Fahrdienst-App"), ("online pharmacy", "Online-Apotheke"),
         ("dating app", "Dating-App"), ("cloud storage app", "Cloud-Speicher-App"),
         ("smart-home app", "Smart-Home-App")]
_GANGS = ["Silent", "Grey", "Night", "Cold", "Paper", "Iron", "Hollow"]
_GANGS2 = ["Harbor", "Lantern", "Wolf", "Orchid", "Signal", "Mirror", "Rook"]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    matter = _MATTERS[int(rng.random() * len(_MATTERS))]
    s["ev"] = S.institution(matter[0], matter[1], matter[2])
    s["ev"]["de:gen"] = matter[3]
    s[matter[4]] = {"en": "", "de": ""}
    brand = names.proper_root(rng) + names._pick(rng, ["", "ly", "io", "go", "pay", "hub"])
    app = _APPS[int(rng.random() * len(_APPS))]
    s["org1"] = S.name(brand)
    s["x_app"] = S.text(*app)
    s["org2"] = S.institution(f"{reg} data protection authority", "f", f"Datenschutzbehörde von {reg}")
    s["org2"]["de:gen"] = f"der Datenschutzbehörde von {reg}"
    s["x_gang"] = S.name(f"{names._pick(rng, _GANGS)} {names._pick(rng, _GANGS2)}")
    s["x_firm"] = S.name(f"{names.proper_root(rng)} & {names.proper_root(rng)}")
    s["grp"] = {"en": "users", "de": "Nutzer", "de:dat": "Nutzern"}
    s["p1"] = cast.person(rng, ("the chief executive of {o}", "the chief executive of {o}", "der Chef von {o}",
                                "die Chefin von {o}"), brand)
    s["p2"] = cast.person(rng, ("the chief information security officer at {o}", "the chief information security officer at {o}",
                                "der oberste Sicherheitsverantwortliche~ bei {o}", "die oberste Sicherheitsverantwortliche~ bei {o}"), brand)
    s["p3"] = cast.person(rng, ("an independent security researcher in {o}", "an independent security researcher in {o}",
                                "ein unabhängiger~ Sicherheitsforscher in {o}", "eine unabhängige~ Sicherheitsforscherin in {o}"),
                          names.town(rng))
    s["p4"] = cast.person(rng, ("a user in {o}", "a user in {o}", "ein Nutzer in {o}", "eine Nutzerin in {o}"), city)
    s["p5"] = cast.person(rng, ("a partner at the law firm {o}", "a partner at the law firm {o}",
                                "ein Partner der Kanzlei {o}", "eine Partnerin der Kanzlei {o}"), s["x_firm"]["en"])
    s["n1"] = S.count(rng, 200000, 9000000, round_to=1000, hedge="about")
    s["x_claim"] = S.count(rng, 10000000, 30000000, round_to=1000000, hedge="more_than")
    s["x_hours"] = S.count(rng, 3, 30, hedge="nearly")
    s["x_fine"] = S.money(rng, s["cur"], 2e6, 4e8)
    s["x_revenue"] = S.money(rng, s["cur"], 5e7, 2e9)
    s["x_staff"] = S.count(rng, 200, 6000, round_to=10, hedge="about")
    s["x_eu_users"] = S.count(rng, 50000, 900000, round_to=1000, hedge="about")
    s["x_drop"] = S.percent(rng, 3, 14, hedge="about")
    s["x_cap"] = S.percent(rng, 2, 4, hedge="up_to" if False else "as_many_as", decimals=False)
    s["x_suits"] = S.small(rng, 2, 5)
    s["x_founded"] = S.year(cast.when.year - 3 - int(rng.random() * 9))
    return s


HEADLINE = pool("tech.h", [
    ("{if_breach}{org1} says {n1:bare} accounts [#e exposed|compromised] in [#b breach|attack]",
     "{if_breach}{org1}: {n1:bare} Konten bei [#b Datenleck|Angriff] [#e offengelegt|kompromittiert]"),
    ("{if_outage}{org1} restores service after {x_hours:bare}-hour outage",
     "{if_outage}{org1} nach {x_hours:bare}-stündigem Ausfall wieder erreichbar"),
    ("{if_fine}{org2:bare} fines {org1} {x_fine:bare} over [user data|privacy failings]",
     "{if_fine}{org2:bare} verhängt Bußgeld von {x_fine:bare} gegen {org1} wegen [Nutzerdaten|Datenschutzmängeln]"),
    ("{org1} shares [fall|slide] after {ev:bare}", "Aktie von {org1} [fällt|rutscht ab] nach {ev:dat}"),
])

LEDE = pool("tech.l", [
    ("{if_breach}{org1}, the {x_app}, said on {day} that [intruders|attackers] had copied personal details belonging to {n1} of its {grp}, [making it|in what would be] one of the largest [leaks|breaches] of the year.",
     "{if_breach}{org1}, die {x_app}, hat am {day} mitgeteilt, [Eindringlinge|Angreifer] hätten persönliche Daten von {n1} seiner {grp} kopiert – [damit ist es|es wäre] eines der größten [Lecks|Datenlecks] des Jahres."),
    ("{if_outage}{org1} was [unavailable|down] for {x_hours} hours on {day}, leaving [millions of|many] {grp} unable to [log in|pay] after what the company called a faulty software update.",
     "{if_outage}{org1} war am {day} {x_hours} Stunden lang [nicht erreichbar|ausgefallen]; [Millionen|viele] {grp} konnten [sich nicht anmelden|nicht bezahlen], nach Angaben des Unternehmens wegen eines fehlerhaften Software-Updates."),
    ("{if_fine}{org2} fined {org1} {x_fine} on {day}, saying the [company|firm] had failed to protect the data of {n1} {grp}.",
     "{if_fine}{org2} hat am {day} ein Bußgeld von {x_fine} gegen {org1} verhängt, weil das [Unternehmen|Unternehmen] die Daten von {n1} {grp:dat} nicht geschützt habe."),
])

FACTS = pool("tech.f", [
    ("{if_breach}Names, [#a home addresses|dates of birth] and email addresses were [#b among the records taken|in the copied files], {org1} said.",
     "{if_breach}Unter den [#b entwendeten Datensätzen|kopierten Dateien] waren Namen, [#a Wohnadressen|Geburtsdaten] und E-Mail-Adressen, teilte {org1} mit."),
    ("{if_breach}The attackers [#g got in|broke in] through an account belonging to a [supplier|vendor], which had been [phished|compromised] weeks earlier, the company said.",
     "{if_breach}Die Angreifer seien über das Konto eines [Zulieferers|Dienstleisters] [#g eingedrungen|hineingekommen], das Wochen zuvor [abgefischt|kompromittiert] worden sei, erklärte das Unternehmen."),
    ("{if_breach}On a forum used by criminals, [#a a gang|hackers] going by the name {x_gang} [#b boasted|claimed] of having {x_claim} records, but nobody has been able to [check|confirm] that.",
     "{if_breach}In einem von Kriminellen genutzten Forum [#b prahlte|behauptete] [#a eine Bande|eine Hackergruppe] namens {x_gang}, {x_claim} Datensätze zu besitzen; [überprüfen|bestätigen] konnte das bislang niemand."),
    ("{if_outage}The company said the [update|change] had been [rolled back|reversed] and that no data had been lost.",
     "{if_outage}Das Unternehmen erklärte, [das Update|die Änderung] sei [zurückgenommen|rückgängig gemacht] worden, Daten seien nicht verloren gegangen."),
    ("{if_fine}The regulator said {org1} had [kept|stored] user data for years longer than it needed and had not [told|informed] {grp} about a breach in {yr1}.",
     "{if_fine}Die Behörde erklärte, {org1} habe Nutzerdaten jahrelang länger als nötig [aufbewahrt|gespeichert] und {grp} nicht über ein Datenleck im Jahr {yr1} [informiert|unterrichtet]."),
    ("{org1}'s stock [#l lost|shed] {x_drop} by the close of trading.",
     "Die Aktie von {org1} [#l verlor|büßte] bis Handelsschluss {x_drop}[#l | ein]."),
    ("Started in {x_founded}, {org1} now has a staff of {x_staff} and [booked|recorded] {x_revenue} in sales last year.",
     "{org1}, gegründet im Jahr {x_founded}, hat heute {x_staff} Beschäftigte und [verbuchte|erzielte] im vergangenen Jahr {x_revenue} Umsatz."),
])

DETAILS = pool("tech.d", [
    ("Regulators in {reg} [#r had been told|were informed], as had authorities abroad, where the company counts {x_eu_users} users, {org1} said.",
     "Die Aufsichtsbehörden in {reg} seien [#r unterrichtet|informiert] worden, ebenso Behörden im Ausland, wo das Unternehmen {x_eu_users} Nutzer zählt, erklärte {org1}."),
    ("By {day} evening, lawyers had filed {x_suits} suits on behalf of [affected users|customers], [asking|seeking] to have them heard as a class action.",
     "Bis zum {day}abend hatten Anwälte im Namen [betroffener Nutzer|von Kunden] {x_suits} Klagen eingereicht und [beantragt|angestrebt], sie als Sammelklage zu verhandeln."),
    ("{if_breach}{p5}, {p5:role}, said a [one-time code|second password check] would have stopped the attack, and that {org1} had not [demanded|required] one from suppliers.",
     "{if_breach}{p5}, {p5:role}, sagte, [ein Einmalcode|eine zweite Passwortprüfung] hätte den Angriff verhindert, doch {org1} habe dies von Zulieferern nicht [verlangt|gefordert]."),
    ("{if_breach}Customers caught up in the breach will get [identity-theft insurance|fraud alerts] at no charge for {k1} years, the company said.",
     "{if_breach}Betroffene Kunden erhalten nach Angaben des Unternehmens {k1} Jahre lang kostenlos [eine Versicherung gegen Identitätsdiebstahl|Betrugswarnungen]."),
])

CONDITIONS = pool("tech.c", [
    ("Privacy law in {reg} allows penalties of {x_cap} of a company's worldwide turnover if regulators conclude it [neglected|failed in] its duty to protect customer data.",
     "Das Datenschutzrecht in {reg} erlaubt Strafen von {x_cap} des weltweiten Umsatzes, wenn die Aufsicht zu dem Schluss kommt, dass ein Unternehmen seine Pflicht zum Schutz von Kundendaten [vernachlässigt|verletzt] hat."),
    ("{if_breach}The free monitoring is available only if {grp} sign up by {date}.",
     "{if_breach}Die kostenlose Überwachung gibt es nur, wenn sich die {grp} bis zum {date} anmelden."),
    ("{if_fine}{org1} said it would appeal unless the regulator [reduced|lowered] the fine.",
     "{if_fine}{org1} kündigte an, Berufung einzulegen, sofern die Behörde das Bußgeld nicht [senke|reduziere]."),
    ("{if_breach}{p3:last} said {grp} should [change|reset] their passwords if they [#u used|had used] the same one [elsewhere|on other sites].",
     "{if_breach}{p3:last} sagte, {grp} sollten ihre Passwörter [ändern|zurücksetzen], wenn sie dasselbe [anderswo|auf anderen Websites] [#u verwendet hätten|benutzt haben]."),
])

NEGATIONS = pool("tech.n", [
    ("{if_breach}Payment details and login passwords [#k sit|are kept] on a [#s separate, encrypted system|different server that was not breached] and were not affected, according to {org1}.",
     "{if_breach}Nach Angaben von {org1} waren Zahlungsdaten und Passwörter nicht betroffen, weil sie auf einem [#s separaten, verschlüsselten System|anderen, nicht angegriffenen Server] [#k liegen|gespeichert sind]."),
    ("{if_breach}So far there is no sign the copied records have been [used|misused] to [empty accounts|open fake accounts], {org1} said.",
     "{if_breach}Bislang gebe es keine Anzeichen dafür, dass die kopierten Datensätze [genutzt|missbraucht] worden seien, um [Konten leerzuräumen|falsche Konten zu eröffnen], erklärte {org1}."),
    ("{org1}, which has yet to turn a profit, would not discuss [the lawsuits|the regulator's findings].",
     "{org1}, das noch nie Gewinn gemacht hat, wollte sich zu [den Klagen|den Feststellungen der Behörde] nicht äußern."),
    ("{if_breach}{org1} has not said [why|how] the [breach|problem] went [unnoticed|undetected] for [days|weeks].",
     "{if_breach}{org1} hat nicht gesagt, [warum|wie] [das Leck|das Problem] [tagelang|wochenlang] [unbemerkt|unentdeckt] bleiben konnte."),
    ("{if_breach}The company has not [contacted|approached] the [police|prosecutors], {p5:last} said, [although|even though] it is [required|obliged] to.",
     "{if_breach}Das Unternehmen habe sich nicht an [die Polizei|die Staatsanwaltschaft] [gewandt|gerichtet], sagte {p5:last}, [obwohl|obgleich] es dazu [verpflichtet|gehalten] sei."),
])

BACKGROUND = pool("tech.b", [
    ("{if_breach}To specialists the method [#w looked|seemed] familiar: similar [intrusions|break-ins] have been [documented|recorded] since {yr1}.",
     "{if_breach}Für Fachleute [#w wirkte|schien] die Methode vertraut[#w | zu sein]: ähnliche [Einbrüche|Angriffe] sind seit {yr1} [dokumentiert|belegt]."),
    ("{org2} has [stepped up|increased] enforcement since {yr1}, when it [issued|imposed] its first major fine.",
     "{org2} hat die Durchsetzung seit {yr1} [verschärft|verstärkt], als sie ihr erstes großes Bußgeld [verhängte|aussprach]."),
])

OUTLOOK = pool("tech.o", [
    ("{if_breach}Everyone affected will be [contacted|notified] by email by {day2}, {org1} said.",
     "{if_breach}Alle Betroffenen sollen bis {day2} per E-Mail [kontaktiert|benachrichtigt] werden, teilte {org1} mit."),
])

QUOTES = {
    "p1": pool("tech.q1", [
        ("Our [users|customers] deserved better from us, and I apologize to every one of them",
         "Unsere [Nutzer|Kunden] hätten Besseres von uns verdient, und ich entschuldige mich bei jedem Einzelnen"),
        ("There is no excuse for this, and I will not [offer|look for] one",
         "Dafür gibt es keine Entschuldigung, und ich werde keine [anbieten|suchen]"),
    ]),
    "p2": pool("tech.q2", [("{if_breach}We needed to know exactly what was taken before we [told|warned] anyone",
                            "{if_breach}Wir mussten genau wissen, was gestohlen wurde, bevor wir jemanden [informierten|warnten]")]),
    "p3": pool("tech.q3", [("{if_breach}Attackers go where the [locks|checks] are weakest, and that is usually a supplier", "{if_breach}Angreifer gehen dorthin, wo die [Schlösser|Kontrollen] am schwächsten sind, und das ist meist ein Zulieferer")]),
    "p4": pool("tech.q4", [("I found out from a news alert, not from the company", "Ich habe es aus einer Eilmeldung erfahren, nicht vom Unternehmen")]),
    "p5": pool("tech.q5", [("{if_breach}Nobody needed [special skills|clever tools] to get in. They needed a password", "{if_breach}Niemand brauchte [besondere Fähigkeiten|raffinierte Werkzeuge], um hineinzukommen. Man brauchte ein Passwort")]),
}

TOPIC = Topic("technology", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
