"""Each document's lead vector (``detect.semantic``), kept so the translation door encodes a
document once, not on every run.

Encoding leads is most of the translation door (15 of its 17 minutes at a million documents),
and the door searches all documents on every run: without kept vectors, adding ten documents to
a million-document store cost a quarter of an hour. Vectors are rows of ``DIM`` half-precision
numbers appended to ``{store}.leads``; the ``leads`` table says which row is a document's. A
document whose text changes loses its row (``Store._forget_derived``); a changed lead rule or
encoder (``SCHEME``) drops them all. Rows past the end of the file (deleted, cut) are dropped
before a run appends, as for ``printsfile``; old rows stay in the file unreferenced.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa

from .db import Store

DIM = 512
ROW_BYTES = 2 * DIM
SUFFIX = ".leads"


def path_of(store: Store) -> str | None:
    return store.beside(SUFFIX)


def usable(store: Store, scheme: str) -> str | None:
    """The leads file of ``store``, its rows trimmed to what the file holds and dropped when they
    were encoded under another ``scheme``; None when the store keeps none (in memory)."""
    path = path_of(store)
    if path is None:
        return None
    if store.get_meta("leads_scheme") != scheme:
        store.con.execute("DELETE FROM leads")
        store.set_meta("leads_scheme", scheme)
    size = Path(path).stat().st_size if Path(path).exists() else 0
    store.con.execute("DELETE FROM leads WHERE row >= ?", [size // ROW_BYTES])
    return path


def append(store: Store, path: str, seqs: np.ndarray, vectors: np.ndarray) -> None:
    """Append ``vectors`` (one per seq), then record their rows (a kill in between leaves only
    unreferenced rows of the file)."""
    if not len(seqs):
        return
    with open(path, "ab") as f:
        start = f.seek(0, 2)
        if start % ROW_BYTES:  # a killed run's partial row: start at the next whole one
            f.write(b"\0" * (ROW_BYTES - start % ROW_BYTES))
            start += ROW_BYTES - start % ROW_BYTES
        f.write(np.ascontiguousarray(vectors, dtype=np.float16).tobytes())
    rows = np.arange(len(seqs), dtype=np.int64) + start // ROW_BYTES

    store.con.register("_leads_batch", pa.table({"seq": np.asarray(seqs, np.int64), "row": rows}))
    try:
        store.con.execute("INSERT INTO leads SELECT * FROM _leads_batch")
    finally:
        store.con.unregister("_leads_batch")


def read(path: str, rows: np.ndarray) -> np.ndarray:
    """The vectors at ``rows``, as float32."""
    if not len(rows):
        return np.zeros((0, DIM), dtype=np.float32)
    n = Path(path).stat().st_size // ROW_BYTES  # whole rows: a killed run may have left part of one
    table = np.memmap(path, dtype=np.float16, mode="r", shape=(n, DIM))
    return table[np.asarray(rows, np.int64)].astype(np.float32)
