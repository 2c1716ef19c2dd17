"""The three candidate doors over a fingerprinted store.

near-verbatim — MinHash band self-join, pairs kept when their signatures estimate a Jaccard
near the threshold, then confirmed by exact shingle Jaccard in the verifier (estimated scores
let false pairs through), which reads the shingles fingerprinting kept (``store.printsfile``)
and stores a rejection as a verdict, so that no pair is confirmed twice; rewrites and round trips — rare
anchors shared by few documents (passim's idea: an n-gram in 2..100 documents is evidence, one
in 10,000 is a formula); translations — multilingual lead vectors in an approximate nearest-neighbour index,
across languages only (same-language neighbours are mostly the same event, not copies).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..detect.minhash import MinHashScheme
from ..store import Store
from ..store import queries as q
from ._pool import pipelined
from .options import IndexOptions

# A pair at exactly ``min_jaccard`` (0.3) estimates below this share of it (0.24) with a
# 128-slot signature one time in fifteen (1.5 standard deviations of 0.04), one at 0.35 one time
# in 300. At a million documents, 166,000 band-sharing pairs estimated 0.18-0.24: all but 1,100
# fell below 0.3 when confirmed, and none was a copy that no other door found.
ESTIMATE_SHARE = 0.8
ESTIMATE_CHUNK = 1 << 16  # pairs per comparison: the temporaries stay a few MB
SEMANTIC_BATCH = 8000  # documents read, encoded and indexed per round


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


def semantic_door(store: Store, options: IndexOptions, tick: Callable[[int], None] = lambda n: None) -> int:
    """Cross-language neighbours by lead vectors (title and opening sentences).

    Every cross-language pair has a side outside the corpus's most common language, so only
    those documents go into the nearest-neighbour index (at a million documents mostly in one
    language, a small share; inserting all of them cost the parent most of a core), and every
    document is searched in it: a document of the common language for its ``semantic_k``
    nearest, then each indexed document keeps its ``semantic_k`` nearest of all that found it.
    The workers encode the leads while the parent reads the next batch; vectors are kept
    (``store.leadsfile``), so a later run encodes only the documents added since.
    """
    from ..detect.semantic import LEAD_SCHEME, PREFIX_CHARS, lead_vectors, nearest, new_index
    from ..store import leadsfile

    counts = store.con.execute(
        "SELECT coalesce(lang, ''), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    if len(counts) < 2:
        return 0  # one language: translations cannot occur
    code = {lang: k for k, (lang, _) in enumerate(counts)}  # 0: the most common language
    top = store.one("SELECT coalesce(max(seq), 0) FROM documents")[0]
    lang_of = np.zeros(top + 1, dtype=np.int32)
    index = new_index()
    # (seqs, vectors) to search with: the indexed documents' and, in half precision (1 GB at a
    # million), the common language's.
    rare_docs: list[tuple[np.ndarray, np.ndarray]] = []
    common: list[tuple[np.ndarray, np.ndarray]] = []
    step = max(1, SEMANTIC_BATCH // max(1, options.workers))
    kept = leadsfile.usable(store, LEAD_SCHEME)

    def batches():
        cur = store.con.cursor()
        try:
            # Texts only of the documents whose vector is not kept.
            cur.execute(f"""SELECT d.seq, CASE WHEN l.row IS NULL THEN left(d.text, {PREFIX_CHARS}) END,
                                   coalesce(d.lang, ''), l.row
                            FROM documents d LEFT JOIN leads l USING (seq) ORDER BY d.seq""")
            while rows := cur.fetchmany(SEMANTIC_BATCH):
                seqs = np.array([r[0] for r in rows], dtype=np.int64)
                codes = np.array([code[r[2]] for r in rows], dtype=np.int32)
                new = np.array([r[3] is None for r in rows], dtype=bool)
                texts = [r[1] for r in rows if r[3] is None]
                old = leadsfile.read(kept, np.array([r[3] for r in rows if r[3] is not None], np.int64)) \
                    if kept else None
                yield (seqs, codes, new, old), [texts[k:k + step] for k in range(0, len(texts), step)]
        finally:
            cur.close()

    def write(ctx, parts: list[np.ndarray]) -> None:
        seqs, codes, new, old = ctx
        fresh = np.concatenate(parts) if parts else np.zeros((0, 512), np.float32)
        if kept and len(fresh):
            leadsfile.append(store, kept, seqs[new], fresh)
        vecs = np.empty((len(seqs), fresh.shape[1]), dtype=np.float32)
        vecs[new] = fresh
        if old is not None:
            vecs[~new] = old
        lang_of[seqs] = codes
        rare = codes != 0
        if rare.any():
            index.add(seqs[rare], vecs[rare])
            rare_docs.append((seqs[rare], vecs[rare]))
        common.append((seqs[~rare], vecs[~rare].astype(np.float16)))
        tick(len(seqs))

    pipelined(lead_vectors, batches(), write, options.workers)
    if not len(index):
        return 0
    k = options.semantic_k
    found: dict[tuple[int, int], float] = {}
    # Documents outside the common language among themselves (German and French, say).
    for seqs, vecs in rare_docs:
        for a, b, cos in nearest(index, seqs, vecs, k, options.semantic_min_cosine):
            if lang_of[a] != lang_of[b]:
                found[(min(a, b), max(a, b))] = cos
    # Documents of the common language: each indexed document keeps its k nearest of them.
    best: dict[int, list[tuple[float, int]]] = {}
    for seqs, vecs in common:
        for a, b, cos in nearest(index, seqs, vecs.astype(np.float32), k, options.semantic_min_cosine):
            best.setdefault(b, []).append((cos, a))
    for b, near in best.items():
        for cos, a in sorted(near, reverse=True)[:k]:
            found[(min(a, b), max(a, b))] = cos
    q.insert_candidates(store, "semantic", [(a, b, s) for (a, b), s in sorted(found.items())])
    return len(found)
