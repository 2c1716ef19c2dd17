"""Machine-translation and spinning artifacts: marks a professional copy desk never lets through.

A round trip through another language leaves debris: sentence-final verbs cut loose ("said.", "Did."),
literal renderings of Japanese endings ("rice field." for た), clauses split off their sentence ("and may
have been enticed ..."), words capitalised where a sentence used to start ("but his With years left"),
and sentences glued without a space. Each is reported once, on the side where it occurs, with severity
low: it says the text was machine-made, not that a claim changed.

The rules are narrow on purpose, so that clean news text gives nothing (none fires on the WMT21 English
sources and references): the word rules run on English only; punctuation rules on any language.
"""

from __future__ import annotations

import re

from ..model import Finding, Role, Sentence, Span
from ..text.tokens import STOPWORDS_EN
from ._util import finding, quote
from .context import Context, Side


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
# Capitalised right after a lower-case word, these mark where a sentence used to start ("his With
# years", "in The economic daily"). Pronouns are left out: "in His name" is some outlets' style.
_FUNCTION = _words("the with and but it this that these those there for from into in on at by of or as if "
                   "when while so not")
_PRONOUNS = _words("i you he she it we they")
# An orphan clause opens with a conjunction, relative or preposition; a lower-case brand does not.
_OPENERS = STOPWORDS_EN | _words("according including despite after before since until because")
# Alone, or after a pronoun, these are a verb cut off from its sentence ("Did.", "I was.").
_AUX = _words("did do does was were is are be been am has have had said says told added will would can "
              "could may might must should shall")
# A segmenter splits after these; what follows in lower case is the same sentence.
_ABBREVIATIONS = _words("inc ltd co corp plc ehf gmbh ag jr sr vs approx etc dept gov sen rep st no")
_QUOTES = "\"“”«»「」'‘’"
_PUNCTUATION = (
    ("glued", re.compile(r"[.!?,][\"”»](?=[^\W\d_])"),
     "a closing quote glued to the next sentence without a space"),
    ("glued", re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])"), "two sentences glued together without a space"),
    # ". ." or "..", but not ". . ." (an ellipsis)
    ("doubled_stop", re.compile(r"(?<=\w)\.\s?\.(?=\s+[^.\s]|\s*$)"), "a doubled full stop"),
)
_TYPICAL = "typical of machine translation"


def _prev(side: Side, s: Sentence) -> Sentence | None:
    return side.sentences[s.index - 1] if s.index else None


def _quoted(side: Side, s: Sentence) -> bool:
    """Inside a quotation short sentences are speech ("No."), not debris."""
    start = next(x.start for x in side.sentences if x.paragraph == s.paragraph)
    marks = sum(side.doc.text[start:s.start].count(c) for c in '"“”«»')
    return marks % 2 == 1 or any(c in s.text for c in _QUOTES)


def _wrapped(side: Side, s: Sentence) -> bool:
    """Hard-wrapped text: the line before this one stops mid-sentence, so this is its tail."""
    prev = _prev(side, s)
    return (prev is not None and prev.paragraph != s.paragraph
            and not prev.text.rstrip(" \"'”’").endswith((".", "!", "?", ":")))


def _fragment(words: list[str], side: Side, s: Sentence) -> str | None:
    """Why a sentence of at most two words is not a sentence, or None if it is one."""
    text = s.text.strip()
    prev = _prev(side, s)
    if not words:  # a "." opening a paragraph is a bullet; between two sentences it is debris
        stray = text in (".", ". .") and prev is not None and prev.paragraph == s.paragraph
        return "a stray full stop left between sentences" if stray else None
    if s.lang != "en" or _wrapped(side, s) or len(words) > 2:
        return None
    # "Verdict: accident." is a label, "She said:" opens a quote, "Yes!" is an exclamation,
    # "(Kikuchi Shuntaro)" a credit line: only full-stopped pieces are candidates.
    if not text.endswith(".") or ":" in text or text.startswith("(") or _quoted(side, s) \
            or any(ch.isdigit() for ch in text):
        return None
    low = [w.lower() for w in words]
    if low[-1] in _ABBREVIATIONS:
        return None
    if len(words) == 1 or words[0][:1].islower():  # "Did.", "said.", "rice field."
        return f"a lone verb cut off from its sentence, {_TYPICAL}" if low[-1] in _AUX else \
            f"a sentence fragment {_TYPICAL}"
    # "I was.", "He did."; but "Schladow said." is a sentence, and "National treasure." is style.
    if low[-1] in _AUX and low[0] in _PRONOUNS:
        return f"a verb left dangling on its own, {_TYPICAL}"
    return None


