"""Attribution: who a claim comes from in A, and whether the copy still says so.

Speakers are found with surface patterns ("X said", "said X", "X, a lawyer, said", "according to X",
"citing X"), not a parser: news attribution is formulaic, and a copy mangled by machine translation
defeats a parser sooner than it defeats these patterns. Only named speakers count (people and
institutions such as "police" or "the Defence Ministry"); a "he said" only counts when it can be
resolved to a name a few sentences back, because that is how a round trip reassigns words: the pronoun
survives but the sentences before it now name someone else.
"""

from __future__ import annotations

from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ..model import Finding, Role, Span
from ..text.tokens import Token
from ._util import finding, quote
from .context import Context, LinkView, Side

_SPEECH = frozenset("""said says say told tells added adds estimated estimates stated states announced
announces reported reports explained explains noted notes claimed claims denied denies insisted insists
warned warns wrote writes argued argues acknowledged acknowledges confirmed confirms alleged alleges
testified predicted predicts recalled recalls""".split())
# Verbs that may come before the speaker ("..., said Alexei Tabalov"); "told X" names the listener.
_FORWARD = _SPEECH - {"told", "tells", "denied", "denies", "confirmed", "confirms", "reported", "reports"}
_TITLES = frozenset("""mr mrs ms dr prof president attorney lawyer analyst minister prime general gen sen
rep gov governor mayor judge chief spokesman spokeswoman spokesperson the a an""".split())
# Institutions speak in lower case: "police said", "the ministry said".
_INSTITUTIONS = frozenset("""police officials authorities prosecutors ministry military army government
court kremlin agency department office foundation committee commission council company spokesman
spokeswoman spokesperson""".split())
_BARE_OK = frozenset({"police", "officials", "authorities", "prosecutors"})
_NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december however but and although though while
instead now in on at after before during since as if when""".split())
# Plural people who speak at the start of a sentence but are nobody in particular.
_GENERIC = frozenset("""lawyers witnesses residents experts analysts doctors critics media sources reports
activists observers scientists researchers officials relatives neighbours neighbors survivors
protesters students teachers parents workers""".split())
_PARTICLES = frozenset({"de", "van", "von", "bin", "al", "la", "le", "du", "da", "der", "del"})
_PRONOUNS = frozenset({"he", "she"})
_MATCH = 0.88  # Jaro-Winkler: Tabalov ~ Tabarov is 0.94, Osechkin ~ Osekkin 0.91, Osechkin ~ Prigogine 0.49


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # as written; "" for an unresolved pronoun
    start: int  # document offsets of the whole cue ("according to Osechkin")
    end: int
    sentence: int
    pronoun: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() and not t.stop and t.low not in _NOT_NAMES


def _gap(side: Side, x: Token, y: Token) -> str:
    return side.doc.text[x.end:y.start]


def _run_back(side: Side, toks, k: int) -> int | None:
    """Start index of the name ending at token ``k`` (with "the" and a lower-case institution)."""
    if k < 0:
        return None
    j = k
    if not _cap(toks[k]):
        if toks[k].low not in _INSTITUTIONS:
            return None
        j = k - 1
    else:
        j = k - 1
    while j >= 0 and _gap(side, toks[j], toks[j + 1]).strip() == "" and (
            _cap(toks[j]) or (toks[j].low in _PARTICLES and j > 0 and _cap(toks[j - 1]))):
        j -= 1
    start = j + 1
    if not _cap(toks[k]) and start == k and toks[k].low not in _BARE_OK:
        if not (j >= 0 and toks[j].low == "the"):
            return None
    if j >= 0 and toks[j].low == "the" and (toks[k].low in _INSTITUTIONS or toks[k].text.isupper()):
        start = j
    return start


def _run_forward(side: Side, toks, k: int) -> int | None:
    """End index (inclusive) of the name starting at token ``k``."""
    if k >= len(toks):
        return None
    i = k + 1 if toks[k].low == "the" else k
    j = i
    while j < len(toks) and (_cap(toks[j]) or toks[j].low in _INSTITUTIONS) and (
            j == i or _gap(side, toks[j - 1], toks[j]).strip() == ""):
        if not _cap(toks[j]):  # a lower-case institution word closes the name
            return j if (j > i or toks[j].low in _BARE_OK or i > k) else None
        j += 1
    return j - 1 if j > i else None


def speakers(side: Side, i: int, lower: frozenset[str] = frozenset()) -> list[Speaker]:
    """Speakers of sentence ``i``; ``lower`` holds the words the document also writes in lower case,
    so a capitalised common noun opening a sentence ("Lawyers said") is not taken for a name."""
    toks, sent = side.tokens[i], side.sentences[i]
    text = side.doc.text
    out: list[Speaker] = []

    def add(a: int, b: int, cue_a: int, cue_b: int, pronoun: bool = False) -> None:
        if not pronoun and a == b and _cap(toks[a]) and (toks[a].low in _GENERIC or (
                a == 0 and toks[a].low in lower)):
            return
        name = "" if pronoun else text[toks[a].start:toks[b].end]
        if not any(s.start == toks[cue_a].start for s in out):
            out.append(Speaker(name, toks[cue_a].start, toks[cue_b].end, sent.index, pronoun))

    for k, t in enumerate(toks):
        if t.low in ("according", "citing") and (t.low == "citing" or
                                                 (k + 1 < len(toks) and toks[k + 1].low == "to")):
            first = k + 2 if t.low == "according" else k + 1
            end = _run_forward(side, toks, first)
            if end is not None:
                add(first, end, k, end)
            continue
        if t.low not in _SPEECH:
            continue
        before = _gap(side, toks[k - 1], t) if k else ""
        if k and before.strip() == "":
            if toks[k - 1].low in _PRONOUNS:
                add(k - 1, k - 1, k - 1, k, pronoun=True)
                continue
            start = _run_back(side, toks, k - 1)
            if start is not None:
                add(start, k - 1, start, k)
                continue
        if k and before.strip() == ",":  # "X, founder of the group, said"
            for m in range(k - 1, max(0, k - 18), -1):
                g = _gap(side, toks[m - 1], toks[m])
                if any(c in g for c in '.;"“”'):
                    break
                if "," in g:
                    start = _run_back(side, toks, m - 1) if not _cap(toks[m]) else None
                    if start is not None and (start == 0 or text[sent.start:toks[start].start].rstrip()
                                              .endswith((",", "\u2014")) or start <= 3):
                        add(start, m - 1, start, k)
                    break
            if any(s.start <= t.start < s.end for s in out):
                continue
        if t.low in _FORWARD and k + 1 < len(toks) and any(c in before for c in ',"”'):
            end = _run_forward(side, toks, k + 1)
            if end is not None:
                add(k + 1, end, k, end)
    return out


def _sig(name: str) -> list[str]:
    words = anyascii(name).lower().replace("'s", "").replace("’s", "").split()
    return [w.strip(".,") for w in words if w.strip(".,") and w.strip(".,") not in _TITLES]


def _is_institution(name: str) -> bool:
    sig = _sig(name)
    return not sig or sig[-1] in _INSTITUTIONS or name.isupper()


def _like(x: str, y: str) -> bool:
    if len(x) < 4 or len(y) < 4:
        return x == y
    return JaroWinkler.similarity(x, y) >= _MATCH


def same_speaker(x: str, y: str) -> bool:
    sx, sy = _sig(x), _sig(y)
    if not sx or not sy:
        return False
    if _is_institution(x) or _is_institution(y):
        small, big = sorted((sx, sy), key=len)
        return sum(any(_like(w, v) for v in big) for w in small) * 2 >= len(small)
    if len(sx) == 1 or len(sy) == 1:
        one, other = (sx, sy) if len(sx) == 1 else (sy, sx)
        return any(_like(one[0], v) for v in other)
    return _like(sx[-1], sy[-1])


def mentioned(name: str, text: str, same_language: bool = True) -> bool:
    """Is the speaker named anywhere in ``text`` (respelled or transliterated)?"""
    sig = _sig(name)
    if not sig:
        return False
    flat = anyascii(text).lower()
    words = [w.strip(".,:;\"'()") for w in flat.replace("'s", " ").split()]
    keys = sig if _is_institution(name) else sig[-1:]
    hits = sum(any(_like(k, w) for w in words) for k in keys)
    if not same_language:  # scripts without spaces: look for the transliteration inside the text
        hits = max(hits, sum(fuzz.partial_ratio(k, flat.replace(" ", "")) >= 80 for k in keys))
    return hits * 2 >= len(keys) if len(keys) > 1 else hits == 1


class _Speakers:
    """Speakers per sentence of one side, plus who each sentence is about (for pronouns)."""

    def __init__(self, side: Side):
        self.side = side
        self.body = [s.role is Role.BODY for s in side.sentences]
        lower = frozenset(t.low for ts in side.tokens for t in ts if t.text[:1].islower())
        self.by_sentence = [speakers(side, i, lower) if self.body[i] else []
                            for i in range(len(side.sentences))]
        known = {_sig(s.name)[-1] for ss in self.by_sentence for s in ss if s.name and _sig(s.name)}
        self.agent: list[str | None] = []
        for i, sent in enumerate(side.sentences):
            named = [s.name for s in self.by_sentence[i] if s.name]
            if named:
                self.agent.append(named[0])
            elif any(s.pronoun for s in self.by_sentence[i]) or self._pronoun_subject(i):
                self.agent.append(self.resolve(i))
            else:
                self.agent.append(self._subject(i, known))

    def _pronoun_subject(self, i: int) -> bool:
        toks = self.side.tokens[i]
        return bool(toks) and toks[0].low in _PRONOUNS

    def _subject(self, i: int, known: set[str]) -> str | None:
        """A person named at the start of the sentence ("Yevgeny Prigozhin, known as ...")."""
        toks = self.side.tokens[i]
        if not self.body[i] or not toks:
            return None
        k = 0
        for m in range(1, min(6, len(toks))):  # skip a short opener: "In fact, Prigogine ..."
            if "," in _gap(self.side, toks[m - 1], toks[m]):
                k = m if not _cap(toks[0]) or toks[0].low in _NOT_NAMES else 0
                break
        if not _cap(toks[k]):
            return None
        end = _run_forward(self.side, toks, k)
        if end is None:
            return None
        name = self.side.doc.text[toks[k].start:toks[end].end]
        sig = _sig(name)
        follows = _gap(self.side, toks[end], toks[end + 1]) if end + 1 < len(toks) else ""
        if sig and (len(sig) >= 2 and "," in follows or sig[-1] in known) and not _is_institution(name):
            return name
        return None

    def resolve(self, i: int) -> str | None:
        """The named agent of the nearest of the three previous body sentences."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if j < len(self.agent) and self.body[j] and self.agent[j]:
                return self.agent[j]
        return None

    def context_agent(self, i: int) -> str | None:
        """Who the sentences just before ``i`` in its paragraph are about."""
        para = self.side.sentences[i].paragraph
        for j in range(i - 1, max(-1, i - 4), -1):
            if self.side.sentences[j].paragraph != para:
                return None
            if self.agent[j]:
                return self.agent[j]
        return None


