"""Generated corpus with every date hidden: is the parent named the source of its copy?

The second check of the direction clues beside METER (``bench/meter_direction.py``): a corpus
from ``bench.corpus_gen`` (never ../shared text), and for every labelled copy whose parent is
in the corpus, ``compare`` on (parent, copy) with no title, outlet or date, the parent first
for every other pair (in the labels' order), so a rule that favours a position cannot pass for
one that reads the texts. Reported per copy kind, with calibration and per-clue accuracy.

Run ``python bench/gen_direction.py`` (``--size``, ``--seed``; ``--keep DIR`` keeps the corpus).
Writes ``bench/out/gen_direction.json`` (figures and ids only, no texts).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import print_table, summary, write_results
from meter_direction import calibration, clue_table

from bench.corpus_gen.write import generate

DEFAULT_SIZE = 2000
DEFAULT_SEED = 11


def _pairs(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    docs = {r["id"]: r for r in map(json.loads, (folder / "corpus.jsonl").read_text("utf-8").splitlines()) if r}
    labels = [r for r in map(json.loads, (folder / "labels.jsonl").read_text("utf-8").splitlines())
              if r and r.get("copy") and r.get("parent") in docs]
    return docs, labels


def _one(compare, parent: dict, copy: dict, kind: str, parent_first: bool) -> dict[str, Any]:
    from wiretrace.model import Document

    p = Document(parent["id"], parent["text"], lang=parent.get("lang"))
    c = Document(copy["id"], copy["text"], lang=copy.get("lang"))
    start = time.perf_counter()
    cmp = compare(*((p, c) if parent_first else (c, p)))
    seconds = time.perf_counter() - start
    v = cmp.verdict
    parent_side = "a" if parent_first else "b"
    named = "unknown" if v.source == "unknown" else ("parent" if v.source == parent_side else "copy")
    return {"parent": parent["id"], "copy": copy["id"], "kind": kind, "parent_side": parent_side,
            "relation": str(v.relation), "named": named, "direction_confidence": v.direction_confidence,
            "common_source": v.common_source,
            "clues": [(cl.name, cl.derived != parent_side, round(cl.weight, 3)) for cl in v.clues],
            "seconds": round(seconds, 4)}


def _shares(items: list[dict[str, Any]], label: str) -> dict[str, Any]:
    n = len(items)
    right = sum(x["named"] == "parent" for x in items)
    wrong = sum(x["named"] == "copy" for x in items)
    return {"set": label, "n": n, "parent (right)": right / n if n else None,
            "copy (wrong)": wrong / n if n else None, "unknown": (n - right - wrong) / n if n else None,
            "accuracy when decided": right / (right + wrong) if right + wrong else None}


def measure(folder: Path) -> dict[str, Any]:
    from wiretrace.pipeline import compare

    docs, labels = _pairs(folder)
    items = [_one(compare, docs[lab["parent"]], docs[lab["id"]], lab["kind"], i % 2 == 0)
             for i, lab in enumerate(labels)]
    kinds = sorted({x["kind"] for x in items})
    rows = [_shares(items, "all copies")] + [_shares([x for x in items if x["kind"] == k], k) for k in kinds]
    rows += [_shares([x for x in items if x["parent_side"] == s], f"parent as {s.upper()}") for s in "ab"]
    return {"rows": rows, "calibration": calibration(items, "copies", right_side="parent"),
            "clues": clue_table(items, wrong="the copy"), "pairs": items,
            "timing": summary([x["seconds"] for x in items])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--keep", type=Path, help="write (or reuse) the corpus in this folder")
    ap.add_argument("--name", default="gen_direction")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        if not (folder / "labels.jsonl").exists():
            generate(folder, args.size, seed=args.seed, progress=False)
        start = time.perf_counter()
        res = measure(folder)
        wall = time.perf_counter() - start
    meta = {"size": args.size, "seed": args.seed, "seconds": round(wall, 1)}
    print_table("calibration: accuracy per direction-confidence bucket", res["calibration"])
    print_table("clues on each copy", res["clues"])
    write_results(args.name, res["rows"], meta, title="generated copies, dates hidden: parent named the source",
                  extra={k: res[k] for k in ("calibration", "clues", "timing", "pairs")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
