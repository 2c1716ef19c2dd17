"""METER courts: how far can plain n-gram containment go, given each story's PA folder by hand?

A yardstick for ``bench/meter_corpus.py``'s derived-vs-non-derived F1 (issue 3: target 0.90,
published anchor 0.73). Every labelled newspaper story with a PA folder is scored by the share
of its word n-grams (n = 3, 4, 5; lower-cased letters and digits) that recur in the PA file of
its own ``<date>/<catchline>`` folder that holds most of them; no candidate search, no
alignment. Sweeping the threshold gives, for each number of **false accusations** (non-derived
stories called derived), the best F1 of the derived class — the trade the issue's target asks
about. Variants with quoted speech left out of both sides (two reporters in one courtroom write
down the same words) show whether quotes are what confuses the classes.

Run ``python bench/meter_ceiling.py``; writes ``bench/out/meter_ceiling.json`` (figures only).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, write_results
from meter_compare import corpus_dir, load_stories, read_text

CAPS = (5, 10, 17, 20, 30, 40, 60, 100, 166)  # 17 = a tenth of METER's 166 non-derived stories
# PA writes ``...'' quotes, the papers "..." and '...' (an apostrophe inside a word is not one).
_QUOTED = re.compile(r"``.*?''|\"[^\"]*\"|“[^”]*”|(?<!\w)'(?=\w)(?:[^']|'(?=\w))*?'(?!\w)", re.DOTALL)
_WORD = re.compile(r"[a-z0-9]+")


def grams(text: str, n: int, drop_quotes: bool) -> set[tuple[str, ...]]:
    if drop_quotes:
        text = _QUOTED.sub(" | ", text)
    out: set[tuple[str, ...]] = set()
    for piece in text.lower().split("|"):
        w = _WORD.findall(piece)
        out.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return out


def scores(data: Path) -> tuple[list[str], list[str], list[list[float]]]:
    root = corpus_dir(data)
    variants = [(n, q) for n in (3, 4, 5) for q in (False, True)]
    names = [f"{n}-grams{' without quotes' if q else ''}" for n, q in variants]
    cache: dict[tuple[str, int, bool], set] = {}
    gold, rows = [], []
    for st in load_stories(data):
        if not st.pa:
            continue
        text = read_text(root / "newspapers" / "rawtexts" / st.path)
        row = []
        for n, q in variants:
            g = grams(text, n, q)
            best = 0.0
            for pa in st.pa:
                if (pa, n, q) not in cache:
                    cache[pa, n, q] = grams(read_text(root / "PA" / "rawtexts" / pa), n, q)
                if g:
                    best = max(best, len(g & cache[pa, n, q]) / len(g))
            row.append(best)
        gold.append(st.gold)
        rows.append(row)
    return names, gold, rows


def sweep(gold: list[str], values: list[float]) -> dict[int, dict[str, float]]:
    """Best F1 of the derived class at each cap of false accusations, with its threshold."""
    derived = sum(g != "non" for g in gold)
    tp = fp = 0
    best: dict[int, dict[str, float]] = {}
    for g, v in sorted(zip(gold, values, strict=True), key=lambda x: -x[1]):
        tp, fp = tp + (g != "non"), fp + (g == "non")
        f1 = 2 * tp / (tp + derived + fp)
        for cap in CAPS:
            if fp <= cap and f1 > best.get(cap, {}).get("f1", -1):
                best[cap] = {"f1": f1, "threshold": v, "recall": tp / derived, "false_accusations": fp}
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    args = ap.parse_args(argv)
    data = data_dir(args.data)
    names, gold, rows = scores(data)
    sweeps = {name: sweep(gold, [r[k] for r in rows]) for k, name in enumerate(names)}
    out: list[dict[str, Any]] = [{"signal": name, **{f"F1 at <= {c}": best[c]["f1"] for c in CAPS if c in best}}
                                 for name, best in sweeps.items()]
    derived = sum(g != "non" for g in gold)
    everything = 2 * derived / (2 * derived + len(gold) - derived)
    meta = {"stories": len(gold), "derived": derived, "non": len(gold) - derived,
            "f1_calling_every_story_derived": everything}
    write_results("meter_ceiling", out, meta, title="METER courts: best derived-class F1 of n-gram containment "
                  "(own PA folder given) at a cap of false accusations",
                  extra={"sweeps": sweeps})
    print(f"calling every story derived: F1 {everything:.3f} ({len(gold) - derived} false accusations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
