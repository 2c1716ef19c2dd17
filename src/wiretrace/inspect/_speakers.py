"""Who speaks in a sentence, whom a sentence is about, and whether two names are one speaker.

Speakers are found with surface patterns ("X said", "said X", "X, a lawyer, said", "according to X",
"citing X"), not a parser: news attribution is formulaic, and a copy mangled by machine translation
defeats a parser sooner than it defeats these patterns. Only named speakers count (people, and
institutions such as "police" or "the Defence Ministry"); a "he said" is kept as a pronoun for the
attribution family to resolve.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ..model import Role, Span
from ..text.tokens import Token
from .context import Context, LinkView, Side


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


SPEECH = _words("""said says say told tells added adds estimated estimates stated states announced
announces reported reports explained explains noted notes claimed claims denied denies insisted insists
warned warns wrote writes argued argues acknowledged acknowledges confirmed confirms alleged alleges
testified predicted predicts recalled recalls""")
# May come before the speaker ("..., said Alexei Tabalov"); "told X" names the listener, not the speaker.
_FORWARD = SPEECH - _words("told tells denied denies confirmed confirms reported reports")
TITLES = _words("""mr mrs ms dr prof president attorney lawyer analyst minister prime general gen sen rep
gov governor mayor judge chief spokesman spokeswoman spokesperson recorder coroner qc mp the a an""")
_DOTTED = _words("mr mrs ms dr prof gen sen rep gov st jr")  # "Ms. Lee": the full stop is no boundary
# Institutions speak in lower case ("police said", "the ministry said").
_INSTITUTIONS = _words("""police officials authorities prosecutors ministry military army government
court kremlin agency department office foundation committee commission council company spokesman
spokeswoman spokesperson assembly parliament congress senate association organization organisation union
bank institute university party service centre center board bureau group force""")
_BARE_OK = _words("police officials authorities prosecutors")  # speak without "the"
# Capitalised at the start of a sentence, these speak but are nobody in particular.
_GENERIC = _words("""lawyers witnesses residents experts analysts doctors critics media sources reports
activists observers scientists researchers officials relatives neighbours neighbors survivors protesters
students teachers parents workers correspondents eyewitnesses people locals users fans commentators
economists investors traders""")
_NOT_NAMES = _words("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december however but and although though while instead
now in on at after before during since as if when""")
_PERSON_NOUNS = _words("""defendant accused suspect man woman boy girl officer soldier driver victim father
mother son daughter husband wife brother sister prisoner inmate lawyer judge minister president leader
player manager boss colleague friend partner witness""")
_PARTICLES = _words("de van von bin al la le du da der del")
PRONOUNS = _words("he she")
_DENIAL_CLAUSE = _words("that he she it they we i there having any")
_VERB_END = re.compile(r"(?:ed|es)$|^(?:has|had|was|is|will|would|can|could|may|might)$")
_MATCH = 0.88  # Jaro-Winkler: Tabalov ~ Tabarov 0.94, Osechkin ~ Osekkin 0.91, Osechkin ~ Prigogine 0.49


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # as written; "" for a pronoun
    start: int  # document offsets of the whole cue ("according to Osechkin")
    end: int
    sentence: int
    pronoun: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() and not t.stop and t.low not in _NOT_NAMES


def _joined(side: Side, x: Token, y: Token) -> bool:
    """Two tokens belong to one name: only a space between (or the full stop of "Mr.")."""
    gap = side.doc.text[x.end:y.start]
    return gap.strip() == "" or (gap.strip() == "." and x.low in _DOTTED)


