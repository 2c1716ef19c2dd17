"""Spellings converted to a house style: is the converted side named the copy?

A republisher localises a wire story to its own spelling convention, often in part. No data set
in ``../shared`` holds such copies with their originals, so this benchmark makes them from real
originals and measures the ``house_style`` clue on them:

* originals: METER's PA wire stories (British) and the English originals of WMT21 (``en-ja`` and
  ``en-is``: news from American and British outlets);
* the copy: each distinct lower-case word with a British / American counterpart of a regular
  family (organise / organize, colour / color, centre / center, …, breame's tables) written the
  other way with probability ``p`` (all its occurrences), as an editor who converts some words
  and misses others; ``p = 1`` is a tool that converts every listed word;
* ``compare`` on (original, copy) and (copy, original) alternately, as the other direction
  benchmarks do.

Figures per set and ``p``: documents with at least two convertible words, the share whose copy
left a word of a family it converted as it was (what the clue can see), the clue naming the
copy (right) / the original (wrong) / silent, and the verdict naming the copy's source right /
wrong / unknown. The clue's firings on real copy pairs that convert nothing are read off
``bench/meter_direction.py``'s clue table (none should fire on METER, British on both sides).

Run ``python bench/house_style.py`` (``--max-docs N`` per set, ``--p 0.7 1.0``). Data: see
``bench/_common.py``. The JSON holds ids and figures, never texts.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, write_results
from meter_compare import corpus_dir, read_text
from wmt21_align import build_document, load_pair

_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def convertible(text: str) -> dict[str, str]:
    """Each lower-case word of a regular British / American family and its other spelling."""
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

    from wiretrace.text.spelling import convention

    out = {}
    for w in set(_WORD.findall(text)):
        conv, fam = convention(w)
        if conv and fam:
            out[w] = (BRITISH_ENGLISH_SPELLINGS if conv == "uk" else AMERICAN_ENGLISH_SPELLINGS)[w]
    return out


def localise(text: str, words: dict[str, str], p: float, rng: random.Random) -> tuple[str, int, bool]:
    """``text`` with each word of ``words`` converted with probability ``p``: (text, words
    converted, whether a word of a converted family was left as it was)."""
    from wiretrace.text.spelling import convention

    chosen = {w: v for w, v in sorted(words.items()) if rng.random() < p}
    if not chosen:
        return text, 0, False
    families = {convention(w)[1] for w in chosen}
    mixed = any(convention(w)[1] in families for w in words if w not in chosen)
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, chosen)) + r")(?![\w'’-])")
    return pattern.sub(lambda m: chosen[m.group(1)], text), len(chosen), mixed


def originals(data: Path, max_docs: int) -> dict[str, list[tuple[str, str]]]:
    root = corpus_dir(data)
    pa = sorted((root / "PA" / "rawtexts").rglob("*.txt"))
    meter = [(str(p.relative_to(root)), read_text(p)) for p in pa if "readme" not in p.name]
    seen, wmt = set(), []
    for pair in ("en-ja", "en-is"):
        for d in load_pair(data, pair):
            if d.id not in seen:
                seen.add(d.id)
                wmt.append((d.id, build_document(d.id, d.src).document.text))
    pick = lambda docs: [d for d in docs if len(convertible(d[1])) >= 2][:max_docs]  # noqa: E731
    return {"METER PA (British)": pick(meter), "WMT21 English originals": pick(wmt)}


def measure(data: Path | str | None = None, max_docs: int = 150, ps: tuple[float, ...] = (0.7, 1.0)) -> dict[str, Any]:
    from wiretrace.pipeline import compare

    sets = originals(data_dir(data), max_docs)
    rows, docs = [], []
    for name, items in sets.items():
        for p in ps:
            tally = {"mixed": 0, "mixed, clue right": 0, "clue right": 0, "clue wrong": 0, "silent": 0, "named right": 0, "named wrong": 0,
                     "unknown": 0, "unchanged": 0}
            for i, (doc_id, text) in enumerate(items):
                rng = random.Random(f"{doc_id}:{p}")
                copy, n, mixed = localise(text, convertible(text), p, rng)
                if not n:
                    tally["unchanged"] += 1
                    continue
                orig_first = i % 2 == 0
                v = compare(*((text, copy) if orig_first else (copy, text))).verdict
                copy_side = "b" if orig_first else "a"
                clue = next((c for c in v.clues if c.name == "house_style"), None)
                tally["mixed"] += mixed
                tally["mixed, clue right"] += mixed and clue is not None and clue.derived == copy_side
                tally["silent" if clue is None else "clue right" if clue.derived == copy_side else "clue wrong"] += 1
                named = v.source
                tally["unknown" if named == "unknown" else "named right" if named != copy_side else "named wrong"] += 1
                docs.append({"set": name, "p": p, "doc": doc_id, "converted": n, "mixed": mixed,
                             "clue": None if clue is None else clue.derived == copy_side, "source": named,
                             "copy_side": copy_side})
            n = sum(tally[k] for k in ("clue right", "clue wrong", "silent"))
            rows.append({"set": name, "p": p, "docs": n, "unchanged": tally["unchanged"],
                         "left some": tally["mixed"] / n if n else None,
                         "found of those": tally["mixed, clue right"] / tally["mixed"] if tally["mixed"] else None,
                         **{k: (tally[k] / n if n else None) for k in
                            ("clue right", "clue wrong", "silent", "named right", "named wrong", "unknown")}})
    return {"rows": rows, "docs": docs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--max-docs", type=int, default=150)
    ap.add_argument("--p", type=float, nargs="+", default=[0.7, 1.0])
    ap.add_argument("--name", default="house_style")
    args = ap.parse_args(argv)
    res = measure(args.data, args.max_docs, tuple(args.p))
    write_results(args.name, res["rows"], {"max_docs": args.max_docs, "p": args.p},
                  title="House-style spelling conversions: is the converted side named the copy?",
                  extra={"docs": res["docs"]})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
