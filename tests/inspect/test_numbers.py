"""The numbers family: figures paired across a linked passage, and their hedges."""

from __future__ import annotations

from wiretrace import Document, compare

BODY = ("The club said the stadium would be privately financed and ready by 2021. "
        "Kenddale Athletic are currently fourth in the league, five points off the top.")


def _numbers(a: str, b: str) -> list[tuple[str, str]]:
    c = compare(Document("a", a), Document("b", b))
    return [(f.change, c.b.text[f.b.start:f.b.end] if f.b else "") for f in c.findings if f.kind == "number"]


def test_a_headline_repeating_the_lead_s_figure_does_not_hide_the_lead_s_dropped_hedge():
    # The rewritten headline links with the lead as one passage; the original headline's bare
    # "£360.4 million" must not be paired with the copy's lead and leave "roughly" unread.
    a = ("Kenddale Athletic unveil £360.4 million plan for new stadium\n\n"
         "Kenddale Athletic unveiled plans on Wednesday for a 31,000-seat stadium on the edge of Kenddale "
         "that would cost roughly £360.4 million. " + BODY)
    b = ("What the stadium plan means for Kenddale Athletic and its supporters\n\n"
         "Kenddale Athletic unveiled plans on Wednesday for a 31,000-seat stadium on the edge of Kenddale "
         "that would cost £360.4 million. " + BODY)
    assert ("hedge_removed", "£360.4 million") in _numbers(a, b)


def test_a_figure_kept_with_its_hedge_is_no_finding():
    a = "Officials said about 40 people were hurt in the blast on Monday. " + BODY
    assert _numbers(a, a.replace("Monday", "Tuesday")) == []


def test_over_a_span_of_time_is_a_preposition_not_a_hedge():
    # The bundled round trip: "over eight days" -> "during eight days".
    a = "The walkout could hold up as many as 120,000 containers over eight days. " + BODY
    b = "The walkout could delay as many as 120,000 containers during eight days. " + BODY
    assert _numbers(a, b) == []
    a = "It was the first full stoppage at the port in over 30 years. " + BODY
    assert _numbers(a, a.replace("in over 30", "in 30")) == [("hedge_removed", "30")]


def test_a_year_is_not_a_count_and_a_date_is_two_figures():
    # METER: "jailed in 1995" against the copy's age "25"; "May 27 1999" read as 27,199.
    a = "The man, who was jailed in 1995, was freed on Monday. " + BODY
    b = "The man, 25, who was jailed, was freed on Monday. " + BODY
    assert ("value_changed", "25") not in _numbers(a, b)
    a = "The hearing was adjourned until May 27 1999, the court heard. " + BODY
    b = "The hearing was adjourned until May 27, the court heard. " + BODY
    assert [c for c, _ in _numbers(a, b)] == ["dropped"]


def test_a_changed_figure_counts_the_same_thing():
    # A real change keeps what is counted ("12 people" / "15 people"); METER's linked sentences
    # hold figures of their own ("denied assaulting both women on December 14" / "was told that
    # his trial will start on March 27"): one figure dropped and one added, not one changed.
    a = "The fire killed 12 people in the old town on Monday, officials said. " + BODY
    assert ("value_changed", "15") in _numbers(a, a.replace("12 people", "15 people"))
    a = "At the hearing he denied assaulting both women on December 14, the court heard. " + BODY
    b = "At the hearing he was told that his trial will start on March 27, the court heard. " + BODY
    assert [c for c, _ in _numbers(a, b)] == ["dropped", "added"]


def test_a_conversion_after_an_amount_in_currency_words_is_a_localisation():
    a = "The firm lost 40 million euros last year, its chief executive said on Monday."
    b = "The firm lost 40 million euros (£34 million) last year, its chief executive said on Monday."
    found = compare(Document("a", a), Document("b", b)).findings
    assert [(f.kind, f.change) for f in found] == [("harmless", "localisation")]


def test_a_figure_cut_with_its_clause_is_reported_once():
    # The bundled election summary: "… during the recount by a bipartisan team of two reviewers"
    # → "… would re-examine every disputed ballot": one cut clause, not a cut and a figure.
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    a, b = (corpus / "election_original.txt").read_text("utf-8"), (corpus / "election_summary.txt").read_text("utf-8")
    found = compare(Document("a", a), Document("b", b)).findings
    at = a.index("two reviewers")
    covering = [f for f in found if f.a and f.a.start <= at < f.a.end]
    assert [(f.kind, f.change) for f in covering] == [("omission", "clause_cut")]


