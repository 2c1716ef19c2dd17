"""Company news: takeovers, profit warnings, job cuts, factory closures."""

from __future__ import annotations

from random import Random

from .. import names
from .. import slots as S
from .base import Topic, pool

# event noun (en, gender, de nom, de gen), the affected (en, de, de dat)
_DEALS = [
    ("takeover", "f", "Übernahme", "der Übernahme"),
    ("merger", "f", "Fusion", "der Fusion"),
    ("restructuring", "f", "Umstrukturierung", "der Umstrukturierung"),
    ("profit warning", "f", "Gewinnwarnung", "der Gewinnwarnung"),
]
# products (en, de, de dative)
_PRODUCTS = [("frozen meals", "Tiefkühlgerichte", "Tiefkühlgerichten"), ("wind turbines", "Windkraftanlagen", "Windkraftanlagen"),
             ("delivery vans", "Lieferwagen", "Lieferwagen"), ("kitchen appliances", "Küchengeräte", "Küchengeräten"),
             ("printed circuit boards", "Leiterplatten", "Leiterplatten"), ("packaging", "Verpackungen", "Verpackungen"),
             ("garden furniture", "Gartenmöbel", "Gartenmöbeln"),
             ("medical gloves", "medizinische Handschuhe", "medizinischen Handschuhen")]


def slots(rng: Random, cast) -> dict:
    s = cast.standard(rng)
    city = s["city"]["en"]
    a, b = cast.company(rng), cast.company(rng)
    deal = _DEALS[int(rng.random() * len(_DEALS))]
    s["org1"], s["org2"] = S.name(a), S.name(b)
    s["ev"] = S.institution(deal[0], deal[1], deal[2])
    s["ev"]["de:gen"] = deal[3]
    if deal[0] in ("takeover", "merger"):
        s["x_deal"] = s["ev"]
        s["if_deal"] = {"en": "", "de": ""}
    else:
        s["x_cuts"] = s["ev"]
        s["if_cuts"] = {"en": "", "de": ""}
    prod = _PRODUCTS[int(rng.random() * len(_PRODUCTS))]
    s["x_prod"] = {"en": prod[0], "de": prod[1], "de:dat": prod[2]}
    s["grp"] = {"en": "employees", "de": "Mitarbeiter", "de:dat": "Mitarbeitern"}
    s["p1"] = cast.person(rng, ("the chief executive of {o}", "the chief executive of {o}",
                                "der Vorstandschef von {o}", "die Vorstandschefin von {o}"), a)
    s["p2"] = cast.person(rng, ("a spokesman for {o}", "a spokeswoman for {o}", "ein Sprecher von {o}",
                                "eine Sprecherin von {o}"), b)
    s["p3"] = cast.person(rng, ("an analyst at {o}", "an analyst at {o}", "ein Analyst~ bei {o}",
                                "eine Analystin bei {o}"), f"{names.proper_root(rng)} Securities")
    s["p4"] = cast.person(rng, ("a machinist at the {o} plant", "a machinist at the {o} plant",
                                "ein Maschinist~ im Werk {o}", "eine Maschinistin im Werk {o}"), city)
    s["p5"] = cast.person(rng, ("a regional lawmaker", "a regional lawmaker", "ein Regionalabgeordneter~",
                                "eine Regionalabgeordnete~"))
    s["m1"] = S.money(rng, s["cur"], 2e8, 9e9)
    s["x_fee"] = S.money(rng, s["cur"], 2e7, 3e8)
    s["x_share"] = S.money(rng, s["cur"], 4, 90, hedge="")
    s["x_premium"] = S.percent(rng, 12, 45, hedge="about", decimals=False)
    s["x_jobs"] = S.count(rng, 150, 6000, round_to=10)
    s["x_sales"] = S.money(rng, s["cur"], 5e8, 2e10)
    s["x_drop"] = S.percent(rng, 3, 25, hedge="nearly")
    s["x_margin"] = S.percent(rng, 1, 9, hedge="")
    s["x_plants"] = S.small(rng, 2, 9)
    s["pc1"] = S.percent(rng, 4, 30)
    s["x_quarter"] = S.text(*[("first", "ersten"), ("second", "zweiten"), ("third", "dritten"),
                              ("fourth", "vierten")][int(rng.random() * 4)])
    return s


