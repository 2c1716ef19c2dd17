"""Kept lead vectors: the translation door encodes a document once, and finds the same pairs
from kept vectors as from fresh ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from wiretrace.corpus import Corpus
from wiretrace.detect import semantic
from wiretrace.engines.options import IndexOptions
from wiretrace.store import Store, leadsfile

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _semantic(db: Path) -> set:
    with Store.open(db, read_only=True) as store:
        return set(store.con.execute("SELECT a, b FROM candidates WHERE door = 'semantic'").fetchall())


def test_vectors_are_kept_and_reused(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    db = tmp_path / "s.duckdb"
    options = IndexOptions(workers=1, doors=("semantic",))
    with Corpus.open(db, options=options) as c:
        c.index([docs])
    with Store.open(db, read_only=True) as store:
        assert store.count("leads") == store.count() == 20
        rows = dict(store.con.execute("SELECT seq, row FROM leads").fetchall())
        texts = dict(store.con.execute("SELECT seq, text FROM documents").fetchall())
    first = _semantic(db)
    assert first  # the example corpus holds translations
    kept = leadsfile.read(f"{db}.leads", np.array([rows[s] for s in sorted(rows)]))
    fresh = semantic.lead_vectors([texts[s] for s in sorted(rows)])
    assert np.allclose(kept, fresh, atol=2e-3)  # half precision

    encoded: list[int] = []
    real = semantic.lead_vectors
    monkeypatch.setattr(semantic, "lead_vectors", lambda texts: encoded.append(len(texts)) or real(texts))
    with Store.open(db) as store:
        store.con.execute("DELETE FROM candidates")
    (docs / "new.txt").write_text("A new story about nothing in particular, written for this test.\n",
                                  encoding="utf-8")
    with Corpus.open(db, options=options) as c:
        c.index([docs])
    assert sum(encoded) == 1  # only the added document
    assert _semantic(db) >= first


def test_a_changed_lead_rule_drops_the_kept_vectors(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        path = leadsfile.usable(store, "scheme-a")
        leadsfile.append(store, path, np.array([0, 1]), np.ones((2, leadsfile.DIM), np.float32))
        assert store.count("leads") == 2
        assert leadsfile.usable(store, "scheme-a") == path and store.count("leads") == 2
        leadsfile.usable(store, "scheme-b")
        assert store.count("leads") == 0
        Path(path).unlink()
        leadsfile.append(store, path, np.array([0]), np.ones((1, leadsfile.DIM), np.float32))
        Path(path).write_bytes(b"")  # the file lost: its rows go
        leadsfile.usable(store, "scheme-b")
        assert store.count("leads") == 0
