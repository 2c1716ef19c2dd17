"""Shared-error ancestry on hand-made profiles: which carrier of a group can be its source."""

from __future__ import annotations

from dataclasses import replace

from test_tree import ROOT_TEXT, _doc, _hedge, _pair, _respelled, _worded

from wiretrace.model import Finding, Link, LinkKind, Role, Severity, Span
from wiretrace.provenance.pairview import PairView
from wiretrace.provenance.ancestry import Error, Profile, blocks, missing, passed_on, profile, shown_by
from wiretrace.provenance.tree import build_tree


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


def test_a_change_the_child_wrote_over_is_not_one_it_lacks():
    # A partial copy's own story links loosely to the root's sentence 1: its own figure stands
    # where its source dropped the hedge. It still carries the source's respelled name.
    parent = _profile(range(10))
    figure = Error(("number", "about 40", "3710"), "about 40 → about 3,710", 1.0, frozenset({1}))
    partial = Profile({**{k: e for k, e in parent.errors.items() if k[0] == "name"}, figure.key: figure},
                      frozenset({0, 1}))
    assert missing(parent, partial) == []
    named = next(b for b in blocks({"parent": parent, "child": _profile(range(10)), "partial": partial})
                 if "partial" in b.carriers)
    assert "parent" in named.intermediates


def test_a_respelling_in_a_sentence_that_names_someone_else_is_not_lacked():
    def only(error: Error) -> Profile:
        return Profile({error.key: error}, frozenset({0, 1}))

    parent = _profile(range(10))
    number = parent.errors[("number", "about 40", "40")]
    other = Error(("attribution", "boris tabalov said", "shinjun kamura said"), "", 0.5, frozenset({0}))
    kept = Error(("attribution", "boris tabalov said", "boris tabalov noted"), "", 0.5, frozenset({0}))
    assert missing(parent, only(other)) == [number]
    assert {e.key[0] for e in missing(parent, only(kept))} == {"name", "number"}


def test_a_name_the_child_respelled_its_own_way_does_not_show_the_parent_s_spelling():
    # The parent wrote "Tabarov", its round trip "Tabaro": the child's own respelling stands
    # where the parent's would show, so the parent's is not one it lacks.
    parent = _profile(range(10))
    own = Error(("name", "tabalov", "tabaro"), "Tabalov → Tabaro", 1.0, frozenset({0}))
    child = Profile({own.key: own, ("number", "about 40", "40"): parent.errors[("number", "about 40", "40")]},
                    frozenset(range(10)))
    assert missing(parent, child) == []


def test_a_hedge_round_trips_of_the_root_also_dropped_belongs_to_the_lost_copy_s_other_changes():
    # c1 and c2 respelled the name and dropped the hedge (their lost source's changes); the round
    # trip r of the root dropped the same hedge, as the machine does wherever it can.
    r = Profile({k: e for k, e in _profile(range(10)).errors.items() if k[0] == "number"}, frozenset(range(10)))
    profiles = {"c1": _profile(range(10)), "c2": _profile(range(10)), "r": r}
    assert len(blocks(profiles)) == 2  # the hedge alone would be a lost copy above the other
    (block,) = blocks(profiles, machine=frozenset({"r"}))
    assert block.carriers == {"c1", "c2"} and len(block.errors) == 2


def _captioned(similarity: float, caption: str) -> tuple[list, list]:
    """o the original; i respelled a name, dropped a hedge and added a caption; c1 copied i word
    for word, c2 copied i with ``caption`` in place of i's, its pair with i linking the two
    captions at ``similarity``."""
    o = _doc("o")
    i = _doc("i", ROOT_TEXT.replace("Tabalov", "Tabarov").replace("about 40", "40") + " Photo by staff.")
    c1 = _doc("c1", i.text)
    c2 = _doc("c2", i.text.replace("Photo by staff", caption))
    errs = lambda x: [_respelled(o, x, "Tabalov", "Tabarov"), _hedge(o, x)]
    ic2 = _worded(_pair(i, c2), 0.95)
    ic2 = replace(ic2, links=(*ic2.links[:3], Link((3,), (3,), LinkKind.EDITED, similarity)))
    pairs = [_worded(_pair(o, i, findings=errs(i)), 0.95), _worded(_pair(o, c1, findings=errs(c1)), 0.95),
             _worded(_pair(o, c2, findings=errs(c2)), 0.95), _worded(_pair(i, c1), 0.99), ic2,
             _worded(_pair(c1, c2, source="unknown"), 0.95)]
    return [o, i, c1, c2], pairs


