"""Number findings: a figure changed, dropped or added, and hedges removed or changed.

A figure is a value with its hedge ("nearly $5,500", "as many as seven", "about a dozen or so").
Figures of A and B are paired inside each link by value; a hedge that qualifies a figure is
part of the claim, so "nearly $5,500" → "$5,500" is reported even though the value survives.
A figure in brackets after an amount in another currency is a republisher's conversion, left to
the harmless family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..model import Finding, Span
from ._util import finding, quote
from .context import Clause, Context, LinkView

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
          "millionen": 1e6, "milliarden": 1e9, "millions": 1e6, "milliards": 1e9, "млн": 1e6, "млрд": 1e9,
          "mio": 1e6, "mrd": 1e9}
_MONEY_ONLY_SCALES = {"m", "k", "bn"}  # "a 10 m wall" is ten metres, "$10m" ten million
_WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
          r"hundred|thousand|million|billion")
# German number words are written as one word ("sechstausend", "einundzwanzig"); read in German
# text only (text2num's German), where a translation writes the English "six thousand".
_DE_WORDS = (r"zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|"
             r"dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwölf|zehn|elf|sieben|sieb|"
             r"sechs|fünf|vier|drei|zwei|eins|ein|acht|neun|und")
_NUMBER = re.compile(
    # A figure starts after no letter, digit or hyphen: COVID-19, G20, F-16 are names.
    r"(?<![A-Za-z0-9_-])(?:(?P<cur>US\$|\$|€|£|¥|₹|Sh|KSh|Rs\.?)\s?)?"
    # A group of three digits ends there: "May 27 1999" is 27 and 1999, not 27,199 and a 9.
    r"(?P<num>\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\u00a0 ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:(?P<cjk>[万億千])(?P<rest>\d,\d{3}|\d{1,4})?"
    # "126,5-Millionen-Dollar", "44 Mio. $": German writes the scale into a compound or abbreviates it.
    r"|(?:\s?|-(?=Mil))(?P<scale>thousand|million|billion|trillion|bn|m|k|Millionen|Milliarden|Mio|Mrd|millions|"
    r"milliards|млн|млрд)\b)?"
    r"(?P<pct>\s?(?:%|percent|per cent|Prozent|pour cent|процент\w*))?"
    rf"|(?P<dozen>\b(?:a|one|two|three|half a) dozen\b)|(?P<words>\b(?:{_WORDS})(?:[\s-](?:and\s)?(?:{_WORDS}))*\b)",
    re.IGNORECASE,
)
# A pattern of its own, run on German text only: as one more branch of _NUMBER it slowed
# every figure search by half.
# An ordinal ("am sechzehnten Tag") is read as its number, as the English "16th" is.
_NUMBER_DE = re.compile(rf"(?P<dewords>\b(?:{_DE_WORDS})+(?:\s(?:Millionen|Million|Milliarden|Milliarde))?)"
                        r"(?:s?te[nmrs]?)?(?P<depct>\s?Prozent)?\b", re.IGNORECASE)
# A time of day is one figure, in minutes after midnight, whichever clock writes it: "1.30pm",
# "1:30 p.m.", "13:30 Uhr", "13.30 Uhr", "13 Uhr", "13h30". Its currency is TIME, so that it pairs
# only with another time; "gegen" before it is "around" ("gegen 13:30 Uhr").
TIME = "TIME"
_CLOCK = re.compile(
    r"(?<![\d.:,])(?:(?P<h12>\d{1,2})(?:[.:](?P<m12>[0-5]\d))?\s?(?P<ampm>[ap])(?:\.\s?m\.|m\b)"
    r"|(?P<h24>[01]?\d|2[0-3])(?::(?P<m24>[0-5]\d)(?:\s?(?:Uhr|h)\b)?|(?:(?:[.h]|:\s)(?P<m24u>[0-5]\d))?\s?Uhr\b"
    r"|h(?P<m24h>[0-5]\d)))(?![\d:])",
    re.IGNORECASE)
# Hedge phrases just before a figure, by what they claim about the true value.
_HEDGES = {
    "approximate": r"about|around|approximately|roughly|some|an estimated|estimated|circa|etwa|rund|ungefähr|"
                   r"environ|около|примерно|alrededor de|cerca de|unos|unas",
    "at most": r"nearly|almost|up to|as many as|as much as|as long as|as high as|under|less than|fewer than|"
               r"just under|just shy of|shy of|not far off|close to|"
               r"fast|knapp|bis zu|nicht weit von|weniger als|unter|höchstens|presque|près de|jusqu'à|moins de|почти|до|"
               r"менее|меньше|casi|hasta|menos de",
    "at least": r"at least|more than|over|upwards of|just over|in excess of|mindestens|mehr als|über|"
                r"au moins|plus de|не менее|более|больше|al menos|más de",
}
_HEDGE_RX = {k: re.compile(rf"(?:^|\W)(?:{v})\W*$", re.IGNORECASE) for k, v in _HEDGES.items()}
_ORSO = re.compile(r"^\s*(?:or so|or more|-odd|odd)\b", re.IGNORECASE)
_CJK_UNIT = {"千": 1e3, "万": 1e4, "億": 1e8}
_VAGUE = re.compile(r"^(?:hundred|thousand|million|billion)s?$", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    currency: str
    percent: bool
    hedge: str  # "" or a key of _HEDGES
    hedge_text: str
    start: int  # document offsets, hedge included
    end: int
    clause: Clause

    @property
    def text(self) -> str:
        return self.hedge_text

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _value(num: str, lang: str = "en") -> float:
    groups = re.split(r"[,.\u00a0 ]", num)
    seps = re.findall(r"[,.\u00a0 ]", num)
    if not seps:
        return float(num)
    if set(seps) == {","} and len(groups[-1]) == 3 and all(len(g) in (2, 3) for g in groups[1:]):
        return float("".join(groups))  # 1,500 and Indian 2,06,737
    # A lone "." before three digits is a decimal point in English (2.125) and a thousands
    # separator in most of Europe (2.125 = 2125).
    decimal_point = "." if lang in ("en", "ja", "zh", "ko", "hi") else ","
    if len(seps) == 1 and seps[0] == decimal_point:
        return float(num.replace(decimal_point, "."))
    if len(groups[-1]) == 3 and (len(seps) > 1 or seps[0] in ", \u00a0" or len(groups[0]) <= 3):
        if len(set(seps)) == 1:
            return float("".join(groups))
    whole = "".join(groups[:-1])
    return float(f"{whole}.{groups[-1]}")


# German "über" after a contract or document names its amount, not a floor: "ein Leihgeschäft
# über 5 Millionen Pfund" is a loan deal for 5 million, "eine Rechnung über 200 Euro" a bill of 200.
_AMOUNT_OF = re.compile(r"(?:vertrag|vereinbarung|geschäft|deal|scheck|rechnung|kredit|darlehen|anleihe|hypothek|"
                        r"auftrag|angebot|gebot|klage|forderung|bürgschaft|zahlung|überweisung)\W*$", re.IGNORECASE)


def _amount_of(before: str, hedge: str) -> bool:
    return hedge.strip(" \t\n(").lower() == "über" and bool(_AMOUNT_OF.search(before))


def _clock(m: re.Match) -> float:
    if m.group("ampm"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return hour * 60.0 + int(m.group("m12") or 0)
    return int(m.group("h24")) * 60.0 + int(m.group("m24") or m.group("m24u") or m.group("m24h") or 0)


def figures(clause: Clause, doc_text: str, lang: str = "en") -> list[Figure]:
    out = []
    # In German "am" is a word ("die 10 am häufigsten genannten"), not a clock's.
    clocks = [c for c in _CLOCK.finditer(clause.text)
              if not (lang == "de" and c.group("ampm") and c.group().lower().endswith("am"))]
    found = [*_NUMBER.finditer(clause.text), *(_NUMBER_DE.finditer(clause.text) if lang == "de" else ())]
    matches = sorted([m for m in found if not any(c.start() < m.end() and m.start() < c.end() for c in clocks)]
                     + clocks, key=lambda m: m.start())
    for m in matches:
        start, end = clause.start + m.start(), clause.start + m.end()
        if m.re is _CLOCK:
            value = _clock(m)
        elif m.re is _NUMBER_DE:
            words = m.group("dewords")
            if words.lower() in ("und", "ein", "eins"):
                continue
            try:
                value = float(text2num(words.lower(), "de"))
            except ValueError:
                continue
            # Small counts are words or digits by style, and paired by chance with "over two"; a
            # share ("zehn Prozent") is no count.
            if value <= 12 and not m.group("depct"):
                continue
        elif m.group("dozen"):
            word = m.group("dozen").lower()
            value = 6.0 if word.startswith("half") else 12.0 * (1 if word.startswith(("a", "one")) else
                                                                 {"two": 2, "three": 3}[word.split()[0]])
        elif m.group("words"):
            words = m.group("words")
            if _VAGUE.match(words) or words.lower() == "one":
                continue  # "one of the", "hundreds": not a figure anyone reports
            try:
                value = float(text2num(words.lower().replace("-", " "), "en"))
            except ValueError:
                continue
        else:
            try:
                value = _value(m.group("num"), lang)
            except ValueError:
                continue
            scale = (m.group("scale") or "").lower()
            if scale in _MONEY_ONLY_SCALES and not m.group("cur"):
                end = clause.start + m.end("num")
            elif scale:
                value *= _SCALE.get(scale, 1)
            if m.group("cjk"):  # 20万6737 = 206,737
                value = value * _CJK_UNIT[m.group("cjk")] + float((m.group("rest") or "0").replace(",", ""))
        before = doc_text[max(0, start - 30):start]
        hedge, h_start = "", start
        if m.re is _CLOCK and before.lower().endswith("gegen "):
            hedge, h_start = "approximate", start - 6
        for name, rx in _HEDGE_RX.items():
            if hedge:
                break
            hm = rx.search(before)
            if hm and not _amount_of(before[:hm.start()], hm.group()):
                hedge, h_start = name, start - (len(before) - hm.start()) + (1 if hm.group()[:1].isspace() or
                                                                             not hm.group()[:1].isalnum() else 0)
                break
        after = doc_text[end:end + 12]
        om = _ORSO.match(after)
        if om:
            hedge = hedge or "approximate"
            end += om.end()
        s = h_start if hedge else start
        groups = m.groupdict()  # a German number word has no currency of its own
        currency = TIME if m.re is _CLOCK else (groups.get("cur") or "").upper().rstrip(".").replace("US$", "$")
        out.append(Figure(value, currency, bool(groups.get("pct") or groups.get("depct")), hedge,
                          doc_text[s:end], s, end, clause))
    return out


# "Over eight days" is a span of time as often as a count above eight: against "during eight days"
# in the other text it is a preposition, not a hedge dropped.
_SPAN_HEDGE = re.compile(r"^(?:over|under|über)\b", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
                        r"Sekunden|Minuten|Stunden|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?)\b", re.IGNORECASE)
_SPAN_WORD = re.compile(r"(?:^|\W)(?:during|throughout|across|within|in|for|in the course of|im Laufe von|"
                        r"während|innerhalb von?)\W*$", re.IGNORECASE)


def _time_span(x: Figure, x_text: str, y: Figure, y_text: str) -> bool:
    """Whether ``x``'s hedge is "over" a span of time that ``y`` states with another preposition
    ("in over 30 years" → "in 30 years" drops a hedge: the "in" was there before)."""
    return (bool(_SPAN_HEDGE.match(x.hedge_text)) and not y.hedge
            and bool(_TIME_UNIT.match(x_text[x.end:x.end + 20]))
            and bool(_SPAN_WORD.search(y_text[max(0, y.start - 30):y.start]))
            and not _SPAN_WORD.search(x_text[max(0, x.start - 30):x.start]))


def _year(f: Figure) -> bool:
    """A year ("in 1995") is no count: an age or a tally in the same clause is not its new value."""
    return (not f.currency and not f.percent and not f.hedge and 1800 <= f.value <= 2100
            and re.fullmatch(r"\d{4}", f.text) is not None)


_CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£", "yen": "¥"}


def is_conversion(doc_text: str, fig: Figure) -> bool:
    """“$2,150 (Sh256,584)”, “40 million euros (£34 million)”: a bracketed amount right after an
    amount in another currency."""
    before = doc_text[max(0, fig.start - 40):fig.start]
    m = re.search(r"(US\$|\$|€|£|¥)\s?\d[\d,.]*\s*(?:million|billion|bn|m)?\s*\(\s*$", before)
    if m:
        return fig.currency not in ("", m.group(1).upper())
    w = re.search(r"\d[\d,.]*\s*(?:million|billion)?\s*(dollars|euros|pounds|yen)\s*\(\s*$", before)
    return bool(w) and fig.currency not in ("", _CURRENCY_WORDS[w.group(1)])


def find(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for v in ctx.links:
        out.extend(_link(ctx, v))
    # A figure a rewrite moved to another paragraph is neither dropped nor added.
    elsewhere = {side: _values(ctx, side) for side in ("a", "b")}
    return [f for f in out if not (
        f.change == "dropped" and _value_of(f.evidence[0]) in elsewhere["b"]
        or f.change == "added" and _value_of(f.evidence[0]) in elsewhere["a"])]


def _values(ctx: Context, side: str) -> set[float]:
    s = ctx.side(side)
    out = set()
    for v in ctx.links:
        for c in (v.a_clauses if side == "a" else v.b_clauses):
            out |= {f.value for f in figures(c, s.doc.text, s.lang)}
    for x in s.sentences:  # titles and unlinked sentences too
        out |= {f.value for f in figures(_whole(x, s), s.doc.text, s.lang)}
    return out


def _whole(sentence, side) -> Clause:
    toks = side.tokens[sentence.index]
    return Clause(sentence.start, sentence.end, sentence.text, toks, frozenset(), sentence.index)


def _value_of(evidence: str) -> float | None:
    """The value of the figure quoted in a finding's evidence ("A: nearly $5,500")."""
    text = evidence.split(": ", 1)[-1]
    clause = Clause(0, len(text), text, (), frozenset(), 0)
    found = figures(clause, text)
    return found[-1].value if found else None


