"""Everything the index stores for a text, from one scan of its code points.

Line hashes (the boilerplate filter), word 5-gram shingles (MinHash signatures and exact
Jaccard) and the sentence sketch (fact anchors; the quick verifier) all start from the words of
``shingles.scan``. Scanning once instead of three times took a third off fingerprinting.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np

from .shingles import _batches, line_numbers, lines_of, scan, shingles_of, word_ids
from .sketch import EMPTY, Sketch, sketches_of


@dataclass(frozen=True, slots=True)
class Prints:
    lines: list[np.ndarray]  # per text: paragraph_hashes
    shingles: list[np.ndarray]  # per text: shingle_hashes(text, n, skip_lines)
    sketches: list[Sketch]  # per text: sketch


def prints_many(texts: Sequence[str], n: int = 5, skip_lines: AbstractSet[int] | None = None) -> Prints:
    """Line hashes, shingles and sketches of each text (the same values as ``paragraph_hashes``,
    ``shingle_hashes`` and ``sketch`` one at a time)."""
    lines: list[np.ndarray] = []
    shingles: list[np.ndarray] = []
    sketches: list[Sketch] = []
    for batch in _batches(texts):
        k = len(batch)
        sc = scan(batch)
        if sc is None:
            lines.extend(np.zeros(0, np.uint64) for _ in range(k))
            shingles.extend(np.zeros(0, np.uint64) for _ in range(k))
            sketches.extend(EMPTY for _ in range(k))
            continue
        ids, numbers = word_ids(sc), line_numbers(sc)
        lines.extend(lines_of(k, ids, sc.docs, numbers))
        shingles.extend(shingles_of(k, ids, sc.docs, numbers, n, skip_lines))
        sketches.extend(sketches_of(k, sc))
    return Prints(lines, shingles, sketches)


# -- packed records --------------------------------------------------------------------------------
# The verifier needs each candidate's shingles and sketch; computing them again from the text was
# half of verifying a million pairs (a document is in two pairs on average). Fingerprinting has
# them in hand, so it packs them into one record per document (``store.printsfile``).
#
# Hashes are kept to their high 32 bits (``compact``): a record is compared only with the other
# side of a pair, where two distinct 5-grams or stems of 500 and 300 agree by chance about once
# in 30,000 pairs, and a million records take 3.7 GB instead of 8.8 (the file is written while
# ingesting, and its size showed in the ingest time). High bits, because sorted hashes stay
# sorted: dropping repeats is one comparison, where sorting again cost 40 µs a document. Layout, native byte order, 8-byte aligned:
# int64 seq; int32 shingles, stems, sentences, 0; uint32 shingles; uint32 stems; int32 stems per
# sentence; int32 words per sentence; the marks as bits; zero padding. The seq guards against
# reading another document's record.
_HEADER = 24


def _high(x: np.ndarray) -> np.ndarray:
    return (x >> np.uint64(32)).astype(np.uint32)


def compact(shingles: np.ndarray, sk: Sketch) -> tuple[np.ndarray, Sketch]:
    """The 32-bit form of a document's prints, as a record holds them: whatever is compared with
    a record must be in this form too. ``shingles`` sorted and unique, as they come."""
    sh = _high(shingles)
    keep = np.empty(len(sh), dtype=bool)
    keep[:1] = True
    np.not_equal(sh[1:], sh[:-1], out=keep[1:])
    return sh[keep], Sketch(_high(sk.stems), sk.sents, sk.marks, sk.words)


def pack(seq: int, shingles: np.ndarray, sk: Sketch) -> bytes:
    """One document's record (layout above) of its full-width prints."""
    shingles, sk = compact(shingles, sk)
    head = np.zeros(6, np.int32)
    head[:2].view(np.int64)[0] = seq
    head[2:5] = (len(shingles), len(sk.stems), len(sk.words))
    parts = [head.tobytes(), shingles.tobytes(), sk.stems.tobytes(),
             np.bincount(sk.sents, minlength=len(sk.words)).astype(np.int32).tobytes(),
             sk.words.astype(np.int32, copy=False).tobytes(), np.packbits(sk.marks).tobytes()]
    size = sum(len(p) for p in parts)
    parts.append(b"\0" * (-size % 8))
    return b"".join(parts)


def unpack(buf: bytes, seq: int) -> tuple[np.ndarray, Sketch]:
    """``(shingles, sketch)`` in ``compact`` form from a record made by :func:`pack` for ``seq``;
    ValueError when the record is of another document or cut short."""
    if len(buf) < _HEADER:
        raise ValueError(f"the packed record of document {seq} is cut short")
    head = np.frombuffer(buf, np.int32, 6)
    found = int(head[:2].view(np.int64)[0])
    n_sh, n_st, n_se = (int(x) for x in head[2:5])
    if found != seq or len(buf) < _HEADER + 4 * (n_sh + n_st + 2 * n_se) + (n_st + 7) // 8:
        raise ValueError(f"the packed record read for document {seq} is of document {found} or cut short")
    pos = _HEADER
    shingles = np.frombuffer(buf, np.uint32, n_sh, pos)
    pos += 4 * n_sh
    stems = np.frombuffer(buf, np.uint32, n_st, pos)
    pos += 4 * n_st
    per_sentence = np.frombuffer(buf, np.int32, n_se, pos)
    pos += 4 * n_se
    words = np.frombuffer(buf, np.int32, n_se, pos)
    pos += 4 * n_se
    marks = np.unpackbits(np.frombuffer(buf, np.uint8, (n_st + 7) // 8, pos), count=n_st).view(bool)
    sents = np.repeat(np.arange(n_se, dtype=np.int32), per_sentence)
    return shingles, Sketch(stems, sents, marks, words)
