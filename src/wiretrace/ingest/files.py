"""Read one article from a plain-text file, exactly as written.

The text is kept byte for byte (after UTF-8 decoding and removing a leading BOM): no newline
conversion, no normalisation. Every offset wiretrace reports is a code-point offset into this
text, so a reader can slice the file's own text and see the span the report talks about.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from ..errors import (
    InputBinary,
    InputEmpty,
    InputEncoding,
    InputMissing,
    InputTooLarge,
    check_param,
)
from ..model import Document

# Binary sniffing looks at the head only: real binaries (PDF, DOCX, images) show NULs early, and
# scanning a 20 MB text for them would cost time for nothing.
_SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = 20_000_000,
    doc_id: str | None = None,
) -> Document:
    """Read a UTF-8 text file into a :class:`Document` whose id defaults to the file name.

    Raises InputMissing (no such file, or a directory), InputTooLarge (over ``max_bytes``,
    checked before reading), InputEmpty (no bytes, or only whitespace), InputBinary (NUL bytes in
    the first 8 KB) or InputEncoding (not UTF-8; the message gives the first bad byte's offset).
    """
    check_param(
        "read_document",
        "max_bytes",
        max_bytes,
        isinstance(max_bytes, int) and not isinstance(max_bytes, bool) and max_bytes > 0,
        "a positive int",
    )
    p = Path(path)
    name = str(path)
    try:
        info = p.stat()
    except FileNotFoundError as exc:
        raise InputMissing(f"{name}: no such file") from exc
    except OSError as exc:
        raise InputMissing(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    if p.is_dir():
        raise InputMissing(f"{name}: is a directory")
    if info.st_size > max_bytes:
        raise InputTooLarge(f"{name}: {info.st_size} bytes is over the limit of {max_bytes} bytes")

    try:
        with p.open("rb") as fh:
            # Read one byte past the limit: pipes and /proc files report size 0 in stat.
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputMissing(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    return document_from_bytes(data, doc_id if doc_id is not None else p.name, max_bytes=max_bytes, name=name)


def document_from_bytes(data: bytes, doc_id: str, *, max_bytes: int = 20_000_000, name: str | None = None) -> Document:
    """The same checks and decoding as ``read_document``, for bytes that did not come from a file
    (an upload). ``name`` is what messages call the input (default: ``doc_id``)."""
    name = doc_id if name is None else name
    if len(data) > max_bytes:
        raise InputTooLarge(f"{name}: more than the limit of {max_bytes} bytes")
    if not data:
        raise InputEmpty(f"{name}: the file is empty (0 bytes)")

    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul >= 0:
        hint = "; it starts with a UTF-16 byte order mark" if data.startswith(_UTF16_BOMS) else ""
        raise InputBinary(f"{name}: looks binary (NUL byte at offset {nul}{hint})")

    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        raise InputEncoding(f"{name}: not valid UTF-8 at byte offset {at} (byte 0x{data[at]:02x})") from exc

    if not text.strip():
        raise InputEmpty(f"{name}: the file holds only whitespace")
    return Document(id=doc_id, text=text)
