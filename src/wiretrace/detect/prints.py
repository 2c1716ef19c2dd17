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
