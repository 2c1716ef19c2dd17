"""METER courts with every date hidden: is the PA wire story named the source of its copies?

For every newspaper story labelled wholly or partially derived, ``compare`` runs on the story and
each PA file of its own ``<date>/<catchline>`` folder (PA is always the source; the newspapers
published the next day). No title, outlet or date is passed, so direction comes from the texts
alone. The PA side is A for half of the stories and B for the other half (alternating in the
benchmark's seeded order), so a rule that favours a position cannot pass for one that reads
the texts.

Figures:

* **story level** (the headline): the story's own PA copy is the PA comparison with a copy
  relation and the highest coverage of the newspaper text (as ``bench/meter_compare.py`` picks
  it). Share naming PA, the newspaper, or ``unknown``, among stories whose PA copy was found,
  and among all derived stories with a PA folder (a story whose PA copy ``compare`` did not
  call a copy counts as not named);
* **pair level**: every (PA file, story) pair ``compare`` calls a copy: a folder's other PA
  files (snaps, earlier leads) came first too, but the newspaper may hold more than they do;
* **calibration**: accuracy per bucket of ``verdict.direction_confidence``, decided calls only;
* **clues**: how often each named clue fires on the story's PA copy and how often it points at
  the newspaper (right).

Published anchor for text-only direction on METER: 75 %. Target of issue 4: 95 %.

Run ``python bench/meter_direction.py`` (``--max-stories N`` for the first N derived stories of
the order shuffled with ``--seed``). Data: see ``bench/_common.py`` (``--data`` /
``WIRETRACE_SHARED``). The JSON holds corpus paths and figures only, never the texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, summary, timed, write_results
from meter_compare import DEFAULT_SEED, corpus_dir, load_stories, read_text, seeded_order

ANCHOR = 0.75
TARGET = 0.95
BUCKETS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)


def _pair(compare, pa_text: str, pa: str, story_text: str, story: str, pa_first: bool) -> dict[str, Any]:
    from wiretrace.model import Document

    pa_doc, np_doc = Document(f"PA/{pa}", pa_text), Document(f"newspapers/{story}", story_text)
    c, seconds = timed(compare, *((pa_doc, np_doc) if pa_first else (np_doc, pa_doc)))
    v = c.verdict
    pa_side = "a" if pa_first else "b"
    named = "unknown" if v.source == "unknown" else ("pa" if v.source == pa_side else "newspaper")
    np_cov = c.alignment.coverage_b if pa_first else c.alignment.coverage_a
    return {
        "pa": pa,
        "pa_side": pa_side,
        "relation": str(v.relation),
        "copy": bool(v.relation.is_copy),
        "named": named,
        # getattr: the same script measures versions from before these fields existed.
        "direction_confidence": getattr(v, "direction_confidence", v.confidence),
        "common_source": v.common_source,
        "newspaper_coverage": round(float(np_cov), 3),
        # A clue is right when it calls the newspaper the copy.
        "clues": [(cl.name, cl.derived != pa_side, round(cl.weight, 3)) for cl in getattr(v, "clues", ())],
        "seconds": round(seconds, 4),
    }


def _shares(items: list[dict[str, Any]], label: str, n: int | None = None) -> dict[str, Any]:
    n = len(items) if n is None else n
    counts = Counter(x["named"] for x in items)
    decided = counts["pa"] + counts["newspaper"]
    return {
        "set": label,
        "n": n,
        "pa (right)": counts["pa"] / n if n else None,
        "newspaper (wrong)": counts["newspaper"] / n if n else None,
        "unknown": (n - decided) / n if n else None,
        "accuracy when decided": counts["pa"] / decided if decided else None,
        "common source": sum(x["common_source"] for x in items),
    }


def calibration(items: list[dict[str, Any]], label: str, right_side: str = "pa") -> list[dict[str, Any]]:
    """Accuracy of the decided calls per confidence bucket (``right_side``: the ``named`` value
    that is right; ``bench/wmt21_direction.py`` passes "original")."""
    rows = []
    for lo, hi in pairwise(BUCKETS):
        inside = [x for x in items if x["named"] != "unknown"
                  and (lo <= x["direction_confidence"] < hi or x["direction_confidence"] == hi == 1.0)]
        right = sum(x["named"] == right_side for x in inside)
        rows.append({"set": label, "confidence": f"[{lo:.2f}, {hi:.2f})", "n": len(inside),
                     "mean confidence": (sum(x["direction_confidence"] for x in inside) / len(inside))
                     if inside else None,
                     "accuracy": right / len(inside) if inside else None})
    return rows


def clue_table(items: list[dict[str, Any]], wrong: str = "the newspaper") -> list[dict[str, Any]]:
    """How often each clue fires, and how often it points at ``wrong``, the side that is the copy."""
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for x in items:
        for name, ok, _ in x["clues"]:
            fired[name] += 1
            right[name] += ok
    return [{"clue": k, "fires": n, "share of copies": n / len(items), f"points at {wrong}": right[k] / n}
            for k, n in fired.most_common()]


def measure(data: Path | str | None = None, max_stories: int | None = None, seed: int = DEFAULT_SEED,
            progress: bool = False) -> dict[str, Any]:
    from wiretrace.pipeline import compare

    data = data_dir(data)
    root = corpus_dir(data)
    stories = [s for s in seeded_order(load_stories(data), seed) if s.derived and s.pa]
    if max_stories is not None:
        stories = stories[:max_stories]
    cache: dict[str, str] = {}
    docs: list[dict[str, Any]] = []
    start = time.perf_counter()
    for i, st in enumerate(stories):
        text = read_text(root / "newspapers" / "rawtexts" / st.path)
        pairs = []
        for pa in st.pa:
            if pa not in cache:
                cache[pa] = read_text(root / "PA" / "rawtexts" / pa)
            pairs.append(_pair(compare, cache[pa], pa, text, st.path, pa_first=i % 2 == 0))
        copies = [p for p in pairs if p["copy"]]
        pick = max(copies, key=lambda p: p["newspaper_coverage"]) if copies else None
        docs.append({"story": st.path, "gold": st.gold, "pairs": pairs, "pick": pick})
        if progress:
            named = pick["named"] if pick else "no copy"
            print(f"{i + 1:>4}/{len(stories)} {st.path:<52} {st.gold:<9} {named}", file=sys.stderr)
    picks = [d["pick"] for d in docs if d["pick"]]
    copy_pairs = [p for d in docs for p in d["pairs"] if p["copy"]]
    rows = [
        _shares(picks, "story: its PA copy"),
        _shares(picks, "story: all derived with a PA file", n=len(docs)),
        _shares([p for d in docs if d["pick"] and d["gold"] == "wholly" for p in [d["pick"]]], "story: wholly"),
        _shares([p for d in docs if d["pick"] and d["gold"] == "partially" for p in [d["pick"]]],
                "story: partially"),
        _shares([p for p in picks if p["pa_side"] == "a"], "story: PA as A"),
        _shares([p for p in picks if p["pa_side"] == "b"], "story: PA as B"),
        _shares(copy_pairs, "pairs: every PA file called a copy"),
    ]
    seconds = [p["seconds"] for d in docs for p in d["pairs"]]
    timing = summary(seconds)
    timing["wall_s"] = time.perf_counter() - start
    return {
        "rows": rows,
        "calibration": calibration(picks, "story") + calibration(copy_pairs, "pairs"),
        "clues": clue_table(picks),
        "summary": {"stories": len(docs), "with_pa_copy": len(picks), "pairs": len(seconds),
                    "pa_named": rows[0]["pa (right)"], "newspaper_named": rows[0]["newspaper (wrong)"],
                    "unknown": rows[0]["unknown"], "pa_named_all_derived": rows[1]["pa (right)"],
                    "anchor": ANCHOR, "target": TARGET},
        "timing": timing,
        "docs": docs,
    }


def main(argv: list[str] | None = None) -> int:
    from _common import print_table

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-stories", type=int, default=None, help="first N derived stories of the seeded order")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the fixed shuffled order")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--name", default="meter_direction", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no per-story progress lines")
    args = parser.parse_args(argv)
    r = measure(args.data, args.max_stories, args.seed, progress=not args.quiet)
    print_table("calibration: accuracy per direction-confidence bucket", r["calibration"])
    print_table("clues on each story's PA copy", r["clues"])
    write_results(args.name, r["rows"], {"max_stories": args.max_stories, "seed": args.seed,
                                         "anchor": ANCHOR, "target": TARGET},
                  title=f"METER courts, dates hidden: PA named the source (anchor {ANCHOR:.0%}, target {TARGET:.0%})",
                  extra={k: r[k] for k in ("summary", "calibration", "clues", "timing", "docs")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
