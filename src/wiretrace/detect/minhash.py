"""MinHash signatures, LSH band keys and exact Jaccard over shingle-hash sets (near-verbatim door).

Plain functions over NumPy arrays: the store computes ``band_keys(signatures(sets, scheme), scheme)``
batch by batch, self-joins the keys on ``(band, key)`` in SQL, and confirms each candidate pair with
``jaccard`` on the stored shingle hashes (estimated scores let false pairs through).

Two kernels, both fully vectorised over a batch (all shingles concatenated, documents told apart
by offsets), chosen by ``MinHashScheme.method``:

* ``"oph"`` (default) — one-permutation hashing with optimal densification (Li, Owen & Zhang 2012;
  Shrivastava 2017). Each shingle is hashed once; the hash picks one of ``num_perm`` bins and the
  signature keeps the minimum per bin. Bins a document leaves empty borrow the value of another
  bin, picked by a probe sequence that depends only on the bin, so two documents borrow alike and
  a slot still agrees with probability equal to the Jaccard similarity. Work is O(shingles), not
  O(shingles × num_perm): this is what makes signatures ≥ 10× faster than datasketch here
  (``bench/minhash_speed.py``), where the classic kernel reached 2–3×.
* ``"kperm"`` — classic MinHash: ``num_perm`` affine permutations ``a·x + b mod 2^32`` (``a``
  odd: a bijection, datasketch's "affine32"), applied in L2-sized chunks and reduced per document
  with ``np.minimum.reduceat``. Kept as the reference the fast kernel is measured against.

Signatures are uint32: a slot is compared for equality only, and two different minima agree by
chance with probability 2^-32 (no measurable bias), while 32-bit lanes are twice as many per SIMD
instruction and a million signatures take 512 MB instead of 1 GB. The 64-bit shingle hashes stay
the exact record.

An empty document (no shingles) gets the sentinel signature (every slot ``0xFFFFFFFF``): it matches
nothing in :func:`estimate`, and its band keys are all ``EMPTY_BAND_KEY`` (0), a value no real band
takes, so a band table can leave such rows out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import ParameterError, check_param

__all__ = [
    "EMPTY_BAND_KEY",
    "METHODS",
    "MinHashScheme",
    "band_keys",
    "estimate",
    "is_empty",
    "jaccard",
    "signatures",
]

METHODS = ("oph", "kperm")
EMPTY_BAND_KEY = 0
_EMPTY = np.uint32(0xFFFFFFFF)  # sentinel slot; "oph" never stores it for a real minimum
_MASK64 = (1 << 64) - 1
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S32 = np.uint64(32)
_S33 = np.uint64(33)
_OPH_CHUNK = 1 << 16  # shingles per pass: the per-chunk temporaries stay in L2
_KPERM_CHUNK = 1024  # shingles per pass: the (num_perm × chunk) uint32 tiles stay in a 2 MB L2
_MAX_PROBES = 1 << 14  # densification gives up after this many probes (never reached in practice)


@dataclass(frozen=True, slots=True)
class MinHashScheme:
    """Signature and banding parameters. Anything that changes results is in :attr:`version`.

    ``bands`` × ``rows`` = ``num_perm``; a pair with Jaccard ``J`` shares at least one band key
    with probability ``1 - (1 - J**rows)**bands``. The default, 32 bands of 4 rows, puts the
    threshold near ``(1/32)**(1/4)`` ≈ 0.42: 5 % of pairs at J = 0.2, 87 % at J = 0.5, all but
    about 5 in 10^8 at J = 0.8.
    """

    num_perm: int = 128
    bands: int = 32
    seed: int = 1
    method: str = "oph"

    def __post_init__(self) -> None:
        owner = "MinHashScheme"
        check_param(owner, "num_perm", self.num_perm,
                    _is_int(self.num_perm) and 1 <= self.num_perm <= 1 << 16, "an integer in [1, 65536]")
        check_param(owner, "bands", self.bands, _is_int(self.bands) and self.bands >= 1, "a positive integer")
        if self.num_perm % self.bands:  # check_param words rules as "must be …"; this one is not
            raise ParameterError(f"The 'bands' parameter of {owner} must divide num_perm. Got {self.bands!r}.")
        check_param(owner, "seed", self.seed, _is_int(self.seed) and 0 <= self.seed <= _MASK64,
                    "an integer in [0, 2**64)")
        check_param(owner, "method", self.method, self.method in METHODS, f"one of {METHODS}")

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands

    @property
    def version(self) -> str:
        return f"minhash-{self.method}-u32-k{self.num_perm}-b{self.bands}-s{self.seed}-v1"


def _is_int(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _splitmix64(seed: int, count: int) -> np.ndarray:
    """``count`` 64-bit constants from ``seed``, in pure Python so they never change with NumPy's
    random generators."""
    out, state = [], int(seed)
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & _MASK64
        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
        out.append(z ^ (z >> 31))
    return np.array(out, dtype=np.uint64)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer, in place. Inputs may be any integers (sequential ids in a
    test), so every signature first mixes them with a seeded key."""
    h ^= h >> _S33
    h *= _M1
    h ^= h >> _S33
    h *= _M2
    h ^= h >> _S33
    return h


