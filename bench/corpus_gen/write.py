"""Plan the corpus, build it chunk by chunk in worker processes, stream it to disk.

Memory stays bounded: the planner yields units lazily, at most ``2 × workers`` chunks are in
flight, and each chunk's lines are written as soon as it is done (in chunk order, so the output
does not depend on the number of workers). Nothing holds the list of all documents.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing as mp
import os
import time
from collections import Counter, deque
from collections.abc import Iterator
from pathlib import Path
from random import Random
from typing import Any

from . import VERSION
from .config import Composition
from .doc import Doc
from .family import KINDS, Unit, UnitBuilder
from .measure import distribution, jaccard, shingles

CHUNK_UNITS = 40
UNRELATED_KEEP = 600  # originals kept (text) for the unrelated-pairs measurement
UNRELATED_PAIRS = 2000
JACCARD_KEEP = 2000  # per kind, reservoir


def plan(size: int, seed: int, comp: Composition) -> Iterator[Unit]:
    """Units whose documents add up to exactly ``size``."""
    rng = Random(f"{seed}:plan")
    pf, pe, _ = comp.unit_probabilities()
    done = 0
    for index in itertools.count():
        left = size - done
        if left <= 0:
            return
        r = rng.random()
        if r < pf and left >= 2:
            copies = comp.min_copies + int(rng.random() * (comp.max_copies - comp.min_copies + 1))
            indep = rng.random() < comp.family_independent
            copies = min(copies, left - 1 - indep)
            if copies < 1:
                unit = Unit(index, "single")
            else:
                unit = Unit(index, "family", copies, indep)
        elif r < pf + pe and left >= 2:
            unit = Unit(index, "event")
        else:
            unit = Unit(index, "single")
        done += unit.docs
        yield unit


def _record(d: Doc, text: str) -> dict[str, Any]:
    return {"id": d.id, "text": text, "title": d.title, "outlet": d.outlet,
            "published": d.published.strftime("%Y-%m-%dT%H:%M:%SZ") if d.published else None, "lang": d.lang}


def _label(d: Doc) -> dict[str, Any]:
    if d.kind == "independent":
        return {"id": d.id, "parent": None, "root": None, "kind": "independent", "depth": 0, "edits": [],
                "event": d.event, "same_event_as": d.extra["same_event_as"], "copy": False}
    return {"id": d.id, "parent": d.parent, "root": d.root, "kind": d.kind, "depth": d.depth, "edits": d.edits,
            "event": d.event, "copy": True}


# ------------------------------------------------------------------------------------ workers

_BUILDER: UnitBuilder | None = None
_STATE: dict[str, Any] = {}


def _init(seed: int, size: int, comp: Composition, jrate: float, ustride: int) -> None:
    global _BUILDER
    _BUILDER = UnitBuilder(seed, size, comp)
    _STATE.update(seed=seed, jrate=jrate, ustride=ustride)


def _chunk(args: tuple[int, list[Unit]]) -> dict[str, Any]:
    cid, units = args
    assert _BUILDER is not None
    seed, jrate, ustride = _STATE["seed"], _STATE["jrate"], _STATE["ustride"]
    rng = Random(f"{seed}:chunk:{cid}")
    corpus: list[str] = []
    labels: list[str] = []
    lost_lines: list[str] = []
    counts: Counter[str] = Counter()
    jac: dict[str, list[float]] = {}
    unrelated: list[tuple[int, str, str]] = []
    for unit in units:
        written, lost, facts = _BUILDER.build(unit)
        by_id = {d.id: d for d in written + lost}
        texts = {d.id: d.text() for d in written + lost}
        counts[f"unit:{unit.type}"] += 1
        counts["chain_families"] += facts["chain"]
        for d in written:
            text = texts[d.id]
            corpus.append(json.dumps(_record(d, text), ensure_ascii=False))
            counts[f"kind:{d.kind}"] += 1
            counts[f"lang:{d.lang}"] += 1
            counts["published_missing"] += d.published is None
            counts["words"] += text.count(" ") + text.count("\n") // 2 + 1
            if d.kind != "original":
                labels.append(json.dumps(_label(d), ensure_ascii=False))
            if d.parent and by_id.get(d.parent) is not None and by_id[d.parent].lost:
                counts["children_of_lost"] += 1
        for d in lost:
            rec = _label(d)
            rec["lost"] = True
            rec["text"] = texts[d.id]  # ground truth of the missing intermediate (not in the corpus)
            lost_lines.append(json.dumps(rec, ensure_ascii=False))
            counts["lost"] += 1
        if rng.random() < jrate:
            orig = written[0]
            sh = {doc_id: shingles(text) for doc_id, text in texts.items()}
            for d in written[1:] + lost:
                ref = orig.id if d.kind == "independent" else d.parent
                jac.setdefault(d.kind, []).append(jaccard(sh[ref], sh[d.id]))
        if unit.index % ustride == 0:
            unrelated.append((unit.index, facts["topic"], texts[written[0].id]))
    rng.shuffle(corpus)
    return {"cid": cid, "corpus": corpus, "labels": labels, "lost": lost_lines, "counts": counts, "jaccard": jac,
            "unrelated": unrelated}


# ----------------------------------------------------------------------------------- driver

def _chunks(units: Iterator[Unit]) -> Iterator[tuple[int, list[Unit]]]:
    for cid in itertools.count():
        batch = list(itertools.islice(units, CHUNK_UNITS))
        if not batch:
            return
        yield cid, batch


def _unrelated_pairs(samples: list[tuple[int, str, str]], seed: int) -> dict[str, Any]:
    rng = Random(f"{seed}:unrelated")
    if len(samples) < 2:
        return {"pairs": 0}
    sh = [shingles(t) for _, _, t in samples]
    vals, same_topic = [], []
    for _ in range(UNRELATED_PAIRS):
        i, j = rng.sample(range(len(samples)), 2)
        vals.append(jaccard(sh[i], sh[j]))
    by_topic: dict[str, list[int]] = {}
    for k, (_, topic, _) in enumerate(samples):
        by_topic.setdefault(topic, []).append(k)
    groups = [g for g in by_topic.values() if len(g) > 1]
    for _ in range(UNRELATED_PAIRS if groups else 0):
        g = groups[int(rng.random() * len(groups))]
        i, j = rng.sample(g, 2)
        same_topic.append(jaccard(sh[i], sh[j]))
    return {"pairs": len(vals), "documents": len(samples), "random": distribution(vals),
            "same_topic": distribution(same_topic)}


def generate(out: str | os.PathLike[str], size: int, seed: int = 1, comp: Composition | None = None,
             workers: int | None = None, progress: bool = True) -> dict[str, Any]:
    """Write ``corpus.jsonl``, ``labels.jsonl``, ``lost.jsonl`` and ``meta.json`` into ``out``."""
    comp = comp or Composition()
    if size < 1:
        raise ValueError(f"size must be a positive number of documents. Got {size}.")
    workers = workers or len(os.sched_getaffinity(0))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    jrate = min(1.0, 4000 / max(1, size * 0.1))  # about 4,000 measured families' worth of copies
    est_units = max(1, int(size / 1.5))
    ustride = max(1, est_units // UNRELATED_KEEP)
    start = time.perf_counter()
    counts: Counter[str] = Counter()
    jac: dict[str, list[float]] = {}
    jrng = Random(f"{seed}:reservoir")
    seen_j: Counter[str] = Counter()
    unrelated: list[tuple[int, str, str]] = []
    units = _chunks(plan(size, seed, comp))
    shown = [0.0]
    files = {name: open(out / f"{name}.jsonl", "w", encoding="utf-8")  # noqa: SIM115 - closed in finally
             for name in ("corpus", "labels", "lost")}

    def absorb(res: dict[str, Any]) -> None:
        files["corpus"].write("".join(line + "\n" for line in res["corpus"]))
        files["labels"].write("".join(line + "\n" for line in res["labels"]))
        files["lost"].write("".join(line + "\n" for line in res["lost"]))
        counts.update(res["counts"])
        for kind, values in res["jaccard"].items():
            box = jac.setdefault(kind, [])
            for v in values:  # reservoir sample per kind
                seen_j[kind] += 1
                if len(box) < JACCARD_KEEP:
                    box.append(v)
                else:
                    k = int(jrng.random() * seen_j[kind])
                    if k < JACCARD_KEEP:
                        box[k] = v
        if len(unrelated) < UNRELATED_KEEP:
            unrelated.extend(res["unrelated"][:UNRELATED_KEEP - len(unrelated)])
        if progress and time.perf_counter() - shown[0] > 1.0:
            shown[0] = time.perf_counter()
            n = counts["kind:original"] + sum(counts[f"kind:{k}"] for k in KINDS) + counts["kind:independent"]
            rate = n / max(1e-9, time.perf_counter() - start)
            print(f"\r{n:>9,} / {size:,} documents  {rate:,.0f}/s", end="", flush=True)

    try:
        if workers <= 1:
            _init(seed, size, comp, jrate, ustride)
            for item in units:
                absorb(_chunk(item))
        else:
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            with ctx.Pool(workers, initializer=_init, initargs=(seed, size, comp, jrate, ustride)) as pool:
                pending: deque = deque()
                for item in units:
                    pending.append(pool.apply_async(_chunk, (item,)))
                    while len(pending) >= 2 * workers:
                        absorb(pending.popleft().get())
                while pending:
                    absorb(pending.popleft().get())
    finally:
        for f in files.values():
            f.close()
    if progress:
        print()
    seconds = time.perf_counter() - start
    per_kind = {k: counts[f"kind:{k}"] for k in ("original", *KINDS, "independent")}
    meta = {
        "generator": "bench.corpus_gen", "version": VERSION, "seed": seed, "size": size,
        "documents": sum(per_kind.values()), "composition": comp.as_dict(),
        "counts": {
            "per_kind": per_kind,
            "copies": sum(per_kind[k] for k in KINDS),
            "lost_intermediates": counts["lost"], "copies_of_lost": counts["children_of_lost"],
            "families": counts["unit:family"], "chain_families": counts["chain_families"],
            "event_pairs": counts["unit:event"], "singles": counts["unit:single"],
            "languages": {k[5:]: v for k, v in counts.items() if k.startswith("lang:")},
            "published_missing": counts["published_missing"],
            "mean_words": round(counts["words"] / max(1, sum(per_kind.values())), 1),
        },
        "jaccard_5gram_with_parent": {k: distribution(v) for k, v in sorted(jac.items())},
        "unrelated_5gram": _unrelated_pairs(unrelated, seed),
        "seconds": round(seconds, 1), "workers": workers,
        "files": ["corpus.jsonl", "labels.jsonl", "lost.jsonl", "meta.json"],
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta
