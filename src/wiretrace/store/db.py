"""Open, create and write a wiretrace store (an embedded DuckDB file; no server).

Writes are idempotent: a document already stored with the same id and content hash is skipped;
the same id with new text replaces the old text and drops everything derived from it. Every
batch commits as one transaction, so a run killed at any point resumes on rerun with each
document stored exactly once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from ..errors import WiretraceError
from ..model import Document
from . import readers
from .schema import DDL, SCHEMA_VERSION, UPGRADES

MEMORY_LIMIT = "3GB"  # IndexOptions.store_memory
CHECKPOINT_THRESHOLD = "1GB"


class StoreError(WiretraceError):
    code = "E401"
    fix = "index into a new --db file, or re-index this corpus with the current version"


def in_list(column: str, values) -> str:
    """``column IN (v1, v2, ...)`` with the integers written out. Measured at a million documents,
    the shingles of 4,000 random documents: 0.6 s cold with a literal list, 1.9 s with
    ``IN (SELECT unnest(?))`` (both plans scan; the literal list filters the scan earlier)."""
    ints = [int(v) for v in values]  # ints only: nothing else reaches the SQL text
    return f"{column} IN ({', '.join(map(str, ints))})" if ints else "FALSE"


def content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int
    updated: int
    unchanged: int
    # (seq, content_hash, text, lang) of each document added or updated: what fingerprinting
    # needs, handed on while the texts are in memory.
    stored: tuple[tuple[int, str, str, str | None], ...] = ()


class Store:
    """A connection to one store file. ``Store.open(path)`` creates it when missing."""

    def __init__(self, con, path: str) -> None:
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, memory_limit: str = MEMORY_LIMIT) -> Store:
        try:
            import duckdb
        except ImportError as exc:
            from ..errors import DependencyError

            raise DependencyError("the corpus store needs DuckDB", fix="pip install 'wiretrace[corpus]'") from exc
        path = str(path)
        if read_only and not Path(path).exists():
            raise StoreError(f"no store at {path}", fix="run `wiretrace index PATH --db FILE` first")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            # Another process holds the file; an index run serves reads (``readers``).
            remote = readers.connect(path) if read_only else None
            if remote is None:
                raise StoreError(f"{path} is open for writing in another process",
                                 fix="wait for that process to finish (an index run serves readers; "
                                     "this one does not)") from exc
            return cls(remote, path)
        store = cls(con, path)
        # DuckDB's buffer pool otherwise grows to 80 % of RAM, and the worker processes need room.
        con.execute(f"SET memory_limit = '{memory_limit}'")
        if not read_only:
            # A checkpoint rewrites the tables touched since the last one; at the default 16 MB of
            # WAL an index run checkpointed every few batches (a third of the time spent storing
            # documents). Recovery after a kill replays the longer WAL instead.
            con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            for stmt in DDL:
                con.execute(stmt)
            found = next(iter(con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()), None)
            if found is None:
                con.execute("INSERT INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
            elif found[0] in UPGRADES:  # the DDL above added what it lacked
                con.execute("UPDATE meta SET value = ? WHERE key = 'schema'", [SCHEMA_VERSION])
            elif found[0] != SCHEMA_VERSION:
                raise StoreError(f"{path} was made with {found[0]}; this wiretrace reads {SCHEMA_VERSION}")
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def one(self, sql: str, params: list | None = None) -> tuple | None:
        """The first row of a query, read to the end: DuckDB 2 refuses new work on a connection
        whose last result was not fully fetched (``fetchone`` leaves it open)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0] if rows else None

    # -- meta ---------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", [key])
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    # -- documents ----------------------------------------------------------------------------
    def add_documents(self, docs: Sequence[Document], source: str = "") -> AddResult:
        """Store a batch in one transaction; see the module docstring for the rules."""
        if not docs:
            return AddResult(0, 0, 0)
        batch: dict[str, tuple[Document, str]] = {}
        for d in docs:  # the last version of an id within a batch wins
            batch[d.id] = (d, content_hash(d.text))
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = list(batch)
            known = dict(con.execute(
                "SELECT id, content_hash FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall())
            new = [batch[i] for i in ids if i not in known]
            changed = [batch[i] for i in ids if i in known and known[i] != batch[i][1]]
            stored: list[tuple[int, str, str, str | None]] = []
            if changed:
                seq_of = dict(con.execute(
                    "SELECT id, seq FROM documents WHERE id IN (SELECT unnest(?))", [[d.id for d, _ in changed]]
                ).fetchall())
                self._forget_derived(list(seq_of.values()))
                stored.extend((seq_of[d.id], h, d.text, d.lang) for d, h in changed)
                for d, h in changed:
                    con.execute(
                        "UPDATE documents SET content_hash=?, text=?, title=?, url=?, outlet=?, published=?, "
                        "lang=?, n_chars=?, source=? WHERE id=?",
                        [h, d.text, d.title, d.url, d.outlet, d.published, d.lang, len(d.text), source, d.id])
            if new:
                start = con.execute("SELECT coalesce(max(seq), -1) + 1 FROM documents").fetchall()[0][0]
                # One Arrow batch: executemany inserts row by row (8 s per 10,000 articles).
                cols = list(zip(*[(d.id, h, d.text, d.title, d.url, d.outlet, d.published, d.lang, len(d.text))
                                  for d, h in new], strict=True))
                table = pa.table({
                    "seq": pa.array(range(start, start + len(new)), pa.int64()),
                    **{name: pa.array(col, pa.string()) for name, col in zip(
                        ("id", "content_hash", "text", "title", "url", "outlet", "published", "lang"), cols[:8],
                        strict=True)},
                    "n_chars": pa.array(cols[8], pa.int32()),
                    "source": pa.array([source] * len(new), pa.string())})
                con.register("_documents_batch", table)
                try:
                    con.execute("INSERT INTO documents SELECT * FROM _documents_batch")
                finally:
                    con.unregister("_documents_batch")
                stored.extend((start + k, h, d.text, d.lang) for k, (d, h) in enumerate(new))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return AddResult(len(new), len(changed), len(ids) - len(new) - len(changed), tuple(stored))

    def _forget_derived(self, seqs: list[int]) -> None:
        from .lookup import invalidate

        invalidate(self)  # find's lookup files would still hold the old text's keys
        for table in ("fingerprints", "prints", "leads", "bands", "anchors", "lines"):
            self.con.execute(f"DELETE FROM {table} WHERE seq IN (SELECT unnest(?))", [seqs])
        self.con.execute("DELETE FROM candidates WHERE a IN (SELECT unnest(?)) OR b IN (SELECT unnest(?))",
                         [seqs, seqs])
        self.con.execute("DELETE FROM pairs WHERE a IN (SELECT unnest(?)) OR b IN (SELECT unnest(?))",
                         [seqs, seqs])

    def beside(self, suffix: str) -> str | None:
        """The path of a file kept beside the store's (``{path}{suffix}``); None for an in-memory
        store, which keeps none."""
        return None if self.path in ("", ":memory:") else f"{self.path}{suffix}"

    def count(self, table: str = "documents") -> int:
        return self.one(f"SELECT count(*) FROM {table}")[0]

    def document(self, seq: int) -> Document:
        row = self.one("SELECT id, text, title, url, outlet, published, lang FROM documents WHERE seq = ?", [seq])
        if row is None:
            raise StoreError(f"no document with seq {seq} in {self.path}")
        return Document(*row)

    def seq_of(self, doc_id: str) -> int | None:
        row = self.one("SELECT seq FROM documents WHERE id = ?", [doc_id])
        return row[0] if row else None

    def documents(self, seqs: Iterable[int]) -> dict[int, Document]:
        seqs = list(seqs)
        rows = self.con.execute(
            f"SELECT seq, id, text, title, url, outlet, published, lang FROM documents WHERE {in_list('seq', seqs)}"
        ).fetchall()
        return {r[0]: Document(*r[1:]) for r in rows}
