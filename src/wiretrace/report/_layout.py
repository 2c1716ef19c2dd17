"""The side-by-side layout both human views share: rows, highlighted pieces, numbered findings.

The terminal and HTML reports must show the same rows in the same order with the same
highlights, so the decisions live here once and each view only styles the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ..model import Comparison, Document, Finding, Link, Role, Sentence, Severity, Span

# Row labels for sentences outside any link. "dropped" and "only in B" are what the aligner
# reported as unmatched; "not aligned" is a sentence it left out (boilerplate, captions).
DROPPED = "dropped"
ONLY_B = "only in B"
NOT_ALIGNED = "not aligned"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of sentence text with at most one finding highlighted on it."""

    text: str
    severity: Severity | None = None
    number: int | None = None  # the finding's number in ``numbered_findings`` (1-based)
    explanation: str = ""
    # Every finding covering the run, most severe first: ``number`` is the first. A view that
    # shows only ``number`` hides a finding wholly inside a more severe one; the web viewer needs
    # them all so each finding can be found on the page.
    numbers: tuple[int, ...] = ()
    start: int = 0  # code-point offset of the run in its document


@dataclass(frozen=True, slots=True)
class SentenceView:
    index: int
    role: Role
    pieces: tuple[Piece, ...]

    @property
    def dimmed(self) -> bool:
        return self.role is not Role.BODY


@dataclass(frozen=True, slots=True)
class Row:
    a: tuple[SentenceView, ...]
    b: tuple[SentenceView, ...]
    label: str  # a link kind ("edited"), or DROPPED / ONLY_B / NOT_ALIGNED
    similarity: float | None
    notes: tuple[int, ...]  # numbers of the findings first shown on this row

    @property
    def is_link(self) -> bool:
        return self.similarity is not None


def numbered_findings(c: Comparison) -> list[tuple[int, Finding]]:
    """Findings most severe first (ties keep pipeline order), numbered from 1 for cross-references."""
    order = sorted(range(len(c.findings)), key=lambda i: (-c.findings[i].severity.rank, i))
    return [(n, c.findings[i]) for n, i in enumerate(order, start=1)]


def span_text(doc: Document, span: Span | None) -> str:
    return "" if span is None else doc.text[span.start : span.end]


def _touches(span: Span, s: Sentence) -> bool:
    # An empty span marks a point (e.g. where a claim was removed): it touches the sentence it sits in.
    if span.start == span.end:
        return s.start <= span.start <= s.end
    return span.start < s.end and span.end > s.start


def _pieces(doc: Document, s: Sentence, marks: list[tuple[Span, int, Finding]]) -> tuple[Piece, ...]:
    """Split the sentence at every span boundary; each run takes its most severe covering finding."""
    inside = [(sp, n, f) for sp, n, f in marks if sp.start < sp.end and sp.start < s.end and sp.end > s.start]
    cuts = {s.start, s.end}
    for sp, _, _ in inside:
        cuts.add(max(sp.start, s.start))
        cuts.add(min(sp.end, s.end))
    bounds = sorted(cuts)
    out: list[Piece] = []
    for x, y in pairwise(bounds):
        covering = [(n, f) for sp, n, f in inside if sp.start <= x and sp.end >= y]
        text = doc.text[x:y]
        if covering:
            # Most severe wins; among equals the lower number (the one listed first) wins.
            ranked = sorted(covering, key=lambda t: (-t[1].severity.rank, t[0]))
            n, f = ranked[0]
            out.append(Piece(text, f.severity, n, f.explanation, tuple(k for k, _ in ranked), x))
        else:
            out.append(Piece(text, start=x))
    return tuple(out)


def _views(doc: Document, by_index: dict[int, Sentence], indexes, marks) -> tuple[SentenceView, ...]:
    return tuple(
        SentenceView(i, by_index[i].role, _pieces(doc, by_index[i], marks)) for i in indexes if i in by_index
    )


def build_rows(c: Comparison) -> list[Row]:
    """One row per link in A's order; A-only sentences in place; B-only ones after their B neighbour."""
    al = c.alignment
    sa = {s.index: s for s in c.sentences_a}
    sb = {s.index: s for s in c.sentences_b}
    linked_a = {i for link in al.links for i in link.a}
    linked_b = {j for link in al.links for j in link.b}
    unmatched_a, unmatched_b = set(al.unmatched_a), set(al.unmatched_b)

    # Rows in A's order: links keyed by their first A sentence, A-only sentences by their own index.
    # The second key puts a link before an A-only sentence at the same position (a sane alignment
    # never has one, but the order stays total).
    keyed: list[tuple[float, int, Link | int]] = []
    for link in al.links:
        keyed.append((min(link.a) if link.a else float("inf"), 0, link))
    for i in sorted(sa):
        if i not in linked_a:
            keyed.append((i, 1, i))
    keyed.sort(key=lambda t: (t[0], t[1]))

    spine: list[tuple[tuple[int, ...], tuple[int, ...], str, float | None]] = []
    for _, _, item in keyed:
        if isinstance(item, Link):
            spine.append((tuple(sorted(item.a)), tuple(sorted(item.b)), item.kind.value, item.similarity))
        else:
            spine.append(((item,), (), DROPPED if item in unmatched_a else NOT_ALIGNED, None))

    # B-only sentences go right after the row holding their nearest linked predecessor in B, so an
    # added paragraph shows up where it sits in B; with no predecessor they go to the top.
    row_of_b = {j: r for r, (_, bs, _, _) in enumerate(spine) for j in bs}
    after: dict[int, list[int]] = {}
    for j in sorted(sb):
        if j in linked_b:
            continue
        before = [k for k in row_of_b if k < j]
        anchor = row_of_b[max(before)] if before else -1
        after.setdefault(anchor, []).append(j)

    ordered: list[tuple[tuple[int, ...], tuple[int, ...], str, float | None]] = []

    def b_only(anchor: int) -> None:
        for j in after.get(anchor, []):
            ordered.append(((), (j,), ONLY_B if j in unmatched_b else NOT_ALIGNED, None))

    b_only(-1)
    for r, row in enumerate(spine):
        ordered.append(row)
        b_only(r)

    numbered = numbered_findings(c)
    marks_a = [(f.a, n, f) for n, f in numbered if f.a is not None]
    marks_b = [(f.b, n, f) for n, f in numbered if f.b is not None]
    noted: set[int] = set()
    rows: list[Row] = []
    for a_idx, b_idx, label, sim in ordered:
        notes = []
        for n, f in numbered:
            if n in noted:
                continue
            hit_a = f.a is not None and any(_touches(f.a, sa[i]) for i in a_idx if i in sa)
            hit_b = f.b is not None and any(_touches(f.b, sb[j]) for j in b_idx if j in sb)
            if hit_a or hit_b:
                notes.append(n)
                noted.add(n)
        rows.append(
            Row(
                a=_views(c.a, sa, a_idx, marks_a),
                b=_views(c.b, sb, b_idx, marks_b),
                label=label,
                similarity=sim,
                notes=tuple(notes),
            )
        )
    return rows


def source_label(c: Comparison) -> str:
    """'A (id)', 'B (id)' or 'unknown': which document the verdict names as the source."""
    if c.verdict.source == "a":
        return f"A ({c.a.id})"
    if c.verdict.source == "b":
        return f"B ({c.b.id})"
    return "unknown"
