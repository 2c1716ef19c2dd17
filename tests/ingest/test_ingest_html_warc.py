"""HTML pages through trafilatura, and WARC archives written here by hand (WARC/1.0, one gzip member
per record for .warc.gz) and read back with fastwarc: responses become Documents, other records
are counted as E107, and an archive cut in the middle gives E108 after the records before the cut."""

from __future__ import annotations

import gzip
import zlib

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("fastwarc")

from wiretrace.ingest import IngestSummary, iter_documents, iter_html, iter_warc
from wiretrace.model import BadRecord, Document

PARAGRAPHS = [
    (
        "The Brenner dam held through the night as the river rose by nearly three metres, officials in the "
        "valley town of Saltmere said on Tuesday morning."
    ),
    (
        "About 40 families were moved to the school gym as a precaution, the mayor said, adding that no one "
        "had been hurt and that the roads were open again by noon."
    ),
    "Engineers will inspect the spillway this week before the next storm, expected on Friday evening.",
]


def page(title: str = "Dam holds after storm", *, date: str | None = "2024-03-05", extra: str = "") -> str:
    meta = f'<meta name="date" content="{date}">' if date else ""
    body = "".join(f"<p>{p} {extra}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}"
        f'<meta property="og:site_name" content="Valley Courier"></head>'
        f"<body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>© Valley Courier. All rights reserved.</footer></body></html>"
    )


# --- HTML files ----------------------------------------------------------------------------------


def test_html_file_main_text_and_metadata(tmp_path):
    path = tmp_path / "dam.html"
    path.write_text(page(), encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, Document)
    assert doc.id == "dam.html"
    assert doc.title == "Dam holds after storm"
    assert doc.outlet == "Valley Courier"
    assert doc.published == "2024-03-05"
    assert PARAGRAPHS[1] in doc.text
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text
    assert doc.lang is None


def test_html_legacy_encoding_is_left_to_trafilatura(tmp_path):
    path = tmp_path / "zoe.htm"
    html = page("Zoë’s dam", extra="Zoë").replace("<head>", '<head><meta charset="iso-8859-1">')
    path.write_bytes(html.replace("’", "'").encode("latin-1"))
    [doc] = list(iter_html(path))
    assert doc.title == "Zoë's dam" and "Zoë" in doc.text


def test_html_without_main_text_empty_and_too_large(tmp_path):
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    big = tmp_path / "big.html"
    big.write_text(page(), encoding="utf-8")
    items = list(iter_documents([nav, empty, big], max_bytes=200))
    assert [(b.source, b.code) for b in items] == [
        (str(nav), "E107"),
        (str(empty), "E102"),
        (str(big), "E105"),
    ]
    [bad] = list(iter_html(nav))
    assert bad.code == "E107" and "no main text" in bad.message


# --- WARC archives -------------------------------------------------------------------------------


def warc_record(kind: str, uuid: str, block: bytes, *, uri: str = "", content_type: str = "") -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid}>",
        "WARC-Date: 2024-03-06T10:00:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    if content_type:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(
    body: bytes, *, status: str = "200 OK", headers: str = "Content-Type: text/html; charset=utf-8"
) -> bytes:
    return f"HTTP/1.1 {status}\r\n{headers}\r\n\r\n".encode() + body


def response(uuid: str, body: bytes, uri: str, **http) -> bytes:
    return warc_record(
        "response",
        uuid,
        http_response(body, **http),
        uri=uri,
        content_type="application/http; msgtype=response",
    )


def chunked(data: bytes, size: int = 100) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def crawl() -> list[bytes]:
    """A small crawl as Common Crawl lays it out: warcinfo, then request/response/metadata triples."""
    records = [
        warc_record(
            "warcinfo",
            "00",
            b"software: handmade\r\nformat: WARC/1.0\r\n",
            content_type="application/warc-fields",
        )
    ]
    for n in range(1, 4):
        uri = f"https://courier.example/news/dam-{n}.html"  # a date in the URL would win over the page's
        records.append(
            warc_record(
                "request",
                f"{n}a",
                b"GET / HTTP/1.1\r\nHost: courier.example\r\n\r\n",
                uri=uri,
                content_type="application/http; msgtype=request",
            )
        )
        records.append(response(f"{n}b", page(f"Dam story {n}").encode(), uri))
        records.append(
            warc_record(
                "metadata", f"{n}c", b"fetchTimeMs: 120\r\n", uri=uri, content_type="application/warc-fields"
            )
        )
    return records


