"""Name findings: a person or place respelled in the copy, or spelled two ways in one document.

Names are found by script-aware capitalisation (a capitalised word whose lower-case form the
document never uses as an ordinary word), compared through ``anyascii`` so Cyrillic and Latin
spellings meet, and matched with Jaro-Winkler. Transliteration variants that style guides accept
(Zelenskyy/Zelensky, Alexei/Aleksei, Defence/Defense) are harmless; others (Tabalov → Tabarov,
Prigozhin → Prigogine) change who a reader or a search engine thinks is meant.
"""

from __future__ import annotations

import re
from collections import defaultdict

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..model import Finding, Role, Span
from ..text.lang import is_spaceless
from ..text.tokens import STOPWORDS_EN, Token
from ._speakers import TITLES, sounds_alike
from ._util import finding
from .context import Context, Side

_NOUN_CAPITALISING = {"de", "lb"}
SIMILAR = 0.84  # Tabalov/Tabarov 0.94, Osechkin/Osekkin 0.91; unrelated names fall below 0.8
INCONSISTENT = 0.88


def _fold(word: str) -> str:
    return anyascii(word).lower().replace("'", "")


def fold_name(word: str) -> str:
    """A name's comparable form: transliterated to ASCII, lower case, apostrophes dropped."""
    return _fold(word)


def same_initial(x: str, y: str) -> bool:
    """Two spellings of one name start alike: the same letter, or l and r, which a machine round
    trip through Japanese, Korean or Chinese confuses anywhere in a name ("Leskuk" -> "Reskuk",
    as "Tabarov" -> "Tabalov")."""
    a, b = _fold(x)[:1], _fold(y)[:1]
    return a == b or {a, b} == {"l", "r"}


def accepted_variant(x: str, y: str) -> bool:
    """Spellings style guides treat as the same name (transliteration schemes, diacritics)."""
    return _canon(_fold(x)) == _canon(_fold(y))


def _canon(w: str) -> str:
    w = re.sub(r"(?<=[a-z])our$", "or", w)  # Labour / Labor (before "ou" -> "u" below)
    w = re.sub(r"(?<=[a-z])ce$", "se", w)  # Defence / Defense
    for a, b in (("ue", "u"), ("oe", "o"), ("ae", "a")):  # Müller / Mueller (anyascii gives Muller)
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)  # Zelenskyy / Zelensky, Gaddafi / Gadafi
    for a, b in (("ks", "x"), ("iy", "i"), ("ij", "i"), ("ii", "i"), ("ey", "ei"), ("yu", "iu"),
                 ("ya", "ia"), ("yo", "io"), ("ye", "ie"), ("kh", "h"), ("ph", "f"), ("ou", "u")):
        w = w.replace(a, b)
    return re.sub(r"y$", "i", w)


# "um", "and", "in" leave a country's stem for its adjective (Belgium/Belgian, England/English,
# Spain/Spanish); "tish", "nish" are "ish" after a doubled or kept consonant (Scots/Scottish).
_ENDINGS = frozenset("n an ian ians ans ns s es i ic ish ese ia ite ites e a ain um and in tish nish".split())


def _morphological(x: str, y: str) -> bool:
    """Russia/Russian, Ukraine/Ukrainian: one stem with a derivational ending, not a respelling
    (Petersen/Peterson and Kovalenko/Kovalenkov are respellings)."""
    x, y = sorted((_fold(x), _fold(y)), key=len)
    for cut in (0, 1, 2, 3):  # Britain/British: cut "ain", add "ish"
        base = x[: len(x) - cut]
        if len(base) >= 3 and y.startswith(base) and (y[len(base):] in _ENDINGS or y == base) \
                and (cut == 0 or x[len(base):] in _ENDINGS):
            return True
    return False


# Capitalised but not names: weekdays and months look alike (Tuesday/Thursday JW 0.9).
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag januar februar juni juli oktober dezember lundi mardi mercredi jeudi vendredi "
    "samedi dimanche janvier fevrier avril juin juillet aout septembre octobre novembre decembre".split()
)


def _common_words(side: Side) -> set[str]:
    words = set(STOPWORDS_EN) | _CALENDAR
    for toks in side.tokens:
        for t in toks:
            if t.text[:1].islower():
                words.add(t.low)
    return words


def _is_name(tok: Token, common: set[str]) -> bool:
    """A capitalised word the document never writes in lower case (stopwords count as common)."""
    w = tok.text
    if len(w) < 3 or not w[:1].isupper() or not w.isalpha() or w.isupper() and len(w) <= 4:
        return False
    return tok.low not in common


def name_tokens(side: Side, sentence: int, common: set[str]) -> list[Token]:
    return [t for t in side.tokens[sentence] if _is_name(t, common)]


