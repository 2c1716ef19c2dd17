"""The finding families, in the order their findings win when two describe the same change.

Adding a family: write a module with ``find(ctx) -> list[Finding]`` and add one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Finding
from . import (
    additions,
    attribution,
    harmless,
    modality,
    mt_artifacts,
    names,
    negation,
    numbers,
    omissions,
    quotes,
)
from .context import Context

FAMILIES: tuple[tuple[str, Callable[[Context], list[Finding]]], ...] = (
    ("name", names.find),
    ("number", numbers.find),
    ("negation", negation.find),
    ("modality", modality.find),
    ("attribution", attribution.find),
    ("quote", quotes.find),
    ("omission", omissions.find),
    ("addition", additions.find),
    ("mt_artifact", mt_artifacts.find),
    ("harmless", harmless.find),
)
_ORDER = {name: k for k, (name, _) in enumerate(FAMILIES)}


def _overlaps(x, y) -> bool:
    return x is not None and y is not None and x.start < y.end and y.start < x.end


def _inside(x, y) -> bool:
    return x is not None and y is not None and y.start <= x.start and x.end <= y.end


_CLAUSES = frozenset({"clause_cut", "clause_dropped"})


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per change: an omission or addition that only restates a more specific finding
    (a dropped number, a dropped condition) on the same text is left out, and so is a figure
    dropped with a clause the copy cut around it, reported as severe."""
    out = []
    for f in findings:
        # A figure dropped inside a clause the copy cut is that cut, told twice (when the cut is
        # reported at least as severe: a figure is what makes a cut matter).
        if f.kind == "number" and f.change == "dropped" and any(
                g.kind == "omission" and g.change in _CLAUSES and _inside(f.a, g.a) and not _inside(g.a, f.a)
                and g.severity.rank >= f.severity.rank for g in findings):
            continue
        if f.kind in ("omission", "addition"):
            side = "a" if f.kind == "omission" else "b"
            span = getattr(f, side)
            if any(
                g is not f and g.kind not in ("omission", "addition", "harmless", "mt_artifact")
                and _inside(span, getattr(g, side)) for g in findings
            ):
                continue
        if f in out:
            continue
        out.append(f)
    return out


def _key(f: Finding):
    pos = f.a.start if f.a else (f.b.start if f.b else 0)
    return (f.a is None, pos, f.b.start if f.b else 0, _ORDER.get(f.kind, 99))


def inspect(ctx: Context) -> list[Finding]:
    found: list[Finding] = []
    for _, family in FAMILIES:
        found.extend(family(ctx))
    return sorted(_dedupe(found), key=_key)
