"""METER courts: does ``compare(PA, newspaper)`` tell derived newspaper stories from the rest?

The METER corpus (courts section) holds Press Association wire stories and the UK newspaper
stories of the next day on the same catchline, each newspaper story labelled wholly-, partially-
or non-derived from the PA copy (``file_index/courts/{wholly,partially,non}_derived.txt``). PA is
always the source. A newspaper story's candidate sources are the PA files of its own
``<date>/<catchline>`` folder.

For each newspaper story (B) we run ``wiretrace.pipeline.compare(PA file, story)`` for every PA
file (A) of its folder. Texts are decoded as latin-1 and passed as they are, with no title,
outlet or date (a date would give the direction away). The story's **prediction** is the PA
comparison with a copy relation and the highest coverage of B (``alignment.coverage_b``); when
no comparison is a copy, the one with the highest coverage of B. A story without a PA folder
(one in the corpus) is predicted non-derived. Measured:

* derived (wholly + partially) vs non-derived: precision, recall and F1 of the derived class,
  a copy relation counting as derived; beside it the published anchor F1 0.73;
* ``false_accusation``: share of non-derived stories called a copy;
* 3-class confusion: gold wholly / partially / non × predicted relation;
* 3-class macro-F1, a first cut with this mapping: predicted non-derived = ``same_event`` or
  ``unrelated`` (or no PA file); wholly = a copy whose ``coverage_b`` ≥ 0.8; partially = other
  copies;
* direction, among predicted copies of derived stories: share naming PA as source (``a``),
  naming the newspaper (``b``, wrong) and ``unknown``;
* relation counts, and seconds per ``compare`` call (texts already in memory).

Run ``python bench/meter_compare.py`` (``--max-docs N`` for the first N stories of the order
shuffled with ``--seed``). Data: see ``bench/_common.py`` (``--data`` / ``WIRETRACE_SHARED``).
The JSON holds corpus paths and figures only, never the texts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, require, summary, timed, write_results

CORPUS = "meter/meter-corpus"
SECTION = "courts"
GOLD_FILES = {"wholly": "wholly_derived.txt", "partially": "partially_derived.txt", "non": "non_derived.txt"}
CLASSES = ("wholly", "partially", "non")
RELATIONS = (
    "verbatim",
    "edited",
    "rewrite",
    "summary",
    "round_trip",
    "translation",
    "same_event",
    "unrelated",
)
NO_PA = "no_pa"  # a story whose folder has no PA file: nothing to compare, predicted non-derived
WHOLLY_COVERAGE = 0.8
ANCHOR_F1 = 0.73
DEFAULT_SEED = 2026


@dataclass(frozen=True)
class Story:
    """One newspaper story: its path under ``newspapers/rawtexts``, gold label and PA candidates."""

    path: str  # courts/<date>/<catchline>/<file>.txt
    gold: str  # wholly | partially | non
    pa: tuple[str, ...]  # paths under PA/rawtexts, sorted

    @property
    def derived(self) -> bool:
        return self.gold != "non"


def corpus_dir(data: Path) -> Path:
    return require(data / CORPUS)


def read_text(path: Path) -> str:
    return path.read_bytes().decode("latin-1")


def load_stories(data: Path) -> list[Story]:
    """All labelled newspaper stories of the courts section, sorted by path."""
    root = corpus_dir(data)
    gold: dict[str, str] = {}
    for label, name in GOLD_FILES.items():
        index = require(root / "file_index" / SECTION / name)
        for line in read_text(index).splitlines():
            line = line.strip()
            if not line:
                continue
            marker = "newspapers/rawtexts/"
            rel = line.split(marker, 1)[1] if marker in line else line
            gold[rel] = label
    stories: list[Story] = []
    for rel in sorted(gold):
        require(root / "newspapers" / "rawtexts" / rel)
        folder = root / "PA" / "rawtexts" / Path(rel).parent
        pa = (
            tuple(sorted(p.relative_to(root / "PA" / "rawtexts").as_posix() for p in folder.glob("*.txt")))
            if folder.is_dir()
            else ()
        )
        stories.append(Story(rel, gold[rel], pa))
    return stories


def seeded_order(stories: list[Story], seed: int = DEFAULT_SEED) -> list[Story]:
    """The stories (sorted by path) shuffled with ``random.Random(seed)``: a fixed order."""
    ordered = sorted(stories, key=lambda s: s.path)
    random.Random(seed).shuffle(ordered)
    return ordered


# ------------------------------------------------------------------------------------- running


def _pick(candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The copy with the highest coverage of B, else the comparison with the highest coverage of B."""
    if not candidates:
        return None
    copies = [c for c in candidates if c["copy"]]
    pool = copies or candidates
    return max(pool, key=lambda c: c["coverage_b"])  # first in PA file order on a tie


def predicted_class(pick: dict[str, Any] | None) -> str:
    """First-cut 3-class mapping of a prediction."""
    if pick is None or not pick["copy"]:
        return "non"
    return "wholly" if pick["coverage_b"] >= WHOLLY_COVERAGE else "partially"


