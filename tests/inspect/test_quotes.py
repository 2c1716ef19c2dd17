"""Quote findings on small hand-written stories run through compare()."""

from __future__ import annotations

from wiretrace import compare

LEAD = (
    "Army struggles to fill its ranks\n\n"
    "The army has lost hundreds of soldiers this year as contracts run out and volunteers stay away, "
    "according to lawyers who advise servicemen in three regions.\n\n"
)
TAIL = (
    "\n\nRecruiting offices have been set up in shopping centres and at sports events in several cities.\n\n"
    "The defence ministry did not reply to a request for comment on Tuesday."
)


def _story(middle: str) -> str:
    return LEAD + middle + TAIL


def _quotes(a: str, b: str):
    c = compare(a, b)
    return c, [f for f in c.findings if f.kind == "quote"]


QUOTE_A = (
    '"We are seeing a huge outflow of people who want to leave the war zone," said Alexei Tabalov, '
    "a lawyer who runs a legal aid group."
)


def test_same_quote_in_other_quote_marks_and_contractions_is_not_a_finding():
    b = (
        "“We're seeing a huge outflow of people who want to leave the war zone,” said Alexei Tabalov, "
        "a lawyer who runs a legal aid group."
    )
    assert _quotes(_story(QUOTE_A), _story(b))[1] == []


def test_changed_words_inside_a_quote_are_named():
    b = (
        '"We are seeing a massive exodus of people who want to leave the war zone," said Alexei Tabalov, '
        "a lawyer who runs a legal aid group."
    )
    c, found = _quotes(_story(QUOTE_A), _story(b))
    assert [(f.change, f.severity.value) for f in found] == [("altered", "medium")]
    f = found[0]
    assert "“huge outflow” became “massive exodus”" in f.explanation
    assert c.a.text[f.a.start:f.a.end].startswith("We are seeing a huge outflow")
    assert c.b.text[f.b.start:f.b.end].startswith("We are seeing a massive exodus")
    assert len(f.evidence) == 2


def test_a_lost_negation_inside_a_quote_is_an_alteration():
    a = _story('Her boyfriend did not sign up, although he "could not stop thinking about it," she said.')
    b = _story('Her boyfriend did not sign up, although he "could stop thinking about it," she said.')
    _, found = _quotes(a, b)
    assert [f.change for f in found] == ["altered"]
    assert "“not” is gone" in found[0].explanation


def test_quote_marks_removed_from_a_persons_words():
    a = _story('The new corps offers "lucrative cash bonuses to every recruit" once deployed, they said.')
    b = _story("The new corps offers lucrative cash bonuses to every recruit once deployed, they said.")
    c, found = _quotes(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("unquoted", "medium")]
    assert c.b.text[found[0].b.start:found[0].b.end].startswith("lucrative cash bonuses")


def test_a_whole_quote_turned_into_reported_speech_is_harmless():
    # The bundled summary: Marsh's quote becomes "a local business group put the cost at
    # something like £15 million a day, a figure it said could not be independently verified".
    a = _story('"Every day of this costs the local economy something like 15 million pounds," Marsh said.')
    b = _story("Marsh said every day of this costs the local economy something like 15 million pounds.")
    _, found = _quotes(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("unquoted", "none")]
    # Nobody is said to have said it: the words are now the outlet's.
    b = _story("Every day of this costs the local economy something like 15 million pounds.")
    _, found = _quotes(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("unquoted", "medium")]


def test_dropped_quote_is_low_unless_it_carried_a_number_or_name():
    a = _story(
        "The group has seen a flood of requests from men who want to end their contracts, "
        '"and I get the impression that everyone who can is ready to run away," Tabalov said.'
    )
    b = _story("The group has seen a flood of requests from men who want to quit, Tabalov said.")
    _, found = _quotes(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("dropped", "low")]

    a2 = _story(
        "The group has seen a flood of requests from men who want to end their contracts, "
        '"and 1,500 of them wrote to us in July alone," Tabalov said.'
    )
    _, found = _quotes(a2, b)
    assert [(f.change, f.severity.value) for f in found] == [("dropped", "medium")]


def test_quote_only_in_the_copy_is_added():
    a = _story("Tabalov said many soldiers were ready to leave the army as soon as they could.")
    b = _story('Tabalov said: "Many soldiers are ready to leave the army as soon as they can."')
    _, found = _quotes(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("added", "medium")]
    assert found[0].a is None and found[0].b is not None


def test_scare_quotes_losing_their_marks_are_harmless():
    a = _story('Regional governments are forming "volunteer battalions" that appear on state television.')
    b = _story("Regional governments are forming volunteer battalions that appear on state television.")
    assert _quotes(a, b)[1] == []


def test_a_quote_in_british_spelling_is_the_same_quote():
    a = '"These are our neighbors, and their ballots should count," said Maria Lindqvist, a candidate.'
    b = '"These are our neighbours, and their ballots should count," said Maria Lindqvist, a candidate.'
    c, found = _quotes(_story(a), _story(b))
    assert found == []
    assert any(f.change == "spelling_variant" and f.severity.value == "none" for f in c.findings)