def sentence_names(side: Side) -> dict[int, set[str]] | None:
    """The folded names of each body sentence (title included), by sentence index. None where
    names cannot be read from capitals: a language written without spaces (its names need a
    reading) or one that capitalises every noun."""
    if is_spaceless(side.lang) or side.lang in _NOUN_CAPITALISING:
        return None
    common = _common_words(side)
    return {s.index: {_fold(t.text) for t in name_tokens(side, s.index, common)}
            for s in side.body()}


def find(ctx: Context) -> list[Finding]:
    if is_spaceless(ctx.a.lang) or is_spaceless(ctx.b.lang):
        return []  # katakana/hanzi names need a reading, not a transliteration: left alone
    common_a, common_b = _common_words(ctx.a), _common_words(ctx.b)
    out: list[Finding] = []
    # Across languages names are legitimately re-spelled (Zelensky/Selenskyj, Parliament/
    # Parlament): on WMT/MQM en-de every cross-language "respelling" was such an adaptation.
    for v in ctx.links if ctx.same_language else ():
        a_names = [t for i in v.link.a for t in name_tokens(ctx.a, i, common_a)]
        b_names = [t for j in v.link.b for t in name_tokens(ctx.b, j, common_b)]
        # A name still there, in lower case too, was not respelled ("Bristol Crown Court" /
        # "Bristol crown court ... Curzon").
        b_words = {_fold(t.text) for j in v.link.b for t in ctx.b.tokens[j]}
        a_words = {_fold(t.text) for i in v.link.a for t in ctx.a.tokens[i]}
        seen: set[int] = set()
        for t in a_names:
            if _fold(t.text) in b_words:
                continue
            cands = [u for u in b_names if _fold(u.text) not in a_words and id(u) not in seen
                     and not abbreviated(t.text, u.text)]
            if not cands:
                continue
            alike = [u for u in cands if sounds_alike(t.text, u.text)]
            u = alike[0] if alike else max(cands, key=lambda u: JaroWinkler.similarity(_fold(t.text), _fold(u.text)))
            score = JaroWinkler.similarity(_fold(t.text), _fold(u.text))
            if not alike and (score < SIMILAR or not same_initial(t.text, u.text)):
                continue
            if (_morphological(t.text, u.text) and not accepted_variant(t.text, u.text)
                    and not (vowel_added(t.text, u.text) and (_same_place(ctx, v, t, u)
                                                              or _replaced(ctx, t, u)))):
                continue
            seen.add(id(u))
            out.append(_respelling(t, u, score))
    # German capitalises every noun, so capitalisation cannot pick names out of German text.
    for side, common in (("a", common_a), ("b", common_b)):
        if ctx.side(side).lang not in _NOUN_CAPITALISING:
            out.extend(_inconsistent(ctx, side, common))
    return out


def abbreviated(x: str, y: str) -> bool:
    """One form is the other cut short, perhaps with an "s" or a full stop (Bucks / Buckinghamshire,
    Lancs / Lancashire, Det / Detective, Insp / Inspector): a house style's abbreviation, not a
    respelling. At least three letters must be cut (Kovalenko / Kovalenkov is a respelling)."""
    short, long = sorted((_fold(x).rstrip("."), _fold(y).rstrip(".")), key=len)
    for stem in {short, short[:-1] if short.endswith("s") else short}:
        if len(stem) >= 3 and long.startswith(stem) and len(long) - len(stem) >= 3:
            return True
    return False


def vowel_added(x: str, y: str) -> bool:
    """One spelling is the other with an "e" or "a" after it (Clark / Clarke, Ibenwa / Ibenwae):
    endings that make no English adjective of a place, unlike "n", "ian", "ese" or "i" (Qatari)."""
    x, y = sorted((_fold(x), _fold(y)), key=len)
    return y[:-1] == x and y[-1] in "ea"


def _same_place(ctx: Context, v, t: Token, u: Token) -> bool:
    """Whether ``t`` and ``u`` stand between the same words (a sentence's edge counts as a word):
    "Qashid answered" / "Qashide answered" is one name spelled two ways, where a feminine or
    plural form changes the words around it too."""
    def around(side: Side, sentences, tok: Token) -> tuple[str, str] | None:
        toks = [x for i in sentences for x in side.tokens[i]]
        k = next((k for k, x in enumerate(toks) if x.start == tok.start), None)
        if k is None:
            return None
        return (toks[k - 1].low if k else "", toks[k + 1].low if k + 1 < len(toks) else "")

    here = around(ctx.a, v.link.a, t)
    return here is not None and here == around(ctx.b, v.link.b, u)


def _replaced(ctx: Context, t: Token, u: Token) -> bool:
    """Whether each document writes only its own form (B never writes ``t``'s, A never ``u``'s):
    one name spelled two ways throughout, where a reworded sentence moved the words around it
    (a machine round trip). A feminine form or a derived word most often stands beside the name
    it is made from somewhere in the text; the ones that replace it throughout are reported."""
    def forms(side: Side) -> set[str]:
        return {_fold(x.text) for toks in side.tokens for x in toks}

    return _fold(t.text) not in forms(ctx.b) and _fold(u.text) not in forms(ctx.a)


