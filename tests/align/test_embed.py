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
