"""The fingerprint step: one pass per document, boilerplate left out of the shingles behind the
stored band keys."""

from __future__ import annotations

from wiretrace import Document
from wiretrace.corpus import Corpus
from wiretrace.detect.minhash import EMPTY_BAND_KEY, MinHashScheme, band_keys, signatures
from wiretrace.detect.shingles import paragraph_hashes, shingle_hashes
from wiretrace.engines.options import BOILERPLATE_MIN_DOCS, IndexOptions

FOOTER = "Subscribe to the Harbour Gazette for daily news from the valley and beyond."
OTHER = "Copyright the Valley Courier; all rights reserved, reproduction prohibited."


def _doc(k: int, footer: str) -> Document:
    body = (f"Story number {k} tells of the {k}th council meeting in town {k * 7}, where members "
            f"argued about budget item {k * 13} for a long time before voting.")
    return Document(f"d{k}", f"{body}\n{footer}\n")


def _stored_equals_fresh(corpus: Corpus, skip: set[int]) -> bool:
    """The stored band keys are those of the shingles without the ``skip`` lines."""
    scheme = MinHashScheme()
    texts = dict(corpus.store.con.execute("SELECT seq, text FROM documents").fetchall())
    stored = set(corpus.store.con.execute("SELECT seq, band, key FROM bands").fetchall())
    fresh = set()
    for seq, text in texts.items():
        keys = band_keys(signatures([shingle_hashes(text, 5, skip)], scheme), scheme)[0]
        fresh |= {(seq, band, int(k)) for band, k in enumerate(keys) if k != EMPTY_BAND_KEY}
    return stored == fresh


def test_boilerplate_is_found_after_one_pass_and_its_documents_redone(tmp_path):
    n = BOILERPLATE_MIN_DOCS
    footer_h = int(paragraph_hashes(FOOTER)[0])
    other_h = int(paragraph_hashes(OTHER)[0])
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1, doors=("minhash",))) as corpus:
        corpus.add([_doc(k, FOOTER) for k in range(n)])
        corpus.index()
        assert {r[0] for r in corpus.store.con.execute("SELECT h FROM boilerplate").fetchall()} == {footer_h}
        assert _stored_equals_fresh(corpus, {footer_h})
        # A second batch makes another line boilerplate: documents stored earlier are redone too.
        corpus.add([_doc(k, OTHER) for k in range(n, 2 * n)])
        corpus.index()
        assert _stored_equals_fresh(corpus, {footer_h, other_h})


def test_a_run_killed_before_the_set_was_saved_redoes_on_rerun(tmp_path):
    n = BOILERPLATE_MIN_DOCS
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1, doors=("minhash",))) as corpus:
        corpus.add([_doc(k, FOOTER) for k in range(n)])
        corpus.index()
        # As if killed after the first pass: the set not saved yet, the flag still up.
        corpus.store.con.execute("DELETE FROM boilerplate")
        corpus.store.set_meta("boilerplate_stale", "1")
        corpus.index()
        assert _stored_equals_fresh(corpus, {int(paragraph_hashes(FOOTER)[0])})
        assert corpus.store.get_meta("boilerplate_stale") is None


def test_a_first_run_estimates_the_set_and_fingerprints_each_document_once(tmp_path, monkeypatch):
    from wiretrace.engines import fingerprint_step

    done: list[int] = []
    real = fingerprint_step._run

    def counting(store, options, scheme, seqs, skip, tick):
        done.extend(seqs)
        return real(store, options, scheme, seqs, skip, tick)

    monkeypatch.setattr(fingerprint_step, "_run", counting)
    monkeypatch.setattr(fingerprint_step, "SAMPLE", 40)  # a sample smaller than the corpus
    monkeypatch.setattr(fingerprint_step, "SAMPLE_BLOCKS", 4)
    n = 3 * BOILERPLATE_MIN_DOCS
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1, doors=("minhash",))) as corpus:
        corpus.add([_doc(k, FOOTER) for k in range(n)])
        corpus.index()
        assert sorted(done) == list(range(n))
        assert _stored_equals_fresh(corpus, {int(paragraph_hashes(FOOTER)[0])})


def test_documents_are_fingerprinted_as_ingest_stores_them_each_once(tmp_path, monkeypatch):
    from wiretrace.engines import fingerprint_step

    hashed: list[str] = []
    real = fingerprint_step._print_job

    def counting(job):
        hashed.extend(job[0])
        return real(job)

    monkeypatch.setattr(fingerprint_step, "_print_job", counting)
    folder = tmp_path / "docs"
    folder.mkdir()
    n = 3 * BOILERPLATE_MIN_DOCS
    for k in range(n):
        (folder / f"d{k}.txt").write_text(_doc(k, FOOTER).text, encoding="utf-8")
    with Corpus.open(tmp_path / "s.duckdb", options=IndexOptions(workers=1, doors=("minhash",))) as corpus:
        report = corpus.index([folder])
        assert report.fingerprinted == n and len(hashed) == n  # the first batch's estimate was right
        assert _stored_equals_fresh(corpus, {int(paragraph_hashes(FOOTER)[0])})
        again = corpus.index([folder])
        assert again.fingerprinted == 0 and len(hashed) == n
