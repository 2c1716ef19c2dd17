"""Copies of one document, found through the same doors as indexing, then verified.

For a document outside the store nothing is written: its fingerprints are computed in memory and
looked up with indexed joins, and each candidate is verified like an indexed pair (quick tier,
then ``compare`` where the findings policy asks for it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..detect.minhash import MinHashScheme, band_keys, signatures
from ..detect.prints import Prints, prints_many
from ..detect.sketch import fact_anchors
from ..model import Comparison, Document
from ..pipeline import compare
from ..provenance.quick import QuickSide, quick_verdict
from ..store import Store, lookup
from ..store.lookup import Lookup
from ..store.queries import (
    MAX_BUCKET,
    MIN_SHARED_FLOOR,
    anchors_needed,
    anchors_needed_sql,
    saved_boilerplate,
)
from ..text import detect_language
from .options import IndexOptions
from .verify_step import wants_full


@dataclass(frozen=True, slots=True)
class Match:
    id: str
    relation: str
    source: str  # which is the source: "query" (the document asked about), "stored", or "unknown"
    confidence: float
    coverage_stored: float
    coverage_query: float
    high: int | None  # distortions by severity (None: not compared in full, see ``tier``)
    medium: int | None
    low: int | None
    comparison: Comparison | None = None
    tier: str = "full"  # "quick" (relation and coverage only) or "full" (compare, with findings)

    @property
    def is_copy(self) -> bool:
        return self.relation not in ("same_event", "unrelated")


def candidates_for(store: Store, doc: Document, options: IndexOptions, skip: set[int],
                   lookup: Lookup | None = None, prints: Prints | None = None) -> set[int]:
    """Stored documents sharing a MinHash band or enough rare fact anchors with ``doc`` (the rules
    of the MinHash and anchor doors), from the lookup files when current, else in SQL.
    ``prints``: ``prints_many([doc.text], 5, skip)`` when the caller has it already."""
    prints = prints or prints_many([doc.text], 5, skip)
    scheme = MinHashScheme()
    keys = band_keys(signatures(prints.shingles, scheme), scheme)[0]
    anchors = fact_anchors(prints.sketches[0])
    if lookup is not None:
        found = lookup.band_matches(keys)
        hits, rare = lookup.anchor_hits(anchors, MAX_BUCKET) if len(anchors) else ({}, 0)
        for seq, n in hits.items():
            m = int(lookup.anchor_count[seq]) if seq < len(lookup.anchor_count) else 0
            small = min(m, rare)
            need = anchors_needed(options.anchor_min_shared, options.anchor_min_shared_share, small)
            if n >= need and n >= options.anchor_min_containment * small:
                found.add(seq)
        return found
    found = {r[0] for r in store.con.execute(
        "SELECT DISTINCT seq FROM bands JOIN (SELECT unnest(?) AS band, unnest(?) AS key) q USING (band, key)",
        [list(range(len(keys))), [int(k) for k in keys]]).fetchall()}
    if len(anchors):
        need = anchors_needed_sql(options.anchor_min_shared, options.anchor_min_shared_share, "m")
        # The same rule as the anchor door: enough rare anchors, as a share of the smaller side's
        # anchors that are not common (the query's: those in fewer than MAX_BUCKET stored ones).
        found |= {r[0] for r in store.con.execute(f"""
            WITH q AS (SELECT DISTINCT unnest(?) AS h),
                 qdf AS (SELECT q.h, count(a.seq) AS n FROM q LEFT JOIN anchors a USING (h) GROUP BY q.h),
                 rare AS (SELECT h FROM qdf WHERE n BETWEEN 1 AND {MAX_BUCKET - 1}),
                 hits AS (SELECT seq, count(*) AS n FROM anchors SEMI JOIN rare USING (h) GROUP BY seq
                          HAVING count(*) >= {MIN_SHARED_FLOOR}),
                 mine AS (SELECT h, seq FROM anchors SEMI JOIN hits USING (seq)),
                 usual AS (SELECT h FROM anchors SEMI JOIN (SELECT DISTINCT h FROM mine) USING (h)
                            GROUP BY h HAVING count(*) <= {MAX_BUCKET}),
                 sizes AS (SELECT seq, least(count(*), (SELECT count(*) FROM qdf WHERE n < {MAX_BUCKET})) AS m
                           FROM mine SEMI JOIN usual USING (h) GROUP BY seq)
            SELECT seq FROM hits JOIN sizes USING (seq)
            WHERE n >= {need} AND n >= ? * m""",
            [[int(h) for h in anchors], options.anchor_min_containment]).fetchall()}
    return found


def find_copies(store: Store, doc: Document, options: IndexOptions | None = None,
                keep_comparisons: bool = False) -> list[Match]:
    """Copies of ``doc`` in the store: quick verdicts for every candidate, and the full compare
    (findings, direction) for those the quick tier calls copies or leaves unsettled, unless
    ``options.findings == "none"`` (then only the quick verdicts: a lookup of milliseconds)."""
    options = options or IndexOptions()
    skip = saved_boilerplate(store)
    # One scan of the query: shingled as the stored documents were, without the boilerplate lines.
    prints = prints_many([doc.text], 5, skip)
    seqs = candidates_for(store, doc, options, skip, lookup.load(store), prints)
    if not seqs:
        return []
    lang = doc.lang or detect_language(doc.text)
    query = QuickSide(prints.sketches[0], prints.shingles[0], lang, doc.published)
    docs = store.documents(seqs)
    order = sorted(docs)
    found = prints_many([docs[s].text for s in order], 5, skip)  # as the verifier does
    out = []
    for seq, sk, sh in zip(order, found.sketches, found.shingles, strict=True):
        stored = docs[seq]
        v = quick_verdict(QuickSide(sk, sh, stored.lang, stored.published), query)
        if not wants_full(options.findings, v.relation.is_copy, v.settled):
            source = {"a": "stored", "b": "query"}.get(v.source, "unknown")
            out.append(Match(stored.id, v.relation.value, source, v.confidence, v.coverage_a, v.coverage_b,
                             None, None, None, None, "quick"))
            continue
        c = compare(stored, doc)
        counts = {s: sum(1 for f in c.findings if f.severity.value == s) for s in ("high", "medium", "low")}
        source = {"a": "stored", "b": "query"}.get(c.verdict.source, "unknown")
        out.append(Match(stored.id, c.verdict.relation.value, source, c.verdict.confidence,
                         c.alignment.coverage_a, c.alignment.coverage_b, counts["high"], counts["medium"],
                         counts["low"], c if keep_comparisons else None, "full"))
    return sorted(out, key=lambda m: (not m.is_copy, -m.coverage_query, -m.coverage_stored, m.id))
