"""WARC archives (``.warc``, ``.warc.gz``), e.g. a Common Crawl news crawl: every HTML response
becomes a Document through the same extraction as an HTML file.

Records that hold no page (request, metadata, warcinfo, revisit; responses that are images, PDFs,
redirects or errors) are each one BadRecord E107, so the summary says how many were passed over.

fastwarc reads a cut-off archive without complaint: it hands over the last record short, or its
header without a body, or stops at a gzip member boundary. So the damage is found here: a record
whose declared Content-Length is missing or longer than what could be read, or a gzip stream that
does not end cleanly, is E108, after every record before it.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    ArchiveTruncated,
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
from .html import EXTRA, html_to_document

_GZIP_MAGIC = b"\x1f\x8b"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")


def iter_warc(path: str | os.PathLike[str], *, max_bytes: int = 20_000_000) -> Iterator[Document | BadRecord]:
    """Documents from the HTML responses of a WARC file, plain or gzip.

    The id is the WARC-Record-ID without its angle brackets (``urn:uuid:...``), the url the
    WARC-Target-URI, ``published`` the page's own date or else the WARC-Date (the crawl time).
    BadRecords: E107 for records that hold no page, E105 for a payload over ``max_bytes``, E106
    for a response that cannot be parsed, E108 when the archive ends early or is damaged.
    """
    check_path("iter_warc", path)
    check_max_bytes("iter_warc", max_bytes)
    return _read(Path(path), os.fspath(path), max_bytes)


def _read(path: Path, source: str, max_bytes: int) -> Iterator[Document | BadRecord]:
    problem = unreadable(path, source)
    if problem is not None:
        yield problem
        return
    archive_iterator = _fastwarc()
    seen = 0
    last_id = ""
    last_pos = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield bad_record(source, "", InputMissing(f"cannot be read ({exc.strerror or exc})"))
        return
    try:
        with fh:
            for record in archive_iterator(fh, parse_http=False):
                rid = _record_id(record)
                # The header's own words, not fastwarc's enum, whose str() differs between versions.
                rtype = (record.headers.get("WARC-Type") or "unknown").strip().lower()
                declared = (record.headers.get("Content-Length") or "").strip()
                wanted = rtype in _PAGE_RECORDS and record.content_length <= max_bytes
                block = record.reader.read() if wanted else None
                got = len(block) if block is not None else _drain(record.reader)
                if not declared.isdigit() or got < record.content_length:
                    yield bad_record(source, rid, _cut_short(record.content_length, got, last_id))
                    return
                seen += 1
                last_id, last_pos = rid, record.stream_pos
                yield _convert(record, rtype, rid, block, source, max_bytes)
    except OSError as exc:  # fastwarc: "Invalid WARC header" and read errors
        if seen:
            yield bad_record(
                source, "", ArchiveTruncated(f"the archive is damaged after record {last_id} ({exc})")
            )
        elif _gzip(path):  # compressed, so meant as an archive: cut or damaged at its start
            yield bad_record(
                source, "", ArchiveTruncated(f"the archive is damaged before its first record ({exc})")
            )
        else:
            yield bad_record(source, "", RecordBroken(f"cannot be read as WARC ({exc})"))
        return
    if _gzip(path) and not _gzip_ends_cleanly(path, last_pos):
        where = f"after record {last_id}" if seen else "before the first record"
        yield bad_record(
            source, "", ArchiveTruncated(f"the gzip stream ends early {where}; the records before were read")
        )
    elif not seen:
        yield bad_record(source, "", InputEmpty("the archive holds no records"))


def _convert(
    record: Any, rtype: str, rid: str, block: bytes | None, source: str, max_bytes: int
) -> Document | BadRecord:
    try:
        if rtype not in _PAGE_RECORDS:
            raise RecordSkipped(f"a WARC {rtype} record, not a response")
        if block is None:
            raise InputTooLarge(
                f"the record is {record.content_length} bytes, over the limit of {max_bytes} bytes"
            )
        if rtype == "response":
            payload, content_type = _http_payload(block)
        else:  # a resource record holds the page itself, typed by the WARC Content-Type
            payload, content_type = block, record.headers.get("Content-Type", "")
        if not _is_html(content_type, payload):
            raise RecordSkipped(f"content type {content_type or 'unknown'!r}, not an HTML page")
        return html_to_document(
            payload,
            doc_id=rid,
            url=record.headers.get("WARC-Target-URI") or None,
            published=record.headers.get("WARC-Date") or None,
        )
    except InputError as exc:
        return bad_record(source, rid, exc)


def _http_payload(block: bytes) -> tuple[bytes, str]:
    """The body of an HTTP response (transfer and content encodings undone) and its Content-Type."""
    ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := block.find(sep)) >= 0]
    if not ends:
        raise RecordBroken("the HTTP headers have no end")
    end, sep_len = min(ends)
    lines = block[:end].decode("latin-1").splitlines()
    status = lines[0].split(None, 2) if lines else []
    if len(status) < 2 or not status[0].startswith("HTTP/") or not status[1].isdigit():
        raise RecordBroken(f"not an HTTP response (status line {lines[0][:60] if lines else ''!r})")
    code = int(status[1])
    if not 200 <= code < 300:
        raise RecordSkipped(f"HTTP status {code}, not a page")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        key, colon, value = line.partition(":")
        if colon:
            headers[key.strip().lower()] = value.strip()
    body = block[end + sep_len :]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    return _decompress(body, headers.get("content-encoding", "").lower()), headers.get("content-type", "")


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer encoding. Some crawlers store the body already joined but keep the
    header, so a body that does not parse as chunks is returned as it is."""
    parts, pos = [], 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            return b"".join(parts) if parts else body
        try:
            size = int(body[pos:eol].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return b"".join(parts) if parts else body
        if size == 0:
            return b"".join(parts)
        parts.append(body[eol + 2 : eol + 2 + size])
        pos = eol + 2 + size + 2


def _decompress(body: bytes, encoding: str) -> bytes:
    """Undo gzip/deflate/br content encoding; as with chunks, a body stored already decoded is kept."""
    try:
        if encoding in ("gzip", "x-gzip", "deflate"):
            try:
                return zlib.decompress(body, 47)  # 32 + 15: a gzip or zlib header, found automatically
            except zlib.error:
                return zlib.decompress(body, -15)  # raw deflate, as some servers send "deflate"
        if encoding == "br":
            from fastwarc.stream_io import BrotliReader

            return BrotliReader(io.BytesIO(body)).read()
    except (zlib.error, OSError, ValueError):
        return body
    return body


def _is_html(content_type: str, payload: bytes) -> bool:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime:
        return mime in _HTML_TYPES
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _drain(reader: Any) -> int:
    """Read a record's block to its end without keeping it; the count shows whether it was whole."""
    total = 0
    while chunk := reader.read(1 << 20):
        total += len(chunk)
    return total


def _record_id(record: Any) -> str:
    rid = (record.record_id or "").strip()
    if rid.startswith("<") and rid.endswith(">"):
        rid = rid[1:-1]
    return rid or f"offset {record.stream_pos}"


def _cut_short(declared: int, got: int, last_id: str) -> ArchiveTruncated:
    before = f"; records up to {last_id} were read" if last_id else ""
    return ArchiveTruncated(f"the archive ends inside this record ({got} of {declared} bytes){before}")


def _gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == _GZIP_MAGIC


def _gzip_ends_cleanly(path: Path, offset: int) -> bool:
    """Whether every gzip member from ``offset`` (where the last record's member starts) is complete.

    Only the tail is checked, so the cost is one record, not the archive. A file compressed as one
    single member gives no member offsets; it is not checked here (the record checks still apply).
    """
    with path.open("rb") as fh:
        fh.seek(offset)
        data = fh.read()
    if not data.startswith(_GZIP_MAGIC):
        return True
    while data:
        member = zlib.decompressobj(31)
        try:
            while True:  # output is capped and thrown away: only the end of the stream matters
                out = member.decompress(data, 1 << 20)
                data = member.unconsumed_tail
                if member.eof or (not data and not out):
                    break
        except zlib.error:
            return False
        if not member.eof:
            return False
        data = member.unused_data
    return True


def _fastwarc() -> Any:
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError as exc:
        raise DependencyError(
            "reading WARC files needs fastwarc, which is not installed",
            fix=f"pip install 'wiretrace[{EXTRA}]'",
        ) from exc
    return ArchiveIterator
