"""Which reader reads which path: the one entry point callers need, ``iter_documents``."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from ..errors import InputMissing, check_param
from ..model import BadRecord, Document
from ._problems import bad_record, check_max_bytes
from .delimited import iter_csv
from .directory import iter_directory, iter_text_file
from .html import iter_html
from .jsonl import STDIN, iter_jsonl
from .mapping import FieldMapping, check_mapping
from .warc import iter_warc

# Name endings, lower-cased, matched in this order (longest first where one ends another).
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
TABLE_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".tsv.gz")
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")

Reader = Callable[..., Iterator[Document | BadRecord]]
_MAPPED = (iter_jsonl, iter_csv)  # the readers of records with named fields take the mapping


def iter_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    mapping: FieldMapping | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Document | BadRecord]:
    """Every Document in ``paths``, in order, with a BadRecord for each input that could not be read.

    A directory gives its ``.txt``/``.md`` files (ids relative to it); ``"-"`` is JSON Lines on
    stdin; other paths are read by their name's ending (docs/ingest.md lists them). ``mapping`` names
    the fields of JSONL and CSV records. Nothing here raises for bad input, only for bad arguments
    (ParameterError) or a missing optional dependency (DependencyError).
    """
    check_param(
        "iter_documents",
        "paths",
        paths,
        isinstance(paths, Iterable) and not isinstance(paths, (str, bytes, os.PathLike)),
        "an iterable of paths (wrap a single path in a list)",
    )
    check_max_bytes("iter_documents", max_bytes)
    mapping = check_mapping("iter_documents", mapping)
    return _each(paths, mapping, max_bytes)


def _reader_for(name: str) -> Reader:
    """The reader for one path: by kind (stdin, directory), then by name ending; plain text otherwise."""
    if name == STDIN:
        return iter_jsonl
    if os.path.isdir(name):
        return iter_directory
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return iter_jsonl
    if lower.endswith(TABLE_SUFFIXES):
        return iter_csv
    if lower.endswith(HTML_SUFFIXES):
        return iter_html
    if lower.endswith(WARC_SUFFIXES):
        return iter_warc
    # .txt/.md, and any other name: read as UTF-8 text, as `wiretrace compare` reads its files;
    # a binary file (PDF, Word, a stray .gz) is refused there with E103.
    return iter_text_file


def _each(
    paths: Iterable[str | os.PathLike[str]], mapping: FieldMapping, max_bytes: int
) -> Iterator[Document | BadRecord]:
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            yield bad_record(repr(path), "", InputMissing("not a path"))
            continue
        name = os.fspath(path)
        if name != STDIN and not os.path.exists(name):
            yield bad_record(name, "", InputMissing("no such file or directory", fix="check the path"))
            continue
        reader = _reader_for(name)
        if reader in _MAPPED:
            yield from reader(path, mapping=mapping, max_bytes=max_bytes)
        else:
            yield from reader(path, max_bytes=max_bytes)