HEADLINE = pool("business.h", [
    ("{if_deal}{org1} agrees {m1:bare} deal for {org2}", "{if_deal}{org1} vereinbart {m1:bare}-Deal für {org2}"),
    ("{if_cuts}{org1} to cut {x_jobs:bare} jobs as demand for {x_prod} [slumps|weakens]",
     "{if_cuts}{org1} streicht {x_jobs:bare} Stellen, weil die Nachfrage nach {x_prod:dat} [einbricht|nachlässt]"),
    ("{if_deal}Shares in {org2} [#j jump|soar] on {org1} bid", "{if_deal}Aktien von {org2} [#j springen|schießen] nach Gebot von {org1} [#j nach oben|in die Höhe]"),
    ("{if_cuts}{org1} warns on profit, blames [weak demand|high costs]",
     "{if_cuts}{org1} warnt vor Gewinnrückgang und verweist auf [schwache Nachfrage|hohe Kosten]"),
    ("{if_cuts}{city} plant to close in {org1} [overhaul|shake-up]", "{if_cuts}Werk in {city} soll bei [Umbau|Neuordnung] von {org1} schließen"),
    ("{if_deal}What the {org1}-{org2} deal means for {x_prod} [buyers|customers]",
     "{if_deal}Was der Deal zwischen {org1} und {org2} für [Käufer|Kunden] von {x_prod:dat} bedeutet"),
])

LEDE = pool("business.l", [
    ("{if_deal}{org1} said on {day} it had agreed to buy {org2} for {m1}, a deal that would create one of the largest makers of {x_prod} in {reg}.",
     "{if_deal}{org1} hat am {day} mitgeteilt, {org2} für {m1} kaufen zu wollen; durch das Geschäft würde einer der größten Hersteller von {x_prod:dat} in {reg} entstehen."),
    ("{if_cuts}{org1} will cut {x_jobs} jobs and close its plant in {city}, the [maker of|manufacturer of] {x_prod} said on {day}, after sales fell for a [third|fourth] straight quarter.",
     "{if_cuts}{org1} will {x_jobs} Stellen streichen und sein Werk in {city} schließen, wie der [Hersteller|Produzent] von {x_prod:dat} am {day} mitteilte, nachdem der Umsatz das [dritte|vierte] Quartal in Folge gesunken war."),
    ("{if_deal}Shares in {org2} rose by {x_premium} on {day} after {org1} [made|tabled] an offer of {x_share:bare} a share, valuing the company at {m1}.",
     "{if_deal}Die Aktien von {org2} stiegen am {day} um {x_premium}, nachdem {org1} ein Angebot von {x_share:bare} je Aktie [vorgelegt|unterbreitet] hatte, das das Unternehmen mit {m1} bewertet."),
    ("{if_cuts}{org1}, one of the [biggest|largest] employers in {reg}, warned on {day} that profit would fall short of forecasts, [#n blaming|citing] weak demand for {x_prod}.",
     "{if_cuts}{org1}, einer der [größten|wichtigsten] Arbeitgeber in {reg}, warnte am {day}, der Gewinn werde hinter den Prognosen zurückbleiben, und [#n nannte|verwies auf] eine schwache Nachfrage nach {x_prod:dat}[#n  als Grund|]."),
])

