"""The names family: respellings between linked sentences, and one name spelled two ways."""

from __future__ import annotations

from wiretrace import Document, compare
from wiretrace.inspect._speakers import sounds_alike
from wiretrace.inspect.names import abbreviated, same_initial

TEXT = ("Yuri {n}, the mayor of Calvport, said on Saturday that the council would vote on the budget "
        "next week. The council has 34 seats, and the governing coalition holds a majority of three.")


def _names(a: str, b: str) -> list[tuple[str, str]]:
    c = compare(Document("a", TEXT.format(n=a)), Document("b", TEXT.format(n=b)))
    return [(f.change, c.b.text[f.b.start:f.b.end]) for f in c.findings if f.kind == "name"]


def test_a_round_trip_s_l_for_r_at_the_start_of_a_name_is_a_respelling():
    # Machine round trips through Japanese confuse l and r anywhere in a name.
    assert _names("Leskuk", "Reskuk") == [("respelled", "Reskuk")]
    assert same_initial("Rasim", "Lasim") and same_initial("Tabarov", "Tabalov")


def test_a_name_a_round_trip_reads_as_one_sound_is_a_respelling():
    # Lloyd -> ロイド -> "Roid": too far apart for Jaro-Winkler (0.63), one sound once l and r
    # are one, doubled letters single and y a vowel.
    assert _names("Lloyd", "Roid") == [("respelled", "Roid")]
    assert sounds_alike("Lloyd", "Roid") and sounds_alike("Harry", "Hally")
    assert not sounds_alike("Lee", "Ree")  # too short to tell a name from its sound
    assert not sounds_alike("Riley", "Lily") and not sounds_alike("Lloyd", "Lloyd")
    assert _names("Lloyd", "Boyd") == []


def test_an_abbreviation_or_a_name_kept_in_lower_case_is_no_respelling():
    # METER: "Buckinghamshire" / "Bucks", "Det Insp" / "Detective Inspector"; "Bristol Crown Court"
    # / "Bristol crown court" with a "Curzon" beside it.
    assert abbreviated("Bucks", "Buckinghamshire") and abbreviated("Det", "Detective")
    assert not abbreviated("Kovalenko", "Kovalenkov") and not abbreviated("Clark", "Clarke")
    a = Document("a", "A man from Lancashire was jailed at Bristol Crown Court on Monday for fraud, "
                 "and Det Insp Ray Hill said the case had taken two years.")
    b = Document("b", "A man from Lancs was jailed at Bristol crown court on Monday, where Curzon was "
                 "tried for fraud, and Detective Inspector Ray Hill said the case had taken two years.")
    c = compare(a, b)
    assert [f for f in c.findings if f.kind == "name"] == []


def test_names_starting_with_other_letters_are_other_names():
    assert _names("Leskuk", "Meskuk") == []
    assert not same_initial("Carsen", "Larsen")


def test_a_vowel_added_to_a_name_in_the_same_place_is_a_respelling():
    # Clark / Clarke are two surnames; a round trip through Japanese adds such vowels too.
    assert _names("Qashid", "Qashide") == [("respelled", "Qashide")]


def test_a_vowel_added_to_a_name_throughout_a_reworded_text_is_a_respelling():
    # A round trip moves the words around the name, so it never stands between the same words;
    # but each text writes only its own spelling.
    a = Document("a", "Yuri Skogstad, the mayor of Calvport, said on Saturday that the council would vote "
                 "on the budget next week. Skogstad has led the council for six years.")
    b = Document("b", "On Saturday the mayor of Calvport, Yuri Skogstade said the council would vote on "
                 "the budget next week. Skogstade had led the council during six years.")
    c = compare(a, b)
    assert {(f.change, b.text[f.b.start:f.b.end]) for f in c.findings if f.kind == "name"} == {
        ("respelled", "Skogstade")}


