"""Modality findings: a condition, possibility, estimate, allegation, appearance or attempt in
the source that the copy states as plain fact; and caveats the copy drops.
"""

from __future__ import annotations

from ..model import Finding
from ._cues import CAVEAT, MODALITY, WHETHER_IF
from ._util import finding, quote
from .context import Context

MATCHED = 0.5


def _classes(text: str) -> set[str]:
    found = set()
    for name, (rx, _, _) in MODALITY.items():
        for m in rx.finditer(text):
            if name == "condition" and m.group().lower() == "if" and WHETHER_IF.search(text[: m.end()]):
                continue
            if name == "condition" and "condition of anonymity" in text[m.start(): m.start() + 40].lower():
                continue
            found.add(name)
    return found


def find(ctx: Context) -> list[Finding]:
    if not ctx.same_language:
        return []
    out = []
    for v in ctx.links:
        b_all = " ".join(c.text for c in v.b_clauses)
        for i, (x, (k, sim)) in enumerate(zip(v.a_clauses, v.match_a)):
            if CAVEAT.search(x.text) and not CAVEAT.search(b_all):
                out.append(finding("modality", "caveat_dropped", "medium", x.span, None,
                                   f"The caveat {quote(x.text)} is gone: the copy presents the claim "
                                   "as established", "caveat"))
                continue
            if k < 0 or sim < MATCHED:
                continue
            y = v.b_clauses[k]
            if len(y.stems) < 0.5 * len(x.stems):
                continue  # B keeps only a scrap of the clause: that is an omission, not a plainer claim
            # Cues anywhere in B's counterpart, or in the clause right before it (B may move them).
            near = y.text + " " + (v.b_clauses[k - 1].text if k > 0 else "")
            lost = _classes(x.text) - _classes(near)
            for name in sorted(lost):
                _, severity, label = MODALITY[name]
                change = "condition_dropped" if name == "condition" else f"{name}_to_fact"
                out.append(finding("modality", change, severity, x.span, y.span,
                                   f"{quote(x.text)} → {quote(y.text)}: {label} in the source is "
                                   "stated as plain fact in the copy", name))
    return out