# ------------------------------------------------------------------------------------ signatures


def signatures(shingle_sets: Sequence[np.ndarray], scheme: MinHashScheme | None = None) -> np.ndarray:
    """MinHash signatures of a batch of shingle-hash sets: shape (n_docs, num_perm), uint32.

    Duplicates within a set are harmless (a minimum ignores them). Working memory is about 16
    ("oph") or 24 ("kperm") bytes per shingle plus the output: 10,000 documents of 300 shingles
    peak at about 50 / 70 MB.
    """
    scheme = scheme or MinHashScheme()
    arrays = [s if isinstance(s, np.ndarray) and s.dtype == np.uint64 and s.ndim == 1
              else np.asarray(s, dtype=np.uint64).reshape(-1) for s in shingle_sets]
    lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    if not lengths.sum():
        return np.full((len(arrays), scheme.num_perm), _EMPTY, dtype=np.uint32)
    x = np.concatenate(arrays)
    kernel = _oph if scheme.method == "oph" else _kperm
    return kernel(x, lengths, scheme)


def _oph(x: np.ndarray, lengths: np.ndarray, scheme: MinHashScheme) -> np.ndarray:
    n, k = len(lengths), scheme.num_perm
    mix_key, probe_key = (int(v) for v in _splitmix64(scheme.seed, 2))
    sig = np.full(n * k, _EMPTY, dtype=np.uint32)
    index = np.int32 if n * k < 1 << 31 else np.int64  # half the memory traffic when it fits
    base = np.repeat(np.arange(0, n * k, k, dtype=index), lengths)  # flat index of bin 0
    for s in range(0, len(x), _OPH_CHUNK):
        y = _fmix64(x[s:s + _OPH_CHUNK] ^ np.uint64(mix_key))
        # The high 32 bits choose the bin (multiply-shift: any num_perm, not just powers of two);
        # the low 32 bits, independent of them, are the value ranked within the bin.
        slot = (((y >> _S32) * np.uint64(k)) >> _S32).astype(index)
        slot += base[s:s + _OPH_CHUNK]
        value = y.astype(np.uint32)
        np.minimum(value, _EMPTY - np.uint32(1), out=value)  # keep the sentinel free
        np.minimum.at(sig, slot, value)
    sig = sig.reshape(n, k)
    _densify(sig, lengths > 0, probe_key)
    return sig


