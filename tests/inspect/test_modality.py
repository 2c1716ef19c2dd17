"""The modality family: a condition, estimate or caveat in the source that the copy drops."""

from __future__ import annotations

from wiretrace import Document, compare

LEAD = "Dock workers at the port of Emberly walked off the job on Monday, the union said. "


def _modality(a: str, b: str) -> list[str]:
    c = compare(Document("a", LEAD + a), Document("b", LEAD + b))
    return [f.change for f in c.findings if f.kind == "modality"]


def test_expected_and_anticipated_are_one_estimate():
    assert _modality("A reply from the company is expected by Friday.",
                     "A response from the company is anticipated by Friday.") == []
    # The seed pair: "expected a visit" / "were expecting a visit".
    assert _modality("Prisoners in the penal colony expected a visit from an official.",
                     "The prisoners at the penal colony were expecting a visit from officials.") == []
    assert _modality("A reply from the company is expected by Friday.",
                     "A reply from the company will come on Friday.") == ["estimate_to_fact"]


def test_to_clear_if_is_a_condition_not_whether():
    a = "A pile-up of container ships could take weeks to clear if no deal is reached by March 16."
    assert _modality(a, a.replace("deal", "agreement")) == []
    assert "condition_dropped" in _modality(a, "A pile-up of container ships could take weeks to clear.")


def test_not_immediately_obvious_is_the_same_caveat():
    a = "It was not immediately clear whether the port authority would respond before Tuesday."
    assert _modality(a, a.replace("clear", "obvious")) == []
    assert _modality(a, "The port authority will respond before Tuesday.") == ["caveat_dropped"]


def test_seeking_a_pay_rise_is_no_attempt():
    # The bundled round trip: "is seeking nearly 11 percent" -> "is requesting 11 percent".
    assert _modality("The union is seeking a pay rise of 11 percent over two years.",
                     "The union is requesting a pay rise of 11 percent over two years.") == []
    assert _modality("The union is seeking to win a pay rise of 11 percent over two years.",
                     "The union is winning a pay rise of 11 percent over two years.") == ["attempt_to_fact"]


def test_an_estimate_kept_as_a_caveat_is_still_hedged():
    # The bundled summary: "she acknowledged that the figure was a rough estimate" -> "a figure
    # it said could not be independently verified".
    a = "The chamber put the cost at £15 million a day, although it acknowledged the figure was a rough estimate."
    b = "The chamber put the cost at £15 million a day, a figure it said could not be independently verified."
    assert _modality(a, b) == []
    a = "The chamber estimated the cost at £15 million a day for the port and its hauliers."
    b = "The chamber put the cost at £15 million a day for the port and its hauliers"
    assert _modality(a, b + ".") == ["estimate_to_fact"]
    assert _modality(a, b + ", a figure that could not be independently verified.") == []


def test_a_condition_goes_with_its_claim():
    # The bundled partial copy: its own sentence about European guidance is loosely linked to the
    # source's "fined up to 4 percent ... if they are found ..."; the claim is not in the copy at
    # all, so its condition was not turned into fact.
    a = ("Under European rules, companies can be fined up to 4 percent of global annual revenue "
         "if they are found to have failed to protect personal data.")
    b = ("A draft guidance note circulated among European data protection authorities last month "
         "would treat a vendor's weak login controls as the responsibility of the company that hired it.")
    assert "condition_dropped" not in _modality(a, b)
    kept = "Under European rules, companies can be fined up to 4 percent of global annual revenue."
    assert "condition_dropped" in _modality(a, kept)


def test_should_is_a_condition_only_where_it_opens_the_sentence():
    # METER: "the judge ordered that Brushett - who denied all the charges - should be found not
    # guilty of four other charges": the aside leaves "should" opening a clause, as a modal verb.
    a = ("Earlier in the hearing, the judge ordered that Brushett - who denied all the charges - "
         "should be found not guilty of four other charges.")
    b = "Earlier in the hearing, the judge ordered that Brushett should be found not guilty of four other charges."
    assert _modality(a, b) == []
    a = "Should the talks fail, the union will strike again next week, its leader said on Friday."
    assert "condition_dropped" in _modality(a, "The union will strike again next week, its leader said on Friday.")


def test_a_range_of_figures_is_still_an_estimate():
    # METER: "an estimated 100,000-200,000 documents" / "between 100,000 and 200,000 documents".
    a = "Police searched his home and discovered an estimated 100,000-200,000 documents, the court heard."
    b = "Police searched his home and discovered between 100,000 and 200,000 documents, the court heard."
    assert _modality(a, b) == []
    assert _modality(a, a.replace("an estimated 100,000-200,000", "150,000")) == ["estimate_to_fact"]
