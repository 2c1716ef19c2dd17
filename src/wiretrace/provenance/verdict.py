"""The verdict on a pair: relation, source side, confidence and the evidence for both."""

from __future__ import annotations

from ..inspect.context import Context
from ..model import Finding, Relation, Verdict
from .direction import clues, decide
from .relation import classify
from .signals import measure


def judge(ctx: Context, findings: list[Finding]) -> Verdict:
    sig = measure(ctx, findings)
    relation, rconf, why = classify(sig, ctx.same_language)
    if not relation.is_copy:
        return Verdict(relation, "unknown", round(rconf, 3), tuple(why))
    if relation is Relation.VERBATIM and not any((sig.boilerplate_a, sig.boilerplate_b)):
        cl = clues(sig, findings, ctx.a.doc, ctx.b.doc)
    else:
        cl = clues(sig, findings, ctx.a.doc, ctx.b.doc)
    source, dconf, common, lines = decide(cl)
    conf = rconf * dconf if source != "unknown" else rconf
    return Verdict(relation, source, round(conf, 3), tuple(why + lines), common)
