"""The translation door: a multilingual vector per document and an approximate nearest-neighbour
index over them.

A document's vector is the USE embedding of its lead (its first 150 characters of text, cut at
a word): encoding whole documents would cost hours at a million of them, and a translation's
lead is a translation of the source's lead. The encoder's time grows with the length. On the
generated 10k corpus (``bench/corpus_bench.py --doors semantic``) the door alone found, in
session 4, 94.9 % of translations with 400 characters of whole lines, 97.5 % with whole lines up
to 150 (250 on average), 87.6 % with 60; in session 6, searching every document among those
outside the common language, 99.2 % with whole lines up to 150 and 98.7 % with 150 characters
(40 % less encoding).
"""

from __future__ import annotations

import numpy as np

from ..align.embed import embed

LEAD_CHARS = 150
# What a kept lead vector was made with (``store.leadsfile``): a new rule or encoder drops them.
LEAD_SCHEME = f"use-multilingual-v3+lead{LEAD_CHARS}-word-v1"
# How much of a text ``lead`` can need: LEAD_CHARS of its first lines, with room for blank ones
# and a long first line. A reader can fetch this prefix instead of the whole text.
PREFIX_CHARS = 8 * LEAD_CHARS


def lead(text: str) -> str:
    """The first ``LEAD_CHARS`` characters of the text's non-blank lines, joined, ending at a
    word boundary (the encoder's time grows with the length: whole lines up to 150 characters
    were 250 on average, a title and a paragraph)."""
    out, size = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        out.append(line)
        size += len(line) + 1
        if size > LEAD_CHARS:
            break
    joined = " ".join(out)
    if len(joined) <= LEAD_CHARS:
        return joined
    cut = joined.rfind(" ", 0, LEAD_CHARS + 1)
    return joined[:cut] if cut > LEAD_CHARS // 2 else joined[:LEAD_CHARS]


def lead_vectors(texts: list[str], batch: int = 2000) -> np.ndarray:
    parts = [embed([lead(t) for t in texts[k:k + batch]]) for k in range(0, len(texts), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, 512), dtype=np.float32)


def new_index(ndim: int = 512):
    """An approximate nearest-neighbour index of unit vectors by cosine. Half-precision: the
    door keeps pairs above a cosine of 0.5, far coarser than f16's error."""
    from usearch.index import Index

    return Index(ndim=ndim, metric="cos", dtype="f16")


def nearest(index, keys: np.ndarray, vectors: np.ndarray, k: int,
            min_cosine: float) -> list[tuple[int, int, float]]:
    """(key, neighbour key, cosine) for each of ``vectors``' ``k`` nearest others in ``index``
    above ``min_cosine`` (a vector's own key, when it is in the index, is not a neighbour)."""
    if not len(keys) or not len(index):
        return []
    found = index.search(vectors, min(k + 1, len(index)))
    # One query comes back as one row, flattened: shape both as (queries, k).
    nkeys = np.asarray(found.keys).reshape(len(keys), -1).tolist()
    dists = np.asarray(found.distances).reshape(len(keys), -1).tolist()
    out = []
    for key, row_keys, row_dists in zip(keys.tolist(), nkeys, dists, strict=True):
        for nkey, dist in zip(row_keys, row_dists, strict=True):
            cos = 1.0 - float(dist)
            if nkey != key and cos >= min_cosine:
                out.append((key, nkey, cos))
    return out
