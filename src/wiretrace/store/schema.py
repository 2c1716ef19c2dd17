"""The DuckDB schema of a wiretrace store, versioned: a store records the version it was made with,
and opening a store of another version fails with a clear message instead of misreading it.

Documents get a dense integer ``seq`` on arrival; joins (bands, anchors) run on it, not on the
text ids, which keeps the 1 M-document self-joins small.
"""

from __future__ import annotations

SCHEMA_VERSION = "wiretrace.store/4"
# Versions this one opens by adding what they lack (store/4 added ``prints`` and ``leads``;
# without their rows the verifier computes the prints from the texts and the translation door
# encodes the leads, as with store/3).
UPGRADES = ("wiretrace.store/3",)

DDL = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS documents (
        seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, text TEXT NOT NULL,
        title TEXT, url TEXT, outlet TEXT, published TEXT, lang TEXT, n_chars INTEGER, source TEXT)""",
    # Which text (content_hash) and scheme the stored fingerprints are of; rebuilt when either
    # changes. The shingles themselves are not stored: the verifier computes them with the
    # sentence sketch from one scan of the text it reads anyway (at a million documents they were
    # 4.3 GB written once and read at random by every MinHash confirmation). ``signature``: the
    # MinHash signature, num_perm little-endian uint32 (the MinHash door's Jaccard estimate).
    """CREATE TABLE IF NOT EXISTS fingerprints (
        seq BIGINT PRIMARY KEY, content_hash TEXT NOT NULL, scheme TEXT NOT NULL, lang TEXT,
        n_shingles INTEGER, signature BLOB)""",
    # Where each document's packed shingles and sketch sit in ``{store}.prints``
    # (``store.printsfile``); written with its fingerprints, deleted with them.
    "CREATE TABLE IF NOT EXISTS prints (seq BIGINT, pos BIGINT, len INTEGER)",
    # Which row of ``{store}.leads`` holds each document's lead vector (``store.leadsfile``).
    "CREATE TABLE IF NOT EXISTS leads (seq BIGINT, row BIGINT)",
    "CREATE TABLE IF NOT EXISTS bands (band USMALLINT, key UBIGINT, seq BIGINT)",
    # Fact anchors: pairs of names and numbers that share a sentence (detect.sketch.fact_anchors).
    "CREATE TABLE IF NOT EXISTS anchors (h UBIGINT, seq BIGINT)",
    "CREATE TABLE IF NOT EXISTS lines (h UBIGINT, seq BIGINT)",
    # Line hashes shared by so many documents that they are boilerplate, as of the last
    # fingerprinting run (``find`` reads them instead of regrouping ``lines`` per query).
    "CREATE TABLE IF NOT EXISTS boilerplate (h UBIGINT PRIMARY KEY)",
    """CREATE TABLE IF NOT EXISTS candidates (
        a BIGINT, b BIGINT, door TEXT, score DOUBLE, PRIMARY KEY (a, b, door))""",
    # tier: 'quick' (provenance.quick: relation and coverage, no findings; ``note`` says why,
    # ``settled`` false when the full compare should confirm it) or 'full' (compare; findings in
    # ``comparison``).
    """CREATE TABLE IF NOT EXISTS pairs (
        a BIGINT, b BIGINT, relation TEXT, source TEXT, confidence DOUBLE, coverage_a DOUBLE,
        coverage_b DOUBLE, high INTEGER, medium INTEGER, low INTEGER, doors TEXT, comparison JSON,
        tier TEXT, settled BOOLEAN, note TEXT, PRIMARY KEY (a, b))""",
    "CREATE TABLE IF NOT EXISTS stories (story BIGINT, seq BIGINT PRIMARY KEY, role TEXT)",
)
