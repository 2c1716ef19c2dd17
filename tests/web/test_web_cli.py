"""``wiretrace serve``: loopback by default, a read-only store, one-line errors, an install hint."""

from __future__ import annotations

import sys

from typer.testing import CliRunner

import wiretrace.web
from wiretrace.cli import app

runner = CliRunner()


def _capture(monkeypatch) -> list[tuple]:
    calls = []
    monkeypatch.setattr(wiretrace.web, "serve", lambda viewer, host, port: calls.append((viewer, host, port)))
    return calls


def test_serve_binds_loopback_by_default(monkeypatch, example_db):
    calls = _capture(monkeypatch)
    result = runner.invoke(app, ["serve", "--db", str(example_db)])
    assert result.exit_code == 0, result.output
    (_, host, port), = calls
    assert (host, port) == ("127.0.0.1", 8000)
    assert "read-only" in result.output and "http://127.0.0.1:8000/" in result.output
    assert "warning" not in result.output


def test_serve_warns_when_exposed(monkeypatch, example_db):
    calls = _capture(monkeypatch)
    result = runner.invoke(app, ["serve", "--db", str(example_db), "--host", "0.0.0.0", "--port", "9000"])
    assert result.exit_code == 0 and calls[0][1:] == ("0.0.0.0", 9000)
    assert "warning: listening on 0.0.0.0" in result.output


def test_serve_without_a_store_serves_compare_only(monkeypatch, tmp_path):
    calls = _capture(monkeypatch)
    monkeypatch.chdir(tmp_path)  # no wiretrace.duckdb here
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 0 and "compare page only" in result.output
    assert calls[0][0].state.viewer.corpus is None


def test_serve_with_a_missing_store_is_one_line(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "E401" in result.output


def test_serve_without_the_web_extra_says_how_to_install(monkeypatch):
    for name in [m for m in sys.modules if m == "wiretrace.web" or m.startswith("wiretrace.web.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi now raises ImportError
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "E301" in result.output and "pip install 'wiretrace[web]'" in result.output
