"""Quotes: words the story puts in someone's mouth, and whether the copy keeps them as said.

A quote is the text between quote marks in one paragraph (curly quotes, guillemets and 「」 count as
straight ones). Two quotes are the same when their words are equal after folding case, punctuation
and contractions ("We're" = "We are"): a republisher's house style is not a change of words.
Quotes of one or two words are mostly scare quotes ("volunteer battalions"); dropping their marks
is harmless, so they are reported only when the words themselves were replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Finding, Role, Span
from ..text.normalize import fold
from ..text.tokens import STOPWORDS_EN
from ._util import finding, quote
from .context import Context, LinkView, Side

_OPEN, _CLOSE, _BOTH = "“«「『„‟", "”»」』", '"'
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CONTRACTIONS = {"n't": ["not"], "'re": ["are"], "'ve": ["have"], "'ll": ["will"], "'m": ["am"],
                 "'d": ["would"]}
_SPECIAL = {"can't": ["can", "not"], "won't": ["will", "not"], "cannot": ["can", "not"]}
_OVERLAP = 0.4  # below this a B quote is a different quote, not an altered one


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # document offsets of the words inside the marks
    end: int
    text: str
    sentence: int
    words: tuple[str, ...]  # normalised, for comparing
    shown: tuple[str, ...]  # as written, parallel to ``words`` ("" for the second half of "we're")

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words: list[str] = []
    shown: list[str] = []
    for m in _WORD.finditer(fold(text).replace("’", "'")):
        low = m.group().lower()
        parts = _SPECIAL.get(low)
        if parts is None:
            parts = [low]
            for suffix, full in _CONTRACTIONS.items():
                if low.endswith(suffix) and len(low) > len(suffix):
                    parts = [low[: -len(suffix)], *full]
                    break
        words.extend(parts)
        shown.extend([m.group()] + [""] * (len(parts) - 1))
    return tuple(words), tuple(shown)


def quotes_of(side: Side) -> list[Quote]:
    """Every quote in the body paragraphs of one side."""
    text = side.doc.text
    paras: dict[int, list] = {}
    for s in side.sentences:
        if s.role is Role.BODY:
            paras.setdefault(s.paragraph, []).append(s)
    out: list[Quote] = []
    for sents in paras.values():
        lo, hi = sents[0].start, sents[-1].end
        pairs, open_at = [], None
        for k in range(lo, hi):
            c = text[k]
            if c in _OPEN or (c == _BOTH and open_at is None):
                open_at = k  # a new opener while one is open: the first was a stray mark
            elif (c in _CLOSE or c == _BOTH) and open_at is not None:
                pairs.append((open_at + 1, k))
                open_at = None
        if open_at is not None and len(text[open_at:hi].split()) <= 80:  # runs on to the next paragraph
            pairs.append((open_at + 1, hi))
        for s, e in pairs:
            piece = text[s:e]
            lead = len(piece) - len(piece.lstrip(" ,.;:-"))
            s, e = s + lead, s + len(piece.rstrip(" ,.;:-"))
            words, shown = _words(text[s:e])
            if words:
                sent = next(x.index for x in sents if x.start <= s < x.end + 1)
                out.append(Quote(s, e, text[s:e], sent, words, shown))
    return out


def _ratio(x: Quote, y: Quote) -> float:
    seq = SequenceMatcher(None, x.words, y.words, autojunk=False).ratio()
    cx = {w for w in x.words if w not in STOPWORDS_EN}
    cy = {w for w in y.words if w not in STOPWORDS_EN}
    dice = 2 * len(cx & cy) / (len(cx) + len(cy)) if cx and cy else 0.0
    return max(seq, dice)


def _changes(x: Quote, y: Quote, limit: int = 3) -> str:
    def show(q: Quote, i: int, j: int) -> str:
        return " ".join(w for w in q.shown[i:j] if w) or " ".join(q.words[i:j])

    ops = [list(o) for o in SequenceMatcher(None, x.words, y.words, autojunk=False).get_opcodes()]
    # "Defense Ministry" -> "Department of Defense" is one change, not an insert and a delete around
    # a shared word: merge edits separated by a single unchanged word.
    merged: list[list] = []
    for op in ops:
        if (merged and op[0] != "equal" and len(merged) >= 2 and merged[-1][0] == "equal"
                and merged[-1][2] - merged[-1][1] == 1 and merged[-2][0] != "equal"
                and op[2] - merged[-2][1] <= 4 and op[4] - merged[-2][3] <= 4):
            eq, prev = merged.pop(), merged.pop()
            op = ["replace", prev[1], op[2], prev[3], op[4]]
        merged.append(op)
    out = []
    for op, i1, i2, j1, j2 in merged:
        if op == "equal":
            continue
        if i1 < i2 and j1 < j2:
            out.append(f"“{show(x, i1, i2)}” became “{show(y, j1, j2)}”")
        elif i1 < i2:
            out.append(f"“{show(x, i1, i2)}” is gone")
        else:
            out.append(f"“{show(y, j1, j2)}” was added")
    more = f" and {len(out) - limit} more change{'s' if len(out) - limit > 1 else ''}" if len(out) > limit else ""
    return "; ".join(out[:limit]) + more


def _stems_in(side: Side, q: Quote) -> set[str]:
    toks = (t for ts in side.tokens for t in ts)
    return {t.stem for t in toks if q.start <= t.start < q.end and not t.stop and len(t.low) > 1}


def _clause_sim(view: LinkView, q: Quote) -> float:
    """How well the A clauses under the quote survive in B (the words may be reworded)."""
    sims = [sim for c, (_, sim) in zip(view.a_clauses, view.match_a) if c.start < q.end and q.start < c.end]
    return max(sims, default=0.0)


def _b_place(view: LinkView, stems: set[str]) -> Span | None:
    best = max(view.b_clauses, key=lambda c: len(c.stems & stems), default=None)
    return best.span if best is not None and best.stems & stems else None


def _has_claim(q: Quote) -> bool:
    """A number or a name inside the quote: dropping it loses a checkable claim."""
    words = q.text.split()
    return any(ch.isdigit() for ch in q.text) or any(
        w[:1].isupper() and w.strip("\"'“”,.") not in ("I", "I'm", "I've", "I'll") for w in words[1:])


def find(ctx: Context) -> list[Finding]:
    qa, qb = quotes_of(ctx.a), quotes_of(ctx.b)
    out: list[Finding] = []
    for view in ctx.links:
        in_a = [q for q in qa if q.sentence in view.link.a]
        in_b = [q for q in qb if q.sentence in view.link.b]
        b_words = " ".join(ctx.b.sentences[j].norm for j in view.link.b)
        b_words = " " + " ".join(_words(b_words)[0]) + " "
        for q in in_a:
            if any(q.words == y.words for y in qb):
                continue  # kept, perhaps moved to another paragraph
            best = max(in_b, key=lambda y: _ratio(q, y), default=None)
            overlap = _ratio(q, best) if best is not None else 0.0
            if overlap < _OVERLAP and any(_ratio(q, y) >= 0.9 for y in qb):
                continue  # moved elsewhere nearly intact; the alignment did not follow it
            if len(q.words) < 3:
                reworded = _clause_sim(view, q) >= 0.5
                if (overlap < 0.5 and ctx.same_language and reworded
                        and f" {' '.join(q.words)} " not in b_words):
                    out.append(finding(
                        "quote", "dropped", "low", q.span, None,
                        f"The quoted words {quote(q.text)} are gone: the copy rewords them without quote "
                        f"marks.", q.text))
                continue
            if best is not None and overlap >= _OVERLAP:
                if ctx.same_language:
                    out.append(finding(
                        "quote", "altered", "medium", q.span, best.span,
                        f"The copy changes words inside the quote: {_changes(q, best)}.",
                        quote(q.text), quote(best.text)))
                continue
            stems = _stems_in(ctx.a, q)
            if ctx.same_language:
                kept = len(stems & view.b_stems) / len(stems) if stems else 0.0
            else:
                if in_b:
                    continue  # quote marks are there; words cannot be compared across languages
                kept = 1.0 if _clause_sim(view, q) >= 0.55 else 0.0
            if kept >= 0.6:
                out.append(finding(
                    "quote", "unquoted", "medium", q.span, _b_place(view, stems),
                    f"The copy keeps the words of {quote(q.text)} but drops the quote marks: a "
                    f"person's words now read as the outlet's own narration.", quote(q.text)))
            else:
                claim = _has_claim(q)
                out.append(finding(
                    "quote", "dropped", "medium" if claim else "low", q.span, None,
                    f"The copy drops the quote {quote(q.text)}"
                    + (", and the number or name it carried." if claim else "."), quote(q.text)))
        if not ctx.same_language:
            continue
        a_words = " " + " ".join(w for i in view.link.a for w in _words(ctx.a.sentences[i].text)[0]) + " "
        for y in in_b:
            if len(y.words) < 3 or any(_ratio(x, y) >= _OVERLAP for x in qa):
                continue
            narrated = f" {' '.join(y.words)} " in a_words
            out.append(finding(
                "quote", "added", "medium", None, y.span,
                f"The copy puts {quote(y.text)} in quote marks"
                + (", where A has the same words as narration." if narrated
                   else "; A quotes no such words."), quote(y.text)))
    return out
