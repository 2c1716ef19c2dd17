"""The defining case: an AP story as a newspaper republished it (A = 002) against the same story
after a machine round trip through Japanese on an aggregator (B = 000).

The gold below was checked by hand against both texts. Phrases are short pointers into the files
in ../shared/seeds, read at run time; nothing of the texts is stored here beyond them.
Floors only go up.
"""

from __future__ import annotations

import pytest

from wiretrace import Document, compare

pytestmark = pytest.mark.evaluation

# Each body sentence of A (by a phrase at its start or inside it) → phrases inside the B sentences
# that are its true counterparts; an empty list means A's sentence has no counterpart in B.
ALIGNMENT = {
    "The prisoners at the penal colony": ["Prisoners in the St. Petersburg penal colony"],
    "Instead, men in uniform arrived": ["Instead, uniformed men arrived"],
    "Over the following days": ["A woman whose boyfriend was in prison"],
    "Speaking on condition of anonymity because": ["A woman whose boyfriend was in prison"],
    "As Russia continues to suffer losses": [
        "A woman whose boyfriend was in prison",
        "President Vladimir Putin.",
    ],
    "That has led instead to a covert": ["Instead, it has led to clandestine"],
    "This also is happening amid reports": ["This comes amid reports"],
    "We're seeing a huge outflow": ["Attorney Alexei Tabarov said", "who runs the legal aid group at"],
    "The group has seen an influx": ["The group has been inundated"],
    "And the Defense Ministry is digging": ["And the Department of Defense is digging"],
    "Although the Defence Ministry denies": ["The authorities appear to be doing"],
    "Billboards and public transit ads": ["Billboards and public transport ads"],
    "Authorities have set up mobile recruiting": ["It has set up mobile recruitment"],
    "Regional administrations are forming": [],
    "The business daily Kommersant counted": ["It has set up mobile recruitment"],
    "The AP saw thousands of openings": ["AP saw thousands of job openings"],
    "The British military said this week": [
        "The British military announced this week",
        "If they are deployed in Ukraine",
    ],
    "But complaints also are surfacing": ["However, complaints have surfaced"],
    "In early August, Tabalov said": ["In early August, Tabarov began"],
    "The recruitment of prisoners has been going on": ["Vladimir Osekkin, founder", "He cited inmates"],
    "It's not the first time": ["This is not the first time"],
    "Nor is Russia alone": ["Russia is not alone"],
    "Early in the war": ["Early in the civil war"],
    "In the current circumstances": ["In the current situation"],
    "Yevgeny Prigozhin, an entrepreneur": ["Yevgeny Prigozhin, known as", "He dismissed reports"],
    "Prigozhin, in fact, denies": ["In fact, Prigogine denied"],
    "According to Osechkin, prisoners": ["Prisoners with military or law", "and may have been enticed"],
    "He estimated that as of late July": ["Prisoners with military or law", "and may have been enticed"],
    "Now, he added, many": ["Now many of these volunteers"],
}

# Distortions that must be reported (severity above none) over these phrases: (side, phrase).
DISTORTIONS = [
    ("a", "Tabalov"),
    ("a", "Osechkin"),
    ("b", "Prigogine"),
    ("a", "couldn't not think"),
    ("b", "civil war"),
    ("a", "if they agreed"),
    ("a", "nearly $5,500"),
    ("a", "as many as seven"),
    ("a", "about a dozen or so left the prison"),
    ("a", "trying to quit"),
    ("a", "can't be independently verified"),
    ("a", "He estimated"),
    ("a", "According to Osechkin"),
    ("a", "I personally get the impression"),
    ("a", "up to age 50"),
    ("a", "Regional administrations are forming"),
    ("a", "Defence Ministry denies"),
    ("a", "half marathon in Siberia"),
    ("a", "nearing its sixth month"),
    ("b", "Garmazhapova"),
    ("a", "Now, he added"),
]
# Places where nothing may be reported as a distortion.
HARMLESS = [
    ("a", "Zelenskyy"),
    ("b", "Zelensky"),
    ("a", "Sh256,584"),
    ("a", "Sh656,378"),
    ("b", "This article was added by the user"),
    ("b", "Great Britain"),
    ("a", "captured Ukrainian checkpoint"),
]

FLOOR_ALIGNMENT = 0.96  # 2026-11-22: 29/29 correct; the issue asks for at least 0.95
FLOOR_DISTORTIONS = 1.0  # 2026-11-22: 21/21 found


