"""Each document's shingles and sentence sketch, packed, in one flat file beside the store.

Fingerprinting computes them for every document and used to keep only what the candidate doors
need (signatures, anchors); the verifier then computed them again from both texts of every
candidate pair, about half of verifying a million pairs. Now fingerprinting appends each
document's record (``detect.prints.pack``) to ``{store}.prints`` and the ``prints`` table
says where it is (``pos``, ``len``), written in the same transaction as its fingerprints, so a
killed run leaves at most unreferenced bytes at the end of the file. Records of replaced texts
stay in the file, unreferenced (about 4 kB a document; the file is not compacted).

The file is a cache: a store without it (copied alone, or in memory) verifies from the texts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..detect.prints import unpack
from .db import Store

SUFFIX = ".prints"


def path_of(store: Store) -> str | None:
    """Where ``store`` keeps its packed prints; None for an in-memory store (it keeps none)."""
    return store.beside(SUFFIX)


_APPEND: dict[str, int] = {}  # path -> this process's descriptor, opened O_APPEND


def append(path: str, records: Sequence[bytes]) -> np.ndarray:
    """Write ``records`` back to back at the end of the file; ``(pos, len)`` of each, an int64
    array. Called in the worker processes, each with its own descriptor: an O_APPEND write of a
    regular file takes its place at the end and moves this descriptor's offset past it as one
    step, so workers appending at once never overlap, and the parent copies none of the bytes."""
    fd = _APPEND.get(path)
    if fd is None:
        fd = _APPEND[path] = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    blob = b"".join(records)
    if os.write(fd, blob) != len(blob):  # the rest would land after another worker's records
        raise OSError(f"{path}: short write (is the disk full?)")
    end = os.lseek(fd, 0, os.SEEK_CUR)
    lengths = np.fromiter((len(r) for r in records), np.int64, len(records))
    return np.stack([end - len(blob) + np.cumsum(lengths) - lengths, lengths], axis=1)


def close_appends() -> None:
    """Close this process's append descriptors (a pool of one worker appends in the parent)."""
    while _APPEND:
        os.close(_APPEND.popitem()[1])


class Reader:
    """Reads records by position. Pickles as its path: each worker process opens the file itself."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    def __getstate__(self) -> str:
        return self.path

    def __setstate__(self, path: str) -> None:
        self.__init__(path)

    def read(self, seq: int, pos: int, length: int) -> tuple:
        """``(shingles, sketch)`` of document ``seq`` from its record at ``pos``."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDONLY)
        try:
            return unpack(os.pread(self._fd, length, pos), seq)
        except ValueError as exc:
            from .db import StoreError

            raise StoreError(f"{self.path}: {exc}",
                             fix=f"delete {self.path} and run `wiretrace index` again (it is rebuilt)") from exc


def usable(store: Store) -> str | None:
    """The prints file of ``store`` when its records can be trusted. Rows pointing past the end
    of the file (it was deleted or cut) are dropped, so those documents are verified from their
    texts; called before a run appends, so that no old row points into the new bytes."""
    path = path_of(store)
    size = Path(path).stat().st_size if path and Path(path).exists() else 0
    store.con.execute("DELETE FROM prints WHERE pos + len > ?", [size])
    return path if size else None
