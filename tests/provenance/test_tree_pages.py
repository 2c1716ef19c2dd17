"""Family trees of pages that carry the same text: what tells a page from its copy (the notices
around the text) and what does not (two pages alike that nothing orders)."""

from __future__ import annotations

from dataclasses import replace

from test_tree import ROOT_TEXT, _doc, _hedge, _pair, _respelled, _worded

from wiretrace.model import Clue, Document, Relation, Role, Tree
from wiretrace.provenance.pairview import PairView
from wiretrace.provenance.tree import build_tree


def _page(i: str, *notices: str) -> Document:
    """The root's text with its errors (Tabarov, the hedge dropped) and notice lines."""
    return _doc(i, ". ".join([ROOT_TEXT.replace("Tabalov", "Tabarov").replace("about 40", "40").rstrip("."),
                              *notices]))


def _notice_pair(a: Document, b: Document, **kw) -> PairView:
    """Sentences past the root's three are notices (boilerplate), as the segmenter marks them."""
    v = _pair(a, b, **kw)
    mark = lambda ss: tuple(s if s.index < 3 else replace(s, role=Role.BOILERPLATE) for s in ss)
    return replace(v, sentences_a=mark(v.sentences_a), sentences_b=mark(v.sentences_b))


def _notice_tree(x: Document, y: Document) -> Tree:
    o = _doc("o")
    errs = lambda c: [_respelled(o, c, "Tabalov", "Tabarov"), _hedge(o, c)]
    pairs = [_notice_pair(o, x, findings=errs(x)), _notice_pair(o, y, findings=errs(y)),
             _notice_pair(x, y, source="unknown", relation=Relation.VERBATIM)]
    return build_tree("o", [o, x, y], pairs)


def test_two_pages_keeping_a_third_page_s_notice_but_not_each_other_s_have_a_lost_source():
    """Two verbatim copies carry the same errors and the notice of a page the corpus lacks
    (the Penham Observer's), each with its own notice beside it: neither kept the other's, so
    neither is the other's source; they descend from the lost page."""
    lost_notice = "Follow our coverage at The Penham Observer"
    x = _page("x", lost_notice, "© 2021 The Langham Record")
    y = _page("y", lost_notice, "Read more stories like this at The Felldale Record")
    tree = _notice_tree(x, y)
    lost = [n.id for n in tree.nodes if n.kind == "lost"]
    assert len(lost) == 1, tree.edges
    assert tree.parent("x").parent == tree.parent("y").parent == lost[0]


def test_two_pages_of_the_same_text_each_with_only_its_own_notices_have_a_lost_source():
    """No third page's notice this time: x and y are word for word the same, errors included,
    and each carries a notice of its own and none of the other's. A page copied whole keeps
    the notices it found, so neither was copied from the other."""
    tree = _notice_tree(_page("x", "© 2021 The Langham Record"),
                        _page("y", "Read more stories like this at The Felldale Record"))
    lost = [n.id for n in tree.nodes if n.kind == "lost"]
    assert len(lost) == 1, tree.edges
    assert tree.parent("x").parent == tree.parent("y").parent == lost[0]


def test_a_page_keeping_its_source_s_notice_hangs_from_it():
    x = _page("x", "© 2021 The Langham Record")
    y = _page("y", "© 2021 The Langham Record", "Read more stories like this at The Felldale Record")
    tree = _notice_tree(x, y)
    assert not [n for n in tree.nodes if n.kind == "lost"]
    assert tree.parent("y").parent == "x" and tree.parent("x").parent == "o"


def _dated_twins(x: Document, y: Document) -> PairView:
    """x and y word for word the same, and only the dates order them (y is dated later)."""
    xy = _worded(_pair(x, y, source="a", conf=0.65, relation=Relation.VERBATIM), 1.0)
    return replace(xy, verdict=replace(xy.verdict, clues=(Clue("published_later", "b", 1.0, "B is dated later"),)))


