"""Verify candidate pairs with the full ``compare`` and store the verdicts.

Runs in worker processes (each loads the sentence encoder once); the store is written only by
the parent, one transaction per batch, so an interrupted run keeps every finished verdict.
"""

from __future__ import annotations

import json
import multiprocessing as mp
from collections.abc import Callable

from ..model import Document
from ..pipeline import compare
from ..report.json import to_dict
from ..store import Store
from ..store import queries as q
from .options import IndexOptions


def verify_pair(job: tuple[int, int, str, Document, Document]) -> tuple:
    a, b, doors, da, db = job
    c = compare(da, db)
    d = to_dict(c)
    counts = d["counts"]
    return (a, b, c.verdict.relation.value, c.verdict.source, c.verdict.confidence,
            c.alignment.coverage_a, c.alignment.coverage_b, counts["high"], counts["medium"], counts["low"],
            doors, json.dumps(d, ensure_ascii=False))


def _jobs(store: Store, todo: list[tuple[int, int, str]]):
    docs = store.documents({x for a, b, _ in todo for x in (a, b)})
    for a, b, doors in todo:
        yield (a, b, doors, docs[a], docs[b])


def verify(store: Store, options: IndexOptions, tick: Callable[[int], None] = lambda n: None) -> int:
    todo = q.unverified(store)
    if not todo:
        return 0
    chunk = 200
    done = 0
    ctx = mp.get_context("fork") if options.workers > 1 else None
    pool = ctx.Pool(options.workers) if ctx else None
    try:
        for k in range(0, len(todo), chunk):
            part = todo[k:k + chunk]
            jobs = list(_jobs(store, part))
            rows = pool.map(verify_pair, jobs, chunksize=4) if pool else [verify_pair(j) for j in jobs]
            store.con.execute("BEGIN TRANSACTION")
            store.con.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            store.con.execute("COMMIT")
            done += len(rows)
            tick(len(rows))
    finally:
        if pool:
            pool.close()
            pool.join()
    return done
