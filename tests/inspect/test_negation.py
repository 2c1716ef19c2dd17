"""The negation family: a clause whose polarity differs between source and copy."""

from __future__ import annotations

from wiretrace import Document, compare

LEAD = "Floodwaters cut off 12 mountain towns in West Virginia on Wednesday, state officials said. "


def _flips(a: str, b: str) -> list[str]:
    c = compare(Document("a", LEAD + a), Document("b", LEAD + b))
    return [f.explanation for f in c.findings if f.kind == "negation"]


def test_a_rewrite_joining_two_sentences_does_not_borrow_the_other_clause_s_negation():
    # "no sign it had been damaged" is the first sentence's statement, not the second's.
    # (the bundled example's flood story, examples/corpus/flood_original.txt and flood_rewrite.txt)
    a = ("Officials said there was no sign that the Ridgeway Dam, an earthen dam about 20 miles upstream, had "
         "been damaged, and they dismissed rumors on social media that it had failed. Engineers were "
         "inspecting the structure as a precaution.")
    b = ("Officials also moved to quash rumors on social media that the Ridgeway Dam, an earthen dam about 20 "
         "miles upstream, had failed. They said there was no sign it had been damaged, though engineers were "
         "inspecting it as a precaution.")
    assert _flips(a, b) == []


def test_a_dropped_negation_is_still_a_flip():
    a = "Engineers said the Ridgeway Dam had not been damaged by the flood and would stay open."
    b = "Engineers said the Ridgeway Dam had been damaged by the flood and would stay open."
    assert len(_flips(a, b)) == 1


def test_a_dropped_condition_does_not_lend_its_negation_to_the_sentence_before():
    # The round trip cut "only if ... without losing customers" from the second sentence; the
    # left-over clause belongs to that sentence's statement (matched across), not to the first.
    a = ("Calder Networks did not say how many of the job reductions would be compulsory.\n\n"
         "Kaiho Komoto said the stock would recover only if Calder Networks proved it could cut prices "
         "without losing customers.")
    b = ("Calder Networks did not say how many of job cuts will be compulsory.\n\n"
         "Kaiho Kommoto expressed shares shall recover merely.")
    assert _flips(a, b) == _flips(b, a) == []
