"""5-gram Jaccard, the figure the generator reports (and keeps round trips below 0.1).

Words are lower-cased runs of letters and digits (``\\w+``); a document's shingles are its word
5-grams. Boilerplate is not stripped: the figures are for the texts as written.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(n))))


def jaccard(a: str | set, b: str | set, n: int = 5) -> float:
    sa = a if isinstance(a, set) else shingles(a, n)
    sb = b if isinstance(b, set) else shingles(b, n)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def distribution(values: Iterable[float]) -> dict[str, float | int]:
    vals = sorted(values)
    if not vals:
        return {"n": 0}
    q = lambda p: vals[min(len(vals) - 1, int(p * (len(vals) - 1) + 0.5))]
    return {"n": len(vals), "min": round(vals[0], 4), "p10": round(q(0.1), 4),
            "median": round(statistics.median(vals), 4), "p90": round(q(0.9), 4), "max": round(vals[-1], 4)}
