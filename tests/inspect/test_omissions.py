"""The omission family: a clause cut to a scrap is reported, one split across two sentences is not."""

from __future__ import annotations

from wiretrace import Document, compare

LEAD = "Floodwaters cut off mountain towns in southern West Virginia on Monday, officials said. "


def _cuts(a: str, b: str) -> list[str]:
    c = compare(Document("a", LEAD + a), Document("b", LEAD + b))
    return [f.change for f in c.findings if f.change == "clause_cut"]


A = ("Relief efforts were slowed by landslides that closed two of the three state highways into the valley. "
     "A convoy of 14 trucks carrying bottled water, generators and cleaning supplies sat for most of "
     "Tuesday at a roadblock near Ashby Gap before a single lane was cleared.")


def test_a_sentence_split_by_a_rewrite_is_not_cut():
    # The bundled flood rewrite.
    b = ("Getting help into the valley has been slow. Landslides have shut two of the three state highways "
         "leading in, and a 14-truck convoy loaded with bottled water, generators and cleaning supplies was "
         "held at a roadblock near Ashby Gap for most of Tuesday until crews cleared one lane.")
    assert _cuts(A, b) == []


def test_a_clause_cut_to_a_scrap_is_reported():
    b = ("Getting help into the valley has been slow. A 14-truck convoy loaded with bottled water, "
         "generators and cleaning supplies was held at a roadblock near Ashby Gap for most of Tuesday "
         "until crews cleared one lane.")
    assert _cuts(A, b) == ["clause_cut"]
