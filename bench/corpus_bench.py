"""Index a generated corpus and measure what the three doors and verification find.

Input: a folder written by ``python -m bench.corpus_gen`` (corpus.jsonl, labels.jsonl,
lost.jsonl). For every derived document we ask whether the index verified a copy relation
with its parent — or, when the parent is a lost intermediate, with any document of its family.

* recall per kind: share of derived documents of that kind found that way;
* precision: share of verified copy pairs whose two documents belong to the same true family
  (independent reports of an event are not family);
* candidates per door, and how many of the found relations each door alone produced;
* stories: count, largest story vs largest true family (giant false clusters show here);
* time per stage, documents per second, peak memory: ru_maxrss of this process and of the
  largest worker (a worker's counts the pages it shares with the parent it was forked from), and
  the machine's memory in use (MemTotal - MemAvailable, sampled every second) above what was in
  use before the run: the figure to hold against a memory budget.

Run: ``python -m bench.corpus_gen --size 10000 --out /tmp/c10k && python bench/corpus_bench.py /tmp/c10k``
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import write_results  # noqa: E402

from wiretrace.corpus import Corpus  # noqa: E402
from wiretrace.engines.local import progress_bar  # noqa: E402
from wiretrace.engines.options import IndexOptions  # noqa: E402

COPY_RELATIONS = ("verbatim", "edited", "rewrite", "summary", "round_trip", "translation")


def load_labels(folder: Path) -> tuple[dict[str, dict], set[str]]:
    labels = {}
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            labels[rec["id"]] = rec
    lost = set()
    lost_file = folder / "lost.jsonl"
    if lost_file.exists():
        lost = {json.loads(x)["id"] for x in lost_file.read_text(encoding="utf-8").splitlines() if x.strip()}
    return labels, lost


def family_of(doc_id: str, labels: dict[str, dict]) -> str | None:
    rec = labels.get(doc_id)
    if rec is None:
        return doc_id  # an original is the root of its own family
    if rec["kind"] == "independent":
        return None
    return rec["root"]


class MemoryInUse:
    """Peak of the machine's memory in use (MemTotal - MemAvailable, /proc/meminfo) while the
    block runs, less what was in use before it; None where /proc/meminfo is missing."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self.peak_mb: float | None = None

    @staticmethod
    def _used_mb() -> float | None:
        try:
            info = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
        except OSError:
            return None
        kb = lambda key: float(info[key].split()[0])  # noqa: E731
        return (kb("MemTotal") - kb("MemAvailable")) / 1024

    def __enter__(self) -> MemoryInUse:
        self._base = self._used_mb()
        self._top = self._base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            used = self._used_mb()
            if used is not None and self._top is not None:
                self._top = max(self._top, used)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        if self._base is not None:
            self.peak_mb = round(self._top - self._base, 1)


def measure(folder: Path, db: Path, options: IndexOptions, extra: Path | None = None, quiet: bool = False) -> dict:
    labels, lost = load_labels(folder)
    t0 = time.perf_counter()
    with Corpus.open(db, options=options) as corpus, MemoryInUse() as memory:
        paths = [folder / "corpus.jsonl"] + ([extra] if extra else [])
        report = corpus.index(paths, progress=progress_bar(disable=quiet))
        con = corpus.store.con
        pairs = con.execute("""
            SELECT da.id, db.id, p.relation, p.doors FROM pairs p
            JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b""").fetchall()
        doors = dict(con.execute("SELECT door, count(*) FROM candidates GROUP BY door").fetchall())
        stories = con.execute("SELECT story, count(*) FROM stories GROUP BY story").fetchall()
        n_docs = corpus.store.count()
        extra_stories = {}
        if extra:
            # Documents of the extra folder (e.g. ../shared/seeds): which story each ended in.
            extra_stories = dict(con.execute("""
                SELECT d.id, s.story FROM documents d LEFT JOIN stories s USING (seq)
                WHERE NOT regexp_matches(d.id, '^d[0-9a-f]{12}$')""").fetchall())
    wall = time.perf_counter() - t0
    copies = {(a, b): d for a, b, r, d in pairs if r in COPY_RELATIONS}
    linked = defaultdict(set)
    for a, b in copies:
        linked[a].add(b)
        linked[b].add(a)
    # Recall per kind.
    found, total = Counter(), Counter()
    by_door = Counter()
    for doc_id, rec in labels.items():
        if rec["kind"] == "independent" or doc_id in lost:
            continue
        total[rec["kind"]] += 1
        parent = rec["parent"]
        if parent in lost:
            fam = rec["root"]
            hit = any(family_of(x, labels) == fam for x in linked[doc_id])
        else:
            hit = parent in linked[doc_id]
        if hit:
            found[rec["kind"]] += 1
            key = (parent, doc_id) if (parent, doc_id) in copies else (doc_id, parent)
            if key in copies:
                by_door[copies[key]] += 1
    # Precision over verified copy pairs.
    true_pairs = sum(1 for a, b in copies
                     if family_of(a, labels) is not None and family_of(a, labels) == family_of(b, labels))
    false_independent = sum(1 for a, b in copies if "independent" in (labels.get(a, {}).get("kind"),
                                                                       labels.get(b, {}).get("kind")))
    fam_sizes = Counter(family_of(x, labels) for x in labels if family_of(x, labels))
    largest_true = max(fam_sizes.values(), default=0) + 1  # + the original
    rows = [{"kind": k, "derived": total[k], "found": found[k], "recall": round(found[k] / total[k], 4)}
            for k in sorted(total)]
    all_found, all_total = sum(found.values()), sum(total.values())
    rows.append({"kind": "all", "derived": all_total, "found": all_found,
                 "recall": round(all_found / max(1, all_total), 4)})
    return {
        "rows": rows,
        "documents": n_docs,
        "precision": round(true_pairs / max(1, len(copies)), 4),
        "copy_pairs": len(copies),
        "independent_called_copies": false_independent,
        "candidates": doors,
        "found_by_doors": dict(by_door),
        "stories": len(stories),
        "largest_story": max((n for _, n in stories), default=0),
        "largest_true_family": largest_true,
        "seconds": {k: round(v, 2) for k, v in report.seconds.items()},
        "wall_seconds": round(wall, 2),
        "docs_per_second": round(n_docs / wall, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "machine_memory_in_use_mb": memory.peak_mb,
        "bad_records": str(report.summary),
        "extra_documents": extra_stories,
        "extra_one_family": bool(extra_stories) and len(set(extra_stories.values())) == 1
        and None not in extra_stories.values(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="output folder of bench.corpus_gen")
    ap.add_argument("--db", type=Path, help="store file (default: a fresh temporary file)")
    ap.add_argument("--doors", default="minhash,anchors,semantic")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--extra", type=Path, help="a folder of .txt documents indexed with the corpus (e.g. "
                    "../shared/seeds); the result says whether they ended in one story")
    ap.add_argument("--findings", default="none", choices=("none", "copies", "all"),
                    help="full compare policy (default none: the quick tier alone, as at a million documents)")
    args = ap.parse_args(argv)
    options = IndexOptions(doors=tuple(args.doors.split(",")), workers=args.workers, findings=args.findings)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        result = measure(args.folder, db, options, args.extra)
    meta = {k: v for k, v in result.items() if k != "rows"}
    meta.update(folder=str(args.folder), doors=args.doors, workers=args.workers, findings=args.findings)
    write_results(f"corpus_bench_{result['documents']}", result["rows"], meta)
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
