"""Invented names built from syllables: people in ten naming traditions, towns, regions,
organisations and outlets. Nothing here is a list of real people or places; the syllable tables
were written for this generator. Each tradition yields a few hundred first names and a few hundred
surnames (about 2,650 first names and 2,250 surnames in all, some 6 million full names).
"""

from __future__ import annotations

import re
from random import Random

# tradition: (male first = onsets x endings, female first = onsets x endings, surname = roots x suffixes)
_TRADITIONS: dict[str, tuple[tuple[list[str], list[str]], tuple[list[str], list[str]], tuple[list[str], list[str]]]] = {
    "anglo": (
        (["Ed", "Al", "Ger", "Har", "Wal", "Ros", "Dun", "Mal", "Tre", "Col", "Den", "Bren", "Gar", "Nor"],
         ["win", "ald", "ric", "ton", "vin", "den", "mond", "bert", "ley", "an", "ell", "rick"]),
        (["El", "Mar", "Ros", "Jan", "Ad", "Ev", "Cor", "Lyn", "Hel", "Bri", "Gwen", "Tam", "Del"],
         ["a", "ine", "elle", "ette", "ora", "anne", "ia", "wyn", "issa", "ice", "eth"]),
        (["Ash", "Brad", "Chal", "Dray", "Fen", "Gold", "Hal", "Kend", "Lang", "Merr", "Pem", "Rad",
          "Stan", "Thorn", "Wain", "Whit", "Craw", "Bram", "Hollis", "Penn", "Cald", "Ross"],
         ["ford", "well", "wick", "ley", "by", "son", "ton", "field", "worth", "more", "ridge", "ham",
          "shaw", "combe", "er", "ington"]),
    ),
    "german": (
        (["Wolf", "Die", "Lo", "Bern", "Rein", "Gun", "Hel", "Ul", "Jo", "Ans", "Kon", "Fried"],
         ["hard", "mar", "bert", "old", "ger", "rich", "helm", "win", "ram", "fried"]),
        (["Hil", "Gret", "Lie", "Ur", "Wal", "Sig", "Hed", "Ren", "An", "Bir", "Ger"],
         ["de", "traud", "lind", "ke", "run", "burg", "gard", "a", "ika", "wig"]),
        (["Brenn", "Hof", "Kessel", "Lind", "Neu", "Stein", "Wald", "Eich", "Rosen", "Schell", "Fahr",
          "Tann", "Ober", "Kalt", "Mohr", "Grun", "Heck", "Albr"],
         ["mann", "berger", "hauser", "er", "feld", "bach", "inger", "mayer", "hardt", "stetter", "wald",
          "meier", "ling", "dorf"]),
    ),
    "romance": (
        (["Ma", "Lu", "Ra", "Fe", "Ser", "Gi", "Al", "Ro", "Ce", "Da", "Vi", "Tom"],
         ["rio", "ciano", "fael", "lipe", "gio", "lberto", "nzo", "berto", "sar", "niel", "cente", "aso"]),
        (["Ma", "Lu", "Ro", "Car", "Is", "Fe", "Gi", "Al", "Pa", "Val", "Ele", "Bea"],
         ["rina", "cia", "sa", "mela", "abella", "lipa", "ulia", "ba", "ola", "entina", "na", "triz"]),
        (["Bel", "Cas", "Fer", "Gal", "Mar", "Or", "Pal", "Ros", "Sal", "Var", "Mont", "Ribe", "Carr",
          "Vill", "Esp", "Tor", "Mend", "Quin"],
         ["ardi", "etti", "ano", "ez", "ero", "iga", "oza", "ini", "ella", "ada", "uro", "ales", "ino",
          "eira", "edo", "ones"]),
    ),
    "slavic": (
        (["Vla", "Bo", "Mi", "Sta", "Dra", "Yu", "Ti", "Ra", "Ig", "Ve", "Zde", "Pe"],
         ["dimir", "ris", "lan", "nislav", "gan", "ri", "mofei", "doslav", "or", "selin", "nek", "tar"]),
        (["Mi", "Ve", "Ka", "Yel", "Da", "Zo", "Ta", "Bo", "Lyu", "Na", "Ir", "Ol"],
         ["lena", "ra", "tya", "ena", "rina", "ya", "tiana", "zhena", "dmila", "dia", "ina", "esya"]),
        (["Tabal", "Kovar", "Petr", "Volk", "Zabor", "Morav", "Kral", "Bely", "Sokol", "Dubr", "Lesk",
          "Grom", "Yarosl", "Cher", "Ozer", "Stepan", "Rud", "Polan"],
         ["ov", "ev", "enko", "ski", "ovich", "ik", "in", "yak", "czyk", "anov", "ich", "uk"]),
    ),
    "nordic": (
        (["Bjor", "Tor", "Sven", "Ei", "Lei", "Har", "Rag", "Ole", "As", "Hal", "Kjel", "Arn"],
         ["n", "stein", "d", "nar", "f", "ald", "e", "mund", "vard", "geir"]),
        (["Ing", "Sig", "Ast", "Sol", "Rag", "Lin", "Hel", "Kar", "Tu", "Frey", "Maj"],
         ["rid", "ne", "veig", "hild", "a", "unn", "dis", "ja", "ve", "borg"]),
        (["Lund", "Berg", "Dahl", "Holm", "Strand", "Vik", "Sand", "Fjeld", "Nord", "Aas", "Eng",
          "Hag", "Lind", "Mo", "Skog", "Tvedt", "Ros", "Al"],
         ["qvist", "gren", "berg", "strom", "ström", "lund", "sen", "stad", "heim", "vik", "by", "dal"]),
    ),
    "west_african": (
        (["Olu", "Ade", "Chu", "Ke", "Ba", "Eme", "Ko", "Ife", "Tun", "Yaw", "Kwa", "Nna"],
         ["wale", "kunle", "kwuma", "mi", "bajide", "ka", "fi", "anyi", "de", "me", "sey"]),
        (["Ade", "Chi", "Nga", "Fola", "Ama", "Ifeo", "Bisi", "Efu", "Yeju", "Nkem", "Ayo"],
         ["ola", "oma", "ozi", "ke", "ma", "nna", "lade", "a", "de", "ji", "dele"]),
        (["Ade", "Oka", "Obi", "Nwo", "Ola", "Eze", "Baka", "Ogun", "Asa", "Ibe", "Ako", "Dan",
          "Ofo", "Mensa", "Agy", "Ose"],
         ["yemi", "for", "ora", "kwe", "sanya", "nwa", "re", "leye", "ama", "bi", "fo", "h", "ni",
          "ku"]),
    ),
    "south_asian": (
        (["Ra", "Vi", "Ar", "Sun", "Deep", "Ha", "Ma", "Kri", "Pra", "Ni", "Sa", "Ro"],
         ["jesh", "kram", "jun", "il", "ak", "rish", "nav", "shan", "kash", "khil", "meer", "han"]),
        (["Pri", "An", "Sun", "Kav", "Mee", "Di", "Shre", "Ra", "Nan", "Ish", "Lak", "Tan"],
         ["ya", "jali", "ita", "era", "ra", "vya", "ya", "dhika", "dini", "ani", "shmi", "vi"]),
        (["Ram", "Nar", "Kap", "Mukh", "Bhat", "Ven", "Sub", "Chand", "Des", "Kris", "Pat", "Iyen",
          "Sah", "Mal", "Jos", "Red"],
         ["an", "ayan", "oor", "erjee", "nagar", "katesh", "ramaniam", "ra", "ai", "hnan", "el", "gar",
          "ani", "hotra", "hi", "dy"]),
    ),
    "east_asian": (
        (["Hao", "Jun", "Min", "Tae", "Hiro", "Ken", "Wei", "Sung", "Dai", "Kai", "Shin", "Yong"],
         ["", "ji", "ho", "shi", "to", "ming", "jun", "suke", "chen", "woo", "ki"]),
        (["Mei", "Yu", "Ji", "Hana", "Soo", "Ai", "Lin", "Eun", "Xiao", "Na", "Yumi", "Hye"],
         ["", "ko", "na", "yeon", "rin", "mi", "jin", "hua", "ri", "lan", "e"]),
        (["Ta", "Ka", "Na", "Hi", "Mi", "Yama", "Ishi", "Mo", "Fu", "Sa", "Oka", "Ko"],
         ["naka", "mura", "moto", "kawa", "ta", "saki", "da", "gawa", "no", "shima", "zaki", "bayashi"]),
    ),
    "arabic": (
        (["Ka", "Ha", "Ta", "Sa", "Ra", "Mu", "Na", "Ja", "Fa", "Ya", "Ba", "Wa"],
         ["rim", "san", "riq", "lim", "mi", "stafa", "bil", "mal", "ris", "sin", "shir", "lid"]),
        (["La", "Ya", "Ra", "Na", "Sa", "Fa", "Ha", "Ma", "Da", "Za", "Ra", "Ama"],
         ["yla", "smin", "nia", "dia", "lma", "tima", "na", "riam", "lia", "ynab", "sha", "ni"]),
        (["Al-Ha", "Ha", "Kha", "Ma", "Na", "Sa", "Qa", "Ra", "Ta", "Za", "El-Fa", "Ba"],
         ["ddad", "lil", "ssan", "jid", "sser", "leh", "sim", "shid", "hir", "ki", "rouk", "kri", "mdan"]),
    ),
    "greek": (
        (["Dim", "Ni", "Yor", "Kos", "Pan", "Ste", "Vas", "Sta", "Ath", "Ther", "Ar", "Le"],
         ["itris", "kos", "gos", "tas", "agiotis", "lios", "ilis", "vros", "anasios", "on", "is"]),
        (["Ele", "Kat", "Dim", "Ioa", "Sof", "Niko", "Ant", "Mar", "Vas", "Zo", "Ge"],
         ["ni", "erina", "itra", "nna", "ia", "leta", "onia", "ina", "iliki", "e", "orgia"]),
        (["Papa", "Kara", "Alex", "Georg", "Mavro", "Pan", "Nik", "Vlach", "Stav", "Konst", "Lamb", "Ch"],
         ["dopoulos", "manlis", "iou", "akis", "gianni", "idis", "opoulos", "os", "rakis", "antinou",
          "ridis", "ristou"]),
    ),
}
TRADITIONS = tuple(_TRADITIONS)
_CLUSTER = re.compile(r"[bcdfgjklmnpqrstvwxz]{3}|(.)\1\1|[aeiou]{3}")

