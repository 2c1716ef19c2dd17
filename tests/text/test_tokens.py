"""Word tokens: kept per sentence and shifted to where the sentence sits in its document."""

from __future__ import annotations

from wiretrace.text import tokenize


def test_tokens_shift_by_the_sentence_offset():
    text = "Officials didn't confirm 12 deaths."
    plain, shifted = tokenize(text), tokenize(text, offset=100)
    assert [t.low for t in plain] == [t.low for t in shifted] == ["officials", "did", "not", "confirm", "12",
                                                                  "deaths"]
    assert [(t.start + 100, t.end + 100) for t in plain] == [(t.start, t.end) for t in shifted]
    assert text[plain[1].start:plain[1].end] == "did"


def test_a_caller_changing_its_list_does_not_change_the_next_callers():
    first = tokenize("The mayor resigned on Friday.")
    first.clear()
    assert len(tokenize("The mayor resigned on Friday.")) == 5
