"""The defining pair (../shared/seeds): the attribution, quote and mt_artifact families.

A (002) is an AP story as a newspaper republished it; B (000) is the same story after a machine
round trip through Japanese. The texts are read at run time and never copied into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wiretrace import Document, compare

SEEDS = Path(os.environ.get("WIRETRACE_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "seeds"
A_FILE, B_FILE = SEEDS / "002_9c70ab001371d446.txt", SEEDS / "000_698e8626942318bc.txt"

pytestmark = pytest.mark.skipif(
    not (A_FILE.exists() and B_FILE.exists()),
    reason=f"seed pair not found in {SEEDS} (set WIRETRACE_SHARED to the shared folder)",
)


@pytest.fixture(scope="module")
def seed():
    a = Document("002", A_FILE.read_text(encoding="utf-8"))
    b = Document("000", B_FILE.read_text(encoding="utf-8"))
    return compare(a, b)


def _of(c, kind):
    return [f for f in c.findings if f.kind == kind]


def _text(c, f, side):
    span = getattr(f, side)
    return getattr(c, side).text[span.start:span.end] if span else None


def test_osechkin_claim_now_reads_as_prigogines(seed):
    found = [f for f in _of(seed, "attribution") if f.change == "reassigned"]
    cue = next(f for f in found if _text(seed, f, "a") == "According to Osechkin")
    assert cue.severity.value == "high"
    assert cue.evidence == ("Osechkin", "Prigogine")
    assert "Prigogine's claim" in cue.explanation
    assert _text(seed, cue, "b").startswith("Prisoners with military")


def test_he_added_now_points_to_prigogine(seed):
    found = [f for f in _of(seed, "attribution") if f.change == "reassigned"]
    assert any(_text(seed, f, "a") == "he added" and f.evidence == ("Osechkin", "Prigogine") for f in found)


def test_no_attribution_finding_where_the_copy_keeps_the_speaker(seed):
    cues = {_text(seed, f, "a") for f in _of(seed, "attribution")}
    # Respelled (Tabarov, Osekkin) or moved, these speakers are still named in B.
    assert not cues & {"said Alexei Tabalov", "said Vladimir Osechkin", "Osechkin said",
                       "The British military said", "Prigozhin, in fact, denies"}
    assert all(f.severity.value in ("medium", "high") for f in _of(seed, "attribution"))


def test_altered_quotes_name_the_changed_words(seed):
    altered = [f for f in _of(seed, "quote") if f.change == "altered"]
    assert any("“huge outflow” became “massive exodus”" in f.explanation for f in altered)
    assert any("“not” is gone" in f.explanation for f in altered)  # couldn't not -> couldn't
    assert all(f.a is not None and f.b is not None and len(f.evidence) == 2 for f in altered)


def test_quotes_kept_word_for_word_give_nothing(seed):
    quoted = {_text(seed, f, "a") for f in _of(seed, "quote")}
    kept = {"I really don't want to go", "prisoner battalions", "Putin's chef", "This is The Job"}
    assert not quoted & kept


def test_artifacts_of_the_round_trip_are_in_b_only(seed):
    found = _of(seed, "mt_artifact")
    # A, professional news text, must give none: every artifact found is on B's side.
    assert all(f.a is None and f.b is not None for f in found)
    got = {_text(seed, f, "b") for f in found}
    assert {"Did.", "said.", "rice field.", "his With"} <= got
    assert any('."the' in g for g in got)  # the closing quote glued to "the Kremlin"
    assert len(found) >= 8
