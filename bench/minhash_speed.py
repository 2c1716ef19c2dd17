"""How fast are wiretrace's MinHash signatures against datasketch and rensa, on the same documents?

Input: ``--docs`` synthetic articles (default 20,000) of about ``--words`` words (default 300) in
paragraphs of about 40 words, drawn Zipf-like from a vocabulary of made-up words (no external
data). All libraries get the same shingles: the 5-word shingle hashes of
``wiretrace.detect.shingles.shingle_hashes_many``, each in the input form its API takes, prepared
before the clock starts (``sig_s``) or counted (``incl_s``):

* ``wiretrace`` — ``signatures(sets, MinHashScheme(method=...))``, for the default one-permutation
  kernel (``oph``) and the classic ``num_perm``-permutation kernel (``kperm``);
* ``datasketch`` — ``MinHash.bulk``, its batch API, with the default scheme (affine32). Fastest
  input: Python ints (the low 32 bits of each shingle hash) with an identity ``hashfunc``; also the
  default SHA-1 ``hashfunc`` over the 8 bytes of each hash, as most users call it;
* ``rensa`` — ``RMinHash`` one document at a time (``update`` with the 8-byte tokens), and its batch
  ``RMinHash.digest_matrix_from_flat_token_hashes`` (one flat uint64 buffer plus offsets).

Measured, best of ``--repeat`` runs each, in this one process:

* ``sig_s`` — signatures only, from inputs already in the library's form;
* ``incl_s`` — from text: shingling (``shingle_hashes_many``, measured once here, the same for
  all) + converting the hashes to the library's input form + signatures;
* ``x_ds`` / ``x_ds_incl`` — datasketch's fastest time over this row's time; ``x_rensa`` — rensa's
  fastest ``sig_s`` over this row's;
* ``mae`` / ``bias`` — mean |J_est − J_exact| and mean (J_est − J_exact) over ``--pairs``
  near-duplicate pairs (default 1,000): a document and a copy with 1–25 % of its words substituted,
  deleted or inserted, and sometimes a paragraph dropped; J_exact is the Jaccard of the 5-gram
  hash sets.

Target (issue 3): wiretrace ≥ 10× datasketch's fastest batch API. Run
``python bench/minhash_speed.py``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import write_results

from wiretrace.detect.minhash import MinHashScheme, estimate, jaccard, signatures
from wiretrace.detect.shingles import SHINGLE_SCHEME, shingle_hashes_many

TARGET = 10.0
COLUMNS = ["library", "api", "sig_s", "sig_cpu_s", "docs_per_s", "incl_s", "x_ds", "x_ds_cpu", "x_ds_incl",
           "x_rensa", "mae", "bias"]


# ---------------------------------------------------------------------------------------- corpus


def vocabulary(size: int, rng: np.random.Generator) -> list[str]:
    """Made-up words of 1–4 syllables, distinct."""
    onsets = ["", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
              "br", "ch", "cl", "dr", "fr", "gr", "pl", "pr", "sh", "st", "th", "tr"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
    codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"]
    words: set[str] = set()
    while len(words) < size:
        syllables = int(rng.choice([1, 2, 2, 3, 3, 4]))
        words.add("".join(onsets[rng.integers(len(onsets))] + vowels[rng.integers(len(vowels))]
                          + codas[rng.integers(len(codas))] for _ in range(syllables)))
    return sorted(words)


def make_documents(n: int, words: int, vocab_size: int, seed: int) -> tuple[list[list[list[str]]], list[str]]:
    """``n`` articles as paragraphs of words, and the vocabulary; word frequencies Zipf-like."""
    rng = np.random.default_rng(seed)
    vocab = vocabulary(vocab_size, rng)
    weights = 1.0 / np.arange(1, vocab_size + 1) ** 1.05
    weights /= weights.sum()
    draws = rng.choice(vocab_size, size=n * words * 2, p=weights)
    docs, at = [], 0
    for _ in range(n):
        length = int(rng.integers(int(words * 0.8), int(words * 1.2) + 1))
        tokens = [vocab[i] for i in draws[at:at + length]]
        at += length
        cuts = np.cumsum(rng.integers(25, 56, size=length // 25 + 1))
        cuts = [0] + [int(c) for c in cuts if c < length] + [length]
        docs.append([tokens[a:b] for a, b in pairwise(cuts) if b > a])
    return docs, vocab


def render(paragraphs: list[list[str]]) -> str:
    out = []
    for p in paragraphs:
        text = " ".join(p)
        out.append(text[:1].upper() + text[1:] + ".")
    return "\n".join(out)


def edited(paragraphs: list[list[str]], vocab: list[str], rng: np.random.Generator) -> list[list[str]]:
    """A near-duplicate: 1–25 % of the words substituted, deleted or inserted; 20 % drop a paragraph."""
    paras = [list(p) for p in paragraphs]
    if len(paras) > 2 and rng.random() < 0.2:
        del paras[int(rng.integers(len(paras)))]
    total = sum(len(p) for p in paras)
    for _ in range(max(1, int(total * rng.uniform(0.01, 0.25)))):
        p = paras[int(rng.integers(len(paras)))]
        i = int(rng.integers(len(p)))
        kind = rng.random()
        if kind < 0.5:
            p[i] = vocab[int(rng.integers(len(vocab)))]
        elif kind < 0.75 and len(p) > 1:
            del p[i]
        else:
            p.insert(i, vocab[int(rng.integers(len(vocab)))])
    return paras


# ------------------------------------------------------------------------------ library adapters
# Each adapter: prepare(sets) -> input in the library's form; run(input) -> (n, num_perm) array.


def _ds_prepare_ints(sets):
    return [(s & np.uint64(0xFFFFFFFF)).tolist() for s in sets]


def _ds_prepare_bytes(sets):
    return [[v.to_bytes(8, "little") for v in s.tolist()] for s in sets]


def _ds_run_ints(data, scheme):
    from datasketch import MinHash

    ms = MinHash.bulk(data, num_perm=scheme.num_perm, seed=scheme.seed, hashfunc=_identity)
    return np.array([m.hashvalues for m in ms])


def _ds_run_sha1(data, scheme):
    from datasketch import MinHash

    ms = MinHash.bulk(data, num_perm=scheme.num_perm, seed=scheme.seed)
    return np.array([m.hashvalues for m in ms])


def _identity(v):
    return v


def _rensa_run_each(data, scheme):
    from rensa import RMinHash

    out = []
    for tokens in data:
        m = RMinHash(scheme.num_perm, scheme.seed)
        m.update(tokens)
        out.append(m.digest())
    return np.array(out, dtype=np.uint32)


def _rensa_prepare_flat(sets):
    offsets = np.zeros(len(sets) + 1, dtype=np.uint64)
    np.cumsum([len(s) for s in sets], out=offsets[1:])
    return np.concatenate(sets), offsets


def _rensa_run_flat(data, scheme):
    from rensa import RMinHash

    flat, offsets = data
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, scheme.num_perm, scheme.seed)
    return np.array(matrix.to_rows(), dtype=np.uint32)


def _rensa_time_flat(data, scheme):
    """The timed part: the digest matrix itself (to_rows, a Python list copy, is not counted)."""
    from rensa import RMinHash

    flat, offsets = data
    return RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, scheme.num_perm, scheme.seed)


def _wt(method):
    def run(sets, scheme):
        return signatures(sets, MinHashScheme(num_perm=scheme.num_perm, bands=scheme.bands,
                                              seed=scheme.seed, method=method))
    return run


def _same(sets):
    return sets


# (library, api, input, prepare, timed run, run for estimates)
METHODS: list[tuple[str, str, str, Callable, Callable, Callable]] = [
    ("wiretrace", "signatures, method='oph' (default)", "uint64 arrays", _same, _wt("oph"), _wt("oph")),
    ("wiretrace", "signatures, method='kperm'", "uint64 arrays", _same, _wt("kperm"), _wt("kperm")),
    ("datasketch", "MinHash.bulk, hashfunc=identity", "int lists (low 32 bits)", _ds_prepare_ints,
     _ds_run_ints, _ds_run_ints),
    ("datasketch", "MinHash.bulk, default sha1", "8-byte tokens", _ds_prepare_bytes, _ds_run_sha1,
     _ds_run_sha1),
    ("rensa", "RMinHash(...).update per document", "8-byte tokens", _ds_prepare_bytes, _rensa_run_each,
     _rensa_run_each),
    ("rensa", "RMinHash.digest_matrix_from_flat_token_hashes", "flat uint64 + offsets", _rensa_prepare_flat,
     _rensa_time_flat, _rensa_run_flat),
]


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def estimates(run: Callable, sets_a: list[np.ndarray], sets_b: list[np.ndarray],
              scheme: MinHashScheme) -> np.ndarray:
    return estimate(np.asarray(run(sets_a, scheme)), np.asarray(run(sets_b, scheme)))


def measure(args: argparse.Namespace) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    scheme = MinHashScheme()
    print(f"building {args.docs:,} documents of about {args.words} words …", flush=True)
    paragraphs, vocab = make_documents(args.docs, args.words, args.vocab, args.seed)
    texts = [render(p) for p in paragraphs]
    shingle_runs = [timed(lambda: shingle_hashes_many(texts)) for _ in range(args.repeat)]
    shingle_s, shingle_cpu = min(w for w, _ in shingle_runs), min(c for _, c in shingle_runs)
    sets = shingle_hashes_many(texts)
    n_shingles = int(sum(len(s) for s in sets))
    print(f"shingling: {shingle_s:.2f} s ({n_shingles / len(sets):.0f} shingles per document)", flush=True)

    # Inputs in each library's form, prepared (and timed) once; then the signature runs go round
    # robin, so a busy neighbour on a shared machine slows every method alike.
    inputs: list[Any] = []
    prepare = [timed(lambda prep=prep: inputs.append(prep(sets))) for _, _, _, prep, _, _ in METHODS]
    runs: list[list[tuple[float, float]]] = [[] for _ in METHODS]
    for r in range(args.repeat):
        for k, (library, api, _, _, timed_run, _) in enumerate(METHODS):
            runs[k].append(timed(lambda run=timed_run, data=inputs[k]: run(data, scheme)))
            print(f"  round {r + 1}: {library:10s} {api:48s} {runs[k][-1][0]:7.3f} s", flush=True)
    inputs.clear()

    rng = np.random.default_rng(args.seed + 1)
    picks = rng.choice(len(paragraphs), size=args.pairs, replace=args.pairs > len(paragraphs))
    copies = [render(edited(paragraphs[i], vocab, rng)) for i in picks]
    sets_a = [sets[i] for i in picks]
    sets_b = shingle_hashes_many(copies)
    exact = np.array([jaccard(a, b) for a, b in zip(sets_a, sets_b)])

    rows: list[dict[str, Any]] = []
    for k, (library, api, form, prep, _, run) in enumerate(METHODS):
        est = estimates(lambda s, sc, run=run, prep=prep: run(prep(s), sc), sets_a, sets_b, scheme)
        sig_s, sig_cpu = min(w for w, _ in runs[k]), min(c for _, c in runs[k])
        rows.append({
            "library": library, "api": api, "input": form,
            "sig_s": sig_s, "sig_cpu_s": sig_cpu, "docs_per_s": round(len(sets) / sig_s),
            "prepare_s": prepare[k][0], "incl_s": shingle_s + prepare[k][0] + sig_s,
            "incl_cpu_s": shingle_cpu + prepare[k][1] + sig_cpu,
            "mae": float(np.mean(np.abs(est - exact))), "bias": float(np.mean(est - exact)),
        })
    best = {key: min(r[key] for r in rows if r["library"] == "datasketch")
            for key in ("sig_s", "sig_cpu_s", "incl_s")}
    rensa_best = min(r["sig_s"] for r in rows if r["library"] == "rensa")
    for r in rows:
        r["x_ds"] = round(best["sig_s"] / r["sig_s"], 1)
        r["x_ds_cpu"] = round(best["sig_cpu_s"] / r["sig_cpu_s"], 1)
        r["x_ds_incl"] = round(best["incl_s"] / r["incl_s"], 1)
        r["x_rensa"] = round(rensa_best / r["sig_s"], 2)
        for key in ("sig_s", "sig_cpu_s", "incl_s", "incl_cpu_s", "prepare_s"):
            r[key] = round(r[key], 3)
        r["mae"] = round(r["mae"], 4)
        r["bias"] = round(r["bias"], 4)
    wt = rows[0]
    meta = {
        "docs": len(sets), "words": args.words, "vocab": args.vocab, "seed": args.seed, "repeat": args.repeat,
        "pairs": args.pairs, "num_perm": scheme.num_perm, "scheme": scheme.version,
        "shingle_scheme": SHINGLE_SCHEME, "shingles_per_doc": round(n_shingles / len(sets), 1),
        "shingle_s": round(shingle_s, 3), "shingle_cpu_s": round(shingle_cpu, 3),
        "exact_j_mean": round(float(exact.mean()), 3),
        "exact_j_quartiles": [round(float(q), 3) for q in np.quantile(exact, [0.25, 0.5, 0.75])],
        "target": f"wiretrace >= {TARGET:g}x datasketch's fastest batch API (signatures, wall time)",
        "target_met": wt["x_ds"] >= TARGET,
        "library_versions": _versions(),
        "load_average": list(os.getloadavg()),
    }
    return rows, meta


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("numpy", "datasketch", "rensa"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "missing"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="synthetic documents")
    parser.add_argument("--words", type=int, default=300, help="mean words per document")
    parser.add_argument("--vocab", type=int, default=30_000, help="vocabulary size")
    parser.add_argument("--pairs", type=int, default=1_000, help="near-duplicate pairs for agreement")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per method (best is kept)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--name", default="minhash_speed", help="output name (bench/out/<name>.json)")
    args = parser.parse_args(argv)
    rows, meta = measure(args)
    write_results(args.name, rows, meta, columns=COLUMNS,
                  title=f"MinHash signatures, {meta['docs']:,} documents × {meta['shingles_per_doc']:.0f} "
                        f"shingles, {meta['num_perm']} permutations")
    wt = rows[0]
    print(f"load average {meta['load_average'][0]:.1f} on {os.cpu_count()} cores; shingling (shared): "
          f"{meta['shingle_s']:.2f} s; wiretrace {wt['x_ds']}x datasketch "
          f"(target {TARGET:g}x: {'met' if meta['target_met'] else 'MISSED'}), {wt['x_ds_incl']}x from text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
