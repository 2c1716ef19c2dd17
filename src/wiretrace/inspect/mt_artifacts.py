"""Machine-translation and spinning artifacts: marks a professional copy desk never lets through.

A round trip through another language leaves debris: sentence-final verbs cut loose ("said.", "Did."),
literal renderings of Japanese endings ("rice field." for た), clauses split off their sentence ("and may
have been enticed ..."), words capitalised where a sentence used to start ("but his With years left"),
and sentences glued without a space. Each is reported once, on the side where it occurs, with severity
low: it says the text was machine-made, not that a claim changed. The rules are deliberately narrow so
that clean news text gives nothing; only English sentences are checked for rules that depend on English
words, only cased scripts for the rules about capitals.
"""

from __future__ import annotations

import re

from ..model import Finding, Role, Sentence, Span
from ._util import finding, quote
from .context import Context, Side

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
# Function words: capitalised after a lower-case word with no punctuation between, they mark where
# a sentence used to start ("his With years", "in The economic daily").
_FUNCTION = frozenset("""the with and but it this that these those there their his her its they he she
we our for from into in on at by of or as if when while so not no""".split())
# Verbs, auxiliaries and pronoun+auxiliary pairs that make a two-word sentence complete ("He declined.")
# or, standing alone, a fragment ("Did.", "I was.").
_AUX = frozenset("""did do does was were is are be been am has have had said says told added will would
can could may might must should shall""".split())
_VERBISH = re.compile(r"(?:ed|es|s|ing)$")
_CASED_LANGS = frozenset("en fr de es it pt nl sv da no fi pl cs ro hu ru uk bg el tr".split())
_GLUED_QUOTE = re.compile(r"[.!?,][\"”»](?=[^\W\d_])")
_GLUED_STOP = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")
_DOUBLE_STOP = re.compile(r"(?<=\w)\s*\.\s+\.(?![.\w])")
_QUOTES = "\"“”«»「」'‘’"


def _quoted(side: Side, s: Sentence) -> bool:
    """Inside a quotation short sentences are speech ("No."), not debris."""
    para = [x for x in side.sentences if x.paragraph == s.paragraph]
    before = side.doc.text[para[0].start:s.start]
    marks = sum(before.count(c) for c in '"“”«»')
    return marks % 2 == 1 or any(c in s.text for c in _QUOTES)


def _fragment(words: list[str], side: Side, s: Sentence) -> str | None:
    """Why a sentence of at most two words is not a sentence, or None if it is one."""
    if not words:
        return "a stray full stop left between sentences" if s.text.strip() in (".", ". .") else None
    if len(words) > 2 or _quoted(side, s):
        return None
    low = [w.lower() for w in words]
    if low[-1] in _AUX:
        return "a lone verb cut off from its sentence, typical of machine translation"
    if words[0][:1].islower():
        return "a sentence fragment typical of machine translation"
    if len(words) == 2 and not any(_VERBISH.search(w) for w in low):
        return "a sentence fragment typical of machine translation"
    return None


def _orphan(words: list[str], s: Sentence) -> bool:
    first = words[0] if words else ""
    # A word with capitals later on ("iPhone", "eBay") is a brand, not a continuation.
    return bool(first) and first[0].islower() and first[1:] == first[1:].lower() and len(words) > 2


def _misplaced(side: Side, s: Sentence) -> list[tuple[int, int, str]]:
    out = []
    toks = list(_WORD.finditer(s.text))
    for prev, cur, nxt in zip(toks, toks[1:], [*toks[2:], None]):
        w = cur.group()
        if not (w[0].isupper() and w[1:].islower() and w.lower() in _FUNCTION):
            continue
        if not prev.group()[0].islower() or s.text[prev.end():cur.start()] != " ":
            continue
        # "told The Associated Press", "This is The Job": a capitalised word after it opens a name.
        if nxt is not None and nxt.group()[0].isupper():
            continue
        out.append((s.start + prev.start(), s.start + cur.end(), f"{prev.group()} {w}"))
    return out


def _scan(side: Side, name: str) -> list[Finding]:
    out: list[Finding] = []

    def add(change: str, span: Span, what: str, why: str) -> None:
        a, b = (span, None) if name == "a" else (None, span)
        out.append(finding("mt_artifact", change, "low", a, b, f"{quote(what)} is {why}.", what))

    for s in side.sentences:
        if s.role is not Role.BODY or s.lang not in _CASED_LANGS:
            continue
        words = _WORD.findall(s.text)
        english = s.lang == "en"
        why = _fragment(words, side, s) if english or not words or len(words) == 1 else None
        if why:
            add("fragment", s.span, s.text, why)
            continue
        if _orphan(words, s):
            add("orphan", s.span, s.text,
                "a clause cut off from its sentence (it starts in lower case), typical of machine "
                "translation")
        if english:
            for start, end, what in _misplaced(side, s):
                add("misplaced_word", Span(start, end), what,
                    "a capitalised word in mid-sentence where another sentence used to begin, typical of "
                    "machine translation")
        for rx, why in ((_GLUED_QUOTE, "a closing quote glued to the next sentence without a space"),
                        (_GLUED_STOP, "two sentences glued together without a space"),
                        (_DOUBLE_STOP, "a doubled full stop")):
            for m in rx.finditer(s.text):
                lo = s.text.rfind(" ", 0, max(0, m.start() - 1)) + 1  # the word before ...
                after = re.compile(r"\s*\S+").match(s.text, m.end())  # ... to the word after
                hi = after.end() if after else m.end()
                span = Span(s.start + lo, s.start + hi)
                add("doubled_stop" if rx is _DOUBLE_STOP else "glued", span, side.text(span), why)
    return out


def find(ctx: Context) -> list[Finding]:
    return _scan(ctx.a, "a") + _scan(ctx.b, "b")
