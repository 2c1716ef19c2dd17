"""Attribution findings on small hand-written stories run through compare()."""

from __future__ import annotations

from wiretrace import compare
from wiretrace.inspect.attribution import mentioned, same_speaker

LEAD = (
    "Dam failure floods river valley\n\n"
    "Floodwater forced about 2,000 people from their homes in the Rio Claro valley on Monday after "
    "heavy rain overwhelmed the old dam above the town.\n\n"
)
TAIL = (
    "\n\nRescue teams in boats worked through the night to reach families stranded on rooftops.\n\n"
    "Schools across the district will stay closed until Friday while engineers inspect the bridges."
)


def _story(middle: str) -> str:
    return LEAD + middle + TAIL


def _attribution(a: str, b: str):
    c = compare(a, b)
    return c, [f for f in c.findings if f.kind == "attribution"]


def test_dropped_according_to_is_reported_with_its_span_and_speaker():
    a = _story("According to Mayor Ana Costa, the dam had not been inspected since repairs in 2019.")
    b = _story("The dam had not been inspected since repairs in 2019.")
    c, found = _attribution(a, b)
    assert [f.change for f in found] == ["dropped"]
    f = found[0]
    assert f.severity.value == "medium"
    assert c.a.text[f.a.start:f.a.end] == "According to Mayor Ana Costa"
    assert "Ana Costa" in f.evidence[0]
    assert "claim reads as fact" in f.explanation
    assert c.b.text[f.b.start:f.b.end].startswith("The dam had not been inspected")


def test_speaker_kept_in_other_words_is_not_a_finding():
    a = _story("According to Mayor Ana Costa, the dam had not been inspected since repairs in 2019.")
    b = _story("The dam had not been checked since it was repaired in 2019, Mayor Ana Costa said.")
    assert _attribution(a, b)[1] == []


def test_respelled_speaker_is_left_to_the_name_family():
    a = _story("The dam had not been inspected since repairs in 2019, said Alexei Tabalov, an engineer.")
    b = _story("The dam had not been inspected since repairs in 2019, said Alexei Tabarov, an engineer.")
    assert _attribution(a, b)[1] == []


def test_a_speaker_respelled_by_a_round_trip_through_japanese_is_left_to_the_name_family():
    # Lloyd comes back from Japanese as "Roid" (l and r one sound, the doubled l single, y a
    # vowel): Jaro-Winkler puts them 0.63 apart, yet it is the same man, respelled, and the
    # "he said" after him still means him.
    a = _story("The dam had not been inspected since repairs in 2019, Lloyd said. "
               "\"The door is open,\" he said.")
    b = _story("The dam had not been inspected since repairs in 2019, Roid said. "
               "\"The door is open,\" he said.")
    c, found = _attribution(a, b)
    assert found == []
    assert [(f.change, c.b.text[f.b.start:f.b.end]) for f in c.findings if f.kind == "name"] == [("respelled", "Roid")]
    assert same_speaker("Gareth Lloyd", "Roid") and not same_speaker("Lloyd", "Ross")


def test_claim_given_to_another_person_is_a_changed_source():
    a = _story("According to Mayor Ana Costa, the dam had not been inspected since repairs in 2019.")
    b = _story("According to engineer Paulo Mendes, the dam had not been inspected since repairs in 2019.")
    c, found = _attribution(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("changed", "high")]
    assert found[0].evidence[0] == "Mayor Ana Costa" and "Paulo Mendes" in found[0].evidence[1]
    assert c.b.text[found[0].b.start:found[0].b.end].startswith("According to")


def test_dropped_speaker_after_another_persons_sentences_is_reassigned():
    a = (
        LEAD
        + "Governor Luis Ferreira visited the shelters on Tuesday. Ferreira promised new money for "
        "the valley and thanked the volunteers.\n\n"
        "According to Costa, the dam had not been inspected since repairs in 2019." + TAIL
    )
    b = (
        LEAD
        + "Governor Luis Ferreira visited the shelters on Tuesday. Ferreira promised new money for "
        "the valley and thanked the volunteers. The dam had not been inspected since repairs in 2019."
        + TAIL
    )
    c, found = _attribution(a, b)
    assert [(f.change, f.severity.value) for f in found] == [("reassigned", "high")]
    assert "Ferreira's claim" in found[0].explanation
    assert c.a.text[found[0].a.start:found[0].a.end] == "According to Costa"


