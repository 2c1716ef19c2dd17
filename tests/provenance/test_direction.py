"""Direction: deciding from named clues, and the clues a real pair of texts gives."""

from __future__ import annotations

import pytest

from wiretrace import Document, compare
from wiretrace.model import Clue
from wiretrace.provenance.direction import confidence, decide

WIRE = (
    "Man jailed for warehouse fire\n"
    "A man who set fire to a warehouse in Leeds was today jailed for six years, a court heard.\n"
    "John Carter, 34, of Harehills, admitted arson at Leeds Crown Court today.\n"
    "The blaze caused damage worth about £2.4 million and 40 firefighters fought it for 12 hours.\n"
    "Judge Mary Hollis told Carter the fire could have killed three night workers.\n"
    "Prosecutor Alan Price said Carter had been sacked from the firm in March 2019.\n"
)
PAPER = (
    "Sacked worker jailed over blaze\n"
    "A man who set fire to a warehouse in Leeds was jailed for six years yesterday.\n"
    "John Carter, 34, admitted arson at Leeds Crown Court yesterday.\n"
    "The blaze caused damage worth £2.4 million.\n"
    "Judge Mary Hollis told Carter the fire could have killed three night workers.\n"
)


def test_weak_evidence_leaves_the_source_unknown():
    d = decide([Clue("names_contained", "b", 0.6, "x")])
    assert d.source == "unknown" and d.confidence == 0.5 and not d.common_source


def test_marks_on_both_sides_mean_a_common_source_fuller_than_the_cut_side():
    d = decide([Clue("mt_artifacts", "b", 2.0, "x"), Clue("cut_off", "a", 1.0, "y")])
    assert d.source == "unknown" and d.common_source and d.fuller_upstream == "a"


def test_comparisons_on_both_sides_are_no_common_source():
    d = decide([Clue("figures_contained", "a", 1.0, "x"), Clue("time_shift", "b", 3.0, "y")])
    assert d.source == "a" and not d.common_source and d.confidence == confidence(2.0)


def test_dates_that_contradict_the_text_are_flagged():
    d = decide([Clue("time_shift", "b", 3.0, "x"), Clue("published_later", "a", 1.0, "y")])
    assert d.dates_contradict and d.source == "a"
    assert any("contradict" in line for line in d.lines)


def test_confidence_grows_with_the_margin_and_stays_below_one():
    values = [confidence(m) for m in (1.0, 1.5, 2.0, 3.0, 4.0, 10.0)]
    assert values == sorted(values) and values[0] == pytest.approx(0.651, abs=0.001) and values[-1] == 0.97


def _in_order(x: Document, y: Document, x_first: bool):
    """``compare`` with ``x`` as side A, or as side B: a clue must not depend on the order."""
    return compare(x, y) if x_first else compare(y, x)


@pytest.mark.parametrize("wire_first", [True, False])
def test_the_wire_story_is_named_the_source_of_the_next_day_copy(wire_first):
    wire, paper = Document("wire", WIRE), Document("paper", PAPER)
    c = _in_order(wire, paper, wire_first)
    v = c.verdict
    assert v.relation.is_copy, v.evidence
    assert v.source == ("a" if wire_first else "b"), v.evidence
    names = {cl.name for cl in v.clues}
    assert {"time_shift", "figures_contained"} <= names
    copy_side = "b" if wire_first else "a"
    assert all(cl.derived == copy_side for cl in v.clues if cl.name in ("time_shift", "figures_contained"))
    assert v.direction_confidence >= 0.9


# The wire sentence is undated; the next day's paper rewrites its lead and dates it.
UNDATED_WIRE = (
    "Gamekeeper jailed for snares\n"
    "A gamekeeper who set illegal snares on an estate in Cumbria was jailed for three months.\n"
    "Peter Drummond, 52, admitted six charges of killing badgers at Carlisle Crown Court.\n"
    "Inspectors found two dead badgers and a fox in snares near the estate's pheasant pens.\n"
    "Judge Ann Moss told Drummond that the snares had caused the animals great suffering.\n"
)
DATED_PAPER = (
    "Badger snares put gamekeeper in jail\n"
    "A gamekeeper who set illegal snares on an estate in Cumbria was jailed for three months yesterday.\n"
    "Peter Drummond, 52, admitted six charges of killing badgers at Carlisle Crown Court.\n"
    "Inspectors found two dead badgers and a fox in snares near the estate's pheasant pens.\n"
    "Judge Ann Moss told Drummond that the snares had caused the animals great suffering.\n"
)


@pytest.mark.parametrize("wire_first", [True, False])
def test_a_next_day_paper_that_dates_the_wire_sentence_is_the_later_side(wire_first):
    wire, paper = Document("wire", UNDATED_WIRE), Document("paper", DATED_PAPER)
    c = _in_order(wire, paper, wire_first)
    dated = [cl for cl in c.verdict.clues if cl.name == "dated_later"]
    assert [cl.derived for cl in dated] == ["b" if wire_first else "a"], c.verdict.evidence
    assert "shared sentence" in dated[0].text


def test_yesterday_in_the_papers_own_lead_dates_the_whole_body():
    paper = (UNDATED_WIRE + "Wildlife campaigners yesterday welcomed the sentence as a warning to every "
             "landowner in the north of England.\n")
    c = compare(Document("wire", UNDATED_WIRE), Document("paper", paper))
    dated = [cl for cl in c.verdict.clues if cl.name == "dated_later"]
    assert [cl.derived for cl in dated] == ["b"] and "no relative date" in dated[0].text, c.verdict.evidence


