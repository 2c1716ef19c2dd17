"""Rebuild the stories table from the verified copy pairs."""

from __future__ import annotations

import pyarrow as pa

from ..model import Relation
from ..provenance.families import Edge, group
from ..store import Store

_COPIES = tuple(r.value for r in Relation if r.is_copy)


def build_stories(store: Store) -> int:
    rows = store.con.execute(
        f"SELECT a, b, coverage_a, coverage_b FROM pairs WHERE relation IN {_COPIES}").fetchall()
    members = group(Edge(*r) for r in rows)
    store.con.execute("BEGIN TRANSACTION")
    store.con.execute("DELETE FROM stories")
    if members:
        # One Arrow batch: executemany inserts row by row (18 s for 100,000 members).
        table = pa.table({"story": pa.array([m.story for m in members], pa.int64()),
                          "seq": pa.array([m.seq for m in members], pa.int64()),
                          "role": pa.array([m.role for m in members], pa.string())})
        store.con.register("_stories_batch", table)
        try:
            store.con.execute("INSERT INTO stories SELECT * FROM _stories_batch")
        finally:
            store.con.unregister("_stories_batch")
    store.con.execute("COMMIT")
    return len({m.story for m in members})