def test_a_figure_converted_to_other_units_is_no_change():
    # A translator or a republisher converting units writes other numbers for the same claim.
    a = ("The bear is thought to weigh between 375 and 400 pounds, wildlife officials said on Monday. "
         "Searchers moved to around 10 miles downstream of the bridge. " + BODY)
    b = ("The bear is thought to weigh between 170 and 180 kilograms, wildlife officials said on Monday. "
         "Searchers moved to around 16 km downstream of the bridge. " + BODY)
    assert _numbers(a, b) == []
    c = compare(Document("a", a), Document("b", b))
    converted = sorted(c.b.text[f.b.start:f.b.end] for f in c.findings if f.change == "unit_conversion")
    assert converted == ["170", "180", "around 16"]
    assert all(f.kind == "harmless" and not f.is_distortion for f in c.findings if f.change == "unit_conversion")
    assert _numbers("Gusts reached 70 mph on the coast. " + BODY, "Gusts reached 113 km/h on the coast. " + BODY) == []
    # A conversion that is wrong is a changed figure.
    assert ("value_changed", "250") in _numbers(a, b.replace("and 180 kilograms", "and 250 kilograms"))


def test_german_scale_words_in_compounds_and_abbreviations_keep_the_value():
    from wiretrace.inspect.context import Clause
    from wiretrace.inspect.numbers import figures

    for text, value in (("die 126,5-Millionen-Dollar-Hypothek", 126.5e6), ("auf 540 Mio. $ geschätzt", 540e6),
                        ("die 44-Millionen-Pfund-Verpflichtung", 44e6), ("2 Mrd. Euro", 2e9)):
        (fig,) = figures(Clause(0, len(text), text, (), frozenset(), 0), text, "de")
        assert fig.value == value, text


def test_hedges_written_as_idioms_are_hedges():
    a = "There were just shy of 7,000 applicants, and cuts lasted as long as 18 hours. " + BODY
    assert _numbers(a, a.replace("just shy of 7,000", "nearly 7,000").replace("as long as 18", "up to 18")) == []
    assert ("hedge_removed", "7,000") in _numbers(a, a.replace("just shy of 7,000", "7,000"))


def test_german_number_words_above_twelve_are_figures():
    from wiretrace.inspect.context import Clause
    from wiretrace.inspect.numbers import figures

    def read(text: str, lang: str = "de") -> list[tuple[float, str]]:
        return [(f.value, f.hedge) for f in figures(Clause(0, len(text), text, (), frozenset(), 0), text, lang)]

    assert read("ein Stadion für über sechstausend Menschen") == [(6000.0, "at least")]
    assert read("einundzwanzig Tage und zwei Millionen Euro") == [(21.0, ""), (2e6, "")]
    # Small counts, articles and words built on number words are not figures.
    assert read("die Kritik an zwei Kampagnen und ein Zehntausender") == []
    assert read("sechstausend", "en") == []
    # An ordinal is its number; a small share is a figure ("zehn Prozent" is no count).
    assert read("an einem sechzehnten Tag") == [(16.0, "")]
    assert read("fast zehn Prozent der Stadt") == [(10.0, "at most")]
    # "über" after a contract names its amount ("a loan deal for 5 million"); elsewhere it is "over".
    assert read("ein Leihgeschäft über 5 Millionen Pfund") == [(5e6, "")]
    assert read("Die Zahl stieg auf über 20.000") == [(20000.0, "at least")]


def test_a_time_of_day_is_one_figure_whichever_clock_writes_it():
    from wiretrace.inspect.context import Clause
    from wiretrace.inspect.numbers import TIME, figures

    def read(text: str, lang: str) -> list[tuple[float, str, str]]:
        return [(f.value, f.currency, f.hedge) for f in figures(Clause(0, len(text), text, (), frozenset(), 0), text, lang)]

    half_past_one = (13 * 60 + 30.0, TIME, "approximate")
    assert read("on Friday around 1.30pm.", "en") == read("am Freitag gegen 13:30 Uhr", "de") == [half_past_one]
    assert read("um 13.30 Uhr", "de") == read("at 1:30 p.m.", "en") == [(810.0, TIME, "")]
    assert read("die 10 am häufigsten genannten", "de") == [(10.0, "", "")]  # German "am" is a word
    a = "The woman was taken to hospital on Friday at 1.30pm, police said. " + BODY
    assert _numbers(a, a.replace("1.30pm", "1:30 p.m.")) == []
    assert ("value_changed", "3.30pm") in _numbers(a, a.replace("1.30pm", "3.30pm"))
