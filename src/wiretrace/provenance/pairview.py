"""What the family tree reads of one verified pair: a ``Comparison`` made in process, or a pair
the store kept (rebuilt by the engine from its ``wiretrace.compare/2`` JSON).

Kept apart from ``Comparison`` because a stored pair may have only a quick verdict (no findings,
no alignment, a source from the dates at most), and the tree must still place it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Comparison, Finding, Link, Relation, Sentence, Verdict

# A source named from the dates alone (quick verdicts) is worth this much: a date on the web is
# a weak witness (docs/verdict.md), so such an edge stays "direction unknown" in the tree.
DATED_ONLY = 0.6


@dataclass(frozen=True, slots=True)
class PairView:
    a: str
    b: str
    verdict: Verdict
    coverage_a: float  # share of A's body with a counterpart in B
    coverage_b: float
    findings: tuple[Finding, ...] = ()
    links: tuple[Link, ...] = ()
    sentences_a: tuple[Sentence, ...] = ()
    sentences_b: tuple[Sentence, ...] = ()
    full: bool = True  # False for a quick verdict: no findings, no alignment

    @classmethod
    def of(cls, c: Comparison) -> PairView:
        return cls(c.a.id, c.b.id, c.verdict, c.alignment.coverage_a, c.alignment.coverage_b, c.findings,
                   c.alignment.links, c.sentences_a, c.sentences_b)

    @property
    def is_copy(self) -> bool:
        return Relation(self.verdict.relation).is_copy

    def side(self, doc: str) -> str:
        return "a" if doc == self.a else "b"

    def other(self, doc: str) -> str:
        return self.b if doc == self.a else self.a

    def coverage(self, doc: str) -> float:
        """Share of ``doc``'s body that has a counterpart in the other document."""
        return self.coverage_a if doc == self.a else self.coverage_b

    def sentences(self, doc: str) -> tuple[Sentence, ...]:
        return self.sentences_a if doc == self.a else self.sentences_b

    def sides(self, doc: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        """Each link as (``doc``'s sentences, the other document's sentences)."""
        return [(lk.a, lk.b) if doc == self.a else (lk.b, lk.a) for lk in self.links]

    def linked(self, doc: str, least: float = 0.0) -> frozenset[int]:
        """Sentences of ``doc`` linked to the other side (at similarity ``least`` or more)."""
        return frozenset(i for lk in self.links if lk.similarity >= least for i in (lk.a if doc == self.a else lk.b))

    def wording(self, doc: str | None = None, over: frozenset[int] | None = None) -> float:
        """How close the two texts are word for word where they are linked: the mean similarity
        of their linked passages (1 for identical sentences, less for edited, paraphrased or
        translated ones); 0 without an alignment. With ``doc`` and ``over``: of the links that
        hold one of those sentences of ``doc``."""
        links = self.links
        if doc is not None and over is not None:
            links = tuple(lk for lk in links if over.intersection(lk.a if doc == self.a else lk.b))
        return sum(lk.similarity for lk in links) / len(links) if links else 0.0

    def before(self, doc: str) -> float:
        """How likely ``doc`` came before the other document, from this pair's verdict alone."""
        v = self.verdict
        if v.source not in ("a", "b") or v.common_source:
            return 0.5
        conf = v.direction_confidence if self.full else DATED_ONLY
        return conf if v.source == self.side(doc) else 1.0 - conf
