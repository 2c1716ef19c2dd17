"""Attribution: who a claim comes from in A, and whether the copy still says so.

Speakers come from ``_speakers``. A "he said" counts only when it resolves to a name a few sentences
back, because that is how a round trip reassigns words: the pronoun survives but the sentences before
it now name someone else.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Finding, Role, Span
from ._speakers import (
    PRONOUNS,
    SPEECH,
    Speaker,
    is_institution,
    mentioned,
    names_people,
    nearby_b,
    opening_person,
    reports_other,
    same_speaker,
    short_name,
    speakers,
    surname,
)
from ._util import finding, quote
from .context import Context, LinkView, Side

__all__ = ["find", "mentioned", "same_speaker"]  # the name matchers are tested through this module


class _Speakers:
    """Speakers of every body sentence of one side, and whom each sentence is about."""

    def __init__(self, side: Side):
        self.side = side
        lower = frozenset(t.low for ts in side.tokens for t in ts if t.text[:1].islower())
        self.by_sentence = [speakers(side, i, lower) if s.role is Role.BODY else []
                            for i, s in enumerate(side.sentences)]
        known = {k for ss in self.by_sentence for s in ss if (k := surname(s.name))}
        self.people = [names_people(side, i, known) for i in range(len(side.sentences))]
        self.reports = [any(reports_other(side, s) for s in ss) for ss in self.by_sentence]
        self.agent: list[str | None] = []
        for i, toks in enumerate(side.tokens):
            named = [s.name for s in self.by_sentence[i] if s.name]
            if named:
                self.agent.append(named[0])
            elif any(s.pronoun for s in self.by_sentence[i]) or (toks and toks[0].low in PRONOUNS):
                self.agent.append(self.resolve(i))
            else:
                self.agent.append(opening_person(side, i, known))
            if self.agent[-1] and (k := surname(self.agent[-1])):
                known.add(k)

    def resolve(self, i: int) -> str | None:
        """Whom "he" or "she" in sentence ``i`` means: the person the nearest of the three sentences
        before it is about; None when that sentence names people but is about none of them."""
        for j in range(i - 1, max(-1, i - 4), -1):
            who = self.agent[j]
            if who and not is_institution(who):
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
    return any(t.low in SPEECH and t.text.islower() for t in side.tokens[j]) or any(
        a == "according" and b == "to" for a, b in pairwise(low))


def _alphabetic(text: str) -> bool:
    """Written in Latin, Greek or Cyrillic letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) < 0x530 for c in letters) >= 0.8 * len(letters)


def _person_named(side: Side, sp: Speaker, name: str) -> bool:
    """Whether A writes ``name`` as a person's name, which a translation keeps: not a body ("the
    Left wrote", "a DHS spokesperson said": translated, or the acronym spelt out), nor a common
    noun capitalised only where it opens a sentence ("Investigators say")."""
    text = side.doc.text
    before = text[max(0, sp.start - 4):sp.start].lower().split()
    if (before and before[-1] in ("the", "a", "an")) or any(w.isupper() and len(w) >= 2 for w in name.split()):
        return False
    if len(name.split()) > 1:
        return True
    opens = [s.start for s in side.sentences]

    def opening(pos: int) -> bool:  # the word opens its sentence, after quote marks at most
        return any(s <= pos and not text[s:pos].strip(' "“‘\'') for s in opens)

    return any(not opening(m.start()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


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
        ok = not sp.pronoun and not is_institution(name) and _alphabetic(b_text) and _person_named(ctx.a, sp, name)
        return _dropped(sp, cue, name, None) if ok else None
    if b_named:  # B has a source of its own: a different person is a changed source
        a_text = " ".join(ctx.a.sentences[i].text for i in view.link.a)
        other = [t for t in b_named if not is_institution(t.name) and not mentioned(t.name, a_text)]
        # Whom A's "he" means is a guess, and a guess cannot be contradicted.
        if other and not sp.pronoun and not is_institution(name):
            return finding("attribution", "changed", "high", sp.span, other[0].span,
                           f"The copy gives the claim a different source: A has {quote(cue)}, "
                           f"B has {quote(ctx.b.text(other[0].span))}.", name, other[0].name)
        return None
    if b_pron:  # B keeps a "he said": whom does it point to now?
        who = sb.resolve(b_pron[0].sentence)
        if not who or same_speaker(name, who):
            return None
        return finding("attribution", "reassigned", "high", sp.span, b_pron[0].span,
                       f"In A {quote(cue)} refers to {short_name(name)}; in the copy the sentences before "
                       f"{quote(ctx.b.text(b_pron[0].span))} are about {short_name(who)}, so the words now "
                       f"read as {short_name(who)}'s.", name, who)
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
                       f"{short_name(who)}, so it now reads as {short_name(who)}'s claim, not {short_name(name)}'s.",
                       name, who)
    return _dropped(sp, cue, name, ctx.b.sentences[j].span)


def _dropped(sp: Speaker, cue: str, name: str, b: Span | None) -> Finding:
    return finding("attribution", "dropped", "medium", sp.span, b,
                   f"The copy drops who said it: {quote(cue)} is gone, so the claim reads as fact.", name)
