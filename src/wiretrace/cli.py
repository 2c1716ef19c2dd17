"""The ``wiretrace`` command: a thin shell over the library.

Commands parse arguments, call the library and print. Errors of ours (``WiretraceError``) become
one line on stderr and exit status 2, because a user who typed a wrong path needs the message and
its fix, not a traceback. Anything else is a bug and keeps its traceback.

The pipeline is imported inside the commands that run it, so ``--version``, ``--help`` and input
errors answer instantly without loading models.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from . import __version__
from .cli_corpus import register as register_corpus_commands
from .cli_web import register as register_web_commands
from .errors import InputError, InputMissing, WiretraceError
from .ingest import read_document
from .model import Comparison, Severity
from .report import render, render_html, to_json

# Width of text reports written to a file: there is no terminal to ask, and 120 columns keeps
# the side-by-side view readable in an editor.
FILE_WIDTH = 120

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals would dump whole articles into a bug report
    help="Trace copies of news stories: align a copy to its source and report what it changed.",
)


class Format(str, Enum):
    text = "text"
    json = "json"
    html = "html"


@contextmanager
def _reported_errors() -> Iterator[None]:
    try:
        yield
    except WiretraceError as err:
        # One line even if a file name carries a newline: scripts read stderr line by line.
        typer.echo(" ".join(str(err).splitlines()), err=True)
        raise typer.Exit(2) from None


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"wiretrace {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Trace copies of news stories: align a copy to its source and report what it changed."""


def _write(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        # Not an input error, so it has no code in the tree; still one line, still status 2.
        typer.echo(f"error: cannot write {output} ({exc.strerror or exc})", err=True)
        raise typer.Exit(2) from None


@app.command()
def compare(
    a: Annotated[
        Path, typer.Argument(metavar="A", help="The first article: a UTF-8 text file.", show_default=False)
    ],
    b: Annotated[
        Path, typer.Argument(metavar="B", help="The second article: a UTF-8 text file.", show_default=False)
    ],
    fmt: Annotated[
        Format,
        typer.Option("--format", help="text: terminal report; json: wiretrace.compare/2; html: one page."),
    ] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", help="Write the report to this file instead of stdout.", show_default=False),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse input files larger than this many bytes.")
    ] = 20_000_000,
) -> None:
    """Compare two articles: align them, list what changed, say which is the copy."""
    with _reported_errors():
        doc_a = read_document(a, max_bytes=max_bytes)
        doc_b = read_document(b, max_bytes=max_bytes)
        from .pipeline import compare as run_compare

        result = run_compare(doc_a, doc_b)
    if fmt is Format.json:
        _write(to_json(result), output)
    elif fmt is Format.html:
        _write(render_html(result), output)
    elif output is None:
        render(result, Console())
    else:
        buffer = io.StringIO()
        render(result, Console(file=buffer, width=FILE_WIDTH, color_system=None))
        _write(buffer.getvalue(), output)


def _default_corpus() -> Path:
    here = Path.cwd() / "examples" / "corpus"
    return here if here.is_dir() else Path(__file__).parents[2] / "examples" / "corpus"


def _load_pairs(corpus: Path) -> list[dict]:
    path = corpus / "pairs.jsonl"
    if not path.is_file():
        raise InputMissing(
            f"{path}: no such file, so there is no demo corpus to run",
            fix="run from the repository checkout, or pass --corpus DIR (a folder holding pairs.jsonl)",
        )
    pairs = []
    for n, line in enumerate(read_document(path).text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}: line {n} is not valid JSON ({exc.msg})", fix="one JSON object per line"
            ) from exc
        if not (isinstance(pair, dict) and isinstance(pair.get("a"), str) and isinstance(pair.get("b"), str)):
            raise InputError(
                f"{path}: line {n} lacks the file names 'a' and 'b'",
                fix='each line looks like {"a": "x.txt", "b": "y.txt", "relation": "edited"}',
            )
        pairs.append(pair)
    return pairs


class _RateColumn(ProgressColumn):
    """Pairs per second: Rich's own speed column counts bytes."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("? pairs/s" if speed is None else f"{speed:.2f} pairs/s", style="progress.data.speed")


def _demo_table(results: list[tuple[dict, Comparison]]) -> Table:
    table = Table(title="wiretrace demo", title_justify="left")
    for name in ("a", "b", "expected", "found", "source", "coverage a / b", "high / medium / low"):
        table.add_column(name, overflow="fold")
    right = 0
    for pair, c in results:
        expected = str(pair.get("relation", ""))
        found = c.verdict.relation.value
        right += found == expected
        exp_source = pair.get("source")
        source = Text(c.verdict.source)
        if exp_source and exp_source != c.verdict.source:
            source = Text(f"{c.verdict.source} (expected {exp_source})", style="red")
        counts = [
            sum(1 for f in c.findings if f.severity is sev)
            for sev in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
        ]
        table.add_row(
            Text(pair["a"]),
            Text(pair["b"]),
            Text(expected),
            Text(found, style="green" if found == expected else "red"),
            source,
            f"{c.alignment.coverage_a:.2f} / {c.alignment.coverage_b:.2f}",
            " / ".join(str(k) for k in counts),
        )
    table.caption = f"{right} of {len(results)} relations as expected"
    return table


@app.command()
def demo(
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Folder holding pairs.jsonl and its articles (default: ./examples/corpus, "
            "else the one in the repository checkout).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run every pair of the example corpus, tabulate the verdicts, then show one round trip in full."""
    console = Console()
    with _reported_errors():
        folder = corpus if corpus is not None else _default_corpus()
        pairs = _load_pairs(folder)
        from .pipeline import compare as run_compare

        results: list[tuple[dict, Comparison]] = []
        progress = Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        with progress:
            task = progress.add_task("comparing", total=len(pairs))
            for pair in pairs:
                progress.update(task, description=f"{pair['a']} vs {pair['b']}")
                doc_a = read_document(folder / pair["a"])
                doc_b = read_document(folder / pair["b"])
                results.append((pair, run_compare(doc_a, doc_b)))
                progress.advance(task)
            progress.update(task, description="compared")
    console.print(_demo_table(results))
    round_trips = [c for pair, c in results if pair.get("relation") == "round_trip"]
    if round_trips:
        console.print()
        render(round_trips[0], console)
    else:
        console.print(
            Text("No pair in the corpus is labelled round_trip, so no full report follows.", style="dim")
        )


register_corpus_commands(app, _reported_errors)
register_web_commands(app, _reported_errors)


def main() -> None:
    """Console-script entry point (``wiretrace``)."""
    app()
