"""Modality findings: a condition, possibility, estimate, allegation, appearance or attempt in
the source that the copy states as plain fact; and caveats the copy drops.
"""

from __future__ import annotations

from ..model import Finding
from ._cues import CAVEAT, MODALITY, WHETHER_IF
from ._util import finding, quote
from .context import Clause, Context, Side
from .omissions import cut_to_scrap

MATCHED = 0.5
HEDGED_BY_CAVEAT = frozenset({"possibility", "estimate", "reported", "appearance"})


def _before(side: Side, clause: Clause) -> str:
    return side.doc.text[max(0, clause.start - 40):clause.start]


def _classes(text: str, before: str = "") -> set[str]:
    """Modality classes in ``text``; ``before`` is the text just ahead of it (clauses are cut
    before "if", so "unclear | if …" needs it to see that this "if" means "whether")."""
    found = set()
    for name, (rx, _, _) in MODALITY.items():
        for m in rx.finditer(text):
            if name == "condition" and m.group().lower() == "if" and WHETHER_IF.search(
                    before[-30:] + " " + text[: m.end()]):
                continue
            found.add(name)
    return found


def _claim_kept(v, i: int) -> bool:
    """Whether the copy states what the condition governs: another clause of its sentence is
    matched. A loose link to a sentence that says something else (a partial copy's own text
    linked to the source's "fined up to 4 percent … if they are found …") drops the claim and
    its condition together: an omission, not a condition turned into fact."""
    x = v.a_clauses[i]
    return any(j != i and y.sentence == x.sentence and k >= 0 and sim >= MATCHED
               for j, (y, (k, sim)) in enumerate(zip(v.a_clauses, v.match_a)))


def find(ctx: Context) -> list[Finding]:
    if not ctx.same_language:
        return []
    out = []
    for v in ctx.links:
        # B's side of the link hedged by a caveat, read once per link.
        b_caveat = CAVEAT.search(" ".join(c.text for c in v.b_clauses)) is not None
        for i, (x, (k, sim)) in enumerate(zip(v.a_clauses, v.match_a)):
            if CAVEAT.search(x.text) and not b_caveat:
                out.append(finding("modality", "caveat_dropped", "medium", x.span, None,
                                   f"The caveat {quote(x.text)} is gone: the copy presents the claim "
                                   "as established", "caveat"))
                continue
            # A condition clause its best counterpart only half matches (0.32: "Should the talks
            # fail" against "The union will strike again") is as gone as one with none: its words
            # decide, below.
            if (k < 0 or sim < MATCHED) and "condition" in _classes(x.text, _before(ctx.a, x)):
                if len(x.stems & v.b_stems) < 0.5 * max(1, len(x.stems)) and _claim_kept(v, i):
                    out.append(finding("modality", "condition_dropped", "high", x.span, None,
                                       f"The condition {quote(x.text)} is gone: what the source makes "
                                       "conditional, the copy states without it", "condition"))
                continue
            if k < 0 or sim < MATCHED:
                continue
            y = v.b_clauses[k]
            if cut_to_scrap(x, y):
                continue  # an omission (omissions.py), not a plainer claim
            # Cues anywhere in B's counterpart, or in the clause right before it (B may move them).
            near = y.text + " " + (v.b_clauses[k - 1].text if k > 0 else "")
            lost = _classes(x.text, _before(ctx.a, x)) - _classes(near, _before(ctx.b, y))
            if b_caveat:
                # Still hedged, in other words: "a rough estimate" / "could not be independently verified".
                lost -= HEDGED_BY_CAVEAT
            for name in sorted(lost):
                _, severity, label = MODALITY[name]
                change = "condition_dropped" if name == "condition" else f"{name}_to_fact"
                out.append(finding("modality", change, severity, x.span, y.span,
                                   f"{quote(x.text)} → {quote(y.text)}: {label} in the source is "
                                   "stated as plain fact in the copy", name))
    return out
