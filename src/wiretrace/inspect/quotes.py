"""Quotes: words the story puts in someone's mouth, and whether the copy keeps them as said.

A quote is the text between quote marks in one paragraph (straight, curly, guillemets, 「」, „“).
Two quotes are the same when their words are equal after folding case, punctuation and
contractions ("We're" = "We are"): a republisher's house style is not a change of words. Quotes of
one or two words are mostly scare quotes ("volunteer battalions"); dropping their marks is harmless,
so they are reported only when the words themselves were replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Finding, Role, Span
from ..text.normalize import fold
from ..text.spelling import us_spelling
from ..text.tokens import STOPWORDS_EN
from ._speakers import SPEECH, nearby_b
from ._util import finding, quote
from .context import Context, LinkView, Side

# „ and the CJK brackets say which way they face; “ and ” do not (German closes with “, Swedish
# opens with ”), so those are read from their surroundings like the straight mark. Guillemets face
# the other way in German and Danish, and French sets them off with spaces: decided by language.
_OPEN, _CLOSE, _BOTH = "„「『", "」』", '"“”‟'
_REVERSED_GUILLEMETS = frozenset({"de", "da"})
_ALL_MARKS = _OPEN + _CLOSE + _BOTH + "«»"
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
    sure: bool = True  # its paragraph's marks pair up cleanly

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


def _mark(text: str, k: int, lo: int, hi: int, lang: str) -> str | None:
    """Is ``text[k]`` a quote mark that opens, closes, or either (a straight mark between letters)?"""
    c = text[k]
    if c in "«»":
        return "open" if (c == "«") != (lang in _REVERSED_GUILLEMETS) else "close"
    if c in _OPEN:
        return "open"
    if c in _CLOSE:
        return "close"
    if c not in _BOTH:
        return None
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    if before.isalpha() and after.isalpha():
        return None  # l"école: a mark standing in for an apostrophe
    if (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}\u2014\u2013-"):
        return "close"
    return "either"


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
        ends = [x.end for x in sents]
        pairs, open_at, sure = [], None, True
        for k in range(lo, hi):
            kind = _mark(text, k, lo, hi, sents[0].lang)
            if kind is None:
                continue
            if open_at is None:
                open_at = None if kind == "close" else k
                sure = sure and kind != "close"
            elif kind == "open":  # the open quote ran on to a paragraph the source had merged
                end = max((e for e in ends if open_at < e <= k), default=k)
                pairs.append((open_at + 1, end))
                open_at, sure = k, False
            else:
                pairs.append((open_at + 1, k))
                open_at = None
        if open_at is not None and len(text[open_at:hi].split()) <= 80:  # runs on to the next paragraph
            pairs.append((open_at + 1, hi))
            sure = False
        for s, e in pairs:
            piece = text[s:e]
            lead = len(piece) - len(piece.lstrip(" ,.;:-"))
            s, e = s + lead, s + len(piece.rstrip(" ,.;:-"))
            words, shown = _words(text[s:e])
            if words:
                sent = next(x.index for x in sents if x.start <= s < x.end + 1)
                out.append(Quote(s, e, text[s:e], sent, words, shown, sure))
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
            merged.pop()  # the shared word
            prev = merged.pop()
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
    extra = len(out) - limit
    more = f" and {extra} more change{'s' if extra > 1 else ''}" if extra > 0 else ""
    return "; ".join(out[:limit]) + more


def _stems_in(side: Side, q: Quote) -> set[str]:
    toks = (t for ts in side.tokens for t in ts)
    return {t.stem for t in toks if q.start <= t.start < q.end and not t.stop and len(t.low) > 1}


def _clause_sim(view: LinkView, q: Quote) -> float:
    """How well the A clauses under the quote survive in B (the words may be reworded)."""
    sims = [sim for c, (_, sim) in zip(view.a_clauses, view.match_a) if c.start < q.end and q.start < c.end]
    return max(sims, default=0.0)


def _b_tokens(ctx: Context, near: list[int], stems: set[str]):
    """The tokens of the B sentence near the link that holds most of the quote's words."""
    return max((ctx.b.tokens[j] for j in near), key=lambda ts: len(stems & {t.stem for t in ts}))


