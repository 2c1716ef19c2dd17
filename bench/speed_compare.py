"""How fast is one comparison of two ~1,000-word articles, cold and warm?

Inputs (each a pair of articles):

* ``corpus``: the two longest files of one story in ``examples/corpus/`` (the story whose two
  longest files are longest), each padded to about 1,000 words by repeating its paragraphs with a
  small change (sentences of a repeated paragraph in reverse order) when shorter;
* ``seeds``: the defining pair in ``../shared/seeds/`` as it is (AP story republished, and its
  machine round trip).

Measured:

* cold — wall time of a fresh process running ``wiretrace compare A B --format json`` end to end
  (interpreter start, imports, model load, comparison, JSON out), median of 5 runs;
* warm — ``wiretrace.pipeline.compare`` in this process after one warm-up call, median of 20 runs;
  the process keeps the sentence vectors it computed, so a repeat of one pair encodes nothing;
* new pair — the same warm call with that vector cache emptied first, as for a pair the process
  has not seen: the model is loaded, every sentence is encoded (median of 20 runs).

With ``--store DB``, also the corpus's own case: ``--pairs`` consecutive pairs of an index's
full tier (ordered by document, as ``wiretrace index`` verifies them), compared one after the
other in this process, vector cache emptied first: wall and CPU time per pair.

Targets: cold ≤ 2 s, warm ≤ 200 ms. Run ``python bench/speed_compare.py``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, DataMissing, shared_dir, summary, timed, write_results

COLD_TARGET = 2.0
WARM_TARGET = 0.200
WORDS = 1000


def words(text: str) -> int:
    return len(text.split())


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])", paragraph) if s]


def pad(text: str, target: int = WORDS) -> str:
    """``text`` grown to about ``target`` words by repeating its paragraphs, each slightly changed."""
    paras = [p for p in text.splitlines() if p.strip()]
    if not paras or words(text) >= target:
        return text
    out = list(paras)
    total = words(text)
    round_ = 0
    while total < target and round_ < 50:
        round_ += 1
        for p in paras[1:] or paras:  # not the headline again
            changed = " ".join(reversed(_sentences(p))) if len(_sentences(p)) > 1 else p
            out.append(changed)
            total += words(changed)
            if total >= target:
                break
    return "\n\n".join(out)


def corpus_pair(corpus: Path) -> tuple[str, Path, Path] | None:
    """(story, longest file, second longest) of the story whose two longest files are longest."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not files:
        return None
    stories: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        key = str(f.parent.relative_to(corpus)) if f.parent != corpus else f.stem.rsplit("_", 1)[0]
        stories[key].append(f)
    best: tuple[int, str, list[Path]] | None = None
    for story, members in stories.items():
        if len(members) < 2:
            continue
        ranked = sorted(
            members, key=lambda f: words(f.read_text(encoding="utf-8", errors="replace")), reverse=True
        )[:2]
        size = sum(words(f.read_text(encoding="utf-8", errors="replace")) for f in ranked)
        if best is None or size > best[0]:
            best = (size, story, ranked)
    if best is None:
        return None
    return best[1], best[2][0], best[2][1]


def cli_command(a: Path, b: Path) -> list[str]:
    """The console script ``wiretrace`` next to this interpreter, else ``python -m wiretrace.cli``."""
    script = Path(sys.executable).parent / "wiretrace"
    if script.exists():
        return [str(script), "compare", str(a), str(b), "--format", "json"]
    return [sys.executable, "-m", "wiretrace.cli", "compare", str(a), str(b), "--format", "json"]


def cold(a: Path, b: Path, runs: int) -> dict[str, Any]:
    cmd = cli_command(a, b)
    times: list[float] = []
    error = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            error = f"exit {proc.returncode}: {(proc.stderr or proc.stdout).strip()[-400:]}"
            break
    return {
        "times": times,
        "error": error,
        "command": " ".join(["wiretrace", *cmd[1:]] if cmd[0].endswith("wiretrace") else cmd),
    }


def warm(text_a: str, text_b: str, runs: int) -> dict[str, Any]:
    from wiretrace.align import embed as embed_module
    from wiretrace.model import Document
    from wiretrace.pipeline import compare

    a, b = Document("a", text_a), Document("b", text_b)
    result, first = timed(compare, a, b)
    times = [timed(compare, a, b)[1] for _ in range(runs)]
    fresh = []
    for _ in range(runs):
        embed_module._CACHE.clear()
        fresh.append(timed(compare, a, b)[1])
    return {
        "first": first,
        "times": times,
        "fresh": fresh,
        "relation": str(result.verdict.relation),
        "links": len(result.alignment.links),
        "findings": len(result.findings),
    }