# Languages whose hedge words are listed above; elsewhere a missing hedge proves nothing.
_HEDGED_LANGS = {"en", "de", "fr", "es", "ru"}


def _beside(f: Figure) -> tuple[str, str]:
    """Stems of the nearest content words before and after a figure in its clause."""
    before = [t for t in f.clause.tokens if t.end <= f.start and not t.stop and t.low.isalpha()]
    after = [t for t in f.clause.tokens if t.start >= f.end and not t.stop and t.low.isalpha()]
    return (before[-1].stem if before else "", after[0].stem if after else "")


def _same_count(x: Figure, y: Figure) -> bool:
    """Whether two figures of matched clauses count the same thing: they share the word before or
    after them ("killed 12 people" / "killed 15 people", "Hobbs, 32" / "Hobbs, 33"). A linked
    sentence often holds other figures of its own: "on December 14" / "on March 27", "six men and
    six women" / "Martin, 55" are different facts, one dropped and one added, not one changed.
    Read within one language only: across languages the words beside a figure never match."""
    bx, by = _beside(x), _beside(y)
    return any(p and p == q for p, q in zip(bx, by)) or bx == by


# Units a translator or a republisher converts ("375 pounds" / "170 Kilogramm", "10 miles" /
# "16 km"), each with its measure and its size in that measure's base unit.
_FAHRENHEIT, _CELSIUS = -1.0, -2.0
_UNITS = {  # compound units first: "km/h" is a speed before "km" is a length
    "speed": {r"mph|miles per hour": 1.60934, r"km/h|kph|kilomet(?:er|re)s per hour|stundenkilometer": 1.0},
    "area": {r"acres?": 4046.86, r"hectares?|hektar|ha": 10000.0, r"square miles?|quadratmeilen": 2.58999e6,
             r"square kilomet(?:er|re)s?|quadratkilometer|km2|km²": 1e6},
    "mass": {r"pounds?|lbs?\.?": 0.45359, r"kilo(?:gram(?:me)?s?|gramm|s)?|kg": 1.0, r"ounces?|unzen|oz": 0.02835,
             r"grams?|gramm|grammes?": 0.001, r"tonnes?|tonnen": 1000.0},
    "length": {r"miles?|meilen": 1609.34, r"kilomet(?:er|re)s?|km": 1000.0, r"feet|foot|fuß|ft": 0.3048,
               r"met(?:er|re)s?|m": 1.0, r"inch(?:es)?|zoll": 0.0254, r"centimet(?:er|re)s?|zentimeter|cm": 0.01},
    "volume": {r"gallons?|gallonen": 3.78541, r"lit(?:er|re)s?": 1.0},
    # No common size: a temperature converts by formula (_converted); the "sizes" only tell them apart.
    "temperature": {r"°?\s?f\b|degrees fahrenheit|fahrenheit": _FAHRENHEIT,
                    r"°?\s?c\b|degrees celsius|celsius|grad": _CELSIUS},
}
_UNIT_RX = [(re.compile(rf"^(?:\s*(?:and|to|or|und|bis|oder|et|à|-|–)\s*\d[\d.,]*)?[\s-]*(?:{rx})(?![a-zäöü])",
                        re.IGNORECASE), measure, size)
            for measure, units in _UNITS.items() for rx, size in units.items()]