def run_story(
    compare: Callable[[Any, Any], Any],
    root: Path,
    story: Story,
    pa_cache: dict[str, str],
) -> dict[str, Any]:
    """Compare every PA file of the story's folder with the story; pick the prediction."""
    from wiretrace.model import Document

    text_b = read_text(root / "newspapers" / "rawtexts" / story.path)
    doc_b = Document(id=f"newspapers/{story.path}", text=text_b)
    candidates: list[dict[str, Any]] = []
    for pa in story.pa:
        if pa not in pa_cache:
            pa_cache[pa] = read_text(root / "PA" / "rawtexts" / pa)
        doc_a = Document(id=f"PA/{pa}", text=pa_cache[pa])
        comparison, seconds = timed(compare, doc_a, doc_b)
        verdict = comparison.verdict
        alignment = comparison.alignment
        candidates.append(
            {
                "pa": pa,
                "relation": str(verdict.relation),
                "copy": bool(verdict.relation.is_copy),
                "source": verdict.source,
                "confidence": round(float(verdict.confidence), 3),
                "coverage_a": round(float(alignment.coverage_a), 3),
                "coverage_b": round(float(alignment.coverage_b), 3),
                "links": len(alignment.links),
                "sentences_a": len(comparison.sentences_a),
                "sentences_b": len(comparison.sentences_b),
                "findings": len(comparison.findings),
                "distortions": len(comparison.distortions),
                "seconds": round(seconds, 4),
            }
        )
    pick = _pick(candidates)
    return {
        "story": story.path,
        "paper": Path(story.path).stem.rsplit("_", 1)[-1],
        "gold": story.gold,
        "pa_files": len(story.pa),
        "pick": pick["pa"] if pick else None,
        "relation": pick["relation"] if pick else NO_PA,
        "copy": bool(pick and pick["copy"]),
        "source": pick["source"] if pick else "unknown",
        "confidence": pick["confidence"] if pick else None,
        "coverage_b": pick["coverage_b"] if pick else None,
        "coverage_a": pick["coverage_a"] if pick else None,
        "predicted_class": predicted_class(pick),
        "candidates": candidates,
    }


