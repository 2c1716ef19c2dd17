"""JSON Lines: field mapping, id fallback, one BadRecord per bad line with its number, gzip, stdin."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from wiretrace.ingest import FieldMapping, iter_documents, iter_jsonl
from wiretrace.model import BadRecord, Document

TEXT = "Rain closed the mountain pass above Orvieto Nuova for a third day on Friday."


def _line(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode() + b"\n"


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _bad(items):
    return [i for i in items if isinstance(i, BadRecord)]


def test_default_fields_and_missing_id(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        _line(
            id="a1",
            text=TEXT,
            title="Pass closed",
            url="https://x.example/a1",
            outlet="Courier",
            published="2024-02-09",
            lang="it",
        )
        + _line(text="Second story, no id.")
        + b"\n"  # a blank line is not a record
        + _line(id=7, text="Numeric id.")
    )
    a, b, c = list(iter_jsonl(path))
    assert a == Document("a1", TEXT, "Pass closed", "https://x.example/a1", "Courier", "2024-02-09", "it")
    assert b.id == "feed.jsonl:2" and b.title is None and b.lang is None
    assert c.id == "7"


def test_field_mapping(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_bytes(_line(doc_id="x", body=TEXT, headline="H", text="not this one"))
    mapping = FieldMapping.parse("id=doc_id,text=body,title=headline")
    [doc] = list(iter_jsonl(path, mapping=mapping))
    assert (doc.id, doc.text, doc.title) == ("x", TEXT, "H")


def test_each_bad_line_is_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        _line(id="ok1", text=TEXT)
        + b'{"id": "broken", "text": "no closing brace"\n'  # line 2
        + b'{"id": "latin", "text": "caf\xe9"}\n'  # line 3: not UTF-8
        + _line(id="empty", text="")  # line 4
        + _line(id="blank", text="  \n\t ")  # line 5
        + _line(id="none")  # line 6: no text field
        + _line(id="num", text=42)  # line 7
        + b'["an", "array"]\n'  # line 8
        + b'{"id": "lone", "text": "half \\ud800 pair"}\n'  # line 9: JSON escape of a lone surrogate
        + _line(id="list-title", text=TEXT, title=["a", "b"])  # line 10
        + _line(id="ok2", text=TEXT)  # line 11
    )
    items = list(iter_jsonl(path))
    assert [d.id for d in _docs(items)] == ["ok1", "ok2"]
    bad = _bad(items)
    assert [(b.record, b.code) for b in bad] == [
        ("2", "E106"),
        ("3", "E104"),
        ("4", "E102"),
        ("5", "E102"),
        ("6", "E102"),
        ("7", "E106"),
        ("8", "E106"),
        ("9", "E104"),
        ("10", "E106"),
    ]
    assert all(b.source == str(path) and b.fix for b in bad)
    assert str(bad[0]).startswith(f"{path}:2: error E106: not valid JSON")
    assert all("\n" not in str(b) for b in bad)
    assert "byte 0xe9" in bad[1].message


def test_text_over_max_bytes_is_e105(tmp_path):
    # Stands in for the 100 MB document: the rule is the same, the limit is smaller.
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_line(id="big", text="é" * 600) + _line(id="small", text="fits"))
    items = list(iter_jsonl(path, max_bytes=1000))  # 600 characters, 1200 bytes in UTF-8
    assert [(b.record, b.code) for b in _bad(items)] == [("1", "E105")]
    assert "1200 bytes" in _bad(items)[0].message
    assert [d.id for d in _docs(items)] == ["small"]


def test_a_line_too_long_to_hold_an_acceptable_text_is_not_parsed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 1_100_000 + b'"}\n' + _line(id="after", text="fits"))
    items = list(iter_jsonl(path, max_bytes=10))
    assert [(b.record, b.code) for b in _bad(items)] == [("1", "E105")]
    assert [d.id for d in _docs(items)] == ["after"]


def test_bom_on_first_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _line(id="bom", text=TEXT))
    [doc] = list(iter_jsonl(path))
    assert doc.id == "bom"


def test_gzip_and_truncated_gzip(tmp_path):
    lines = b"".join(_line(id=f"d{i}", text=f"{TEXT} Story {i}. " + "filler " * 40) for i in range(200))
    whole = tmp_path / "feed.jsonl.gz"
    whole.write_bytes(gzip.compress(lines))
    assert len(_docs(iter_jsonl(whole))) == 200

    cut = tmp_path / "cut.jsonl.gz"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    items = list(iter_jsonl(cut))
    docs, bad = _docs(items), _bad(items)
    assert 0 < len(docs) < 200
    assert [d.id for d in docs] == [f"d{i}" for i in range(len(docs))]  # every line before the damage
    assert len(bad) == 1 and bad[0].code == "E108" and items[-1] is bad[0]
    assert "ends early" in bad[0].message


def test_stdin(monkeypatch):
    data = _line(id="s1", text=TEXT) + b"not json\n" + _line(text="No id on stdin.")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(iter_documents(["-"]))
    assert [d.id for d in _docs(items)] == ["s1", "stdin:3"]
    [bad] = _bad(items)
    assert (bad.source, bad.record, bad.code) == ("-", "2", "E106")


def test_missing_file(tmp_path):
    [bad] = list(iter_jsonl(tmp_path / "nope.jsonl"))
    assert bad.code == "E101" and bad.source.endswith("nope.jsonl")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("", FieldMapping()),
        ("id=doc_id,text=body", FieldMapping(id="doc_id", text="body")),
        (" text = content , lang=language ,", FieldMapping(text="content", lang="language")),
        (
            "published=date,outlet=site,url=link,title=head",
            FieldMapping(published="date", outlet="site", url="link", title="head"),
        ),
    ],
)
def test_field_mapping_parse(spec, expected):
    assert FieldMapping.parse(spec) == expected


@pytest.mark.parametrize("spec", ["body=text", "text", "text=", "=body", "text=a,text=b"])
def test_field_mapping_parse_refuses(spec):
    from wiretrace.errors import ParameterError

    with pytest.raises(ParameterError) as info:
        FieldMapping.parse(spec)
    assert str(info.value).startswith("error E201:")
    if spec == "body=text":
        assert "'body'" in str(info.value) and "id, text, title, url, outlet, published, lang" in str(
            info.value
        )
