"""Reports: the JSON contract, offsets that slice the right text, and hostile text kept inert."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import HOSTILE, TEXT_A, TEXT_B
from rich.console import Console

from wiretrace.model import Severity
from wiretrace.report import SCHEMA, render, render_html, to_dict, to_json
from wiretrace.report._layout import DROPPED, NOT_ALIGNED, ONLY_B, build_rows

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _validate(data: dict) -> None:
    try:
        import jsonschema
    except ImportError:  # the contract checks below still run; only the schema check is skipped
        return
    schema = json.loads((DOCS / "schema" / "compare-2.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


# ---------------------------------------------------------------- JSON


def test_to_dict_follows_the_contract(tiny_comparison):
    d = to_dict(tiny_comparison)
    _validate(d)
    assert list(d) == [
        "schema",
        "relation",
        "source",
        "confidence",
        "common_source",
        "direction",
        "coverage",
        "documents",
        "sentences",
        "links",
        "unmatched",
        "findings",
        "evidence",
        "counts",
    ]
    assert d["schema"] == SCHEMA == "wiretrace.compare/2"
    assert d["relation"] == "edited" and d["source"] == "a"
    assert d["confidence"] == 0.812
    assert d["direction"] == {
        "confidence": 0.905,
        "weight_a": 0.0,
        "weight_b": 3.0,
        "dates_contradict": False,
        "fuller_upstream": None,
        "clues": [{"name": "time_shift", "derived": "b", "weight": 3.0,
                   "text": "B moves relative dates back in 1 passage(s)"}],
    }
    assert d["coverage"] == {"a": 0.833, "b": 0.75}
    assert set(d["documents"]["a"]) == {"id", "title", "url", "outlet", "published", "lang", "length"}
    assert d["documents"]["a"]["length"] == len(TEXT_A)
    assert d["links"][3] == {"a": [3, 4], "b": [3], "kind": "paraphrase", "similarity": 0.68}
    assert d["unmatched"] == {"a": [5], "b": [4]}
    assert d["counts"] == {"high": 2, "medium": 2, "low": 2, "none": 1}
    assert [f["distortion"] for f in d["findings"]] == [False, True, True, True, True, True, True]
    assert d["findings"][3]["b"] is None


def test_schema_rejects_drift(tiny_comparison):
    pytest.importorskip("jsonschema")
    import jsonschema

    d = to_dict(tiny_comparison)
    d["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        _validate(d)


def test_json_round_trip_offsets_slice_the_right_text(tiny_comparison):
    d = json.loads(to_json(tiny_comparison))
    text = {"a": TEXT_A, "b": TEXT_B}
    for side in "ab":
        for s, sentence in zip(
            d["sentences"][side], getattr(tiny_comparison, f"sentences_{side}"), strict=True
        ):
            assert text[side][s["start"] : s["end"]] == sentence.text
    by_change = {f["change"]: f for f in d["findings"]}
    hedge = by_change["hedge_removed"]
    # The title line carries "ë", "’" and an emoji: these offsets only work as code points.
    assert TEXT_A[hedge["a"]["start"] : hedge["a"]["end"]] == "About 40"
    assert TEXT_B[hedge["b"]["start"] : hedge["b"]["end"]] == "40"
    negation = by_change["removed"]
    assert TEXT_B[negation["b"]["start"] : negation["b"]["end"]] == "failed"
    added = by_change["claim_added"]
    assert HOSTILE in TEXT_B[added["b"]["start"] : added["b"]["end"]]


def test_json_keeps_non_ascii_readable(tiny_comparison):
    out = to_json(tiny_comparison)
    assert "Zoë’s town" in out and "\\u" not in out


def test_sentence_numbering_gap_is_refused(tiny_comparison):
    broken = dataclasses.replace(
        tiny_comparison, sentences_a=tiny_comparison.sentences_a[:1] + tiny_comparison.sentences_a[2:]
    )
    with pytest.raises(ValueError, match="numbered 0, 1, 2"):
        to_dict(broken)


def test_documented_example_is_valid():
    pytest.importorskip("jsonschema")
    page = (DOCS / "json-schema.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", page, re.DOTALL).group(1)
    _validate(json.loads(example))


# ---------------------------------------------------------------- layout shared by both views


def test_rows_follow_a_and_place_unmatched_near_neighbours(tiny_comparison):
    rows = build_rows(tiny_comparison)
    shape = [([v.index for v in r.a], [v.index for v in r.b], r.label) for r in rows]
    assert shape == [
        ([0], [0], "identical"),
        ([1], [1], "edited"),
        ([2], [2], "edited"),
        ([3, 4], [3], "paraphrase"),
        ([], [4], ONLY_B),
        ([], [5], NOT_ALIGNED),
        ([5], [], DROPPED),
    ]


def test_overlapping_spans_show_the_most_severe(tiny_comparison):
    row = build_rows(tiny_comparison)[1]
    pieces = [(p.text, p.severity) for p in row.a[0].pieces]
    assert pieces[0] == ("About 40", Severity.HIGH)  # high "About 40" inside low "About 40 people died"
    assert pieces[1] == (" people died", Severity.LOW)
    assert "".join(p.text for p in row.a[0].pieces) == tiny_comparison.sentences_a[1].text


def test_each_finding_is_noted_once(tiny_comparison):
    notes = [n for row in build_rows(tiny_comparison) for n in row.notes]
    assert sorted(notes) == list(range(1, len(tiny_comparison.findings) + 1))


# ---------------------------------------------------------------- HTML


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_html_escapes_hostile_text(tiny_comparison):
    hostile_doc = dataclasses.replace(
        tiny_comparison.b,
        id='b"><script>alert(3)</script>.txt',
        title=HOSTILE,
        outlet="<img src=x onerror=alert(4)>",
    )
    html = render_html(dataclasses.replace(tiny_comparison, b=hostile_doc))
    tags = _parse(html).tags
    assert [t for t, _ in tags].count("script") == 1  # only the page's own toggle
    assert not any(t == "img" for t, _ in tags)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert "<script>alert" not in html
    assert '" onmouseover=' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_marks_findings_on_both_sides(tiny_comparison):
    html = render_html(tiny_comparison)
    marks = [a for t, a in _parse(html).tags if t == "mark" and "title" in a]
    titles = {a["title"] for a in marks}
    explanations = {f.explanation for f in tiny_comparison.findings}
    assert titles == explanations
    assert (
        '<mark class="sev-high" title="A says the dam &#39;did not fail&#39;; B says it &#39;failed&#39;"'
        in html
    )
    assert ">did not fail</mark>" in html and ">failed</mark>" in html
    # the hostile sentence is highlighted piece by piece, each piece escaped
    assert ">Officials warned &lt;script&gt;alert(1)&lt;/script&gt; of &#34; onmouseover" in html


def test_html_is_self_contained(tiny_comparison):
    html = render_html(tiny_comparison)
    tags = _parse(html).tags
    assert not any(t in {"link", "img", "iframe"} for t, _ in tags)
    assert not any("src" in attrs for _, attrs in tags)
    assert all(a["href"].startswith("#") for t, a in tags if t == "a")
    ids = {a["id"] for _, a in tags if "id" in a}
    assert {f"f{n}" for n in range(1, 8)} <= ids  # anchors for the findings list


# ---------------------------------------------------------------- terminal


def _terminal(c, width=140) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    render(c, console)
    return console.export_text()


def test_terminal_prints_markup_literally(tiny_comparison):
    out = _terminal(tiny_comparison)
    assert "Rescue teams [bold] are searching." in out
    assert "[/]" in out  # would raise MarkupError if parsed as markup
    assert "a[red].txt" in out and "The [i]Daily" in out
    assert "<script>alert(1)</script>" in out


def test_terminal_shows_verdict_rows_and_findings(tiny_comparison):
    out = _terminal(tiny_comparison)
    assert "edited" in out and "A (a[red].txt)" in out and "0.81" in out
    assert "83% of A is found in B" in out
    assert DROPPED in out and ONLY_B in out
    for f in tiny_comparison.findings:
        assert f.explanation.split(":")[0] in out
    assert out.index("[1] high") < out.index("[2] high") < out.index("[7] none")


def test_terminal_width_override(tiny_comparison):
    console = Console(file=io.StringIO(), width=200, record=True, color_system=None)
    render(tiny_comparison, console, width=70)
    assert max(len(line) for line in console.export_text().splitlines()) <= 70


def test_pieces_carry_every_covering_finding(tiny_comparison):
    # "40" in A sits inside both "About 40" (high) and "About 40 people died" (low): a view that
    # shows only the most severe still has the other at hand (the web viewer marks both).
    rows = build_rows(tiny_comparison)
    pieces = [p for r in rows for v in r.a for p in v.pieces if p.text == "About 40"]
    assert len(pieces) == 1 and len(pieces[0].numbers) == 2 and pieces[0].number == pieces[0].numbers[0]
    assert TEXT_A[pieces[0].start:pieces[0].start + len(pieces[0].text)] == "About 40"


def test_from_dict_rebuilds_the_comparison(tiny_comparison):
    from wiretrace.report.json import from_dict

    c = tiny_comparison
    back = from_dict(json.loads(to_json(c)), c.a, c.b)
    assert to_dict(back) == to_dict(c)
    assert back.findings == c.findings  # scores come back rounded to 3 decimals, as the JSON keeps them
    assert [(x.a, x.b, x.kind) for x in back.alignment.links] == [(x.a, x.b, x.kind) for x in c.alignment.links]
    assert [(s.start, s.end, s.text, s.role) for s in back.sentences_b] == [
        (s.start, s.end, s.text, s.role) for s in c.sentences_b]
    with pytest.raises(ValueError, match="schema"):
        from_dict({"schema": "other/1"}, c.a, c.b)
