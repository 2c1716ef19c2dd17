"""Harmless edits, reported with severity none so nobody mistakes them for distortions:
a republisher's currency conversions, and British/American spelling variants.

(Accepted spelling variants of names come from the names family, with this family's kind.)
"""

from __future__ import annotations

from ..model import Finding, Span
from ..text.spelling import us_spelling
from ._util import finding
from .context import Context
from .numbers import figures, is_conversion


def find(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for side in ("a", "b"):
        s = ctx.side(side)
        for v in ctx.links:
            for c in (v.a_clauses if side == "a" else v.b_clauses):
                for f in figures(c, s.doc.text, s.lang):
                    if is_conversion(s.doc.text, f):
                        span = Span(f.start, f.end)
                        out.append(finding("harmless", "localisation", "none",
                                           span if side == "a" else None, span if side == "b" else None,
                                           f"{side.upper()} adds a currency conversion ({f.text}) for its "
                                           "readers: a localisation, not a change of fact", f.text))
    if not ctx.same_language:
        return out
    for v in ctx.links:
        out.extend(_percent(v.a_tokens, v.b_tokens))
        b_words = {t.low: t for t in v.b_tokens}
        a_words = {t.low for t in v.a_tokens}
        seen = set()
        for t in v.a_tokens:
            if t.low in b_words or len(t.low) < 5 or not t.low.isalpha() or t.text[:1].isupper():
                continue  # capitalised words are names: the names family judges their spellings
            twin = next((u for w, u in b_words.items() if w not in a_words and w != t.low
                         and us_spelling(w) == us_spelling(t.low)), None)
            if twin is not None and (t.low, twin.low) not in seen:
                seen.add((t.low, twin.low))
                out.append(finding("harmless", "spelling_variant", "none", Span(t.start, t.end),
                                   Span(twin.start, twin.end),
                                   f"“{t.text}” / “{twin.text}”: British and American spelling of one word",
                                   f"{t.text} → {twin.text}"))
    return out


def _percents(tokens) -> list[tuple[int, int, str]]:
    """Each "percent" and "per cent" of the tokens: (start, end, form)."""
    out = []
    for i, t in enumerate(tokens):
        if t.low == "percent":
            out.append((t.start, t.end, "percent"))
        elif t.low == "per" and i + 1 < len(tokens) and tokens[i + 1].low == "cent":
            out.append((t.start, tokens[i + 1].end, "per cent"))
    return out


def _percent(a_tokens, b_tokens) -> list[Finding]:
    """"percent" / "per cent": American and British house styles of one word (one finding a link,
    when each side writes it one way only)."""
    a, b = _percents(a_tokens), _percents(b_tokens)
    if not a or not b or len({f for *_, f in a}) > 1 or len({f for *_, f in b}) > 1 or a[0][2] == b[0][2]:
        return []
    (sa, ea, fa), (sb, eb, fb) = a[0], b[0]
    return [finding("harmless", "spelling_variant", "none", Span(sa, ea), Span(sb, eb),
                    f"“{fa}” / “{fb}”: one word in two house styles", f"{fa} → {fb}")]