def store_pairs(db: str, n: int) -> dict[str, Any]:
    """Per-pair times of ``n`` consecutive full-tier pairs from the middle of store ``db``."""
    from wiretrace.align import embed as embed_module
    from wiretrace.pipeline import compare
    from wiretrace.store import Store

    store = Store.open(db, read_only=True)
    try:
        rows = store.con.execute("SELECT a, b FROM pairs WHERE tier = 'full' ORDER BY a, b").fetchall()
        start = max(0, len(rows) // 2 - n // 2)
        rows = rows[start:start + n]
        docs = store.documents({x for p in rows for x in p})
    finally:
        store.close()
    compare(docs[rows[0][0]], docs[rows[0][1]])  # model load
    embed_module._CACHE.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    for a, b in rows:
        compare(docs[a], docs[b])
    return {"input": f"store: {len(rows)} pairs", "pairs": len(rows),
            "pair_wall_ms": 1000 * (time.perf_counter() - wall) / len(rows),
            "pair_cpu_ms": 1000 * (time.process_time() - cpu) / len(rows)}


def inputs(args: argparse.Namespace, tmp: Path) -> list[tuple[str, Path, Path, str]]:
    """(label, file A, file B, note) for every input pair that exists."""
    out = []
    found = corpus_pair(Path(args.corpus))
    if found:
        _story, fa, fb = found
        for name, f in (("a", fa), ("b", fb)):
            (tmp / f"corpus_{name}.txt").write_text(
                pad(f.read_text(encoding="utf-8", errors="replace")), encoding="utf-8"
            )
        out.append(
            (
                "corpus",
                tmp / "corpus_a.txt",
                tmp / "corpus_b.txt",
                f"{fa.relative_to(REPO) if fa.is_relative_to(REPO) else fa} vs {fb.name}, padded",
            )
        )
    else:
        print(f"no story with two files in {args.corpus}; skipping the corpus input", file=sys.stderr)
    try:
        seeds = shared_dir(args.data) / "seeds"
    except DataMissing:
        seeds = Path("/nonexistent")
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if len(files) >= 2:
        src = next((f for f in files if f.name.startswith("002")), files[-1])
        copy = next((f for f in files if f.name.startswith("000")), files[0])
        for name, f in (("a", src), ("b", copy)):
            shutil.copyfile(f, tmp / f"seeds_{name}.txt")  # temp only: shared data stays out of the repo
        out.append(("seeds", tmp / "seeds_a.txt", tmp / "seeds_b.txt", f"{src.name} vs {copy.name}"))
    else:
        print(f"no seed pair in {seeds}; skipping it", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(REPO / "examples" / "corpus"), help="example corpus folder")
    parser.add_argument("--data", default=None, help="shared/data folder (seeds are in ../seeds)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--warm-runs", type=int, default=20)
    parser.add_argument("--name", default="speed_compare")
    parser.add_argument("--store", default=None, help="an index (DuckDB file) whose full-tier pairs to time")
    parser.add_argument("--pairs", type=int, default=300)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="wiretrace-speed-") as tmpdir:
        tmp = Path(tmpdir)
        for label, fa, fb, note in inputs(args, tmp):
            ta, tb = fa.read_text(encoding="utf-8"), fb.read_text(encoding="utf-8")
            c = cold(fa, fb, args.cold_runs)
            w = warm(ta, tb, args.warm_runs)
            cs, ws, fs = summary(c["times"]), summary(w["times"]), summary(w["fresh"])
            rows.append(
                {
                    "input": label,
                    "words_a": words(ta),
                    "words_b": words(tb),
                    "cold_median_s": cs["median"] if not c["error"] else None,
                    "cold_min_s": cs["min"] if not c["error"] else None,
                    "cold_ok": (cs["median"] <= COLD_TARGET) if not c["error"] else False,
                    "first_call_s": w["first"],
                    "warm_median_ms": 1000 * ws["median"],
                    "warm_p90_ms": 1000 * ws["p90"],
                    "warm_ok": ws["median"] <= WARM_TARGET,
                    "new_pair_median_ms": 1000 * fs["median"],
                    "new_pair_ok": fs["median"] <= WARM_TARGET,
                    "relation": w["relation"],
                    "links": w["links"],
                    "findings": w["findings"],
                    "note": note,
                    "cold_error": c["error"],
                    "cold_command": c["command"],
                    "cold_times": c["times"],
                    "warm_times": w["times"],
                    "new_pair_times": w["fresh"],
                }
            )
    if args.store:
        rows.append(store_pairs(args.store, args.pairs))
    columns = (
        "input",
        "words_a",
        "words_b",
        "cold_median_s",
        "cold_ok",
        "first_call_s",
        "warm_median_ms",
        "warm_p90_ms",
        "warm_ok",
        "new_pair_median_ms",
        "new_pair_ok",
        "relation",
        "links",
        "findings",
        "pair_wall_ms",
        "pair_cpu_ms",
    )
    meta = {
        "targets": {"cold_s": COLD_TARGET, "warm_ms": 1000 * WARM_TARGET},
        "cold_runs": args.cold_runs,
        "warm_runs": args.warm_runs,
    }
    write_results(args.name, rows, meta, columns=columns, title="compare() speed, ~1,000-word articles")
    for row in rows:
        if row.get("cold_error"):
            print(f"cold run failed for {row['input']}: {row['cold_error']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
