"""Readers while indexing: a process that finds the store locked reads through the writer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wiretrace.corpus import Corpus
from wiretrace.engines.options import IndexOptions
from wiretrace.store import Store, StoreError
from wiretrace.store.readers import ReaderError, ReaderServer, connect, pointer_path

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    root = tmp_path_factory.mktemp("readers")
    docs = root / "docs"
    shutil.copytree(CORPUS, docs, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    db = root / "store.duckdb"
    with Corpus.open(db, options=IndexOptions(workers=1, doors=("minhash", "anchors"))) as corpus:
        corpus.index([docs])
    return db


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wiretrace", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "200"})


def test_a_reader_gets_the_same_answers_through_the_writer(indexed, tmp_path):
    db = str(indexed)
    direct = [_cli("stories", "--db", db).stdout, _cli("find", "--id", "flood_original.txt", "--db", db).stdout]
    _cli("export", "--what", "pairs", "--format", "jsonl", "--db", db, "--output", str(tmp_path / "a.jsonl"))
    with Store.open(db) as store, ReaderServer(store):
        assert pointer_path(db).exists()
        served = [_cli("stories", "--db", db), _cli("find", "--id", "flood_original.txt", "--db", db)]
        assert [r.returncode for r in served] == [0, 0], [r.stderr for r in served]
        assert [r.stdout for r in served] == direct
        r = _cli("export", "--what", "pairs", "--format", "jsonl", "--db", db, "--output", str(tmp_path / "b.jsonl"))
        assert r.returncode == 0, r.stderr
    assert not pointer_path(db).exists()
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()


def test_readers_cannot_write(indexed):
    with Store.open(str(indexed)) as store, ReaderServer(store):
        remote = connect(str(indexed))
        assert remote is not None
        assert remote.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
        with pytest.raises(ReaderError, match="one SELECT"):
            remote.execute("DELETE FROM documents")
        with pytest.raises(ReaderError, match="one SELECT"):
            remote.execute("SELECT 1; DROP TABLE documents")
        with pytest.raises(ReaderError, match="Catalog"):
            remote.execute("SELECT * FROM no_such_table")
        assert remote.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
        remote.close()


def test_a_reader_sees_committed_writes(indexed):
    with Store.open(str(indexed)) as store, ReaderServer(store):
        remote = connect(str(indexed))
        store.set_meta("probe", "1")
        assert remote.execute("SELECT value FROM meta WHERE key = ?", ["probe"]).fetchall() == [("1",)]
        store.con.execute("DELETE FROM meta WHERE key = 'probe'")
        remote.close()


def test_locked_without_a_server_is_a_clear_error(indexed):
    db = str(indexed)
    with Store.open(db):
        # A pointer left by a killed run leads nowhere.
        pointer_path(db).write_text(json.dumps({"socket": "/nonexistent/store.sock", "pid": 1}))
        try:
            r = _cli("stories", "--db", db)
        finally:
            pointer_path(db).unlink()
    assert r.returncode == 2
    assert "E401" in r.stderr and "open for writing in another process" in r.stderr


def test_the_writer_itself_is_not_affected(indexed):
    with Store.open(str(indexed)) as store, ReaderServer(store):
        with pytest.raises(StoreError):
            Store.open(str(indexed) + ".missing", read_only=True)


def test_an_in_memory_store_serves_no_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store.open(":memory:") as store, ReaderServer(store):
        assert not pointer_path(":memory:").exists()
    assert list(tmp_path.iterdir()) == []
