"""read_document: every refusal has its own error and names the file; accepted text is kept as read."""

from __future__ import annotations

import pytest

from wiretrace.errors import (
    InputBinary,
    InputEmpty,
    InputEncoding,
    InputMissing,
    InputTooLarge,
    ParameterError,
)
from wiretrace.ingest import read_document


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_reads_text_and_defaults_id_to_file_name(tmp_path):
    path = _write(tmp_path, "story.txt", "Zoë’s town 😀\nSecond line.\n".encode())
    doc = read_document(path)
    assert doc.id == "story.txt"
    assert doc.text == "Zoë’s town 😀\nSecond line.\n"
    assert read_document(str(path), doc_id="custom").id == "custom"


def test_missing_file(tmp_path):
    with pytest.raises(InputMissing) as info:
        read_document(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)
    assert str(info.value).startswith("error E101:")


def test_directory_is_not_a_document(tmp_path):
    with pytest.raises(InputMissing) as info:
        read_document(tmp_path)
    assert str(tmp_path) in str(info.value)
    assert "directory" in str(info.value)


def test_empty_file(tmp_path):
    path = _write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputEmpty) as info:
        read_document(path)
    assert "empty.txt" in str(info.value)


def test_whitespace_only_file(tmp_path):
    path = _write(tmp_path, "blank.txt", " \r\n\t\n\u00a0\n".encode())
    with pytest.raises(InputEmpty) as info:
        read_document(path)
    assert "blank.txt" in str(info.value)


def test_bom_only_file_is_empty(tmp_path):
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbf\n")
    with pytest.raises(InputEmpty):
        read_document(path)


def test_binary_file(tmp_path):
    path = _write(tmp_path, "scan.pdf", b"%PDF-1.7\n\x00\x01\x02 binary stuff")
    with pytest.raises(InputBinary) as info:
        read_document(path)
    assert "scan.pdf" in str(info.value)
    assert "offset 9" in str(info.value)


def test_utf16_is_refused_with_a_hint(tmp_path):
    path = _write(tmp_path, "wide.txt", "Hello world".encode("utf-16"))
    with pytest.raises(InputBinary) as info:
        read_document(path)
    assert "UTF-16" in str(info.value)


def test_nul_after_the_sniffed_head_is_not_binary(tmp_path):
    # Only the first 8 KB are sniffed; a NUL later is decoded like any other (valid) code point.
    path = _write(tmp_path, "late.txt", b"a" * 9000 + b"\x00tail")
    assert read_document(path).text.endswith("\x00tail")


def test_invalid_utf8_names_file_and_byte_offset(tmp_path):
    path = _write(tmp_path, "latin1.txt", "Café au lait".encode("latin-1"))
    with pytest.raises(InputEncoding) as info:
        read_document(path)
    message = str(info.value)
    assert "latin1.txt" in message
    assert "byte offset 3" in message  # "Caf" is 3 bytes, then 0xe9
    assert "0xe9" in message
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_invalid_utf8_offset_counts_the_bom(tmp_path):
    path = _write(tmp_path, "bom-latin1.txt", b"\xef\xbb\xbfab\xffc")
    with pytest.raises(InputEncoding) as info:
        read_document(path)
    assert "byte offset 5" in str(info.value)


def test_too_large(tmp_path):
    path = _write(tmp_path, "big.txt", b"word " * 100)
    with pytest.raises(InputTooLarge) as info:
        read_document(path, max_bytes=50)
    assert "big.txt" in str(info.value)
    assert "500" in str(info.value)
    assert read_document(path, max_bytes=500).text.startswith("word")


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "10"])
def test_max_bytes_must_be_a_positive_int(tmp_path, bad):
    path = _write(tmp_path, "ok.txt", b"text")
    with pytest.raises(ParameterError) as info:
        read_document(path, max_bytes=bad)
    assert "max_bytes" in str(info.value)


def test_bom_is_stripped_and_nothing_else(tmp_path):
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbfHeadline\nBody \xe2\x80\x94 text.\n")
    doc = read_document(path)
    assert doc.text == "Headline\nBody — text.\n"
    assert doc.text.index("Body") == 9  # offsets count from after the BOM


def test_crlf_and_lone_cr_are_kept(tmp_path):
    raw = "Title\r\nFirst paragraph.\r\nSecond.\rThird.\n"
    path = _write(tmp_path, "crlf.txt", raw.encode())
    doc = read_document(path)
    assert doc.text == raw
    assert doc.text[doc.text.index("First") :].startswith("First paragraph.\r\n")


def test_offsets_are_code_points(tmp_path):
    raw = "😀 Zoë said “40”.\n"
    doc = read_document(_write(tmp_path, "cp.txt", raw.encode()))
    start = doc.text.index("40")
    assert start == 12  # code points; the UTF-8 byte offset would be 18
    assert doc.text[start : start + 2] == "40"
