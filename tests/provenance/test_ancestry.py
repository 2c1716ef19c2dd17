"""Shared-error ancestry on hand-made profiles: which carrier of a group can be its source."""

from __future__ import annotations

from test_tree import _doc, _pair, _worded

from wiretrace.provenance.ancestry import Error, Profile, blocks, profile


def _profile(carried: range | set[int]) -> Profile:
    """A copy of a ten-sentence root that respelled a name in sentence 0 and dropped a hedge in
    sentence 1 (the group's errors), carrying the root sentences ``carried``."""
    errors = [Error(("name", "tabalov", "tabarov"), "Tabalov → Tabarov", 1.0, frozenset({0})),
              Error(("number", "about 40", "40"), "about 40 → 40", 1.0, frozenset({1}))]
    return Profile({e.key: e for e in errors}, frozenset(carried))


def test_a_copy_carrying_text_past_a_trimmed_sibling_s_end_was_not_copied_from_it():
    # The trimmed copy ends at sentence 5; the summary keeps sentences 8 and 9: it had them from
    # a fuller source with the same errors, missing from the corpus.
    (block,) = blocks({"trimmed": _profile(range(6)), "summary": _profile({0, 1, 8, 9})})
    assert block.carriers == {"trimmed", "summary"}
    assert "trimmed" not in block.intermediates


def test_a_few_missed_links_inside_the_parent_s_text_are_tolerated():
    # The parent's sentences 3 and 4 went unlinked (a reworded sentence): its child still is its copy.
    (block,) = blocks({"parent": _profile({0, 1, 2, 5, 6, 7, 8, 9}), "child": _profile({0, 1, 3, 4, 8})})
    assert "parent" in block.intermediates


def test_one_sentence_just_past_the_parent_s_end_is_a_loose_link_not_a_fuller_source():
    (block,) = blocks({"parent": _profile(range(6)), "child": _profile({0, 1, 2, 6})})
    assert "parent" in block.intermediates


def test_a_root_sentence_linked_only_loosely_is_not_carried():
    # A partial copy's own story links loosely to root sentences of the same kind: what the copy
    # "lacks" there says nothing of the page it copied.
    o, c = _doc("o"), _doc("c")
    close, loose = _pair(o, c), _worded(_pair(o, c), 0.4)
    assert profile("o", close, o.text, c.text).carried
    assert profile("o", loose, o.text, c.text).carried == frozenset()