def test_two_places_three_letters_apart_are_not_one_name_spelled_two_ways():
    # METER: "Teesside" and "Teesville" (Jaro-Winkler 0.88) are two places; a round trip changes a
    # letter or two ("Tabarov" then "Tabalov" in one text).
    text = ("The man, from Teesville, was arrested in {x} on Monday after a chase through the town. "
            "Police in Teesside said the car had been stolen from a garage. {y} denied the charge.")
    a = Document("a", text.format(x="Middlesbrough", y="Tabarov"))
    b = Document("b", text.format(x="Middlesbrough", y="Tabarov").replace(", from Teesville,", ""))
    assert [f for f in compare(a, b).findings if f.kind == "name"] == []
    b = Document("b", b.text + " Tabalov will appear in court again in May.")
    assert [f.change for f in compare(a, b).findings if f.kind == "name"] == ["inconsistent"]


def test_a_country_and_its_adjective_are_one_stem_not_a_respelling():
    c = compare(Document("a", "The Qatar team arrived on Monday for the final. They trained in Doha."),
                Document("b", "The Qatari team arrived on Monday for the final. They trained in Doha."))
    assert [f for f in c.findings if f.kind == "name"] == []


def test_a_county_and_its_town_or_a_heading_in_capitals_are_not_one_name_spelled_two_ways():
    # METER: Press Association copy and a newspaper's, both about a Cheshire court case.
    a = ("COURTS\n\nA man from Cheshire appeared at Chester Crown Court on Monday, the court heard. "
         "The Courts Service said the Curtis case would resume on Friday in Chester.")
    b = ("A man from Cheshire appeared at Chester Crown Court on Monday. "
         "The case of Mr Curtis would resume on Friday in Chester, the Courts Service said.")
    c = compare(Document("a", a), Document("b", b))
    assert [f.explanation for f in c.findings if f.change == "inconsistent"] == []
    # One name spelled two ways still is.
    c = compare(Document("a", a.replace("Curtis case", "Ormskirk case") + " Police in Orsmkirk agreed."),
                Document("b", b.replace("Mr Curtis", "Ormskirk")))
    assert [f.change for f in c.findings if f.change == "inconsistent"] == ["inconsistent"]


def test_a_title_is_not_a_second_spelling_of_a_name():
    # METER (pinochet603_mail): "Commander in Chief" and "Chile" were one name spelled two ways.
    from wiretrace import Document, compare

    a = ("The remaining charges said that as Commander in Chief of the army he had inflicted severe pain "
         "on prisoners. Britain had to comply with the law on torture signed by itself, Spain and Chile "
         "in 1984, Mr Jones said.")
    b = a.replace("Commander in Chief of the army", "head of the army")
    c = compare(Document("a", b), Document("b", a))
    assert [f.change for f in c.findings if f.change == "inconsistent"] == []


def test_parts_of_two_people_s_names_are_not_one_name_spelled_two_ways():
    # METER: "Owen Davies" for the defence and "Judge David Mellor"; a round trip's
    # "Peter Tabalov ... Peter Tabarov" is still one name spelled two ways.
    def inconsistent(a: str, b: str) -> list[str]:
        return [f.explanation for f in compare(Document("a", a), Document("b", b)).findings
                if f.change == "inconsistent"]

    a = ("Under cross-examination by Owen Davies, for the defence, she admitted the programme had been hit. "
         "Earlier Judge David Mellor warned the jury not to let politics sway them. The trial continues.")
    b = ("Under cross-examination by Owen Davies, for the defence, she admitted the programme had been hit. "
         "Earlier the judge warned the jury not to let politics sway them. The trial continues.")
    assert inconsistent(a, b) == []
    a = "Peter Tabalov, the union leader, said the strike would go on. Tabalov said talks had failed."
    b = "Peter Tabalov, the union leader, said the strike would go on. Peter Tabarov said talks had failed."
    assert len(inconsistent(a, b)) == 1
