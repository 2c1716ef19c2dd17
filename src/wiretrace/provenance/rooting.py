"""What must have changed if a candidate were the story's original: the root's cost.

Parsimony over the copies' changes, read from each candidate's own comparisons. A candidate
not compared with some document cannot be charged for it the way a compared one is, so such a
document counts for what it costs the candidates it was compared with (its own passages and
changes are its own whichever page is the original), plus a flat ``uncompared`` charge. Before,
it counted only the flat charge: a partial copy whose host story was compared with the original
alone made the original look dearer than a rewrite of it that nothing compared with the copy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ..model import Role
from .ancestry import Profile, cost
from .pairview import PairView


def _doc_cost(v: PairView, doc: str, profile: Profile | None, lack: float) -> float:
    return (sum(e.weight for e in profile.body.values()) if profile else 0.0) + lack * (1.0 - v.coverage(doc))


def unseen_costs(profiled: Mapping[str, Mapping[str, Profile]], views: Mapping[frozenset, PairView],
                 ids: list[str], lack: float) -> dict[str, float]:
    """For each document, the least it costs a candidate root compared with it (``profiled``:
    each candidate's profiles of the others)."""
    out: dict[str, float] = {}
    for d in ids:
        costs = [_doc_cost(v, d, ps.get(d), lack) for r, ps in profiled.items()
                 if r != d and (v := views.get(frozenset((r, d)))) is not None]
        if costs:
            out[d] = min(costs)
    return out


def root_cost(r: str, profiles: Mapping[str, Profile], views: Mapping[frozenset, PairView], ids: list[str],
              unseen: Mapping[str, float], *, distinct: bool, lack: float, own: float, uncompared: float) -> float:
    """The copies' errors (each counted once with ``distinct``: copies sharing one had it from a
    common source), ``lack`` per whole document of text of theirs ``r`` lacks (a copy does not
    write what a sibling also has: it came from upstream), ``own`` per body sentence only ``r``
    has (a passage in one witness alone is most likely that witness's addition), and for each
    document not compared with ``r``, ``uncompared`` plus what it costs the candidates that were."""
    errs = cost(dict(profiles), distinct=distinct)
    near = [v for v in views.values() if r in (v.a, v.b)]
    lacked = sum(1.0 - v.coverage(v.other(r)) for v in near)
    linked: set[int] = set()
    sentences: tuple = ()
    for v in near:
        if v.full:
            linked |= v.linked(r)
            sentences = sentences or v.sentences(r)
    alone = sum(1 for s in sentences if s.index not in linked and s.role == Role.BODY and len(s.text.split()) >= 4)
    compared = {v.other(r) for v in near}
    apart = sum(uncompared + unseen.get(d, 0.0) for d in ids if d != r and d not in compared)
    return errs + apart + lack * lacked + own * alone


def half_log_odds(p: float) -> float:
    """Half the log-odds of ``p``, capped to [-3, 1]: what one verdict says for a side."""
    p = min(max(p, 0.02), 0.98)
    return max(-3.0, min(1.0, math.log(p / (1 - p)) / 2))


def verdict_scores(ids: list[str], views: dict[frozenset, PairView]) -> dict[str, float]:
    """How strongly the verdicts name each document the earlier side of its pairs."""
    score = dict.fromkeys(ids, 0.0)
    for v in views.values():
        for d in (v.a, v.b):
            score[d] += half_log_odds(v.before(d))
    return score
