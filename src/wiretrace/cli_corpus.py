"""Corpus commands of the ``wiretrace`` CLI: index, find, stories, tree, export.

Thin like the rest of the CLI: parse, call ``Corpus``, print. Registered on the main app by
``cli.py``.
"""

from __future__ import annotations

import io
import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

DEFAULT_DB = Path("wiretrace.duckdb")
DbOption = Annotated[Path, typer.Option("--db", help="The store: a DuckDB file (created when missing).")]


class View(str, Enum):
    text = "text"
    json = "json"


class What(str, Enum):
    pairs = "pairs"
    stories = "stories"
    findings = "findings"


class Findings(str, Enum):
    none = "none"
    copies = "copies"
    all = "all"


FindingsOption = Annotated[Findings, typer.Option(
    help="Which pairs get the full compare (findings, direction): copies (those the quick tier calls "
         "copies or leaves unsettled), all candidates, or none (quick verdicts only: fast at scale).")]


class TreeFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    dot = "dot"
    svg = "svg"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


def register(app: typer.Typer, reported_errors) -> None:
    @app.command()
    def index(
        paths: Annotated[list[str], typer.Argument(
            help="Directories of .txt/.md, .jsonl(.gz), .csv, .html, .warc(.gz) files, or - for JSONL on stdin.")],
        db: DbOption = DEFAULT_DB,
        map_fields: Annotated[str | None, typer.Option(
            "--map", help="Field mapping for JSONL/CSV, e.g. 'id=doc_id,text=body'.")] = None,
        doors: Annotated[str, typer.Option(
            help="Candidate doors, comma-separated: minhash, anchors, semantic.")] = "minhash,anchors,semantic",
        workers: Annotated[int, typer.Option(help="Processes verifying candidate pairs.")] = 2,
        findings: FindingsOption = Findings.copies,
    ) -> None:
        """Ingest articles into the store, find every copy relation, and group stories."""
        with reported_errors():
            from .corpus import Corpus
            from .engines.local import progress_bar
            from .engines.options import IndexOptions
            from .ingest import FieldMapping

            options = IndexOptions(doors=tuple(d.strip() for d in doors.split(",") if d.strip()), workers=workers,
                                   findings=findings.value)
            mapping = FieldMapping.parse(map_fields) if map_fields else None
            console = Console(stderr=True)
            with Corpus.open(db, options=options) as corpus:
                report = corpus.index(paths, mapping=mapping, progress=progress_bar(console))
            for bad in report.bad[:20]:
                console.print(str(bad), markup=False, highlight=False)
            if len(report.bad) > 20:
                console.print(f"… and {report.summary.skipped - 20} more skipped records", style="dim")
            doors = ", ".join(f"{k} {v}" for k, v in report.candidates.items())
            typer.echo(
                f"{report.summary}; {report.added} added, {report.updated} updated, {report.unchanged} unchanged; "
                f"candidates: {doors or 'none'}; {report.verified} pairs verified, {report.compared} compared in full; "
                f"{report.stories} stories; "
                f"store {db}")

    @app.command()
    def find(
        file: Annotated[Path | None, typer.Argument(help="An article outside the store.")] = None,
        doc_id: Annotated[str | None, typer.Option("--id", help="A document already in the store.")] = None,
        db: DbOption = DEFAULT_DB,
        view: Annotated[View, typer.Option("--format", help="text or json.")] = View.text,
        findings: FindingsOption = Findings.copies,
    ) -> None:
        """List the copies of one document, ranked, with relation, coverage and distortions."""
        with reported_errors():
            from .corpus import Corpus
            from .errors import ParameterError
            from .ingest import read_document

            if (file is None) == (doc_id is None):
                raise ParameterError("give either FILE or --id ID", fix="wiretrace find article.txt, or --id ID")
            from .engines.options import IndexOptions

            with Corpus.open(db, read_only=True, options=IndexOptions(findings=findings.value)) as corpus:
                matches = corpus.find(read_document(file)) if file else corpus.find_id(doc_id)
            if view is View.json:
                typer.echo(json.dumps([_match(m) for m in matches], ensure_ascii=False, indent=1))
                return
            table = Table("copy", "relation", "source", "coverage (stored / query)", "high / medium / low")
            for m in matches:
                table.add_row(m.id, m.relation, m.source, f"{m.coverage_stored:.0%} / {m.coverage_query:.0%}",
                              "—" if m.high is None else f"{m.high} / {m.medium} / {m.low}")
            Console().print(table)

    @app.command()
    def stories(
        db: DbOption = DEFAULT_DB,
        limit: Annotated[int, typer.Option(help="How many stories to list.")] = 20,
        view: Annotated[View, typer.Option("--format", help="text or json.")] = View.text,
    ) -> None:
        """List story families, largest first."""
        with reported_errors():
            from .corpus import Corpus

            with Corpus.open(db, read_only=True) as corpus:
                rows = corpus.stories(limit)
            if view is View.json:
                typer.echo(json.dumps([{"story": r.story, "size": r.size, "documents": list(r.documents)}
                                       for r in rows], ensure_ascii=False, indent=1))
                return
            table = Table("story", "size", "documents")
            for r in rows:
                table.add_row(r.story, str(r.size), ", ".join(r.documents[:6]) + (" …" if r.size > 6 else ""))
            Console().print(table)

    @app.command()
    def tree(
        story: Annotated[str | None, typer.Argument(help="A story id, as `wiretrace stories` lists it.")] = None,
        doc_id: Annotated[str | None, typer.Option("--id", help="Any document: the tree of its story.")] = None,
        db: DbOption = DEFAULT_DB,
        fmt: Annotated[TreeFormat, typer.Option(
            "--format", help="terminal, json (wiretrace.tree/2, coverage included), dot (Graphviz) or svg.")]
        = TreeFormat.terminal,
        coverage: Annotated[bool, typer.Option(
            "--coverage", help="Show which source paragraphs each copy carries: a grid after the tree "
                               "(terminal), or the grid instead of the tree (svg).")] = False,
        output: Annotated[Path | None, typer.Option(
            "--output", help="Write to this file instead of stdout.", show_default=False)] = None,
    ) -> None:
        """Draw a story's family tree: who copied whom, lost intermediates, direction and evidence."""
        with reported_errors():
            from .corpus import Corpus
            from .errors import ParameterError
            from .report import coverage_svg, render_tree, tree_dot, tree_json, tree_svg

            if (story is None) == (doc_id is None):
                raise ParameterError("give either STORY or --id DOC", fix="wiretrace tree STORY, or --id DOC")
            if coverage and fmt is TreeFormat.dot:
                raise ParameterError("--coverage has no dot form", fix="use --format svg or terminal with --coverage")
            with Corpus.open(db, read_only=True) as corpus:
                st = corpus.tree(doc_id or story, by_document=doc_id is not None)
            if fmt is TreeFormat.json:
                text = tree_json(st.tree, st.coverage, st.documents)
            elif fmt is TreeFormat.dot:
                text = tree_dot(st.tree, focus=doc_id)
            elif fmt is TreeFormat.svg:
                text = coverage_svg(st.coverage) if coverage else tree_svg(st.tree, focus=doc_id)
            else:
                console = Console() if output is None else Console(file=io.StringIO(), width=120, color_system=None)
                render_tree(st.tree, console, focus=doc_id, coverage=st.coverage if coverage else None)
                if output is None:
                    return
                text = console.file.getvalue()
            if output is None:
                typer.echo(text, nl=False)
            else:
                output.write_text(text, encoding="utf-8")

    @app.command()
    def export(
        what: Annotated[What, typer.Option(help="pairs, stories or findings.")],
        output: Annotated[Path, typer.Option(help="File to write.")],
        fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl or parquet.")] = ExportFormat.jsonl,
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Export verified pairs, stories or findings (schemas in docs/export.md)."""
        with reported_errors():
            from .corpus import Corpus

            with Corpus.open(db, read_only=True) as corpus:
                n = corpus.export(what.value, fmt.value, output)
            typer.echo(f"{n} rows → {output}")


def _match(m) -> dict:
    return {"id": m.id, "relation": m.relation, "source": m.source, "confidence": m.confidence,
            "coverage_stored": m.coverage_stored, "coverage_query": m.coverage_query,
            "tier": m.tier, "counts": None if m.high is None else {"high": m.high, "medium": m.medium, "low": m.low}}
