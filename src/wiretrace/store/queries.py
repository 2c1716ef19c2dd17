"""The store's set operations: the joins behind the candidate doors, and reads for verification.

Fingerprints are computed by the pure functions in ``detect/``; only the joins over all
documents live here, in SQL, because that is where DuckDB beats Python (a 1 M-document band
join takes seconds). A Spark engine runs the same joins in Spark SQL over the same rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from .db import Store

# A band bucket or an n-gram shared by more documents than this is boilerplate or a formula
# ("the court heard that"), not evidence of copying; it would also blow up the self-join.
MAX_BUCKET = 100
# Rare-anchor rows per part of the anchor self-join. At a million documents (60 M rows) parts of
# 15 M ran out of DuckDB's 3 GB once the store had grown by the prints table (session 6).
HITS_PER_PART = 8_000_000
MIN_SHARED_FLOOR = 2  # one shared pair of names or numbers is a coincidence, whatever the sizes


def boilerplate_lines(store: Store, min_docs: int) -> set[int]:
    """Line hashes found in at least ``min_docs`` documents (site footers, cookie notices)."""
    rows = store.con.execute(
        "SELECT h FROM lines GROUP BY h HAVING count(DISTINCT seq) >= ?", [min_docs]).fetchall()
    return {r[0] for r in rows}


def save_boilerplate(store: Store, hashes: set[int]) -> None:
    store.con.execute("BEGIN TRANSACTION")
    store.con.execute("DELETE FROM boilerplate")
    if hashes:
        store.con.execute("INSERT INTO boilerplate SELECT unnest(?)", [sorted(hashes)])
    store.con.execute("COMMIT")


def saved_boilerplate(store: Store) -> set[int]:
    return {r[0] for r in store.con.execute("SELECT h FROM boilerplate").fetchall()}


def band_pairs(store: Store) -> tuple[np.ndarray, np.ndarray]:
    """Pairs sharing at least one LSH band key, not yet candidates of the MinHash door, as two
    arrays ``a < b``."""
    table = store.con.sql(f"""
        WITH buckets AS (
            SELECT band, key FROM bands GROUP BY band, key HAVING count(*) BETWEEN 2 AND {MAX_BUCKET})
        SELECT DISTINCT x.seq AS a, y.seq AS b
        FROM bands x JOIN buckets USING (band, key) JOIN bands y ON x.band = y.band AND x.key = y.key
        WHERE x.seq < y.seq
        EXCEPT SELECT a, b FROM candidates WHERE door = 'minhash'""").to_arrow_table()
    return (table.column("a").to_numpy().astype(np.int64, copy=False),
            table.column("b").to_numpy().astype(np.int64, copy=False))


def signature_column(sigs: np.ndarray) -> pa.Array:
    """MinHash signatures (n × num_perm uint32) as a fixed-size binary column, without copies."""
    sigs = np.ascontiguousarray(sigs, dtype="<u4")
    width = sigs.shape[1] * 4
    return pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), len(sigs), [None, pa.py_buffer(sigs)])


def signatures_of(store: Store, seqs: np.ndarray, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """``(found, sigs)``: the stored signatures of ``seqs``, ``sigs[k]`` that of ``found[k]``
    (ascending). One semi-join scan: at a million documents it beats random reads of a few
    hundred thousand rows."""
    store.con.register("_want", pa.table({"seq": pa.array(seqs, pa.int64())}))
    try:
        table = store.con.sql(
            "SELECT seq, signature FROM fingerprints SEMI JOIN _want USING (seq) ORDER BY seq").to_arrow_table()
    finally:
        store.con.unregister("_want")
    col = table.column("signature").combine_chunks().cast(pa.binary(4 * num_perm))
    flat = np.frombuffer(col.buffers()[1], dtype="<u4")[col.offset * num_perm:(col.offset + len(col)) * num_perm]
    return table.column("seq").to_numpy(), flat.reshape(len(col), num_perm)


def insert_candidates(store: Store, door: str, rows: list[tuple[int, int, float]]) -> None:
    """Store scored candidate pairs of one door in one Arrow batch (row-by-row inserts crawl)."""
    if not rows:
        return
    import pyarrow as pa

    a, b, score = zip(*rows, strict=True)
    table = pa.table({"a": pa.array(a, pa.int64()), "b": pa.array(b, pa.int64()),
                      "door": pa.array([door] * len(rows), pa.string()), "score": pa.array(score, pa.float64())})
    store.con.register("_candidates_batch", table)
    try:
        store.con.execute("INSERT OR IGNORE INTO candidates SELECT * FROM _candidates_batch")
    finally:
        store.con.unregister("_candidates_batch")


def anchors_needed(min_shared: int, share: float, m: int) -> int:
    """Rare anchors a pair must share when the smaller side has ``m`` not-common ones:
    ``min_shared``, or ``share`` of ``m`` when that is fewer, never fewer than two
    (``anchors_needed_sql`` is the same rule in SQL)."""
    return min(min_shared, max(MIN_SHARED_FLOOR, math.ceil(share * m)))


def anchors_needed_sql(min_shared: int, share: float, m: str) -> str:
    return f"least({int(min_shared)}, greatest({MIN_SHARED_FLOOR}, ceil({float(share)} * {m})))"


def anchor_pairs(store: Store, min_shared: int, min_containment: float, top_k: int,
                 max_df: int = MAX_BUCKET, min_shared_share: float = 1.0) -> int:
    """Pairs sharing rare n-grams (document frequency 2..max_df), passim-style.

    A pair needs ``min_shared`` rare anchors (fewer when the smaller document has few:
    ``anchors_needed``) making up ``min_containment`` of the smaller document's anchors that are
    not common (document frequency <= max_df; common ones can never count for a pair, and in a
    million documents they were a third of a partial copy's anchors, which sank its
    containment), and must be among the ``top_k`` best partners of one of its documents:
    formulaic phrases give every document many weak partners, a copy gives it a few strong ones.
    """
    con = store.con
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _df AS
        SELECT h, count(*) AS n FROM anchors GROUP BY h HAVING count(*) <= {int(max_df)}""")
    con.execute("""CREATE OR REPLACE TEMP TABLE _hits AS
        SELECT h, seq FROM anchors SEMI JOIN (SELECT h FROM _df WHERE n >= 2) USING (h)""")
    con.execute("""CREATE OR REPLACE TEMP TABLE _sizes AS
        SELECT seq, count(*) AS m FROM anchors SEMI JOIN _df USING (h) GROUP BY seq""")
    con.execute("CREATE OR REPLACE TEMP TABLE _shared (a BIGINT, b BIGINT, n BIGINT)")
    # The self-join in parts by the first document, each with its own hash table: at a million
    # documents (60 M hits, 700 M pairs of hits) one join ran out of DuckDB's 3 GB.
    parts = max(1, -(-store.one("SELECT count(*) FROM _hits")[0] // HITS_PER_PART))
    for part in range(parts):
        con.execute(f"""INSERT INTO _shared
            SELECT x.seq, y.seq, count(*) FROM _hits x JOIN _hits y ON x.h = y.h AND x.seq < y.seq
            WHERE x.seq % {parts} = {part}
            GROUP BY x.seq, y.seq HAVING count(*) >= {int(min_shared)}""")
    # Pairs sharing fewer count only when one side has few not-common anchors (a short summary):
    # a second, small join from those documents' hits, each pair counted once.
    small = int((min_shared - 1) / min_shared_share)
    if min_shared > MIN_SHARED_FLOOR and small >= MIN_SHARED_FLOOR:
        con.execute(f"""INSERT INTO _shared
            SELECT least(x.seq, y.seq), greatest(x.seq, y.seq), count(*)
            FROM (SELECT * FROM _hits SEMI JOIN (SELECT seq FROM _sizes WHERE m <= {small}) USING (seq)) x
            JOIN _hits y ON x.h = y.h AND x.seq <> y.seq
            WHERE y.seq NOT IN (SELECT seq FROM _sizes WHERE m <= {small}) OR x.seq < y.seq
            GROUP BY least(x.seq, y.seq), greatest(x.seq, y.seq)
            HAVING count(*) BETWEEN {MIN_SHARED_FLOOR} AND {int(min_shared) - 1}""")
    need = anchors_needed_sql(min_shared, min_shared_share, "least(sa.m, sb.m)")
    con.execute(f"""
        INSERT OR IGNORE INTO candidates
        WITH scored AS (SELECT a, b, n / least(sa.m, sb.m) AS c FROM _shared
                        JOIN _sizes sa ON sa.seq = a JOIN _sizes sb ON sb.seq = b
                        WHERE n >= {need} AND n / least(sa.m, sb.m) >= {float(min_containment)}),
             both_ways AS (SELECT a AS x, b AS y, c FROM scored UNION ALL SELECT b, a, c FROM scored),
             top AS (SELECT x, y, c FROM (
                        SELECT *, row_number() OVER (PARTITION BY x ORDER BY c DESC, y) AS r FROM both_ways)
                     WHERE r <= {int(top_k)})
        SELECT least(x, y) AS a, greatest(x, y) AS b, 'anchors' AS door, max(c) AS score
        FROM top GROUP BY least(x, y), greatest(x, y)""")
    for table in ("_df", "_hits", "_sizes", "_shared"):
        con.execute(f"DROP TABLE {table}")
    return store.one("SELECT count(*) FROM candidates WHERE door = 'anchors'")[0]


def unverified(store: Store) -> list[tuple[int, int, str]]:
    """Candidate pairs without a verdict yet, with the doors that found them."""
    return store.con.execute("""
        SELECT c.a, c.b, string_agg(DISTINCT c.door, ',' ORDER BY c.door) FROM candidates c
        ANTI JOIN pairs p ON p.a = c.a AND p.b = c.b
        GROUP BY c.a, c.b ORDER BY c.a, c.b""").fetchall()


def iter_unfingerprinted(store: Store, scheme: str, batch: int) -> Iterator[list[tuple[int, str, str, str]]]:
    """Batches of (seq, content_hash, text, lang) whose fingerprints are missing or stale."""
    cur = store.con.execute("""
        SELECT d.seq, d.content_hash, d.text, d.lang FROM documents d
        LEFT JOIN fingerprints f ON f.seq = d.seq AND f.content_hash = d.content_hash AND f.scheme = ?
        WHERE f.seq IS NULL ORDER BY d.seq""", [scheme])
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield rows