@pytest.fixture(scope="module")
def seed(shared_path):
    a = shared_path("seeds", "002_9c70ab001371d446.txt").read_text(encoding="utf-8")
    b = shared_path("seeds", "000_698e8626942318bc.txt").read_text(encoding="utf-8")
    return compare(Document("002", a), Document("000", b)), a, b


def _sentence_at(sentences, text, phrase):
    at = text.find(phrase)
    assert at >= 0, f"gold phrase not in the text: {phrase!r}"
    return next(s.index for s in sentences if s.start <= at < s.end)


def test_relation_is_round_trip_and_002_is_not_the_source(seed):
    c, _, _ = seed
    assert c.verdict.relation.value == "round_trip"
    assert c.verdict.source != "a", c.verdict.evidence  # 000 carries text 002 lacks
    assert c.verdict.evidence


def test_neither_is_the_others_source_and_a_fuller_original_exists(seed):
    # 002 is cut off and localised, 000 a machine round trip that goes on past 002's end: both
    # are copies, of an original fuller than 002. Checked in both orders.
    c, a, b = seed
    reverse = compare(Document("000", b), Document("002", a))
    for v, side_002 in ((c.verdict, "a"), (reverse.verdict, "b")):
        assert v.source == "unknown" and v.common_source, v.evidence
        assert v.fuller_upstream == side_002, v.evidence
        derived = {cl.name: cl.derived for cl in v.clues}
        assert derived.get("cut_off") == side_002 and derived.get("mt_artifacts") not in (None, side_002)


def test_alignment_links_body_sentences_to_their_counterparts(seed):
    c, a, b = seed
    owner = {i: lk for lk in c.alignment.links for i in lk.a}
    fragments = {s.index for s in c.sentences_b if len(s.text.split()) <= 2}
    correct, wrong = 0, []
    for phrase, targets in ALIGNMENT.items():
        i = _sentence_at(c.sentences_a, a, phrase)
        want = {_sentence_at(c.sentences_b, b, t) for t in targets}
        got = set(owner[i].b) - fragments if i in owner else set()
        if (not want and not got) or (got and got <= want):
            correct += 1
        else:
            wrong.append((phrase, sorted(got), sorted(want)))
    assert correct / len(ALIGNMENT) >= FLOOR_ALIGNMENT, wrong


def _overlaps(f, side, start, end):
    span = getattr(f, side)
    return span is not None and span.start < end and start < span.end


def test_known_distortions_are_reported(seed):
    c, a, b = seed
    missed = []
    for side, phrase in DISTORTIONS:
        text = a if side == "a" else b
        at = text.find(phrase)
        assert at >= 0, phrase
        if not any(f.is_distortion and _overlaps(f, side, at, at + len(phrase)) for f in c.findings):
            missed.append(phrase)
    assert 1 - len(missed) / len(DISTORTIONS) >= FLOOR_DISTORTIONS, missed


def test_harmless_edits_are_not_distortions(seed):
    c, a, b = seed
    for side, phrase in HARMLESS:
        text = a if side == "a" else b
        at = text.find(phrase)
        assert at >= 0, phrase
        bad = [
            f.explanation for f in c.findings if f.is_distortion and _overlaps(f, side, at, at + len(phrase))
        ]
        assert not bad, (phrase, bad)


def test_spans_point_into_the_texts(seed):
    c, a, b = seed
    for f in c.findings:
        for side, text in (("a", a), ("b", b)):
            span = getattr(f, side)
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)


def test_tree_does_not_make_002_the_parent_of_000_and_shows_a_fuller_upstream(seed):
    # Issue 4: the family tree of the pair hangs both from a source missing from the corpus,
    # fuller than 002 (000 goes on past where 002 stops), in both orders.
    from wiretrace.provenance.pairview import PairView
    from wiretrace.provenance.tree import build_tree

    c, a, b = seed
    reverse = compare(Document("000", b), Document("002", a))
    for cmp in (c, reverse):
        tree = build_tree("seed", [cmp.a, cmp.b], [PairView.of(cmp)])
        assert tree.parent("000") is not None and tree.parent("000").parent != "002"
        upstream = [n for n in tree.nodes if n.kind == "upstream"]
        assert len(upstream) == 1 and "fuller than 002" in upstream[0].note, tree
        assert {e.child for e in tree.children(upstream[0].id)} == {"000", "002"}
        assert tree.roots == (upstream[0].id,)
