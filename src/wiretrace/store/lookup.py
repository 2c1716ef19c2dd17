"""The lookup index for ``find``: sorted arrays beside the store, memory-mapped.

``find`` asks which stored documents share band keys and rare fact anchors with one new
document. In SQL that is a scan of the bands and anchors tables (32 M and 100 M rows at a million
documents: about a second). Here it is a binary search per key in sorted ``.npy`` files written
at the end of each index run: (anchor hash, seq) sorted by hash, (band key, band, seq) sorted by
key, and each document's anchor count. Memory-mapped, a lookup touches a few pages per key.

The files carry a stamp also written to the store's ``meta`` table; a store changed since (a
document updated) drops its stamp, and ``find`` falls back to SQL until the next index run.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from .db import Store
from .queries import MAX_BUCKET

STAMP_KEY = "lookup_stamp"
SORT_BITS = 2
_FILES = ("anchor_h", "anchor_seq", "band_key", "band_band", "band_seq", "anchor_count")


def lookup_dir(store: Store) -> Path | None:
    """Where a store's lookup files live (none for an in-memory store)."""
    where = store.beside(".lookup")
    return None if where is None else Path(where)


def _sorted(store: Store, select: str, key: str) -> pa.Table:
    """``select`` ordered by the UBIGINT ``key``, sorted in ranges of its top SORT_BITS bits: one
    sort of the 100 M anchors of a million documents ran out of DuckDB's 3 GB now and then."""
    parts = [store.con.sql(f"{select} WHERE {key} >> {64 - SORT_BITS} = {p} ORDER BY {key}").to_arrow_table()
             for p in range(1 << SORT_BITS)]
    return pa.concat_tables(parts)


def build(store: Store) -> None:
    """Write the lookup files for the store as it is now (DuckDB sorts; it spills past its limit)."""
    where = lookup_dir(store)
    if where is None:
        return
    tmp = where.with_name(where.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    anchors = _sorted(store, "SELECT h, seq::INTEGER AS seq FROM anchors", "h")
    np.save(tmp / "anchor_h.npy", anchors.column("h").to_numpy().astype(np.uint64, copy=False))
    np.save(tmp / "anchor_seq.npy", anchors.column("seq").to_numpy().astype(np.int32, copy=False))
    del anchors
    bands = _sorted(store, "SELECT key, band, seq::INTEGER AS seq FROM bands", "key")
    np.save(tmp / "band_key.npy", bands.column("key").to_numpy().astype(np.uint64, copy=False))
    np.save(tmp / "band_band.npy", bands.column("band").to_numpy().astype(np.uint16, copy=False))
    np.save(tmp / "band_seq.npy", bands.column("seq").to_numpy().astype(np.int32, copy=False))
    del bands
    top = store.con.execute("SELECT coalesce(max(seq), -1) FROM documents").fetchall()[0][0]
    counts = np.zeros(top + 1, dtype=np.int32)
    # A document's anchors that are not common: the denominator of the anchor door's containment.
    seqs_counts = store.con.sql(f"""
        SELECT seq, count(*) AS n FROM anchors
        SEMI JOIN (SELECT h FROM anchors GROUP BY h HAVING count(*) <= {MAX_BUCKET}) USING (h)
        GROUP BY seq""").to_arrow_table()
    counts[seqs_counts.column("seq").to_numpy()] = seqs_counts.column("n").to_numpy()
    np.save(tmp / "anchor_count.npy", counts)
    stamp = uuid.uuid4().hex
    (tmp / "stamp.json").write_text(json.dumps({"stamp": stamp}), encoding="utf-8")
    shutil.rmtree(where, ignore_errors=True)
    tmp.rename(where)
    store.set_meta(STAMP_KEY, stamp)


def invalidate(store: Store) -> None:
    store.con.execute("DELETE FROM meta WHERE key = ?", [STAMP_KEY])


@dataclass(frozen=True, slots=True)
class Lookup:
    anchor_h: np.ndarray
    anchor_seq: np.ndarray
    band_key: np.ndarray
    band_band: np.ndarray
    band_seq: np.ndarray
    anchor_count: np.ndarray

    def band_matches(self, keys: np.ndarray) -> set[int]:
        """Documents sharing the key of band ``b`` for some ``b`` (``keys[b]``)."""
        keys = np.asarray(keys, dtype=np.uint64)
        lo = np.searchsorted(self.band_key, keys, side="left")
        hi = np.searchsorted(self.band_key, keys, side="right")
        out: set[int] = set()
        for b, (i, j) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
            if j > i:
                rows = np.arange(i, j)
                out.update(self.band_seq[rows[self.band_band[rows] == b]].tolist())
        return out

    def anchor_hits(self, hashes: np.ndarray, max_df: int) -> tuple[dict[int, int], int]:
        """For each document, how many of ``hashes`` it holds among those held by fewer than
        ``max_df`` documents; and how many of ``hashes`` are that rare (held by none included)."""
        hashes = np.unique(np.asarray(hashes, dtype=np.uint64))
        lo = np.searchsorted(self.anchor_h, hashes, side="left")
        hi = np.searchsorted(self.anchor_h, hashes, side="right")
        rare = int((hi - lo < max_df).sum())
        keep = (hi > lo) & (hi - lo < max_df)
        if not keep.any():
            return {}, rare
        rows = np.concatenate([np.arange(i, j) for i, j in zip(lo[keep].tolist(), hi[keep].tolist(), strict=True)])
        seqs, n = np.unique(self.anchor_seq[rows], return_counts=True)
        return dict(zip(seqs.tolist(), n.tolist(), strict=True)), rare


def load(store: Store) -> Lookup | None:
    """The store's lookup files, memory-mapped; ``None`` when missing or older than the store."""
    where = lookup_dir(store)
    stamp = store.get_meta(STAMP_KEY)
    if where is None or stamp is None or not (where / "stamp.json").exists():
        return None
    if json.loads((where / "stamp.json").read_text(encoding="utf-8")).get("stamp") != stamp:
        return None
    return Lookup(*(np.load(where / f"{name}.npy", mmap_mode="r") for name in _FILES))