def _b_place(toks, stems: set[str]) -> Span | None:
    """Where the quote's words sit in B: from the first to the last of them in their sentence."""
    hits = [t for t in toks if t.stem in stems]
    return Span(hits[0].start, hits[-1].end) if hits else None


def _direct(side: Side, q: Quote) -> bool:
    """The quote is a speaker's whole statement ('"Every day of this costs …," Marsh said'), not
    a phrase quoted inside the outlet's sentence ('offers "lucrative cash bonuses" once deployed'),
    whose marks are all that keeps the phrase the speaker's."""
    x = side.sentences[q.sentence]
    before = side.doc.text[x.start:q.start].rstrip(" \"'“‘«„")
    return not before or before.endswith((":", ","))


def _reported(toks) -> bool:
    """The B sentence holding the quote's words says who said them ("a local business group put
    the cost at something like £15 million a day, a figure it said …", "according to"): indirect
    speech, a journalist's ordinary way to shorten a quote, not the outlet's own narration."""
    lows = [t.low for t in toks]
    return any(w in SPEECH for w in lows) or any(a == "according" and b == "to" for a, b in zip(lows, lows[1:]))


def _has_claim(q: Quote) -> bool:
    """A number or a name inside the quote: dropping it loses a checkable claim."""
    words = q.text.split()
    return any(ch.isdigit() for ch in q.text) or any(
        w[:1].isupper() and w.strip("\"'“”,.") not in ("I", "I'm", "I've", "I'll") for w in words[1:])


def _title(q: Quote) -> bool:
    """A quoted title or name ("It Begins to Move Again", "25th Ocean Cup") is not speech."""
    words = [w for w in q.shown if w]
    caps = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return len(words) >= 2 and caps >= 0.6 * len(words)


def _same_place(view: LinkView, q: Quote, y: Quote) -> bool:
    """The clauses under ``q`` are matched with the clauses under ``y``: one quote, reworded."""
    for c, (j, sim) in zip(view.a_clauses, view.match_a):
        if c.start < q.end and q.start < c.end and j >= 0 and sim >= 0.5:
            other = view.b_clauses[j]
            if other.start < y.end and y.start < other.end:
                return True
    return False


