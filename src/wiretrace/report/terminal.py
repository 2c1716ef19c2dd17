"""A Comparison in the terminal: verdict panel, side-by-side sentences, findings table.

Document text (and anything quoting it: ids, explanations, evidence) only ever enters Rich as
``Text`` objects, never as markup strings, so an article containing ``[bold]`` prints literally.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..model import Comparison, Document, Finding, Severity
from ._layout import (
    DROPPED,
    ONLY_B,
    Row,
    SentenceView,
    build_rows,
    numbered_findings,
    source_label,
    span_text,
)

# Distortions are underlined as well as coloured so they stay visible without colour. Plain
# yellow, not orange: 16-colour terminals downgrade orange to a red that reads as "high".
SEVERITY_STYLE = {
    Severity.HIGH: "bold red underline",
    Severity.MEDIUM: "bold yellow underline",
    Severity.LOW: "cyan",
    Severity.NONE: "dim green",
}
LABEL_STYLE = {DROPPED: "red", ONLY_B: "yellow"}
_LINK_WIDTH = 16


def _doc_line(side: str, d: Document) -> Text:
    line = Text.assemble((f"{side}  ", "bold"), (d.id, "bold"))
    extras = [x for x in (d.title, d.outlet, d.published, d.lang) if x]
    if extras:
        line.append("  " + " · ".join(extras), style="dim")
    line.append(f"  ({len(d.text)} chars)", style="dim")
    return line


def _header(c: Comparison) -> Panel:
    v, al = c.verdict, c.alignment
    body = Text()
    body.append_text(_doc_line("A", c.a))
    body.append("\n")
    body.append_text(_doc_line("B", c.b))
    body.append("\n\n")
    body.append("relation    ", style="dim")
    body.append(v.relation.value, style="bold")
    body.append("    source ", style="dim")
    body.append(source_label(c), style="bold")
    body.append("    confidence ", style="dim")
    body.append(f"{v.confidence:.2f}", style="bold")
    if v.common_source:
        body.append("    both copy a common source", style="yellow")
    body.append("\ncoverage    ", style="dim")
    body.append(f"{al.coverage_a:.0%} of A is found in B · {al.coverage_b:.0%} of B is found in A")
    counts = {sev: sum(1 for f in c.findings if f.severity is sev) for sev in Severity}
    body.append("\nfindings    ", style="dim")
    for sev in Severity:
        body.append(f"{counts[sev]} {sev.value}", style=SEVERITY_STYLE[sev] if counts[sev] else "dim")
        body.append("  ")
    if v.evidence:
        body.append("\n\nevidence", style="dim")
        for item in v.evidence:
            body.append("\n  • ")
            body.append(item)
    return Panel(body, title="wiretrace compare", title_align="left", border_style="blue")


def _cell(views: tuple[SentenceView, ...]) -> Text:
    out = Text()
    for k, view in enumerate(views):
        if k:
            out.append(" ")
        base = "dim" if view.dimmed else ""
        for piece in view.pieces:
            style = SEVERITY_STYLE[piece.severity] if piece.severity is not None else base
            out.append(piece.text, style=style)
    return out


def _label(row: Row) -> Text:
    if row.is_link:
        return Text.assemble((row.label, "bold"), f" {row.similarity:.2f}")
    return Text(row.label, style=LABEL_STYLE.get(row.label, "dim"))


def _grid(a: Text | str, b: Text | str, link: Text | str) -> Table:
    # One grid per row with the same ratios keeps the columns aligned down the page while letting
    # each row's notes span the full width underneath it (Rich tables have no column spans).
    grid = Table.grid(expand=True, padding=(0, 1))
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(width=_LINK_WIDTH)
    grid.add_row(a, b, link)
    return grid


def _note(n: int, f: Finding) -> Table:
    # A grid, not a padded line, so a wrapped explanation stays indented under its arrow.
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column(ratio=1)
    text = Text.assemble(
        (f"[{n}] {f.severity.value}", SEVERITY_STYLE[f.severity]),
        (f"  {f.kind}/{f.change}  ", "dim"),
        f.explanation,
    )
    grid.add_row("↳", text)
    return grid


def _side_by_side(c: Comparison) -> Group:
    numbered = dict(numbered_findings(c))
    parts: list = [
        _grid(
            Text(f"A: {c.a.id}", style="bold"), Text(f"B: {c.b.id}", style="bold"), Text("link", style="bold")
        ),
        Rule(style="blue"),
    ]
    rows = build_rows(c)
    for r, row in enumerate(rows):
        parts.append(_grid(_cell(row.a), _cell(row.b), _label(row)))
        for n in row.notes:
            parts.append(_note(n, numbered[n]))
        if r < len(rows) - 1:
            parts.append(Rule(style="grey23", characters="╌"))
    return Group(*parts)


def _findings_table(c: Comparison) -> Table:
    table = Table(title="Findings, most severe first", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    # overflow="fold": a long token (a URL, a quoted tag) wraps instead of being cut off with "…".
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("kind / change", overflow="fold")
    table.add_column("in A", ratio=1, overflow="fold")
    table.add_column("in B", ratio=1, overflow="fold")
    table.add_column("explanation", ratio=2, overflow="fold")
    for n, f in numbered_findings(c):
        table.add_row(
            str(n),
            Text(f.severity.value, style=SEVERITY_STYLE[f.severity]),
            Text(f"{f.kind} / {f.change}"),
            Text(span_text(c.a, f.a) if f.a is not None else "—"),
            Text(span_text(c.b, f.b) if f.b is not None else "—"),
            Text(f.explanation),
        )
    return table


def render(c: Comparison, console: Console, *, width: int | None = None) -> None:
    """Print the whole report for ``c`` on ``console`` (``width`` overrides the console's)."""
    console.print(_header(c), width=width)
    console.print(_side_by_side(c), width=width)
    console.print()
    if c.findings:
        console.print(_findings_table(c), width=width)
    else:
        console.print(
            Text("No findings: the copy changed nothing the inspectors look for.", style="dim"), width=width
        )