_TOWN_ROOTS = [
    "Ald", "Brack", "Corm", "Dun", "Fell", "Gar", "Hol", "Kess", "Lind", "Marl", "Norr", "Orm", "Pell",
    "Quar", "Rath", "Sel", "Tarr", "Ulls", "Vent", "Wex", "Yar", "Calv", "Brem", "Haver", "Ash",
    "Eld", "Fal", "Gran", "Hart", "Kil", "Lang", "Mor", "Oak", "Pen", "Red", "Sto", "Thorn", "Well",
    "Bel", "Cran", "Dor", "Elm", "Ferr", "Glen", "Hess", "Ivor", "Jarr", "Kend", "Lom", "Mill",
]
_TOWN_SUFFIXES = [
    "port", "ford", "bury", "field", "wick", "haven", "ton", "mouth", "dale", "stead", "by", "ville",
    "ridge", "moor", "brook", "cliff", "stow", "ham", "burg", "holm",
]
_REGION_ROOTS = ["Tal", "Mer", "Cas", "Vel", "Ord", "Bal", "Sar", "Len", "Dov", "Kar", "Pel", "Rhon",
                 "Aus", "Bren", "Cor", "Ist", "Lur", "Nev", "Ost", "Var"]
_REGION_SUFFIXES = ["vora", "ania", "illa", "mark", "onia", "esia", "land", "ara", "avia", "inth"]