def test_a_copy_reads_like_its_source_on_the_sentences_both_link():
    """c2 reworded i's caption: over every link, c2 reads less like i (the caption's link at
    0.6) than like the original; over the sentences both pairs link, it reads like i. i, which
    made the changes c1 and c2 share, is their source."""
    docs, pairs = _captioned(0.6, "A photo by our staff")
    tree = build_tree("o", docs, pairs)
    assert not [n for n in tree.nodes if n.kind == "lost"]
    assert tree.parent("c1").parent == tree.parent("c2").parent == "i"


def test_a_page_with_a_caption_of_its_own_in_place_of_another_s_was_not_copied_from_it():
    """c2 has a caption of its own where i has another (linked loosely, at 0.3): a copier keeps
    what it found around the text or drops it, so c2 and i are siblings under a lost copy."""
    docs, pairs = _captioned(0.3, "Crowds gather")
    tree = build_tree("o", docs, pairs)
    (lost,) = [n.id for n in tree.nodes if n.kind == "lost"]
    assert tree.parent("i").parent == tree.parent("c2").parent == lost


def test_a_summary_s_own_headline_does_not_say_which_page_it_copied():
    """c2 summarises i under a headline of its own, which links alone to i's at 0.57 but with
    the lead to the original's at 0.95. Over every link c2 reads less like i than like the
    original; over the body it reads like i, word for word: i is its source."""
    text = "Crowds at the hall. " + ROOT_TEXT
    o = _doc("o", text)
    i = _doc("i", text.replace("Tabalov", "Tabarov").replace("about 40", "40"))
    c1, c2 = _doc("c1", i.text), _doc("c2", "What we know. " + i.text.split(". ", 1)[1])
    errs = lambda x: [_respelled(o, x, "Tabalov", "Tabarov"), _hedge(o, x)]

    def headed(v: PairView, links: tuple[Link, ...]) -> PairView:
        return replace(v, links=links, sentences_b=(replace(v.sentences_b[0], role=Role.TITLE), *v.sentences_b[1:]))

    oc2 = _worded(_pair(o, c2, findings=errs(c2)), 0.9)
    oc2 = headed(oc2, (Link((0, 1), (0, 1), LinkKind.EDITED, 0.95), *oc2.links[2:]))
    ic2 = _worded(_pair(i, c2), 1.0)
    ic2 = headed(ic2, (Link((0,), (0,), LinkKind.PARAPHRASE, 0.57), *ic2.links[1:]))
    pairs = [_worded(_pair(o, i, findings=errs(i)), 0.9), _worded(_pair(o, c1, findings=errs(c1)), 0.9), oc2,
             _worded(_pair(i, c1), 1.0), ic2, _worded(_pair(c1, c2, source="unknown"), 0.9)]
    tree = build_tree("o", [o, i, c1, c2], pairs)
    assert not [n for n in tree.nodes if n.kind == "lost"]
    assert tree.parent("c1").parent == tree.parent("c2").parent == "i"


def _localised(o, x: str, text: str, mark: str = "", finding=None) -> Profile:
    """The profile of copy ``x`` of ``o`` that dropped the hedge of "about 40"; with ``mark`` in
    its text, also ``finding(d)`` (a localisation of the copy ``d``)."""
    d = _doc(x, text)
    i, j = o.text.index("about 40"), d.text.index("40")
    found = [Finding("number", "hedge_removed", Severity.MEDIUM, Span(i, i + 8), Span(j, j + 2), "x", ())]
    if mark and mark in text:
        found.append(finding(d))
    return profile("o", _pair(o, d, findings=found), o.text, d.text)


def test_a_page_that_writes_the_original_s_spelling_was_not_copied_from_a_converted_one():
    # "styled" converted the original's "percent" to its house style; "summary" carries the same
    # sentence, with the same dropped hedge, but as the original spells it: it was made from a
    # page that had not converted it, not from "styled". A page keeping the conversion may be.
    o = _doc("o", "Prices rose about 40 percent, Tabalov said. The mayor spoke. Rain fell.")
    i = o.text.index("percent")

    def copy(x: str, text: str) -> Profile:
        return _localised(o, x, text, "per cent", lambda d: Finding(
            "harmless", "spelling_variant", Severity.NONE, Span(i, i + 7),
            Span(d.text.index("per cent"), d.text.index("per cent") + 8), "x", ("percent → per cent",)))

    styled = copy("styled", "Prices rose 40 per cent, Tabalov said. The mayor spoke. Rain fell.")
    summary = copy("summary", "Prices rose 40 percent, Tabalov said. The mayor spoke. Rain fell.")
    reprint = copy("reprint", "Prices rose 40 per cent, Tabalov said. The mayor spoke. Rain fell.")
    assert [e.key for e in missing(styled, summary)] == [("spelling", "percent", "per cent")]
    assert missing(styled, reprint) == [] and missing(summary, styled) == []
    (block,) = blocks({"styled": styled, "summary": summary})
    assert block.intermediates == {"summary"}  # which may have been converted after copying


