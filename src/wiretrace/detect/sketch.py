"""Sentence sketches: each sentence of a text as a set of hashed content-word stems.

The quick verifier (``verify.quick``) aligns two documents sentence by sentence on these sets
to tell a copy (most sentences track a source sentence, in order) from an independent report
of the same event (a few sentences share names and figures) without the sentence encoder,
which costs a hundred times more. ``compare`` tokenises and stems with Snowball at about 6 ms a
document; a sketch costs some 60 µs, all in NumPy over a batch of texts:

* words are those of ``detect.shingles`` (runs of ``\\w``, CJK one character per word), folded
  and lower-cased;
* a word's stem is its first ``PREFIX`` characters (prefix stemming: "official", "officials",
  "officially" agree; it is crude, but a sketch only has to rank sentence pairs);
* words of three characters or fewer are dropped unless they hold a digit or are CJK, and so is a
  short list of longer function words, so that what remains is names, numbers and content words;
* a sentence ends at ``.``, ``!`` or ``?`` followed by white space (after an optional closing
  quote) and at every line break. Abbreviations ("Mr.") split a sentence; both copies split it
  the same way, so alignment is not hurt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from .shingles import _GOLDEN, _SINGLE, Scan, _batches, _fmix64, scan

PREFIX = 5
SKETCH_SCHEME = f"sketch-p{PREFIX}-v1"

_FUNCTION_WORDS = """
about above after again against also although among another because been before being below
between both could does doing down during each either even every from further have having here
however into itself just many more most much must neither never other ought over same should
since some such than that their theirs them then there these they this those through under
until upon very were what when where whether which while whom whose will with within without
would your yours
aber alle allem allen aller alles also auch bereits beim bisher dann dass dabei damit daran
darauf darum davon dazu denen denn dessen diese diesem diesen dieser dieses doch durch eine einem
einen einer eines etwa hatte hatten habe haben hier immer jedoch jetzt kann keine keinen konnte
mehr muss nach nicht noch nur oder ohne schon sein seine seinem seinen seiner sich sind sollen
sollte soll sowie ueber über unter viel vom von vor wenn werden wird wurde wurden zwar zwischen
""".split()

# Code point flags for sentence ends.
_F_END, _F_CLOSE, _F_SPACE, _F_DIGIT, _F_UPPER = 1, 2, 4, 8, 16


@cache
def _flags() -> np.ndarray:
    flags = np.frombuffer(bytes(_F_UPPER if c.isupper() else 0 for c in map(chr, range(0x110000))),
                          dtype=np.uint8).copy()
    for chars, flag in ((".!?", _F_END), ("\"')]", _F_CLOSE), (" \t\n\r\x0b\x0c", _F_SPACE),
                        ("0123456789", _F_DIGIT)):
        flags[[ord(c) for c in chars]] |= flag
    return flags


@dataclass(frozen=True, slots=True)
class Sketch:
    """``stems[k]`` occurs in sentence ``sents[k]`` (unique pairs, sorted, sentences numbered
    0..n-1 in text order), ``marks[k]`` says it is written as a name or number there; ``words[s]`` is the number of words of sentence ``s`` (all words, for weighting
    coverage by length)."""

    stems: np.ndarray  # uint64
    sents: np.ndarray  # int32
    marks: np.ndarray  # bool: a name (capitalised) or a number somewhere in that sentence
    words: np.ndarray  # int32, one per sentence
    # Derived arrays a caller computes once per sketch rather than once per pair it is in
    # (``provenance.quick`` keeps each side's unique stems here).
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_sentences(self) -> int:
        return len(self.words)


EMPTY = Sketch(np.zeros(0, np.uint64), np.zeros(0, np.int32), np.zeros(0, bool), np.zeros(0, np.int32))


def _stem_ids(sc: Scan | None) -> tuple[np.ndarray, ...]:
    """Prefix-stem ids of every word of a scanned batch, with text index, global sentence number,
    and whether the word is content (long enough, a number or CJK; the function-word filter is the
    caller's) and marked (a name or a number)."""
    if sc is None:
        empty = np.zeros(0, np.intp)
        return np.zeros(0, np.uint64), empty, empty, np.zeros(0, bool), np.zeros(0, bool)
    fl = np.take(_flags(), sc.raw)  # np.take: see ``shingles.scan``
    terms = sc.terms.copy()
    terms[sc.offset >= PREFIX] = 0  # prefix stemming: later characters do not count
    ids = np.add.reduceat(terms, sc.first)
    ids += np.minimum(sc.lengths, PREFIX).astype(np.uint64) * _GOLDEN
    ids = _fmix64(ids)
    # Sentence ends: . ! ? (+ a closing quote) before white space; and line breaks.
    end = (fl & _F_END) != 0
    space = (fl & _F_SPACE) != 0
    close = (fl & _F_CLOSE) != 0
    brk = sc.cp == 0x0A
    brk[:-1] |= end[:-1] & space[1:]
    brk[:-2] |= end[:-2] & close[1:-1] & space[2:]
    sents = np.cumsum(brk)[sc.where]
    digit_word = np.logical_or.reduceat((fl[sc.at] & _F_DIGIT) != 0, sc.first)
    content = (sc.lengths > 3) | digit_word | (sc.cls[sc.where] == _SINGLE)
    # Names and numbers: what survives rewording, round trips and translation.
    mark = digit_word | (((fl[sc.where] & _F_UPPER) != 0) & (sc.lengths > 2))
    return ids, sc.docs, sents, content, mark


@cache
def _function_ids() -> np.ndarray:
    return np.unique(_stem_ids(scan([" ".join(_FUNCTION_WORDS)]))[0])


def sketches_many(texts: Sequence[str]) -> list[Sketch]:
    """The :class:`Sketch` of each text, computed a batch at a time (one NumPy pass per batch;
    per text only slicing)."""
    out: list[Sketch] = []
    for batch in _batches(texts):
        out.extend(sketches_of(len(batch), scan(batch)))
    return out


def sketches_of(n_texts: int, sc: Scan | None) -> list[Sketch]:
    """The sketches of the ``n_texts`` texts of one scanned batch."""
    ids, docs, sents, keep, mark = _stem_ids(sc)
    if not len(ids):
        return [EMPTY] * n_texts
    out: list[Sketch] = []
    keep &= ~np.isin(ids, _function_ids())
    # Dense sentence numbers over the batch's sentences that have words.
    new = np.empty(len(sents), dtype=bool)
    new[0] = True
    np.not_equal(sents[1:], sents[:-1], out=new[1:])
    dense = np.cumsum(new) - 1
    words = np.diff(np.append(np.flatnonzero(new), len(sents))).astype(np.int32)
    st, se, sm = ids[keep], dense[keep], mark[keep]
    order = _by_sentence_stem(se, st, sm)
    st, se, sm = st[order], se[order], sm[order]
    uniq = np.ones(len(st), dtype=bool)
    uniq[1:] = (st[1:] != st[:-1]) | (se[1:] != se[:-1])
    st, se, sm = st[uniq], se[uniq], sm[uniq]
    sent_doc = docs[np.flatnonzero(new)]  # text of each dense sentence
    sb = np.searchsorted(sent_doc, np.arange(n_texts + 1))
    kb = np.searchsorted(sent_doc[se], np.arange(n_texts + 1))
    for d in range(n_texts):
        if sb[d] == sb[d + 1]:
            out.append(EMPTY)
            continue
        base = sb[d]  # the text's first sentence in the batch's numbering
        lo, hi = kb[d], kb[d + 1]
        out.append(Sketch(st[lo:hi], (se[lo:hi] - base).astype(np.int32), sm[lo:hi],
                          words[sb[d]:sb[d + 1]]))
    return out


_SENT_BITS = 19  # dense sentences of a batch that fit the one-key sort (a batch holds ~20 texts)


def _by_sentence_stem(se: np.ndarray, st: np.ndarray, sm: np.ndarray) -> np.ndarray:
    """The order by sentence, then stem, marked first (texts stay contiguous). One argsort of
    one uint64 key (sentence, the stem's high 44 bits, not marked) is six times faster than
    ``np.lexsort`` of the three; two stems of a sentence agreeing in 44 bits (about once in 10^11
    sentences) may then interleave, and the sketch keeps one of them twice."""
    if not len(se) or se[-1] >= 1 << _SENT_BITS:  # dense numbers ascend: the last is the largest
        return np.lexsort((~sm, st, se))
    key = se.astype(np.uint64) << np.uint64(64 - _SENT_BITS)
    key |= (st >> np.uint64(_SENT_BITS + 1)) << np.uint64(1)
    key |= ~sm
    return np.argsort(key, kind="stable")


def sketch(text: str) -> Sketch:
    return sketches_many([text])[0]


def fact_anchors_many(sketches: Sequence[Sketch], max_per_sentence: int = 8) -> list[np.ndarray]:
    """Sorted unique hashes of the unordered pairs of names and numbers that share a sentence.

    Rewrites, summaries and machine round trips change the words around facts but keep who and
    how many together in one sentence, so these pairs survive where word 5-grams do not: on the
    generated 10k corpus a round trip shares 71-92 % of them with its source (1st-90th
    percentile) and only 7-16 % of its 5-grams; unrelated pairs share at most 13 % (99.9th). A sentence contributes the pairs of at most
    ``max_per_sentence`` marked stems (the smallest hashes, so both copies pick alike). One
    NumPy pass over all the sketches.
    """
    if not sketches:
        return []
    st = [sk.stems[sk.marks] for sk in sketches]
    lens = np.array([len(x) for x in st])
    doc = np.repeat(np.arange(len(sketches)), lens)
    stems = np.concatenate(st) if lens.sum() else np.zeros(0, np.uint64)
    # Global sentence numbers: a document's sentences after the previous documents'.
    offsets = np.cumsum([0] + [sk.n_sentences for sk in sketches[:-1]])
    sent = np.concatenate([sk.sents[sk.marks] for sk in sketches]).astype(np.int64) + np.repeat(offsets, lens)
    n = len(stems)
    first = np.ones(n, dtype=bool)
    first[1:] = sent[1:] != sent[:-1]
    starts = np.flatnonzero(first)
    pos = np.arange(n) - np.repeat(starts, np.diff(np.append(starts, n)))
    hashes, owners = [], []
    for d in range(1, max_per_sentence):
        i = np.arange(n - d)
        ok = (sent[i + d] == sent[i]) & (pos[i + d] < max_per_sentence)
        i = i[ok]
        hashes.append(_fmix64(stems[i] * _GOLDEN + stems[i + d]))  # stems sorted: pairs unordered
        owners.append(doc[i])
    h = np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)
    o = np.concatenate(owners) if owners else np.zeros(0, np.intp)
    order = np.lexsort((h, o))
    h, o = h[order], o[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (o[1:] != o[:-1])
    h, o = h[keep], o[keep]
    bounds = np.searchsorted(o, np.arange(len(sketches) + 1))
    return [h[bounds[k]:bounds[k + 1]] for k in range(len(sketches))]


def fact_anchors(sk: Sketch, max_per_sentence: int = 8) -> np.ndarray:
    return fact_anchors_many([sk], max_per_sentence)[0]
