"""Measurements of a pair that the relation and direction rules read.

Kept apart from the rules so that benchmarks and the family-tree work can reuse them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..inspect.context import Context
from ..inspect.names import respelling_finding
from ..model import Finding, LinkKind, Role
from .house_style import Conversion, partial_conversion

SAME_WORDS = 0.5  # share of the linked text word for word from which both sides have one wording
_DECLARED_MT = re.compile(r"(?:automatically|machine)[ -]translat|translated (?:automatically|by machine)", re.I)
# What a republisher adds around a story, as opposed to a wire service's own slug lines and rules.
_NOTICE = re.compile(
    r"added by the user|not responsible for the content|shared by a reader|republished|"
    r"originally (?:published|appeared)|follow .{0,40}coverage|read more|click here|subscribe|sign up|"
    r"(?:automatically|machine)[ -]translated|^\W*(?:https?://|www\.)", re.I)
_AGGREGATOR = re.compile(r"added by the user|not responsible for the content|shared by a reader", re.I)
# "$2,150 (Sh256,584)": an amount followed by its value in another currency, in brackets.
_CONVERSION = re.compile(
    r"[$€£¥]\s?\d[\d,.]*\s*(?:million|billion|bn|m)?\s*\(\s?(?:KSh|Sh|£|€|Rs\.?|₹|¥|₦|N|R|US\$|\$)\s?\d")


def _respelled(f: Finding) -> bool:
    return respelling_finding(f) and f.change in ("respelled", "spelling_variant")


def _own_artifacts(findings: list[Finding]) -> tuple[int, int]:
    """Artifacts of each side whose text (the finding's evidence, spaces folded) the other side's
    artifacts do not repeat."""
    def texts(side: str) -> list[str]:
        return [" ".join(f.evidence[0].split()) if f.evidence else "" for f in findings
                if f.kind == "mt_artifact" and getattr(f, side) is not None]
    ta, tb = texts("a"), texts("b")
    sa, sb = set(ta), set(tb)
    return sum(1 for t in ta if t not in sb), sum(1 for t in tb if t not in sa)


def _notices(side, other, same_wording: bool = False) -> int:
    """Republisher notices of ``side`` that ``other`` does not carry word for word: a copy of a
    republished page keeps that page's notices, which say nothing of which came first. With
    ``same_wording`` (half the linked text word for word) a "machine translated" banner is not
    one: the machine translated a text before both, so the banner says the bannered page came
    from elsewhere, not from the other."""
    theirs = {" ".join(x.text.split()) for x in other.sentences if x.role is Role.BOILERPLATE}
    return sum(1 for x in side.sentences if x.role is Role.BOILERPLATE and _NOTICE.search(x.text)
               and " ".join(x.text.split()) not in theirs and not (same_wording and _DECLARED_MT.search(x.text)))


@dataclass(frozen=True, slots=True)
class Signals:
    links: int
    coverage_a: float
    coverage_b: float
    share_identical: float  # of links, weighted by A characters
    share_close: float  # identical or edited
    mean_similarity: float
    in_order: float  # share of links on the longest in-order chain
    body_chars_a: int
    body_chars_b: int
    artifacts_a: int
    artifacts_b: int
    # ... that the other side does not carry word for word: a copy of a machine-made text
    # inherits its debris, which marks their common ancestry, not a second machine pass.
    own_artifacts_a: int
    own_artifacts_b: int
    respellings: int
    boilerplate_a: bool
    boilerplate_b: bool
    declared_mt_a: bool  # the page says it was machine-translated
    declared_mt_b: bool
    furniture_a: int  # republisher notices among the header/footer lines the other side lacks
    furniture_b: int
    condensed: str  # "a"/"b": the side that is a short condensation of the other, else ""
    localised_a: bool
    localised_b: bool
    tail_a: int  # body sentences of A after the last linked one
    tail_b: int
    head_a: int  # body sentences of A before the first linked one
    head_b: int
    identical_text: bool
    # Share of the shorter body's word 4-grams found in the other: copies keep phrases even when
    # every sentence is reworded; independent reports of one event share facts, rarely phrases.
    phrase_containment: float
    # Figures (digit strings, separators dropped) in the linked sentences: how many the side with
    # fewer holds, and the share of those the other side's linked sentences hold too. A copy keeps
    # its source's figures, changing one or two at most; two stories written on one template
    # (a disaster report, an election result) share phrases but not their figures.
    figures_linked: int = 0
    figures_agree: float = 1.0
    # A side that converted the pair's differing spellings to its house style only in part.
    house_style: Conversion | None = None


_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")


def _figures(side, indices) -> Counter:
    text = unicodedata.normalize("NFKC", " ".join(side.sentences[i].text for i in indices))
    return Counter(re.sub(r"[.,]", "", m) for m in _FIGURE.findall(text))


def _figures_agree(ctx: Context) -> tuple[int, float]:
    fa = _figures(ctx.a, sorted({i for lk in ctx.alignment.links for i in lk.a}))
    fb = _figures(ctx.b, sorted({i for lk in ctx.alignment.links for i in lk.b}))
    fewer = min(sum(fa.values()), sum(fb.values()))
    return fewer, (sum((fa & fb).values()) / fewer if fewer else 1.0)


def _in_order(pairs: list[tuple[int, int]]) -> float:
    from ..align.search import _lis

    return len(_lis(sorted(pairs))) / len(pairs) if pairs else 0.0


def _edge_unlinked(ctx: Context, side: str) -> tuple[int, int]:
    s = ctx.side(side)
    body = [x.index for x in s.sentences if x.role is Role.BODY]
    linked = {i for v in ctx.links for i in (v.link.a if side == "a" else v.link.b)}
    if not body or not linked:
        return 0, 0
    first, last = min(linked), max(linked)
    return sum(1 for i in body if i < first), sum(1 for i in body if i > last)


def _grams(side, n: int = 4) -> set[tuple[str, ...]]:
    words = [t.low for x in side.body() for t in side.tokens[x.index]]
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _phrase_containment(a, b) -> float:
    ga, gb = _grams(a), _grams(b)
    return len(ga & gb) / min(len(ga), len(gb)) if ga and gb else 0.0


def _condensed(body_a: int, body_b: int, cov_a: float, cov_b: float) -> str:
    if body_a <= 0.6 * body_b and cov_a >= 0.7 and cov_b <= 0.6:
        return "a"
    if body_b <= 0.6 * body_a and cov_b >= 0.7 and cov_a <= 0.6:
        return "b"
    return ""


def measure(ctx: Context, findings: list[Finding]) -> Signals:
    al = ctx.alignment
    a, b = ctx.a, ctx.b
    weights = [sum(a.sentences[i].end - a.sentences[i].start for i in lk.a) for lk in al.links]
    total = sum(weights) or 1
    ident = sum(w for w, lk in zip(weights, al.links) if lk.kind is LinkKind.IDENTICAL) / total
    close = sum(
        w for w, lk in zip(weights, al.links) if lk.kind in (LinkKind.IDENTICAL, LinkKind.EDITED)
    ) / total
    sims = [lk.similarity for lk in al.links]
    body_a = sum(s.end - s.start for s in a.body())
    body_b = sum(s.end - s.start for s in b.body())
    head_a, tail_a = _edge_unlinked(ctx, "a")
    head_b, tail_b = _edge_unlinked(ctx, "b")
    own_a, own_b = _own_artifacts(findings)
    readable_a, readable_b = (ctx.same_language or x.lang == "en" for x in (a, b))
    fig_n, fig_agree = _figures_agree(ctx)

    def norm_body(side):
        return " ".join(s.norm for s in side.body())

    return Signals(
        links=len(al.links),
        coverage_a=al.coverage_a,
        coverage_b=al.coverage_b,
        share_identical=ident,
        share_close=close,
        mean_similarity=sum(sims) / len(sims) if sims else 0.0,
        in_order=_in_order([(min(lk.a), min(lk.b)) for lk in al.links]),
        body_chars_a=body_a,
        body_chars_b=body_b,
        artifacts_a=sum(1 for f in findings if f.kind == "mt_artifact" and f.a is not None),
        artifacts_b=sum(1 for f in findings if f.kind == "mt_artifact" and f.b is not None),
        own_artifacts_a=own_a,
        own_artifacts_b=own_b,
        # Distinct respelled names: one name respelled in five places is one respelling.
        # A name spelled two accepted ways (Yamashima / Yammashima) is a respelling too here: the
        # question is whether a machine rewrote the names, not whether it matters.
        respellings=len({f.evidence[0] for f in findings if _respelled(f)}),
        declared_mt_a=bool(_DECLARED_MT.search(a.doc.text[:1000])),
        declared_mt_b=bool(_DECLARED_MT.search(b.doc.text[:1000])),
        # The notice patterns are English: "none on the other side" means something only where
        # they can read that side (a German "Erstveröffentlichung in …" goes unread); an English
        # notice on a translation against an English text still counts.
        furniture_a=_notices(a, b, ident >= SAME_WORDS) if readable_b else 0,
        furniture_b=_notices(b, a, ident >= SAME_WORDS) if readable_a else 0,
        condensed=_condensed(body_a, body_b, al.coverage_a, al.coverage_b),
        boilerplate_a=bool(_AGGREGATOR.search(a.doc.text[:600])),
        boilerplate_b=bool(_AGGREGATOR.search(b.doc.text[:600])),
        # Conversions are read across languages too, though a translation may write one in a
        # form the pattern misses ("4 Millionen Dollar (3,2 Millionen Pfund)"): on generated
        # chains, a translation of the original lacking the conversion an English sibling added
        # is what keeps the tree from hanging the translation under that sibling (reading
        # same-language pairs only cost 3 of 89 parents on the test suite's chains).
        localised_a=bool(_CONVERSION.search(a.doc.text)) and not _CONVERSION.search(b.doc.text),
        localised_b=bool(_CONVERSION.search(b.doc.text)) and not _CONVERSION.search(a.doc.text),
        tail_a=tail_a,
        tail_b=tail_b,
        head_a=head_a,
        head_b=head_b,
        identical_text=norm_body(a) == norm_body(b) and bool(norm_body(a)),
        figures_linked=fig_n,
        figures_agree=fig_agree,
        phrase_containment=_phrase_containment(a, b),
        house_style=partial_conversion(a.doc.text, b.doc.text, findings) if ctx.same_language else None,
    )
