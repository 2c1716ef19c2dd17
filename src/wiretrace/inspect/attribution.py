"""Attribution: who a claim comes from in A, and whether the copy still says so.

Speakers are found with surface patterns ("X said", "said X", "X, a lawyer, said", "according to X",
"citing X"), not a parser: news attribution is formulaic, and a copy mangled by machine translation
defeats a parser sooner than it defeats these patterns. Only named speakers count (people, and
institutions such as "police" or "the Defence Ministry"). A "he said" counts only when it resolves to
a name a few sentences back, because that is how a round trip reassigns words: the pronoun survives
but the sentences before it now name someone else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ..model import Finding, Role, Span
from ..text.tokens import Token
from ._util import finding, quote
from .context import Context, LinkView, Side


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_SPEECH = _words("""said says say told tells added adds estimated estimates stated states announced
announces reported reports explained explains noted notes claimed claims denied denies insisted insists
warned warns wrote writes argued argues acknowledged acknowledges confirmed confirms alleged alleges
testified predicted predicts recalled recalls""")
# May come before the speaker ("..., said Alexei Tabalov"); "told X" names the listener, not the speaker.
_FORWARD = _SPEECH - _words("told tells denied denies confirmed confirms reported reports")
_TITLES = _words("""mr mrs ms dr prof president attorney lawyer analyst minister prime general gen sen rep
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
_PRONOUNS = _words("he she")
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
        if t.low not in _SPEECH or not t.text.islower() or not k:  # "United States" is no verb
            continue
        if t.low in ("denied", "denies") and nxt not in _DENIAL_CLAUSE:
            continue  # "denied the charges" is a plea, not a claim
        before = text[toks[k - 1].end:t.start]
        if before.strip() == "":  # "Tabalov said", "he said", "police said"
            if toks[k - 1].low in _PRONOUNS:
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


def _sig(name: str) -> list[str]:
    words = (w.strip(".,") for w in anyascii(name).lower().replace("'s", "").replace("-", " ").split())
    return [w for w in words if w and w not in _TITLES]


def _acronym(x: str, y: str) -> bool:
    """"IMF" and "International Monetary Fund" name one speaker."""
    for short, long in ((x, y), (y, x)):
        letters = "".join(w for w in short.split() if w.isupper() and len(w) >= 2)
        initials = "".join(w[0] for w in long.split() if w[:1].isupper())
        if len(letters) >= 2 and letters in initials:
            return True
    return False


def _is_institution(name: str) -> bool:
    sig = _sig(name)
    return not sig or sig[-1] in _INSTITUTIONS or name.isupper()


def _like(x: str, y: str) -> bool:
    if len(x) < 4 or len(y) < 4:
        return x == y
    return JaroWinkler.similarity(x, y) >= _MATCH


def same_speaker(x: str, y: str) -> bool:
    """People match on the surname (respelling allowed); institutions on most of their words."""
    sx, sy = _sig(x), _sig(y)
    if not sx or not sy:
        return False
    if _acronym(x, y):
        return True
    if _is_institution(x) or _is_institution(y):
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
    # Scripts written without spaces: look inside the transliteration.
    return not same_language and any(fuzz.partial_ratio(k, flat.replace(" ", "")) >= 80 for k in keys)


