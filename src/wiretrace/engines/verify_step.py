"""Verify candidate pairs in two tiers and store the verdicts.

* quick — every candidate: ``provenance.quick`` decides the relation from sentence sketches and
  word shingles, read as fingerprinting packed them (``store.printsfile``; computed from the text
  for a document without a record), a fraction of a millisecond a pair; a pair only the MinHash
  door found is first confirmed by Jaccard of the shingles (``min_jaccard``), and
  a rejection is stored as an ``unrelated`` verdict so that no later run scores it again;
* full — ``compare`` (alignment, findings, direction) for the pairs the quick tier called copies
  or left unsettled (``findings="copies"``), for every candidate (``"all"``) or for none.

Both run in worker processes; the store is written only by the parent, one transaction per batch,
so an interrupted run keeps every finished verdict and resumes with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import numpy as np
import pyarrow as pa

from ..detect.minhash import overlap
from ..detect.prints import compact, prints_many
from ..model import Document, Relation
from ..pipeline import compare
from ..provenance.quick import QuickSide, quick_verdicts
from ..report.json import to_dict
from ..store import Store, printsfile
from ..store.queries import saved_boilerplate
from ..store.texts import TextFile
from ..store.texts import export as export_texts
from ._pool import pipelined
from .options import IndexOptions

QUICK_CHUNK = 4000  # pairs per quick job
FULL_CHUNK = 200  # pairs per full-compare transaction
_COPIES = tuple(r.value for r in Relation if r.is_copy)


# -- quick tier --------------------------------------------------------------------------------
def quick_pairs(job: tuple) -> list[tuple]:
    """Quick verdicts for a list of ``(a, b, doors)``; ``docs[seq] = (lang, published, pos, len)``:
    the document's packed prints at ``pos`` in ``packed`` (``store.printsfile``) or, when ``pos``
    is None, its text read from ``texts`` and hashed here (``skip``: the boilerplate lines left
    out of the shingles, as when fingerprinting)."""
    from threadpoolctl import threadpool_limits

    pairs, docs, packed, texts, skip, min_jaccard = job
    sides = {}
    for s, (lang, published, pos, length) in docs.items():
        if pos is not None:
            sh, sk = packed.read(s, pos, length)
            sides[s] = QuickSide(sk, sh, lang, published)
    seqs = [s for s in docs if s not in sides]
    if seqs:
        prints = prints_many([texts.text(s) for s in seqs], 5, skip)
        for s, sk, sh in zip(seqs, prints.sketches, prints.shingles, strict=True):
            sh, sk = compact(sh, sk)  # in the form of the records they meet
            sides[s] = QuickSide(sk, sh, *docs[s][:2])
    out, todo = [], []
    for a, b, doors in pairs:
        rejected = _unconfirmed(sides[a].shingles, sides[b].shingles, min_jaccard) if doors == "minhash" else None
        if rejected:
            out.append((a, b, *rejected))
        else:
            todo.append((a, b, doors))
    with threadpool_limits(1):  # no BLAS in the quick tier; keep stray threads off the other worker's core
        verdicts = quick_verdicts([(sides[a], sides[b]) for a, b, _ in todo])
    for (a, b, doors), v in zip(todo, verdicts, strict=True):
        out.append((a, b, v.relation.value, v.source, v.confidence, v.coverage_a, v.coverage_b,
                    None, None, None, doors, None, "quick", v.settled, v.why))
    return out


def _unconfirmed(x: np.ndarray, y: np.ndarray, min_jaccard: float) -> tuple | None:
    """The verdict row of a MinHash candidate whose exact Jaccard falls below ``min_jaccard``
    (coverage: the share of each side's 5-grams found in the other), else None."""
    shared = overlap(x, y)
    union = len(x) + len(y) - shared
    j = shared / union if union else 0.0
    if j >= min_jaccard:
        return None
    return (Relation.UNRELATED.value, "unknown", 1.0, shared / len(x) if len(x) else 0.0,
            shared / len(y) if len(y) else 0.0, None, None, None, "minhash", None, "quick", True,
            f"MinHash candidate not confirmed: exact 5-gram Jaccard {j:.2f} < {min_jaccard}")


def _quick_jobs(store: Store, todo: list[tuple[int, int, str]], options: IndexOptions,
                meta: dict[int, tuple], packed: printsfile.Reader | None,
                texts: TextFile | None) -> Iterator[list[tuple]]:
    step = QUICK_CHUNK // options.workers
    skip = saved_boilerplate(store)
    for k in range(0, len(todo), QUICK_CHUNK):
        part = todo[k:k + QUICK_CHUNK]
        jobs = []
        for i in range(0, len(part), step):
            sub = part[i:i + step]
            need = {x for a, b, _ in sub for x in (a, b)}
            jobs.append((sub, {x: meta[x] for x in need}, packed, texts, skip, options.min_jaccard))
        yield jobs


def verify_quick(store: Store, options: IndexOptions, todo: list[tuple[int, int, str]],
                 tick: Callable[[int], None] = lambda n: None) -> int:
    """Quick verdicts for ``todo`` (``queries.unverified``: candidates without a verdict)."""
    if not todo:
        return 0
    seqs = sorted({x for a, b, _ in todo for x in (a, b)})
    path = printsfile.usable(store)
    meta = {r[0]: r[1:] for r in store.con.execute(
        "SELECT d.seq, d.lang, d.published, p.pos, p.len FROM documents d LEFT JOIN prints p USING (seq) "
        "SEMI JOIN (SELECT unnest(?) AS seq) USING (seq)", [seqs]).fetchall()}
    if path is None:
        meta = {s: (*m[:2], None, None) for s, m in meta.items()}
    # Texts only for documents without packed prints (a store from before them, a lost file).
    missing = [s for s, m in meta.items() if m[2] is None]
    texts = export_texts(store, sorted(missing)) if missing else None
    try:
        jobs = _quick_jobs(store, todo, options, meta, printsfile.Reader(path) if path else None, texts)
        return _run(store, options, quick_pairs, jobs, tick)
    finally:
        if texts is not None:
            texts.remove()


# -- full tier ---------------------------------------------------------------------------------
def full_pair(job: tuple[int, int, str, Document, Document]) -> tuple:
    a, b, doors, da, db = job
    c = compare(da, db)
    d = to_dict(c)
    counts = d["counts"]
    return (a, b, c.verdict.relation.value, c.verdict.source, c.verdict.confidence,
            c.alignment.coverage_a, c.alignment.coverage_b, counts["high"], counts["medium"], counts["low"],
            doors, json.dumps(d, ensure_ascii=False), "full", True, None)


def full_pairs(jobs: list[tuple]) -> list[tuple]:
    from threadpoolctl import threadpool_limits

    # One BLAS thread per worker: with OpenBLAS's default of one per core, a compare burnt 40 %
    # more CPU for the same wall time (55 ms a pair either way), CPU the other worker needed.
    with threadpool_limits(1):
        return [full_pair(j) for j in jobs]


def wants_full(findings: str, is_copy: bool, settled: bool) -> bool:
    """Whether a pair with this quick verdict gets the full compare under the ``findings`` policy
    (``pending_full`` states the same rule in SQL)."""
    return findings == "all" or (findings == "copies" and (is_copy or not settled))


def pending_full(store: Store, findings: str) -> list[tuple[int, int, str]]:
    """Pairs the full compare still has to see under the ``findings`` policy (``wants_full``)."""
    if findings == "none":
        return []
    where = "" if findings == "all" else f"AND (relation IN {_COPIES} OR NOT settled)"
    # Ordered by document so that pairs sharing a document meet in one worker's embedding cache.
    return store.con.execute(
        f"SELECT a, b, doors FROM pairs WHERE tier = 'quick' {where} ORDER BY a, b").fetchall()


def _full_jobs(store: Store, todo: list[tuple[int, int, str]]) -> Iterator[list[tuple]]:
    for k in range(0, len(todo), FULL_CHUNK):
        part = todo[k:k + FULL_CHUNK]
        docs = store.documents({x for a, b, _ in part for x in (a, b)})
        jobs = [(a, b, doors, docs[a], docs[b]) for a, b, doors in part]
        # A few pairs per task: small enough to balance two workers, large enough that pairs
        # sharing a document usually land in one worker's cache.
        yield [jobs[i:i + 8] for i in range(0, len(jobs), 8)]


def verify_full(store: Store, options: IndexOptions, todo: list[tuple[int, int, str]],
                tick: Callable[[int], None] = lambda n: None) -> int:
    """Full compares for ``todo`` (``pending_full``: the pairs the findings policy selects)."""
    return _run(store, options, full_pairs, _full_jobs(store, todo), tick)


# -- shared driver -----------------------------------------------------------------------------
_PAIR_SCHEMA = pa.schema([
    ("a", pa.int64()), ("b", pa.int64()), ("relation", pa.string()), ("source", pa.string()),
    ("confidence", pa.float64()), ("coverage_a", pa.float64()), ("coverage_b", pa.float64()),
    ("high", pa.int32()), ("medium", pa.int32()), ("low", pa.int32()), ("doors", pa.string()),
    ("comparison", pa.string()), ("tier", pa.string()), ("settled", pa.bool_()), ("note", pa.string())])


def _run(store: Store, options: IndexOptions, fn, chunks: Iterator[list], tick) -> int:
    """Map ``fn`` over each chunk's jobs in the pool, storing each chunk in one transaction while
    the pool works on the next (``engines._pool``)."""
    done = 0

    def write(_, results: list[list[tuple]]) -> None:
        nonlocal done
        rows = [r for part in results for r in part]
        done += _store(store, rows)
        tick(len(rows))

    pipelined(fn, ((None, jobs) for jobs in chunks), write, options.workers)
    return done


def _store(store: Store, rows: list[tuple]) -> int:
    if rows:
        table = pa.Table.from_pylist([dict(zip(_PAIR_SCHEMA.names, r, strict=True)) for r in rows],
                                     schema=_PAIR_SCHEMA)
        store.con.register("_pairs_batch", table)
        try:
            store.con.execute("BEGIN TRANSACTION")
            store.con.execute("INSERT OR REPLACE INTO pairs SELECT * FROM _pairs_batch")
            store.con.execute("COMMIT")
        finally:
            store.con.unregister("_pairs_batch")
    return len(rows)
