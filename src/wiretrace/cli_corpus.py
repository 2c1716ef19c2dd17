"""Corpus commands of the ``wiretrace`` CLI: index, find, stories, export.

Thin like the rest of the CLI: parse, call ``Corpus``, print. Registered on the main app by
``cli.py``.
"""

from __future__ import annotations

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
