"""Plain-text articles: one ``.txt``/``.md`` file, or every one under a directory.

The text is read by :func:`read_document` (UTF-8, kept exactly as written); its errors become
BadRecords with the same code. Under a directory the id is the path relative to that directory with
``/`` separators, so the same corpus gets the same ids on every system and from any working directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputEmpty, InputError, InputMissing
from ..model import BadRecord, Document
from ._problems import bad_record, check_max_bytes, check_path
from .files import read_document

TEXT_SUFFIXES = (".txt", ".md")


def iter_text_file(
    path: str | os.PathLike[str], *, max_bytes: int = 20_000_000, doc_id: str | None = None
) -> Iterator[Document | BadRecord]:
    """One Document (id: the file name, unless ``doc_id``) or one BadRecord for a text file."""
    check_path("iter_text_file", path)
    check_max_bytes("iter_text_file", max_bytes)
    return _one(os.fspath(path), max_bytes, doc_id)


def iter_directory(
    path: str | os.PathLike[str], *, max_bytes: int = 20_000_000
) -> Iterator[Document | BadRecord]:
    """Every ``.txt``/``.md`` file under ``path``, recursively, in sorted order of their ids.

    A directory with no such file gives one BadRecord E102; a subdirectory that cannot be listed
    gives one E101 and the walk goes on. Symbolic links to directories are not followed (they
    could loop, or pull in files from outside the corpus).
    """
    check_path("iter_directory", path)
    check_max_bytes("iter_directory", max_bytes)
    return _walk(os.fspath(path), max_bytes)


def _one(source: str, max_bytes: int, doc_id: str | None) -> Iterator[Document | BadRecord]:
    try:
        yield read_document(source, max_bytes=max_bytes, doc_id=doc_id)
    except InputError as exc:
        # read_document starts its messages with the path; the BadRecord names the file already.
        message = exc.message.removeprefix(f"{source}: ")
        yield bad_record(source, "", type(exc)(message, fix=exc.fix))


def _walk(root: str, max_bytes: int) -> Iterator[Document | BadRecord]:
    if not os.path.isdir(root):
        what = "no such directory" if not os.path.exists(root) else "not a directory"
        yield bad_record(root, "", InputMissing(what))
        return
    errors: list[OSError] = []
    found: list[str] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames.sort()
        rel_folder = os.path.relpath(folder, root)
        for name in filenames:
            if name.lower().endswith(TEXT_SUFFIXES):
                rel = name if rel_folder == os.curdir else os.path.join(rel_folder, name)
                found.append(Path(rel).as_posix())
    for exc in errors:
        yield bad_record(
            exc.filename or root, "", InputMissing(f"directory cannot be listed ({exc.strerror or exc})")
        )
    if not found and not errors:
        yield bad_record(
            root,
            "",
            InputEmpty(
                f"no {' or '.join(TEXT_SUFFIXES)} files under this directory",
                fix="give the files themselves for other formats (JSONL, CSV, HTML, WARC)",
            ),
        )
    for rel in sorted(found):
        yield from _one(os.path.join(root, *rel.split("/")), max_bytes, rel)
