"""The translation door: a multilingual vector per document and an approximate nearest-neighbour
index over them.

A document's vector is the USE embedding of its lead (the lines up to the first 150 characters,
at most 300): encoding whole documents would cost hours at a million of them, and a
translation's lead is a translation of the source's lead. The encoder's time grows with the
length. On the generated 10k corpus (``bench/corpus_bench.py --doors semantic``, session 4) the
door alone found 94.9 % of translations with 400 characters, 97.5 % with 150 in half the time,
87.6 % with 60.
"""

from __future__ import annotations

import numpy as np

from ..align.embed import embed

LEAD_CHARS = 150


def lead(text: str) -> str:
    out, size = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        out.append(line)
        size += len(line)
        if size >= LEAD_CHARS:
            break
    return " ".join(out)[: LEAD_CHARS * 2]


def lead_vectors(texts: list[str], batch: int = 2000) -> np.ndarray:
    parts = [embed([lead(t) for t in texts[k:k + batch]]) for k in range(0, len(texts), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, 512), dtype=np.float32)


def neighbours(
    keys: np.ndarray, vectors: np.ndarray, k: int, min_cosine: float, path: str | None = None,
) -> list[tuple[int, int, float]]:
    """(key, neighbour key, cosine) for each vector's ``k`` nearest others above ``min_cosine``."""
    if len(keys) < 2:
        return []
    from usearch.index import Index

    index = Index(ndim=vectors.shape[1], metric="cos", dtype="f32")
    index.add(keys, vectors)
    if path:
        index.save(path)
    found = index.search(vectors, min(k + 1, len(keys)))
    out = []
    for row, key in enumerate(keys):
        for nkey, dist in zip(found.keys[row], found.distances[row], strict=True):
            cos = 1.0 - float(dist)
            if int(nkey) != int(key) and cos >= min_cosine:
                out.append((int(key), int(nkey), cos))
    return out
