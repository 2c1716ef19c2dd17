"""Small helpers shared by the finding families."""

from __future__ import annotations

from ..model import Finding, Severity, Span


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def finding(
    kind: str, change: str, severity: str | Severity, a: Span | None, b: Span | None,
    explanation: str, *evidence: str,
) -> Finding:
    return Finding(kind, change, Severity(severity), a, b, explanation, tuple(evidence))


def span_of(tokens) -> Span | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return Span(tokens[0].start, tokens[-1].end)
