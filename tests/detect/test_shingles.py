"""Shingle and line hashes: stable values, the word rules, boilerplate skipping, batch = single."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from wiretrace.detect.shingles import (
    SHINGLE_SCHEME,
    paragraph_hashes,
    paragraph_hashes_many,
    shingle_hashes,
    shingle_hashes_many,
    shingle_scheme,
)
from wiretrace.errors import ParameterError

STORY = (
    "Flood in Zoë’s town\n"
    "About 40 people died in the flood on Monday, officials said. The mayor said the dam did not fail.\n"
    "\n"
    "Rescue teams are searching through the night — “we will not stop,” a captain said.\n"
    "Follow us on Twitter for more news\n"
)
FOOTER = "Follow us on Twitter for more news"

# Reference word rule, written the slow way: \w runs, kana / CJK / Hangul one character each.
_CJK = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_REF_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


def _ref_ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    from wiretrace.text.normalize import fold

    words = _REF_WORD.findall(fold(text).lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_hashes_are_pinned_values_so_a_change_must_bump_the_scheme():
    # If this fails, stored hashes no longer match new ones: bump shingle_scheme() too.
    h = shingle_hashes("The mayor said on Monday that the dam did not fail.")
    assert [hex(int(x)) for x in h[:3]] == ["0x143c9f3d391dbcc7", "0x252e4cad8d58853d", "0x2f40f9e2026d72d9"]
    assert len(h) == 7
    assert hex(int(paragraph_hashes("The mayor said on Monday that the dam did not fail.")[0])) == (
        "0x91db471b1fadc861")
    assert SHINGLE_SCHEME == shingle_scheme(5) and "w5" in SHINGLE_SCHEME and shingle_scheme(3) != SHINGLE_SCHEME


def test_same_hashes_in_fresh_processes_with_different_hash_seeds():
    code = (
        "import json, sys; from wiretrace.detect.shingles import shingle_hashes, paragraph_hashes;"
        "t = sys.stdin.read();"
        "print(json.dumps([[int(x) for x in shingle_hashes(t)], [int(x) for x in paragraph_hashes(t)]]))"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], input=STORY, capture_output=True, text=True,
                              env=env, check=True, encoding="utf-8")
        outs.append(json.loads(done.stdout))
    assert outs[0] == outs[1]
    assert outs[0] == [[int(x) for x in shingle_hashes(STORY)], [int(x) for x in paragraph_hashes(STORY)]]


def test_sorted_unique_uint64_one_per_distinct_ngram():
    texts = [STORY, "a b a b a b a b a b", "東京都は月曜日に発表した。 Tokyo said so", "don't stop_me now 3,000 x"]
    for text in texts:
        for n in (1, 3, 5):
            h = shingle_hashes(text, n)
            assert h.dtype == np.uint64
            assert np.all(h[1:] > h[:-1])  # sorted, unique
            assert len(h) == len(_ref_ngrams(text, n))


def test_case_quotes_dashes_and_punctuation_do_not_matter_but_order_does():
    a = shingle_hashes("“The DAM” — did not fail, officials said!")
    b = shingle_hashes('"the dam" - did not fail officials said')
    assert np.array_equal(a, b)
    assert not np.array_equal(shingle_hashes("one two three four five"),
                              shingle_hashes("five four three two one"))


def test_cjk_characters_are_words():
    assert len(shingle_hashes("東京都", 2)) == 2
    assert len(shingle_hashes("東京都", 5)) == 1  # shorter than n: one shingle of all words


def test_empty_and_short_texts():
    for text in ("", "   \n\n", "... — !!!"):
        h = shingle_hashes(text)
        assert h.dtype == np.uint64 and len(h) == 0
        assert len(paragraph_hashes(text)) == 0
    short = shingle_hashes("Storm hits coast")
    assert len(short) == 1
    assert not np.array_equal(short, shingle_hashes("coast hits Storm"))
    # It is none of the 5-grams of a longer text that starts with those words.
    assert short[0] not in shingle_hashes("Storm hits coast again today, officials said")


def test_parameter_rule():
    with pytest.raises(ParameterError, match=r"The 'n' parameter of shingle_hashes must be an integer >= 1\. Got 0\."):
        shingle_hashes("a b c", 0)


def test_paragraph_hashes_one_per_non_blank_line_normalised():
    h = paragraph_hashes(STORY)
    assert h.dtype == np.uint64 and len(h) == 4  # the blank line has no words
    assert paragraph_hashes("FOLLOW us on twitter — for more news!")[0] == h[-1]
    assert len(paragraph_hashes("x\r\ny\u2028z")) == 3  # str.splitlines breaks


def test_skip_lines_drops_boilerplate_before_shingling():
    footer = int(paragraph_hashes(FOOTER)[0])  # a Python int, as a store returns it
    body = STORY.replace(FOOTER + "\n", "")
    skipped = shingle_hashes(STORY, skip_lines={footer})
    assert np.array_equal(skipped, shingle_hashes(body))
    assert len(skipped) < len(shingle_hashes(STORY))
    assert np.array_equal(shingle_hashes(STORY, skip_lines={12345}), shingle_hashes(STORY))
    assert np.array_equal(shingle_hashes(STORY, skip_lines=set()), shingle_hashes(STORY))
    assert len(shingle_hashes(FOOTER, skip_lines={footer})) == 0


def test_many_equals_one_at_a_time_across_batch_edges():
    rng = np.random.default_rng(3)
    vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "東", "京", "don't"]
    texts = ["", STORY, "one", "x\x1ey z w v u t", "   "]
    texts += [" ".join(rng.choice(vocab, size=int(rng.integers(0, 400)))) for _ in range(300)]
    texts.append(" ".join(rng.choice(vocab, size=40_000)))  # longer than a whole batch
    footer = int(paragraph_hashes(FOOTER)[0])
    for skip in (None, {footer}):
        many = shingle_hashes_many(texts, 5, skip)
        assert len(many) == len(texts)
        for text, h in zip(texts, many):
            assert np.array_equal(h, shingle_hashes(text, 5, skip))
    for text, h in zip(texts, paragraph_hashes_many(texts)):
        assert np.array_equal(h, paragraph_hashes(text))


def test_low_bits_are_uniform_for_sampling_by_modulus():
    words = [f"w{i}" for i in range(20_000)]
    h = shingle_hashes(" ".join(words))
    share = np.mean(h % np.uint64(4) == 0)
    assert 0.24 < share < 0.26
