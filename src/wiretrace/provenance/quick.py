"""The quick verdict: copy or not, from sentence sketches and shingles, in a fraction of a millisecond.

``compare`` is the full verification (sentence vectors, alignment, findings) and costs 0.1–0.3 s a
pair; a million-document corpus has about a million candidate pairs. The quick verdict decides
the relation of every candidate from what the index already holds or can compute for a whole
batch at NumPy speed:

* word 5-gram shingles (exact Jaccard and containment both ways): near-verbatim copies;
* sentence sketches (``detect.sketch``): every sentence of one side against every sentence of the
  other by IDF-weighted Dice of content stems (of names and numbers only across languages),
  giving a coverage of each side and how much of it runs in the same order.

A copy tracks its source sentence after sentence, in order, however reworded (a machine round
trip keeps names, numbers and most content stems); an independent report of the same event has
a few sentences that share names and figures, scattered. Pairs the quick rules call copies (and
the borderline ones) go on to ``compare`` when findings are wanted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..align.search import _lis
from ..detect.minhash import overlap
from ..detect.sketch import Sketch
from ..model import Relation

# A sentence pair this similar (weighted Dice of content stems) is taken as the same sentence.
SENTENCE_MATCH = 0.3
SAME_SENTENCE = 0.9  # ... and this similar, as the same words


@dataclass(frozen=True, slots=True)
class QuickSide:
    """What the quick verdict reads of one document."""

    sketch: Sketch
    shingles: np.ndarray  # sorted unique uint64 word 5-gram hashes
    lang: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class QuickSignals:
    jaccard: float  # word 5-grams
    contained_a: float  # share of A's 5-grams found in B
    contained_b: float
    coverage_a: float  # share of A's words in sentences matched in B
    coverage_b: float
    in_order: float  # share of B's matched sentences on the longest chain in A's order
    matched: int  # B sentences matched
    mean_match: float  # mean similarity of the matched sentences
    fact_coverage_a: float  # coverage by matches whose names and numbers agree too
    fact_coverage_b: float
    same_coverage_a: float  # coverage by sentences that are (nearly) word for word the same
    same_coverage_b: float
    sentences_a: int
    sentences_b: int
    # Coverage by word-for-word sentences in runs of two or more, consecutive on both sides:
    # passages carried whole, which a partial copy has and independent reports do not.
    run_coverage_a: float
    run_coverage_b: float
    words_a: int
    words_b: int
    same_language: bool


@dataclass(frozen=True, slots=True)
class QuickVerdict:
    relation: Relation
    source: str  # "a" | "b" | "unknown"
    confidence: float
    coverage_a: float
    coverage_b: float
    settled: bool  # False: borderline, worth a full compare before trusting the relation
    why: str


MARK_WEIGHT = 3.0


def _stems(sk: Sketch, marks_only: bool) -> tuple[np.ndarray, ...]:
    """Stems, sentences and marks of a sketch (all, or names and numbers only), with the unique
    stems, inverse and counts: computed once per document, not once per pair (np.unique was a
    fifth of the quick tier's time)."""
    found = sk.memo.get(marks_only)
    if found is None:
        t, s, k = (sk.stems[sk.marks], sk.sents[sk.marks], sk.marks[sk.marks]) if marks_only else (
            sk.stems, sk.sents, sk.marks)
        u, inv, counts = np.unique(t, return_inverse=True, return_counts=True)
        marked = np.zeros(len(u), dtype=bool)  # unique stems written as a name or number somewhere
        marked[inv[k]] = True
        found = sk.memo[marks_only] = (t, s, k, u, inv, counts, marked)
    return found


def sentence_similarity(a: Sketch, b: Sketch, marks_only: bool = False,
                        mark_weight: float | None = None) -> np.ndarray:
    """IDF-weighted Dice of every sentence of ``a`` with every sentence of ``b`` (``na × nb``).

    The weights are IDF over the two documents' sentences: a stem in one sentence of each side
    (a name, a figure) counts more than one in every other sentence (the story's main subject);
    names and numbers count ``mark_weight`` times more, since unrelated stories on one topic share
    phrasing but not facts. Only stems found on both sides enter the product, so the matrices are
    sentences × shared stems, not sentences × vocabulary.
    """
    mark_weight = MARK_WEIGHT if mark_weight is None else mark_weight
    ta, sa, _, ua, inv_a, ca, mk_a = _stems(a, marks_only)
    tb, sb, _, ub, inv_b, cb, mk_b = _stems(b, marks_only)
    na, nb = a.n_sentences, b.n_sentences
    if not len(ta) or not len(tb):
        return np.zeros((na, nb), dtype=np.float32)
    # Document frequency over both sides' sentences, per occurrence.
    pos_b = np.minimum(np.searchsorted(ub, ua), len(ub) - 1)
    in_b = ub[pos_b] == ua
    shared = np.flatnonzero(in_b)  # indexes into ua
    if not len(shared):
        return np.zeros((na, nb), dtype=np.float32)
    pos_a = np.minimum(np.searchsorted(ua, ub), len(ua) - 1)
    in_a = ua[pos_a] == ub
    df_a = ca + np.where(in_b, cb[pos_b], 0)
    df_b = cb + np.where(in_a, ca[pos_a], 0)
    wa = np.log1p((na + nb) / df_a).astype(np.float32)
    wb = np.log1p((na + nb) / df_b).astype(np.float32)
    if not marks_only and mark_weight != 1.0:
        marked_a = mk_a | np.where(in_b, mk_b[pos_b], False)
        marked_b = mk_b | np.where(in_a, mk_a[pos_a], False)
        wa[marked_a] *= mark_weight
        wb[marked_b] *= mark_weight
    size_a = np.bincount(sa, weights=wa[inv_a], minlength=na)
    size_b = np.bincount(sb, weights=wb[inv_b], minlength=nb)
    denom = np.maximum(size_a[:, None] + size_b[None, :], 1e-6).astype(np.float32)
    col_a = np.full(len(ua), -1)
    col_a[shared] = np.arange(len(shared))
    col_b = np.full(len(ub), -1)
    col_b[pos_b[shared]] = np.arange(len(shared))
    ma = np.zeros((na, len(shared)), dtype=np.float32)
    mb = np.zeros((nb, len(shared)), dtype=np.float32)
    ja, jb = col_a[inv_a], col_b[inv_b]
    ok_a, ok_b = ja >= 0, jb >= 0
    ja = ja[ok_a]
    ma[sa[ok_a], ja] = wa[shared][ja]
    mb[sb[ok_b], jb[ok_b]] = 1.0
    return 2 * (ma @ mb.T) / denom


def _marked_sentences(sk: Sketch) -> np.ndarray:
    """Whether each sentence has a name or number (once per sketch)."""
    found = sk.memo.get("marked_sentences")
    if found is None:
        found = sk.memo["marked_sentences"] = np.bincount(sk.sents[sk.marks], minlength=sk.n_sentences) > 0
    return found


def measure(a: QuickSide, b: QuickSide) -> QuickSignals:
    same = a.lang == b.lang or a.lang is None or b.lang is None
    shared = overlap(a.shingles, b.shingles)
    na, nb = len(a.shingles), len(b.shingles)
    union = na + nb - shared
    words_a, words_b = int(a.sketch.words.sum()), int(b.sketch.words.sum())
    sim = sentence_similarity(a.sketch, b.sketch, marks_only=not same)
    facts = sentence_similarity(a.sketch, b.sketch, marks_only=True) if same else sim
    has_a, has_b = _marked_sentences(a.sketch), _marked_sentences(b.sketch)
    # A sentence pair agrees on facts when it shares half its names and numbers, or neither has any.
    agree = (facts >= 0.5) | (~has_a[:, None] & ~has_b[None, :])
    if sim.size:
        best_b = sim.max(axis=1)  # for each A sentence, its best B sentence
        best_a = sim.max(axis=0)
        arg_a = sim.argmax(axis=0)
        fsim = np.where(agree, sim, 0.0)
        fa, fb = fsim.max(axis=1) >= SENTENCE_MATCH, fsim.max(axis=0) >= SENTENCE_MATCH
        fcov_a = float(a.sketch.words[fa].sum()) / max(1, words_a)
        fcov_b = float(b.sketch.words[fb].sum()) / max(1, words_b)
        scov_a = float(a.sketch.words[best_b >= SAME_SENTENCE].sum()) / max(1, words_a)
        scov_b = float(b.sketch.words[best_a >= SAME_SENTENCE].sum()) / max(1, words_b)
        ident = sim >= SAME_SENTENCE
        run = np.zeros_like(ident)
        run[:-1, :-1] |= ident[:-1, :-1] & ident[1:, 1:]
        run[1:, 1:] |= ident[1:, 1:] & ident[:-1, :-1]
        rcov_a = float(a.sketch.words[run.any(axis=1)].sum()) / max(1, words_a)
        rcov_b = float(b.sketch.words[run.any(axis=0)].sum()) / max(1, words_b)
        hit_a, hit_b = best_b >= SENTENCE_MATCH, best_a >= SENTENCE_MATCH
        cov_a = float(a.sketch.words[hit_a].sum()) / max(1, words_a)
        cov_b = float(b.sketch.words[hit_b].sum()) / max(1, words_b)
        chain = list(zip(np.flatnonzero(hit_b).tolist(), arg_a[hit_b].tolist(), strict=True))
        in_order = len(_lis(chain)) / len(chain) if chain else 0.0
        matched = int(hit_b.sum())
        mean = float(best_a[hit_b].mean()) if matched else 0.0
    else:
        cov_a = cov_b = in_order = mean = fcov_a = fcov_b = scov_a = scov_b = rcov_a = rcov_b = 0.0
        matched = 0
    return QuickSignals(
        jaccard=shared / union if union else 0.0,
        contained_a=shared / na if na else 0.0, contained_b=shared / nb if nb else 0.0,
        coverage_a=cov_a, coverage_b=cov_b, in_order=in_order, matched=matched, mean_match=mean,
        words_a=words_a, words_b=words_b, same_language=same,
        fact_coverage_a=fcov_a, fact_coverage_b=fcov_b, same_coverage_a=scov_a, same_coverage_b=scov_b,
        sentences_a=a.sketch.n_sentences, sentences_b=b.sketch.n_sentences,
        run_coverage_a=rcov_a, run_coverage_b=rcov_b)


def _short(s: QuickSignals, a: float, b: float) -> float:
    """The value of the shorter side (the candidate copy in a summary or a trimmed copy)."""
    return a if s.words_a <= s.words_b else b


def _source(a: QuickSide, b: QuickSide) -> str:
    """The earlier side when both dates are known and differ; direction from the texts is the
    full compare's work."""
    if a.published and b.published and a.published != b.published:
        return "a" if a.published < b.published else "b"
    return "unknown"


def classify(s: QuickSignals) -> tuple[Relation, float, bool, str]:
    """Relation, confidence, settled, and why; thresholds measured on the generated corpus
    (docs/benchmarks.md, "quick verdict")."""
    contained = max(s.contained_a, s.contained_b)
    fact_cov = _short(s, s.fact_coverage_a, s.fact_coverage_b)
    cov_short = _short(s, s.coverage_a, s.coverage_b)
    cov_long = s.coverage_b if s.words_a <= s.words_b else s.coverage_a
    same_cov = max(s.same_coverage_a, s.same_coverage_b)
    ratio = min(s.words_a, s.words_b) / max(s.words_a, s.words_b, 1)
    if not s.same_language:
        sent_ratio = min(s.sentences_a, s.sentences_b) / max(s.sentences_a, s.sentences_b, 1)
        if fact_cov >= 0.1 and s.in_order >= 0.5 and s.matched >= 4 and sent_ratio >= 0.8:
            return (Relation.TRANSLATION, 0.6, False,
                    f"names and numbers of {fact_cov:.0%} of the shorter text recur sentence by sentence "
                    f"({s.in_order:.0%} in order) in another language")
        if fact_cov >= 0.1:
            return Relation.SAME_EVENT, 0.5, False, f"{fact_cov:.0%} of the names and numbers recur, out of order"
        return Relation.UNRELATED, 0.7, True, "few shared names and numbers"
    if s.jaccard >= 0.9:
        return Relation.VERBATIM, 0.95, True, f"{s.jaccard:.0%} of word 5-grams shared"
    if contained >= 0.45:
        settled = contained >= 0.6
        why = f"{contained:.0%} of one side's word 5-grams found in the other"
        if ratio <= 0.55 and cov_long <= 0.6 and cov_short >= 0.6:
            return Relation.SUMMARY, 0.7, settled, why + ", which condenses it"
        if contained >= 0.8 and same_cov >= 0.8:
            return Relation.EDITED, 0.85, settled, why
        return Relation.REWRITE if same_cov < 0.5 else Relation.EDITED, 0.7, settled, why
    if fact_cov >= 0.7 and s.in_order >= 0.8:
        settled = fact_cov >= 0.8 and s.in_order >= 0.9
        why = (f"{fact_cov:.0%} of the shorter text in sentences that track the other's, names and numbers "
               f"agreeing, {s.in_order:.0%} in order, though only {contained:.0%} of word 5-grams recur")
        if contained < 0.2:
            return Relation.ROUND_TRIP, 0.65, settled, why
        return Relation.REWRITE, 0.7, settled, why
    run_cov = max(s.run_coverage_a, s.run_coverage_b)
    same_short = _short(s, s.same_coverage_a, s.same_coverage_b)
    # A partial copy: passages carried word for word inside another story. Independent reports of
    # one event may share a few template-like sentences too, but their other sentences still agree
    # on the event's facts; a partial copy's other sentences are about something else.
    if contained >= 0.2 and (run_cov >= 0.2 or (same_cov >= 0.2 and fact_cov - same_short <= 0.2)):
        return (Relation.EDITED, 0.55, False,
                f"passages making up {same_cov:.0%} of one side carried word for word; the rest is "
                "another story (a partial copy)")
    if fact_cov >= 0.3:
        return (Relation.SAME_EVENT, 0.55, fact_cov < 0.5,
                f"{fact_cov:.0%} of the shorter text agrees on facts, but no run of sentences was copied")
    return Relation.UNRELATED, 0.8, True, "too little shared content to be a copy"


def quick_verdict(a: QuickSide, b: QuickSide) -> QuickVerdict:
    """Relation of ``a`` and ``b`` from their sketches and shingles (see the module docstring)."""
    s = measure(a, b)
    relation, conf, settled, why = classify(s)
    source = _source(a, b) if relation.is_copy else "unknown"
    return QuickVerdict(relation, source, conf, round(s.coverage_a, 4), round(s.coverage_b, 4), settled, why)
