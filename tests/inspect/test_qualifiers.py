"""Qualifiers a copy adds or drops (additions.py, omissions.py over inspect/_diff.py): what
narrows a claim is reported, what only says the same thing another way is not."""

from __future__ import annotations

from wiretrace import Document, compare

LEAD = "Dock workers at the port of Emberly walked off the job on Monday, the union said. "


def _qualifiers(a: str, b: str) -> list[str]:
    c = compare(Document("a", LEAD + a), Document("b", LEAD + b))
    return [f.change for f in c.findings if f.change.startswith("qualifier_")]


def test_an_added_adjective_is_a_qualifier():
    a = "The strike has closed the terminal to all container traffic since Monday morning."
    assert _qualifiers(a, a.replace("The strike", "The indefinite strike")) == ["qualifier_added"]


def test_an_adjective_that_splits_the_copy_s_clause_is_a_qualifier():
    # "The strike," is glued to the clause after it (under three words); "The indefinite strike,"
    # stands alone, so the copy's clause is read against the source's as one.
    a = ("The strike, called by the East Coast Dockers' Union, is the first full stoppage at the "
         "port in more than 30 years.")
    assert _qualifiers(a, a.replace("The strike,", "The indefinite strike,")) == ["qualifier_added"]


def test_an_adjective_in_a_sentence_the_round_trip_rebuilt_is_a_qualifier():
    # The bundled round trip: its clauses match the source's crosswise ("The indefinite strike" /
    # "which the ... Union called is ..."), so the one-sentence link is read whole as well.
    a = ("The strike, called by the East Coast Dockers' Union, is the first full stoppage at the "
         "port in more than 30 years.")
    b = ("The indefinite strike which the East Coast Dockers' Union called is the first complete "
         "stoppage at the port in more than 30 years.")
    assert _qualifiers(a, b) == ["qualifier_added"]
    # A word that introduces a name qualifies nothing.
    a = "Prosecutors said he set up a shell company, Desert Fresh Logistics, that billed the charity."
    b = "Prosecutors said he set up a shell company called Desert Fresh Logistics, which billed the charity."
    assert _qualifiers(a, b) == []


def test_a_connective_or_a_place_set_after_a_name_is_no_qualifier():
    # The bundled court rewrite: "Two former board members, however, testified"; METER: "a flight
    # from Gatwick to Montego Bay, Jamaica, after it was diverted".
    a = "Two former board members testified that nobody had ever shown them the invoices for the work."
    assert _qualifiers(a, a.replace("members testified", "members, however, testified")) == []
    a = "They were ordered off a flight from Gatwick to Montego Bay after it was diverted to Norfolk."
    assert _qualifiers(a, a.replace("Montego Bay after", "Montego Bay, Jamaica, after")) == []


def test_one_word_said_as_two_is_no_qualifier():
    # The bundled round trip: "the consultancy Meridian" -> "the consulting company Meridian".
    a = "Richard Fletcher, a freight analyst at the consultancy Meridian Cargo Insight, gave the figure."
    assert _qualifiers(a, a.replace("consultancy", "consulting company")) == []


def test_a_counted_noun_made_explicit_is_no_qualifier():
    # The bundled summary: "41 votes out of nearly 28,000 cast" -> "... 28,000 ballots cast".
    a = ("Lindqvist led Pike by just 41 votes out of nearly 28,000 cast in the city's mayoral race. "
         "Thousands of absentee ballots are disputed.")
    assert _qualifiers(a, a.replace("28,000 cast", "28,000 ballots cast")) == []


def test_already_and_furthermore_are_no_qualifiers():
    # A machine round trip writes "has already" for "has" and "furthermore" for "also".
    a = "The backlog of ships has grown to 40 vessels waiting outside the harbour entrance this week."
    assert _qualifiers(a, a.replace("has grown", "has already grown")) == []
    a = "Port officials said the union leader had also rejected the latest pay offer from the company."
    assert _qualifiers(a, a.replace("also", "furthermore")) == []


def test_a_title_first_name_or_place_the_source_gives_is_no_qualifier():
    # METER: "Price" / "Mrs Price", "Joseph" / "Philip Joseph", "the court" / "the Manchester court".
    a = ("Price told the jury at Manchester Crown Court that she had never seen the money before. "
         "The court heard that Joseph had kept the accounts for the family firm since 1994.")
    b = a.replace("Price told", "Mrs Price told").replace("The court heard that Joseph",
                                                        "The Manchester court heard that Philip Joseph")
    assert _qualifiers(a, b) == []
    # A place the source never names is still a claim of the copy's own.
    assert _qualifiers(a, a.replace("The court heard", "The Leeds court heard")) == ["qualifier_added"]
