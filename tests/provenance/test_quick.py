"""The quick verdict: relations of the bundled example pairs, and a batch measured at once gives
exactly what each pair measured alone gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.detect.prints import prints_many
from wiretrace.model import Relation
from wiretrace.provenance.quick import QuickSide, measure, measure_many, quick_verdict, quick_verdicts

CORPUS = Path(__file__).parents[2] / "examples" / "corpus"
NAMES = ["portstrike_original", "portstrike_reprint", "portstrike_roundtrip", "portstrike_summary",
         "breach_original", "breach_translation_de", "flood_original", "flood_independent",
         "unrelated_beetle", "court_original", "court_rewrite"]
LANG = {"breach_translation_de": "de"}


def _sides(extra: dict[str, str] | None = None) -> dict[str, QuickSide]:
    texts = {n: (CORPUS / f"{n}.txt").read_text(encoding="utf-8") for n in NAMES}
    texts.update(extra or {})
    prints = prints_many(list(texts.values()))
    return {n: QuickSide(sk, sh, LANG.get(n, "en"))
            for n, sk, sh in zip(texts, prints.sketches, prints.shingles, strict=True)}


PAIRS = [("portstrike_original", "portstrike_reprint"), ("portstrike_original", "portstrike_roundtrip"),
         ("portstrike_original", "portstrike_summary"), ("breach_original", "breach_translation_de"),
         ("flood_original", "flood_independent"), ("portstrike_original", "unrelated_beetle"),
         ("court_original", "court_rewrite"), ("portstrike_roundtrip", "portstrike_summary")]


def test_batch_equals_one_at_a_time():
    sides = _sides()
    pairs = [(sides[a], sides[b]) for a, b in PAIRS]
    batch = measure_many(pairs)
    # Fresh sides: no memo carried over from the batch.
    alone = [measure(*p) for p in [(_sides()[a], _sides()[b]) for a, b in PAIRS]]
    assert batch == alone


def test_relations_of_the_example_pairs():
    sides = _sides()
    verdicts = dict(zip(PAIRS, quick_verdicts([(sides[a], sides[b]) for a, b in PAIRS]), strict=True))
    got = {pair: v.relation for pair, v in verdicts.items()}
    assert got[PAIRS[0]] in (Relation.VERBATIM, Relation.EDITED)
    assert got[PAIRS[1]].is_copy  # rewrite or round trip: the full compare tells them apart
    # A short summary is left unsettled, so the full compare looks at it.
    assert got[PAIRS[2]].is_copy or not verdicts[PAIRS[2]].settled
    assert got[PAIRS[3]] is Relation.TRANSLATION
    assert not got[PAIRS[4]].is_copy
    assert got[PAIRS[5]] is Relation.UNRELATED


@pytest.mark.parametrize("text", ["", "   \n\n", "Zebras graze.", "One sentence only."])
def test_degenerate_sides(text):
    sides = _sides({"odd": text})
    v = quick_verdict(sides["odd"], sides["portstrike_original"])
    assert v.relation is Relation.UNRELATED
    assert quick_verdicts([(sides["odd"], sides["odd"]), (sides["odd"], sides["portstrike_original"])])[1] == v


def test_pair_with_itself_is_verbatim():
    sides = _sides()
    v = quick_verdict(sides["court_original"], sides["court_original"])
    assert v.relation is Relation.VERBATIM
    assert v.coverage_a == v.coverage_b == 1.0
