"""What every finding family gets: both documents, the alignment, and per-link views.

A ``LinkView`` holds one link's text on each side as tokens and clauses with document offsets,
plus the best counterpart of each clause on the other side. Families compare clause with
clause, so a caveat dropped from one clause is not mistaken for a negation flipped in another.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..align.embed import embed
from ..align.features import PairScores
from ..model import Alignment, Document, Link, Role, Sentence, Span
from ..text.tokens import Token, content_tokens, tokenize

# Clause boundaries: punctuation that separates clauses, and subordinating words that open one.
# A comma or colon between digits is part of a figure ("2,500", "13:30"), not a clause break.
_BREAK = re.compile(r"\s*(?:(?<!\d)[,:]|,(?!\d)|:(?!\s?\d)|[;()\u2014\u2013])\s*|\s+-\s+|(?<=[\"”])(?=\w)")
_OPENERS = re.compile(
    r"\s(?=(?:although|though|but|while|whereas|because|if|unless|since|so that|which|who|"
    r"according to|citing|despite|plus)\b)", re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # document offsets
    end: int
    text: str
    tokens: tuple[Token, ...]
    stems: frozenset[str]
    sentence: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Side:
    doc: Document
    sentences: tuple[Sentence, ...]
    tokens: tuple[tuple[Token, ...], ...]  # per sentence, document offsets

    @property
    def lang(self) -> str:
        return self.sentences[0].lang if self.sentences else (self.doc.lang or "en")

    def text(self, span: Span) -> str:
        return self.doc.text[span.start:span.end]

    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.role in (Role.BODY, Role.TITLE)]


def clauses_of(sentence: Sentence, tokens: tuple[Token, ...]) -> list[Clause]:
    text = sentence.text
    cuts = {0, len(text)}
    for rx in (_BREAK, _OPENERS):
        for m in rx.finditer(text):
            cuts.add(m.start())
            cuts.add(m.end())
    bounds = sorted(cuts)
    pieces = []
    for s, e in zip(bounds, bounds[1:]):
        seg = text[s:e]
        if not seg.strip(" ,;:-\u2014\u2013()\"'"):
            continue
        lead = len(seg) - len(seg.lstrip())
        pieces.append((s + lead, s + len(seg.rstrip())))
    # Glue clauses of fewer than three words onto a neighbour: they carry no claim alone.
    merged: list[list[int]] = []
    for s, e in pieces:
        words = len(text[s:e].split())
        if merged and (words < 3 or len(text[merged[-1][0]:merged[-1][1]].split()) < 3):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out = []
    base = sentence.start
    starts = [t.start for t in tokens]  # in text order: a clause's tokens are found by bisection
    for s, e in merged:
        toks = tuple(tokens[bisect_left(starts, base + s):bisect_left(starts, base + e)])
        stems = frozenset(t.stem for t in content_tokens(list(toks)))
        out.append(Clause(base + s, base + e, text[s:e], toks, stems, sentence.index))
    return out


def join_clauses(clauses: list[Clause]) -> Clause:
    """Consecutive clauses read as one."""
    first, last = clauses[0], clauses[-1]
    return Clause(first.start, last.end, " ".join(c.text for c in clauses),
                  tuple(t for c in clauses for t in c.tokens), frozenset().union(*(c.stems for c in clauses)),
                  first.sentence)


@dataclass
class LinkView:
    link: Link
    a_clauses: list[Clause]
    b_clauses: list[Clause]
    # For each A clause: (index of best B clause or -1, similarity); and the same for B.
    match_a: list[tuple[int, float]] = field(default_factory=list)
    match_b: list[tuple[int, float]] = field(default_factory=list)

    @cached_property
    def a_stems(self) -> frozenset[str]:
        return frozenset().union(*(c.stems for c in self.a_clauses)) if self.a_clauses else frozenset()

    @cached_property
    def b_stems(self) -> frozenset[str]:
        return frozenset().union(*(c.stems for c in self.b_clauses)) if self.b_clauses else frozenset()

    @property
    def a_tokens(self) -> list[Token]:
        return [t for c in self.a_clauses for t in c.tokens]

    @property
    def b_tokens(self) -> list[Token]:
        return [t for c in self.b_clauses for t in c.tokens]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass
class Context:
    a: Side
    b: Side
    alignment: Alignment
    scores: PairScores
    same_language: bool
    links: list[LinkView]

    def side(self, name: str) -> Side:
        return self.a if name == "a" else self.b


def _side(doc: Document, sentences: tuple[Sentence, ...]) -> Side:
    toks = tuple(tuple(tokenize(s.text, s.lang, offset=s.start)) for s in sentences)
    return Side(doc, sentences, toks)


def build_context(
    a: Document, b: Document, sa: tuple[Sentence, ...], sb: tuple[Sentence, ...],
    alignment: Alignment, scores: PairScores,
) -> Context:
    side_a, side_b = _side(a, sa), _side(b, sb)
    views = []
    for link in alignment.links:
        ca = [c for i in link.a for c in clauses_of(sa[i], side_a.tokens[i])]
        cb = [c for j in link.b for c in clauses_of(sb[j], side_b.tokens[j])]
        views.append(LinkView(link, ca, cb))
    _match_clauses(views, scores.same_language)
    return Context(side_a, side_b, alignment, scores, scores.same_language, views)


CLEAR = 0.7  # a lexical match this strong needs no embedding to confirm it


def _match_clauses(views: list[LinkView], same_language: bool) -> None:
    """Best counterpart of every clause inside its link.

    Links whose clauses all have a clear lexical counterpart skip the encoder; the rest are
    embedded in one batch for all links (embedding was most of compare's time).
    """
    lexes, need = [], []
    for v in views:
        if same_language and v.a_clauses and v.b_clauses:
            lex = np.array([[_dice(x.stems, y.stems) for y in v.b_clauses] for x in v.a_clauses])
        else:
            lex = np.zeros((len(v.a_clauses), len(v.b_clauses)))
        lexes.append(lex)
        # One unclear clause puts the whole link through the encoder: its counterpart may be a
        # clause that is itself clearly matched to something else.
        clear = bool(lex.size) and bool((lex.max(axis=1) >= CLEAR).all() and (lex.max(axis=0) >= CLEAR).all())
        need.append((np.full(len(v.a_clauses), not clear), np.full(len(v.b_clauses), not clear)))
    texts = [c.text for v, (na, nb) in zip(views, need) for cl, mask in ((v.a_clauses, na), (v.b_clauses, nb))
             for c, m in zip(cl, mask) if m]
    vecs = iter(embed(texts)) if texts else iter(())
    for v, lex, (na, nb) in zip(views, lexes, need):
        va = [next(vecs) if m else None for m in na]
        vb = [next(vecs) if m else None for m in nb]
        sim = lex.copy()
        for r, x in enumerate(va):
            for c, y in enumerate(vb):
                if x is not None and y is not None:
                    sim[r, c] = max(sim[r, c], float(x @ y))
        v.match_a = [(int(r.argmax()), float(r.max())) if sim.shape[1] else (-1, 0.0) for r in sim]
        v.match_b = [(int(c.argmax()), float(c.max())) if sim.shape[0] else (-1, 0.0) for c in sim.T]