def _run_back(side: Side, toks, k: int) -> int | None:
    """First token of the name that ends at token ``k`` ("the" kept before an institution)."""
    if k < 0 or not (_cap(toks[k]) or toks[k].low in _INSTITUTIONS):
        return None
    j = k - 1
    while j >= 0 and _joined(side, toks[j], toks[j + 1]) and (
            _cap(toks[j]) or (toks[j].low in _PARTICLES and j > 0 and _cap(toks[j - 1]))):
        j -= 1
    the = j >= 0 and toks[j].low == "the"
    if not _cap(toks[k]) and j == k - 1 and toks[k].low not in _BARE_OK and not the:
        return None  # "ministry said" without "the" is a fragment, not a speaker
    return j if the and (toks[k].low in _INSTITUTIONS or toks[k].text.isupper()) else j + 1


def _run_forward(side: Side, toks, k: int) -> int | None:
    """Last token of the name that starts at token ``k``."""
    if k >= len(toks):
        return None
    i = k + 1 if toks[k].low == "the" else k
    while i < min(len(toks), k + 3) and not _cap(toks[i]) and not toks[i].stop \
            and toks[i].low not in _INSTITUTIONS:
        i += 1  # a job before the name: "according to engineer Paulo Mendes"
    i = i if i < len(toks) and _cap(toks[i]) else (k + 1 if toks[k].low == "the" else k)
    j = i
    while j < len(toks) and (j == i or _joined(side, toks[j - 1], toks[j])):
        if _cap(toks[j]):
            j += 1
        elif toks[j].low in _INSTITUTIONS and (j > i or i > k or toks[j].low in _BARE_OK):
            return j  # a lower-case institution word closes the name
        else:
            break
    return j - 1 if j > i else None


def speakers(side: Side, i: int, lower: frozenset[str] = frozenset()) -> list[Speaker]:
    """Speakers of sentence ``i``. ``lower`` holds the words the document also writes in lower
    case, so that a capitalised common noun opening a sentence ("Lawyers said") is no name."""
    toks, sent, text = side.tokens[i], side.sentences[i], side.doc.text
    out: list[Speaker] = []

    def add(a: int, b: int, cue_a: int, cue_b: int, pronoun: bool = False) -> None:
        if not pronoun and a == b and (toks[a].low in _GENERIC or (a == 0 and toks[a].low in lower)):
            return
        name = "" if pronoun else text[toks[a].start:toks[b].end]
        if name.endswith(("'s", "’s")):  # "Ricky's father said": the name is not the speaker
            return
        if not any(s.start == toks[cue_a].start for s in out) and (pronoun or _sig(name)):
            out.append(Speaker(name, toks[cue_a].start, toks[cue_b].end, sent.index, pronoun))

    for k, t in enumerate(toks):
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        if t.low == "according" and nxt == "to" and k + 2 < len(toks) and toks[k + 2].low in ("him", "her"):
            add(k + 2, k + 2, k, k + 2, pronoun=True)
            continue
        if t.low == "citing" or (t.low == "according" and nxt == "to"):
            first = k + 1 if t.low == "citing" else k + 2
            end = _run_forward(side, toks, first)
            if end is not None:
                add(first, end, k, end)
            continue
        if t.low not in SPEECH or not t.text.islower() or not k:  # "United States" is no verb
            continue
        if t.low in ("denied", "denies") and nxt not in _DENIAL_CLAUSE:
            continue  # "denied the charges" is a plea, not a claim
        before = text[toks[k - 1].end:t.start]
        if before.strip() == "":  # "Tabalov said", "he said", "police said"
            if toks[k - 1].low in PRONOUNS:
                add(k - 1, k - 1, k - 1, k, pronoun=True)
                continue
            start = _run_back(side, toks, k - 1)
            if start is not None:
                add(start, k - 1, start, k)
                continue
        if before.strip() == ",":  # "Tabarov, a legal aid lawyer, said"
            for m in range(k - 1, max(0, k - 18), -1):
                gap = text[toks[m - 1].end:toks[m].start]
                if any(c in gap for c in '.;"“”'):
                    break
                if "," in gap:
                    start = None if _cap(toks[m]) else _run_back(side, toks, m - 1)
                    lead = text[sent.start:toks[start].start].rstrip() if start is not None else ""
                    if start is not None and (start <= 3 or lead.endswith((",", "\u2014"))):
                        add(start, m - 1, start, k)
                    break
            if any(s.start <= t.start < s.end for s in out):
                continue
        if t.low in _FORWARD and any(c in before for c in ',"”'):  # '..., said Alexei Tabalov'
            end = _run_forward(side, toks, k + 1)
            if end is not None:
                add(k + 1, end, k, end)
    return out