def test_two_pages_alike_that_nothing_orders_both_hang_from_their_source():
    """x and y are word for word the same text as o, with nothing around it, and only the
    dates order them. Many outlets print one wire copy, and one engine translates a text the
    same way twice: neither is taken for the other's source, each hangs from the page both
    were compared with."""
    o = _doc("o")
    x, y = replace(_doc("x"), published="2021-05-01"), replace(_doc("y"), published="2021-05-02")
    tree = build_tree("o", [o, x, y], [_pair(o, x), _pair(o, y), _dated_twins(x, y)])
    assert tree.parent("x").parent == tree.parent("y").parent == "o", tree.edges


def test_two_pages_alike_sharing_changes_of_the_text_they_copied_hang_from_a_lost_copy():
    """The same two pages, now both with a respelled name and a dropped hedge o lacks: as
    neither is the other's source, neither stands for the source of those changes either,
    which is a copy missing from the corpus."""
    o = _doc("o")
    x, y = replace(_page("x"), published="2021-05-01"), replace(_page("y"), published="2021-05-02")
    errs = lambda c: [_respelled(o, c, "Tabalov", "Tabarov"), _hedge(o, c)]
    pairs = [_pair(o, x, findings=errs(x)), _pair(o, y, findings=errs(y)), _dated_twins(x, y)]
    tree = build_tree("o", [o, x, y], pairs)
    lost = [n.id for n in tree.nodes if n.kind == "lost"]
    assert len(lost) == 1 and tree.parent("x").parent == tree.parent("y").parent == lost[0], tree.edges
    # A clue in the texts that y came from x (here: x holds figures y lacks) still orders them.
    y2 = _doc("y", y.text.replace("The mayor spoke", "The mayor spoke briefly"))
    xy2 = _worded(_pair(x, y2, source="a", conf=0.65, relation=Relation.EDITED), 1.0)
    tree = build_tree("o", [o, x, y2], [pairs[0], _pair(o, y2, findings=errs(y2)), xy2])
    assert tree.parent("y").parent == "x", tree.edges


def test_a_translation_of_the_root_hangs_from_it_not_from_a_reprint_of_it():
    """v reprints o word for word; t translates o. Neither translation pair names a source, and
    t links a little more of v than of o (alignment noise): the sure root is still the likelier
    source."""
    o, v = _doc("o"), _doc("v")
    t = replace(_doc("t", "Tabalov sagte, etwa 40 Menschen kamen. Der Bürgermeister sprach. Es regnete."), lang="de")
    tr = Relation.TRANSLATION
    pairs = [_pair(o, v, relation=Relation.VERBATIM), _pair(v, t, source="unknown", relation=tr, cov=(0.95, 0.95)),
             _pair(o, t, source="unknown", relation=tr)]
    tree = build_tree("o", [o, v, t], pairs)
    assert tree.parent("t").parent == "o", tree.edges


def test_near_parents_names_arcs_within_the_tie_but_never_a_descendant():
    from wiretrace.provenance.branching import near_parents

    arcs = [("R", "o", 0.0), ("o", "a", 3.0), ("o", "b", 3.0), ("a", "b", 2.97), ("b", "a", 2.99),
            ("o", "c", 3.0), ("a", "c", 2.5)]
    parents = {"o": "R", "a": "o", "b": "a", "c": "o"}
    near = near_parents(arcs, parents, "R", 0.05)
    assert near == {"b": ("o",)}  # b hangs from a, o explains it better; a's only rival is its child b


def test_a_copy_two_pages_explain_alike_names_the_other_as_an_alternative():
    """c copies o word for word, and so does v: from o or from v, the texts cannot say."""
    import json

    from wiretrace.report.tree import tree_json

    o, v, c = _doc("o"), _doc("v"), _doc("c")
    pairs = [_pair(o, v, relation=Relation.VERBATIM), _pair(o, c, relation=Relation.VERBATIM),
             _pair(v, c, relation=Relation.VERBATIM)]
    tree = build_tree("o", [o, v, c], pairs)
    edge = tree.parent("c")
    assert {edge.parent, *edge.alternatives} == {"o", "v"}, tree.edges
    assert any("uncertain" in line for line in edge.evidence)
    assert json.loads(tree_json(tree))["edges"][-1]["alternatives"] in ([], ["o"], ["v"])