def _orphan(words: list[str], side: Side, s: Sentence) -> bool:
    """A clause cut off its sentence: a lower-case opener right after a full stop and a space."""
    if s.lang != "en" or len(words) < 3 or not s.text[:1].islower() or words[0].lower() not in _OPENERS:
        return False
    if s.start and not side.doc.text[s.start - 1].isspace():  # split inside a token: "oOh!media"
        return False
    prev = _prev(side, s)
    if prev is None or prev.paragraph != s.paragraph:  # a line opening in lower case is hard wrapping
        return False
    last = _WORD.findall(prev.text)[-1:]
    if last and last[0].lower() in _ABBREVIATIONS:
        return False
    # After "!" or "?" a lower-case word is more often a title ("Live! with Regis") than debris.
    return prev.text.rstrip("\"”’' ").endswith(".")


def _misplaced(s: Sentence) -> list[tuple[int, int, str]]:
    out = []
    toks = list(_WORD.finditer(s.text))
    for prev, cur, nxt in zip(toks, toks[1:], [*toks[2:], None]):
        w = cur.group()
        if not (w[0].isupper() and w[1:].islower() and w.lower() in _FUNCTION):
            continue
        if s.text[cur.end():cur.end() + 1] == ".":  # an abbreviation ("world No. 2")
            continue
        if not prev.group()[0].islower() or s.text[prev.end():cur.start()] != " ":
            continue
        if nxt is not None and nxt.group()[0].isupper():  # a name opens: "with The Associated Press"
            continue
        out.append((s.start + prev.start(), s.start + cur.end(), f"{prev.group()} {w}"))
    return out


def _scan(side: Side, name: str) -> list[Finding]:
    out: list[Finding] = []

    def add(change: str, span: Span, what: str, why: str) -> None:
        a, b = (span, None) if name == "a" else (None, span)
        out.append(finding("mt_artifact", change, "low", a, b, f"{quote(what)} is {why}.", what))

    for s in side.sentences:
        if s.role is not Role.BODY:
            continue
        words = _WORD.findall(s.text)
        why = _fragment(words, side, s)
        if why:
            add("fragment", s.span, s.text, why)
            continue
        if _orphan(words, side, s):
            add("orphan", s.span, s.text, f"a clause cut off from its sentence (it starts in lower case), "
                f"{_TYPICAL}")
        for start, end, what in _misplaced(s) if s.lang == "en" else []:
            add("misplaced_word", Span(start, end), what,
                f"a capitalised word in mid-sentence where another sentence used to begin, {_TYPICAL}")
    # Punctuation marks are scanned over whole paragraphs: a stray "." after a sentence's
    # full stop belongs to no sentence.
    for start, text in _paragraphs(side):
        for change, rx, why in _PUNCTUATION:
            for m in rx.finditer(text):
                lo = text.rfind(" ", 0, max(0, m.start() - 1)) + 1  # from the word before ...
                after = re.compile(r"\s*\S+").match(text, m.end())  # ... to the word after
                span = Span(start + lo, start + (after.end() if after else m.end()))
                add(change, span, side.text(span), why)
    return out


def _paragraphs(side: Side) -> list[tuple[int, str]]:
    """(start offset, text) of each body paragraph, up to the end of its line."""
    out = []
    by_para: dict[int, list[Sentence]] = {}
    for s in side.sentences:
        if s.role is Role.BODY:
            by_para.setdefault(s.paragraph, []).append(s)
    for group in by_para.values():
        start, last = group[0].start, group[-1].end
        line_end = side.doc.text.find("\n", last)
        end = len(side.doc.text) if line_end < 0 else line_end
        out.append((start, side.doc.text[start:end].rstrip()))
    return out


def find(ctx: Context) -> list[Finding]:
    return _scan(ctx.a, "a") + _scan(ctx.b, "b")