def opening_person(side: Side, i: int, known: set[str]) -> str | None:
    """A person named at the start of body sentence ``i`` ("Yevgeny Prigozhin, known as ...")."""
    toks = side.tokens[i]
    if side.sentences[i].role is not Role.BODY or not toks:
        return None
    k = 0
    if not _cap(toks[0]):  # skip a short opener: "In fact, Prigogine denied ..."
        k = next((m for m in range(1, min(6, len(toks)))
                  if "," in side.doc.text[toks[m - 1].end:toks[m].start]), 0)
    end = _run_forward(side, toks, k) if _cap(toks[k]) else None
    if end is None:
        return None
    name = side.doc.text[toks[k].start:toks[end].end]
    sig = _sig(name)
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    follows = side.doc.text[toks[end].end:nxt.start] if nxt else ""
    # "Luis Ferreira visited ..." or "Yevgeny Prigozhin, known as ..."; "Rio Claro valley" is no one.
    acts = nxt is not None and nxt.text.islower() and (nxt.low in SPEECH or _VERB_END.search(nxt.low))
    person = sig and not is_institution(name)
    seen = any(_like(sig[-1], k) for k in known) if sig else False  # Prigozhin ... Prigogine
    return name if person and ((len(sig) >= 2 and ("," in follows or acts)) or seen) else None


def reports_other(side: Side, sp: Speaker) -> bool:
    """"Mr Tait said the defendant began ...": a "he" after this may be either man."""
    sentence = side.tokens[sp.sentence]
    k = bisect_left(sentence, sp.end, key=lambda t: t.start)
    toks = sentence[k:k + 3]  # "that", then the two words read below
    if toks and toks[0].low == "that":
        toks = toks[1:]
    if not toks or side.doc.text[sp.end:toks[0].start].strip():
        return False  # a comma or quote after the verb: no reported clause follows
    det = toks[0].low in ("the", "a", "an", "his", "her", "their")
    return _cap(toks[0]) or (det and len(toks) > 1 and toks[1].low in _PERSON_NOUNS)


def names_people(side: Side, i: int, known: set[str]) -> bool:
    """Does sentence ``i`` name a person in passing ("found Michael Gleave not guilty")?"""
    toks = side.tokens[i]
    if any(t.low in known and _cap(t) for t in toks):
        return True
    return any(_cap(x) and _cap(y) and side.doc.text[x.end:y.start] == " " for x, y in pairwise(toks[1:]))


def _sig(name: str) -> list[str]:
    words = (w.strip(".,") for w in anyascii(name).lower().replace("'s", "").replace("-", " ").split())
    return [w for w in words if w and w not in TITLES]


def surname(name: str) -> str | None:
    """The word a second mention of the speaker is matched on (None when only titles remain)."""
    sig = _sig(name)
    return sig[-1] if sig else None


def short_name(name: str) -> str:
    """How a journalist names the speaker a second time: the surname ("Osechkin")."""
    words = [w for w in name.split() if _sig(w)]
    return name if is_institution(name) or not words else words[-1]


def _acronym(x: str, y: str) -> bool:
    """"IMF" and "International Monetary Fund" name one speaker."""
    for short, long in ((x, y), (y, x)):
        letters = "".join(w for w in short.split() if w.isupper() and len(w) >= 2)
        initials = "".join(w[0] for w in long.split() if w[:1].isupper())
        if len(letters) >= 2 and letters in initials:
            return True
    return False


