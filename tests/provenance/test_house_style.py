"""Spellings converted to a house style: the side that converted in part is the copy."""

from __future__ import annotations

import pytest

from wiretrace.pipeline import compare
from wiretrace.text.spelling import convention, family, pair_convention, us_spelling

SOURCE = (
    "Health officials opened three vaccination centers in the capital on Monday, the ministry said.\n\n"
    "The mobilization of volunteers began after aid organizations warned of long queues at the center "
    "in the north.\n\n"
    "The ministry said the program would cost $4 million and that the centers would stay open "
    "through the winter.\n\n"
    "Doctors said they realized the color of the warning posters confused some residents, and the "
    "labels will be changed next week.\n\n"
    "About 2,000 people were vaccinated on the first day, the ministry said in a statement."
)


def _house_style(a: str, b: str):
    v = compare(a, b).verdict
    return v, next((c for c in v.clues if c.name == "house_style"), None)


def test_spelling_tables_and_families():
    assert us_spelling("centres") == "centers" and us_spelling("neighbours") == "neighbors"
    assert us_spelling("tyre") == "tire"  # breame's table, beyond the regular endings
    assert family("organisation", "organization") == "ise" and family("colour", "color") == "our"
    assert family("centre", "center") == "re" and family("travelled", "traveled") == "ll"
    assert family("plough", "plow") == ""  # irregular: never counted
    assert convention("realized") == ("us", "ise") and convention("colour") == ("uk", "our")
    # Words both conventions write in a sense of their own say nothing of a text's convention.
    assert convention("judgment") == ("", "") and convention("program") == ("", "")
    assert pair_convention("centres", "centers") == ("uk", "re")
    assert pair_convention("centers", "centres") == ("us", "re")


@pytest.mark.parametrize("source_first", [True, False])
def test_a_copy_that_converted_spellings_in_part_is_named_the_copy(source_first):
    # An editor changed "centers" and "mobilization" but left "center" and "organizations".
    copy = SOURCE.replace("centers", "centres").replace("mobilization", "mobilisation")
    a, b = (SOURCE, copy) if source_first else (copy, SOURCE)
    v, clue = _house_style(a, b)
    copy_side = "b" if source_first else "a"
    assert clue is not None and clue.derived == copy_side
    assert "British" in clue.text and "centers → centres" in clue.text
    assert v.source == ("a" if source_first else "b")


def test_a_copy_converted_throughout_shows_no_direction():
    # Every listed word converted: either side may have been the original.
    copy = (SOURCE.replace("centers", "centres").replace("center", "centre")
            .replace("mobilization", "mobilisation").replace("organizations", "organisations")
            .replace("realized", "realised").replace("color", "colour"))
    v, clue = _house_style(SOURCE, copy)
    assert clue is None
    assert any(f.change == "spelling_variant" and f.severity.value == "none" for f in compare(SOURCE, copy).findings)


def test_a_word_of_a_family_the_copy_did_not_convert_is_no_residue():
    # "color" is left, but the copy converted no word of the -our family: it may have left the
    # whole family alone by style (Oxford spelling keeps -ize too), so nothing is said.
    copy = SOURCE.replace("centers", "centres").replace("center", "centre")
    _, clue = _house_style(SOURCE, copy)
    assert clue is None


def test_an_original_that_mixes_conventions_makes_no_call():
    # Both sides mix "-ise" and "-ize": no side is the consistent one.
    mixed = SOURCE.replace("organizations", "organisations")
    copy = mixed.replace("mobilization", "mobilisation").replace("organisations", "organizations")
    _, clue = _house_style(mixed, copy)
    assert clue is None


def test_names_are_not_spellings():
    # "Labor" and "Center" as parts of names stay as they are in any house style.
    a = SOURCE + "\n\nThe Labor Party and the Kennedy Center backed the plan."
    b = a.replace("centers", "centres").replace("mobilization", "mobilisation")
    _, clue = _house_style(a, b)
    assert clue is not None and "Labor" not in clue.text and "Center" not in clue.text


def test_percent_and_per_cent_are_one_word_in_two_house_styles():
    a = "Prices rose 4 percent in March, the statistics office said on Tuesday morning."
    b = "Prices rose 4 per cent in March, the statistics office said on Tuesday morning."
    (f,) = [f for f in compare(a, b).findings if f.change == "spelling_variant"]
    assert f.severity.value == "none" and f.evidence == ("percent → per cent",)
    assert b[f.b.start:f.b.end] == "per cent"
