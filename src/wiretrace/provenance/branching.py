"""Maximum-weight spanning arborescence (Chu–Liu/Edmonds): each node's parent, chosen so that the
total weight of the parent→child arcs is largest and no cycle forms.

Choosing each copy's best parent on its own can make two copies each other's parent; Edmonds'
algorithm contracts such a cycle and asks which arc into it costs least to give up. Stories are
small (tens of documents), so the plain O(V·E) recursion is enough.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

Arc = tuple[Hashable, Hashable, float]


def _best_in(arcs: list[Arc], root: Hashable) -> dict[Hashable, Arc]:
    best: dict[Hashable, Arc] = {}
    for arc in arcs:
        u, v, w = arc
        if v == root or u == v:
            continue
        # Ties go to the smaller parent id, so equal weights give the same tree every run.
        if v not in best or w > best[v][2] or (w == best[v][2] and str(u) < str(best[v][0])):
            best[v] = arc
    return best


def _cycle(best: dict[Hashable, Arc]) -> list[Hashable] | None:
    walk: dict[Hashable, int] = {}  # node -> the walk that first reached it
    for n, start in enumerate(sorted(best, key=str)):
        path, v = [], start
        while v in best and v not in walk:
            walk[v] = n
            path.append(v)
            v = best[v][0]
        if walk.get(v) == n:  # this walk came back to itself
            return path[path.index(v):]
    return None


def arborescence(arcs: Iterable[Arc], root: Hashable, _depth: int = 0) -> dict[Hashable, Hashable]:
    """``{child: parent}`` over the nodes reachable from ``root`` (give ``root`` an arc to every
    node, however light, to span them all)."""
    arcs = list(arcs)
    best = _best_in(arcs, root)
    cycle = _cycle(best)
    if cycle is None:
        return {v: a[0] for v, a in best.items()}
    members = set(cycle)
    # Named by depth, not by its members: a name built from nested names (their reprs escaping
    # each other's quotes) doubled at every contraction, and a 50-document story took minutes.
    node = ("cycle", _depth)
    # Between two nodes of the contracted graph only the heaviest arc matters.
    kept: dict[tuple, tuple[Arc, Arc]] = {}
    for arc in arcs:
        u, v, w = arc
        if u in members and v in members:
            continue
        if v in members:  # entering the cycle: what replacing v's cycle parent by u costs
            new = (u, node, w - best[v][2])
        elif u in members:
            new = (node, v, w)
        else:
            new = arc
        key = (new[0], new[1])
        if key not in kept or new[2] > kept[key][0][2]:
            kept[key] = (new, arc)
    contracted = [new for new, _ in kept.values()]
    origin = {key: arc for key, (_, arc) in kept.items()}
    parents = arborescence(contracted, root, _depth + 1)
    out: dict[Hashable, Hashable] = {}
    for v, u in parents.items():
        arc = origin[(u, v)]
        out[arc[1]] = arc[0]
    entered = next(origin[(u, v)][1] for v, u in parents.items() if v == node)
    for v in cycle:
        if v != entered:
            out[v] = best[v][0]
    return out


def groups(items, pairs) -> list[list[str]]:
    """The groups of two or more ``items`` that ``pairs`` join, directly or through others
    (each group in the order of ``items``)."""
    group = {x: x for x in items}

    def find(x: str) -> str:
        while group[x] != x:
            x = group[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        group[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = defaultdict(list)
    for x in items:
        members[find(x)].append(x)
    return [xs for xs in members.values() if len(xs) >= 2]


def above_all(parents: dict[Hashable, Hashable], d: Hashable, xs: Iterable[Hashable]) -> bool:
    """Whether ``d`` is an ancestor of every one of ``xs`` in the tree ``parents`` (child -> parent)."""
    def up(x: Hashable) -> bool:
        seen = set()
        while x in parents and x not in seen:
            seen.add(x)
            x = parents[x]
            if x == d:
                return True
        return False

    return all(up(x) for x in xs)


def near_parents(arcs: Iterable[Arc], parents: dict[Hashable, Hashable], root: Hashable,
                 tie: float) -> dict[Hashable, tuple[Hashable, ...]]:
    """For each node, the other nodes whose arc into it weighs within ``tie`` of its chosen
    parent's: parents that would explain it about as well. A node's own descendants are left
    out (hanging it from one would make a cycle)."""
    weight: dict[tuple[Hashable, Hashable], float] = {}
    into: dict[Hashable, set[Hashable]] = defaultdict(set)
    for u, v, w in arcs:
        if u != root and u != v:
            weight[(u, v)] = max(w, weight.get((u, v), w))
            into[v].add(u)
    out: dict[Hashable, tuple[Hashable, ...]] = {}
    for v, u in parents.items():
        if (u, v) not in weight:
            continue
        near = sorted((x for x in into[v] if x != u and weight[(x, v)] >= weight[(u, v)] - tie
                       and not above_all(parents, v, (x,))), key=str)
        if near:
            out[v] = tuple(near)
    return out
