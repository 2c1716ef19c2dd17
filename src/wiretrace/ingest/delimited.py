"""CSV and TSV files (``.csv``, ``.tsv``, optionally ``.gz``): a header row names the fields, each
later row is one record, mapped to a Document by the same rules as JSON Lines.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first record row 2. With
no line breaks inside quoted fields that is also the line number.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputEmpty, InputError, InputMissing, RecordBroken
from ..model import BadRecord, Document
from ._lines import GZIP_DAMAGE, gzip_damage, open_binary
from ._problems import bad_record, check_max_bytes, check_path, unreadable
from .mapping import FieldMapping, check_mapping, document_from_fields

# The csv module refuses fields over 131072 characters by default, shorter than many articles.
# The limit is process-wide, so it is only ever raised, once, to the largest value the C long takes.
_FIELD_LIMIT = 2**31 - 1


def iter_csv(
    path: str | os.PathLike[str],
    *,
    mapping: FieldMapping | None = None,
    max_bytes: int = 20_000_000,
    delimiter: str | None = None,
) -> Iterator[Document | BadRecord]:
    """Documents from a CSV or TSV file; the delimiter is a tab for ``.tsv`` names, else a comma.

    A row without an id gets ``"<file name>:<row number>"``. Bad rows become BadRecords with the
    same codes as JSON Lines (E102, E104, E105, E106); a row whose field count differs from the
    header's is E106; a header without the text column is one E102 for the file.
    """
    check_path("iter_csv", path)
    check_max_bytes("iter_csv", max_bytes)
    mapping = check_mapping("iter_csv", mapping)
    if delimiter is None:
        delimiter = "\t" if os.fspath(path).lower().endswith((".tsv", ".tsv.gz")) else ","
    return _read(Path(path), os.fspath(path), mapping, max_bytes, delimiter)


def _read(
    path: Path, source: str, mapping: FieldMapping, max_bytes: int, delimiter: str
) -> Iterator[Document | BadRecord]:
    problem = unreadable(path, source)
    if problem is not None:
        yield problem
        return
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    try:
        with open_binary(path) as stream:
            yield from _rows(stream, source, path.name, mapping, max_bytes, delimiter)
    except OSError as exc:
        yield bad_record(source, "", InputMissing(f"cannot be read ({exc.strerror or exc})"))


def _rows(
    stream: BinaryIO, source: str, name: str, mapping: FieldMapping, max_bytes: int, delimiter: str
) -> Iterator[Document | BadRecord]:
    reader = csv.reader(_text_lines(stream), delimiter=delimiter)
    row_no = 1
    try:
        try:
            header = next(reader)
        except StopIteration:
            yield bad_record(source, "", InputEmpty("the file is empty (no header row)"))
            return
        except csv.Error as exc:
            yield bad_record(source, "1", RecordBroken(f"the header row cannot be parsed: {exc}"))
            return
        if mapping.text not in header:
            yield bad_record(source, "1", _no_text_column(mapping, header))
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row_no += 1
                yield bad_record(source, str(row_no), RecordBroken(f"the row cannot be parsed: {exc}"))
                continue
            row_no += 1
            if not row:  # a blank line
                continue
            try:
                if len(row) != len(header):
                    raise RecordBroken(f"the row has {len(row)} fields, the header has {len(header)}")
                doc = document_from_fields(
                    dict(zip(header, row)), mapping, fallback_id=f"{name}:{row_no}", max_bytes=max_bytes
                )
            except InputError as exc:
                yield bad_record(source, str(row_no), exc)
                continue
            yield doc
    except GZIP_DAMAGE as exc:
        yield bad_record(source, str(row_no + 1), gzip_damage(exc, f"row {row_no}"))


def _text_lines(stream: BinaryIO) -> Iterable[str]:
    """Each line decoded on its own; bytes that are not UTF-8 survive as surrogates, so only the
    fields that hold them are refused (E104, by the mapping rules), not the file."""
    first = True
    for line in stream:
        if first and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        first = False
        yield line.decode("utf-8", "surrogateescape")


def _no_text_column(mapping: FieldMapping, header: list[str]) -> InputEmpty:
    shown = ", ".join(repr(h) for h in header[:12]) + (", ..." if len(header) > 12 else "")
    return InputEmpty(
        f"the header has no {mapping.text!r} column for the text (columns: {shown})",
        fix="map the text column, e.g. text=body",
    )
