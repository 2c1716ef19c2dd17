"""Machine-translation artifacts: debris in either document, and silence on clean news text."""

from __future__ import annotations

from wiretrace import compare

CLEAN = (
    "Storm closes ports along the coast\n\n"
    "Harbour authorities closed four ports on Monday as a storm with winds of up to 120 km/h moved "
    "along the coast, stranding dozens of ferries.\n\n"
    '"We have never seen waves like this in October," said Marta Silva, who runs the harbour in Porto '
    "Novo. She declined to say when the port would reopen.\n\n"
    "Verdict: closed until further notice. Engineers will inspect the sea walls on Tuesday, the "
    "ministry said. He agreed. In an interview with The Associated Press, the mayor said the town "
    "was ready.\n\n"
    "The storm is expected to weaken by Wednesday, forecasters said."
)

MANGLED = (
    "Storm closes ports along the coast\n\n"
    "Harbour authorities closed four ports on Monday as a storm with winds of up to 120 km/h moved "
    "along the coast. and stranded dozens of ferries in the bay.\n\n"
    '"We have never seen waves like this in October," said Marta Silva. who runs the harbour in Porto '
    'Novo. She did not say when the port would reopen, but his With the wind he said "it is bad."the '
    "mayor was ready.\n\n"
    "Engineers will inspect the sea walls on Tuesday. said. rice field.\n\n"
    "The storm is expected to weaken by Wednesday. . Forecasters said so. Did."
)


def _artifacts(a: str, b: str):
    c = compare(a, b)
    return c, [f for f in c.findings if f.kind == "mt_artifact"]


def test_clean_text_has_no_artifacts():
    _, found = _artifacts(CLEAN, CLEAN.replace("Monday", "Sunday"))
    assert found == []


def test_each_artifact_is_reported_once_on_the_side_where_it_occurs():
    c, found = _artifacts(CLEAN, MANGLED)
    assert found and all(f.a is None and f.b is not None for f in found)
    assert all(f.severity.value == "low" for f in found)
    got = {(f.change, c.b.text[f.b.start:f.b.end]) for f in found}
    assert ("orphan", "and stranded dozens of ferries in the bay.") in got
    assert ("orphan", "who runs the harbour in Porto Novo.") in got
    assert ("misplaced_word", "his With") in got
    assert ("glued", 'bad."the') in got
    assert ("fragment", "said.") in got
    assert ("fragment", "rice field.") in got
    assert ("fragment", "Did.") in got
    assert any(f.change == "doubled_stop" and ". ." in c.b.text[f.b.start:f.b.end] for f in found)
    assert len(got) == len(found)  # one finding per artifact
    did = next(f for f in found if c.b.text[f.b.start:f.b.end] == "Did.")
    assert did.explanation.startswith("“Did.” is")
    assert "machine translation" in did.explanation


def test_artifacts_in_a_are_reported_on_a():
    _, found = _artifacts(MANGLED, CLEAN)
    assert found and all(f.b is None and f.a is not None for f in found)


def test_doubled_full_stops():
    c, found = _artifacts(CLEAN, CLEAN.replace("dozens of ferries.", "dozens of ferries. . Many"))
    # The stray "." belongs to no sentence; it is reported once, as a doubled stop.
    assert [(f.change, c.b.text[f.b.start:f.b.end]) for f in found] == [("doubled_stop", "ferries. . Many")]
    c, found = _artifacts(CLEAN, CLEAN.replace("dozens of ferries.", "dozens of ferries.. Many"))
    assert [f.change for f in found] == ["doubled_stop"]


def test_an_ellipsis_is_not_a_doubled_stop():
    _, found = _artifacts(CLEAN, CLEAN.replace("dozens of ferries.", "dozens of ferries . . . and more."))
    assert found == []
