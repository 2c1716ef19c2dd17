"""An index run killed with SIGKILL (no cleanup, no atexit) resumes on rerun: every document is
stored exactly once and the verdicts are those of a run never interrupted.

Where a kill lands depends on the machine's speed; the property must hold wherever it lands. The
test kills three times, at 45, 60 and 85 % of the time a clean run took (past the start-up imports: in
ingest, fingerprinting or the doors, then in the verifier or the stories, on this machine).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wiretrace.corpus import Corpus
from wiretrace.engines.options import IndexOptions

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.corpus_gen import write  # noqa: E402

OPTIONS = ["--doors", "minhash,anchors", "--findings", "none", "--workers", "2"]


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    write.generate(out, 3000, seed=7, workers=1, progress=False)
    return out / "corpus.jsonl"


def _index(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "wiretrace", "index", str(corpus), "--db", str(db), *OPTIONS],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _verdicts(db: Path) -> tuple[int, int, set[tuple]]:
    with Corpus.open(db, read_only=True, options=IndexOptions()) as corpus:
        con = corpus.store.con
        n, ids = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchall()[0]
        pairs = set(con.execute("""
            SELECT da.id, db.id, p.relation FROM pairs p
            JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b""").fetchall())
    return n, ids, pairs


def test_a_killed_run_resumes_to_the_same_result(corpus_file, tmp_path):
    clean = tmp_path / "clean.duckdb"
    start = time.perf_counter()
    assert _index(corpus_file, clean).wait(timeout=300) == 0
    took = time.perf_counter() - start
    expected = _verdicts(clean)
    n_docs = sum(1 for line in corpus_file.open(encoding="utf-8") if line.strip())
    assert expected[:2] == (n_docs, n_docs) and expected[2]

    db = tmp_path / "killed.duckdb"
    for share in (0.45, 0.6, 0.85):
        run = _index(corpus_file, db)
        time.sleep(share * took)
        if run.poll() is None:
            os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
    assert _index(corpus_file, db).wait(timeout=300) == 0
    assert _verdicts(db) == expected

