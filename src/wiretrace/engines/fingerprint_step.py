"""Fingerprint every document whose fingerprints are missing or stale: line hashes (for the
boilerplate filter), word-shingle hashes, MinHash band keys and fact anchors (pairs of names and
numbers sharing a sentence; ``detect.sketch``).

The hashing is the pure functions of ``detect/``; this module only moves rows in and out of the
store, in Arrow batches (row-by-row inserts would dominate at a million documents).
"""

from __future__ import annotations

import multiprocessing as mp

import numpy as np
import pyarrow as pa

from ..detect.minhash import EMPTY_BAND_KEY, MinHashScheme, band_keys, signatures
from ..detect.shingles import SHINGLE_SCHEME, paragraph_hashes_many, shingle_hashes_many
from ..detect.sketch import SKETCH_SCHEME, fact_anchors_many, sketches_many
from ..store import Store
from ..store.queries import boilerplate_lines, save_boilerplate
from .options import IndexOptions


def scheme_id(scheme: MinHashScheme, options: IndexOptions) -> str:
    return f"{SHINGLE_SCHEME}+{scheme.version}+{SKETCH_SCHEME}"


def _pending(store: Store, scheme: str) -> list[int]:
    return [r[0] for r in store.con.execute("""
        SELECT d.seq FROM documents d
        LEFT JOIN fingerprints f ON f.seq = d.seq AND f.content_hash = d.content_hash AND f.scheme = ?
        WHERE f.seq IS NULL ORDER BY d.seq""", [scheme]).fetchall()]


def _texts(store: Store, seqs: list[int]) -> list[tuple[int, str, str, str | None]]:
    return store.con.execute(
        "SELECT seq, content_hash, text, lang FROM documents WHERE seq IN (SELECT unnest(?)) ORDER BY seq",
        [seqs]).fetchall()


def _insert(store: Store, table: str, columns: dict[str, np.ndarray | list]) -> None:
    data = pa.table(columns)
    store.con.register("_batch", data)
    try:
        store.con.execute(f"INSERT INTO {table} SELECT * FROM _batch")
    finally:
        store.con.unregister("_batch")


def _line_job(texts: list[str]) -> list[np.ndarray]:
    return paragraph_hashes_many(texts)


def _print_job(job: tuple[list[str], set[int], MinHashScheme]) -> tuple[list[np.ndarray], np.ndarray, list]:
    texts, skip, scheme = job
    sh = shingle_hashes_many(texts, 5, skip)
    keys = band_keys(signatures(sh, scheme), scheme)
    return sh, keys, fact_anchors_many(sketches_many(texts))


def _windows(store: Store, chunks: list[list[int]], size: int):
    """Runs of ``size`` chunks with their rows, read in this thread (DuckDB connections are not
    shared across threads)."""
    for k in range(0, len(chunks), size):
        yield [_texts(store, chunk) for chunk in chunks[k:k + size]]


def fingerprint(store: Store, options: IndexOptions, scheme: MinHashScheme, tick=lambda n: None) -> int:
    """Fingerprint pending documents; returns how many. ``tick(n)`` reports progress.

    The hashing runs in ``options.workers`` processes, a chunk of ``options.batch`` documents per
    task; this process reads texts and writes rows, one transaction per chunk.
    """
    sid = scheme_id(scheme, options)
    pending = _pending(store, sid)
    if not pending:
        return 0
    # Rows of an earlier text or scheme (or of a run killed between the two passes) go first, in
    # one statement per table: deleting per chunk would scan the growing tables a thousand times.
    for table in ("lines", "fingerprints", "bands", "anchors"):
        store.con.execute(f"DELETE FROM {table} WHERE seq IN (SELECT unnest(?))", [pending])
    chunks = [pending[k:k + options.batch] for k in range(0, len(pending), options.batch)]
    pool = mp.get_context("fork").Pool(options.workers) if options.workers > 1 else None
    run = pool.map if pool else (lambda fn, jobs: [fn(j) for j in jobs])
    try:
        # Pass 1: line hashes, so lines shared by many documents can be left out of the shingles.
        for window in _windows(store, chunks, 2 * options.workers):
            for rows, hs in zip(window, run(_line_job, [[r[2] for r in rows] for rows in window]), strict=True):
                store.con.execute("BEGIN TRANSACTION")
                _insert(store, "lines", {
                    "h": np.concatenate(hs).astype(np.uint64) if hs else np.zeros(0, np.uint64),
                    "seq": np.repeat([r[0] for r in rows], [len(h) for h in hs]).astype(np.int64)})
                store.con.execute("COMMIT")
        skip = boilerplate_lines(store, options.boilerplate_min_docs(store.count()))
        save_boilerplate(store, skip)
        # Pass 2: shingles, signatures, band keys, anchors — one transaction per chunk.
        done = 0
        for window in _windows(store, chunks, 2 * options.workers):
            jobs = [([r[2] for r in rows], skip, scheme) for rows in window]
            for rows, (sh, keys, anchors) in zip(window, run(_print_job, jobs), strict=True):
                _store_prints(store, sid, rows, sh, keys, anchors)
                done += len(rows)
                tick(len(rows))
    finally:
        if pool:
            pool.close()
            pool.join()
    return done


def _store_prints(store: Store, sid: str, rows: list[tuple], sh: list[np.ndarray], keys: np.ndarray,
                  anchors: list[np.ndarray]) -> None:
    seqs = np.array([r[0] for r in rows], dtype=np.int64)
    store.con.execute("BEGIN TRANSACTION")
    _insert(store, "fingerprints", {
        "seq": seqs, "content_hash": [r[1] for r in rows], "scheme": [sid] * len(rows),
        "lang": [r[3] for r in rows], "n_shingles": np.array([len(s) for s in sh], dtype=np.int32),
        "shingles": pa.array([s.astype(np.uint64) for s in sh], type=pa.list_(pa.uint64()))})
    nb = keys.shape[1]
    flat = keys.reshape(-1).astype(np.uint64)
    real = flat != EMPTY_BAND_KEY  # empty documents match nothing: keep them out of the join
    _insert(store, "bands", {
        "band": np.tile(np.arange(nb, dtype=np.uint16), len(rows))[real],
        "key": flat[real], "seq": np.repeat(seqs, nb)[real]})
    _insert(store, "anchors", {
        "h": np.concatenate(anchors).astype(np.uint64) if anchors else np.zeros(0, np.uint64),
        "seq": np.repeat(seqs, [len(x) for x in anchors])})
    store.con.execute("COMMIT")
