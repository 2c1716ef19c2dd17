"""The alignment search: which sentences of A and B say the same thing.

1. Anchors: mutual best pairs above a strong threshold.
2. Backbone: the longest run of anchors in the same order on both sides (copies mostly keep
   order); anchors off the backbone survive only when very strong (a moved paragraph).
3. Gaps: each free sentence may link inside the window its backbone neighbours leave open, at
   a weaker threshold; outside it only at the strong one.
4. Merges: a free sentence joins a nearby link (1–2, 2–1, up to ``MAX_SIDE`` a side) when adding it
   makes the two sides of that link closer in meaning and shares content with the other side —
   this is how paragraph merges, split sentences and round-trip run-ons are handled.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np

from .embed import embed
from .features import PairScores, SentenceFeatures, containment

MAX_SIDE = 3


@dataclass(frozen=True, slots=True)
class Thresholds:
    strong: float
    weak: float
    sure: float
    merge_floor: float

    @classmethod
    def for_pair(cls, same_language: bool) -> Thresholds:
        # Calibrated on the seed pair, the bundled examples and WMT21 (see docs/alignment.md).
        if same_language:
            return cls(strong=0.55, weak=0.33, sure=0.78, merge_floor=0.22)
        return cls(strong=0.5, weak=0.3, sure=0.7, merge_floor=0.2)


@dataclass(slots=True)
class Cluster:
    a: set[int] = field(default_factory=set)
    b: set[int] = field(default_factory=set)


def _lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence increasing in both coordinates (pairs sorted by first)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    out = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    return out[::-1]


def lis_length(ys: list[int]) -> int:
    """Length of the longest strictly increasing subsequence of ``ys``: ``_lis``'s length without
    the back pointers (the quick verdict asks it a million times)."""
    tails: list[int] = []
    for y in ys:
        pos = bisect_left(tails, y)
        if pos == len(tails):
            tails.append(y)
        else:
            tails[pos] = y
    return len(tails)


def _window(order: list[tuple[int, int]], i: int, nb: int) -> tuple[int, int]:
    """Open interval of B positions allowed for A sentence ``i`` by the ordered links."""
    lo, hi = -1, nb
    for ai, bj in order:
        if ai < i:
            lo = max(lo, bj)
        elif ai > i:
            hi = min(hi, bj)
            break
    return lo, hi


class _Search:
    def __init__(self, s: PairScores, fa, fb, va, vb, texts_a, texts_b, elig_a, elig_b, th: Thresholds):
        self.s, self.fa, self.fb, self.th = s, fa, fb, th
        self.va, self.vb = va, vb
        self.texts_a, self.texts_b = texts_a, texts_b
        self.elig_a, self.elig_b = elig_a, elig_b
        self.owner_a: dict[int, Cluster] = {}
        self.owner_b: dict[int, Cluster] = {}
        self.clusters: list[Cluster] = []
        self.backbone: list[tuple[int, int]] = []

    def link(self, i: int, j: int) -> None:
        c = Cluster({i}, {j})
        self.clusters.append(c)
        self.owner_a[i] = c
        self.owner_b[j] = c

    def ordered(self) -> list[tuple[int, int]]:
        pairs = sorted((min(c.a), min(c.b)) for c in self.clusters)
        return _lis(pairs)

    def anchors(self) -> None:
        m = self.s.score
        if not self.elig_a or not self.elig_b:
            return
        sub = m[np.ix_(self.elig_a, self.elig_b)]
        best_j = sub.argmax(axis=1)
        best_i = sub.argmax(axis=0)
        cands = []
        for r, i in enumerate(self.elig_a):
            c = best_j[r]
            if best_i[c] == r and sub[r, c] >= self.th.strong:
                cands.append((i, self.elig_b[c]))
        backbone = set(_lis(sorted(cands)))
        for i, j in cands:
            if (i, j) in backbone or m[i, j] >= self.th.sure:
                self.link(i, j)
        self.backbone = sorted(backbone)

    def gaps(self) -> None:
        m = self.s.score
        if not self.elig_a or not self.elig_b:
            return
        free = [(float(m[i, self.elig_b].max()), i) for i in self.elig_a if i not in self.owner_a]
        for _, i in sorted(free, reverse=True):
            order = self.ordered()
            lo, hi = _window(order, i, m.shape[1])
            best, best_j = -1.0, -1
            for j in self.elig_b:
                if j in self.owner_b:
                    continue
                inside = lo < j < hi
                need = self.th.weak if inside else self.th.strong
                # Prefer the in-order candidate: a small bonus breaks near-ties with far sentences.
                val = m[i, j] + (0.05 if inside else 0.0)
                if m[i, j] >= need and val > best:
                    best, best_j = val, j
            if best_j >= 0 and self._col_best(best_j, i):
                self.link(i, best_j)

    def sandwiches(self) -> None:
        """A free sentence between two linked neighbours whose counterparts leave exactly one free
        sentence between them: link the two at a lower threshold (short sentences score low)."""
        m = self.s.score
        elig_b = set(self.elig_b)
        for i in self.elig_a:
            if i in self.owner_a or i - 1 not in self.owner_a or i + 1 not in self.owner_a:
                continue
            before, after = self.owner_a[i - 1], self.owner_a[i + 1]
            j = max(before.b) + 1
            if j + 1 == min(after.b) and j in elig_b and j not in self.owner_b \
                    and m[i, j] >= self.th.weak - 0.15:
                self.link(i, j)

    def _col_best(self, j: int, i: int) -> bool:
        """No free A sentence wants B ``j`` clearly more than ``i`` does."""
        m = self.s.score
        for k in self.elig_a:
            if k != i and k not in self.owner_a and m[k, j] > m[i, j] + 0.15:
                return False
        return True

    def merges(self) -> None:
        changed = True
        while changed:
            changed = self._merge_side("a") or self._merge_side("b")
        self._unions()

    def _unions(self) -> None:
        """Join two links that sit next to each other on both sides when they cross-match.

        A round trip often moves a clause across a sentence boundary: A28 + A29 say what B33 + B34
        say, but split differently. Each half links 1–1; the cross score shows the boundary moved.
        """
        m = self.s.score
        done = False
        while not done:
            done = True
            cl = sorted(self.clusters, key=lambda c: min(c.a))
            for c1, c2 in zip(cl, cl[1:]):
                if max(c1.a) + 1 != min(c2.a) or max(c1.b) + 1 != min(c2.b):
                    continue
                if len(c1.a | c2.a) > MAX_SIDE or len(c1.b | c2.b) > MAX_SIDE:
                    continue
                own = min(max(m[i, j] for i in c.a for j in c.b) for c in (c1, c2))
                cross = max(
                    max(m[i, j] for i in c1.a for j in c2.b), max(m[i, j] for i in c2.a for j in c1.b)
                )
                if cross >= self.th.weak + 0.1 and cross >= 0.8 * own:
                    c1.a |= c2.a
                    c1.b |= c2.b
                    for i in c2.a:
                        self.owner_a[i] = c1
                    for j in c2.b:
                        self.owner_b[j] = c1
                    self.clusters.remove(c2)
                    done = False
                    break

    def _gains(self, side: str, proposals) -> list[float]:
        """How much better a link's two sides explain each other with the extra sentence.

        Within a language: content words of the other side that only the new sentence explains
        (a mean of sentence vectors dilutes, and re-encoding every concatenation costs as much as
        the documents). Across languages: the cosine gain of the concatenated passage.
        """
        feats = self.fa if side == "a" else self.fb
        other_feats = self.fb if side == "a" else self.fa
        if self.s.same_language:
            out = []
            for _, x, c in proposals:
                mine, theirs = (c.a, c.b) if side == "a" else (c.b, c.a)
                other = frozenset().union(*(other_feats[y].stems for y in theirs))
                known = frozenset().union(*(feats[y].stems for y in mine))
                out.append(0.01 * len((feats[x].stems & other) - known) if len((feats[x].stems & other) - known) >= 2
                           else 0.0)
            return out
        own_t, oth_t = (self.texts_a, self.texts_b) if side == "a" else (self.texts_b, self.texts_a)
        texts = []
        for _, x, c in proposals:
            mine, theirs = (c.a, c.b) if side == "a" else (c.b, c.a)
            texts += [" ".join(own_t[y] for y in sorted(mine)), " ".join(own_t[y] for y in sorted(mine | {x})),
                      " ".join(oth_t[y] for y in sorted(theirs))]
        v = embed(texts).reshape(len(proposals), 3, -1)
        return list(np.einsum("kd,kd->k", v[:, 1], v[:, 2]) - np.einsum("kd,kd->k", v[:, 0], v[:, 2]))

    def _merge_side(self, side: str) -> bool:
        m = self.s.score if side == "a" else self.s.score.T
        elig = self.elig_a if side == "a" else self.elig_b
        owner = self.owner_a if side == "a" else self.owner_b
        feats = self.fa if side == "a" else self.fb
        other_feats = self.fb if side == "a" else self.fa
        proposals = []
        for x in elig:
            if x in owner:
                continue
            for c in {id(c): c for c in self.clusters}.values():
                mine, theirs = (c.a, c.b) if side == "a" else (c.b, c.a)
                if len(mine) >= MAX_SIDE or min(abs(x - y) for y in mine) > 3:
                    continue
                direct = max(float(m[x, y]) for y in theirs)
                if direct < self.th.merge_floor:
                    continue
                if self.s.same_language:
                    stems = frozenset().union(*(other_feats[y].stems for y in theirs))
                    if containment(feats[x].stems, stems) < 0.4:
                        continue
                proposals.append((direct, x, c))
        if not proposals:
            return False
        gain = self._gains(side, proposals)
        best = {}
        for k, (direct, x, c) in enumerate(proposals):
            if gain[k] > 0.005 and (x not in best or gain[k] > best[x][0]):
                best[x] = (float(gain[k]), c)
        changed = False
        for x, (_, c) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            mine = c.a if side == "a" else c.b
            if len(mine) >= MAX_SIDE:  # an earlier merge this round filled this link
                continue
            mine.add(x)
            owner[x] = c
            changed = True
        return changed


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-9)


def passage_similarity(va: np.ndarray, vb: np.ndarray, a: list[int], b: list[int]) -> float:
    """Cosine of two passages, each the mean of its sentences' vectors."""
    return float(_unit(va[a].mean(axis=0)) @ _unit(vb[b].mean(axis=0)))


def search(
    s: PairScores, fa: list[SentenceFeatures], fb: list[SentenceFeatures],
    va: np.ndarray, vb: np.ndarray, texts_a: list[str], texts_b: list[str],
    elig_a: list[int], elig_b: list[int],
) -> list[Cluster]:
    th = Thresholds.for_pair(s.same_language)
    run = _Search(s, fa, fb, va, vb, texts_a, texts_b, elig_a, elig_b, th)
    run.anchors()
    run.gaps()
    run.sandwiches()
    run.merges()
    return sorted(run.clusters, key=lambda c: (min(c.a), min(c.b)))
