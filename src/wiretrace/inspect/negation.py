"""Negation findings: a clause whose polarity differs between source and copy.

Clauses are compared with their counterpart inside a link; a negation cue that disappears
together with its whole clause is an omission, not a flip. Counting cues makes double
negatives work: “couldn't not think” (two) → “couldn't think” (one) reverses the meaning.
"""

from __future__ import annotations

from ..model import Finding
from ._cues import NEGATION
from ._util import finding, quote
from .context import Clause, Context

MATCHED = 0.55  # clause counterparts below this are different statements, not flipped ones


def _cues(clause: Clause) -> list[str]:
    return [t.low for t in clause.tokens if t.low in NEGATION]


def _prefixed(group: list[Clause], other: list[Clause]) -> list[str]:
    """“unaccounted” against “not accounted”: an un- word whose base the other side has counts
    as a negation cue, so the two sides balance."""
    bases = {t.low[:6] for c in other for t in c.tokens if len(t.low) >= 5}
    return [t.low for c in group for t in c.tokens
            if t.low.startswith(("un", "in", "im")) and len(t.low) > 6 and t.low[2:8] in bases
            and t.low not in NEGATION]


# A neighbour clause belongs to the pair's statement when it is a fragment of at most FRAGMENT
# tokens, matches the counterpart at NEIGHBOUR (a part of a statement matches less than the
# whole), or the counterpart holds HELD of its content words (a rewrite swaps some for synonyms).
FRAGMENT = 4
NEIGHBOUR = 0.45
HELD = 1 / 3


def _joins(c: Clause, sim: float, counterpart: Clause) -> bool:
    held = len(c.stems & counterpart.stems) / len(c.stems) if c.stems else 1.0
    return sim >= NEIGHBOUR or len(c.tokens) <= FRAGMENT or held >= HELD


def find(ctx: Context) -> list[Finding]:
    if not ctx.same_language:
        return []  # cue counting across languages misfires on grammatical negation (ne…pas)
    out = []
    for v in ctx.links:
        mutual = [(k, j) for k, (j, sim) in enumerate(v.match_a)
                  if j >= 0 and sim >= MATCHED and v.match_b[j][0] == k]
        # Sentences with a statement matched across: a clause of theirs that is left over (the
        # condition a copy dropped, "only if it could cut prices without losing customers")
        # belongs to that statement, not to a neighbouring sentence's.
        held_a = {v.a_clauses[k].sentence for k, _ in mutual}
        held_b = {v.b_clauses[j].sentence for _, j in mutual}
        for k, j in mutual:
            x, y = v.a_clauses[k], v.b_clauses[j]
            # Clause boundaries differ between copies ("unclear | if ..." against "unclear
            # whether ..."), so a cue may sit next door: a neighbour joins when it is part of the
            # same statement (``_joins``: "… a different server | that was affected" against
            # "… a different server that was not affected"), not when it is a statement of its
            # own: a caveat the other text dropped ("although those reports can't be verified")
            # or one it makes in another sentence ("there was no sign it had been damaged, |
            # though engineers were inspecting it").
            group_a = [c for c, (m, s) in zip(v.a_clauses, v.match_a)
                       if m == j and (c.sentence == x.sentence or c.sentence not in held_a) and _joins(c, s, y)]
            group_b = [c for c, (m, s) in zip(v.b_clauses, v.match_b)
                       if m == k and (c.sentence == y.sentence or c.sentence not in held_b) and _joins(c, s, x)]
            na = [cue for c in group_a for cue in _cues(c)] + _prefixed(group_a, group_b)
            nb = [cue for c in group_b for cue in _cues(c)] + _prefixed(group_b, group_a)
            if len(na) % 2 == len(nb) % 2:
                continue
            double = max(len(na), len(nb)) >= 2
            what = ("a double negative became a single one" if len(na) > len(nb) else
                    "a single negative became a double one") if double else (
                "the negation is gone" if na else "a negation was added")
            out.append(finding(
                "negation", "flipped", "high", x.span, y.span,
                f"{quote(x.text)} → {quote(y.text)}: {what}, so the copy says the opposite",
                f"A cues: {', '.join(na) or 'none'}", f"B cues: {', '.join(nb) or 'none'}"))
    return out
