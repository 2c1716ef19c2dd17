"""Numbered byte lines from a plain or gzip file, or from stdin.

Lines stay bytes until a reader decodes them one at a time, so an undecodable byte costs one
record, not the whole file. A gzip stream that ends early or is damaged raises (EOFError,
gzip.BadGzipFile, zlib.error) only when the reader reaches the damage, after every line before it.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import ArchiveTruncated

# What a damaged gzip stream raises part-way through; readers turn these into E108.
GZIP_DAMAGE = (EOFError, gzip.BadGzipFile, zlib.error)

_SKIP_CHUNK = 1 << 20


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def stdin_binary() -> BinaryIO:
    """Standard input as bytes, looked up when called (so tests and callers can swap ``sys.stdin``)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    # A text-only stand-in (e.g. io.StringIO) has no bytes underneath: re-encode what it holds.
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def numbered_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number from 1, line bytes)``; the bytes are None for a line longer than ``limit``.

    The rest of an over-long line is skipped in chunks, never held whole: a misnamed binary file
    with no newline must not be read into memory as one line.
    """
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_SKIP_CHUNK)
            yield lineno, None
        else:
            yield lineno, line


def gzip_damage(exc: BaseException, after: str) -> ArchiveTruncated:
    """E108 for a gzip stream that broke after ``after`` (e.g. "line 41")."""
    if isinstance(exc, EOFError):
        return ArchiveTruncated(f"the gzip stream ends early after {after}; everything before it was read")
    return ArchiveTruncated(
        f"the gzip stream is damaged after {after} ({exc}); everything before it was read"
    )
