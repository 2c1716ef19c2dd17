"""JSON Lines: one JSON object per line, from a file (``.jsonl``, ``.ndjson``, optionally ``.gz``)
or from standard input (``"-"``).

A bad line is one BadRecord naming its line number; the lines after it are still read. Blank lines
are not records and are passed over silently (they still count in line numbers).
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputEncoding, InputError, InputMissing, InputTooLarge, RecordBroken
from ..model import BadRecord, Document
from ._lines import GZIP_DAMAGE, gzip_damage, numbered_lines, open_binary, stdin_binary
from ._problems import bad_record, check_max_bytes, check_path, unreadable
from .mapping import FieldMapping, check_mapping, document_from_fields

STDIN = "-"

# A text of max_bytes UTF-8 bytes can take up to three times that once JSON-escaped (\uXXXX for
# a 2-byte character, a surrogate pair for a 4-byte one), plus the other fields. A longer line cannot hold an acceptable text, so
# it is refused without being read whole or parsed.
_LINE_FACTOR = 4
_LINE_SLACK = 1_000_000


def iter_jsonl(
    path: str | os.PathLike[str],
    *,
    mapping: FieldMapping | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Document | BadRecord]:
    """Documents from a JSON Lines file, or from stdin when ``path`` is ``"-"``.

    A record without an id gets ``"<file name>:<line number>"`` (``"stdin:<line number>"`` for
    stdin). Bad lines become BadRecords: E104 (not UTF-8), E106 (not a JSON object, or a field of
    the wrong type), E102 (no text), E105 (text over ``max_bytes``); a gzip file that ends early
    gives E108 after the lines before the damage.
    """
    check_path("iter_jsonl", path)
    check_max_bytes("iter_jsonl", max_bytes)
    mapping = check_mapping("iter_jsonl", mapping)
    return _read(path, mapping, max_bytes)


def _read(
    path: str | os.PathLike[str], mapping: FieldMapping, max_bytes: int
) -> Iterator[Document | BadRecord]:
    source = os.fspath(path)
    if source == STDIN:
        yield from _records(stdin_binary(), STDIN, "stdin", mapping, max_bytes)
        return
    p = Path(path)
    problem = unreadable(p, source)
    if problem is not None:
        yield problem
        return
    try:
        with open_binary(p) as stream:
            yield from _records(stream, source, p.name, mapping, max_bytes)
    except OSError as exc:  # opening failed (permissions, I/O error); damage inside is handled below
        yield bad_record(source, "", InputMissing(f"cannot be read ({exc.strerror or exc})"))


def _records(
    stream: BinaryIO, source: str, name: str, mapping: FieldMapping, max_bytes: int
) -> Iterator[Document | BadRecord]:
    lineno = 0
    try:
        for lineno, line in numbered_lines(stream, _LINE_FACTOR * max_bytes + _LINE_SLACK):
            record = str(lineno)
            try:
                doc = _parse_line(line, lineno, mapping, max_bytes, fallback_id=f"{name}:{lineno}")
            except InputError as exc:
                yield bad_record(source, record, exc)
                continue
            if doc is not None:
                yield doc
    except GZIP_DAMAGE as exc:
        yield bad_record(source, str(lineno + 1), gzip_damage(exc, f"line {lineno}"))


def _parse_line(
    line: bytes | None, lineno: int, mapping: FieldMapping, max_bytes: int, *, fallback_id: str
) -> Document | None:
    if line is None:
        raise InputTooLarge(f"the line is longer than {_LINE_FACTOR * max_bytes + _LINE_SLACK} bytes")
    if lineno == 1 and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputEncoding(
            f"line is not valid UTF-8 at byte {exc.start} of the line (byte 0x{line[exc.start]:02x})"
        ) from exc
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordBroken(f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:  # absurdly deep nesting; json gives up rather than parse it
        raise RecordBroken("not valid JSON: nested too deeply") from exc
    if not isinstance(obj, dict):
        raise RecordBroken(f"a JSON {type(obj).__name__}, not an object")
    return document_from_fields(obj, mapping, fallback_id=fallback_id, max_bytes=max_bytes)
