"""The verifier's flat text file: every stored text read back exactly, in worker processes too."""

from __future__ import annotations

import pickle

from wiretrace import Document
from wiretrace.store import Store
from wiretrace.store.texts import export


def test_texts_read_back_exactly_after_pickling(tmp_path):
    texts = ["Plain English.", "Ünïcödé — “quotes” and 日本語の文。", "x" * 70000, "Last one.\n\nTwo lines."]
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add_documents([Document(f"d{k}", t) for k, t in enumerate(texts)])
        seqs = dict(store.con.execute("SELECT id, seq FROM documents").fetchall())
        f = export(store)
        try:
            again = pickle.loads(pickle.dumps(f))  # as a worker process receives it
            assert [again.text(seqs[f"d{k}"]) for k in range(len(texts))] == texts
            again.close()
        finally:
            f.remove()


def test_only_the_texts_asked_for_are_written(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add_documents([Document(f"d{k}", f"Text number {k}.") for k in range(5)])
        seqs = dict(store.con.execute("SELECT id, seq FROM documents").fetchall())
        f = export(store, [seqs["d1"], seqs["d3"]])
        try:
            assert (f.text(seqs["d1"]), f.text(seqs["d3"]), f.text(seqs["d2"])) == ("Text number 1.",
                                                                                  "Text number 3.", "")
        finally:
            f.remove()


def test_an_empty_store_exports_an_empty_file(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        f = export(store)
        f.remove()
