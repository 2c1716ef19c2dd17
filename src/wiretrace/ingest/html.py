"""HTML pages (``.html``, ``.htm``): the main text and metadata, found by trafilatura.

trafilatura decides the encoding (meta charset, then a guess) and strips navigation, footers and
reader comments; what it returns is the document text. Its import takes half a second, so it is
imported on first use, not with wiretrace.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    DependencyError,
    InputEmpty,
    InputError,
    InputMissing,
    InputTooLarge,
    RecordBroken,
    RecordSkipped,
)
from ..model import BadRecord, Document
from ._problems import bad_record, check_max_bytes, check_path, unreadable

# The extra that brings trafilatura and fastwarc (pyproject.toml); named when either is missing.
EXTRA = "web"


def iter_html(path: str | os.PathLike[str], *, max_bytes: int = 20_000_000) -> Iterator[Document | BadRecord]:
    """One Document for an HTML file, its id the file name; or one BadRecord.

    E101 (missing), E105 (over ``max_bytes``), E102 (empty file), E107 (no main text found),
    E106 (the extractor failed on the page).
    """
    check_path("iter_html", path)
    check_max_bytes("iter_html", max_bytes)
    return _read(Path(path), os.fspath(path), max_bytes)


def _read(path: Path, source: str, max_bytes: int) -> Iterator[Document | BadRecord]:
    problem = unreadable(path, source)
    if problem is not None:
        yield problem
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{size} bytes is over the limit of {max_bytes} bytes")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # pipes report size 0: read one byte past the limit
        if len(data) > max_bytes:
            raise InputTooLarge(f"more than the limit of {max_bytes} bytes")
        if not data.strip():
            raise InputEmpty("the file is empty")
        yield html_to_document(data, doc_id=path.name)
    except OSError as exc:
        yield bad_record(source, "", InputMissing(f"cannot be read ({exc.strerror or exc})"))
    except InputError as exc:
        yield bad_record(source, "", exc)


def html_to_document(
    data: bytes | str,
    *,
    doc_id: str,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    """The page's main text and metadata as a Document.

    ``url`` (e.g. a WARC target URI) is kept as the Document's url and helps trafilatura find the
    site name and a date; ``published`` is used when the page itself gives no date. Raises
    RecordSkipped (E107) when there is no main text, RecordBroken (E106) when extraction fails.
    """
    trafilatura = _trafilatura()
    try:
        # Reader comments are not part of the story a copy was made from, so they are left out.
        page: Any = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # a third-party parser on arbitrary bytes; any failure is this page's
        raise RecordBroken(f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = _field(page, "text")
    if not text or not text.strip():
        raise RecordSkipped(
            "no main text found in the page",
            fix="nothing to do for index or list pages; an article page may need its text extracted by hand",
        )
    return Document(
        id=doc_id,
        text=text,
        title=_field(page, "title"),
        url=url or _field(page, "url"),
        outlet=_field(page, "sitename"),
        published=_field(page, "date") or published or None,
    )


def _field(page: Any, name: str) -> str | None:
    """A field of trafilatura's result: an object since trafilatura 2.0, a dict before."""
    value = page.get(name) if isinstance(page, dict) else getattr(page, name, None)
    return value if isinstance(value, str) and value else None


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise DependencyError(
            "reading HTML needs trafilatura, which is not installed",
            fix=f"pip install 'wiretrace[{EXTRA}]'",
        ) from exc
    return trafilatura