_COMPANY_ROOTS = [
    "Harvane", "Tollivar", "Veridan", "Norvale", "Brightwater", "Keystone", "Calder", "Ostrava", "Pinecrest",
    "Merrowan", "Silverline", "Arcton", "Bluefield", "Corvane", "Dunmore", "Everly", "Falcrest",
    "Granmoor", "Halden", "Ironvale", "Juniper", "Kestravel", "Lumora", "Marlowe", "Nexo", "Orwin",
    "Pallas", "Quorra", "Redfern", "Solent", "Trelawn", "Umbra", "Vantor", "Westmark", "Yellowpine",
    "Zephra", "Altura", "Bexley", "Crestline", "Dovetail", "Emberly", "Fernhill", "Glasswing", "Holloway",
]
_COMPANY_SUFFIXES = [
    "Holdings", "Logistics", "Systems", "Foods", "Energy", "Capital", "Labs", "Motors", "Pharma",
    "Networks", "Group", "Industries", "Analytics", "Freight", "Retail", "Mining", "Telecom", "Bank",
    "Insurance", "Airways", "Software", "Biotech", "Steel", "Media",
]
_OUTLET_PAPER = ["Courier", "Gazette", "Herald", "Post", "Tribune", "Chronicle", "Examiner", "Observer",
                 "Sentinel", "Standard", "Record", "Dispatch", "Mercury", "Bulletin", "Ledger", "Star"]
_OUTLET_WIRE = ["Press Agency", "News Service", "Wire", "Newswire", "Press Association", "Telegraph Agency"]
_OUTLET_AGG = ["NewsFlow", "WorldFeedPlus", "DailyDigest", "Newsbeam", "PulseWire", "Headline Hub",
               "StoryStream", "NewsNow24", "InfoCurrent", "Briefly"]
