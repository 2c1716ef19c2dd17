"""Plain-text readers: a directory walk with relative posix ids, one file, and read_document's
refusals turned into BadRecords with the same codes."""

from __future__ import annotations

import pytest

from wiretrace.errors import ParameterError
from wiretrace.ingest import iter_directory, iter_documents, iter_text_file
from wiretrace.model import BadRecord, Document

STORY = "The ferry to Kessel Island ran late on Sunday.\nNo one was hurt, the harbour office said.\n"


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_directory_ids_are_relative_posix_paths_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "b.txt", STORY.encode())
    _write(root / "a" / "z.md", b"# Ferry\nLate again.\n")
    _write(root / "a" / "deeper" / "y.TXT", b"Upper-case suffix counts too.\n")
    _write(root / "a" / "notes.json", b'{"not": "read"}')
    items = list(iter_directory(root))
    assert all(isinstance(i, Document) for i in items)
    assert [d.id for d in items] == ["a/deeper/y.TXT", "a/z.md", "b.txt"]
    assert items[2].text == STORY
    assert all(d.lang is None for d in items)  # language is the pipeline's job


def test_bad_file_in_directory_is_a_bad_record_and_the_rest_is_read(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "1.txt", STORY.encode())
    _write(root / "2.txt", b"caf\xe9 au lait\n")  # Latin-1, not UTF-8
    _write(root / "3.txt", b"   \n\n")
    _write(root / "4.txt", b"%PDF-1.7\x00\x00binary")
    _write(root / "5.txt", STORY.encode())
    items = list(iter_directory(root))
    assert [i.id for i in items if isinstance(i, Document)] == ["1.txt", "5.txt"]
    bad = [i for i in items if isinstance(i, BadRecord)]
    assert [b.code for b in bad] == ["E104", "E102", "E103"]
    assert bad[0].source == str(root / "2.txt")
    assert "byte offset 3" in bad[0].message and str(root) not in bad[0].message
    assert bad[0].fix  # every bad record says what to do
    assert "\n" not in str(bad[0]) and str(bad[0]).startswith(str(root / "2.txt"))


def test_text_over_max_bytes_is_e105(tmp_path):
    path = _write(tmp_path / "big.txt", b"x" * 500)
    [bad] = list(iter_text_file(path, max_bytes=100))
    assert isinstance(bad, BadRecord) and bad.code == "E105"


def test_empty_directory_and_missing_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    [bad] = list(iter_directory(tmp_path / "empty"))
    assert bad.code == "E102"
    [bad] = list(iter_directory(tmp_path / "nope"))
    assert bad.code == "E101"


def test_single_text_file_id_is_its_name(tmp_path):
    path = _write(tmp_path / "sub" / "story.md", STORY.encode())
    [doc] = list(iter_documents([path]))
    assert doc.id == "story.md" and doc.text == STORY
    [doc] = list(iter_text_file(path, doc_id="custom"))
    assert doc.id == "custom"


def test_parameter_rules_raise_at_call_time(tmp_path):
    with pytest.raises(ParameterError, match="max_bytes"):
        iter_directory(tmp_path, max_bytes=0)
    with pytest.raises(ParameterError, match="path"):
        iter_text_file(42)  # type: ignore[arg-type]