def test_pronoun_that_now_points_to_someone_else_is_reassigned():
    a = _story(
        "Mayor Ana Costa said the dam was built in 1961 and had cracked twice. "
        "She added that repairs planned for last year were never carried out."
    )
    b = _story(
        "Mayor Ana Costa said the dam was built in 1961 and had cracked twice. "
        "Maria Lopes, the regional governor, toured the shelters on Tuesday afternoon. "
        "She added that repairs planned for last year were never carried out."
    )
    _, found = _attribution(a, b)
    assert [f.change for f in found] == ["reassigned"]
    assert found[0].evidence == ("Mayor Ana Costa", "Maria Lopes")
    assert "Lopes's" in found[0].explanation


def test_pronoun_speakers_are_never_reported_as_dropped():
    a = _story("Costa toured the valley. She said the dam had not been inspected since repairs in 2019.")
    b = _story("Costa toured the valley. The dam had not been inspected since repairs in 2019.")
    assert _attribution(a, b)[1] == []


def test_institution_dropped():
    a = _story("The driver of the first car was drunk, police said.")
    b = _story("The driver of the first car was drunk.")
    _, found = _attribution(a, b)
    assert [f.change for f in found] == ["dropped"]
    assert found[0].evidence == ("police",)


def test_claim_dropped_with_its_speaker_is_an_omission_not_an_attribution():
    a = _story(
        "Although the ministry denies that any \"emergency measures\" are in force, soldiers "
        "guarded the bridges all week."
    )
    b = _story("Soldiers guarded the bridges all week.")
    assert _attribution(a, b)[1] == []


def test_name_matching_helpers():
    assert same_speaker("Alexei Tabalov", "Attorney Alexei Tabarov")
    assert same_speaker("Osechkin", "Vladimir Osekkin")
    assert not same_speaker("Osechkin", "Prigogine")
    assert not same_speaker("Vladimir Putin", "Vladimir Osechkin")
    assert same_speaker("the IMF", "the International Monetary Fund")
    assert mentioned("Vladimir Osechkin", "По словам Осечкина, заключённым предлагали", same_language=False)
    assert not mentioned("Vladimir Osechkin", "Заключённым предлагали поехать", same_language=False)
    # German transliterates consonants its own way: the speaker is still there.
    assert mentioned("Tokayev", "merkte Toqajew an", same_language=False)
    assert mentioned("Zelensky", "sagte Selenskyj am Montag", same_language=False)
    assert not mentioned("Tokayev", "merkte Toqajew an")  # within one language a respelling is a change


EN = ("Rail strike halts trains\n\n"
      "Thousands of passengers were stranded on Monday as a strike stopped most trains in the north.\n\n"
      "{speaker} the walkout could last until Friday unless the talks resume.\n\n"
      "Commuters queued for buses outside the main station for most of the morning.")
DE = ("Bahnstreik legt Züge lahm\n\n"
      "Tausende Fahrgäste saßen am Montag fest, als ein Streik die meisten Züge im Norden stoppte.\n\n"
      "{speaker} der Ausstand könne bis Freitag dauern, wenn die Gespräche nicht wieder aufgenommen würden.\n\n"
      "Pendler standen den größten Teil des Vormittags vor dem Hauptbahnhof an Bussen an.")


def test_across_languages_only_a_person_s_name_that_is_gone_makes_a_dropped_speaker():
    cases = [("Investigators say", "Ermittler sagen,"),  # a common noun, capitalised as it opens the sentence
             ("Tomas Brandt said", "Die Gewerkschaft sagte,"),  # a person: gone
             ("Tokayev said", "Toqajew sagte,"),  # the same person, transliterated
             ("In a statement the Left said", "In einer Erklärung sagte die Linke,")]  # a body, translated
    found = [[f.change for f in _attribution(EN.format(speaker=x), DE.format(speaker=y))[1]] for x, y in cases]
    assert found == [[], ["dropped"], [], []]