_OUTLET_DE = ["Tageblatt", "Rundschau", "Anzeiger", "Zeitung", "Kurier", "Nachrichten", "Allgemeine",
              "Volksblatt", "Abendpost", "Morgenpost"]


def _pick(rng: Random, seq):
    return seq[int(rng.random() * len(seq))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def person_name(rng: Random, tradition: str | None = None, gender: str | None = None) -> tuple[str, str, str]:
    """``(first, last, gender)`` with gender ``"m"`` or ``"f"``."""
    tradition = tradition or _pick(rng, TRADITIONS)
    gender = gender or ("f" if rng.random() < 0.5 else "m")
    male, female, surname = _TRADITIONS[tradition]
    on, end = male if gender == "m" else female
    for _ in range(8):
        first = _cap(_pick(rng, on) + _pick(rng, end))
        if not _CLUSTER.search(first.lower()):
            break
    root, suf = surname
    last = _pick(rng, root) + _pick(rng, suf)
    if tradition == "slavic" and gender == "f" and last.endswith(("ov", "ev", "in")):
        last += "a"
    if tradition == "east_asian" and first.lower() == last.lower():
        last = last + "mura"
    if "-" in last:
        head, tail = last.split("-", 1)
        last = head + "-" + _cap(tail)
    return first, _cap(last), gender


def town(rng: Random) -> str:
    return _pick(rng, _TOWN_ROOTS) + _pick(rng, _TOWN_SUFFIXES)


def region(rng: Random) -> str:
    return _pick(rng, _REGION_ROOTS) + _pick(rng, _REGION_SUFFIXES)


def company(rng: Random) -> str:
    return f"{_pick(rng, _COMPANY_ROOTS)} {_pick(rng, _COMPANY_SUFFIXES)}"


def proper_root(rng: Random) -> str:
    """A short invented proper noun for brands, products, teams and reports."""
    return _pick(rng, _COMPANY_ROOTS) if rng.random() < 0.5 else town(rng)


def wire_outlet(rng: Random) -> tuple[str, str]:
    """``(name, abbreviation)`` of an invented wire service."""
    root = _pick(rng, _TOWN_ROOTS + _REGION_ROOTS) + _pick(rng, ["", "ia", "ic", "an", "en"])
    kind = _pick(rng, _OUTLET_WIRE)
    abbr = "".join(w[0] for w in (root + " " + kind).split()).upper()
    return f"{root} {kind}", abbr


def paper_outlet(rng: Random) -> str:
    return f"The {town(rng)} {_pick(rng, _OUTLET_PAPER)}"


def aggregator_outlet(rng: Random) -> str:
    return _pick(rng, _OUTLET_AGG) + _pick(rng, ["", " Daily", " Online", " Today", " Express"])


def german_outlet(rng: Random) -> str:
    t = town(rng)
    style = rng.random()
    if style < 0.4:
        return f"{t}er {_pick(rng, _OUTLET_DE)}"
    if style < 0.7:
        return f"Neue {t}er {_pick(rng, _OUTLET_DE)}"
    return f"{_pick(rng, _OUTLET_DE)} {t}"


def domain(outlet: str) -> str:
    keep = "".join(c for c in outlet.lower() if c.isalnum() or c == " ")
    words = [w for w in keep.split() if w != "the"]
    return "".join(words[:3]) + ".example." + ("de" if any(ord(c) > 127 for c in outlet) else "org")


def respell(name: str, rng: Random) -> str:
    """A machine-translation style respelling: l/r swap, ch -> k, a doubled or undoubled letter."""
    options = []
    low = name.lower()
    for a, b in (("l", "r"), ("r", "l")):
        idx = [i for i, c in enumerate(low) if c == a]
        for i in idx:
            new = name[:i] + (b.upper() if name[i].isupper() else b) + name[i + 1:]
            options.append(new)
    if "ch" in low:
        i = low.index("ch")
        options.append(name[:i] + ("K" if name[i].isupper() else "k") + name[i + 2:])
    for i in range(1, len(name) - 1):
        if name[i] == name[i + 1] and name[i].isalpha():
            options.append(name[:i] + name[i + 1:])
            break
    for i in range(1, len(name) - 1):
        if name[i] in "nmtsl" and name[i - 1] in "aeiou" and name[i + 1] in "aeiou":
            options.append(name[:i] + name[i] + name[i:])
            break
    if "v" in low[1:]:
        i = low.index("v", 1)
        options.append(name[:i] + "b" + name[i + 1:])
    if not options:
        options.append(name + "e")
    return _pick(rng, options)
