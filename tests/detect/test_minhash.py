"""MinHash signatures, band keys and Jaccard: accuracy, LSH behaviour, sentinels, memory, rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

from wiretrace.detect.minhash import (
    EMPTY_BAND_KEY,
    METHODS,
    MinHashScheme,
    band_keys,
    estimate,
    is_empty,
    jaccard,
    signatures,
)
from wiretrace.errors import ParameterError


def _pair(rng: np.random.Generator, j: float, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Two sorted sets of ``size`` random hashes with Jaccard close to ``j``."""
    common = round(2 * size * j / (1 + j))
    pool = np.unique(rng.integers(0, 2**63, size=3 * size, dtype=np.uint64))[: 2 * size - common]
    rng.shuffle(pool)
    a = np.concatenate([pool[:common], pool[common:size]])
    b = np.concatenate([pool[:common], pool[size:]])
    return np.sort(a), np.sort(b)


@pytest.fixture(params=METHODS)
def scheme(request) -> MinHashScheme:
    return MinHashScheme(method=request.param)


# ------------------------------------------------------------------------------------ parameters


def test_bands_must_divide_num_perm_with_the_house_message():
    with pytest.raises(ParameterError, match=r"The 'bands' parameter of MinHashScheme must divide num_perm\. "
                                             r"Got 30\."):
        MinHashScheme(bands=30)
    with pytest.raises(ParameterError, match="'num_perm' parameter of MinHashScheme"):
        MinHashScheme(num_perm=0)
    with pytest.raises(ParameterError, match="'method' parameter of MinHashScheme"):
        MinHashScheme(method="fast")
    with pytest.raises(ParameterError, match="'seed' parameter of MinHashScheme"):
        MinHashScheme(seed=-1)


def test_defaults_rows_and_version():
    s = MinHashScheme()
    assert (s.num_perm, s.bands, s.rows, s.seed, s.method) == (128, 32, 4, 1, "oph")
    versions = {s.version, MinHashScheme(seed=2).version, MinHashScheme(bands=16).version,
                MinHashScheme(num_perm=64, bands=16).version, MinHashScheme(method="kperm").version}
    assert len(versions) == 5


# ------------------------------------------------------------------------------------ signatures


def test_shape_dtype_determinism_and_seed(scheme):
    rng = np.random.default_rng(0)
    sets = [_pair(rng, 0.5, 200)[0] for _ in range(5)]
    sigs = signatures(sets, scheme)
    assert sigs.shape == (5, 128) and sigs.dtype == np.uint32
    assert np.array_equal(sigs, signatures(sets, scheme))
    other = MinHashScheme(seed=2, method=scheme.method)
    assert not np.array_equal(sigs, signatures(sets, other))


