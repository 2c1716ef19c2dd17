"""Slot values: the facts of a story in both languages (names, numbers with hedges, money, dates,
institutions). A slot value is a plain dict keyed ``"en"``, ``"en:form"``, ``"de"``, ``"de:form"``
(see :mod:`.tmpl`); numbers and names are the same facts in every language, only their spelling
changes (``1,900`` → ``1.900``, ``$4.2 million`` → ``4,2 Millionen Dollar``, ``Monday`` → ``Montag``).
"""

from __future__ import annotations

from random import Random

# hedge key: (English variants, German variants); a story keeps one wording per slot
HEDGES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "": (("",), ("",)),
    "about": (("about", "around", "roughly", "some"), ("rund", "etwa", "ungefähr", "etwa")),
    "nearly": (("nearly", "almost", "close to"), ("fast", "knapp", "beinahe")),
    "as_many_as": (("as many as", "up to"), ("bis zu", "bis zu")),
    "at_least": (("at least",), ("mindestens",)),
    "more_than": (("more than", "over"), ("mehr als", "über")),
}
HEDGE_WORDS_EN = ("about", "around", "roughly", "some", "nearly", "almost", "close to", "as many as",
                  "up to", "at least", "more than", "over")

WEEKDAYS = (("Monday", "Montag"), ("Tuesday", "Dienstag"), ("Wednesday", "Mittwoch"),
            ("Thursday", "Donnerstag"), ("Friday", "Freitag"), ("Saturday", "Samstag"),
            ("Sunday", "Sonntag"))
MONTHS = (("January", "Jan.", "Januar"), ("February", "Feb.", "Februar"), ("March", "March", "März"),
          ("April", "April", "April"), ("May", "May", "Mai"), ("June", "June", "Juni"),
          ("July", "July", "Juli"), ("August", "Aug.", "August"), ("September", "Sept.", "September"),
          ("October", "Oct.", "Oktober"), ("November", "Nov.", "November"),
          ("December", "Dec.", "Dezember"))
SMALL = (("zero", "null"), ("one", "eins"), ("two", "zwei"), ("three", "drei"), ("four", "vier"),
         ("five", "fünf"), ("six", "sechs"), ("seven", "sieben"), ("eight", "acht"), ("nine", "neun"),
         ("ten", "zehn"), ("eleven", "elf"), ("twelve", "zwölf"))
CURRENCIES = {"$": ("Dollar", "dollars"), "£": ("Pfund", "pounds"), "€": ("Euro", "euros")}
# rough rates used by the "edited" derivation for a bracketed conversion
RATES = {("$", "£"): 0.79, ("$", "€"): 0.92, ("£", "$"): 1.27, ("£", "€"): 1.17, ("€", "$"): 1.09,
         ("€", "£"): 0.86}


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_int(n: int, lang: str) -> str:
    return _group(n, "," if lang == "en" else ".")


def fmt_dec(x: float, lang: str) -> str:
    s = f"{x:.1f}".rstrip("0").rstrip(".")
    return s if lang == "en" else s.replace(".", ",")


def hedged(rng: Random, hedge: str, en: str, de: str) -> dict[str, str]:
    ens, des = HEDGES[hedge]
    i = int(rng.random() * len(ens))
    h_en, h_de = ens[i], des[i]
    return {
        "en": f"{h_en} {en}".strip(), "de": f"{h_de} {de}".strip(),
        "en:bare": en, "de:bare": de, "en:hedge": h_en, "de:hedge": h_de, "hedge": hedge,
    }


def pick_hedge(rng: Random, weights: tuple[float, ...] = (0.35, 0.2, 0.12, 0.1, 0.13, 0.1)) -> str:
    r = rng.random() * sum(weights)
    for key, w in zip(HEDGES, weights):
        r -= w
        if r <= 0:
            return key
    return ""


