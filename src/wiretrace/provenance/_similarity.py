"""Sentence-by-sentence similarity of many document pairs in one pass of NumPy calls.

The quick verdict compares every sentence of one side with every sentence of the other. Done
pair by pair that is some thirty small NumPy calls a pair, and at a million candidate pairs the
calls' own overhead was much of the verification time. Here every pair's ``na × nb`` matrix has
its place in one flat row-major numbering (``Layout``), each step is one call over all pairs, and
only the non-zero cells are kept (``Cells``: a third of them; the quick verdict then reads only
the few percent at least ``SENTENCE_MATCH`` alike).

The similarity itself is the IDF-weighted Dice of content stems (see ``quick.measure``): the
weights are IDF over the two documents' sentences, names and numbers count ``mark_weight`` times
more, and only stems found on both sides enter the numerator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..detect.sketch import Sketch


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each pair's cells, rows (A sentences) and columns (B sentences) sit in flat
    row-major numbering. Pairs with no cells (a side without sentences) have no rows and no
    columns."""

    na: np.ndarray  # sentences of A per pair (0 when the pair has no cells)
    nb: np.ndarray
    off: np.ndarray  # first cell of each pair (P + 1 entries)
    row0: np.ndarray  # first row of each pair (P + 1)
    col0: np.ndarray  # first column of each pair (P + 1)

    @property
    def size(self) -> int:
        return int(self.off[-1])

    def locate(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pair, row and column of each cell."""
        p = np.searchsorted(self.off, cells, side="right") - 1
        local = cells - self.off[p]
        nb = self.nb[p]
        return p, self.row0[p] + local // nb, self.col0[p] + local % nb


@dataclass(frozen=True, slots=True)
class Cells:
    """The non-zero cells of some pairs' similarity matrices: sorted cell numbers, values, and
    each cell's pair, row and column."""

    cell: np.ndarray
    value: np.ndarray
    pair: np.ndarray
    row: np.ndarray
    col: np.ndarray

    def where(self, keep: np.ndarray) -> Cells:
        return Cells(self.cell[keep], self.value[keep], self.pair[keep], self.row[keep], self.col[keep])

    @staticmethod
    def join(parts: Sequence[Cells]) -> Cells:
        cat = [np.concatenate([getattr(c, f) for c in parts]) for f in ("cell", "value", "pair", "row", "col")]
        order = np.argsort(cat[0], kind="stable")
        return Cells(*(x[order] for x in cat))


def _starts(n: np.ndarray) -> np.ndarray:
    return np.concatenate(([0], np.cumsum(n))).astype(np.int64)


def layout(na: np.ndarray, nb: np.ndarray) -> Layout:
    empty = (na == 0) | (nb == 0)
    na = np.where(empty, 0, na).astype(np.int64)
    nb = np.where(empty, 0, nb).astype(np.int64)
    return Layout(na=na, nb=nb, off=_starts(na * nb), row0=_starts(na), col0=_starts(nb))


def _prepared(sk: Sketch, marks_only: bool) -> tuple[np.ndarray, ...]:
    """Per document, once: unique stems, their sentence counts, whether written as a name or
    number somewhere, each occurrence's unique stem and sentence, and the occurrences grouped by
    stem (their sentences, and where each stem's group starts)."""
    key = ("prepared", marks_only)
    found = sk.memo.get(key)
    if found is None:
        keep = sk.marks if marks_only else slice(None)
        t, s, k = sk.stems[keep], sk.sents[keep].astype(np.int64), sk.marks[keep]
        order = np.argsort(t, kind="stable")
        ts = t[order]
        new = np.empty(len(ts), dtype=bool)
        new[:1] = True
        new[1:] = ts[1:] != ts[:-1]
        group_start = np.flatnonzero(new)
        counts = np.diff(np.append(group_start, len(ts)))
        inv = np.empty(len(ts), dtype=np.int64)
        inv[order] = np.cumsum(new) - 1
        marked = np.maximum.reduceat(k[order], group_start) if len(ts) else np.zeros(0, dtype=bool)
        found = sk.memo[key] = (ts[group_start], counts, marked, inv, s, s[order], group_start)
    return found


def _side(sketches: Sequence[Sketch], which: np.ndarray, marks_only: bool,
          first_row: np.ndarray) -> dict[str, np.ndarray]:
    """One side's arrays of the pairs ``which``, concatenated, with indexes made global."""
    preps = [_prepared(sketches[p], marks_only) for p in which]
    n_u = np.array([len(x[0]) for x in preps], dtype=np.int64)
    n_occ = np.array([len(x[3]) for x in preps], dtype=np.int64)
    u_start, occ_start = _starts(n_u)[:-1], _starts(n_occ)[:-1]
    cat = (lambda k: np.concatenate([x[k] for x in preps])) if preps else (lambda k: np.zeros(0, np.int64))
    return {
        "u": cat(0).astype(np.uint64), "counts": cat(1), "marked": cat(2).astype(bool),
        "pair": np.repeat(which, n_u),
        # occurrence -> global unique index and global sentence (row or column)
        "occ_u": cat(3) + np.repeat(u_start, n_occ),
        "occ_sent": cat(4) + np.repeat(first_row[which], n_occ),
        # grouped by stem: local sentence of each occurrence; global start of each stem's group
        "grouped_sent": cat(5), "group_start": cat(6) + np.repeat(occ_start, n_u),
    }


def similarity(pairs: Sequence[tuple[Sketch, Sketch]], lay: Layout, which: np.ndarray,
               marks_only: bool, mark_weight: float) -> Cells:
    """The non-zero cells of the pairs ``which``, from all content stems or from names and
    numbers only."""
    which = which[(lay.na[which] > 0)]
    if not len(which):
        z = np.zeros(0, dtype=np.int64)
        return Cells(z, np.zeros(0), z, z, z)
    A = _side([a for a, _ in pairs], which, marks_only, lay.row0)
    B = _side([b for _, b in pairs], which, marks_only, lay.col0)
    # Shared stems of each pair: one intersection over (pair, stem) keys.
    stems, inv = np.unique(np.concatenate((A["u"], B["u"])), return_inverse=True)
    g = len(stems) + 1
    key_a = A["pair"] * g + inv[:len(A["u"])]
    key_b = B["pair"] * g + inv[len(A["u"]):]
    _, ia, ib = np.intersect1d(key_a, key_b, assume_unique=True, return_indices=True)
    n_sum = (lay.na + lay.nb).astype(np.float64)
    df_a = A["counts"].astype(np.float64)
    df_a[ia] += B["counts"][ib]
    df_b = B["counts"].astype(np.float64)
    df_b[ib] += A["counts"][ia]
    w_a = np.log1p(n_sum[A["pair"]] / df_a)
    w_b = np.log1p(n_sum[B["pair"]] / df_b)
    if not marks_only and mark_weight != 1.0:
        mk_a, mk_b = A["marked"].copy(), B["marked"].copy()
        mk_a[ia] |= B["marked"][ib]
        mk_b[ib] |= A["marked"][ia]
        w_a[mk_a] *= mark_weight
        w_b[mk_b] *= mark_weight
    size_a = np.bincount(A["occ_sent"], weights=w_a[A["occ_u"]], minlength=int(lay.row0[-1]))
    size_b = np.bincount(B["occ_sent"], weights=w_b[B["occ_u"]], minlength=int(lay.col0[-1]))
    # Numerator: each shared stem adds its weight to every (A sentence, B sentence) holding it.
    ca, cb = A["counts"][ia], B["counts"][ib]
    rep = ca * cb
    k = np.repeat(np.arange(len(ia)), rep)
    e = np.arange(int(rep.sum())) - np.repeat(np.cumsum(rep) - rep, rep)
    cb_k = cb[k]
    i = A["grouped_sent"][A["group_start"][ia][k] + e // cb_k]
    j = B["grouped_sent"][B["group_start"][ib][k] + e % cb_k]
    p = A["pair"][ia][k]
    num = np.bincount(lay.off[p] + i * lay.nb[p] + j, weights=w_a[ia][k], minlength=lay.size)
    cell = np.flatnonzero(num)
    pair, row, col = lay.locate(cell)
    value = 2 * num[cell] / np.maximum(size_a[row] + size_b[col], 1e-6)
    return Cells(cell, value, pair, row, col)
