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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..align.search import lis_length
from ..detect.minhash import overlap
from ..detect.sketch import Sketch
from ..model import Relation
from . import _similarity as _sim

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
# A pair whose share of one side's word 5-grams found in the other lies in this band is not settled
# as "no copy": a newspaper that rewrites a wire story keeps a tenth of its 5-grams or so (METER's
# derived stories: median 9 %), so the full compare, which reads phrases and sentences, decides.
# Above the band, shared templates and formulas are common (the generated corpus's independent
# reports share up to 44 %), and handing those pairs over too (bands up to 0.2 or open) found more
# METER copies but also sibling copies in generated chains that moved the family trees' parent
# edges below their floor (docs/benchmarks.md §7).
HANDOVER_CONTAINED = (0.08, 0.15)
MIN_WORDS = 8  # a side shorter than this is never called a copy by the quick tier (unless verbatim)
# Cells (sentence pairs) measured in one batch: bounds the flat arrays to some tens of MB.
BATCH_CELLS = 2_000_000


def _marked_sentences(sk: Sketch) -> np.ndarray:
    """Whether each sentence has a name or number (once per sketch)."""
    found = sk.memo.get("marked_sentences")
    if found is None:
        found = sk.memo["marked_sentences"] = np.bincount(sk.sents[sk.marks], minlength=sk.n_sentences) > 0
    return found


