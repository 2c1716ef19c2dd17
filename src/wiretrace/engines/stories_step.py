"""Rebuild the stories table from the verified copy pairs."""

from __future__ import annotations

import pyarrow as pa

from ..model import Relation
from ..provenance.families import Edge, group
from ..store import Store

_COPIES = tuple(r.value for r in Relation if r.is_copy)


def build_stories(store: Store) -> int:
    # Figures changed and passages linked, read in SQL from the stored comparison (a quick
    # verdict has none: 0, 0).
    rows = store.con.execute(
        "SELECT a, b, coverage_a, coverage_b, "
        "coalesce(len(list_filter(json_extract_string(comparison, '$.findings[*].change'), "
        "lambda x: x = 'value_changed')), 0), coalesce(json_array_length(comparison, '$.links'), 0) "
        f"FROM pairs WHERE relation IN {_COPIES}").fetchall()
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
