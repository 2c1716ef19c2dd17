"""A story's family tree as JSON (``wiretrace.tree/2``), in the terminal (Rich), and as Graphviz dot.

The JSON keys are a promise like ``wiretrace.compare/2``'s: docs/tree.md explains each field and
docs/schema/tree-2.schema.json checks them; a change of keys or meanings gets a new schema id.
Document ids and texts enter Rich only as ``Text`` (never markup) and dot only quoted and escaped.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree as RichTree

from ..model import CoverageMap, Document, Tree, TreeEdge

SCHEMA = "wiretrace.tree/2"
# Cells of the coverage grid, emptiest to fullest; each also differs in shape, not only shade.
SHADES = ("·", "░", "▒", "▓", "█")


def _shade(x: float) -> str:
    return SHADES[0] if x <= 0 else SHADES[min(4, 1 + int(x * 4 - 1e-9))]


def tree_dict(tree: Tree, coverage: CoverageMap | None = None,
              documents: tuple[Document, ...] = ()) -> dict[str, Any]:
    meta = {d.id: d for d in documents}
    return {
        "schema": SCHEMA,
        "story": tree.story,
        "roots": list(tree.roots),
        "errors_against": tree.reference or None,
        "nodes": [{"id": n.id, "kind": n.kind, "title": meta[n.id].title if n.id in meta else None,
                   "outlet": meta[n.id].outlet if n.id in meta else None,
                   "published": meta[n.id].published if n.id in meta else None,
                   "errors": list(n.errors), "note": n.note or None} for n in tree.nodes],
        "edges": [{"parent": e.parent, "child": e.child, "relation": e.relation, "directed": e.directed,
                   "confidence": round(e.confidence, 3), "clues": list(e.clues), "evidence": list(e.evidence),
                   "alternatives": list(e.alternatives)}
                  for e in tree.edges],
        "coverage": None if coverage is None else {
            "source": coverage.source, "paragraphs": list(coverage.paragraphs),
            "rows": [{"id": doc, "cells": list(cells)} for doc, cells in coverage.rows]},
    }


def tree_json(tree: Tree, coverage: CoverageMap | None = None, documents: tuple[Document, ...] = (),
              *, indent: int | None = 2) -> str:
    return json.dumps(tree_dict(tree, coverage, documents), ensure_ascii=False, indent=indent)


def _edge_label(e: TreeEdge) -> Text:
    arrow = "→" if e.directed else "—"
    t = Text(f"{arrow} {e.relation}", style="bold" if e.directed else "dim")
    t.append(f" {e.confidence:.2f}" if e.directed else " direction unknown", style="dim")
    if e.clues:
        t.append(f"  [{', '.join(e.clues[:4])}]", style="dim")
    if e.alternatives:
        t.append(f"  (or {', '.join(e.alternatives)}: parent uncertain)", style="dim italic")
    return t


def _node_label(tree: Tree, node: str, focus: str | None) -> Text:
    n = tree.node(node)
    if n.kind == "document":
        t = Text(n.id, style="bold reverse" if n.id == focus else "bold")
    else:
        t = Text(f"{n.id} ({n.note.split(':')[0] if n.note else n.kind})", style="italic yellow")
    if n.errors:
        t.append(f"  {len(n.errors)} change(s): " + "; ".join(n.errors[:2]) + (" …" if len(n.errors) > 2 else ""),
                 style="dim")
    return t


def render_tree(tree: Tree, console: Console, *, focus: str | None = None,
                coverage: CoverageMap | None = None) -> None:
    """The tree in the terminal (``→`` directed, ``—`` direction unknown), then the coverage grid."""
    top = RichTree(Text.assemble(("story ", "dim"), (tree.story, "bold")), guide_style="dim")

    def add(branch: RichTree, node: str) -> None:
        for e in tree.children(node):
            label = Text.assemble(_edge_label(e), "  ", _node_label(tree, e.child, focus))
            add(branch.add(label), e.child)

    for r in tree.roots:
        label = _node_label(tree, r, focus)
        if tree.order_unknown(r):
            label.append("  (drawn first: which came first is unknown)", style="dim italic")
        add(top.add(label), r)
    parts: list[Any] = [top]
    if tree.reference and any(n.errors for n in tree.nodes):
        parts.append(Text.assemble(("change(s) are counted against ", "dim"), (tree.reference, "dim bold")))
    lost = [n for n in tree.nodes if n.kind != "document"]
    for n in lost:
        parts.append(Text(f"{n.id}: {n.note}", style="yellow"))
    if coverage is not None:
        parts.append(coverage_table(coverage))
    console.print(Group(*parts))


def coverage_table(coverage: CoverageMap) -> Group:
    """One row per copy, one cell per source paragraph: ``█`` carried, ``·`` not."""
    table = Table(box=None, pad_edge=False, show_header=True)
    table.add_column("copy", no_wrap=True)
    table.add_column(Text("".join(str(i % 10) for i in range(1, len(coverage.paragraphs) + 1))), no_wrap=True)
    table.add_column("carried", justify="right", no_wrap=True)
    for doc, cells in coverage.rows:
        mean = sum(cells) / len(cells) if cells else 0.0
        table.add_row(Text(doc), Text("".join(_shade(x) for x in cells)), f"{mean:.0%}")
    return Group(Text.assemble(("\nparagraphs of ", "bold"), (coverage.source, "bold"), (" carried by each copy", "bold")),
                 table, Text(f"{' '.join(SHADES)}  none … all of a paragraph", style="dim"))


def _dot_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tree_dot(tree: Tree, *, focus: str | None = None) -> str:
    """Graphviz dot text: solid arrows named direction, dashed lines without arrowheads unknown,
    dashed boxes nodes not in the corpus."""
    lines = [f"digraph {_dot_quote('story ' + tree.story)} {{", "  rankdir=TB;",
             '  node [shape=box, fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];']
    for n in tree.nodes:
        attrs = {"label": n.id if not n.errors else f"{n.id}\n{len(n.errors)} change(s)"}
        if n.kind != "document":
            attrs.update(style="dashed", label=f"{n.id}\n{n.kind}: not in the corpus")
        if n.id == focus:
            attrs.update(penwidth="2")
        lines.append(f"  {_dot_quote(n.id)} [" + ", ".join(f"{k}={_dot_quote(v)}" for k, v in attrs.items()) + "];")
    for e in tree.edges:
        label = f"{e.relation} {e.confidence:.2f}" if e.directed else f"{e.relation}\ndirection unknown"
        if e.alternatives:
            label += f"\nor {', '.join(e.alternatives)}"
        style = "" if e.directed else ", style=dashed, dir=none"
        lines.append(f"  {_dot_quote(e.parent)} -> {_dot_quote(e.child)} [label={_dot_quote(label)}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