def _flags(index: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    out[index] = True
    return out


def _measure_batch(pairs: Sequence[tuple[QuickSide, QuickSide]]) -> list[QuickSignals]:
    """Every decision below looks only at sentence pairs at least SENTENCE_MATCH alike (a few
    percent of all), so after the similarity the work is over those cells alone."""
    n = len(pairs)
    sketches = [(a.sketch, b.sketch) for a, b in pairs]
    same = np.array([a.lang == b.lang or a.lang is None or b.lang is None for a, b in pairs], dtype=bool)
    lay = _sim.layout(np.array([a.n_sentences for a, _ in sketches], dtype=np.int64),
                      np.array([b.n_sentences for _, b in sketches], dtype=np.int64))
    facts = _sim.similarity(sketches, lay, np.arange(n), True, 1.0)
    full = _sim.similarity(sketches, lay, np.flatnonzero(same), False, MARK_WEIGHT)
    # Across languages only names and numbers can be compared: the similarity is the facts'.
    sim = _sim.Cells.join([full, facts.where(~same[facts.pair])])
    strong = sim.where(sim.value >= SENTENCE_MATCH)
    # The facts' similarity of each strong cell (absent from ``facts``: none shared).
    pos = np.minimum(np.searchsorted(facts.cell, strong.cell), max(len(facts.cell) - 1, 0))
    found = facts.cell[pos] == strong.cell if len(facts.cell) else np.zeros(len(strong.cell), dtype=bool)
    fact_v = np.where(found, facts.value[pos] if len(facts.cell) else 0.0, 0.0)
    # Per row (A sentence) and column (B sentence), in the layout's order: pairs with cells only.
    ruled = [sk for sk, n in zip(sketches, lay.na, strict=True) if n]
    has = [np.concatenate([_marked_sentences(sk[side]) for sk in ruled] or [np.zeros(0, dtype=bool)])
           for side in (0, 1)]
    words = [np.concatenate([sk[side].words for sk in ruled] or [np.zeros(0)]).astype(np.float64)
             for side in (0, 1)]
    n_rows, n_cols = int(lay.row0[-1]), int(lay.col0[-1])
    row_pair, col_pair = np.repeat(np.arange(n), lay.na), np.repeat(np.arange(n), lay.nb)
    # A sentence pair agrees on facts when it shares half its names and numbers, or neither has any.
    agree = (fact_v >= 0.5) | (~has[0][strong.row] & ~has[1][strong.col])
    same_words = strong.value >= SAME_SENTENCE
    # Word-for-word sentences consecutive on both sides: passages carried whole.
    ident = strong.where(same_words)
    i_loc = ident.row - lay.row0[ident.pair]
    j_loc = ident.col - lay.col0[ident.pair]
    nb = lay.nb[ident.pair]
    nxt = ident.cell + nb + 1
    ok = (i_loc < lay.na[ident.pair] - 1) & (j_loc < nb - 1)
    at = np.minimum(np.searchsorted(ident.cell, nxt), max(len(ident.cell) - 1, 0))
    cont = ok & (ident.cell[at] == nxt) if len(ident.cell) else ok
    run_rows = np.concatenate((ident.row[cont], ident.row[cont] + 1))
    run_cols = np.concatenate((ident.col[cont], ident.col[cont] + 1))
    # Each B sentence's best A sentence (the first of equal ones, as argmax).
    order = np.lexsort((strong.row, -strong.value, strong.col))
    first = np.ones(len(order), dtype=bool)
    first[1:] = strong.col[order][1:] != strong.col[order][:-1]
    best = order[first]  # strong cells, one per hit column, in column order
    hit_cols, best_v = strong.col[best], strong.value[best]
    hit_rows = (strong.row[best] - lay.row0[strong.pair[best]]).tolist()

    def share_a(rows: np.ndarray) -> np.ndarray:
        return np.bincount(row_pair, weights=words[0] * _flags(rows, n_rows), minlength=n)

    def share_b(cols: np.ndarray) -> np.ndarray:
        return np.bincount(col_pair, weights=words[1] * _flags(cols, n_cols), minlength=n)

    cov_a, cov_b = share_a(strong.row), share_b(strong.col)
    fcov_a, fcov_b = share_a(strong.row[agree]), share_b(strong.col[agree])
    scov_a, scov_b = share_a(ident.row), share_b(ident.col)
    rcov_a, rcov_b = share_a(run_rows), share_b(run_cols)
    hit_pair = col_pair[hit_cols]
    matched = np.bincount(hit_pair, minlength=n)
    mean_sum = np.bincount(hit_pair, weights=best_v, minlength=n)
    bounds = np.searchsorted(hit_pair, np.arange(n + 1)).tolist()
    out = []
    for p, (a, b) in enumerate(pairs):
        shared = overlap(a.shingles, b.shingles)
        n_a, n_b = len(a.shingles), len(b.shingles)
        union = n_a + n_b - shared
        words_a, words_b = int(a.sketch.words.sum()), int(b.sketch.words.sum())
        w_a, w_b = max(1, words_a), max(1, words_b)
        m = int(matched[p])
        # Columns come in B order, so this is the chain of best matches; its longest run in A order.
        chain = hit_rows[bounds[p]:bounds[p + 1]]
        out.append(QuickSignals(
            jaccard=shared / union if union else 0.0,
            contained_a=shared / n_a if n_a else 0.0, contained_b=shared / n_b if n_b else 0.0,
            coverage_a=cov_a[p] / w_a, coverage_b=cov_b[p] / w_b,
            in_order=lis_length(chain) / len(chain) if chain else 0.0,
            matched=m, mean_match=float(mean_sum[p] / m) if m else 0.0,
            words_a=words_a, words_b=words_b, same_language=bool(same[p]),
            fact_coverage_a=fcov_a[p] / w_a, fact_coverage_b=fcov_b[p] / w_b,
            same_coverage_a=scov_a[p] / w_a, same_coverage_b=scov_b[p] / w_b,
            sentences_a=a.sketch.n_sentences, sentences_b=b.sketch.n_sentences,
            run_coverage_a=rcov_a[p] / w_a, run_coverage_b=rcov_b[p] / w_b))
    return out


def measure_many(pairs: Sequence[tuple[QuickSide, QuickSide]]) -> list[QuickSignals]:
    """The signals of every pair, computed batch by batch (``_similarity``)."""
    out: list[QuickSignals] = []
    batch: list[tuple[QuickSide, QuickSide]] = []
    cells = 0
    for a, b in pairs:
        batch.append((a, b))
        cells += a.sketch.n_sentences * b.sketch.n_sentences
        if cells >= BATCH_CELLS:
            out.extend(_measure_batch(batch))
            batch, cells = [], 0
    if batch:
        out.extend(_measure_batch(batch))
    return out


def measure(a: QuickSide, b: QuickSide) -> QuickSignals:
    return measure_many([(a, b)])[0]


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
    if min(s.words_a, s.words_b) < MIN_WORDS and s.jaccard < 0.9:
        # "One sentence only." shares a number word with a long story: every sentence of it
        # "agrees on facts" and runs in order. Too few words to tell a copy from a shared phrase.
        return Relation.UNRELATED, 0.5, False, f"one side has fewer than {MIN_WORDS} words: too short to tell"
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
    handover = HANDOVER_CONTAINED[0] <= contained < HANDOVER_CONTAINED[1]
    if fact_cov >= 0.3:
        return (Relation.SAME_EVENT, 0.55, fact_cov < 0.5 and not handover,
                f"{fact_cov:.0%} of the shorter text agrees on facts, but no run of sentences was copied")
    if handover:
        return (Relation.UNRELATED, 0.6, False,
                f"few sentences agree, but {contained:.0%} of one side's word 5-grams recur in the other")
    return Relation.UNRELATED, 0.8, True, "too little shared content to be a copy"


def quick_verdicts(pairs: Sequence[tuple[QuickSide, QuickSide]]) -> list[QuickVerdict]:
    """Relation of each pair from their sketches and shingles (see the module docstring)."""
    out = []
    for (a, b), s in zip(pairs, measure_many(pairs), strict=True):
        relation, conf, settled, why = classify(s)
        source = _source(a, b) if relation.is_copy else "unknown"
        out.append(QuickVerdict(relation, source, conf, round(s.coverage_a, 4), round(s.coverage_b, 4),
                                settled, why))
    return out


def quick_verdict(a: QuickSide, b: QuickSide) -> QuickVerdict:
    return quick_verdicts([(a, b)])[0]