def write_warc(path, records: list[bytes]):
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r) for r in records))  # one member per record
    else:
        path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_become_documents_and_other_records_are_e107(tmp_path, name):
    path = write_warc(tmp_path / name, crawl())
    items = list(iter_documents([path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["urn:uuid:1b", "urn:uuid:2b", "urn:uuid:3b"]
    first = docs[0]
    assert first.url == "https://courier.example/news/dam-1.html"
    assert first.title == "Dam story 1" and first.outlet == "Valley Courier"
    assert first.published == "2024-03-05"  # the page's date wins over the crawl date
    assert PARAGRAPHS[0] in first.text
    bad = [i for i in items if isinstance(i, BadRecord)]
    assert len(bad) == 7 and {b.code for b in bad} == {"E107"}
    assert bad[0].record == "urn:uuid:00" and "warcinfo" in bad[0].message
    summary = IngestSummary()
    for item in items:
        summary.add(item)
    assert str(summary) == "3 documents, 7 skipped (E107 ×7)"


def test_warc_gz_cut_in_the_middle(tmp_path):
    whole = write_warc(tmp_path / "crawl.warc.gz", crawl())
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = list(iter_warc(cut))
    docs = [i.id for i in items if isinstance(i, Document)]
    full = [i.id for i in iter_warc(whole) if isinstance(i, Document)]
    assert docs == full[: len(docs)] and len(docs) < len(full)
    assert isinstance(items[-1], BadRecord) and items[-1].code == "E108"
    assert [i.code for i in items if isinstance(i, BadRecord)].count("E108") == 1


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_cut_anywhere_never_yields_a_partial_page(tmp_path, name):
    """Every cut point: the documents are a prefix of the whole archive's, each one complete, and a
    cut that loses anything ends with one E108 (a cut exactly between records loses nothing)."""
    records = crawl()[:3] + [response("last", page("Last one").encode(), "https://courier.example/last")]
    whole = write_warc(tmp_path / name, records)
    data = whole.read_bytes()
    full = list(iter_warc(whole))
    # Cuts that lose nothing: exactly between records, or (plain WARC) inside the blank lines that
    # close a record, after its whole block.
    lossless = set()
    pos = 0
    for r in records:
        pos += len(gzip.compress(r)) if name.endswith(".gz") else len(r)
        lossless.update([pos] if name.endswith(".gz") else range(pos - 4, pos + 1))
    cut = tmp_path / f"cut-{name}"
    for at in range(0, len(data), 7):
        cut.write_bytes(data[:at])
        items = list(iter_warc(cut))
        kept = [i for i in items if isinstance(i, Document)]
        assert kept == [i for i in full if isinstance(i, Document)][: len(kept)], at
        codes = [i.code for i in items if isinstance(i, BadRecord)]
        if at == 0:
            assert codes == ["E102"]
        elif at not in lossless:
            assert codes[-1] in ("E108", "E106") and codes.count("E108") <= 1, (at, codes)


def test_plain_warc_cut_inside_a_response(tmp_path):
    records = crawl()
    whole = write_warc(tmp_path / "crawl.warc", records)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: len(b"".join(records[:2])) + 400])  # inside response 1b's page
    items = list(iter_warc(cut))
    assert all(isinstance(i, BadRecord) for i in items)
    assert [i.record for i in items] == ["urn:uuid:00", "urn:uuid:1a", "urn:uuid:1b"]
    assert items[-1].code == "E108" and "of" in items[-1].message


def test_warc_gz_cut_inside_the_next_gzip_member(tmp_path):
    """fastwarc stops quietly at the last whole member; the gzip tail check notices the rest."""
    records = crawl()[:2]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(records[0]) + gzip.compress(records[1])[:15])
    items = list(iter_warc(path))
    assert [(i.record, i.code) for i in items] == [("urn:uuid:00", "E107"), ("", "E108")]


def test_warc_http_encodings_statuses_and_types(tmp_path):
    html = page("Encoded", date=None).encode()
    records = [
        response(
            "gz",
            chunked(gzip.compress(html)),
            "https://courier.example/gz",
            headers="Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip",
        ),
        response(
            "deflate",
            zlib.compress(html),
            "https://courier.example/deflate",
            headers="Content-Type: text/html\r\nContent-Encoding: deflate",
        ),
        # Stored already decoded, header kept (as some crawlers do): read as it is.
        response(
            "stale",
            html,
            "https://courier.example/stale",
            headers="Content-Type: text/html\r\nContent-Encoding: gzip",
        ),
        response(
            "moved",
            b"",
            "https://courier.example/old",
            status="301 Moved Permanently",
            headers="Location: /new",
        ),
        response("png", b"\x89PNG\r\n", "https://courier.example/x.png", headers="Content-Type: image/png"),
        warc_record("resource", "res", html, uri="file:///page.html", content_type="text/html"),
        warc_record("revisit", "rev", b"", uri="https://courier.example/gz"),
    ]
    items = list(iter_warc(write_warc(tmp_path / "mixed.warc", records)))
    docs = {i.id: i for i in items if isinstance(i, Document)}
    assert list(docs) == ["urn:uuid:gz", "urn:uuid:deflate", "urn:uuid:stale", "urn:uuid:res"]
    assert all(PARAGRAPHS[2] in d.text for d in docs.values())
    # No date in the page: the crawl date stands in.
    assert docs["urn:uuid:gz"].published == "2024-03-06T10:00:00Z"
    bad = {i.record: i for i in items if isinstance(i, BadRecord)}
    assert {r: b.code for r, b in bad.items()} == {
        "urn:uuid:moved": "E107",
        "urn:uuid:png": "E107",
        "urn:uuid:rev": "E107",
    }
    assert "301" in bad["urn:uuid:moved"].message and "image/png" in bad["urn:uuid:png"].message


def test_warc_record_over_max_bytes_and_not_a_warc(tmp_path):
    path = write_warc(tmp_path / "crawl.warc", crawl()[:3])
    items = list(iter_warc(path, max_bytes=500))
    assert [(i.record, i.code) for i in items] == [
        ("urn:uuid:00", "E107"),
        ("urn:uuid:1a", "E107"),
        ("urn:uuid:1b", "E105"),
    ]
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive\n" * 5)
    [bad] = list(iter_warc(junk))
    assert bad.code == "E106"
    [bad] = list(iter_warc(tmp_path / "missing.warc.gz"))
    assert bad.code == "E101"
