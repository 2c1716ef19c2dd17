"""Packed prints: fingerprinting keeps each document's shingles and sketch for the verifier, and
verdicts are the same whether they are read back or computed again from the texts."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from wiretrace.corpus import Corpus
from wiretrace.detect.prints import compact, pack, prints_many, unpack
from wiretrace.engines.options import IndexOptions
from wiretrace.store import Store, StoreError, printsfile

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
TEXTS = ["Plain English. Two sentences here, with 42 and Mr. Smith.", "", "日本語の文。もう一つの文。",
         "Line one\nline two without an end"]


def test_a_record_unpacks_to_what_was_packed():
    p = prints_many(TEXTS, 5)
    for seq, (sh, sk) in enumerate(zip(p.shingles, p.sketches, strict=True)):
        rec = pack(seq + 7, sh, sk)
        assert len(rec) % 8 == 0
        sh2, sk2 = unpack(rec, seq + 7)
        sh, sk = compact(sh, sk)
        assert np.array_equal(sh, sh2)
        for f in ("stems", "sents", "marks", "words"):
            assert np.array_equal(getattr(sk, f), getattr(sk2, f)), f
            assert getattr(sk, f).dtype == getattr(sk2, f).dtype, f


def test_a_record_of_another_document_or_cut_short_is_refused():
    p = prints_many(TEXTS[:1], 5)
    rec = pack(3, p.shingles[0], p.sketches[0])
    with pytest.raises(ValueError, match="of document 3"):
        unpack(rec, 4)
    with pytest.raises(ValueError):
        unpack(rec[: len(rec) // 2], 3)


def _index(db: Path, docs: Path) -> None:
    with Corpus.open(db, options=IndexOptions(workers=2)) as corpus:
        corpus.index([docs])


def _verdicts(db: Path) -> dict:
    with Store.open(db, read_only=True) as store:
        return {(a, b): rest for a, b, *rest in store.con.execute(
            "SELECT a, b, relation, confidence, coverage_a, coverage_b, note FROM pairs WHERE tier = 'quick'"
        ).fetchall()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("prints")
    docs = root / "docs"
    shutil.copytree(CORPUS, docs, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    return root, docs


def test_verdicts_are_the_same_from_packed_prints_and_from_texts(corpus):
    root, docs = corpus
    _index(root / "a.duckdb", docs)
    with Store.open(root / "a.duckdb", read_only=True) as store:
        path = printsfile.path_of(store)
        rows = store.con.execute("SELECT seq, pos, len FROM prints ORDER BY seq").fetchall()
        assert len(rows) == store.count() == 20
    reader = pickle.loads(pickle.dumps(printsfile.Reader(path)))  # as a worker receives it
    for seq, pos, length in rows:
        reader.read(seq, pos, length)  # every record is its document's
    # The same corpus verified again with the prints file gone: from the texts.
    _index(root / "b.duckdb", docs)
    with Store.open(root / "b.duckdb") as store:
        store.con.execute("DELETE FROM pairs")
    Path(f"{root / 'b.duckdb'}.prints").unlink()
    _index(root / "b.duckdb", docs)
    with Store.open(root / "b.duckdb", read_only=True) as store:
        assert store.count("prints") == 0  # rows pointing into a missing file were dropped
    assert _verdicts(root / "a.duckdb") == _verdicts(root / "b.duckdb") != {}


def test_a_record_read_from_a_replaced_file_is_refused(corpus, tmp_path):
    _, docs = corpus
    db = tmp_path / "c.duckdb"
    _index(db, docs)
    with Store.open(db, read_only=True) as store:
        seq, pos, length = store.con.execute("SELECT seq, pos, len FROM prints ORDER BY seq DESC LIMIT 1").fetchall()[0]
    with pytest.raises(StoreError, match="delete"):
        printsfile.Reader(f"{db}.prints").read(seq + 1, pos, length)
