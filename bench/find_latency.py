"""How long ``find`` takes for one document against an indexed corpus, in a warm process.

Queries are derived documents of a generated corpus (``bench.corpus_gen``) read from its
``corpus.jsonl`` (they have copies in the store, so every query does real work: a query that is
stored itself also meets its own stored copy). Each query is timed with the quick tier only
(``findings="none"``: candidate lookup through the MinHash bands and fact anchors, plus quick
verdicts) and with the full compare of its copies (``"copies"``). The store is opened
read-only once; the first query of each setting is a warm-up and not counted.

Run: ``python bench/corpus_bench.py /tmp/c100k --db /tmp/c100k.duckdb`` (keeps the store), then
``python bench/find_latency.py /tmp/c100k --db /tmp/c100k.duckdb``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import write_results  # noqa: E402

from wiretrace.corpus import Corpus  # noqa: E402
from wiretrace.engines.options import IndexOptions  # noqa: E402
from wiretrace.model import Document  # noqa: E402


def queries(folder: Path, n: int) -> list[Document]:
    derived = set()
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("copy"):
            derived.add(rec["id"])
    out = []
    with open(folder / "corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in derived:
                out.append(Document("query-" + rec["id"], rec["text"], lang=rec.get("lang")))
                if len(out) > n:
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("-n", type=int, default=50, help="queries per setting")
    args = ap.parse_args(argv)
    docs = queries(args.folder, args.n)
    rows = []
    for findings in ("none", "copies"):
        with Corpus.open(args.db, read_only=True, options=IndexOptions(findings=findings)) as corpus:
            n_docs = corpus.store.count()
            times, found = [], []
            for k, doc in enumerate(docs):
                t = time.perf_counter()
                matches = corpus.find(doc)
                if k:
                    times.append(time.perf_counter() - t)
                    found.append(sum(1 for m in matches if m.is_copy))
        rows.append({"findings": findings, "queries": len(times), "documents": n_docs,
                     "median_ms": round(1000 * statistics.median(times), 1),
                     "p90_ms": round(1000 * sorted(times)[int(0.9 * len(times))], 1),
                     "mean_copies_found": round(statistics.mean(found), 2)})
    write_results(f"find_latency_{rows[0]['documents']}", rows, {"db": str(args.db)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
