"""Copies of one document, found through the same doors as indexing, then verified.

For a document outside the store nothing is written: its fingerprints are computed in memory and
looked up with indexed joins, and each candidate is verified with ``compare``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..detect.minhash import MinHashScheme, band_keys, signatures
from ..detect.shingles import shingle_hashes
from ..model import Comparison, Document
from ..pipeline import compare
from ..store import Store
from ..store.queries import MAX_BUCKET, boilerplate_lines
from .options import IndexOptions


@dataclass(frozen=True, slots=True)
class Match:
    id: str
    relation: str
    source: str  # which is the source: "query" (the document asked about), "stored", or "unknown"
    confidence: float
    coverage_stored: float
    coverage_query: float
    high: int
    medium: int
    low: int
    comparison: Comparison | None = None

    @property
    def is_copy(self) -> bool:
        return self.relation not in ("same_event", "unrelated")


def candidates_for(store: Store, doc: Document, options: IndexOptions, skip: set[int]) -> set[int]:
    scheme = MinHashScheme()
    sh = shingle_hashes(doc.text, 5, skip_lines=skip)
    keys = band_keys(signatures([sh], scheme), scheme)[0]
    found = {r[0] for r in store.con.execute(
        "SELECT DISTINCT seq FROM bands JOIN (SELECT unnest(?) AS band, unnest(?) AS key) q USING (band, key)",
        [list(range(len(keys))), [int(k) for k in keys]]).fetchall()}
    anchors = [int(h) for h in sh[sh % np.uint64(options.anchor_sample) == 0]]
    if anchors:
        found |= {r[0] for r in store.con.execute(f"""
            WITH q AS (SELECT unnest(?) AS h),
                 rare AS (SELECT h FROM anchors SEMI JOIN q USING (h) GROUP BY h HAVING count(*) <= {MAX_BUCKET})
            SELECT seq FROM anchors JOIN rare USING (h) GROUP BY seq HAVING count(*) >= ?""",
            [anchors, options.anchor_min_shared - 1 if options.anchor_min_shared > 1 else 1]).fetchall()}
    return found


def find_copies(store: Store, doc: Document, options: IndexOptions | None = None,
                keep_comparisons: bool = False) -> list[Match]:
    options = options or IndexOptions()
    skip = boilerplate_lines(store, options.boilerplate_min_docs(store.count()))
    seqs = candidates_for(store, doc, options, skip)
    out = []
    for seq, stored in sorted(store.documents(seqs).items()):
        c = compare(stored, doc)
        counts = {s: sum(1 for f in c.findings if f.severity.value == s) for s in ("high", "medium", "low")}
        source = {"a": "stored", "b": "query"}.get(c.verdict.source, "unknown")
        out.append(Match(stored.id, c.verdict.relation.value, source, c.verdict.confidence,
                         c.alignment.coverage_a, c.alignment.coverage_b, counts["high"], counts["medium"],
                         counts["low"], c if keep_comparisons else None))
    return sorted(out, key=lambda m: (not m.is_copy, -m.coverage_query, -m.coverage_stored, m.id))