def _judge(ctx: Context, view: LinkView, near: list[int], q: Quote, in_b: list[Quote], qb: list[Quote]):
    """What became of A's quote ``q`` in B: (finding or None, the B quote it became or None)."""
    # British and American spellings of one word ("neighbors" / "neighbours") are the speaker's
    # words all the same: the harmless family reports them.
    us = tuple(us_spelling(w) for w in q.words)
    same = next((y for y in qb if y.words == q.words or tuple(us_spelling(w) for w in y.words) == us), None)
    if same is not None:
        return None, same  # kept, perhaps moved to another paragraph
    best = max(in_b, key=lambda y: _ratio(q, y), default=None)
    overlap = _ratio(q, best) if best is not None else 0.0
    if len(q.words) < 3:  # a scare quote: its marks may go, but not its words
        b_words = " " + " ".join(w for j in near for w in _words(ctx.b.sentences[j].text)[0]) + " "
        if (overlap < 0.5 and ctx.same_language and _clause_sim(view, q) >= 0.5
                and f" {' '.join(q.words)} " not in b_words):
            return finding("quote", "dropped", "low", q.span, None,
                           f"The quoted words {quote(q.text)} are gone: the copy rewords them without "
                           f"quote marks.", quote(q.text)), None
        return None, None
    if overlap < _OVERLAP:
        if any(_ratio(q, y) >= 0.9 for y in qb):
            return None, None  # moved elsewhere nearly intact; the alignment did not follow it
        best = next((y for y in in_b if _same_place(view, q, y)), None)
    if best is not None and (overlap >= _OVERLAP or _same_place(view, q, best)):
        if not ctx.same_language:
            return None, best  # translation must change the words; the quote marks are kept
        what = (f"changes words inside the quote: {_changes(q, best)}" if _ratio(q, best) >= 0.5
                else f"rewords the quote: A has {quote(q.text)}, B has {quote(best.text)}")
        return finding("quote", "altered", "medium", q.span, best.span, f"The copy {what}.",
                       quote(q.text), quote(best.text)), best
    stems = _stems_in(ctx.a, q)
    if ctx.same_language:
        b_stems = {t.stem for j in near for t in ctx.b.tokens[j]}
        kept = len(stems & b_stems) / len(stems) if stems else 0.0
    elif in_b or not q.sure or any(c in ctx.b.sentences[j].text for j in near for c in _ALL_MARKS):
        return None, None  # some quote marks are there; words cannot be compared across languages
    else:
        kept = 1.0 if _clause_sim(view, q) >= 0.55 else 0.0
    if kept >= 0.6:
        toks = _b_tokens(ctx, near, stems) if ctx.same_language else None
        place = _b_place(toks, stems) if toks is not None else None
        if toks is not None and _direct(ctx.a, q) and _reported(toks):
            return finding("quote", "unquoted", "none", q.span, place,
                           f"The copy keeps the words of {quote(q.text)} as reported speech: no quote "
                           f"marks, but still attributed.", quote(q.text)), None
        return finding("quote", "unquoted", "medium", q.span, place,
                       f"The copy keeps the words of {quote(q.text)} but drops the quote marks: a "
                       f"person's words now read as the outlet's own narration.", quote(q.text)), None
    claim = _has_claim(q)
    return finding("quote", "dropped", "medium" if claim else "low", q.span, None,
                   f"The copy drops the quote {quote(q.text)}"
                   + (", and the number or name it carried." if claim else "."), quote(q.text)), None


def find(ctx: Context) -> list[Finding]:
    # Titles are never judged, but they still count as partners: "This is The Job" -> "this is the job".
    qa, qb = quotes_of(ctx.a), quotes_of(ctx.b)
    out: list[Finding] = []
    for view in ctx.links:
        near = nearby_b(ctx, view)
        spans = [ctx.b.sentences[j] for j in near]  # a long quote may open sentences earlier
        in_b = [q for q in qb if any(q.start < x.end and x.start < q.end for x in spans)]
        paired, dropped = [], []
        for q in qa:
            if q.sentence in view.link.a and not _title(q):
                f, partner = _judge(ctx, view, near, q, in_b, qb)
                if f is not None and f.change == "dropped" and len(q.words) >= 3:
                    dropped.append((q, f))
                elif f is not None:
                    out.append(f)
                paired.append(partner)
        added = [y for y in in_b if ctx.same_language and len(y.words) >= 3 and not _title(y)
                 and y not in paired and not any(_ratio(x, y) >= _OVERLAP for x in qa)]
        # A quote dropped and another added in the same linked sentences is one quote reworded.
        for (q, _), y in zip(dropped, added):
            out.append(finding("quote", "altered", "medium", q.span, y.span,
                               f"The copy rewords the quote: A has {quote(q.text)}, B has {quote(y.text)}.",
                               quote(q.text), quote(y.text)))
        out.extend(f for _, f in dropped[len(added):])
        a_words = " " + " ".join(w for i in view.link.a for w in _words(ctx.a.sentences[i].text)[0]) + " "
        for y in added[len(dropped):]:
            narrated = f" {' '.join(y.words)} " in a_words
            out.append(finding(
                "quote", "added", "medium", None, y.span,
                f"The copy puts {quote(y.text)} in quote marks"
                + (", where A has the same words as narration." if narrated
                   else "; A quotes no such words."), quote(y.text)))
    return out
