"""A Comparison as JSON, under the versioned contract ``wiretrace.compare/2``.

Later tools (the viewer, exports, other people's scripts) read this, so its keys are a promise:
docs/json-schema.md explains each field and docs/schema/compare-2.schema.json checks them. Any
change to keys or meanings gets a new schema id, never a silent edit of this one (compare/2
added the ``direction`` object to compare/1).
"""

from __future__ import annotations

import json
from typing import Any

from ..model import (
    Alignment,
    Clue,
    Comparison,
    Document,
    Finding,
    Link,
    LinkKind,
    Relation,
    Role,
    Sentence,
    Severity,
    Span,
    Verdict,
)

SCHEMA = "wiretrace.compare/2"

# Scores carry three decimals: more digits suggest a precision the models do not have, and
# stable rounding keeps the output diffable between runs.
_DECIMALS = 3


def _score(x: float) -> float:
    return round(float(x), _DECIMALS)


def _document(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "url": d.url,
        "outlet": d.outlet,
        "published": d.published,
        "lang": d.lang,
        "length": len(d.text),
    }


def _sentences(side: str, sentences: tuple[Sentence, ...]) -> list[dict[str, Any]]:
    # Links and unmatched lists refer to sentences by index, and readers index this list with
    # them: a gap or shuffle would point every reference at the wrong sentence.
    out = []
    for position, s in enumerate(sentences):
        if s.index != position:
            raise ValueError(
                f"sentence {position} of document {side} has index {s.index}: "
                "sentences must be numbered 0, 1, 2, ... in order"
            )
        out.append({"start": s.start, "end": s.end, "role": s.role.value, "paragraph": s.paragraph})
    return out


def _span(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "change": f.change,
        "severity": f.severity.value,
        "distortion": f.is_distortion,
        "a": _span(f.a),
        "b": _span(f.b),
        "explanation": f.explanation,
        "evidence": list(f.evidence),
    }


def _direction(v: Verdict) -> dict[str, Any]:
    return {
        "confidence": _score(v.direction_confidence),
        "weight_a": _score(sum(c.weight for c in v.clues if c.derived == "a")),
        "weight_b": _score(sum(c.weight for c in v.clues if c.derived == "b")),
        "dates_contradict": bool(v.dates_contradict),
        "fuller_upstream": v.fuller_upstream or None,
        "clues": [{"name": c.name, "derived": c.derived, "weight": _score(c.weight), "text": c.text}
                  for c in v.clues],
    }


def to_dict(c: Comparison) -> dict[str, Any]:
    """The ``wiretrace.compare/2`` form of a comparison: plain dicts, lists, strings and numbers."""
    v, al = c.verdict, c.alignment
    counts = {sev.value: 0 for sev in Severity}
    for f in c.findings:
        counts[f.severity.value] += 1
    return {
        "schema": SCHEMA,
        "relation": Relation(v.relation).value,
        "source": v.source,
        "confidence": _score(v.confidence),
        "common_source": bool(v.common_source),
        "direction": _direction(v),
        "coverage": {"a": _score(al.coverage_a), "b": _score(al.coverage_b)},
        "documents": {"a": _document(c.a), "b": _document(c.b)},
        "sentences": {"a": _sentences("a", c.sentences_a), "b": _sentences("b", c.sentences_b)},
        "links": [
            {
                "a": list(link.a),
                "b": list(link.b),
                "kind": link.kind.value,
                "similarity": _score(link.similarity),
            }
            for link in al.links
        ],
        "unmatched": {"a": list(al.unmatched_a), "b": list(al.unmatched_b)},
        "findings": [_finding(f) for f in c.findings],
        "evidence": list(v.evidence),
        "counts": counts,
    }


def to_json(c: Comparison, *, indent: int | None = 2) -> str:
    """``to_dict`` as a JSON string; non-ASCII text stays readable (UTF-8, not \\u escapes)."""
    return json.dumps(to_dict(c), ensure_ascii=False, indent=indent)


def from_dict(d: dict[str, Any], a: Document, b: Document) -> Comparison:
    """A Comparison back from its ``compare/1`` or ``compare/2`` form and the two documents' texts.

    The JSON keeps sentences as offsets only (the text is the documents'), so the documents must be
    the ones the JSON was made from: a stored pair and the stored texts. Sentence languages and
    normalised text are not kept, and scores come back rounded as the JSON holds them; views need
    neither.
    """
    if d.get("schema") not in (SCHEMA, "wiretrace.compare/1"):
        raise ValueError(f"not a wiretrace.compare/1 or /2 object: schema {d.get('schema')!r}")

    def sentences(doc: Document, side: str) -> tuple[Sentence, ...]:
        return tuple(
            Sentence(i, s["start"], s["end"], doc.text[s["start"]:s["end"]], doc.lang or "", s["paragraph"],
                     Role(s["role"]))
            for i, s in enumerate(d["sentences"][side]))

    def span(x: dict[str, int] | None) -> Span | None:
        return None if x is None else Span(x["start"], x["end"])

    direction = d.get("direction") or {}
    verdict = Verdict(
        Relation(d["relation"]), d["source"], d["confidence"], tuple(d["evidence"]), d["common_source"],
        tuple(Clue(c["name"], c["derived"], c["weight"], c["text"]) for c in direction.get("clues", ())),
        direction.get("confidence", 0.5), direction.get("dates_contradict", False),
        direction.get("fuller_upstream") or "")
    alignment = Alignment(
        tuple(Link(tuple(x["a"]), tuple(x["b"]), LinkKind(x["kind"]), x["similarity"]) for x in d["links"]),
        tuple(d["unmatched"]["a"]), tuple(d["unmatched"]["b"]), d["coverage"]["a"], d["coverage"]["b"])
    findings = tuple(
        Finding(f["kind"], f["change"], Severity(f["severity"]), span(f["a"]), span(f["b"]), f["explanation"],
                tuple(f["evidence"]))
        for f in d["findings"])
    return Comparison(a, b, sentences(a, "a"), sentences(b, "b"), alignment, findings, verdict)
