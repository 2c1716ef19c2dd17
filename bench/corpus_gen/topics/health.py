"""Health: outbreaks, hospital closures, drug approvals and recalls."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

_DISEASES = [("measles", "Masern"), ("hepatitis A", "Hepatitis A"), ("legionnaires' disease", "Legionärskrankheit"),
             ("whooping cough", "Keuchhusten"), ("salmonella", "Salmonellen")]
_MATTERS = [("outbreak", "m", "Ausbruch", "des Ausbruchs", "if_outbreak"),
            ("ward closure", "f", "Stationsschließung", "der Stationsschließung", "if_ward"),
            ("drug recall", "m", "Rückruf", "des Rückrufs", "if_recall")]
_DRUGS = ["Corvalin", "Neprazol", "Tavimex", "Lumaprine", "Ostreva", "Daxilor", "Verinol"]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city, reg = s["city"]["en"], s["reg"]["en"]
    matter = _MATTERS[int(rng.random() * len(_MATTERS))]
    s["ev"] = S.institution(matter[0], matter[1], matter[2])
    s["ev"]["de:gen"] = matter[3]
    s[matter[4]] = {"en": "", "de": ""}
    dis = _DISEASES[int(rng.random() * len(_DISEASES))]
    s["x_disease"] = S.text(*dis)
    s["x_drug"] = S.name(names._pick(rng, _DRUGS))
    maker = cast.company(rng)
    s["x_maker"] = S.name(maker)
    hosp = f"{city} General Hospital"
    s["org1"] = S.institution(f"{reg} health department", "f", f"Gesundheitsbehörde von {reg}")
    s["org1"]["de:gen"] = f"der Gesundheitsbehörde von {reg}"
    s["org2"] = S.institution(hosp, "n", f"Allgemeine Krankenhaus {city}", f"Allgemeinen Krankenhaus {city}", article=False)
    s["org2"]["de:in"] = f"im Allgemeinen Krankenhaus {city}"
    s["grp"] = {"en": "patients", "de": "Patienten", "de:dat": "Patienten"}
    s["p1"] = cast.person(rng, ("the chief medical officer of {o}", "the chief medical officer of {o}",
                                "der Amtsarzt von {o}", "die Amtsärztin von {o}"), reg)
    s["p2"] = cast.person(rng, ("a spokesman for {o}", "a spokeswoman for {o}", "ein Sprecher des Krankenhauses",
                                "eine Sprecherin des Krankenhauses"), hosp)
    s["p3"] = cast.person(rng, ("an epidemiologist at {o}", "an epidemiologist at {o}", "ein Epidemiologe~ an der {o}",
                                "eine Epidemiologin an der {o}"), S.university(names.town(rng)))
    s["p4"] = cast.person(rng, ("a parent from {o}", "a parent from {o}", "ein Vater aus {o}", "eine Mutter aus {o}"), city)
    s["p5"] = cast.person(rng, ("a patients' advocate", "a patients' advocate", "ein Patientenvertreter", "eine Patientenvertreterin"))
    s["n1"] = S.count(rng, 12, 400, hedge="at_least")
    s["x_hosp"] = S.count(rng, 3, 60, hedge="")
    s["x_deaths"] = S.small(rng, 2, 6)
    s["x_beds"] = S.count(rng, 20, 140, hedge="about")
    s["x_vacc"] = S.percent(rng, 71, 94, hedge="about", decimals=False)
    s["x_doses"] = S.count(rng, 2000, 80000, round_to=100, hedge="more_than")
    s["x_batches"] = S.small(rng, 2, 9)
    s["x_packs"] = S.count(rng, 10000, 900000, round_to=1000, hedge="about")
    s["x_wait"] = S.count(rng, 20, 90, hedge="up_to" if False else "as_many_as")
    return s


HEADLINE = pool("health.h", [
    ("{if_outbreak}{x_disease} outbreak in {city} grows to {n1:bare} cases", "{if_outbreak}{x_disease}-Ausbruch in {city} wächst auf {n1:bare} Fälle"),
    ("{if_ward}{org2} to close [maternity|children's] ward", "{if_ward}{org2} schließt [Geburtsstation|Kinderstation]"),
    ("{if_recall}{x_maker} recalls {x_drug} over contamination fears", "{if_recall}{x_maker} ruft {x_drug} wegen Verunreinigungsverdachts zurück"),
    ("Health officials urge caution as {ev:bare} [widens|continues]", "Gesundheitsbehörden mahnen zur Vorsicht, {ev} [weitet sich aus|dauert an]"),
])

LEDE = pool("health.l", [
    ("{if_outbreak}Health officials in {reg} confirmed {n1} cases of {x_disease} on {day}, most of them in {city}, and [urged|asked] parents to check their children's vaccination records.",
     "{if_outbreak}Die Gesundheitsbehörden in {reg} haben am {day} {n1} Fälle von {x_disease} bestätigt, die meisten davon in {city}, und Eltern [aufgefordert|gebeten], den Impfstatus ihrer Kinder zu prüfen."),
    ("{if_ward}{org2} will close its [maternity|children's] ward by {date}, [#c citing|because of] a shortage of [specialist nurses|doctors], the hospital said on {day}.",
     "{if_ward}{org2} wird seine [Geburtsstation|Kinderstation] bis zum {date} schließen, [#c und verweist dabei auf einen Mangel|wegen eines Mangels] an [Fachpflegekräften|Ärzten], wie das Krankenhaus am {day} mitteilte."),
    ("{if_recall}{x_maker} is recalling {x_batches} batches of its [blood-pressure|heart] drug {x_drug} after tests found traces of a [contaminant|possible carcinogen], {org1} said on {day}.",
     "{if_recall}{x_maker} ruft {x_batches} Chargen seines [Blutdruckmittels|Herzmedikaments] {x_drug} zurück, nachdem Tests Spuren [einer Verunreinigung|eines möglicherweise krebserregenden Stoffes] gefunden hatten, wie {org1} am {day} mitteilte."),
])

FACTS = pool("health.f", [
    ("{if_outbreak}{x_hosp} people have been treated in hospital, and {x_deaths} [have died|died], all of them [older adults|with underlying conditions].",
     "{if_outbreak}{x_hosp} Menschen wurden im Krankenhaus behandelt, {x_deaths} [sind gestorben|starben], alle [ältere Erwachsene|mit Vorerkrankungen]."),
    ("{if_outbreak}Vaccination rates in {city} stand at {x_vacc}, below the level experts say is needed to [stop|halt] the spread.",
     "{if_outbreak}Die Impfquote in {city} liegt bei {x_vacc} und damit unter dem Wert, den Fachleute für nötig halten, um die Ausbreitung zu [stoppen|bremsen]."),
    ("{if_outbreak}{org1} said it had [given|administered] {x_doses} doses at pop-up clinics since {day}.",
     "{if_outbreak}{org1} teilte mit, seit {day} seien in mobilen Impfstellen {x_doses} Dosen [verabreicht|gegeben] worden."),
    ("{if_ward}The ward has {x_beds} beds and [handled|delivered] more than a thousand births last year.",
     "{if_ward}Die Station hat {x_beds} Betten und [betreute|verzeichnete] im vergangenen Jahr mehr als tausend Geburten."),
    ("{if_ward}Expectant mothers will be [sent|referred] to hospitals up to {x_wait:bare} miles away.",
     "{if_ward}Schwangere werden an Krankenhäuser in bis zu {x_wait:bare} Meilen Entfernung [verwiesen|überwiesen]."),
    ("{if_recall}About {x_packs:bare} packs were sold in {reg} since {yr1}, the company said.",
     "{if_recall}Seit {yr1} wurden in {reg} etwa {x_packs:bare} Packungen verkauft, teilte das Unternehmen mit."),
    ("{if_recall}{org1} said there was no [immediate|short-term] risk and told patients [not to stop|to keep taking] the drug without talking to a doctor.",
     "{if_recall}{org1} erklärte, es bestehe kein [unmittelbares|kurzfristiges] Risiko, und riet Patienten, das Medikament [nicht ohne|nur nach] Rücksprache mit einem Arzt abzusetzen."),
])

DETAILS = pool("health.d", [
    ("Waiting times at the [emergency department|walk-in clinic] in {city} have [doubled|risen sharply] since {yr1}.",
     "Die Wartezeiten in der [Notaufnahme|Ambulanz] in {city} haben sich seit {yr1} [verdoppelt|stark verlängert]."),
    ("{org1} has opened a hotline for [worried|concerned] {grp}, which received [hundreds of|several hundred] calls on {day}.",
     "{org1} hat eine Hotline für [besorgte|beunruhigte] {grp} eingerichtet, bei der am {day} [Hunderte|mehrere Hundert] Anrufe eingingen."),
    ("{if_ward}Staff at {org2} said they had [#l learned|heard] of the decision from a [#m memo|staff email] on {day} morning.",
     "{if_ward}Mitarbeiter {org2:in} sagten, sie hätten am {day}morgen aus einer [#m Mitteilung|internen E-Mail] von der Entscheidung [#l erfahren|gehört]."),
])

CONDITIONS = pool("health.c", [
    ("{if_outbreak}Children who are not vaccinated will be kept home for {k1} weeks if a case is confirmed in their [school|class].",
     "{if_outbreak}Nicht geimpfte Kinder müssen {k1} Wochen zu Hause bleiben, wenn in ihrer [Schule|Klasse] ein Fall bestätigt wird."),
    ("{if_ward}The ward could reopen if the hospital manages to hire at least [six|eight] more [nurses|midwives], {p2:last} said.",
     "{if_ward}Die Station könnte wieder öffnen, wenn das Krankenhaus mindestens [sechs|acht] weitere [Pflegekräfte|Hebammen] einstellt, sagte {p2:last}."),
    ("{if_recall}Patients should [return|bring back] the packs to a pharmacy unless their doctor [advises|tells them] otherwise.",
     "{if_recall}Patienten sollten die Packungen in einer Apotheke [zurückgeben|abgeben], sofern ihr Arzt nichts anderes [rät|sagt]."),
    ("{if_outbreak}If [cases|infections] [#k keep rising|continue to rise] at this [#p pace|rate], {org1} [may|could] [#r reintroduce|bring back] [#v visiting limits|restrictions] in hospitals.",
     "{if_outbreak}Wenn die [Fallzahlen|Infektionen] in diesem [#p Tempo|Maß] [#k weiter steigen|weiter zunehmen], [könnte|dürfte] {org1} [#v Besuchsbeschränkungen|Einschränkungen] in Krankenhäusern [#r wieder einführen|zurückbringen]."),
])

NEGATIONS = pool("health.n", [
    ("{if_outbreak}{p1:last} said the source of the [infections|cases] had not yet been [identified|found].",
     "{if_outbreak}{p1:last} sagte, die Quelle der [Infektionen|Fälle] sei noch nicht [ermittelt|gefunden] worden."),
    ("{if_ward}The hospital did not say how many staff would [lose their jobs|be redeployed].",
     "{if_ward}Das Krankenhaus sagte nicht, wie viele Mitarbeiter [ihre Stelle verlieren|versetzt werden] würden."),
    ("{if_outbreak}{org1} has not [#n named|identified] the schools or [workplaces|businesses] [#l linked|connected] to the cases.",
     "{if_outbreak}{org1} hat die Schulen oder [Arbeitsplätze|Betriebe], die mit den Fällen in Verbindung [#l stehen|gebracht werden], nicht [#n genannt|identifiziert]."),
    ("{if_outbreak}No [cases|infections] have been [reported|confirmed] among hospital staff, {p2:last} said.",
     "{if_outbreak}Unter dem Krankenhauspersonal seien keine [Fälle|Infektionen] [gemeldet|bestätigt] worden, sagte {p2:last}."),
])

BACKGROUND = pool("health.b", [
    ("{if_outbreak}{reg} [recorded|saw] its last major outbreak in {yr2}, when [dozens of|more than 50] people fell ill.",
     "{if_outbreak}{reg} [verzeichnete|erlebte] den letzten großen Ausbruch im Jahr {yr2}, als [Dutzende|mehr als 50] Menschen erkrankten."),
    ("Hospitals across {reg} have [struggled|had trouble] to recruit staff since {yr1}.",
     "Krankenhäuser in ganz {reg} [haben|hatten] seit {yr1} Mühe, Personal zu finden."),
])

OUTLOOK = pool("health.o", [
    ("{org1} will [#p publish|release] updated figures on {day2}.", "{org1} [#p veröffentlicht|gibt] am {day2} aktualisierte Zahlen[#p | heraus]."),
])

QUOTES = {
    "p1": pool("health.q1", [
        ("{if_outbreak}Vaccination is still the best protection we have", "{if_outbreak}Die Impfung ist nach wie vor der beste Schutz, den wir haben"),
        ("There is no reason to panic, but there is every reason to [be careful|act now]", "Es gibt keinen Grund zur Panik, aber allen Grund, [vorsichtig zu sein|jetzt zu handeln]"),
    ]),
    "p2": pool("health.q2", [("{if_ward}Patient safety comes first, and we cannot run a ward without the staff to run it safely",
                              "{if_ward}Die Sicherheit der Patienten geht vor, und ohne das nötige Personal können wir keine Station sicher betreiben")]),
    "p3": pool("health.q3", [("{if_outbreak}The numbers will [get worse|rise] before they get better", "{if_outbreak}Die Zahlen werden [schlechter|steigen], bevor sie besser werden")]),
    "p4": pool("health.q4", [("Nobody told us anything until it was on the news", "Niemand hat uns etwas gesagt, bis es in den Nachrichten kam")]),
    "p5": pool("health.q5", [("{if_ward}Families in {city} deserve care close to home", "{if_ward}Familien in {city} haben eine Versorgung in ihrer Nähe verdient")]),
}

TOPIC = Topic("health", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
