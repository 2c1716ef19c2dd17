"""The three candidate doors over a fingerprinted store.

near-verbatim — MinHash band self-join, pairs kept when their signatures estimate a Jaccard
near the threshold, then confirmed by exact shingle Jaccard in the verifier (estimated scores
let false pairs through), which computes the shingles from the text it reads anyway and stores
a rejection as a verdict, so that no pair is confirmed twice; rewrites and round trips — rare
anchors shared by few documents (passim's idea: an n-gram in 2..100 documents is evidence, one
in 10,000 is a formula); translations — multilingual lead vectors in an approximate nearest-neighbour index,
across languages only (same-language neighbours are mostly the same event, not copies).
"""

from __future__ import annotations

import numpy as np

from ..detect.minhash import MinHashScheme
from ..store import Store
from ..store import queries as q
from .options import IndexOptions

# A pair at exactly ``min_jaccard`` (0.3) estimates below this share of it (0.24) with a
# 128-slot signature one time in fifteen (1.5 standard deviations of 0.04), one at 0.35 one time
# in 300. At a million documents, 166,000 band-sharing pairs estimated 0.18-0.24: all but 1,100
# fell below 0.3 when confirmed, and none was a copy that no other door found.
ESTIMATE_SHARE = 0.8
ESTIMATE_CHUNK = 1 << 16  # pairs per comparison: the temporaries stay a few MB


def minhash_door(store: Store, options: IndexOptions) -> int:
    """Band-sharing pairs whose signatures estimate a Jaccard near ``options.min_jaccard`` or
    above; ``verify_step`` confirms them by exact Jaccard. Returns how many were added.

    Nine in ten band-sharing pairs share one band by chance (same-topic articles at Jaccard
    0.1–0.2, of which there are many); the 128-slot estimate drops them at NumPy speed, and only
    the rest cost the verifier a read and a scan of both texts.
    """
    scheme = MinHashScheme()
    a, b = q.band_pairs(store)
    if not len(a):
        return 0
    seqs = np.unique(np.concatenate([a, b]))
    found, sigs = q.signatures_of(store, seqs, scheme.num_perm)
    ia, ib = np.searchsorted(found, a), np.searchsorted(found, b)
    est = np.empty(len(a), dtype=np.float64)
    for k in range(0, len(a), ESTIMATE_CHUNK):
        s = slice(k, k + ESTIMATE_CHUNK)
        est[s] = (sigs[ia[s]] == sigs[ib[s]]).mean(axis=1)
    keep = est >= ESTIMATE_SHARE * options.min_jaccard
    q.insert_candidates(store, "minhash", list(zip(a[keep].tolist(), b[keep].tolist(), est[keep].tolist(),
                                                    strict=True)))
    return int(keep.sum())


def anchor_door(store: Store, options: IndexOptions) -> int:
    return q.anchor_pairs(store, options.anchor_min_shared, options.anchor_min_containment,
                          options.anchor_top_k, min_shared_share=options.anchor_min_shared_share)


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