FACTS = pool("business.f", [
    ("{if_deal}The offer of {x_share:bare} a share is a premium of {x_premium} to {org2}'s closing price on {day}.",
     "{if_deal}Das Angebot von {x_share:bare} je Aktie entspricht einem Aufschlag von {x_premium} auf den Schlusskurs von {org2} am {day}."),
    ("The boards of both companies [have approved|have backed] {x_deal}, which still needs the approval of {org2}'s shareholders and competition regulators.",
     "Die Vorstände beider Unternehmen haben {x_deal:acc} [gebilligt|unterstützt]; nötig ist noch die Zustimmung der Aktionäre von {org2} und der Wettbewerbsbehörden."),
    ("{org1} reported sales of {x_sales} last year and an operating margin of {x_margin}.",
     "{org1} meldete im vergangenen Jahr einen Umsatz von {x_sales} und eine operative Marge von {x_margin}."),
    ("Sales in the {x_quarter} quarter fell by {x_drop} [from a year earlier|compared with a year ago], the company said.",
     "Der Umsatz im {x_quarter} Quartal sank [im Jahresvergleich|gegenüber dem Vorjahr] um {x_drop}, teilte das Unternehmen mit."),
    ("{if_cuts}The cuts [#e amount to|represent] about a [fifth|quarter] of {org1}'s workforce and will [fall mostly on|mostly affect] the plant in {city}.",
     "{if_cuts}Die Kürzungen [#e entsprechen etwa einem|machen etwa ein] [Fünftel|Viertel] der Belegschaft von {org1}[#e | aus] und [treffen vor allem|betreffen vor allem] das Werk in {city}."),
    ("{org1} operates {x_plants} plants in {reg} and [sells|exports] most of its {x_prod} to [retailers|wholesalers] abroad.",
     "{org1} betreibt {x_plants} Werke in {reg} und [verkauft|exportiert] den Großteil seiner {x_prod} an [Einzelhändler|Großhändler] im Ausland."),
    ("{x_cuts} [is expected to|should] save {m1} a year by {date}, according to a presentation to investors.",
     "{x_cuts} [soll|dürfte] nach einer Präsentation für Investoren bis zum {date} jährlich {m1} einsparen."),
    ("Trading in {org1} shares was [unusually|exceptionally] heavy, with [volumes|turnover] at [three|four] times the daily average.",
     "Der Handel mit Aktien von {org1} war [ungewöhnlich|außergewöhnlich] rege; [das Volumen|der Umsatz] lag beim [Dreifachen|Vierfachen] des Tagesdurchschnitts."),
    ("Most of {org1}'s [#r revenue|sales] comes from [customers abroad|exports], and [a weaker|a stronger] currency has [squeezed|hurt] margins since {yr1}.",
     "Der Großteil [#r der Erlöse|des Umsatzes] von {org1} stammt [von Kunden im Ausland|aus Exporten], und [eine schwächere|eine stärkere] Währung hat die Margen seit {yr1} [geschmälert|belastet]."),
])

DETAILS = pool("business.d", [
    ("{p1:last} told analysts on a call that the company had [no choice|little choice] but to [shrink|cut back] after energy costs [doubled|rose sharply] in {yr1}.",
     "{p1:last} sagte in einer Telefonkonferenz mit Analysten, dem Unternehmen sei [keine Wahl|kaum eine Wahl] geblieben, als zu [schrumpfen|sparen], nachdem sich die Energiekosten im Jahr {yr1} [verdoppelt hatten|stark erhöht hatten]."),
    ("{if_cuts}Severance talks with employee representatives [will start|are due to start] on {day2}, the company said.",
     "{if_cuts}Die Gespräche über Abfindungen mit den Arbeitnehmervertretern [sollen|werden] am {day2} beginnen, teilte das Unternehmen mit."),
    ("Shares in {org1} [fell|dropped] {pc1} in early trading before [recovering|regaining] some ground.",
     "Die Aktien von {org1} [fielen|sanken] im frühen Handel um {pc1}, bevor sie einen Teil der Verluste [wettmachten|aufholten]."),
    ("{org1} has already [sold|disposed of] two smaller units and [closed|shut] a warehouse in {city} this year.",
     "{org1} hat in diesem Jahr bereits zwei kleinere Sparten [verkauft|abgestoßen] und ein Lager in {city} [geschlossen|dichtgemacht]."),
    ("{if_deal}The combined company would employ {n5} people and [#k keep|retain] its headquarters in {city}.",
     "{if_deal}Das fusionierte Unternehmen hätte {n5} Beschäftigte und [#k behielte|würde] seinen Sitz in {city}[#k | behalten]."),
    ("Demand for {x_prod} has [#s weakened|softened] across {reg} as [retailers cut orders|customers delay purchases].",
     "Die Nachfrage nach {x_prod:dat} hat [#s |sich ]in ganz {reg} [#s nachgelassen|abgeschwächt], weil [Händler Bestellungen kürzen|Kunden Käufe aufschieben]."),
])