def count(rng: Random, lo: int, hi: int, hedge: str | None = None, round_to: int = 1) -> dict[str, str]:
    """A hedged count, e.g. ``about 1,900`` / ``rund 1.900``."""
    n = lo + int(rng.random() * (hi - lo + 1))
    if round_to > 1 and n > round_to:
        n = (n // round_to) * round_to
    value = hedged(rng, pick_hedge(rng) if hedge is None else hedge, fmt_int(n, "en"), fmt_int(n, "de"))
    value["value"] = str(n)
    if n <= 12:
        value["en:word"], value["de:word"] = SMALL[n]
    else:
        value["en:word"], value["de:word"] = value["en"], value["de"]
    return value


def small(rng: Random, lo: int = 2, hi: int = 12) -> dict[str, str]:
    """A small number written as a word: ``eight`` / ``acht``."""
    n = lo + int(rng.random() * (hi - lo + 1))
    en, de = SMALL[n]
    return {"en": en, "de": de, "value": str(n), "en:digits": str(n), "de:digits": str(n)}


def money(rng: Random, cur: str, lo: float, hi: float, hedge: str | None = None) -> dict[str, str]:
    """Money with a hedge: ``nearly $4.2 million`` / ``fast 4,2 Millionen Dollar``."""
    de_cur = CURRENCIES[cur][0]
    x = lo * (hi / lo) ** rng.random()
    if x >= 1e9:
        v = round(x / 1e9, 1)
        en, de = f"{cur}{fmt_dec(v, 'en')} billion", f"{fmt_dec(v, 'de')} Milliarden {de_cur}"
    elif x >= 1e6:
        v = round(x / 1e6, 1)
        en, de = f"{cur}{fmt_dec(v, 'en')} million", f"{fmt_dec(v, 'de')} Millionen {de_cur}"
    else:
        v = int(round(x, -2 if x > 1000 else 0))
        en, de = f"{cur}{fmt_int(v, 'en')}", f"{fmt_int(v, 'de')} {de_cur}"
    value = hedged(rng, pick_hedge(rng) if hedge is None else hedge, en, de)
    value["value"] = str(x)
    return value


def percent(rng: Random, lo: float, hi: float, hedge: str | None = None, decimals: bool = True) -> dict[str, str]:
    """``about 6.5 percent`` / ``rund 6,5 Prozent``."""
    x = lo + rng.random() * (hi - lo)
    x = round(x, 1) if decimals and rng.random() < 0.4 else round(x)
    en, de = f"{fmt_dec(x, 'en')} percent", f"{fmt_dec(x, 'de')} Prozent"
    value = hedged(rng, pick_hedge(rng) if hedge is None else hedge, en, de)
    value["value"] = str(x)
    return value


def weekday(i: int) -> dict[str, str]:
    en, de = WEEKDAYS[i % 7]
    return {"en": en, "de": de}


def calendar_date(month: int, day: int) -> dict[str, str]:
    full, short, de = MONTHS[month]
    return {"en": f"{short} {day}", "de": f"{day}. {de}", "en:full": f"{full} {day}", "en:month": full,
            "de:month": de}


def year(y: int) -> dict[str, str]:
    return {"en": str(y), "de": str(y)}


def text(en: str, de: str) -> dict[str, str]:
    return {"en": en, "de": de}


_ART = {"m": ("der", "dem", "den"), "f": ("die", "der", "die"), "n": ("das", "dem", "das"),
        "p": ("die", "den", "die")}


def institution(en: str, gender: str, de_noun: str, de_dat_noun: str | None = None,
                article: bool = True) -> dict[str, str]:
    """An institution with an article: ``the Talvora District Court`` / ``das Bezirksgericht Talvora``.

    Forms: ``en`` (with ``the``), ``en:bare``; German ``de`` (nominative), ``de:dat``, ``de:acc``,
    ``de:bare``.
    """
    nom, dat, acc = _ART[gender]
    return {
        "en": f"the {en}" if article else en, "en:bare": en, "de": f"{nom} {de_noun}", "de:dat": f"{dat} {de_dat_noun or de_noun}",
        "de:acc": f"{acc} {de_noun}", "de:bare": de_noun, "de:gen": f"{'des' if gender in 'mn' else 'der'} {de_noun}",
    }


def name(value: str) -> dict[str, str]:
    """A proper name that is the same in both languages (company, town, region, brand)."""
    return {"en": value, "de": value}


_PRON = {"m": ("he", "He", "him", "his", "er", "Er", "ihn", "ihm"),
         "f": ("she", "She", "her", "her", "sie", "Sie", "sie", "ihr")}


def person(first: str, last: str, gender: str, role: tuple[str, str, str, str] | None,
           org: str | tuple[str, str] = "") -> dict[str, str]:
    """A person with role. ``role`` is ``(en_m, en_f, de_m, de_f)`` with ``{o}`` for the organisation;
    a ``~`` in the German masculine form marks the weak-noun ending (``Analyst~`` → dative ``Analysten``).
    """
    he, He, him, his, er, Er, ihn, ihm = _PRON[gender]
    value = {
        "en": f"{first} {last}", "de": f"{first} {last}", "en:last": last, "de:last": last,
        "en:first": first, "de:first": first, "en:he": he, "en:He": He, "en:him": him, "en:his": his,
        "de:he": er, "de:He": Er, "de:him": ihn, "de:ihm": ihm, "gender": gender,
        "en:mrs": ("Mr. " if gender == "m" else "Ms. ") + last,
        "de:mrs": ("Herr " if gender == "m" else "Frau ") + last,
        "en:rel": "who", "de:rel": "der" if gender == "m" else "die",
        "de:seinen": "seinen" if gender == "m" else "ihren", "de:seinem": "seinem" if gender == "m" else "ihrem",
        "de:seine": "seine" if gender == "m" else "ihre",
    }
    if role:
        en_org, de_org = (org, org) if isinstance(org, str) else org
        en_role = (role[0] if gender == "m" else role[1]).format(o=en_org)
        de_role = (role[2] if gender == "m" else role[3]).format(o=de_org)
        value["en:role"] = en_role
        value["de:role"] = de_role.replace("~", "")
        value["de:role_dat"] = _dative(de_role)
    return value


def _dative(phrase: str) -> str:
    """Dative of a role phrase: the article, adjectives and weak nouns marked with ``~``
    (``ein ehemaliger~ Analyst~`` → ``einem ehemaligen Analysten``)."""
    head, _, rest = phrase.partition(" ")
    head = {"ein": "einem", "eine": "einer", "der": "dem", "die": "der", "das": "dem"}.get(head, head)
    words = []
    for w in rest.split(" "):
        if w.endswith("er~"):
            w = w[:-3] + "en"
        elif w.endswith("e~"):
            w = w[:-2] + "en"
        elif w.endswith("~"):
            w = w[:-1] + "en"
        words.append(w)
    return f"{head} {' '.join(words)}".strip()


def university(town: str) -> tuple[str, str]:
    """An organisation name for role phrases, in English and German."""
    return f"University of {town}", f"Universität {town}"