def test_a_page_carrying_the_sentence_without_a_conversion_another_added_was_not_copied_from_it():
    o = _doc("o", "The firm lost about 40 million euros, Tabalov said. The mayor spoke. Rain fell.")

    def copy(x: str, text: str) -> Profile:
        return _localised(o, x, text, "(£34 million)", lambda d: Finding(
            "harmless", "localisation", Severity.NONE, None,
            Span(d.text.index("£34 million"), d.text.index("£34 million") + 11), "x", ()))

    local = copy("local", "The firm lost 40 million euros (£34 million), Tabalov said. The mayor spoke. Rain fell.")
    plain = copy("plain", "The firm lost 40 million euros, Tabalov said. The mayor spoke. Rain fell.")
    again = copy("again", "The firm lost 40 million euros ($43 million) (£34 million), Tabalov said. The mayor spoke.")
    assert [e.key for e in missing(local, plain)] == [("conversion", "34")]
    assert missing(plain, local) == []
    # A copy that added a conversion of its own beside the inherited one still writes its figure.
    assert missing(local, again) == []


def _reworded_family() -> dict[str, Profile]:
    """t, a round trip of the root: a respelled name, a dropped hedge, "already" added and a
    negation flipped with it; e copied t word for word; r reworded t ("already" gone, the flipped
    sentence written "by now"), keeping its name and figure."""
    base = _profile(range(10)).errors
    already = Error(("addition", "killed", "already"), "killed → already", 0.5, frozenset({2}))
    flipped = Error(("negation", "insurers have not yet offered", "insurers have already yet offered"), "", 1.0,
                    frozenset({3}))
    reflipped = Error(("negation", "insurers have not yet offered", "insurers have by now yet offered"), "", 1.0,
                      frozenset({3}))
    t = Profile({**base, already.key: already, flipped.key: flipped}, frozenset(range(10)))
    return {"t": t, "e": t, "r": Profile({**base, reflipped.key: reflipped}, frozenset(range(10)))}


def test_a_rewrite_that_undid_wording_its_source_passed_on_still_descends_from_it():
    profiles = _reworded_family()
    block = next(b for b in blocks(profiles) if "r" in b.carriers)
    assert "t" not in block.intermediates  # read word for word, r lacks t's "already" and flip
    block = next(b for b in blocks(profiles, reworded=lambda p, c: True) if "r" in b.carriers)
    assert block.carriers == {"t", "e", "r"}
    assert "t" in block.intermediates
    # r's own wording of the flip is shown by no other copy: t and e were not copied from r.
    assert "r" not in block.intermediates


def test_only_changes_another_copy_shows_count_as_passed_on():
    profiles = _reworded_family()
    t, r = profiles["t"], profiles["r"]
    assert {e.key[0] for e in missing(t, r)} == {"addition", "negation"}
    assert missing(t, r, passed_on(shown_by(profiles), t, "t", "r")) == []
    alone = {"t": t, "r": r}  # no third copy shows t's wording: it may be t's own rewording
    assert {e.key[0] for e in missing(t, r, passed_on(shown_by(alone), t, "t", "r"))} == {"addition", "negation"}
    # Rewording keeps names and figures: a child without them was not made from t.
    bare = Profile({}, frozenset(range(10)))
    assert {e.key[0] for e in missing(t, bare, passed_on(shown_by(profiles), t, "t", "r"))} == {"name", "number", "negation"}


def test_a_qualifier_the_copy_would_have_added_weighs_more_than_one_it_dropped():
    # From the hedged page, the bare one dropped "about"; from the bare page, the hedged one
    # would have added it, which copies do less often (METER: 9 added against 14 dropped).
    hedged = _doc("o")
    bare = _doc("c", ROOT_TEXT.replace("about 40", "40"))
    view = _pair(hedged, bare, source="unknown", findings=(_hedge(hedged, bare),))
    (dropped,) = profile("o", view, hedged.text, bare.text).errors.values()
    (added,) = profile("c", view, bare.text, hedged.text).errors.values()
    assert dropped.weight == 1.0 and added.weight == 1.5
    assert dropped.key[0] == added.key[0] == "number"
