"""Rebuild the stories table from the verified copy pairs."""

from __future__ import annotations

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
        store.con.executemany("INSERT INTO stories VALUES (?, ?, ?)", [(m.story, m.seq, m.role) for m in members])
    store.con.execute("COMMIT")
    return len({m.story for m in members})
