"""compare() on the bundled example corpus: relations, direction, and the no-copy cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiretrace import Document, Relation, compare

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _doc(name: str) -> Document:
    return Document(name, (CORPUS / name).read_text(encoding="utf-8"))


def test_identical_files_are_a_verbatim_reprint_with_no_findings():
    c = compare(_doc("court_original.txt"), _doc("court_original.txt"))
    assert c.verdict.relation is Relation.VERBATIM
    assert c.findings == ()
    assert c.alignment.coverage_a == c.alignment.coverage_b == 1.0


def test_unrelated_articles_have_no_findings():
    c = compare(_doc("portstrike_original.txt"), _doc("unrelated_lighthouse.txt"))
    assert c.verdict.relation is Relation.UNRELATED
    assert c.findings == ()


def test_independent_reports_of_one_event_are_not_a_copy():
    c = compare(_doc("flood_original.txt"), _doc("flood_independent.txt"))
    assert not c.verdict.relation.is_copy
    assert c.findings == ()


PAIRS = [json.loads(line) for line in (CORPUS / "pairs.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a']}~{p['b']}" for p in PAIRS])
def test_example_pairs_get_their_relation(pair):
    c = compare(_doc(pair["a"]), _doc(pair["b"]))
    assert c.verdict.relation.value == pair["relation"], c.verdict.evidence
    # Direction: never the wrong side; "unknown" is allowed only for faithful rewrites and
    # translations, where the texts carry little evidence of which came first.
    if c.verdict.relation.is_copy and pair["source"] in ("a", "b"):
        weak = pair["relation"] in ("rewrite", "translation")
        allowed = {pair["source"], "unknown"} if weak else {pair["source"]}
        assert c.verdict.source in allowed, c.verdict.evidence


def test_offsets_are_code_points_into_the_text_as_read():
    text = "Café owners said “no” on Monday.\n\nThe mayor, however, did not agree with them at all."
    c = compare(Document("a", text), Document("b", text))
    for s in c.sentences_a:
        assert text[s.start:s.end] == s.text


def test_translation_is_linked_across_languages():
    c = compare(_doc("breach_original.txt"), _doc("breach_translation_de.txt"))
    assert c.verdict.relation is Relation.TRANSLATION
    assert min(c.alignment.coverage_a, c.alignment.coverage_b) >= 0.9
