"""``wiretrace tree`` end to end on a store written by hand: no models, no index run.

The store holds the two documents of ``tiny_comparison`` (hostile ids and texts: Rich markup,
HTML, an emoji), one pair with its ``wiretrace.compare/2`` JSON, and their story.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.engines.tree_step import story_tree, view_of
from wiretrace.report import to_dict
from wiretrace.store import Store

runner = CliRunner()


@pytest.fixture
def store_path(tmp_path, tiny_comparison):
    c = tiny_comparison
    path = tmp_path / "t.duckdb"
    with Store.open(path) as store:
        store.add_documents([c.a, c.b])
        a, b = store.seq_of(c.a.id), store.seq_of(c.b.id)
        store.con.execute(
            "INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'anchors', ?, 'full', true, NULL)",
            [a, b, c.verdict.relation.value, c.verdict.source, c.verdict.confidence, c.alignment.coverage_a,
             c.alignment.coverage_b, json.dumps(to_dict(c))])
        store.con.execute("INSERT INTO stories VALUES (?, ?, 'core'), (?, ?, 'core')", [min(a, b), a, min(a, b), b])
    return path


def test_a_stored_pair_reads_back_as_the_comparison_it_was(tiny_comparison):
    c = tiny_comparison
    v = view_of(c.a, c.b, c.verdict.relation.value, c.verdict.source, c.verdict.confidence,
                c.alignment.coverage_a, c.alignment.coverage_b, json.dumps(to_dict(c)))
    assert v.verdict.clues == c.verdict.clues and v.verdict.source == c.verdict.source
    assert [(f.kind, f.a, f.b) for f in v.findings] == [(f.kind, f.a, f.b) for f in c.findings]
    assert [(s.start, s.end, s.paragraph, s.role) for s in v.sentences_b] == \
        [(s.start, s.end, s.paragraph, s.role) for s in c.sentences_b]
    assert v.links == tuple(type(lk)(lk.a, lk.b, lk.kind, round(lk.similarity, 3)) for lk in c.alignment.links)


def test_quick_verdicts_are_placed_without_findings(tiny_comparison):
    c = tiny_comparison
    v = view_of(c.a, c.b, "edited", "a", 0.7, 0.9, 0.8, None)
    assert not v.full and v.findings == () and v.before(c.a.id) == pytest.approx(0.6)


def test_story_tree_from_the_store(store_path, tiny_comparison):
    with Store.open(store_path, read_only=True) as store:
        st = story_tree(store, tiny_comparison.b.id, by_document=True)
    assert {n.id for n in st.tree.nodes} == {tiny_comparison.a.id, tiny_comparison.b.id}
    assert len(st.tree.edges) == 1
    assert st.coverage.source in st.tree.roots and len(st.coverage.rows) == 1


def test_cli_tree_every_format(store_path, tiny_comparison, tmp_path):
    a = tiny_comparison.a.id
    story = runner.invoke(app, ["stories", "--db", str(store_path), "--format", "json"])
    sid = json.loads(story.stdout)[0]["story"]
    result = runner.invoke(app, ["tree", sid, "--db", str(store_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "wiretrace.tree/2" and data["coverage"]["rows"]
    result = runner.invoke(app, ["tree", "--id", a, "--db", str(store_path), "--coverage"])
    assert result.exit_code == 0 and a in result.stdout and "carried" in result.stdout
    dot = runner.invoke(app, ["tree", "--id", a, "--db", str(store_path), "--format", "dot"]).stdout
    assert dot.startswith("digraph") and "->" in dot
    for extra in ([], ["--coverage"]):
        out = tmp_path / f"t{len(extra)}.svg"
        result = runner.invoke(app, ["tree", "--id", a, "--db", str(store_path), "--format", "svg",
                                     "--output", str(out), *extra])
        assert result.exit_code == 0, result.output
        ET.parse(out)  # well-formed XML despite the hostile ids


def test_cli_tree_errors_are_one_line(store_path, tiny_comparison):
    for args in (["tree"], ["tree", "x", "--id", "y"], ["tree", "--id", "nope"],
                 ["tree", tiny_comparison.b.id if tiny_comparison.b.id > tiny_comparison.a.id else "zz"],
                 ["tree", "--id", tiny_comparison.a.id, "--format", "dot", "--coverage"]):
        result = runner.invoke(app, [*args, "--db", str(store_path)])
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1 and "error E" in result.output


def test_tree_json_follows_its_schema(store_path, tiny_comparison):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema" / "tree-2.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    result = runner.invoke(app, ["tree", "--id", tiny_comparison.a.id, "--db", str(store_path), "--format", "json"])
    jsonschema.Draft202012Validator(schema).validate(json.loads(result.stdout))


def test_a_root_whose_edges_are_all_undirected_is_not_shown_as_the_original():
    from rich.console import Console

    from wiretrace.model import Tree, TreeEdge, TreeNode
    from wiretrace.report.tree import render_tree

    def shown(directed: bool) -> str:
        tree = Tree("s", (TreeNode("r", "document"), TreeNode("c", "document")),
                    (TreeEdge("r", "c", "rewrite", directed, 0.9 if directed else 0.5),), ("r",), "r")
        console = Console(record=True, width=120)
        render_tree(tree, console)
        return console.export_text()

    assert "which came first is unknown" in shown(False)
    assert "which came first is unknown" not in shown(True)
    from wiretrace.report.svg import tree_svg

    for directed in (False, True):
        tree = Tree("s", (TreeNode("r", "document"), TreeNode("c", "document")),
                    (TreeEdge("r", "c", "rewrite", directed, 0.9 if directed else 0.5),), ("r",), "r")
        assert ("order unknown" in tree_svg(tree)) is not directed
