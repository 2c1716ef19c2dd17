"""Word-shingle hashes and line hashes: the sets behind the near-verbatim door.

``shingle_hashes`` turns a text into the sorted unique 64-bit hashes of its word n-grams; MinHash
signatures (``detect.minhash``) are computed from them and the exact Jaccard that confirms a
candidate pair is computed on them, so they are stored with the document.

``paragraph_hashes`` gives one hash per non-blank line. A caller counts in how many documents each
line occurs and passes the frequent ones back as ``skip_lines``: site footers, bylines and cookie
notices shared by thousands of pages otherwise make every page of a site look like a copy of
every other, and fill LSH buckets that blow up the band self-join.

Hashes are stored and compared across runs, processes and machines, so they never come from
Python's salted ``hash()``. Everything after NFKC runs in NumPy over the code points of a batch
of texts, lower-casing included (a per-code-point table: ``str.lower`` where it gives one
character); ``scan`` does that pass once for the shingles, the line hashes and the sentence
sketches of ``detect.sketch`` (``detect.prints``). A first version (regex ``findall``,
``zlib.crc32`` per word, ``np.unique``, one text at a time) took 135 µs of CPU per 300-word
article here, 85 µs of it in the regex alone; this one takes about 50 µs through the ``*_many``
functions (2026-11-22):

* a word is a run of ``\\w`` code points (``str.isalnum`` or ``_``, exactly as ``re`` defines
  ``\\w``), except that kana, CJK ideographs and Hangul are one word per character (as in
  ``text.tokens``: Japanese and Chinese put no spaces between words);
* a word's id mixes the sum of one 64-bit value per (code point, position in the word);
* an n-gram's hash is Horner's rule over ``n`` consecutive ids, all windows at once.

Anything that changes a hash changes :func:`shingle_scheme`, which is stored beside the hashes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from typing import NamedTuple

import numpy as np

from ..errors import check_param

__all__ = [
    "SHINGLE_SCHEME",
    "paragraph_hashes",
    "paragraph_hashes_many",
    "shingle_hashes",
    "shingle_hashes_many",
    "shingle_scheme",
]

# 64-bit odd constants (golden ratio; MurmurHash3's finalizer): fixed forever, since changing
# one changes every stored hash.
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S32 = np.uint64(32)
_S33 = np.uint64(33)
_MASK64 = (1 << 64) - 1

# Code point classes (0: neither word nor line break).
_WORD, _SINGLE, _BREAK = 1, 2, 3
_SINGLE_RANGES = ((0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF))  # kana, CJK, Hangul
_BATCH_CHARS = 1 << 16  # code points per NumPy batch in the *_many functions
_MAX_POS = 4096  # positions in a word with their own multiplier; longer "words" wrap around
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)  # str.splitlines


def shingle_scheme(n: int = 5) -> str:
    """Version of the shingle and line hashes for n-grams of ``n`` words (stored with them)."""
    return f"w{n}-cjkchar-cpsum64-poly64-v2"


SHINGLE_SCHEME = shingle_scheme(5)


@cache
def _classes() -> np.ndarray:
    """Class of every code point (1.1 MB, built once per process in about 0.1 s)."""
    cls = np.frombuffer(bytes(c.isalnum() for c in map(chr, range(0x110000))), dtype=np.uint8).copy()
    cls[ord("_")] = _WORD
    for lo, hi in _SINGLE_RANGES:
        cls[lo:hi + 1] = _SINGLE
    cls[list(_LINE_BREAKS)] = _BREAK
    return cls


@cache
def _position_keys() -> np.ndarray:
    """A fixed random odd 64-bit multiplier per position in a word (SplitMix64 of the position)."""
    keys = np.arange(1, _MAX_POS + 1, dtype=np.uint64) * _GOLDEN
    return _fmix64(keys) | np.uint64(1)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer, in place: every input bit reaches every output bit.

    It is what makes sums and polynomials of ids behave like random hashes, and what makes the
    low bits usable on their own (a caller samples shingles by ``hash % k``).
    """
    h ^= h >> _S33
    h *= _M1
    h ^= h >> _S33
    h *= _M2
    h ^= h >> _S33
    return h


@cache
def _lower() -> np.ndarray:
    """Simple lower-case mapping per code point (``str.lower`` where it gives one character; a
    table lookup over a whole batch instead of ``str.lower`` per text)."""
    low = np.arange(0x110000, dtype=np.uint32)
    for c in range(0x110000):
        ch = chr(c)
        if ch.isupper():
            lc = ch.lower()
            if len(lc) == 1:
                low[c] = ord(lc)
    return low


def _diff_to(first: np.ndarray, end: int) -> np.ndarray:
    """Lengths of the runs that start at ``first`` (sorted) when the last one ends at ``end``."""
    lengths = np.empty_like(first)
    np.subtract(first[1:], first[:-1], out=lengths[:-1])
    lengths[-1] = end - first[-1]
    return lengths