# ------------------------------------------------------------------------------------- metrics


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None or precision + recall == 0:
        f1 = 0.0 if (precision == 0 or recall == 0) else None
    else:
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def binary(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Derived (wholly + partially) vs non-derived; a copy relation = derived."""
    tp = sum(r["gold"] != "non" and r["copy"] for r in results)
    fp = sum(r["gold"] == "non" and r["copy"] for r in results)
    fn = sum(r["gold"] != "non" and not r["copy"] for r in results)
    tn = sum(r["gold"] == "non" and not r["copy"] for r in results)
    precision, recall, f1 = _prf(tp, fp, fn)
    non = fp + tn
    return {
        "system": "wiretrace compare",
        "stories": len(results),
        "derived": tp + fn,
        "non": non,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / len(results) if results else None,
        "false_accusation": fp / non if non else None,
    }


def three_class(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-class precision / recall / F1 and their macro mean under the first-cut mapping."""
    rows = []
    for cls in CLASSES:
        tp = sum(r["gold"] == cls and r["predicted_class"] == cls for r in results)
        fp = sum(r["gold"] != cls and r["predicted_class"] == cls for r in results)
        fn = sum(r["gold"] == cls and r["predicted_class"] != cls for r in results)
        precision, recall, f1 = _prf(tp, fp, fn)
        rows.append(
            {
                "class": cls,
                "gold_n": tp + fn,
                "predicted_n": tp + fp,
                "tp": tp,
                "precision": precision,
                "recall": recall,
                "f1": f1,
            }
        )
    f1s = [r["f1"] or 0.0 for r in rows]
    macro = sum(f1s) / len(f1s) if results else None
    grid = {g: Counter(r["predicted_class"] for r in results if r["gold"] == g) for g in CLASSES}
    return {
        "rows": rows,
        "macro_f1": macro,
        "mapping": (
            f"non = same_event/unrelated/no PA file; wholly = a copy with coverage_b >= {WHOLLY_COVERAGE}; "
            "partially = other copies"
        ),
        "confusion": {g: {p: grid[g].get(p, 0) for p in CLASSES} for g in CLASSES},
    }


def confusion(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold class × predicted relation (story predictions)."""
    columns = [*RELATIONS, NO_PA]
    rows = []
    for cls in CLASSES:
        counts = Counter(r["relation"] for r in results if r["gold"] == cls)
        row: dict[str, Any] = {"gold": cls, "n": sum(counts.values())}
        row.update({rel: counts.get(rel, 0) for rel in columns})
        rows.append(row)
    total = Counter(r["relation"] for r in results)
    rows.append({"gold": "all", "n": len(results), **{rel: total.get(rel, 0) for rel in columns}})
    return rows


def direction(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Source named by predicted copies: of derived stories (the figure) and of all copies."""
    rows = []
    for label, subset in (
        ("copies of derived stories", [r for r in results if r["copy"] and r["gold"] != "non"]),
        ("all predicted copies", [r for r in results if r["copy"]]),
    ):
        n = len(subset)
        counts = Counter(r["source"] for r in subset)
        rows.append(
            {
                "set": label,
                "n": n,
                "pa (a, right)": counts.get("a", 0) / n if n else None,
                "newspaper (b, wrong)": counts.get("b", 0) / n if n else None,
                "unknown": counts.get("unknown", 0) / n if n else None,
            }
        )
    return rows


def measure(
    data: Path | str | None = None,
    max_docs: int | None = None,
    seed: int = DEFAULT_SEED,
    compare: Callable[[Any, Any], Any] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Run the benchmark on the first ``max_docs`` stories of the seeded order (all by default).

    Returns ``summary`` (the headline figures), ``binary``, ``three_class``, ``confusion``,
    ``direction``, ``relations``, ``timing`` and ``docs`` (per-story results: paths and figures).
    """
    if compare is None:
        from wiretrace.pipeline import compare
    data = data_dir(data)
    root = corpus_dir(data)
    stories = seeded_order(load_stories(data), seed)
    if max_docs is not None:
        stories = stories[:max_docs]
    pa_cache: dict[str, str] = {}
    results: list[dict[str, Any]] = []
    start = time.perf_counter()
    for i, story in enumerate(stories, 1):
        result = run_story(compare, root, story, pa_cache)
        results.append(result)
        if progress:
            secs = sum(c["seconds"] for c in result["candidates"])
            cov = "–" if result["coverage_b"] is None else f"{result['coverage_b']:.2f}"
            print(
                f"{i:>4}/{len(stories)} {story.path:<52} {story.gold:<9} {result['relation']:<10} "
                f"src {result['source']:<7} covB {cov:<4} ({len(story.pa)} PA, {secs:.2f}s)",
                file=sys.stderr,
            )
    wall = time.perf_counter() - start
    seconds = [c["seconds"] for r in results for c in r["candidates"]]
    timing = summary(seconds)
    timing["total_compare_s"] = sum(seconds)
    timing["wall_s"] = wall
    bin_row = binary(results)
    three = three_class(results)
    dirs = direction(results)
    relations_pred = Counter(r["relation"] for r in results)
    relations_all = Counter(c["relation"] for r in results for c in r["candidates"])
    head = {
        "stories": len(results),
        "comparisons": len(seconds),
        "precision": bin_row["precision"],
        "recall": bin_row["recall"],
        "f1": bin_row["f1"],
        "anchor_f1": ANCHOR_F1,
        "false_accusation": bin_row["false_accusation"],
        "macro_f1_3class": three["macro_f1"],
        "source_pa": dirs[0]["pa (a, right)"],
        "source_newspaper": dirs[0]["newspaper (b, wrong)"],
        "source_unknown": dirs[0]["unknown"],
        "direction_n": dirs[0]["n"],
        "sec_median": timing["median"],
        "sec_p90": timing["p90"],
    }
    return {
        "summary": head,
        "binary": [bin_row, {"system": "published anchor", "f1": ANCHOR_F1}],
        "three_class": three,
        "confusion": confusion(results),
        "direction": dirs,
        "relations": {
            "predictions": dict(relations_pred.most_common()),
            "all_comparisons": dict(relations_all.most_common()),
        },
        "timing": timing,
        "docs": results,
    }


BINARY_COLUMNS = (
    "system",
    "stories",
    "derived",
    "non",
    "tp",
    "fp",
    "fn",
    "tn",
    "precision",
    "recall",
    "f1",
    "false_accusation",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-docs", type=int, default=None, help="first N stories of the seeded order")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the fixed shuffled order")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--name", default="meter_compare", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no per-story progress lines")
    args = parser.parse_args(argv)
    result = measure(args.data, args.max_docs, args.seed, progress=not args.quiet)
    from _common import print_table

    three = result["three_class"]
    print_table("Gold class × predicted relation (story predictions)", result["confusion"])
    print_table(
        f"3-class, first cut (macro-F1 {three['macro_f1']:.3f}; {three['mapping']})",
        three["rows"],
    )
    print_table("Source named by predicted copies", result["direction"])
    rel = result["relations"]
    print_table(
        "Relations",
        [
            {
                "relation": r,
                "predictions": rel["predictions"].get(r, 0),
                "all comparisons": rel["all_comparisons"].get(r, 0),
            }
            for r in [*RELATIONS, NO_PA]
        ],
    )
    t = result["timing"]
    print_table(
        "Seconds per comparison",
        [{k: t[k] for k in ("n", "median", "mean", "p90", "max", "total_compare_s", "wall_s")}],
    )
    meta = {
        "max_docs": args.max_docs,
        "seed": args.seed,
        "section": SECTION,
        "anchor_f1": ANCHOR_F1,
        "wholly_coverage": WHOLLY_COVERAGE,
        "target": "none at compare level; corpus-level derived-vs-non F1 >= 0.90 is issue 3's target",
    }
    write_results(
        args.name,
        result["binary"],
        meta,
        columns=BINARY_COLUMNS,
        title="METER courts: derived vs non-derived (copy relation = derived)",
        extra={
            k: result[k]
            for k in ("summary", "three_class", "confusion", "direction", "relations", "timing", "docs")
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