def _survives(view: LinkView, sp: Speaker, side: Side, same_language: bool) -> bool:
    """Does the claim the speaker made still stand in B? If not, this is an omission, not ours."""
    sent = side.sentences[sp.sentence]
    before, after = sent.start, sent.end
    lead = side.doc.text[sent.start:sp.start]
    if len(lead.split()) > 4 and lead.rstrip().endswith((",", '"', "”")):  # '..., X said'
        start, end = before, sp.start
    elif len(lead.split()) <= 4:  # cue at the start: the claim follows ...
        start, end = sp.end, sent.end
        if lead.strip().lower() in ("although", "though", "while", "whereas", "even as"):
            comma = side.doc.text.find(",", sp.end + 1, sent.end)
            end = comma if comma > 0 else end  # ... but only to the end of "Although X denies ..."
    elif len(side.doc.text[sp.end:sent.end].split()) <= 3:  # cue at the end: the claim precedes
        start, end = before, sp.start
    else:
        start, end = sp.end, after
    weight = score = best = 0.0
    for c, (_, sim) in zip(view.a_clauses, view.match_a):
        w = max(0, min(end, c.end) - max(start, c.start))
        weight += w
        score += w * sim
        if w >= 0.6 * (c.end - c.start) and len(c.tokens) >= 4:  # one whole clause kept is enough
            best = max(best, sim)
    clause_score = score / weight if weight else 0.0
    stems = {t.stem for t in side.tokens[sp.sentence] if start <= t.start < end and not t.stop}
    lexical = len(stems & view.b_stems) / len(stems) if stems and same_language else 0.0
    return max(clause_score, lexical) >= 0.5 or best >= 0.6