class Scan(NamedTuple):
    """One pass over the code points of a batch of texts: where words are and what they hold.
    Shingles, line hashes and sentence sketches (``detect.sketch``) are all read off it, so a
    text's code points are classified once however many of them a caller wants."""

    raw: np.ndarray  # code points after NFKC, before lower-casing (upper case marks names)
    cp: np.ndarray  # lower-cased code points
    cls: np.ndarray  # class of each code point
    at: np.ndarray  # code points inside words, in text order
    first: np.ndarray  # where each word starts, in ``at``
    lengths: np.ndarray  # code points per word
    offset: np.ndarray  # position of each ``at`` code point in its word
    terms: np.ndarray  # uint64 (code point + 1) × position key, per ``at`` code point
    where: np.ndarray  # code point index of each word's first code point
    docs: np.ndarray  # text index of each word


def scan(texts: Sequence[str]) -> Scan | None:
    """The :class:`Scan` of a batch (``None`` when it has no words).

    The texts are joined so that every NumPy call works on a whole batch: at news length the
    fixed cost of some 25 calls per text, not the work on its elements, would dominate.
    """
    folded = [t if t.isascii() else unicodedata.normalize("NFKC", t) for t in texts]
    # "\n" between texts: a line break, so no word and no line runs from one text into the next.
    raw = np.frombuffer("\n".join(folded).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    # np.take, not indexing: with uint32 indices indexing takes a slow path (3-4x the time),
    # and these gathers over every code point were a third of scanning.
    cp = np.take(_lower(), raw)
    cls = np.take(_classes(), cp)
    word = cls == _WORD
    in_word = word | (cls == _SINGLE)
    starts = in_word & ~word  # every single-character word starts a word...
    if len(cp):
        starts[0] |= word[0]  # ...and so does the first code point of a \w run
        starts[1:] |= word[1:] & ~word[:-1]
    at = np.flatnonzero(in_word)
    first = np.flatnonzero(starts[at])
    if not len(first):
        return None
    lengths = _diff_to(first, len(at))
    offset = np.arange(len(at)) - np.repeat(first, lengths)
    terms = (cp[at] + np.uint32(1)).astype(np.uint64)
    terms *= _position_keys()[offset & (_MAX_POS - 1)]
    where = at[first]
    text_starts = np.cumsum([0] + [len(f) + 1 for f in folded[:-1]])
    docs = np.searchsorted(text_starts, where, side="right") - 1
    return Scan(raw, cp, cls, at, first, lengths, offset, terms, where, docs)


def word_ids(sc: Scan) -> np.ndarray:
    """A word's id: the sum of (code point + 1) × a random odd constant for its position in the
    word (a linear hash: two different words collide with probability about 2^-64), mixed."""
    ids = np.add.reduceat(sc.terms, sc.first)
    ids += sc.lengths.astype(np.uint64) * _GOLDEN
    return _fmix64(ids)


def line_numbers(sc: Scan) -> np.ndarray:
    return np.cumsum(sc.cls == _BREAK)[sc.where]


def _words(texts: Sequence[str], with_lines: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Word ids (uint64) of ``texts``, with each word's text index and (if asked) line number."""
    sc = scan(texts)
    if sc is None:
        return np.zeros(0, np.uint64), np.zeros(0, np.intp), np.zeros(0, np.intp)
    return word_ids(sc), sc.docs, line_numbers(sc) if with_lines else None


def _line_hashes(ids: np.ndarray, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hash of each line that has words, its number of words, and the index of its first word."""
    if not len(ids):
        return np.zeros(0, np.uint64), np.zeros(0, np.intp), np.zeros(0, np.intp)
    first = np.flatnonzero(np.concatenate(([True], lines[1:] != lines[:-1])))
    counts = _diff_to(first, len(lines))
    pos = (np.arange(len(ids)) - np.repeat(first, counts)).astype(np.uint64)
    hashes = np.add.reduceat(_fmix64(ids + pos * _M1), first)
    hashes += counts.astype(np.uint64) * _M2
    return _fmix64(hashes), counts, first


def _window_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """Hash of every window of ``n`` consecutive ids (one window of all ids if fewer than ``n``).

    Horner's rule over the window, vectorised over all windows at once: ``n`` passes over the
    array, no Python loop over n-grams. A multiplier per position makes order matter.
    """
    width = min(n, len(ids))
    count = len(ids) - width + 1
    acc = ids[:count].copy()
    for j in range(1, width):
        acc *= _GOLDEN
        acc += ids[j:j + count]
    # Salt by width, so the one shingle of a text shorter than n and the n-grams of longer texts
    # differ by construction, not only by chance. (A Python int: NumPy scalars warn on the
    # intended wrap-around.)
    acc ^= np.uint64((width * int(_M2)) & _MASK64)
    return _fmix64(acc)


def _sorted_unique(h: np.ndarray) -> np.ndarray:
    # np.unique costs several times a plain sort at a few hundred elements.
    h = np.sort(h)
    keep = np.empty(len(h), dtype=bool)
    keep[:1] = True
    np.not_equal(h[1:], h[:-1], out=keep[1:])
    return h[keep]


def _batches(texts: Sequence[str]) -> Iterator[Sequence[str]]:
    """Runs of texts of about ``_BATCH_CHARS`` code points: big enough to amortise NumPy calls,
    small enough that the per-code-point arrays (about 40 bytes each) stay small."""
    begin, size = 0, 0
    for k, text in enumerate(texts):
        size += len(text)
        if size >= _BATCH_CHARS:
            yield texts[begin:k + 1]
            begin, size = k + 1, 0
    if begin < len(texts):
        yield texts[begin:]


def paragraph_hashes_many(texts: Sequence[str]) -> list[np.ndarray]:
    """:func:`paragraph_hashes` of each text, computed a batch at a time."""
    out: list[np.ndarray] = []
    for batch in _batches(texts):
        ids, docs, lines = _words(batch, with_lines=True)
        out.extend(lines_of(len(batch), ids, docs, lines))
    return out


def lines_of(n_texts: int, ids: np.ndarray, docs: np.ndarray, lines: np.ndarray) -> list[np.ndarray]:
    """Line hashes of each of ``n_texts`` texts from their words' ids, text indexes and lines."""
    hashes, _, first = _line_hashes(ids, lines)
    bounds = np.searchsorted(docs[first], np.arange(n_texts + 1))
    return [hashes[bounds[d]:bounds[d + 1]] for d in range(n_texts)]


def paragraph_hashes(text: str) -> np.ndarray:
    """One uint64 hash per non-blank line, in order (duplicate lines give duplicate hashes).

    Lines are those of ``str.splitlines``; a line is hashed from its words as
    :func:`shingle_hashes` sees them, so case, quotes, dashes and punctuation do not split a footer
    into variants, and a line without words is blank. Count document frequency over distinct
    (line hash, document) pairs.
    """
    return paragraph_hashes_many([text])[0]


def shingle_hashes_many(texts: Sequence[str], n: int = 5,
                        skip_lines: AbstractSet[int] | None = None) -> list[np.ndarray]:
    """:func:`shingle_hashes` of each text, computed a batch at a time (same results; 1.6× faster
    than one call per text on 300-word articles)."""
    check_param("shingle_hashes", "n", n, isinstance(n, int) and n >= 1, "an integer >= 1")
    out: list[np.ndarray] = []
    for batch in _batches(texts):
        ids, docs, lines = _words(batch, with_lines=bool(skip_lines))
        out.extend(shingles_of(len(batch), ids, docs, lines, n, skip_lines))
    return out


def shingles_of(n_texts: int, ids: np.ndarray, docs: np.ndarray, lines: np.ndarray | None, n: int,
                skip_lines: AbstractSet[int] | None) -> list[np.ndarray]:
    """Shingles of each of ``n_texts`` texts from their words' ids, text indexes and line numbers."""
    if skip_lines and len(ids):
        hashes, counts, _ = _line_hashes(ids, lines)
        keep = [h not in skip_lines for h in hashes.tolist()]  # Python ints, as a store returns
        if not all(keep):
            mask = np.repeat(keep, counts)
            ids, docs = ids[mask], docs[mask]
    bounds = np.searchsorted(docs, np.arange(n_texts + 1))
    # All windows of the batch at once; those starting in a text's last n-1 words cross into
    # the next text and are never used.
    windows = _window_hashes(ids, n) if len(ids) >= n else ids[:0]
    out = []
    for d in range(n_texts):
        begin, end = bounds[d], bounds[d + 1]
        if end - begin >= n:
            out.append(_sorted_unique(windows[begin:end - n + 1]))
        elif end > begin:
            out.append(_window_hashes(ids[begin:end], n))  # one shingle of all its words
        else:
            out.append(np.zeros(0, dtype=np.uint64))
    return out


def shingle_hashes(text: str, n: int = 5, skip_lines: AbstractSet[int] | None = None) -> np.ndarray:
    """Sorted unique uint64 hashes of the word ``n``-grams of ``text``.

    A text of fewer than ``n`` words (but at least one) gives a single shingle of all its words;
    a text without words gives an empty array. Lines whose :func:`paragraph_hashes` value is in
    ``skip_lines`` (boilerplate shared by many documents) are left out before shingling; n-grams
    then run across the gap, as they would in a copy that dropped the line.
    """
    return shingle_hashes_many([text], n, skip_lines)[0]
