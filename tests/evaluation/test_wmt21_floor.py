"""Evaluation gate: WMT21 translations must stay linked to their source, segment by segment.

Runs ``bench/wmt21_align.py``'s measurement on a small fixed subset of the WMT21 news test set
(the first 8 documents of en-ja, ja-en, ru-en and de-fr; professional reference and one MT system)
read from the shared evaluation data (``../shared/data`` or ``$WIRETRACE_SHARED``; never copied
into the repository) and checks the figures against floors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Floors only go up; set from the figures of 2026-11-22 minus a small margin.
# Measured on this subset (64 comparisons, 1,198 source segments): translation 1.000, seg_acc 0.991.
TRANSLATION_RATE_FLOOR = 0.97
SEGMENT_ACCURACY_FLOOR = 0.97

# Subset: the first MAX_DOCS documents of each pair (xml file order), compared with the human
# reference and with the first SYSTEMS MT system(s) in alphabetical order. ~12 s on 2 cores.
PAIRS = ("en-ja", "ja-en", "ru-en", "de-fr")
MAX_DOCS = 8
SYSTEMS = 1

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import wmt21_align

pytestmark = pytest.mark.evaluation


@pytest.fixture(scope="module")
def figures(shared_path) -> dict:
    data = shared_path("data")
    for pair in PAIRS:
        shared_path("data", "wmt21-newstest", "xml", f"newstest2021.{pair}.all.xml")
    result = wmt21_align.measure(data, PAIRS, max_docs=MAX_DOCS, systems=SYSTEMS)
    return {row["set"]: row for row in result["rows"]}


def test_translations_are_recognised(figures: dict) -> None:
    overall = figures["all"]
    assert overall["translation"] >= TRANSLATION_RATE_FLOOR, (
        f"translation relation rate {overall['translation']:.3f} < floor {TRANSLATION_RATE_FLOOR}; "
        f"relations seen: {overall['relations']}"
    )


def test_segments_are_linked_correctly(figures: dict) -> None:
    overall = figures["all"]
    per_set = {name: round(row["seg_acc"], 3) for name, row in figures.items()}
    assert overall["seg_acc"] >= SEGMENT_ACCURACY_FLOOR, (
        f"segment link accuracy {overall['seg_acc']:.3f} < floor {SEGMENT_ACCURACY_FLOOR}; per set: {per_set}"
    )
