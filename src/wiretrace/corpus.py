"""``Corpus``: a store of articles and every copy relation in it, for Python callers.

    >>> with Corpus.open("news.duckdb") as corpus:
    ...     report = corpus.index(["articles/"])
    ...     corpus.find(Document("new", text))       # its copies in the corpus, verified
    ...     corpus.find_id("articles/a.txt")         # stored verdicts for a stored document
    ...     corpus.stories()                         # families, largest first
    ...     corpus.tree("articles/a.txt")            # a story's family tree and coverage map

Browsing reads (what the web viewer shows) work on a store opened ``read_only=True``:
``browse(StoryFilter(...))``, ``story(id)``, ``document(id)``, ``pairs_of(id)``, ``pair(a, b)``
and ``comparison(a, b)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .engines.find_step import Match, find_copies
from .engines.local import IndexReport, index
from .engines.options import IndexOptions
from .engines.tree_step import StoryTree, story_tree
from .errors import ParameterError
from .ingest import FieldMapping
from .model import Comparison, Document
from .report.json import from_dict
from .store import Store, StoreError, browse
from .store.browse import Member, PairRow, StoryFilter, StorySummary
from .text import detect_language


@dataclass(frozen=True, slots=True)
class StoryRow:
    story: str  # id of the story's first document
    size: int
    documents: tuple[str, ...]


EXPORTS = {
    "pairs": """SELECT da.id AS a_id, db.id AS b_id, p.relation, p.source, p.confidence,
                       p.coverage_a, p.coverage_b, p.high, p.medium, p.low, p.doors, p.tier
                FROM pairs p JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b
                ORDER BY da.id, db.id""",
    "stories": """SELECT ds.id AS story, d.id AS doc_id, s.role FROM stories s
                  JOIN documents d ON d.seq = s.seq JOIN documents ds ON ds.seq = s.story
                  ORDER BY ds.id, d.id""",
    "findings": """SELECT da.id AS a_id, db.id AS b_id, f.kind, f.change, f.severity,
                          f.a.start AS a_start, f.a."end" AS a_end, f.b.start AS b_start, f.b."end" AS b_end,
                          f.explanation
                   FROM (SELECT a, b, unnest(from_json(comparison->'findings',
                          '[{"kind":"VARCHAR","change":"VARCHAR","severity":"VARCHAR",
                             "a":{"start":"INTEGER","end":"INTEGER"},"b":{"start":"INTEGER","end":"INTEGER"},
                             "explanation":"VARCHAR"}]')) AS f FROM pairs) x
                   JOIN documents da ON da.seq = x.a JOIN documents db ON db.seq = x.b""",
}
EXPORT_SCHEMA = "wiretrace.export/2"


class Corpus:
    def __init__(self, store: Store, options: IndexOptions | None = None) -> None:
        self.store = store
        self.options = options or IndexOptions()

    @classmethod
    def open(cls, db: str | Path, *, read_only: bool = False, options: IndexOptions | None = None) -> Corpus:
        options = options or IndexOptions()
        return cls(Store.open(db, read_only=read_only, memory_limit=options.store_memory), options)

    def close(self) -> None:
        self.store.close()

    def cursor(self) -> Corpus:
        """A Corpus on a new cursor of the same connection: one per thread (a DuckDB connection
        must not be used from two threads at once). Close it when done; the store stays open.
        A store read through an index run (``store.readers``) has no cursors: its connection
        serialises queries itself, so the Corpus returned shares it and leaves it open on close."""
        make = getattr(self.store.con, "cursor", None)
        if make is None:
            return _SharedCorpus(self.store, self.options)
        return Corpus(Store(make(), self.store.path), self.options)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, docs: Iterable[Document]) -> None:
        """Store documents (idempotent); ``index([])`` afterwards finds their copies."""
        docs = [d if d.lang else replace(d, lang=detect_language(d.text)) for d in docs]
        for k in range(0, len(docs), self.options.batch):
            self.store.add_documents(docs[k:k + self.options.batch])

    def index(self, paths: Iterable[str | Path] = (), *, mapping: FieldMapping | None = None,
              progress=None) -> IndexReport:
        return index(self.store, paths, mapping=mapping, options=self.options, progress=progress)

    def find(self, doc: Document, *, keep_comparisons: bool = False) -> list[Match]:
        return find_copies(self.store, doc, self.options, keep_comparisons)

    def find_id(self, doc_id: str) -> list[Match]:
        seq = self.store.seq_of(doc_id)
        if seq is None:
            raise StoreError(f"no document {doc_id!r} in {self.store.path}", fix="check the id with `wiretrace stories`")
        rows = self.store.con.execute("""
            SELECT CASE WHEN p.a = ? THEN db.id ELSE da.id END, p.relation,
                   CASE WHEN p.source = 'unknown' THEN 'unknown'
                        WHEN (p.source = 'a') = (p.a = ?) THEN 'query' ELSE 'stored' END,
                   p.confidence,
                   CASE WHEN p.a = ? THEN p.coverage_b ELSE p.coverage_a END,
                   CASE WHEN p.a = ? THEN p.coverage_a ELSE p.coverage_b END, p.high, p.medium, p.low, p.tier
            FROM pairs p JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b
            WHERE p.a = ? OR p.b = ?""", [seq] * 6).fetchall()
        matches = [Match(*r[:9], None, r[9]) for r in rows]
        return sorted(matches, key=lambda m: (not m.is_copy, -m.coverage_query, -m.coverage_stored, m.id))

    def stories(self, limit: int | None = None) -> list[StoryRow]:
        rows = self.store.con.execute("""
            SELECT ds.id, count(*) AS n, list(d.id ORDER BY d.seq) FROM stories s
            JOIN documents d ON d.seq = s.seq JOIN documents ds ON ds.seq = s.story
            GROUP BY ds.id ORDER BY n DESC, ds.id""" + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [StoryRow(r[0], r[1], tuple(r[2])) for r in rows]

    def tree(self, key: str, *, by_document: bool = False) -> StoryTree:
        """The family tree and coverage map of story ``key`` (an id ``stories()`` lists), or of the
        story holding document ``key`` when ``by_document``."""
        return story_tree(self.store, key, by_document=by_document)

    # -- browsing ---------------------------------------------------------------------------------
    def _seq(self, doc_id: str) -> int:
        seq = self.store.seq_of(doc_id)
        if seq is None:
            raise StoreError(f"no document {doc_id!r} in {self.store.path}", fix="check the id with `wiretrace stories`")
        return seq

    def document(self, doc_id: str) -> Document:
        return self.store.document(self._seq(doc_id))

    def browse(self, filters: StoryFilter | None = None) -> tuple[list[StorySummary], int]:
        """One page of the stories matching ``filters``, largest first, and how many match in all."""
        return browse.stories(self.store, filters or StoryFilter())

    def facets(self) -> dict[str, list[str]]:
        """Outlets, languages and relations found in the store: the values filters can take."""
        return browse.facets(self.store)

    def story(self, story_id: str) -> tuple[list[Member], list[PairRow]]:
        """A story's members (in arrival order) and every verified pair between them."""
        seq = browse.story_seq(self.store, story_id)
        if seq is None:
            raise StoreError(f"no story {story_id!r} in {self.store.path}",
                             fix="a story is named by its first document's id: see `wiretrace stories`")
        return browse.members(self.store, seq), browse.story_pairs(self.store, seq)

    def story_of(self, doc_id: str) -> str | None:
        return browse.story_of(self.store, doc_id)

    def pairs_of(self, doc_id: str) -> list[PairRow]:
        """Every verified pair with the document on either side (export's pair columns)."""
        return browse.document_pairs(self.store, self._seq(doc_id))

    def pair(self, a_id: str, b_id: str) -> tuple[PairRow, dict | None]:
        """The stored pair (either order of the ids) and its ``compare/2`` JSON, None on the quick tier.
        The row's ``a_id`` is the document stored first, as in the store and its exports."""
        found = browse.pair(self.store, self._seq(a_id), self._seq(b_id))
        if found is None:
            raise StoreError(f"no verified pair of {a_id!r} and {b_id!r} in {self.store.path}",
                             fix="see the document's pairs with `wiretrace find --id ID`")
        row, comparison = found
        return row, None if comparison is None else json.loads(comparison)

    def comparison(self, a_id: str, b_id: str) -> Comparison | None:
        """The stored full comparison of a pair as a Comparison (sides as stored), None on the quick tier."""
        row, d = self.pair(a_id, b_id)
        if d is None:
            return None
        return from_dict(d, self.document(row.a_id), self.document(row.b_id))

    def export(self, what: str, fmt: str, out: str | Path) -> int:
        """Write pairs, stories or findings as JSONL or Parquet; returns the row count."""
        if what not in EXPORTS:
            raise ParameterError(f"The 'what' parameter of export must be one of {sorted(EXPORTS)}. Got {what!r}.")
        if fmt not in ("jsonl", "parquet"):
            raise ParameterError(f"The 'format' parameter of export must be 'jsonl' or 'parquet'. Got {fmt!r}.")
        rel = self.store.con.sql(EXPORTS[what])
        if fmt == "parquet":
            rel.write_parquet(str(out))
            return len(rel)
        n = 0
        with open(out, "w", encoding="utf-8") as fh:
            cols = rel.columns
            for row in rel.fetchall():
                rec = dict(zip(cols, row, strict=True))
                rec["schema"] = EXPORT_SCHEMA
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return n


class _SharedCorpus(Corpus):
    """``Corpus.cursor()`` over a connection that cannot make cursors: closing it closes nothing."""

    def close(self) -> None:
        pass