def test_yesterday_inside_a_quote_is_the_speakers_not_the_writers():
    quoted = UNDATED_WIRE.replace("great suffering.", "great suffering, saying: \"I saw them yesterday.\"")
    c = compare(Document("wire", quoted), Document("paper", UNDATED_WIRE))
    assert not [cl for cl in c.verdict.clues if cl.name in ("dated_later", "time_shift")], c.verdict.evidence


def test_an_english_notice_says_nothing_against_a_text_in_another_language():
    # The notice patterns read English: the German side's silence only says they cannot read it.
    english = (UNDATED_WIRE + "Republished with permission from the Carlisle Courier.\n")
    german = (
        "Wildhüter wegen Schlingen verurteilt\n"
        "Ein Wildhüter, der auf einem Gut in Cumbria illegale Schlingen gelegt hatte, wurde zu drei Monaten Haft verurteilt.\n"
        "Peter Drummond, 52, gestand vor dem Crown Court in Carlisle sechs Fälle der Tötung von Dachsen.\n"
        "Inspektoren fanden zwei tote Dachse und einen Fuchs in Schlingen nahe den Fasanengehegen des Guts.\n"
        "Richterin Ann Moss sagte Drummond, die Schlingen hätten den Tieren großes Leid zugefügt.\n"
    )
    c = compare(Document("en", english, lang="en"), Document("de", german, lang="de"))
    assert c.verdict.relation.is_copy, c.verdict.evidence
    assert "republisher_notice" not in {cl.name for cl in c.verdict.clues}, c.verdict.evidence
    # The other way round the patterns can read the side that lacks the notice: it counts.
    c = compare(Document("en", UNDATED_WIRE, lang="en"),
                Document("de", german + "Republished with permission from the Carlisle Courier.\n", lang="de"))
    assert [cl.derived for cl in c.verdict.clues if cl.name == "republisher_notice"] == ["b"], c.verdict.evidence


def test_a_copy_of_a_round_trip_inherits_its_debris_and_is_not_a_sibling():
    # The round trip's artifacts recur word for word in its copy: one machine pass, inherited,
    # not two copies' own marks (which would make them "descendants of a common source").
    from pathlib import Path

    rt = (Path(__file__).resolve().parents[2] / "examples" / "corpus" / "portstrike_roundtrip.txt").read_text("utf-8")
    copy = rt.rstrip("\n") + "\n\nRepublished with permission from the Harbour Times.\n"
    c = compare(Document("rt", rt), Document("copy", copy))
    assert not c.verdict.common_source, c.verdict.evidence
    assert c.verdict.source == "a", c.verdict.evidence


# A partial copy: two passages of the club story, carried word for word inside a story about
# another club, whose own cast and figures are not the shared story's.
CLUB = (
    "Jarrford Miners sack their coach\n\n"
    "Jarrford Miners dismissed Marorgia Nikristou on Thursday after eight league games without a win.\n\n"
    "The club said it would pay Nikristou the rest of her contract, worth more than 3.9 million euros.\n\n"
    "Nikristou had been in charge for five years and guided the club to promotion in 2016.\n\n"
    "The Westmark Park, the club's home since 1996, holds fewer than 25,000 people.\n\n"
    "Minsuke Yamasaki, who chairs the supporters' trust, said the club had moved too slowly.\n\n"
    "Jarrford, home to about 217,600 people, last made headlines in 2016.\n"
)
OTHER_CLUB = (
    "Linddale Mariners unveil stadium plan\n\n"
    "Linddale Mariners presented plans on Thursday for a 36,000-seat stadium costing 513.1 million"
    " pounds.\n\n"
    "Lohelm Rosenwald, a pundit, said Linddale Mariners could draw 43,150 fans by 2025.\n\n"
    "Rosenwald said ticket costs at Linddale Mariners had risen by 27 percent since 2021.\n\n"
    "Jarrford Miners dismissed Marorgia Nikristou on Thursday after eight league games without a win.\n\n"
    "The club said it would pay Nikristou the rest of her contract, worth more than 3.9 million euros.\n\n"
    "Rosenwald expects Linddale Mariners to finish in the top 4 of 18 clubs, 9 points clear.\n\n"
    "The Langwick Park, home of Linddale Mariners since 2009, holds 31,200 people.\n"
)


@pytest.mark.parametrize("club_first", [True, False])
def test_another_storys_figures_do_not_make_the_partial_copy_the_fuller_text(club_first):
    club, other = Document("club", CLUB), Document("other", OTHER_CLUB)
    c = _in_order(club, other, club_first)
    source_side = "a" if club_first else "b"
    wrong = [cl for cl in c.verdict.clues if cl.name in ("figures_contained", "names_contained")
             and cl.derived == source_side]
    assert not wrong, c.verdict.evidence


def test_a_banner_saying_machine_translated_says_nothing_against_a_copy_of_the_same_wording():
    # A page that copied the round trip's text and dropped its banner has the machine's wording
    # too: the translation happened before both, so the banner does not name the bannered page
    # the copy. Against the original English, reworded throughout, it still counts.
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    rt = (corpus / "portstrike_roundtrip.txt").read_text("utf-8")
    unbannered = rt.split("\n\n", 1)[1]
    names = lambda c: {x.name for x in c.verdict.clues}  # noqa: E731
    copied = names(compare(Document("rt", rt), Document("copy", unbannered)))
    assert "declared_mt" not in copied and "republisher_notice" not in copied
    original = (corpus / "portstrike_original.txt").read_text("utf-8")
    assert "declared_mt" in names(compare(Document("o", original), Document("rt", rt)))
