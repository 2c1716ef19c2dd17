"""Fingerprint every document whose fingerprints are missing or stale: line hashes (for the
boilerplate filter), MinHash band keys of the word shingles and fact anchors (pairs of names and
numbers sharing a sentence; ``detect.sketch``). The shingles themselves stay in the workers.

Boilerplate (lines in many documents) is left out of the shingles, but which lines those are is
known only once every document's lines are stored. Rather than reading and scanning every text
twice, each document is fingerprinted once with the boilerplate set of the last run, and
afterwards only the documents holding a line whose status changed are done again. A first run
has no set yet: it estimates one from a sample of the documents (with an empty set a third of
the generated corpora was done twice; with the estimate, those holding a line near the
threshold).

The hashing is the pure functions of ``detect/``; this module only moves rows in and out of the
store, in Arrow batches (row-by-row inserts would dominate at a million documents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa

from ..detect.minhash import EMPTY_BAND_KEY, MinHashScheme, band_keys, signatures
from ..detect.prints import pack, prints_many
from ..detect.shingles import SHINGLE_SCHEME, paragraph_hashes_many
from ..detect.sketch import SKETCH_SCHEME, fact_anchors_many
from ..store import Store, printsfile
from ..store.queries import boilerplate_lines, save_boilerplate, saved_boilerplate, signature_column
from ._pool import pipelined
from .options import IndexOptions

SAMPLE = 20000  # documents whose lines estimate a first run's boilerplate set
SAMPLE_BLOCKS = 20

# Documents per store transaction. Past a row group (122,880 rows) DuckDB writes an insert
# straight to the database file instead of logging it first; at a thousand documents a
# transaction every row went through the WAL and was written again at each checkpoint.
STORE_DOCS = 16000


def scheme_id(scheme: MinHashScheme, options: IndexOptions) -> str:
    return f"{SHINGLE_SCHEME}+{scheme.version}+{SKETCH_SCHEME}"


def _pending(store: Store, scheme: str) -> list[int]:
    return [r[0] for r in store.con.execute("""
        SELECT d.seq FROM documents d
        LEFT JOIN fingerprints f ON f.seq = d.seq AND f.content_hash = d.content_hash AND f.scheme = ?
        WHERE f.seq IS NULL ORDER BY d.seq""", [scheme]).fetchall()]


def _texts(store: Store, seqs: list[int]) -> list[tuple[int, str, str, str | None]]:
    return store.con.execute(
        "SELECT seq, content_hash, text, lang FROM documents WHERE seq BETWEEN ? AND ? "  # row groups skipped
        "AND seq IN (SELECT unnest(?)) ORDER BY seq", [min(seqs), max(seqs), seqs]).fetchall()


def _insert(store: Store, table: str, columns: dict[str, np.ndarray | list]) -> None:
    data = pa.table(columns)
    store.con.register("_batch", data)
    try:
        store.con.execute(f"INSERT INTO {table} SELECT * FROM _batch")
    finally:
        store.con.unregister("_batch")


def _print_job(job: tuple[list[str], set[int], MinHashScheme, tuple[str, list[int]] | None]) -> tuple:
    """Hashes of ``texts``; with ``packed = (path, seqs)``, also each document's packed record for
    the verifier, appended to the prints file at ``path`` (``(pos, len)`` of each returned)."""
    texts, skip, scheme, packed = job
    p = prints_many(texts, 5, skip)
    sigs = signatures(p.shingles, scheme)
    sizes = np.array([len(x) for x in p.shingles], dtype=np.int32)
    spans = None
    if packed is not None:
        path, seqs = packed
        spans = printsfile.append(path, [pack(q, sh, sk) for q, sh, sk in zip(seqs, p.shingles, p.sketches,
                                                                                strict=True)])
    return p.lines, sizes, sigs, band_keys(sigs, scheme), fact_anchors_many(p.sketches), spans


def _run(store: Store, options: IndexOptions, scheme: MinHashScheme, seqs: list[int], skip: set[int],
         tick) -> None:
    # Rows of an earlier text, scheme or boilerplate set (or of a killed run) go first, in one
    # statement per table: deleting per chunk would scan the growing tables a thousand times.
    for table in ("lines", "fingerprints", "prints", "bands", "anchors"):
        store.con.execute(f"DELETE FROM {table} WHERE seq IN (SELECT unnest(?))", [seqs])
    size = max(1, min(options.batch, -(-len(seqs) // options.workers)))  # every worker gets work
    chunks = (_texts(store, seqs[k:k + size]) for k in range(0, len(seqs), size))
    path = printsfile.path_of(store)
    _hash_and_store(store, options, scheme,
                    ((rows, [([r[2] for r in rows], skip, scheme, _packed(path, rows))]) for rows in chunks),
                    size, tick)


def _packed(path: str | None, rows: list[tuple]) -> tuple[str, list[int]] | None:
    return None if path is None else (path, [r[0] for r in rows])


def _hash_and_store(store: Store, options: IndexOptions, scheme: MinHashScheme, jobs: Iterable[tuple],
                    size: int, tick) -> None:
    """Run ``_print_job`` over ``(rows, [job])`` chunks of about ``size`` documents in the pool and
    store the results, STORE_DOCS documents a transaction."""
    sid = scheme_id(scheme, options)
    buffer: list[tuple] = []
    printsfile.usable(store)  # before the workers append: no old row may point into new bytes

    def flush() -> None:
        if buffer:
            rows = [r for rs, _ in buffer for r in rs]
            parts = [res for _, res in buffer]
            spans = [p[5] for p in parts]
            _store_prints(store, sid, rows, [x for p in parts for x in p[0]],
                          np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts]),
                          np.concatenate([p[3] for p in parts]), [x for p in parts for x in p[4]],
                          np.concatenate(spans) if all(sp is not None for sp in spans) else None)
            tick(len(rows))
            buffer.clear()

    def write(rows: list[tuple], results: list[tuple]) -> None:
        # The records are in the file already, referenced once the flush's transaction commits:
        # a kill in between leaves only unreferenced bytes.
        buffer.append((rows, results[0]))
        if sum(len(rs) for rs, _ in buffer) >= STORE_DOCS:
            flush()

    try:
        # A store of STORE_DOCS documents takes seconds at a million documents: as many chunks in
        # flight keep the workers busy through it (with three, they idled through most of each).
        pipelined(_print_job, jobs, write, options.workers, ahead=STORE_DOCS // size + options.workers)
        flush()
    finally:
        printsfile.close_appends()


def fingerprint_while_ingesting(store: Store, options: IndexOptions, scheme: MinHashScheme,
                                stored: Iterable[list[tuple]], tick=lambda n: None) -> int:
    """Fingerprint documents as ingest stores them: ``stored`` yields the rows of each stored
    batch (``AddResult.stored``), texts still in memory, and pulling the next batch (reading
    files, storing documents) runs while the workers hash the last ones. Returns how many.

    The boilerplate set is the last run's; a first run estimates it from its first batch (exact
    when that is the whole corpus), saved before any document uses it. ``fingerprint`` afterwards
    redoes the documents whose lines changed status, and any a killed run left.
    """
    done = 0
    path = printsfile.path_of(store)

    def jobs() -> Iterator[tuple]:
        nonlocal done
        used: set[int] | None = None
        for rows in stored:
            if not rows:
                continue
            if used is None:
                first = not store.count("fingerprints")
                used = _begin(store, (lambda rows=rows: _boilerplate_of(
                    [r[2] for r in rows], options.boilerplate_min_docs(len(rows)))) if first else None)
            for k in range(0, len(rows), options.batch):
                chunk = rows[k:k + options.batch]
                done += len(chunk)
                yield chunk, [([r[2] for r in chunk], used, scheme, _packed(path, chunk))]

    _hash_and_store(store, options, scheme, jobs(), options.batch, tick)
    return done


def fingerprint(store: Store, options: IndexOptions, scheme: MinHashScheme, tick=lambda n: None) -> int:
    """Fingerprint pending documents; returns how many. ``tick(n)`` reports progress.

    The hashing runs in ``options.workers`` processes, a chunk of ``options.batch`` documents per
    task; this process reads texts and writes rows (one transaction per chunk) meanwhile.
    """
    pending = _pending(store, scheme_id(scheme, options))
    if pending:
        most = len(pending) > store.count() // 2
        used = _begin(store, (lambda: _estimate_boilerplate(store, pending, options)) if most else None)
        _run(store, options, scheme, pending, used, tick)
    elif not store.get_meta("boilerplate_stale"):
        return 0
    else:
        used = saved_boilerplate(store)
    now = boilerplate_lines(store, options.boilerplate_min_docs(store.count()))
    changed = sorted(now ^ used)
    if changed:
        redo = [r[0] for r in store.con.execute(
            "SELECT DISTINCT seq FROM lines WHERE h IN (SELECT unnest(?)) ORDER BY seq", [changed]).fetchall()]
        if redo:
            _run(store, options, scheme, redo, now, lambda n: None)
        save_boilerplate(store, now)
    store.con.execute("DELETE FROM meta WHERE key = 'boilerplate_stale'")
    return len(pending)


def _begin(store: Store, estimate: Callable[[], set[int]] | None) -> set[int]:
    """The boilerplate set a pass fingerprints with: the last run's, or, on a first run (none
    saved, not resuming a killed run) ``estimate()``. The stale flag goes up first and is cleared
    once the final set is saved, so a run killed anywhere in between redoes the documents the new
    set changes; the estimate is saved before any document uses it, so a killed run resumes with
    the same set (a resumed run with none saved had none: an estimate is saved when not empty)."""
    used = saved_boilerplate(store)
    resumed = store.get_meta("boilerplate_stale") is not None
    store.set_meta("boilerplate_stale", "1")
    if not used and not resumed and estimate is not None:
        used = estimate()
        save_boilerplate(store, used)
    return used


def _estimate_boilerplate(store: Store, pending: list[int], options: IndexOptions) -> set[int]:
    """Lines in the boilerplate share of a sample of ``pending``: ``SAMPLE_BLOCKS`` runs of
    consecutive documents spread evenly over it (runs, not single documents: a run is read
    from a few row groups, a scattered sample from all of them). All of ``pending`` when it is
    smaller than ``SAMPLE``; the estimate is then exact as far as these documents go."""
    n = store.count()
    if len(pending) <= SAMPLE:
        sample = pending
    else:
        size = SAMPLE // SAMPLE_BLOCKS
        starts = np.linspace(0, len(pending) - size, SAMPLE_BLOCKS).astype(int)
        sample = [x for s in starts for x in pending[s:s + size]]
    step = options.batch
    texts = [r[2] for k in range(0, len(sample), step) for r in _texts(store, sample[k:k + step])]
    return _boilerplate_of(texts, options.boilerplate_min_docs(n) * len(sample) / n)


def _boilerplate_of(texts: list[str], need: float) -> set[int]:
    """Line hashes found in at least ``need`` of ``texts``."""
    hashes = [np.unique(h) for h in paragraph_hashes_many(texts)]
    found, counts = np.unique(np.concatenate(hashes or [np.zeros(0, np.uint64)]), return_counts=True)
    return {int(h) for h in found[counts >= need]}


def _store_prints(store: Store, sid: str, rows: list[tuple], lines: list[np.ndarray], n_shingles: np.ndarray,
                  sigs: np.ndarray, keys: np.ndarray, anchors: list[np.ndarray], spans: np.ndarray | None) -> None:
    seqs = np.array([r[0] for r in rows], dtype=np.int64)
    store.con.execute("BEGIN TRANSACTION")
    if spans is not None:
        _insert(store, "prints", {"seq": seqs, "pos": spans[:, 0], "len": spans[:, 1].astype(np.int32)})
    _insert(store, "lines", {
        "h": np.concatenate(lines).astype(np.uint64) if lines else np.zeros(0, np.uint64),
        "seq": np.repeat(seqs, [len(h) for h in lines])})
    _insert(store, "fingerprints", {
        "seq": seqs, "content_hash": [r[1] for r in rows], "scheme": [sid] * len(rows),
        "lang": [r[3] for r in rows], "n_shingles": n_shingles, "signature": signature_column(sigs)})
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
