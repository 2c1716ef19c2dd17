"""Per-sentence lexical features and the pairwise similarity matrix used by the aligner.

Similarity mixes the multilingual sentence vector cosine with lexical evidence: shared content
stems (same language), and shared anchors — numbers and names, which survive translation
(names via ``anyascii`` transliteration). Embeddings alone cannot tell a sentence from its
neighbour on the same topic; anchors and stems break those ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from anyascii import anyascii

from ..model import Sentence
from ..text.tokens import content_tokens, tokenize
from .embed import embed

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_CAP = re.compile(r"(?<![\w.])([A-Z\u0400-\u042f][\w\u0400-\u04ff'-]{2,})")


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    stems: frozenset[str]
    anchors: frozenset[str]
    n_words: int


def _anchors(text: str) -> frozenset[str]:
    nums = {re.sub(r"[.,]", "", n) for n in _NUM.findall(text)}
    names = set()
    for m in _CAP.finditer(text):
        if m.start() == 0:
            continue  # sentence-initial capitals are not evidence of a name
        names.add(anyascii(m.group(1)).lower()[:5])
    return frozenset(nums | names)


def features(sentences: tuple[Sentence, ...]) -> list[SentenceFeatures]:
    out = []
    for s in sentences:
        toks = tokenize(s.text, s.lang)
        stems = frozenset(t.stem for t in content_tokens(toks))
        out.append(SentenceFeatures(stems, _anchors(s.text), len(toks)))
    return out


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _dice_matrix(xs: list[frozenset[str]], ys: list[frozenset[str]]) -> np.ndarray:
    """Dice coefficient of every pair of sets, through one product of incidence matrices."""
    vocab = {w: k for k, w in enumerate({w for s in (*xs, *ys) for w in s})}
    if not vocab or not xs or not ys:
        return np.zeros((len(xs), len(ys)), dtype=np.float32)
    ma = np.zeros((len(xs), len(vocab)), dtype=np.float32)
    mb = np.zeros((len(ys), len(vocab)), dtype=np.float32)
    for m, sets in ((ma, xs), (mb, ys)):
        for r, s in enumerate(sets):
            m[r, [vocab[w] for w in s]] = 1.0
    inter = ma @ mb.T
    sizes = ma.sum(axis=1)[:, None] + mb.sum(axis=1)[None, :]
    return np.where(sizes > 0, 2 * inter / np.maximum(sizes, 1), 0.0).astype(np.float32)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of ``a`` found in ``b``."""
    return len(a & b) / len(a) if a else 0.0


@dataclass(frozen=True, slots=True)
class PairScores:
    """Matrices over (A sentences × B sentences)."""

    emb: np.ndarray
    lex: np.ndarray
    anchor: np.ndarray
    score: np.ndarray
    same_language: bool


def score_matrix(
    sa: tuple[Sentence, ...], sb: tuple[Sentence, ...], fa: list[SentenceFeatures],
    fb: list[SentenceFeatures], va: np.ndarray, vb: np.ndarray, same_language: bool,
) -> PairScores:
    emb = va @ vb.T if len(sa) and len(sb) else np.zeros((len(sa), len(sb)), dtype=np.float32)
    lex = _dice_matrix([x.stems for x in fa], [y.stems for y in fb]) if same_language else np.zeros_like(emb)
    anc = _dice_matrix([x.anchors for x in fa], [y.anchors for y in fb])
    if same_language:
        score = np.maximum(emb, lex) * 0.8 + np.minimum(emb, lex) * 0.1 + anc * 0.1
    else:
        score = emb * 0.85 + anc * 0.15
    return PairScores(emb, lex, anc, score, same_language)


def vectors(sentences: tuple[Sentence, ...]) -> np.ndarray:
    return embed([s.text for s in sentences])
