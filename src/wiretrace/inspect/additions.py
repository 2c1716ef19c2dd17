"""Addition findings: claims that only the copy makes.

Fragments are left to the machine-translation family, and text the copy carries past the point
where the source stops is reported once with severity none: when one side is cut off, the other
side's tail is missing source text, not an addition.
"""

from __future__ import annotations

from ..model import Finding, Role, Span
from ._diff import matched_clauses, pure_edits
from ._presence import Presence
from ._util import finding, quote
from .context import Context, clauses_of
from .omissions import DROPPED, trailing, weight


def find(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    presence = Presence(ctx)
    tail = set(trailing(ctx, "b"))
    if len(tail) >= 2:
        first, last = ctx.b.sentences[min(tail)], ctx.b.sentences[max(tail)]
        out.append(finding("addition", "continues_past_end", "none", None, Span(first.start, last.end),
                           f"B goes on for {len(tail)} sentences after the point where A stops; A looks "
                           "cut off, so this is text A lacks rather than text B added", f"{len(tail)} sentences"))
    for j in ctx.alignment.unmatched_b:
        s = ctx.b.sentences[j]
        if s.role is not Role.BODY or j in tail and len(tail) >= 2 or len(s.text.split()) <= 3:
            continue
        clauses = [c for c in clauses_of(s, ctx.b.tokens[j]) if not presence.said_in(c, "a")]
        if not clauses:
            continue
        everything = len(clauses) == len(clauses_of(s, ctx.b.tokens[j]))
        new = s.text if everything else " … ".join(c.text for c in clauses)
        out.append(finding("addition", "sentence_added", max((weight(c, ctx.b.doc.text) for c in clauses),
                                                             key=["low", "medium"].index),
                           None, Span(s.start, s.end), f"Only the copy says {quote(new, 90)}",
                           "no counterpart sentence"))
    if ctx.same_language:
        out.extend(_qualifiers(ctx))
    # Clause by clause only within a language (see omissions).
    for v in ctx.links if ctx.same_language else ():
        for y, (_, sim) in zip(v.b_clauses, v.match_b):
            if sim >= DROPPED or len(y.stems) < 3:
                continue
            if len(y.stems & v.a_stems) / len(y.stems) >= 0.5 or presence.said_in(y, "a"):
                continue
            out.append(finding("addition", "clause_added", weight(y, ctx.b.doc.text), None, y.span,
                               f"Only the copy says {quote(y.text, 90)}", f"best counterpart {sim:.2f}"))
    return out


def _words(tokens) -> frozenset[str]:
    return frozenset(w for t in tokens for w in (t.stem, t.low))


def _source_says(y, words, source_words: frozenset[str]) -> bool:
    """Words the source's body uses elsewhere, added where they name what it already said:
    a place or a family ("the court" / "the Manchester court", "the Begbie family"), or, right
    after a figure, what was counted ("out of nearly 28,000 cast" / "28,000 ballots cast")."""
    if not all(w.stem in source_words for w in words):
        return False
    if all(w.text[:1].isupper() for w in words):
        return True
    i = next((n for n, t in enumerate(y.tokens) if t.start == words[0].start), 0)
    return i > 0 and any(c.isdigit() for c in y.tokens[i - 1].text)


def _qualifiers(ctx: Context) -> list[Finding]:
    out = []
    source_words = frozenset(t.stem for x in ctx.a.body() for t in ctx.a.tokens[x.index])
    seen: set[int] = set()
    for v in ctx.links:
        for x, y in matched_clauses(v):
            for op, _, words, head, why in pure_edits(x, y, _words(v.a_tokens), _words(v.b_tokens)):
                if op != "insert" or words[0].start in seen:
                    continue
                seen.add(words[0].start)
                added = " ".join(w.text for w in words)
                if why or _source_says(y, words, source_words):
                    out.append(finding("harmless", "wording", "none", Span(head.start, head.end),
                                       Span(words[0].start, words[-1].end),
                                       f"The copy adds “{added}” before “{head.text}”: "
                                       f"{why or 'words the source itself uses for it'}, the claim is the same",
                                       f"inserted: {added}"))
                    continue
                out.append(finding("addition", "qualifier_added", "medium", Span(head.start, head.end),
                                   Span(words[0].start, words[-1].end),
                                   f"The copy adds “{added}” before “{head.text}”: "
                                   f"“{head.text}” became “{added} {head.text}”, a narrower or different claim",
                                   f"inserted: {added}"))
    return out
