"""SVG pictures of a family tree and a coverage map, written by hand.

Plain string building rather than Graphviz: ``dot`` is a system binary a fresh machine may lack,
and the promise is that wiretrace runs with nothing but its wheels (``--format dot`` still gives
Graphviz users the text to lay out themselves). Trees of a story are small, so a tidy layered
layout (leaves side by side, each parent centred over its children) is enough. Every piece of
text is XML-escaped: ids and errors come from the articles.
"""

from __future__ import annotations

from html import escape

from ..model import CoverageMap, Tree

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 170, 44, 24, 70, 20
CELL, LABEL_W = 14, 170
_FONT = 'font-family="Helvetica, Arial, sans-serif"'
_ARROW = ('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
          'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#333"/></marker></defs>')


def _open(width: int, height: int) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" {_FONT} font-size="11">')


def _layout(tree: Tree) -> dict[str, tuple[float, int]]:
    """``{node: (slot, depth)}``: leaves get consecutive slots, parents the middle of their children."""
    pos: dict[str, tuple[float, int]] = {}
    next_slot = [0.0]

    def place(node: str, depth: int) -> float:
        kids = [e.child for e in tree.children(node) if e.child not in pos]
        if not kids:
            slot = next_slot[0]
            next_slot[0] += 1
        else:
            slots = [place(k, depth + 1) for k in kids]
            slot = (slots[0] + slots[-1]) / 2
        pos[node] = (slot, depth)
        return slot

    for r in tree.roots:
        place(r, 0)
    for n in tree.nodes:  # anything a cycle kept out of reach still gets drawn
        if n.id not in pos:
            place(n.id, 0)
    return pos


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def tree_svg(tree: Tree, *, focus: str | None = None) -> str:
    pos = _layout(tree)
    width = int(PAD * 2 + (max((s for s, _ in pos.values()), default=0) + 1) * (BOX_W + GAP_X))
    height = int(PAD * 2 + (max((d for _, d in pos.values()), default=0) + 1) * (BOX_H + GAP_Y))

    def xy(node: str) -> tuple[float, float]:
        slot, depth = pos[node]
        return PAD + slot * (BOX_W + GAP_X), PAD + depth * (BOX_H + GAP_Y)

    out = [_open(width, height), f"<title>{escape('family tree of story ' + tree.story)}</title>", _ARROW]
    for e in tree.edges:
        (px, py), (cx, cy) = xy(e.parent), xy(e.child)
        x1, y1, x2, y2 = px + BOX_W / 2, py + BOX_H, cx + BOX_W / 2, cy
        style = 'stroke="#333" marker-end="url(#arrow)"' if e.directed else 'stroke="#999" stroke-dasharray="5,4"'
        label = f"{e.relation} {e.confidence:.2f}" if e.directed else f"{e.relation} · direction unknown"
        if e.alternatives:
            label += " · parent uncertain"
        out.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" {style}>'
                   f"<title>{escape(' · '.join(e.evidence) or label)}</title></line>")
        out.append(f'<text x="{(x1 + x2) / 2 + 4:.0f}" y="{(y1 + y2) / 2:.0f}" fill="#555" font-size="10">'
                   f"{escape(label)}</text>")
    for n in tree.nodes:
        x, y = xy(n.id)
        if n.kind == "document":
            rect = 'fill="#fff" stroke="#222"' + (' stroke-width="3"' if n.id == focus else "")
            sub = f"{len(n.errors)} change(s)" if n.errors else ""
            if tree.order_unknown(n.id):
                sub = "drawn first: order unknown"
        else:
            rect = 'fill="#fff8e1" stroke="#b08000" stroke-dasharray="4,3"'
            sub = "lost copy" if n.kind == "lost" else "fuller upstream" if "fuller" in n.note else "upstream"
            sub += " · not in corpus"
        tip = "\n".join([n.note, *n.errors] if n.note else n.errors)
        out.append(f'<g><rect x="{x:.0f}" y="{y:.0f}" width="{BOX_W}" height="{BOX_H}" rx="4" {rect}/>'
                   f'<text x="{x + 8:.0f}" y="{y + 18:.0f}" font-weight="bold">{escape(_short(n.id))}</text>'
                   f'<text x="{x + 8:.0f}" y="{y + 34:.0f}" fill="#666">{escape(_short(sub, 30))}</text>'
                   + (f"<title>{escape(tip)}</title>" if tip else "") + "</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def coverage_svg(coverage: CoverageMap) -> str:
    cols, rows = len(coverage.paragraphs), len(coverage.rows)
    width = PAD * 2 + LABEL_W + cols * CELL + 60
    height = PAD * 2 + 30 + rows * CELL
    heading = escape("coverage of " + _short(coverage.source, 40) + " (one column per paragraph)")
    out = [_open(width, height), f"<title>{escape('paragraphs of ' + coverage.source + ' carried by each copy')}</title>",
           f'<text x="{PAD}" y="{PAD + 10}" font-weight="bold">{heading}</text>']
    top = PAD + 24
    for i, (doc, cells) in enumerate(coverage.rows):
        y = top + i * CELL
        out.append(f'<text x="{PAD}" y="{y + CELL - 3}">{escape(_short(doc, 26))}</text>')
        for j, x in enumerate(cells):
            tip = f"{doc}: {x:.0%} of paragraph {j + 1} ({coverage.paragraphs[j]} …)"
            out.append(f'<rect x="{PAD + LABEL_W + j * CELL}" y="{y}" width="{CELL - 1}" height="{CELL - 1}" '
                       f'fill="#1f4e79" fill-opacity="{0.08 + 0.92 * x:.2f}"><title>{escape(tip)}</title></rect>')
        mean = sum(cells) / len(cells) if cells else 0.0
        out.append(f'<text x="{PAD + LABEL_W + cols * CELL + 6}" y="{y + CELL - 3}" fill="#555">{mean:.0%}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
