"""Group verified copy pairs into stories without the giant clusters plain connected components
make.

Only verified copy relations are edges (independent reports of one event are not). An edge is
*core* when each side carries a substantial part of the other (both coverages >= CORE); core
edges are joined with union-find. A document linked only by weaker edges — a digest quoting
three stories, a partial copy — is attached to the one family of its strongest edge and never
merges families, so a single roundup cannot chain unrelated stories into one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

CORE = 0.4
# A copy keeps its story's figures (a changed one is a copier's slip, one or two a story); two
# stories written from one template (a weekly results piece, a court report, a translation
# desk's formula) share their wording and change nearly every figure. A pair whose linked
# passages disagree on FIGURES_SHARE of them (and at least FIGURES_MIN figures) is not core:
# it may attach a document but never joins two families. On generated chains (seed 5) this
# held 25 of the 45 core pairs between different families and 1 of 1,290 within one (partial
# copies aside, whose own figures are not their source's).
FIGURES_MIN, FIGURES_SHARE = 3, 0.2
CONTAINED = 0.9  # share of a document linked to another from which it is "wholly made of" it


@dataclass(frozen=True, slots=True)
class Edge:
    a: int
    b: int
    coverage_a: float
    coverage_b: float
    figures_changed: int = 0  # linked passages' figures that differ (number findings ``value_changed``)
    links: int = 0  # linked passages (0: not compared in full)

    @property
    def disagrees(self) -> bool:
        return self.figures_changed >= max(FIGURES_MIN, FIGURES_SHARE * self.links)

    @property
    def core(self) -> bool:
        return not self.disagrees and min(self.coverage_a, self.coverage_b) >= CORE

    @property
    def strength(self) -> float:
        return self.coverage_a + self.coverage_b


@dataclass(frozen=True, slots=True)
class Membership:
    seq: int
    story: int  # the smallest seq of the family: stable as long as the family keeps its first member
    role: str  # "core" or "attached"


def _find(parent: dict[int, int], x: int) -> int:
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:  # path compression
        parent[x], x = root, parent[x]
    return root


def _join_contained(edges: list[Edge], parent: dict[int, int]) -> None:
    """A family some member of which is wholly made of one other family's text (a summary and
    its reprint, linked to the full story only by the summary's weak edge) joins that family.
    Only into one family: a roundup that quotes two stories whole is made of their text, not
    they of its, and never chains them."""
    size: dict[int, int] = {}
    for x in parent:
        r = _find(parent, x)
        size[r] = size.get(r, 0) + 1
    into: dict[int, set[int]] = {}
    for e in edges:
        if e.core or e.disagrees or e.a not in parent or e.b not in parent:
            continue
        for x, y, cx in ((e.a, e.b, e.coverage_a), (e.b, e.a, e.coverage_b)):
            fx, fy = _find(parent, x), _find(parent, y)
            if fx != fy and cx >= CONTAINED:
                into.setdefault(fx, set()).add(fy)
    poured = Counter(fy for targets in into.values() for fy in targets)  # families made of each one's text
    for fx, targets in sorted(into.items()):
        fy = next(iter(targets))
        # A family made of a larger one's text joins it. Otherwise it joins only the one family
        # made of that text, and not when each is made of the other's: two summaries of a lost
        # copy and a reprint of one of them join the original and its copy (a family of three
        # made of one of two; on generated chains, seed 5, one family of 203 had been split so),
        # but stories a roundup and its reprint quote whole do not join the roundup.
        alone = poured[fy] == 1 and fx not in into.get(fy, ())
        if len(targets) == 1 and (size[fx] < size[fy] or alone):
            ra, rb = _find(parent, fx), _find(parent, fy)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)


def group(edges: Iterable[Edge]) -> list[Membership]:
    """One membership per document that has at least one verified copy edge."""
    edges = list(edges)
    parent: dict[int, int] = {}
    for e in edges:
        if e.core:
            for x in (e.a, e.b):
                parent.setdefault(x, x)
            ra, rb = _find(parent, e.a), _find(parent, e.b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    _join_contained(edges, parent)
    out: dict[int, Membership] = {}
    members: dict[int, list[int]] = {}
    for x in parent:
        members.setdefault(_find(parent, x), []).append(x)
    for root, xs in members.items():
        story = min(xs)
        for x in xs:
            out[x] = Membership(x, story, "core")
    # Weak edges: attach a document outside every core family to its strongest neighbour's family.
    best: dict[int, tuple[float, int]] = {}
    for e in edges:
        if e.core:
            continue
        for x, y in ((e.a, e.b), (e.b, e.a)):
            if x in out:
                continue
            if y in out and (x not in best or e.strength > best[x][0]):
                best[x] = (e.strength, out[y].story)
    for x, (_, story) in best.items():
        out[x] = Membership(x, story, "attached")
    # Pairs made only of weak edges between documents in no family: a family of their own.
    loose = [e for e in edges if not e.core and e.a not in out and e.b not in out]
    for e in sorted(loose, key=lambda e: -e.strength):
        if e.a in out or e.b in out:
            continue
        story = min(e.a, e.b)
        out[e.a] = Membership(e.a, story, "core" if e.a == story else "attached")
        out[e.b] = Membership(e.b, story, "core" if e.b == story else "attached")
    return sorted(out.values(), key=lambda m: (m.story, m.seq))