class _Speakers:
    """Speakers of every body sentence of one side, and whom each sentence is about."""

    def __init__(self, side: Side):
        self.side = side
        lower = frozenset(t.low for ts in side.tokens for t in ts if t.text[:1].islower())
        self.by_sentence = [speakers(side, i, lower) if s.role is Role.BODY else []
                            for i, s in enumerate(side.sentences)]
        known = {_sig(s.name)[-1] for ss in self.by_sentence for s in ss if _sig(s.name)}
        self.people = [self._names_people(i, known) for i in range(len(side.sentences))]
        self.reports = [any(self._reports_other(s) for s in ss) for ss in self.by_sentence]
        self.agent: list[str | None] = []
        for i, toks in enumerate(side.tokens):
            named = [s.name for s in self.by_sentence[i] if s.name]
            if named:
                self.agent.append(named[0])
            elif any(s.pronoun for s in self.by_sentence[i]) or (toks and toks[0].low in _PRONOUNS):
                self.agent.append(self.resolve(i))
            else:
                self.agent.append(self._subject(i, known))
            if self.agent[-1] and _sig(self.agent[-1]):
                known.add(_sig(self.agent[-1])[-1])

    def _subject(self, i: int, known: set[str]) -> str | None:
        """A person named at the start of the sentence ("Yevgeny Prigozhin, known as ...")."""
        toks = self.side.tokens[i]
        if self.side.sentences[i].role is not Role.BODY or not toks:
            return None
        k = 0
        if not _cap(toks[0]):  # skip a short opener: "In fact, Prigogine denied ..."
            k = next((m for m in range(1, min(6, len(toks)))
                      if "," in self.side.doc.text[toks[m - 1].end:toks[m].start]), 0)
        end = _run_forward(self.side, toks, k) if _cap(toks[k]) else None
        if end is None:
            return None
        name = self.side.doc.text[toks[k].start:toks[end].end]
        sig = _sig(name)
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        follows = self.side.doc.text[toks[end].end:nxt.start] if nxt else ""
        # "Luis Ferreira visited ..." or "Yevgeny Prigozhin, known as ..."; "Rio Claro valley" is no one.
        acts = nxt is not None and nxt.text.islower() and (nxt.low in _SPEECH or _VERB_END.search(nxt.low))
        person = sig and not _is_institution(name)
        seen = any(_like(sig[-1], k) for k in known) if sig else False  # Prigozhin ... Prigogine
        return name if person and ((len(sig) >= 2 and ("," in follows or acts)) or seen) else None

    def _reports_other(self, sp: Speaker) -> bool:
        """"Mr Tait said the defendant began ...": a "he" after this may be either man."""
        toks = [t for t in self.side.tokens[sp.sentence] if t.start >= sp.end]
        if toks and toks[0].low == "that":
            toks = toks[1:]
        if not toks or self.side.doc.text[sp.end:toks[0].start].strip():
            return False  # a comma or quote after the verb: no reported clause follows
        det = toks[0].low in ("the", "a", "an", "his", "her", "their")
        return _cap(toks[0]) or (det and len(toks) > 1 and toks[1].low in _PERSON_NOUNS)

    def _names_people(self, i: int, known: set[str]) -> bool:
        """Does sentence ``i`` name a person in passing ("found Michael Gleave not guilty")?"""
        toks = self.side.tokens[i]
        if any(t.low in known and _cap(t) for t in toks):
            return True
        return any(_cap(x) and _cap(y) and self.side.doc.text[x.end:y.start] == " "
                   for x, y in pairwise(toks[1:]))

    def resolve(self, i: int) -> str | None:
        """Whom "he" or "she" in sentence ``i`` means: the person the nearest of the three sentences
        before it is about; None when that sentence names people but is about none of them."""
        for j in range(i - 1, max(-1, i - 4), -1):
            who = self.agent[j]
            if who and not _is_institution(who):
                return None if self.reports[j] else who
            if self.people[j]:
                return None
        return None

    def context_agent(self, i: int) -> str | None:
        """Whom the sentences just before ``i`` in its paragraph are about."""
        para = self.side.sentences[i].paragraph
        for j in range(i - 1, max(-1, i - 4), -1):
            if self.side.sentences[j].paragraph != para:
                return None
            if self.agent[j] or self.people[j]:
                return self.agent[j]
        return None


def _survives(view: LinkView, sp: Speaker, side: Side, same_language: bool) -> bool:
    """Is the claim the speaker made still in B? If it went with its speaker, that is an omission."""
    sent, text = side.sentences[sp.sentence], side.doc.text
    lead = text[sent.start:sp.start]
    start, end = sp.end, sent.end  # the claim follows the cue ...
    if len(lead.split()) > 4 and lead.rstrip().endswith((",", '"', "”")):
        start, end = sent.start, sp.start  # ... or precedes it: '"...," Tabalov said'
    elif len(lead.split()) > 4 and len(text[sp.end:sent.end].split()) <= 3:
        start, end = sent.start, sp.start
    elif lead.strip().lower() in ("although", "though", "while", "whereas", "even as"):
        comma = text.find(",", sp.end + 1, sent.end)  # only to the end of "Although X denies ..."
        end = comma if comma > 0 else end
    weight = score = best = 0.0
    for c, (_, sim) in zip(view.a_clauses, view.match_a):
        w = max(0, min(end, c.end) - max(start, c.start))
        weight, score = weight + w, score + w * sim
        if w >= 0.6 * (c.end - c.start) and len(c.tokens) >= 4:  # one whole clause kept is enough
            best = max(best, sim)
    stems = {t.stem for t in side.tokens[sp.sentence] if start <= t.start < end and not t.stop}
    lexical = len(stems & view.b_stems) / len(stems) if stems and same_language else 0.0
    return max(score / weight if weight else 0.0, lexical) >= 0.5 or best >= 0.6


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


def _cued(side: Side, j: int) -> bool:
    """Sentence ``j`` still has a source: a speech verb, "according to", or quote marks (the
    speaker of a long quote is often named a paragraph earlier)."""
    sent = side.sentences[j]
    para = next(s.start for s in side.sentences if s.paragraph == sent.paragraph)
    marks = '"“”«»'
    if any(c in sent.text for c in marks) or sum(side.doc.text[para:sent.start].count(c) for c in marks) % 2:
        return True
    if sent.text[:1] in "'‘" or sent.text.rstrip()[-2:] in (".'", ".’", "?'", "!'"):  # British single quotes
        return True
    low = [t.low for t in side.tokens[j]]
    return any(t.low in _SPEECH and t.text.islower() for t in side.tokens[j]) or any(
        a == "according" and b == "to" for a, b in pairwise(low))


