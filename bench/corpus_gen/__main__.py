"""``python -m bench.corpus_gen --size 10000 --out DIR --seed 1`` (see docs/corpus-generator.md)."""

from __future__ import annotations

import argparse
import json
import sys

from .config import DEFAULT_KINDS, Composition
from .write import generate


def _kinds(text: str) -> dict[str, float]:
    out = {}
    for part in text.split(","):
        name, _, weight = part.partition("=")
        out[name.strip()] = float(weight or 1)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.corpus_gen", description=__doc__)
    p.add_argument("--size", type=int, required=True, help="number of documents in corpus.jsonl")
    p.add_argument("--out", required=True, help="output folder (created)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: usable CPUs)")
    d = Composition()
    p.add_argument("--family-share", type=float, default=d.family_share,
                   help="share of documents in story families (original + copies)")
    p.add_argument("--independent-share", type=float, default=d.independent_share,
                   help="share of documents that are independent reports of another original's event")
    p.add_argument("--chain-share", type=float, default=d.chain_share,
                   help="share of families with an intermediate copy that is copied again")
    p.add_argument("--lost-share", type=float, default=d.lost_share,
                   help="share of those intermediates not written to the corpus")
    p.add_argument("--missing-dates", type=float, default=d.missing_dates, help="share of null 'published'")
    p.add_argument("--max-copies", type=int, default=d.max_copies, help="copies per family: 1..N")
    p.add_argument("--kinds", type=_kinds, default=dict(DEFAULT_KINDS),
                   help="copy kinds and weights, e.g. 'verbatim=1,round_trip=2' (others then 0)")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args(argv)
    try:
        comp = Composition(family_share=a.family_share, independent_share=a.independent_share,
                           chain_share=a.chain_share, lost_share=a.lost_share, missing_dates=a.missing_dates,
                           max_copies=a.max_copies, kinds=a.kinds)
    except ValueError as exc:
        p.error(str(exc))
    meta = generate(a.out, a.size, a.seed, comp, a.workers, progress=not a.quiet)
    if not a.quiet:
        print(json.dumps({k: meta[k] for k in ("documents", "seconds", "counts")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