def respelling_finding(f: Finding) -> bool:
    """A finding of this family about a respelled name: a ``name`` finding, or a name spelled an
    accepted second way (``harmless`` / ``spelling_variant`` with its Jaro-Winkler reading)."""
    return f.kind == "name" or (f.change == "spelling_variant"
                                and any(e.startswith("Jaro-Winkler") for e in f.evidence))


def _respelling(t: Token, u: Token, score: float) -> Finding:
    ev = (f"{t.text} → {u.text}", f"Jaro-Winkler {score:.2f}")
    if accepted_variant(t.text, u.text):
        return finding("harmless", "spelling_variant", "none", Span(t.start, t.end), Span(u.start, u.end),
                       f"“{t.text}” is written “{u.text}”: an accepted spelling of the same name", *ev)
    return finding("name", "respelled", "high", Span(t.start, t.end), Span(u.start, u.end),
                   f"“{t.text}” is spelled “{u.text}” in the copy: to a reader or a search engine "
                   "that is a different person", *ev)


def _inconsistent(ctx: Context, side_name: str, common: set[str]) -> list[Finding]:
    side = ctx.side(side_name)
    other = ctx.side("b" if side_name == "a" else "a")
    other_forms = {_fold(t.text) for toks in other.tokens for t in toks}
    spots: dict[str, list[Token]] = defaultdict(list)
    beside: dict[str, list[set[str]]] = defaultdict(list)
    for s in side.sentences:
        if s.role in (Role.BODY, Role.TITLE):
            for t in name_tokens(side, s.index, common):
                spots[_fold(t.text)].append(t)
                beside[_fold(t.text)].append(_name_neighbours(side.tokens[s.index], t))
    forms = sorted(spots)
    out = []
    for k, x in enumerate(forms):
        for y in forms[k + 1:]:
            if (min(len(x), len(y)) < 5 or not same_initial(x, y) or _morphological(x, y)
                    or accepted_variant(x, y)):
                continue
            if x.startswith(y) or y.startswith(x):
                continue  # a name inside a longer one: a town and its county, a compound
            if x in TITLES or y in TITLES:
                continue  # a capitalised title is no name ("Chief Inspector" beside "Chile")
            if x in other_forms and y in other_forms or x.endswith("shire") != y.endswith("shire"):
                continue  # two names the other text also writes; a county and its town (Cheshire, Chester)
            if all(t.text.isupper() for t in spots[x]) or all(t.text.isupper() for t in spots[y]):
                continue  # a heading in capitals ("COURTS", "SENTENCES") is no name
            if _other_names(beside[x], beside[y]):
                continue
            # A round trip changes a letter or two (Tabarov / Tabalov, Chandhi / Kandhi); names
            # further apart are two names, however alike (England / Engelman, Teesside /
            # Teesville, Northumberland / Northumbria on METER).
            if JaroWinkler.similarity(x, y) < INCONSISTENT or Levenshtein.distance(x, y) > 2:
                continue
            # The wrong form: the one the other document never uses, else the rarer, else the later.
            def badness(f):
                return (f not in other_forms, -len(spots[f]), spots[f][0].start)
            bad, good = (x, y) if badness(x) > badness(y) else (y, x)
            t = spots[bad][0]
            span = Span(t.start, t.end)
            out.append(finding(
                "name", "inconsistent", "medium", span if side_name == "a" else None,
                span if side_name == "b" else None,
                f"{side_name.upper()} spells one name two ways: “{spots[good][0].text}” and “{t.text}”",
                f"{spots[good][0].text} ×{len(spots[good])}", f"{t.text} ×{len(spots[bad])}"))
    return out


def _name_neighbours(tokens: list[Token], t: Token) -> set[str]:
    """The capitalised words right before and after ``t`` in its sentence that are parts of a
    name (not titles, not function words): "Owen" of "Owen Davies", "Mellor" of "David Mellor"."""
    i = next((k for k, u in enumerate(tokens) if u.start == t.start), -1)
    out = set()
    for j in (i - 1, i + 1):
        if i >= 0 and 0 <= j < len(tokens):
            u = tokens[j]
            if u.text[:1].isupper() and u.text.isalpha() and not u.stop and _fold(u.text) not in TITLES:
                out.add(_fold(u.text))
    return out


def _other_names(x: list[set[str]], y: list[set[str]]) -> bool:
    """Whether two spellings always stand inside longer names that share no other part: parts
    of two people's names ("Owen Davies" / "Judge David Mellor", "Hussein Abdel Hadi" /
    "Mohanned Abdul Almajid"), not one name spelled two ways."""
    return all(x) and all(y) and not set().union(*x) & set().union(*y)