def _densify(sig: np.ndarray, nonempty: np.ndarray, probe_key: int) -> None:
    """Fill the empty bins of non-empty documents, in place (optimal densification).

    Empty bin ``j`` tries bins ``c(j, 1), c(j, 2), …`` — a sequence fixed by the scheme, the same
    for every document — and copies the first one the document filled itself.
    """
    n, k = sig.shape
    flat = sig.reshape(-1)
    empty = flat == _EMPTY
    empty.reshape(n, k)[~nonempty] = False  # empty documents keep the sentinel
    cells = np.flatnonzero(empty)
    bins = (cells % k).astype(np.uint64)
    row0 = cells - bins.astype(cells.dtype)  # flat index of the document's bin 0
    for attempt in range(1, _MAX_PROBES + 1):
        if not len(cells):
            return
        probe = (bins << _S32) | np.uint64(attempt)
        probe ^= np.uint64(probe_key)
        source = row0 + ((_fmix64(probe) >> _S32) * np.uint64(k) >> _S32).astype(cells.dtype)
        found = ~empty[source]
        flat[cells[found]] = flat[source[found]]
        missing = ~found
        cells, bins, row0 = cells[missing], bins[missing], row0[missing]
    # Unreachable in practice (a one-shingle document needs about 128 × ln 128 probes at most);
    # a deterministic fallback keeps the loop bounded.
    own_min = np.where(empty, _EMPTY, flat).reshape(n, k).min(axis=1)
    flat[cells] = own_min[cells // k]


def _kperm(x: np.ndarray, lengths: np.ndarray, scheme: MinHashScheme) -> np.ndarray:
    n, k = len(lengths), scheme.num_perm
    keys = _splitmix64(scheme.seed, 1 + 2 * k)
    # Mixed to 32 bits once per shingle, then permuted num_perm times.
    x32 = (_fmix64(x ^ keys[0]) >> _S32).astype(np.uint32)
    a = (keys[1:k + 1] | np.uint64(1)).astype(np.uint32)  # odd: a bijection mod 2^32
    b = keys[k + 1:].astype(np.uint32)
    chunk = min(_KPERM_CHUNK, len(x32))
    # Tiles rather than broadcasting a (k, 1) column: NumPy's integer multiply is several times
    # slower when one operand has a zero stride.
    a_tile = np.repeat(a[:, None], chunk, axis=1)
    b_tile = np.repeat(b[:, None], chunk, axis=1)
    buf = np.empty((k, chunk), dtype=np.uint32)
    docs = np.flatnonzero(lengths)  # empty documents own no shingles and keep the sentinel
    starts = (np.cumsum(lengths) - lengths)[docs]
    sig = np.full((n, k), _EMPTY, dtype=np.uint32)
    for s0 in range(0, len(x32), chunk):
        s1 = min(s0 + chunk, len(x32))
        m = s1 - s0
        # Documents overlapping [s0, s1): the first may have begun in an earlier chunk and the
        # last may go on into the next one, so results merge with np.minimum.
        d0 = np.searchsorted(starts, s0, side="right") - 1
        d1 = np.searchsorted(starts, s1, side="left")
        pieces = starts[d0:d1] - s0
        pieces[0] = 0
        v = buf[:, :m]
        np.multiply(a_tile[:, :m], x32[s0:s1], out=v)
        np.add(v, b_tile[:, :m], out=v)
        part = np.minimum.reduceat(v, pieces, axis=1)
        rows = docs[d0:d1]
        sig[rows] = np.minimum(sig[rows], part.T)
    return sig


# ------------------------------------------------------------------------------- use of signatures


def is_empty(sigs: np.ndarray) -> np.ndarray | bool:
    """Whether each signature (last axis) is the empty-document sentinel."""
    out = np.all(np.asarray(sigs) == _EMPTY, axis=-1)
    return bool(out) if out.ndim == 0 else out


def estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float | np.ndarray:
    """Estimated Jaccard similarity: the share of slots that agree (0 when either side is empty).

    Two signatures give a float; two (n, num_perm) arrays give the n row-by-row estimates.
    """
    a, b = np.asarray(sig_a), np.asarray(sig_b)
    if a.shape != b.shape:
        raise ValueError(f"signatures differ in shape: {a.shape} and {b.shape}")
    share = np.count_nonzero(a == b, axis=-1) / a.shape[-1]
    out = np.where(np.all(a == _EMPTY, axis=-1) | np.all(b == _EMPTY, axis=-1), 0.0, share)
    return float(out) if out.ndim == 0 else out


def band_keys(sigs: np.ndarray, scheme: MinHashScheme | None = None) -> np.ndarray:
    """One uint64 key per band: shape (n_docs, bands), for a self-join on ``(band, key)``.

    A band's ``rows`` slots (128 bits at 4 rows) are hashed rather than packed; with 64-bit keys a
    false match between different bands of a million documents has probability ~10^-7. Keys are
    salted by band, so a join on the key alone stays correct too. Empty documents get
    ``EMPTY_BAND_KEY`` in every band; no real band does.
    """
    scheme = scheme or MinHashScheme()
    sigs = np.asarray(sigs)
    check_param("band_keys", "sigs", sigs.shape, sigs.ndim == 2 and sigs.shape[1] == scheme.num_perm,
                f"an array of shape (n_docs, {scheme.num_perm})")
    n = sigs.shape[0]
    slots = sigs.astype(np.uint64).reshape(n, scheme.bands, scheme.rows)
    keys = np.repeat(_splitmix64(int(scheme.seed) ^ 0xB4D5, scheme.bands)[None, :], n, axis=0)
    for r in range(scheme.rows):
        keys ^= slots[:, :, r]
        keys *= _M1
    _fmix64(keys)
    keys[keys == EMPTY_BAND_KEY] = 1
    keys[np.all(sigs == _EMPTY, axis=1)] = EMPTY_BAND_KEY
    return keys


def overlap(a_sorted: np.ndarray, b_sorted: np.ndarray) -> int:
    """How many values two sorted arrays of unique hashes share.

    Binary search of the smaller in the larger: no sort, unlike ``np.intersect1d``.
    """
    a = np.asarray(a_sorted, dtype=np.uint64)
    b = np.asarray(b_sorted, dtype=np.uint64)
    if not len(a) or not len(b):
        return 0
    if len(a) > len(b):
        a, b = b, a
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    return int(np.count_nonzero(b[at] == a))


def jaccard(a_sorted: np.ndarray, b_sorted: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted arrays of unique hashes (0 when either is empty)."""
    inter = overlap(a_sorted, b_sorted)
    union = len(a_sorted) + len(b_sorted) - inter
    return inter / union if inter else 0.0