def _best_b(view: LinkView, ctx: Context, i: int) -> int:
    """The B sentence of the link that carries A sentence ``i``'s words."""
    stems = {t.stem for t in ctx.a.tokens[i] if not t.stop}
    return max(view.link.b, key=lambda j: len(stems & {t.stem for t in ctx.b.tokens[j]}))


def _short(name: str) -> str:
    sig = name.split()
    return name if _is_institution(name) or len(sig) < 2 else sig[-1]


def find(ctx: Context) -> list[Finding]:
    sa, sb = _Speakers(ctx.a), _Speakers(ctx.b)
    out: list[Finding] = []
    for view in ctx.links:
        a_text = " ".join(ctx.a.sentences[i].text for i in view.link.a)
        b_text = " ".join(ctx.b.sentences[j].text for j in view.link.b)
        b_named = [s for j in view.link.b for s in sb.by_sentence[j] if s.name]
        b_pron = [s for j in view.link.b for s in sb.by_sentence[j] if s.pronoun]
        done: list[str] = []
        for i in view.link.a:
            for sp in sa.by_sentence[i]:
                name = sp.name or (sa.resolve(i) if sp.pronoun else None)
                if not name or any(same_speaker(name, d) for d in done):
                    continue
                done.append(name)
                if any(same_speaker(name, t.name) for t in b_named):
                    continue
                if mentioned(name, b_text, ctx.same_language):
                    continue
                if not _survives(view, sp, ctx.a, ctx.same_language):
                    continue
                cue = ctx.a.text(sp.span)
                if not ctx.same_language:
                    if not sp.pronoun:
                        out.append(_dropped(sp, cue, name, None))
                    continue
                other = [t for t in b_named if not mentioned(t.name, a_text)]
                if other:
                    t = other[0]
                    out.append(finding(
                        "attribution", "changed", "high", sp.span, t.span,
                        f"The copy gives the claim a different source: A has {quote(cue)}, "
                        f"B has {quote(ctx.b.text(t.span))}.", name, t.name))
                    continue
                if b_pron:
                    who = sb.resolve(b_pron[0].sentence)
                    if who and not same_speaker(name, who):
                        bc = ctx.b.text(b_pron[0].span)
                        out.append(finding(
                            "attribution", "reassigned", "high", sp.span, b_pron[0].span,
                            f"In A {quote(cue)} refers to {_short(name)}; in the copy the sentences "
                            f"before {quote(bc)} are about {_short(who)}, so the words now read as "
                            f"{_short(who)}'s.", name, who))
                    continue
                j = _best_b(view, ctx, i)
                who = sb.context_agent(j) if not sb.agent[j] else None
                if who and not same_speaker(name, who):
                    out.append(finding(
                        "attribution", "reassigned", "high", sp.span, ctx.b.sentences[j].span,
                        f"The copy drops {quote(cue)} and sets the claim right after sentences about "
                        f"{_short(who)}, so it now reads as {_short(who)}'s claim, not "
                        f"{_short(name)}'s.", name, who))
                elif not sp.pronoun:
                    out.append(_dropped(sp, cue, name, ctx.b.sentences[j].span))
    return out


def _dropped(sp: Speaker, cue: str, name: str, b: Span | None) -> Finding:
    return finding("attribution", "dropped", "medium", sp.span, b,
                   f"The copy drops who said it: {quote(cue)} is gone, so the claim reads as fact.",
                   name)
