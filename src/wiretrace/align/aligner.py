"""Turn two segmented documents into an Alignment (links, unmatched sentences, coverage)."""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz

from ..model import Alignment, Link, LinkKind, Role, Sentence
from .embed import embed
from .features import PairScores, features, score_matrix
from .search import Cluster, passage_similarity, search

_LINKABLE = (Role.BODY, Role.TITLE, Role.CAPTION)


def _kind(ta: str, tb: str, lex: float, same_language: bool) -> LinkKind:
    if not same_language:
        return LinkKind.TRANSLATION
    if ta == tb:
        return LinkKind.IDENTICAL
    if fuzz.ratio(ta, tb) >= 80 or lex >= 0.7:
        return LinkKind.EDITED
    return LinkKind.PARAPHRASE


def _coverage(sentences: tuple[Sentence, ...], linked: set[int]) -> float:
    total = sum(s.end - s.start for s in sentences if s.role is not Role.BOILERPLATE)
    got = sum(s.end - s.start for s in sentences if s.index in linked)
    return round(got / total, 4) if total else 0.0


def align(
    sa: tuple[Sentence, ...], sb: tuple[Sentence, ...], *, same_language: bool,
    vectors_a: np.ndarray | None = None, vectors_b: np.ndarray | None = None,
) -> tuple[Alignment, PairScores]:
    """Align two documents' sentences; vectors may be passed in when already computed."""
    va = vectors_a if vectors_a is not None else embed([s.text for s in sa])
    vb = vectors_b if vectors_b is not None else embed([s.text for s in sb])
    fa, fb = features(sa), features(sb)
    scores = score_matrix(sa, sb, fa, fb, va, vb, same_language)
    elig_a = [s.index for s in sa if s.role in _LINKABLE]
    elig_b = [s.index for s in sb if s.role in _LINKABLE]
    clusters = search(scores, fa, fb, va, vb, [s.text for s in sa], [s.text for s in sb], elig_a, elig_b)
    links = _links(clusters, sa, sb, scores, va, vb)
    linked_a = {i for lk in links for i in lk.a}
    linked_b = {j for lk in links for j in lk.b}
    return Alignment(
        links=tuple(links),
        unmatched_a=tuple(i for i in elig_a if i not in linked_a),
        unmatched_b=tuple(j for j in elig_b if j not in linked_b),
        coverage_a=_coverage(sa, linked_a),
        coverage_b=_coverage(sb, linked_b),
    ), scores


def _links(clusters: list[Cluster], sa, sb, scores: PairScores, va, vb) -> list[Link]:
    out = []
    for c in clusters:
        a, b = tuple(sorted(c.a)), tuple(sorted(c.b))
        sim = passage_similarity(va, vb, list(a), list(b))
        na = " ".join(sa[i].norm for i in a)
        nb = " ".join(sb[j].norm for j in b)
        lex = float(np.mean([scores.lex[i, j] for i in a for j in b]))
        kind = _kind(na, nb, lex, scores.same_language)
        out.append(Link(a, b, kind, round(1.0 if kind is LinkKind.IDENTICAL else max(0.0, sim), 4)))
    return out