CONDITIONS = pool("business.c", [
    ("{org1} said it would pay {org2} a break fee of {x_fee} if {x_deal} [collapsed|fell through] for regulatory reasons.",
     "{org1} erklärte, es werde {org2:dat} eine Vertragsstrafe von {x_fee} zahlen, falls {x_deal} aus regulatorischen Gründen [scheitere|platze]."),
    ("{if_cuts}Unless demand recovers by {date}, further [cuts|job losses] cannot be ruled out, {p1:last} said.",
     "{if_cuts}Sollte sich die Nachfrage bis zum {date} nicht erholen, seien weitere [Kürzungen|Stellenstreichungen] nicht auszuschließen, sagte {p1:last}."),
    ("{if_deal}If regulators approve the deal, it is expected to close by {date}.",
     "{if_deal}Wenn die Behörden das Geschäft genehmigen, soll es bis zum {date} abgeschlossen sein."),
    ("{if_cuts}The plant in {city} could stay open if a buyer is found within {k1} months, the company said.",
     "{if_cuts}Das Werk in {city} könnte offen bleiben, wenn sich binnen {k1} Monaten ein Käufer finde, erklärte das Unternehmen."),
    ("{if_deal}If a rival bidder [emerges|appears], {org2} would be free to [consider|weigh] it, but would owe {org1} [compensation|a fee].",
     "{if_deal}Sollte ein konkurrierender Bieter [auftauchen|auf den Plan treten], könnte {org2} dessen Angebot [prüfen|abwägen], müsste {org1:dat} aber [eine Entschädigung|eine Gebühr] zahlen."),
    ("{p3:last} said the shares would recover only if {org1} [showed|proved] it could cut costs [without losing customers|and still keep its customers].",
     "{p3:last} sagte, die Aktie werde sich nur erholen, wenn {org1} [zeige|beweise], dass es die Kosten senken könne, [ohne Kunden zu verlieren|und dabei seine Kunden halte]."),
])

NEGATIONS = pool("business.n", [
    ("{if_cuts}{org1} did not say how many of the job cuts would be [compulsory|forced redundancies].",
     "{if_cuts}{org1} sagte nicht, wie viele der Stellenstreichungen [betriebsbedingt|Zwangsentlassungen] sein würden."),
    ("{p2}, {p2:role}, said the company had not received [a formal offer|any formal approach] and would not comment on [speculation|market rumors].",
     "{p2}, {p2:role}, sagte, das Unternehmen habe [kein förmliches Angebot|keine förmliche Anfrage] erhalten und äußere sich nicht zu [Spekulationen|Marktgerüchten]."),
    ("The company has not [paid|declared] a dividend since {yr1}.",
     "Das Unternehmen hat seit {yr1} keine Dividende [gezahlt|ausgeschüttet]."),
    ("{if_deal}Neither company has [said|disclosed] how many jobs could go once the [businesses|operations] are combined.",
     "{if_deal}Keines der beiden Unternehmen hat [gesagt|offengelegt], wie viele Stellen nach dem Zusammenschluss der [Geschäfte|Betriebe] wegfallen könnten."),
    ("{if_cuts}The company has not ruled out selling [the plant|the site] in {city} if no [investor|buyer] comes forward.",
     "{if_cuts}Das Unternehmen hat einen Verkauf [des Werks|des Standorts] in {city} nicht ausgeschlossen, falls sich kein [Investor|Käufer] findet."),
    ("{org1} did not [update|change] its forecast for next year and gave no [guidance|indication] on [dividends|bonuses].",
     "{org1} hat seine Prognose für das kommende Jahr nicht [aktualisiert|geändert] und keine [Hinweise|Angaben] zu [Dividenden|Boni] gemacht."),
])

