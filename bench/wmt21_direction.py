"""WMT21 news test set: is the original-language side of a document and its translation named the
source?

Each WMT21 ``<doc>`` carries ``origlang``: the language it was written in (in these test sets
always the source side). For every document, ``compare`` runs on the original and its
professional translation (``<ref translator="A">``) and, with ``--systems N``, on the original and
each of the first N machine translations (alphabetical). The original is A for half of the
documents and B for the other half (alternating in file order), so a rule that favours a
position or a language cannot pass for one that reads the texts: the pairs come in both
directions (de-fr and fr-de, en-ja and ja-en, en-is and is-en).

Figures per language pair and kind (``ref`` / ``mt``): share of documents naming the original
(right), the translation (wrong) or ``unknown``; accuracy of the decided calls; and a calibration
table (accuracy per bucket of ``verdict.direction_confidence``). Target of issue 4: the original
named in >= 90 % of documents.

The ru-en file holds 9 test-suite documents (ids ``tsuite-…``) whose ``origlang="ru"`` disagrees
with their ids (``…-rev-enru-…``): they are left out unless ``--keep-testsuite``.

Run ``python bench/wmt21_direction.py`` (``--pairs``, ``--max-docs``, ``--systems``). Data: see
``bench/_common.py`` (``--data`` / ``WIRETRACE_SHARED``). The JSON holds ids and figures, never texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, summary, timed, write_results
from meter_direction import calibration, clue_table
from wmt21_align import build_document, load_pair

PAIRS = ("en-ja", "ja-en", "ru-en", "de-fr", "fr-de", "en-is", "is-en")
TARGET = 0.90


def _one(compare, doc, kind: str, system: str, segs, original_first: bool) -> dict[str, Any]:
    src_orig = doc.origlang == doc.src_lang  # always true in these files; kept general
    orig_segs, tr_segs = (doc.src, segs) if src_orig else (segs, doc.src)
    orig_lang, tr_lang = (doc.src_lang, doc.tgt_lang) if src_orig else (doc.tgt_lang, doc.src_lang)
    orig = build_document(f"{doc.id}:{orig_lang}", orig_segs).document
    tr = build_document(f"{doc.id}:{tr_lang}:{system}", tr_segs).document
    c, seconds = timed(compare, *((orig, tr) if original_first else (tr, orig)))
    v = c.verdict
    orig_side = "a" if original_first else "b"
    named = "unknown" if v.source == "unknown" else ("original" if v.source == orig_side else "translation")
    return {
        "pair": doc.pair, "doc": doc.id, "kind": kind, "system": system, "origlang": doc.origlang,
        "original_side": orig_side, "relation": str(v.relation), "named": named,
        "direction_confidence": getattr(v, "direction_confidence", v.confidence),
        "clues": [(cl.name, cl.derived != orig_side, round(cl.weight, 3)) for cl in getattr(v, "clues", ())],
        "seconds": round(seconds, 4),
    }


def _row(label: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(items)
    counts = Counter(x["named"] for x in items)
    decided = counts["original"] + counts["translation"]
    return {
        "set": label, "docs": n,
        "original (right)": counts["original"] / n if n else None,
        "translation (wrong)": counts["translation"] / n if n else None,
        "unknown": counts["unknown"] / n if n else None,
        "accuracy when decided": counts["original"] / decided if decided else None,
        "translation relation": sum(x["relation"] == "translation" for x in items) / n if n else None,
    }


def measure(data: Path | str | None = None, pairs: Iterable[str] = PAIRS, max_docs: int | None = None,
            systems: int = 1, keep_testsuite: bool = False, progress: bool = False) -> dict[str, Any]:
    from wiretrace.pipeline import compare

    data = data_dir(data)
    docs: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    for pair in pairs:
        mine: list[dict[str, Any]] = []
        wanted = [d for d in load_pair(data, pair) if keep_testsuite or not d.id.startswith("tsuite")]
        for i, doc in enumerate(wanted[:max_docs]):
            jobs = []
            if doc.refs:
                jobs.append(("ref", "ref-A" if "A" in doc.refs else f"ref-{min(doc.refs)}",
                             doc.refs.get("A") or doc.refs[min(doc.refs)]))
            jobs += [("mt", s, doc.hyps[s]) for s in sorted(doc.hyps)[:systems]]
            for kind, system, segs in jobs:
                r = _one(compare, doc, kind, system, segs, original_first=i % 2 == 0)
                mine.append(r)
                if progress:
                    print(f"{pair} {doc.id:<30} {system:<14} {r['relation']:<11} {r['named']}", file=sys.stderr)
        for kind in ("ref", "mt"):
            sub = [r for r in mine if r["kind"] == kind]
            if sub:
                rows.append(_row(f"{pair} {kind}", sub))
        docs.extend(mine)
    for kind in ("ref", "mt"):
        sub = [r for r in docs if r["kind"] == kind]
        if sub:
            rows.append(_row(f"all {kind}", sub))
    rows.append(_row("all", docs))
    timing = summary([r["seconds"] for r in docs])
    timing["wall_s"] = time.perf_counter() - start
    return {"rows": rows, "calibration": calibration(docs, "all", right_side="original"),
            "clues": clue_table(docs, wrong="the translation"), "timing": timing, "docs": docs}


def main(argv: list[str] | None = None) -> int:
    from _common import print_table

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", default=",".join(PAIRS), help="comma-separated WMT21 pairs")
    parser.add_argument("--max-docs", type=int, default=None, help="first N documents of each pair")
    parser.add_argument("--systems", type=int, default=1, help="MT systems per document (alphabetical)")
    parser.add_argument("--keep-testsuite", action="store_true", help="keep ru-en's tsuite-* documents")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--name", default="wmt21_direction", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no per-document progress lines")
    args = parser.parse_args(argv)
    pairs = [p.strip() for p in args.pairs.split(",") if p.strip()]
    r = measure(args.data, pairs, args.max_docs, args.systems, args.keep_testsuite, progress=not args.quiet)
    print_table("calibration: accuracy per direction-confidence bucket", r["calibration"])
    print_table("clues", r["clues"])
    write_results(args.name, r["rows"], {"pairs": pairs, "max_docs": args.max_docs, "systems": args.systems,
                                         "keep_testsuite": args.keep_testsuite, "target": TARGET},
                  title=f"WMT21: original-language side named the source (target {TARGET:.0%})",
                  extra={k: r[k] for k in ("calibration", "clues", "timing", "docs")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
