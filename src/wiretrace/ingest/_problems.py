"""What can go wrong with an input, as data: BadRecords built from the error classes, and the checks
every reader makes before it opens a file.

Readers never raise for a bad input: they yield a BadRecord and go on. Building it from an
InputError instance keeps each code's wording and fix in one place (errors.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, InputMissing, check_param
from ..model import BadRecord


def bad_record(source: str, record: str, error: InputError) -> BadRecord:
    """``record`` is empty when the whole file is the problem (missing, unreadable, cut short)."""
    return BadRecord(source=source, record=record, code=error.code, message=error.message, fix=error.fix)


def unreadable(path: Path, source: str) -> BadRecord | None:
    """A BadRecord E101 when ``path`` is not a file we can open, else None."""
    if not path.exists():
        return bad_record(source, "", InputMissing("no such file"))
    if path.is_dir():
        return bad_record(source, "", InputMissing("is a directory, not a file"))
    return None


def check_max_bytes(owner: str, max_bytes: object) -> None:
    check_param(
        owner,
        "max_bytes",
        max_bytes,
        isinstance(max_bytes, int) and not isinstance(max_bytes, bool) and max_bytes > 0,
        "a positive int",
    )


def check_path(owner: str, path: object) -> None:
    check_param(owner, "path", path, isinstance(path, (str, os.PathLike)), "a str or an os.PathLike")
