"""Which side came first: weighted, named pieces of evidence read off the texts and dates.

Each piece says which side looks *derived*. When both sides carry marks of being derived
(one localised and cut off, the other machine-translated) they share a lost upstream source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..model import Document, Finding, Relation
from .signals import Signals


@dataclass(frozen=True, slots=True)
class Clue:
    derived: str  # "a" or "b": the side this clue says is the copy
    weight: float
    text: str


def clues(s: Signals, findings: list[Finding], a: Document, b: Document, relation: Relation) -> list[Clue]:
    out: list[Clue] = []
    for side, n in (("a", s.artifacts_a), ("b", s.artifacts_b)):
        if n >= 2:
            out.append(Clue(side, min(2.0, 0.5 + 0.25 * n), f"{side.upper()} has {n} machine-translation artifacts"))
    for side, flag in (("a", s.declared_mt_a), ("b", s.declared_mt_b)):
        if flag:
            out.append(Clue(side, 1.5, f"{side.upper()} says it was machine-translated"))
    for side, flag in (("a", s.localised_a), ("b", s.localised_b)):
        if flag:
            out.append(Clue(side, 1.0, f"{side.upper()} adds currency conversions for local readers (a republisher's edit)"))
    for side, n, other_n in (("a", s.furniture_a, s.furniture_b), ("b", s.furniture_b, s.furniture_a)):
        if n and not other_n:
            out.append(Clue(side, min(1.0, 0.5 + 0.25 * n),
                            f"{side.upper()} wraps the story in a republisher's notices ({n} lines)"))
    for side, other in (("a", "b"), ("b", "a")):
        head, tail = getattr(s, f"head_{side}"), getattr(s, f"tail_{side}")
        other_head, other_tail = getattr(s, f"head_{other}"), getattr(s, f"tail_{other}")
        # The copied passage sits inside text of its own: this side borrowed it.
        if head >= 2 and tail >= 2 and other_head + other_tail <= 2:
            out.append(Clue(side, 1.0, f"{side.upper()} embeds the shared passage in text of its own"))
        # The other side goes on from where this side's text ends, for long enough that it is
        # the rest of the story and not a republisher's closing lines: this side was cut off.
        elif other_tail >= max(5, s.links // 2) and other_head <= 1 and tail == 0:
            out.append(Clue(side, 1.0, f"{other.upper()} goes on for {other_tail} sentences past where "
                                       f"{side.upper()} stops: {side.upper()} looks cut off"))
    if relation is Relation.SUMMARY and s.condensed in ("a", "b"):
        out.append(Clue(s.condensed, 1.0, f"{s.condensed.upper()} condenses the other: summaries come after "
                                          "what they summarise"))
    # Copies lose detail more often than they invent it: details A has and B lacks point at B.
    # The reverse is no clue: what B has and A lacks is as often a rewriter's addition.
    lost = sum(1 for f in findings if f.change in _DETAIL_LOST)
    gained = sum(1 for f in findings if f.change in _DETAIL_GAINED)
    if lost >= 3 and lost > 2 * gained:
        out.append(Clue("b", 0.75, f"B lacks {lost} details A has (hedges, conditions, figures, "
                                   "attributions): copies lose detail"))
    inconsistent = [f for f in findings if f.kind == "name" and f.change == "inconsistent"]
    for side in ("a", "b"):
        n = sum(1 for f in inconsistent if getattr(f, side) is not None)
        if n:
            out.append(Clue(side, 0.75, f"{side.upper()} spells {n} name(s) two ways"))
    da, db = _date(a.published), _date(b.published)
    if da and db and da != db:
        later = "b" if da < db else "a"
        out.append(Clue(later, 1.0, f"{later.upper()} was published later ({max(da, db).isoformat()})"))
    return out


_DETAIL_LOST = frozenset({"hedge_removed", "condition_dropped", "caveat_dropped", "possibility_to_fact",
                          "estimate_to_fact", "reported_to_fact", "attempt_to_fact", "appearance_to_fact",
                          "dropped", "clause_dropped", "clause_cut", "qualifier_dropped"})
_DETAIL_GAINED = frozenset({"hedge_added", "added", "clause_added", "qualifier_added"})


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        d = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def decide(cl: list[Clue]) -> tuple[str, float, bool, list[str]]:
    """(source side, confidence, both sides derived, evidence lines)."""
    wa = sum(c.weight for c in cl if c.derived == "a")
    wb = sum(c.weight for c in cl if c.derived == "b")
    lines = [c.text for c in cl]
    if wa >= 1.0 and wb >= 1.0:
        return "unknown", 0.5, True, [
            *lines, "both sides carry marks of copying: they descend from a common source that is neither"]
    margin = wb - wa
    if abs(margin) < 0.75:
        return "unknown", 0.5, False, [*lines, "direction evidence is weak: source unknown"]
    conf = min(0.95, 0.5 + 0.15 * abs(margin))
    return ("a" if margin > 0 else "b"), conf, False, lines
