from wiretrace.provenance.families import Edge, group


def _stories(edges):
    out = {}
    for m in group(edges):
        out.setdefault(m.story, set()).add(m.seq)
    return sorted(sorted(v) for v in out.values())


def test_core_edges_form_families():
    assert _stories([Edge(1, 2, 0.9, 0.9), Edge(2, 3, 0.8, 0.7), Edge(10, 11, 1.0, 1.0)]) == [[1, 2, 3], [10, 11]]


def test_a_digest_does_not_chain_two_stories_together():
    # 5 is a roundup quoting story 1 and story 10: it covers each source wholly, but each
    # source is a small part of the roundup, so both edges are weak.
    edges = [Edge(1, 2, 0.9, 0.9), Edge(10, 11, 0.9, 0.9), Edge(1, 5, 0.95, 0.2), Edge(10, 5, 0.9, 0.3)]
    assert _stories(edges) == [[1, 2], [5, 10, 11]]
    roles = {m.seq: m.role for m in group(edges)}
    assert roles[5] == "attached"


def test_weak_pairs_alone_make_a_family_of_two():
    assert _stories([Edge(3, 4, 0.2, 0.9)]) == [[3, 4]]


def test_two_stories_from_one_template_are_not_joined():
    # 2 and 11 share their wording (and half their text) but disagree on most figures: two
    # stories told from one formula, not copies; a pair with one changed figure is a copy.
    edges = [Edge(1, 2, 0.9, 0.9, 1, 20), Edge(10, 11, 0.9, 0.9), Edge(2, 11, 0.9, 0.6, 9, 22)]
    assert _stories(edges) == [[1, 2], [10, 11]]


def test_a_summary_and_its_reprint_join_the_story_they_summarise():
    # 1-2-3 is the story; 7 summarises 1 (all of 7 is 1's text, a fifth of 1 is in 7) and 8
    # reprints 7: a family of two linked to the story only by the summary's weak edge.
    edges = [Edge(1, 2, 0.9, 0.9), Edge(2, 3, 0.9, 0.9), Edge(7, 8, 1.0, 1.0), Edge(1, 7, 0.2, 1.0)]
    assert _stories(edges) == [[1, 2, 3, 7, 8]]


def test_a_roundup_with_a_reprint_does_not_join_the_stories_it_quotes():
    edges = [Edge(1, 2, 0.9, 0.9), Edge(10, 11, 0.9, 0.9), Edge(5, 6, 1.0, 1.0),
             Edge(1, 5, 0.95, 0.2), Edge(10, 5, 0.9, 0.3)]
    assert _stories(edges) == [[1, 2], [5, 6], [10, 11]]


def test_two_summaries_join_a_story_of_two_they_are_made_of():
    # 1 and its rewrite 2; 7 and 8 summarise a lost copy of 1 (each wholly 1's text): the same
    # size as the story, and made of it, so they join it.
    edges = [Edge(1, 2, 1.0, 1.0), Edge(7, 8, 0.7, 0.6), Edge(1, 7, 0.2, 1.0), Edge(1, 8, 0.3, 0.97)]
    assert _stories(edges) == [[1, 2, 7, 8]]


def test_two_summaries_and_a_reprint_join_the_smaller_story_they_are_made_of():
    # 1 and its edited copy 2; 7 and 8 summarise a lost copy of 1, 9 reprints 7: a family of
    # three made of the text of a family of two, and of no other, joins it.
    edges = [Edge(1, 2, 0.98, 0.8), Edge(7, 8, 0.58, 0.64), Edge(7, 9, 1.0, 1.0), Edge(1, 7, 0.17, 0.94),
             Edge(2, 7, 0.17, 0.75)]
    assert _stories(edges) == [[1, 2, 7, 8, 9]]
