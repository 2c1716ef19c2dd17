"""What each page shows, as plain data: the template context and the page's JSON twin.

The pair page reuses ``report._layout`` (the rows and highlights the terminal and HTML reports
show), so the viewer cannot drift from ``wiretrace compare``. JSON twins follow the documented
schemas: a pair is exactly its ``wiretrace.compare/2`` object; list pages wrap rows with the
columns of ``wiretrace.export/2`` (docs/web.md).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

from ..corpus import Member, PairRow, StoryFilter, StorySummary
from ..model import Comparison, Document, Severity
from ..report._layout import (
    DROPPED,
    NOT_ALIGNED,
    ONLY_B,
    build_rows,
    numbered_findings,
    source_label,
    span_text,
)
from ..report.json import to_dict

WEB_SCHEMA = "wiretrace.web/1"
SEVERITIES = [s.value for s in Severity]

# Row labels as the viewer names them: B's unlinked sentences are what the copy added.
ROW_CLASS = {DROPPED: ("dropped", "dropped"), ONLY_B: ("added", "added"), NOT_ALIGNED: ("not aligned", "skip")}


def safe_url(url: str | None) -> str | None:
    """The URL when a browser may follow it (http or https), else None: a stored ``javascript:``
    URL stays text, never a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def document_json(d: Document, *, text: bool = False) -> dict[str, Any]:
    # The compare/2 ``documents.a`` object, plus the text where the page shows it.
    out = {"id": d.id, "title": d.title, "url": d.url, "outlet": d.outlet, "published": d.published,
           "lang": d.lang, "length": len(d.text)}
    if text:
        out["text"] = d.text
    return out


def _clip(text: str, most: int = 600) -> str:
    # The findings list quotes each span; the highlight in the text shows it whole.
    return text if len(text) <= most else text[: most - 1] + "…"


def pair_context(c: Comparison) -> dict[str, Any]:
    """Everything the pair page template needs for one comparison."""
    numbered = numbered_findings(c)
    rows = build_rows(c)
    findings = {
        n: {"n": n, "f": f, "a_text": _clip(span_text(c.a, f.a)), "b_text": _clip(span_text(c.b, f.b)),
            "title": f"[{n}] {f.severity.value} · {f.kind}/{f.change}: {f.explanation}"}
        for n, f in numbered
    }
    # Keyboard navigation walks findings in page order (the row where each is first shown).
    order = [n for row in rows for n in row.notes]
    order += [n for n, _ in numbered if n not in set(order)]
    counts = {sev: sum(1 for f in c.findings if f.severity.value == sev) for sev in SEVERITIES}
    return {
        "c": c, "verdict": c.verdict, "alignment": c.alignment, "source": source_label(c),
        "rows": [(row, *ROW_CLASS.get(row.label, (row.label, "link"))) for row in rows],
        "findings": findings, "by_severity": [findings[n] for n, _ in numbered], "order": order,
        "counts": counts, "severities": SEVERITIES,
        "url_a": safe_url(c.a.url), "url_b": safe_url(c.b.url),
    }


def pair_json(c: Comparison) -> dict[str, Any]:
    return to_dict(c)


def pair_row_json(p: PairRow) -> dict[str, Any]:
    return asdict(p)


def member_json(m: Member) -> dict[str, Any]:
    return asdict(m)


def stories_json(rows: list[StorySummary], total: int, f: StoryFilter) -> dict[str, Any]:
    filters = {k: v for k, v in asdict(f).items() if k not in ("limit", "offset")}
    return {"schema": WEB_SCHEMA, "page": "stories", "filters": filters, "total": total, "offset": f.offset,
            "limit": f.limit, "stories": [asdict(r) for r in rows]}


def _derived_side(p: PairRow, doc_id: str) -> bool:
    """Whether the pair names the other document as ``doc_id``'s source."""
    return (p.source == "a" and p.b_id == doc_id) or (p.source == "b" and p.a_id == doc_id)


def _source_side(p: PairRow, doc_id: str) -> bool:
    return (p.source == "a" and p.a_id == doc_id) or (p.source == "b" and p.b_id == doc_id)


def other(p: PairRow, doc_id: str) -> str:
    return p.b_id if p.a_id == doc_id else p.a_id


def _copy_pairs(pairs: list[PairRow]) -> list[PairRow]:
    return [p for p in pairs if p.relation not in ("same_event", "unrelated")]


def story_context(story_id: str, members: list[Member], pairs: list[PairRow]) -> dict[str, Any]:
    """Members with the pair that names their source (the most confident one), and all pairs."""
    copies = _copy_pairs(pairs)
    rows = []
    for m in members:
        mine = [p for p in copies if _derived_side(p, m.doc_id)]
        best = max(mine, key=lambda p: (p.tier == "full", p.confidence), default=None)
        rows.append({"m": m, "source_pair": best, "source": None if best is None else other(best, m.doc_id),
                     "copies": sum(1 for p in copies if _source_side(p, m.doc_id))})
    totals = {k: sum(getattr(p, k) or 0 for p in pairs) for k in ("high", "medium", "low")}
    return {"story": story_id, "members": rows, "pairs": pairs, "totals": totals}


def story_json(story_id: str, members: list[Member], pairs: list[PairRow]) -> dict[str, Any]:
    return {"schema": WEB_SCHEMA, "page": "story", "story": story_id,
            "members": [member_json(m) for m in members], "pairs": [pair_row_json(p) for p in pairs]}


def document_context(d: Document, story: str | None, pairs: list[PairRow]) -> dict[str, Any]:
    copies = _copy_pairs(pairs)
    return {
        "d": d, "url": safe_url(d.url), "story": story,
        "sources": [(other(p, d.id), p) for p in copies if _derived_side(p, d.id)],
        "copies": [(other(p, d.id), p) for p in copies if _source_side(p, d.id)],
        # Same event, unrelated, or a copy whose direction is unknown.
        "undirected": [(other(p, d.id), p) for p in pairs if p not in copies or p.source == "unknown"],
    }


def document_page_json(d: Document, story: str | None, pairs: list[PairRow]) -> dict[str, Any]:
    return {"schema": WEB_SCHEMA, "page": "document", "document": document_json(d, text=True), "story": story,
            "pairs": [pair_row_json(p) for p in pairs]}
