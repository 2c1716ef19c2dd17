"""Every document's text in one flat file, for the verifier's worker processes.

The verifier reads the two texts of each candidate pair. Candidates pair documents from all over
the store, so reading them from DuckDB chunk by chunk scanned the text column again for every
chunk: at a million documents the parent spent longer reading than the two workers verifying
(462 s for 1.2 M pairs). One ordered scan writes the texts to a file beside the store
(UTF-8, back to back) with their offsets; a worker reads a text with one ``pread``. The file is
a scratch copy: written at the start of a verification run and deleted at its end.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa

from .db import Store

EXPORT_ROWS = 1 << 16  # documents per Arrow batch while writing the file


class TextFile:
    """Texts by seq from a file written by :func:`export`. Pickles as its path: each worker
    process opens the file (and loads the offsets) on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None
        self._spans: np.ndarray | None = None

    def __getstate__(self) -> str:
        return self.path

    def __setstate__(self, path: str) -> None:
        self.__init__(path)

    def text(self, seq: int) -> str:
        if self._fd is None:
            self._spans = np.load(self.path + ".spans.npy")
            self._fd = os.open(self.path, os.O_RDONLY)
        start, length = self._spans[seq]
        return os.pread(self._fd, int(length), int(start)).decode("utf-8")

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def remove(self) -> None:
        self.close()
        for p in (self.path, self.path + ".spans.npy"):
            Path(p).unlink(missing_ok=True)


def export(store: Store, seqs: Sequence[int] | None = None) -> TextFile:
    """Write the stored texts of ``seqs`` (all when None) to ``{store}.texts`` (a temporary file
    for an in-memory store). A run verifying a few new pairs in a large store writes only theirs."""
    path = store.beside(".texts")
    if path is None:
        fd, path = tempfile.mkstemp(suffix=".texts")
        os.close(fd)
    n = store.one("SELECT coalesce(max(seq), -1) + 1 FROM documents")[0]
    spans = np.zeros((n, 2), dtype=np.int64)  # (start, length); a seq not written reads ""
    if seqs is None:
        rel = store.con.sql("SELECT seq, text FROM documents ORDER BY seq")
    else:
        store.con.register("_export_seqs", pa.table({"seq": pa.array(seqs, pa.int64())}))
        rel = store.con.sql("SELECT seq, text FROM documents SEMI JOIN _export_seqs USING (seq) ORDER BY seq")
    # DuckDB 2 renamed fetch_arrow_reader (still there, deprecated); 1.x has only the old name.
    reader = (getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader)(EXPORT_ROWS)
    try:
        _write(reader, path, spans)
    finally:
        if seqs is not None:
            store.con.unregister("_export_seqs")
    np.save(path + ".spans.npy", spans)
    return TextFile(path)


def _write(reader, path: str, spans: np.ndarray) -> None:
    pos = 0
    with open(path, "wb") as out:
        for batch in reader:
            seqs = batch.column(0).to_numpy()
            col = batch.column(1).cast(pa.large_string())  # 64-bit offsets, whatever DuckDB gave
            offsets = np.frombuffer(col.buffers()[1], dtype=np.int64)[col.offset:col.offset + len(col) + 1]
            if offsets[-1] > offsets[0]:
                out.write(memoryview(col.buffers()[2])[offsets[0]:offsets[-1]])
            spans[seqs, 0] = pos + offsets[:-1] - offsets[0]
            spans[seqs, 1] = np.diff(offsets)
            pos += int(offsets[-1] - offsets[0])