_CONVERTED = 0.05  # relative slack: a converted figure is rounded ("400 pounds" -> "180 kg")


def _unit(doc_text: str, f: Figure) -> tuple[str, float] | None:
    """The unit written after a figure, or after the range it opens ("between 375 and 400 pounds")."""
    after = doc_text[f.end:f.end + 40]
    for rx, measure, size in _UNIT_RX:
        if rx.match(after):
            return measure, size
    return None


def _converted(x: Figure, x_text: str, y: Figure, y_text: str) -> bool:
    """Whether ``y`` is ``x`` in another unit of the same measure (a conversion, not a change)."""
    ux, uy = _unit(x_text, x), _unit(y_text, y)
    if ux is None or uy is None or ux[0] != uy[0] or ux[1] == uy[1]:
        return False
    if ux[0] == "temperature":
        as_other = (x.value - 32) * 5 / 9 if ux[1] == _FAHRENHEIT else x.value * 9 / 5 + 32
        return abs(as_other - y.value) <= max(1.0, _CONVERTED * abs(y.value))
    return abs(x.value * ux[1] / uy[1] - y.value) <= _CONVERTED * abs(y.value)


def _link(ctx: Context, v: LinkView) -> list[Finding]:
    hedges_comparable = ctx.same_language or {ctx.a.lang, ctx.b.lang} <= _HEDGED_LANGS
    # Small counts are words in one language and digits in another ("single branch", "1支店").
    def countable(f: Figure) -> bool:
        return ctx.same_language or f.value > 12 or f.currency != "" or f.percent
    fa = [f for c in v.a_clauses for f in figures(c, ctx.a.doc.text, ctx.a.lang)
          if not is_conversion(ctx.a.doc.text, f)]
    fb = [f for c in v.b_clauses for f in figures(c, ctx.b.doc.text, ctx.b.lang)
          if not is_conversion(ctx.b.doc.text, f)]
    out = []
    free_b = list(fb)
    unmatched_a = []
    clause_no = {id(c): i for i, c in enumerate(v.a_clauses)}  # not list.index: quadratic in a huge link

    def counterpart(x: Figure, mutual: bool = False) -> Clause | None:
        i = clause_no[id(x.clause)]
        k, _ = v.match_a[i]
        return v.b_clauses[k] if k >= 0 and (not mutual or v.match_b[k][0] == i) else None

    # A figure is paired in its counterpart clause first: a headline repeating the lead's
    # figure without its hedge ("£360m plan" over "would cost roughly £360m"), linked with the
    # lead to a rewritten headline and the lead, must not take the lead's figure from it.
    pairs: dict[int, Figure] = {}
    for x in fa:
        mine = counterpart(x, mutual=True)
        y = None if mine is None else next(
            (y for y in free_b if y.clause is mine and y.value == x.value and y.percent == x.percent), None)
        if y is not None:
            pairs[id(x)] = y
            free_b.remove(y)
    for x in fa:
        y = pairs.get(id(x))
        if y is None:
            y = next((y for y in free_b if y.value == x.value and y.percent == x.percent), None)
            if y is None:
                unmatched_a.append(x)
                continue
            free_b.remove(y)
        if x.currency and y.currency and x.currency != y.currency:
            out.append(finding("number", "currency_changed", "high", x.span, y.span,
                               f"{quote(x.text)} became {quote(y.text)}: same number, different currency",
                               f"A: {x.text}", f"B: {y.text}"))
            continue
        if not hedges_comparable:
            continue
        a_text, b_text = ctx.a.doc.text, ctx.b.doc.text
        if _time_span(x, a_text, y, b_text) or _time_span(y, b_text, x, a_text):
            continue
        if x.hedge and x.hedge != y.hedge:
            change = "hedge_removed" if not y.hedge else "hedge_changed"
            what = "drops the qualifier" if not y.hedge else "changes the qualifier"
            out.append(finding("number", change, "medium", x.span, y.span,
                               f"{quote(x.text)} became {quote(y.text)}: the copy {what}, "
                               "so an estimate or limit now reads as an exact figure" if not y.hedge else
                               f"{quote(x.text)} became {quote(y.text)}: the copy {what}",
                               f"A: {x.text}", f"B: {y.text}"))
        elif y.hedge and not x.hedge:
            out.append(finding("number", "hedge_added", "low", x.span, y.span,
                               f"{quote(x.text)} became {quote(y.text)}: the copy adds a qualifier",
                               f"A: {x.text}", f"B: {y.text}"))
    for x in unmatched_a:
        # Same kind of figure in the counterpart clause: the value itself changed.
        other = counterpart(x)
        twin = next((y for y in free_b if other is not None and y.clause is other
                     and y.currency == x.currency and y.percent == x.percent and _year(y) == _year(x)
                     and (not ctx.same_language or _same_count(x, y))), None)
        if twin is not None:
            free_b.remove(twin)
            if _converted(x, ctx.a.doc.text, twin, ctx.b.doc.text):
                out.append(finding("harmless", "unit_conversion", "none", x.span, twin.span,
                                   f"{quote(x.text)} and {quote(twin.text)} are one quantity in two units: "
                                   "a conversion for readers, not a change of fact", f"A: {x.text}", f"B: {twin.text}"))
                continue
            out.append(finding("number", "value_changed", "high", x.span, twin.span,
                               f"{quote(x.text)} became {quote(twin.text)}: a different figure",
                               f"A: {x.text}", f"B: {twin.text}"))
        elif countable(x):
            out.append(finding("number", "dropped", "medium", x.clause.span if len(x.clause.text) < 90
                               else x.span, None,
                               f"The figure {quote(x.text)} is not in the copy "
                               f"(A: {quote(x.clause.text, 60)})", f"A: {x.text}"))
    for y in free_b:
        if not countable(y):
            continue
        out.append(finding("number", "added", "medium", None, y.clause.span if len(y.clause.text) < 90
                           else y.span, f"The copy states a figure A does not have: {quote(y.text)}",
                           f"B: {y.text}"))
    return out