def is_institution(name: str) -> bool:
    sig = _sig(name)
    return not sig or sig[-1] in _INSTITUTIONS or name.isupper()


def sounds_alike(x: str, y: str) -> bool:
    """Two different spellings of a name that a round trip through Japanese or Korean reads as
    one sound: l and r one sound, doubled letters single, y a vowel ("Lloyd" and "Roid" are both
    "roid", Jaro-Winkler 0.63 apart)."""
    def sound(w: str) -> str:
        return re.sub(r"(.)\1+", r"\1", w.replace("l", "r")).replace("y", "i")

    fx, fy = anyascii(x).lower(), anyascii(y).lower()
    return fx != fy and min(len(fx), len(fy)) >= 4 and sound(fx) == sound(fy)


def _like(x: str, y: str) -> bool:
    if len(x) < 4 or len(y) < 4:
        return x == y
    return JaroWinkler.similarity(x, y) >= _MATCH or sounds_alike(x, y)


def same_speaker(x: str, y: str) -> bool:
    """People match on the surname (respelling allowed); institutions on most of their words."""
    sx, sy = _sig(x), _sig(y)
    if not sx or not sy:
        return False
    if _acronym(x, y):
        return True
    if is_institution(x) or is_institution(y):
        small, big = sorted((sx, sy), key=len)
        return sum(any(_like(w, v) for v in big) for w in small) * 2 >= len(small)
    if len(sx) == 1 or len(sy) == 1:
        one, other = (sx, sy) if len(sx) == 1 else (sy, sx)
        return any(_like(one[0], v) for v in other)
    return _like(sx[-1], sy[-1])


def mentioned(name: str, text: str, same_language: bool = True) -> bool:
    """Is the speaker named anywhere in ``text`` (respelled, or transliterated by anyascii)?"""
    sig = _sig(name)
    if not sig:
        return False
    if _acronym(name, text):
        return True
    flat = anyascii(text).lower()
    words = [w.strip(".,:;\"'()") for w in flat.replace("'s", " ").replace("-", " ").split()]
    # Leniently: one distinctive word of the name is enough ("Khabarovsk Krai" ~ "Khabarovsk Region").
    keys = [k for k in sig if k not in _INSTITUTIONS] or sig
    if any(_like(k, w) for k in keys for w in words):
        return True
    if same_language:
        return False
    spelt = {_skeleton(w) for w in words}
    if any(len(sk) >= 3 and sk in spelt for sk in map(_skeleton, keys)):
        return True
    # Scripts written without spaces: look inside the transliteration.
    return any(fuzz.partial_ratio(k, flat.replace(" ", "")) >= 80 for k in keys)


# How other languages transliterate a name's consonants: German writes "Tokayev" as "Toqajew",
# "Zelensky" as "Selenskyj", "Chernov" as "Tschernow".
_SPELLINGS = (("tsch", "ch"), ("sch", "sh"), ("ph", "f"), ("q", "k"), ("c", "k"), ("j", "y"), ("w", "v"),
              ("z", "s"), ("x", "ks"))


def _skeleton(word: str) -> str:
    """The consonants of a name (lower-case ASCII) as transliterations into Latin letters agree on them."""
    for a, b in _SPELLINGS:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


# Shared with the quote family: where in B a reader looks for a link's speaker and its quoted words.
def nearby_b(ctx: Context, view: LinkView) -> list[int]:
    """The link's B sentences and their unlinked neighbours in the same paragraph: a clause the
    aligner left out of the link is still where a reader sees it."""
    out = set(view.link.b)
    free = set(ctx.alignment.unmatched_b)
    for j in view.link.b:
        for k in (j - 1, j + 1):
            if k in free and ctx.b.sentences[k].paragraph == ctx.b.sentences[j].paragraph:
                out.add(k)
    return sorted(out)
