"""Omission findings: source sentences and clauses the copy does not carry.

A sentence left unlinked is dropped only if its content is not said elsewhere in the copy.
When the copy simply stops where the source goes on (a trimmed reprint) the tail is reported
once, at low severity: cutting a story short is an edit, not a distortion of what remains.
"""

from __future__ import annotations

from ..model import Finding, Role, Span
from ._diff import pure_edits
from ._presence import Presence
from ._util import finding, quote
from .context import Clause, Context, clauses_of, join_clauses
from .numbers import figures

DROPPED = 0.3  # best counterpart similarity below which a clause is not carried by its link


def weight(clause: Clause, doc_text: str) -> str:
    """Medium when the lost words carried a figure, a quote or a name; low otherwise."""
    if figures(clause, doc_text) or '"' in clause.text or "“" in clause.text:
        return "medium"
    if any(t.text[:1].isupper() for t in clause.tokens[1:]):
        return "medium"
    return "low"


def cut_to_scrap(x: Clause, y: Clause) -> bool:
    """B's counterpart keeps a scrap of A's clause: under half the words, and two or more content
    words gone (“a move that could be very unpopular for President Vladimir Putin.” →
    “President Vladimir Putin.”)."""
    return len(y.tokens) < 0.5 * len(x.tokens) and len(x.stems - y.stems) >= 2


def _said_beside(ctx: Context, x: Clause, y: Clause, v) -> bool:
    """The words B's counterpart leaves out are in B's other clauses of the link or in the
    sentence next to it: a rewrite split the sentence and the alignment linked the halves apart
    ("Relief efforts were slowed by landslides that closed two of the three state highways" →
    "Getting help into the valley has been slow." + "Landslides have shut two of the three state
    highways leading in, and …"), so nothing was cut."""
    gone = x.stems - y.stems
    near = {j for i in v.link.b for j in (i - 1, i + 1) if 0 <= j < len(ctx.b.sentences)}
    beside = v.b_stems | {t.stem for j in near for t in ctx.b.tokens[j]}
    return len(gone & beside) >= 0.6 * len(gone)


def trailing(ctx: Context, side: str) -> list[int]:
    """Body sentences of ``side`` after its last linked sentence, if the other side is exhausted."""
    s = ctx.side(side)
    other = ctx.side("b" if side == "a" else "a")
    linked = {i for v in ctx.links for i in (v.link.a if side == "a" else v.link.b)}
    linked_other = {i for v in ctx.links for i in (v.link.b if side == "a" else v.link.a)}
    other_body = [x.index for x in other.sentences if x.role is Role.BODY]
    if not linked or not other_body or max(linked_other) < other_body[-1] - 1:
        return []
    return [x.index for x in s.sentences if x.role is Role.BODY and x.index > max(linked)]


def find(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    presence = Presence(ctx)
    tail = set(trailing(ctx, "a"))
    if len(tail) >= 2:
        first, last = ctx.a.sentences[min(tail)], ctx.a.sentences[max(tail)]
        out.append(finding("omission", "truncated", "low", Span(first.start, last.end), None,
                           f"The copy stops where the source goes on: {len(tail)} closing sentences "
                           "of A are not carried", f"{len(tail)} sentences"))
    for i in ctx.alignment.unmatched_a:
        s = ctx.a.sentences[i]
        if s.role is not Role.BODY or i in tail and len(tail) >= 2:
            continue
        clauses = [c for c in clauses_of(s, ctx.a.tokens[i]) if not presence.said_in(c, "b")]
        if not clauses or len(clauses[0].tokens) < 3 and len(clauses) == 1:
            continue
        everything = len(clauses) == len(clauses_of(s, ctx.a.tokens[i]))
        lost = s.text if everything else " … ".join(c.text for c in clauses)
        out.append(finding("omission", "sentence_dropped", max((weight(c, ctx.a.doc.text) for c in clauses),
                                                               key=["low", "medium"].index),
                           Span(s.start, s.end), None,
                           f"The copy drops {quote(lost, 90)}", "no counterpart sentence"))
    # Clause by clause only within a language: across languages clause vectors are too loose
    # to tell a dropped clause from a translated one (measured on WMT21 human translations).
    for v in ctx.links if ctx.same_language else ():
        for k, (x, (j, sim)) in enumerate(zip(v.a_clauses, v.match_a)):
            if len(x.stems) < 3:
                continue
            kept = len(x.stems & v.b_stems) / len(x.stems)
            mutual = j >= 0 and v.match_b[j][0] == k
            # Everything B says for this clause: B may split one clause in two.
            ys = [y for y, (i, _) in zip(v.b_clauses, v.match_b) if i == k]
            if (mutual and sim >= DROPPED and cut_to_scrap(x, whole := join_clauses(ys))
                    and not presence.said_in(x, "b") and not _said_beside(ctx, x, whole, v)):
                y = v.b_clauses[j]
                lost = " ".join(t.text for t in x.tokens if t.stem in x.stems - y.stems)
                out.append(finding("omission", "clause_cut", weight(x, ctx.a.doc.text), x.span, y.span,
                                   f"The copy keeps only {quote(y.text)} of {quote(x.text, 90)}",
                                   f"lost: {lost}"))
                continue
            if not (sim < DROPPED and kept < 0.5):
                if mutual and sim >= 0.6:
                    out.extend(_qualifier_dropped(x, v.b_clauses[j], v))
                continue
            if presence.said_in(x, "b"):
                continue
            out.append(finding("omission", "clause_dropped", weight(x, ctx.a.doc.text), x.span, None,
                               f"The copy drops {quote(x.text, 90)}", f"best counterpart {sim:.2f}"))
    return out


def _qualifier_dropped(x: Clause, y: Clause, v) -> list[Finding]:
    out = []
    a_words = frozenset(w for t in v.a_tokens for w in (t.stem, t.low))
    b_words = frozenset(w for t in v.b_tokens for w in (t.stem, t.low))
    for op, words, _, head, why in pure_edits(x, y, a_words, b_words):
        if op == "delete" and not why:
            lost = " ".join(w.text for w in words)
            out.append(finding("omission", "qualifier_dropped", "low", Span(words[0].start, head.end), None,
                               f"The copy drops “{lost}”: “{lost} {head.text}” became “{head.text}”",
                               f"dropped: {lost}"))
    return out