def _alphabetic(text: str) -> bool:
    """Written in Latin, Greek or Cyrillic letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) < 0x530 for c in letters) >= 0.8 * len(letters)


def _short(name: str) -> str:
    """How a journalist names the speaker a second time: the surname ("Osechkin")."""
    words = [w for w in name.split() if _sig(w)]
    return name if _is_institution(name) or not words else words[-1]


def find(ctx: Context) -> list[Finding]:
    sa, sb = _Speakers(ctx.a), _Speakers(ctx.b)
    out: list[Finding] = []
    for view in ctx.links:
        done: list[str] = []
        for i in view.link.a:
            for sp in sa.by_sentence[i]:
                name = sp.name or sa.resolve(i)
                if not name or any(same_speaker(name, d) for d in done):
                    continue  # one finding per speaker and link
                done.append(name)
                f = _judge(ctx, view, sb, sp, name)
                out.extend([f] if f else [])
    return out


def _judge(ctx: Context, view: LinkView, sb: _Speakers, sp: Speaker, name: str) -> Finding | None:
    """What became in B of A's speaker ``sp`` (``name``, resolved when ``sp`` is a pronoun)."""
    near = nearby_b(ctx, view)
    b_text = " ".join(ctx.b.sentences[j].text for j in near)
    b_named = [s for j in near for s in sb.by_sentence[j] if s.name]
    b_pron = [s for j in near for s in sb.by_sentence[j] if s.pronoun]
    if (any(same_speaker(name, t.name) for t in b_named) or mentioned(name, b_text, ctx.same_language)
            or not _survives(view, sp, ctx.a, ctx.same_language)):
        return None
    cue = ctx.a.text(sp.span)
    if not ctx.same_language:
        # B's grammar is not ours to parse: only "gone" is sure, and only for a person's name in an
        # alphabet anyascii spells back faithfully (institutions are translated; kana do not spell back).
        ok = not sp.pronoun and not _is_institution(name) and _alphabetic(b_text)
        return _dropped(sp, cue, name, None) if ok else None
    if b_named:  # B has a source of its own: a different person is a changed source
        a_text = " ".join(ctx.a.sentences[i].text for i in view.link.a)
        other = [t for t in b_named if not _is_institution(t.name) and not mentioned(t.name, a_text)]
        # Whom A's "he" means is a guess, and a guess cannot be contradicted.
        if other and not sp.pronoun and not _is_institution(name):
            return finding("attribution", "changed", "high", sp.span, other[0].span,
                           f"The copy gives the claim a different source: A has {quote(cue)}, "
                           f"B has {quote(ctx.b.text(other[0].span))}.", name, other[0].name)
        return None
    if b_pron:  # B keeps a "he said": whom does it point to now?
        who = sb.resolve(b_pron[0].sentence)
        if not who or same_speaker(name, who):
            return None
        return finding("attribution", "reassigned", "high", sp.span, b_pron[0].span,
                       f"In A {quote(cue)} refers to {_short(name)}; in the copy the sentences before "
                       f"{quote(ctx.b.text(b_pron[0].span))} are about {_short(who)}, so the words now "
                       f"read as {_short(who)}'s.", name, who)
    if sp.pronoun:
        return None
    stems = {t.stem for t in ctx.a.tokens[sp.sentence] if not t.stop}
    j = max(view.link.b, key=lambda j: len(stems & {t.stem for t in ctx.b.tokens[j]}))
    prev = ctx.b.sentences[j - 1] if j else None
    if _cued(ctx.b, j) or (prev is not None and prev.paragraph == ctx.b.sentences[j].paragraph
                           and mentioned(name, prev.text)):
        return None  # still attributed ("Witnesses claim"), or the speaker is still in view
    who = None if sb.agent[j] else sb.context_agent(j)
    # "the department" may be the committee named before it: only a name can be displaced.
    if who and not same_speaker(name, who) and any(c.isupper() for c in name):
        return finding("attribution", "reassigned", "high", sp.span, ctx.b.sentences[j].span,
                       f"The copy drops {quote(cue)} and sets the claim right after sentences about "
                       f"{_short(who)}, so it now reads as {_short(who)}'s claim, not {_short(name)}'s.",
                       name, who)
    return _dropped(sp, cue, name, ctx.b.sentences[j].span)


def _dropped(sp: Speaker, cue: str, name: str, b: Span | None) -> Finding:
    return finding("attribution", "dropped", "medium", sp.span, b,
                   f"The copy drops who said it: {quote(cue)} is gone, so the claim reads as fact.", name)
