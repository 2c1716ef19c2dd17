"""Spelling converted to a house style: which side of a pair changed British spellings to American
ones, or the other way round.

A republisher localises a wire story to its own style ("centers" → "centres"), and it seldom does
so everywhere: a word the editor or the tool missed stays as the source wrote it ("realized" beside
"organisation"). A source writes in one convention; so of two texts that differ by convention, the
one that mixes both, in the very families of endings the pair differs in, is the converted copy.
A text converted throughout (both sides consistent) shows that one side localised, not which.

Only regular families count (organise / organize, colour / color, centre / center, defence /
defense, travelled / traveled, catalogue / catalog, anaemia / anemia) and only lower-case words, so
"Labor Party" and "World Trade Center" are names, not spellings. British writers who use "-ize"
(Oxford spelling) are consistent too: a family counts only where the two sides differ in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Finding
from ..text.spelling import convention, pair_convention

_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@dataclass(frozen=True)
class Conversion:
    """A side that changed spellings to one convention and left some in the other."""

    side: str  # "a" or "b"
    to: str  # "uk" or "us": the convention of the side's changed words
    changed: tuple[str, ...]  # "centers → centres", as read from the other side to this one
    left: tuple[str, ...]  # words of the other convention it kept, in the families it changed


def _changes(findings: list[Finding]) -> list[tuple[str, str, str, str]]:
    """(A word, B word, A's convention, family) of each British / American variant the harmless
    family reported in linked sentences."""
    out = []
    for f in findings:
        if f.change != "spelling_variant" or not f.evidence:
            continue
        x, _, y = f.evidence[0].partition(" → ")
        x, y = x.strip(), y.strip()
        if x != x.lower() or y != y.lower():
            continue  # a name's second spelling, from the names family
        conv, fam = pair_convention(x, y)
        if conv and fam:
            out.append((x, y, conv, fam))
    return out


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def partial_conversion(text_a: str, text_b: str, findings: list[Finding]) -> Conversion | None:
    """The side that converted the pair's differing spellings only in part, when the other is
    consistent; None when no spelling differs, when the changes run both ways, or when both or
    neither side mixes the conventions."""
    changes = _changes(findings)
    if not changes or len({conv for *_, conv, _ in changes}) > 1:
        return None
    a_conv = changes[0][2]
    b_conv = "us" if a_conv == "uk" else "uk"
    families = {fam for *_, fam in changes}
    words_a, words_b = _words(text_a), _words(text_b)
    changed_a = {x for x, *_ in changes}
    changed_b = {y for _, y, *_ in changes}

    def kept(own: set[str], other: set[str], wrong: str, changed: set[str]) -> list[str]:
        # A word the other side has in the same form: left as the source wrote it.
        return sorted(w for w in own & other if w not in changed
                      and (c := convention(w))[0] == wrong and c[1] in families)

    left_a = kept(words_a, words_b, b_conv, changed_a)
    left_b = kept(words_b, words_a, a_conv, changed_b)
    if bool(left_a) == bool(left_b):
        return None
    side, to, left = ("b", b_conv, left_b) if left_b else ("a", a_conv, left_a)
    shown = sorted({f"{x} → {y}" if side == "b" else f"{y} → {x}" for x, y, *_ in changes})
    return Conversion(side, to, tuple(shown), tuple(left))
