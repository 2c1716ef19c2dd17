"""Evaluation gate: METER courts at corpus level — PA and newspaper stories indexed together.

Runs ``bench/meter_corpus.py``'s measurement on fixed subsets of the METER courts section read
from the shared evaluation data (``../shared/data`` or ``$WIRETRACE_SHARED``; the JSONL and the
store live in a temporary folder, never in the repository): the quick tier alone
(``findings="none"``) on the whole section, and quick + full compare (``findings="copies"``) on
a subset, whole catchline folders of the benchmark's seeded folder shuffle with their PA files.
A newspaper story is called derived when a copy pair links it to a PA file of its own folder;
the floors hold derived-vs-non F1, precision, false accusations, 3-class macro-F1 and door
recall.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import meter_compare
import meter_corpus

pytestmark = pytest.mark.evaluation

# Subsets. Quick tier: all 770 courts stories and all 660 courts PA files (about 5 s on 2 cores).
# Full compare: whole folders of the shuffle with meter_compare.DEFAULT_SEED until FULL_STORIES
# stories (130 stories in 25 folders, 128 PA files; about 300 full compares, 15-20 s on 2 cores).
QUICK_STORIES = None
FULL_STORIES = 120

# Floors only go up (ceilings only down). Set 2026-11-22 at commit 28cfaf0 (doors minhash +
# anchors), each about 0.02 below the lower of the figures measured there and at 34fa8e2 (quick
# tier before its in_order 0.8 and partial-copy changes; the second figure where they differ):
# * quick, all 770 stories (604 derived, 166 non): precision 0.970 / 0.980, recall 0.263 / 0.242,
#   F1 0.414 / 0.388, false accusations 5 / 3 of 166 (0.030 / 0.018), 3-class macro-F1 0.348 /
#   0.340, door recall 0.889 (537 of 604 derived stories have an own-folder PA candidate);
# * full, 130 stories (101 derived, 29 non): precision 0.979, recall 0.465, F1 0.631, 1 false
#   accusation of 29, macro-F1 0.497 (292 pairs compared), at both commits.
# The target is F1 >= 0.90; full corpus, full setting: F1 0.607 (bench/meter_corpus.py).
# Raised in session 3 (anchor containment over not-common anchors): door recall 0.899 (543 of
# 604), quick F1 0.418, false accusations unchanged at 5 of 166.
# Raised in session 6 (0ca4696: handover band, shared-phrase rules in compare): quick, 770
# stories: F1 0.420, macro-F1 0.351, door recall 0.902; full, 130 stories: precision 0.963,
# recall 0.515, F1 0.671, 2 false accusations of 29, macro-F1 0.524 (whole section, full: F1
# 0.648 at 13 of 166 accused).
QUICK_F1_FLOOR = 0.41
QUICK_PRECISION_FLOOR = 0.95
QUICK_FALSE_ACCUSATION_CEILING = 0.05
QUICK_MACRO_F1_FLOOR = 0.34
QUICK_DOOR_RECALL_FLOOR = 0.89
FULL_F1_FLOOR = 0.65
FULL_PRECISION_FLOOR = 0.94
FULL_MACRO_F1_FLOOR = 0.50


@pytest.fixture(scope="module")
def data(shared_path) -> Path:
    for name in meter_compare.GOLD_FILES.values():
        shared_path("data", "meter", "meter-corpus", "file_index", meter_compare.SECTION, name)
    shared_path("data", "meter", "meter-corpus", "PA", "rawtexts", meter_compare.SECTION)
    return shared_path("data")


@pytest.fixture(scope="module")
def quick(data: Path) -> dict:
    return meter_corpus.measure(data, max_stories=QUICK_STORIES, findings=("none",))["settings"]["quick"]


@pytest.fixture(scope="module")
def full(data: Path) -> dict:
    return meter_corpus.measure(data, max_stories=FULL_STORIES, findings=("none", "copies"))["settings"][
        "full"
    ]


def _misses(r: dict) -> list[tuple[str, str, str]]:
    return [(d["story"], d["gold"], d["relation"]) for d in r["docs"] if d["copy"] != (d["gold"] != "non")][
        :20
    ]


def _check(r: dict, f1_floor: float, precision_floor: float, macro_floor: float) -> None:
    b = r["binary"]
    assert b["f1"] is not None and b["f1"] >= f1_floor, (
        f"{b['system']}: derived-vs-non F1 {b['f1']} < floor {f1_floor} (precision {b['precision']}, "
        f"recall {b['recall']}); first misclassified (story, gold, relation): {_misses(r)}"
    )
    assert b["precision"] is not None and b["precision"] >= precision_floor, (
        f"{b['system']}: derived precision {b['precision']} < floor {precision_floor} "
        f"(false accusations {b['fp']} of {b['non']}); first misclassified: {_misses(r)}"
    )
    macro = r["three_class"]["macro_f1"]
    assert macro is not None and macro >= macro_floor, (
        f"{b['system']}: 3-class macro-F1 {macro} < floor {macro_floor}; confusion {r['three_class']['confusion']}"
    )


def test_quick_tier_finds_derived_stories(quick: dict) -> None:
    _check(quick, QUICK_F1_FLOOR, QUICK_PRECISION_FLOOR, QUICK_MACRO_F1_FLOOR)


def test_quick_tier_rarely_accuses(quick: dict) -> None:
    b = quick["binary"]
    accused = [d["story"] for d in quick["docs"] if d["gold"] == "non" and d["copy"]]
    assert b["false_accusation"] <= QUICK_FALSE_ACCUSATION_CEILING, (
        f"{b['fp']} of {b['non']} non-derived stories called derived ({b['false_accusation']:.3f} > ceiling "
        f"{QUICK_FALSE_ACCUSATION_CEILING}): {accused}"
    )


def test_doors_reach_the_pa_copy(quick: dict) -> None:
    d = quick["door_recall"]
    missed = [
        r["story"] for r in quick["docs"] if r["gold"] != "non" and r["pa_files"] and not r["pa_candidates"]
    ]
    assert d["door_recall"] >= QUICK_DOOR_RECALL_FLOOR, (
        f"door recall {d['door_recall']:.3f} < floor {QUICK_DOOR_RECALL_FLOOR}: {len(missed)} derived stories "
        f"without an own-folder PA candidate, e.g. {missed[:10]}"
    )


def test_full_compare_finds_derived_stories(full: dict) -> None:
    _check(full, FULL_F1_FLOOR, FULL_PRECISION_FLOOR, FULL_MACRO_F1_FLOOR)
