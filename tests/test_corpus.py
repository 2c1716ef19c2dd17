"""The corpus flow end to end on the bundled example corpus (invented stories and copies)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wiretrace import Document
from wiretrace.corpus import Corpus
from wiretrace.engines.options import IndexOptions

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    docs = root / "docs"
    shutil.copytree(CORPUS, docs, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    db = root / "store.duckdb"
    with Corpus.open(db, options=IndexOptions(workers=1)) as corpus:
        report = corpus.index([docs])
    return db, docs, report


def _families(db) -> list[set[str]]:
    with Corpus.open(db, read_only=True) as corpus:
        return [set(s.documents) for s in corpus.stories()]


def test_every_copy_lands_in_its_story_and_nothing_else_does(indexed):
    db, _, report = indexed
    assert report.added == 20 and not report.bad
    fams = _families(db)
    story = {doc: k for k, fam in enumerate(fams) for doc in fam}
    for stem in ("portstrike", "flood", "breach", "court", "election"):
        members = {d for d in story if d.startswith(stem) and "independent" not in d}
        assert len({story[d] for d in members}) == 1, (stem, fams)
        assert f"{stem}_original.txt" in members
    assert "flood_independent.txt" not in story  # the same event, written independently
    assert not any(d.startswith("unrelated") for d in story)
    # the translation is found through the semantic door and verified
    assert story["breach_translation_de.txt"] == story["breach_original.txt"]


def test_a_second_run_changes_nothing(indexed):
    db, docs, _ = indexed
    with Corpus.open(db, options=IndexOptions(workers=1)) as corpus:
        report = corpus.index([docs])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 20)
    assert report.fingerprinted == 0 and report.verified == 0


def test_find_a_new_document_and_a_stored_one(indexed):
    db, docs, _ = indexed
    text = (docs / "portstrike_roundtrip.txt").read_text(encoding="utf-8")
    with Corpus.open(db, read_only=True) as corpus:
        found = corpus.find(Document("new.txt", text))
        assert found[0].id in ("portstrike_roundtrip.txt",)  # itself, verbatim
        copies = {m.id for m in found if m.is_copy}
        assert {"portstrike_original.txt", "portstrike_reprint.txt"} <= copies
        stored = corpus.find_id("portstrike_original.txt")
        assert {"portstrike_reprint.txt", "portstrike_roundtrip.txt"} <= {m.id for m in stored if m.is_copy}


def test_exports(indexed, tmp_path):
    db, _, _ = indexed
    with Corpus.open(db, read_only=True) as corpus:
        n = corpus.export("pairs", "jsonl", tmp_path / "pairs.jsonl")
        rows = [json.loads(line) for line in (tmp_path / "pairs.jsonl").read_text().splitlines()]
        assert n == len(rows) > 0
        assert {"a_id", "b_id", "relation", "source", "confidence", "coverage_a", "coverage_b"} <= set(rows[0])
        assert corpus.export("stories", "parquet", tmp_path / "stories.parquet") > 0
        assert corpus.export("findings", "jsonl", tmp_path / "findings.jsonl") > 0


def test_changed_text_is_updated_and_reverified(tmp_path):
    a = "Dockers walked out at the port on Monday after pay talks collapsed, the union said.\n" * 3
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1)) as corpus:
        corpus.add([Document("x", a), Document("y", a)])
        first = corpus.index()
        corpus.add([Document("y", a + "A new closing paragraph about the talks was added later on.\n")])
        second = corpus.index()
    assert first.verified == 1 and second.verified == 1


def test_bad_records_are_reported_and_the_rest_is_stored(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "A story about the harbour strike and its end."}\n{broken\n'
                   '{"id": "3", "text": ""}\n{"id": "4", "text": "Another story, about a flood in the valley."}\n',
                   encoding="utf-8")
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1)) as corpus:
        report = corpus.index([src])
    assert report.added == 2
    assert sorted(b.code for b in report.bad) == ["E102", "E106"]
    assert all("in.jsonl" in str(b) for b in report.bad)


def test_lookup_files_give_the_same_candidates_as_sql(indexed):
    from wiretrace.engines.find_step import candidates_for
    from wiretrace.store import lookup
    from wiretrace.store.queries import saved_boilerplate

    db, docs, _ = indexed
    with Corpus.open(db, read_only=True) as corpus:
        files = lookup.load(corpus.store)
        assert files is not None  # written by the index run
        skip = saved_boilerplate(corpus.store)
        for path in sorted(docs.glob("*.txt")):
            doc = Document("q", path.read_text(encoding="utf-8"))
            via_sql = candidates_for(corpus.store, doc, corpus.options, skip)
            assert candidates_for(corpus.store, doc, corpus.options, skip, files) == via_sql, path.name
            assert via_sql  # every stored document finds at least itself


def test_an_updated_document_retires_the_lookup_files(tmp_path):
    from wiretrace.store import lookup

    a = "Dockers walked out at the port on Monday after pay talks collapsed, the union said.\n" * 3
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1)) as corpus:
        corpus.add([Document("x", a)])
        corpus.index()
        assert lookup.load(corpus.store) is not None
        corpus.add([Document("x", a + "A new closing paragraph.\n")])
        assert lookup.load(corpus.store) is None  # find falls back to SQL
        corpus.index()
        assert lookup.load(corpus.store) is not None


def test_cursor_shares_a_connection_that_has_no_cursors():
    # A store read through an index run (store.readers) has a connection without cursor().
    from wiretrace.store import Store

    class Remote:
        closed = False

        def close(self):
            self.closed = True

    remote = Remote()
    shared = Corpus(Store(remote, "x.duckdb")).cursor()
    assert shared.store.con is remote
    shared.close()
    assert not remote.closed
