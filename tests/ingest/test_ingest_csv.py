"""CSV and TSV: the same mapping and rules as JSONL, records numbered by spreadsheet row."""

from __future__ import annotations

import csv
import gzip
import io

from wiretrace.ingest import FieldMapping, iter_csv, iter_documents
from wiretrace.model import BadRecord, Document

TEXT = "The night bus from Lindhaven to Marrow Bay will stop at the new depot from March."


def _csv(rows, delimiter=",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


def test_csv_with_mapping_and_fallback_id(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_bytes(
        _csv(
            [
                ["doc_id", "body", "headline", "site"],
                ["n1", TEXT, "Night bus", "Gazette"],
                ["", "Second story,\nwith a line break inside the field.", "", ""],
                ["n3", TEXT, "", ""],
            ]
        )
    )
    mapping = FieldMapping.parse("id=doc_id,text=body,title=headline,outlet=site")
    a, b, c = list(iter_csv(path, mapping=mapping))
    assert (a.id, a.text, a.title, a.outlet) == ("n1", TEXT, "Night bus", "Gazette")
    assert b.id == "stories.csv:3" and b.title is None and "\n" in b.text
    assert c.id == "n3"


def test_tsv_by_suffix(tmp_path):
    path = tmp_path / "stories.tsv"
    path.write_bytes(_csv([["id", "text"], ["t1", TEXT], ["t2", 'He said "soon", twice.']], delimiter="\t"))
    docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["t1", "t2"] and docs[1].text == 'He said "soon", twice.'


def test_bad_rows_are_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "stories.csv"
    data = (
        _csv([["id", "text"], ["ok1", TEXT]])
        + b"latin,caf\xe9 cr\xe8me\n"  # row 3: not UTF-8
        + _csv([["empty", ""], ["ragged", TEXT, "extra"], ["short"], ["ok2", TEXT]])
    )
    path.write_bytes(data)
    items = list(iter_csv(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["ok1", "ok2"]
    bad = [i for i in items if isinstance(i, BadRecord)]
    assert [(b.record, b.code) for b in bad] == [("3", "E104"), ("4", "E102"), ("5", "E106"), ("6", "E106")]
    assert "byte 0xe9" in bad[0].message


def test_text_over_max_bytes_and_fields_over_the_csv_default_limit(tmp_path):
    path = tmp_path / "stories.csv"
    long_text = "word " * 40_000  # 200 000 characters: over the csv module's default field limit
    path.write_bytes(_csv([["id", "text"], ["long", long_text], ["ok", TEXT]]))
    assert [d.id for d in iter_csv(path)] == ["long", "ok"]
    items = list(iter_csv(path, max_bytes=150_000))
    assert [(i.record, i.code) for i in items if isinstance(i, BadRecord)] == [("2", "E105")]


def test_header_without_text_column_is_one_bad_record(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_bytes(_csv([["id", "body"], ["a", TEXT], ["b", TEXT]]))
    [bad] = list(iter_csv(path))
    assert bad.code == "E102" and "'body'" in bad.message and "text=" in bad.fix


def test_empty_file_and_gzip(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    [bad] = list(iter_csv(empty))
    assert bad.code == "E102"
    packed = tmp_path / "stories.csv.gz"
    packed.write_bytes(gzip.compress(b"\xef\xbb\xbf" + _csv([["id", "text"], ["g1", TEXT]])))
    [doc] = list(iter_documents([packed]))
    assert doc.id == "g1"
