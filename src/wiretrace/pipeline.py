"""``compare(a, b)``: the whole flow for one pair, as plain function calls over plain data."""

from __future__ import annotations

from .align import align
from .align.embed import embed
from .inspect import build_context, inspect
from .model import Comparison, Document
from .provenance import judge
from .text import detect_language, segment


def _as_document(x: Document | str, default_id: str) -> Document:
    if isinstance(x, Document):
        return x
    if isinstance(x, str):
        return Document(default_id, x)
    raise TypeError(f"compare() takes Document or str, got {type(x).__name__}")


def compare(a: Document | str, b: Document | str) -> Comparison:
    """Align ``b`` with ``a``, list what changed, and judge the relation and direction."""
    a, b = _as_document(a, "a"), _as_document(b, "b")
    lang_a = a.lang or detect_language(a.text)
    lang_b = b.lang or detect_language(b.text)
    sa, sb = segment(a.text, lang_a), segment(b.text, lang_b)
    vecs = embed([s.text for s in sa] + [s.text for s in sb])
    alignment, scores = align(sa, sb, same_language=lang_a == lang_b,
                              vectors_a=vecs[: len(sa)], vectors_b=vecs[len(sa):])
    ctx = build_context(a, b, sa, sb, alignment, scores)
    findings = inspect(ctx)
    verdict = judge(ctx, findings)
    if not verdict.relation.is_copy:
        findings = []  # differences between texts that are not copies are not distortions
    return Comparison(a, b, sa, sb, alignment, tuple(findings), verdict)
