"""iter_documents: one call over mixed inputs, the right reader for each, bad inputs as BadRecords."""

from __future__ import annotations

import json

import pytest

from wiretrace.errors import ParameterError
from wiretrace.ingest import FieldMapping, IngestSummary, iter_documents
from wiretrace.model import BadRecord, Document

TEXT = "Storm warnings were lifted along the Carran coast late on Saturday."


def test_mixed_inputs_in_order_with_one_mapping(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "x").mkdir(parents=True)
    (corpus / "x" / "one.txt").write_text(TEXT, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"key": "j1", "body": TEXT}) + "\n", encoding="utf-8")
    table = tmp_path / "table.csv"
    table.write_text(f"key,body\nc1,{TEXT}\n", encoding="utf-8")
    other = tmp_path / "notes"  # no known ending: read as plain text
    other.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "missing.jsonl"

    summary = IngestSummary()
    items = [
        summary.add(i)
        for i in iter_documents(
            [corpus, str(feed), table, other, missing], mapping=FieldMapping.parse("id=key,text=body")
        )
    ]
    assert [i.id for i in items if isinstance(i, Document)] == ["x/one.txt", "j1", "c1", "notes"]
    [bad] = [i for i in items if isinstance(i, BadRecord)]
    assert (bad.source, bad.code) == (str(missing), "E101")
    assert str(summary) == "4 documents, 1 skipped (E101 ×1)"


def test_iteration_is_lazy_and_paths_may_be_a_generator(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gen = (p for p in [tmp_path / "a.txt"])
    it = iter_documents(gen)
    assert next(it).id == "a.txt"


def test_argument_rules(tmp_path):
    with pytest.raises(ParameterError, match="iterable of paths"):
        iter_documents(str(tmp_path))
    with pytest.raises(ParameterError, match="max_bytes"):
        iter_documents([tmp_path], max_bytes=-1)
    with pytest.raises(ParameterError, match="mapping"):
        iter_documents([tmp_path], mapping="id=x")  # type: ignore[arg-type]


def test_summary_counts():
    s = IngestSummary()
    assert str(s) == "0 documents, 0 skipped"
    s.add(Document("a", "x"))
    for code in ["E107", "E106", "E107", "E107", "E106", "E106", "E107"]:
        s.add(BadRecord("f", "1", code, "m"))
    assert (s.documents, s.skipped, s.bad) == (1, 7, {"E107": 4, "E106": 3})
    assert str(s) == "1 document, 7 skipped (E106 ×3, E107 ×4)"