def test_same_signatures_in_a_fresh_process(scheme):
    code = (
        "import json, sys, numpy as np; from wiretrace.detect.minhash import MinHashScheme, signatures;"
        f"s = signatures([np.arange(1, 400, dtype=np.uint64) * np.uint64(7919)], MinHashScheme(method='{scheme.method}'));"
        "print(json.dumps(s[0].tolist()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "5"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    here = signatures([np.arange(1, 400, dtype=np.uint64) * np.uint64(7919)], scheme)[0].tolist()
    assert json.loads(done.stdout) == here


def test_a_signature_does_not_depend_on_the_rest_of_the_batch(scheme):
    rng = np.random.default_rng(1)
    big = np.sort(rng.integers(0, 2**63, size=5000, dtype=np.uint64))  # spans many kernel chunks
    small = [np.sort(rng.integers(0, 2**63, size=int(k), dtype=np.uint64)) for k in rng.integers(1, 400, 50)]
    batch = small[:20] + [np.zeros(0, np.uint64), big] + small[20:]
    sigs = signatures(batch, scheme)
    for k, s in enumerate(batch):
        assert np.array_equal(sigs[k], signatures([s], scheme)[0])


def test_input_forms_and_duplicates_are_harmless(scheme):
    values = [5, 17, 2**63 + 11, 99, 1000]
    ref = signatures([np.array(sorted(values), dtype=np.uint64)], scheme)
    assert np.array_equal(signatures([values], scheme), ref)
    assert np.array_equal(signatures([np.array(values + values[:2], dtype=np.uint64)], scheme), ref)


@pytest.mark.parametrize("level", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_estimates_track_exact_jaccard(scheme, level):
    rng = np.random.default_rng(int(level * 100))
    pairs = [_pair(rng, level, int(size)) for size in rng.integers(20, 1500, size=60)]
    exact = np.array([jaccard(a, b) for a, b in pairs])
    est = estimate(signatures([a for a, _ in pairs], scheme), signatures([b for _, b in pairs], scheme))
    err = est - exact
    assert np.mean(np.abs(err) <= 0.1) >= 0.95  # 128 slots: standard error ≤ 0.045
    assert abs(err.mean()) < 0.02  # no bias
    assert all(abs(estimate(s_a, s_b) - e) <= 0.15 for s_a, s_b, e in zip(
        signatures([a for a, _ in pairs[:10]], scheme), signatures([b for _, b in pairs[:10]], scheme), exact))


def test_num_perm_need_not_be_a_power_of_two():
    scheme = MinHashScheme(num_perm=100, bands=25)
    rng = np.random.default_rng(4)
    pairs = [_pair(rng, 0.6, 300) for _ in range(40)]
    est = estimate(signatures([a for a, _ in pairs], scheme), signatures([b for _, b in pairs], scheme))
    exact = np.array([jaccard(a, b) for a, b in pairs])
    assert abs(np.mean(est - exact)) < 0.03


def test_empty_documents_match_nothing(scheme):
    rng = np.random.default_rng(5)
    real = np.sort(rng.integers(0, 2**63, size=50, dtype=np.uint64))
    sigs = signatures([np.zeros(0, np.uint64), real, [], real[:1]], scheme)
    assert list(is_empty(sigs)) == [True, False, True, False]
    assert estimate(sigs[0], sigs[2]) == 0.0  # two empty documents are not copies of each other
    assert estimate(sigs[0], sigs[1]) == 0.0
    assert estimate(sigs[1], sigs[1]) == 1.0
    keys = band_keys(sigs, scheme)
    assert np.all(keys[[0, 2]] == EMPTY_BAND_KEY)
    assert not np.any(keys[[1, 3]] == EMPTY_BAND_KEY)
    assert signatures([], scheme).shape == (0, 128)
    assert signatures([[], []], scheme).shape == (2, 128)


# ------------------------------------------------------------------------------------- band keys


def test_band_keys_shape_and_identical_documents(scheme):
    rng = np.random.default_rng(6)
    a, b = _pair(rng, 0.3, 300)
    keys = band_keys(signatures([a, b, a.copy()], scheme), scheme)
    assert keys.shape == (3, 32) and keys.dtype == np.uint64
    assert np.array_equal(keys[0], keys[2])
    assert len(set(keys[0].tolist())) == 32  # salted by band
    with pytest.raises(ParameterError, match="'sigs' parameter of band_keys"):
        band_keys(np.zeros((2, 64), np.uint32), scheme)


def test_lsh_collision_probability(scheme):
    """32 bands of 4: P(share a band) = 1 - (1 - J^4)^32 — 99.97 % at J = 0.8, 5 % at J = 0.2."""
    rng = np.random.default_rng(7)

    def share_rate(level: float) -> float:
        pairs = [_pair(rng, level, 300) for _ in range(400)]
        ka = band_keys(signatures([a for a, _ in pairs], scheme), scheme)
        kb = band_keys(signatures([b for _, b in pairs], scheme), scheme)
        return float(np.mean(np.any(ka == kb, axis=1)))

    assert share_rate(0.8) >= 0.99
    assert share_rate(0.2) <= 0.10
    assert share_rate(0.0) == 0.0


# --------------------------------------------------------------------------------------- jaccard


def test_exact_jaccard():
    a = np.array([1, 3, 5, 7], dtype=np.uint64)
    b = np.array([3, 4, 5, 8, 9, 2**64 - 1], dtype=np.uint64)
    assert jaccard(a, b) == pytest.approx(2 / 8)
    assert jaccard(b, a) == pytest.approx(2 / 8)
    assert jaccard(a, a) == 1.0
    assert jaccard(a, np.zeros(0, np.uint64)) == 0.0
    assert jaccard([], []) == 0.0
    assert jaccard([10, 20], [1, 2]) == 0.0  # every probe falls off the end
    rng = np.random.default_rng(8)
    for _ in range(20):
        x = np.unique(rng.integers(0, 50, size=30)).astype(np.uint64)
        y = np.unique(rng.integers(0, 50, size=int(rng.integers(1, 40)))).astype(np.uint64)
        sx, sy = set(x.tolist()), set(y.tolist())
        assert jaccard(x, y) == pytest.approx(len(sx & sy) / len(sx | sy))


# ---------------------------------------------------------------------------------------- memory


def test_a_batch_of_10k_documents_of_300_shingles_stays_small(scheme):
    rng = np.random.default_rng(9)
    flat = rng.integers(0, 2**63, size=10_000 * 300, dtype=np.uint64)
    sets = np.split(flat, np.arange(300, len(flat), 300))
    tracemalloc.start()
    try:
        sigs = signatures(sets, scheme)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sigs.shape == (10_000, 128)
    assert peak < 200 * 2**20, f"peak {peak / 2**20:.0f} MB"
