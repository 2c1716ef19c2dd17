"""The verdict on a pair: relation, source side, confidence and the evidence for both."""

from __future__ import annotations

from ..inspect.context import Context
from ..model import Finding, Verdict
from .direction import clues, decide
from .evidence import measure_asymmetry
from .relation import classify
from .signals import measure


def judge(ctx: Context, findings: list[Finding]) -> Verdict:
    sig = measure(ctx, findings)
    relation, rconf, why = classify(sig, ctx.same_language)
    if not relation.is_copy:
        return Verdict(relation, "unknown", round(rconf, 3), tuple(why))
    cl = clues(sig, measure_asymmetry(ctx, findings), findings, ctx.a.doc, ctx.b.doc, relation)
    d = decide(cl)
    # Confidence in the verdict as stated: the relation, and the direction when one is named.
    conf = min(rconf, d.confidence) if d.source != "unknown" else rconf
    return Verdict(relation, d.source, round(conf, 3), (*why, *d.lines), d.common_source, tuple(cl),
                   d.confidence, d.dates_contradict, d.fuller_upstream)
