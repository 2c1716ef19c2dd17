"""Coverage map: which paragraphs of a story's source each copy carries.

Pure arithmetic over alignment data: a paragraph's cell is the share of its body text (in
characters) whose sentences are linked to the copy, so a reader sees at a glance who carried
the lede, who stopped half-way and who kept only the quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import CoverageMap, Role, Sentence

LABEL_WORDS = 4


def coverage_map(source: str, sentences: Sequence[Sentence],
                 copies: Sequence[tuple[str, frozenset[int]]]) -> CoverageMap:
    """``copies``: each copy's id and the indices of ``source``'s sentences linked to it."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        if s.role is Role.BODY:
            paragraphs.setdefault(s.paragraph, []).append(s)
    order = sorted(paragraphs)
    labels = tuple(" ".join(" ".join(s.text for s in paragraphs[p]).split()[:LABEL_WORDS]) for p in order)
    rows = []
    for doc, linked in copies:
        cells = []
        for p in order:
            total = sum(s.end - s.start for s in paragraphs[p]) or 1
            cells.append(round(sum(s.end - s.start for s in paragraphs[p] if s.index in linked) / total, 3))
        rows.append((doc, tuple(cells)))
    return CoverageMap(source, labels, tuple(rows))
