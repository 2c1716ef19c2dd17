"""The three candidate doors over a fingerprinted store.

near-verbatim — MinHash band self-join, confirmed by exact Jaccard on the stored shingles
(estimated scores let false pairs through); rewrites and round trips — rare anchors shared by
few documents (passim's idea: an n-gram in 2..100 documents is evidence, one in 10,000 is a
formula); translations — multilingual lead vectors in an approximate nearest-neighbour index,
across languages only (same-language neighbours are mostly the same event, not copies).
"""

from __future__ import annotations

import numpy as np

from ..detect.minhash import jaccard
from ..store import Store
from ..store import queries as q
from .options import IndexOptions


def minhash_door(store: Store, options: IndexOptions) -> int:
    """Band-sharing pairs whose exact shingle Jaccard reaches ``options.min_jaccard``."""
    pending = q.minhash_pairs(store)
    kept = 0
    for k in range(0, len(pending), 20000):
        part = pending[k:k + 20000]
        sh = q.shingles(store, sorted({x for p in part for x in p}))
        scores = [(a, b, jaccard(sh[a], sh[b])) for a, b in part]
        found = [r for r in scores if r[2] >= options.min_jaccard]
        store.con.execute("BEGIN TRANSACTION")
        q.insert_candidates(store, "minhash", found)
        store.con.execute("COMMIT")
        kept += len(found)
    return kept


def anchor_door(store: Store, options: IndexOptions) -> int:
    return q.anchor_pairs(store, options.anchor_min_shared, options.anchor_min_containment, options.anchor_top_k)


def semantic_door(store: Store, options: IndexOptions, index_path: str) -> int:
    """Cross-language neighbours by lead vectors (title and opening sentences)."""
    from ..detect.semantic import lead_vectors, neighbours

    rows = store.con.execute("SELECT seq, text, lang FROM documents ORDER BY seq").fetchall()
    if len({r[2] for r in rows}) < 2:
        return 0  # one language: translations cannot occur
    seqs = np.array([r[0] for r in rows], dtype=np.int64)
    vecs = lead_vectors([r[1] for r in rows])
    langs = {r[0]: r[2] for r in rows}
    pairs = neighbours(seqs, vecs, options.semantic_k, options.semantic_min_cosine, index_path)
    found = [(min(a, b), max(a, b), s) for a, b, s in pairs if langs[a] != langs[b]]
    q.insert_candidates(store, "semantic", found)
    return len(found)