BACKGROUND = pool("business.b", [
    ("{org1} was founded in {city} in {yr2} as a [family firm|small workshop] and [#g listed its shares|went public] in {yr1}.",
     "{org1} wurde im Jahr {yr2} in {city} als [Familienunternehmen|kleine Werkstatt] gegründet und [#g brachte|ging] im Jahr {yr1} [#g seine Aktien |]an die Börse."),
    ("[Consolidation|Deal-making] in the [sector|industry] has picked up since {yr1}, as [higher interest rates|rising costs] squeezed smaller players.",
     "Seit {yr1} hat die [Konsolidierung|Zahl der Übernahmen] in der [Branche|Industrie] zugenommen, weil [höhere Zinsen|steigende Kosten] kleinere Anbieter unter Druck setzten."),
])

OUTLOOK = pool("business.o", [
    ("{org1} will publish [full-year results|its annual results] on {date}.",
     "{org1} legt am {date} [seine Jahreszahlen|seine Jahresergebnisse] vor."),
    ("{if_deal}{org2}'s shareholders are due to vote on the offer at a meeting on {date}.",
     "{if_deal}Die Aktionäre von {org2} sollen auf einer Versammlung am {date} über das Angebot abstimmen."),
])

QUOTES = {
    "p1": pool("business.q1", [
        ("{if_cuts}This is a [painful|hard] decision, and we did not take it lightly", "{if_cuts}Das ist eine [schmerzhafte|schwere] Entscheidung, und wir haben sie uns nicht leicht gemacht"),
        ("{if_deal}Together we will be [stronger|better placed] to compete for the next decade",
         "{if_deal}Gemeinsam werden wir [stärker sein|besser aufgestellt sein], um im nächsten Jahrzehnt bestehen zu können"),
    ]),
    "p2": pool("business.q2", [
        ("{if_deal}We do not comment on [market speculation|rumors]", "{if_deal}Wir äußern uns nicht zu [Marktspekulationen|Gerüchten]"),
    ]),
    "p3": pool("business.q3", [
        ("{if_deal}The price looks [full|generous], but the cost savings are real", "{if_deal}Der Preis wirkt [hoch|großzügig], aber die Einsparungen sind real"),
        ("The market had [expected|priced in] bad news, just not this much", "Der Markt hatte mit schlechten Nachrichten [gerechnet|gerechnet], nur nicht mit so vielen"),
    ]),
    "p4": pool("business.q4", [
        ("{if_cuts}My father worked at this plant, and so did his father", "{if_cuts}Mein Vater hat in diesem Werk gearbeitet, und sein Vater auch"),
        ("{if_cuts}We heard it on the news before we heard it from management", "{if_cuts}Wir haben es aus den Nachrichten erfahren, bevor wir es von der Geschäftsleitung gehört haben"),
    ]),
    "p5": pool("business.q5", [
        ("{if_cuts}{city} cannot afford to lose {x_jobs:bare} jobs in one go", "{if_cuts}{city} kann es sich nicht leisten, {x_jobs:bare} Arbeitsplätze auf einen Schlag zu verlieren"),
    ]),
}

TOPIC = Topic("business", slots, HEADLINE, LEDE, FACTS, DETAILS, CONDITIONS, NEGATIONS, BACKGROUND, OUTLOOK, QUOTES)
