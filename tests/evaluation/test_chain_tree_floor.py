"""Floors on family trees of generated chains (bench/chain_tree.py's measurement, small).

About 30 chain families from ``bench.corpus_gen`` (seed 5, ``chain_tree.CHAINS``), indexed end
to end (all doors, full compare of copy pairs), each story's tree scored against the labels.
The figures sit far under issue 4's targets (parents 90 %, lost intermediates 80 %): these floors
only stop them from getting worse, and only ever go up. The 200-family figures are in
docs/benchmarks.md §9.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
for p in (REPO, REPO / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from chain_tree import build_corpus, score, trees

from wiretrace.corpus import Corpus
from wiretrace.engines.options import IndexOptions

pytestmark = pytest.mark.evaluation

# 2026-11-22, branch chains (root by verdicts and parsimony, directed from a sure root, names
# read across languages): parents right 0.584 (89 copies), lost intermediates 0.5 (8 of 16),
# originals that are roots 0.844 (before: 0.382, 0.1875, 0.6875); about 32 s on 2 shared cores.
# 2026-11-22, branch chains2 (dates order a group's source and direct edges between copies, a
# lost copy's arc read as the root's with its changes, stories neither joined by pairs that
# disagree on most figures nor split from their summaries): parents 0.719, lost intermediates
# 0.6875 (11 of 16), originals as roots 0.875 (main before it, on this machine: 0.618, 0.5625,
# 0.875).
# Session 8 (profiles keyed by what the copy wrote, same-body copies sharing one profile, round
# trips' shared habits making no lost copy): parents 0.719, lost 0.6875, roots 0.875 as before
# on this subset (the 200-family figures rose: docs/benchmarks.md §9); the parents floor rises.
# Session 11 (a republisher's notice tells a page from its copy; the wording directs an edge
# between copies sharing errors): parents 0.764, lost intermediates 0.75 (12 of 16), roots 0.875.
# Session 12 (a twin with only its own notices was not copied from the other; a close root
# dated first directs its edges): parents 0.775 (69 of 89), lost 0.75, roots 0.875.
# Session 20 (a document compared with some candidate roots only costs the others what it
# costs those compared with it): parents 0.775 (69 of 89), lost 0.6875, roots 0.906 (29 of 32);
# the floors rise, one copy and one root under the figures.
PARENT_FLOOR = 0.76
LOST_FLOOR = 0.68
ROOT_FLOOR = 0.87
# Session 23 (an edge names the parents that explain its child about as well): 4 edges name
# some, 3 of them with the right parent, and the labelled parent is among those named in all 4.
NAMED_FLOOR = 0.75


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("chains")
    build_corpus(folder, 30, seed=5, hide_dates=False)
    db = folder / "store.duckdb"
    with Corpus.open(db, options=IndexOptions(workers=2)) as corpus:
        corpus.index([folder / "corpus.jsonl"])
    return score(folder, trees(db))


def test_parent_edges(result):
    assert result["parent_right"] >= PARENT_FLOOR, result["rows"]


def test_lost_intermediates(result):
    assert result["lost_detected"] >= LOST_FLOOR, result


def test_originals_are_roots(result):
    assert result["originals_root"] >= ROOT_FLOOR, result


def test_alternatives_name_the_labelled_parent(result):
    near = result["alternatives"]
    assert near["edges_with"] >= 1 and near["labelled_parent_named_with"] >= NAMED_FLOOR, near
