"""The command line: one-line errors with status 2, every output format, docs that list every option.

Most tests swap in a stub pipeline returning ``tiny_comparison`` so they run without models; the
tests marked "real pipeline" skip until ``wiretrace.pipeline`` imports.
"""

from __future__ import annotations

import json
import re
import sys
import types
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from wiretrace import __version__
from wiretrace.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"
runner = CliRunner()


def _stub_pipeline(monkeypatch, comparison, calls=None):
    """Make ``from .pipeline import compare`` return ``comparison`` (records the documents seen)."""
    module = types.ModuleType("wiretrace.pipeline")

    def compare(a, b):
        if calls is not None:
            calls.append((a, b))
        return comparison

    module.compare = compare
    monkeypatch.setitem(sys.modules, "wiretrace.pipeline", module)


@pytest.fixture
def two_files(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Flood kills 40\nAbout 40 people died on Monday, officials said.\n", encoding="utf-8")
    b.write_text("Flood kills 40\n40 people died on Monday.\n", encoding="utf-8")
    return a, b


def _assert_one_line_error(result, code: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error {code}"), lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "E101"),  # missing
        ("dir", "E101"),
        (b"", "E102"),
        (b"  \n\t\n", "E102"),
        (b"PK\x03\x04\x00\x00 zip", "E103"),
        (b"caf\xe9", "E104"),
        (b"x" * 200, "E105"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "binary", "encoding", "too-large"],
)
def test_bad_input_exits_2_with_one_line(tmp_path, content, code):
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine article.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    if content == "dir":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    result = runner.invoke(app, ["compare", str(good), str(bad), "--max-bytes", "100"])
    _assert_one_line_error(result, code)
    assert "bad.txt" in result.stderr


def test_bad_max_bytes_is_a_parameter_error(two_files):
    a, b = two_files
    result = runner.invoke(app, ["compare", str(a), str(b), "--max-bytes", "0"])
    _assert_one_line_error(result, "E201")


def test_error_with_newline_in_file_name_stays_one_line(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path / "two\nlines.txt"), str(tmp_path / "x.txt")])
    _assert_one_line_error(result, "E101")


def test_demo_without_corpus_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["demo", "--corpus", str(tmp_path)])
    _assert_one_line_error(result, "E101")
    assert "pairs.jsonl" in result.stderr and "--corpus" in result.stderr


def test_demo_with_broken_pairs_file(tmp_path):
    (tmp_path / "pairs.jsonl").write_text('{"a": "x.txt", "b": "y.txt"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["demo", "--corpus", str(tmp_path)])
    _assert_one_line_error(result, "E100")
    assert "line 2" in result.stderr


def test_unwritable_output_is_one_line(monkeypatch, tiny_comparison, two_files, tmp_path):
    _stub_pipeline(monkeypatch, tiny_comparison)
    a, b = two_files
    target = tmp_path / "no-such-dir" / "out.json"
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json", "--output", str(target)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.output


# ---------------------------------------------------------------- outputs (stub pipeline)


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"wiretrace {__version__}"


def test_compare_json_to_stdout(monkeypatch, tiny_comparison, two_files):
    calls: list = []
    _stub_pipeline(monkeypatch, tiny_comparison, calls)
    a, b = two_files
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["schema"] == "wiretrace.compare/2"
    doc_a, doc_b = calls[0]
    assert (doc_a.id, doc_b.id) == ("a.txt", "b.txt")


def test_compare_text_and_html_to_files(monkeypatch, tiny_comparison, two_files, tmp_path):
    _stub_pipeline(monkeypatch, tiny_comparison)
    a, b = two_files
    text_out, html_out = tmp_path / "report.txt", tmp_path / "report.html"
    assert runner.invoke(app, ["compare", str(a), str(b), "--output", str(text_out)]).exit_code == 0
    assert (
        runner.invoke(
            app, ["compare", str(a), str(b), "--format", "html", "--output", str(html_out)]
        ).exit_code
        == 0
    )
    text = text_out.read_text(encoding="utf-8")
    assert "Rescue teams [bold] are searching." in text and "\x1b[" not in text
    assert html_out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_text_to_stdout(monkeypatch, tiny_comparison, two_files):
    _stub_pipeline(monkeypatch, tiny_comparison)
    a, b = two_files
    result = runner.invoke(app, ["compare", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert "wiretrace compare" in result.stdout and "[bold]" in result.stdout


def test_demo_with_stub_pipeline(monkeypatch, tiny_comparison, tmp_path):
    _stub_pipeline(monkeypatch, tiny_comparison)
    for name in ("x_original.txt", "x_roundtrip.txt", "y_original.txt", "y_edit.txt"):
        (tmp_path / name).write_text(f"Text of {name}.\n", encoding="utf-8")
    pairs = [
        {"a": "y_original.txt", "b": "y_edit.txt", "relation": "edited", "source": "a"},
        {"a": "x_original.txt", "b": "x_roundtrip.txt", "relation": "round_trip", "source": "b"},
    ]
    (tmp_path / "pairs.jsonl").write_text("\n".join(json.dumps(p) for p in pairs) + "\n", encoding="utf-8")
    # Wide enough that Rich does not fold the file names in the table.
    result = runner.invoke(app, ["demo", "--corpus", str(tmp_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "y_edit.txt" in out and "x_roundtrip.txt" in out
    assert "1 of 2 relations as expected" in out
    assert "expected b" in out  # the stub says source "a" where the corpus expects "b"
    assert "wiretrace compare" in out  # the full report of the round-trip pair follows


# ---------------------------------------------------------------- docs


def _walk(command, path: tuple[str, ...] = ()):
    # Duck-typed on purpose: recent Typer vendors its own click, so isinstance(click.Group) fails.
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


def _names(param) -> list[str]:
    if param.param_type_name == "option":
        return [*param.opts, *param.secondary_opts]
    return [param.metavar or param.name.upper()]  # arguments are documented by their metavar (A, B)


def test_every_command_and_option_is_documented():
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^#+ `wiretrace ([a-z-]+)", page, re.MULTILINE))
    missing = [] if "`--help`" in page else ["--help"]
    commands = list(_walk(typer.main.get_command(app)))
    assert {path for path, _ in commands} >= {("compare",), ("demo",)}
    for path, command in commands:
        if path and path[-1] not in headings:
            missing.append(f"command {' '.join(path)}")
        for param in command.params:
            for name in _names(param):
                if f"`{name}" not in page:
                    missing.append(f"{' '.join(path) or 'wiretrace'} {name}")
    assert not missing, f"undocumented in docs/cli.md: {missing}"


# ---------------------------------------------------------------- real pipeline


def test_real_compare_json(two_files):
    pytest.importorskip("wiretrace.pipeline")
    a, b = two_files
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "wiretrace.compare/2"
    texts = {"a": a.read_text(encoding="utf-8"), "b": b.read_text(encoding="utf-8")}
    for side in "ab":
        assert data["documents"][side]["length"] == len(texts[side])
        for s in data["sentences"][side]:
            assert texts[side][s["start"] : s["end"]].strip() == texts[side][s["start"] : s["end"]]
    for f in data["findings"]:
        for side in "ab":
            if f[side] is not None:
                assert 0 <= f[side]["start"] <= f[side]["end"] <= data["documents"][side]["length"]


def test_real_compare_text_and_html(two_files, tmp_path):
    pytest.importorskip("wiretrace.pipeline")
    a, b = two_files
    result = runner.invoke(app, ["compare", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert "wiretrace compare" in result.stdout
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "</html>" in out.read_text(encoding="utf-8")
