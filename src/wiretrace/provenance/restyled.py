"""A copy's house-style spellings as marks of its lineage.

A republisher that converts a wire story to its house style ("neighbors" → "neighbours",
"percent" → "per cent") hands the converted words on to every page copied from its own. A page
that writes the original's form of a word it carries where a candidate source converted it was
not copied from that source (unless it converted the word back, which a copier seldom does).
Two converters make the same conversion, so a shared one says nothing of a common source: the
conversions only say which page was *not* a copy's source (``ancestry.missing``).
"""

from __future__ import annotations

import re

from ..text.spelling import convention
from .pairview import PairView

_FORM = re.compile(r"per cent|[^\W\d_]+")
_PERCENT = frozenset({"percent", "per cent"})


def forms(text: str) -> list[str]:
    """The lower-case words of ``text``, "per cent" as one."""
    return _FORM.findall(text.lower())


def variable(word: str) -> bool:
    """Whether a lower-case word has a British and an American form of a regular family (or is
    one way of writing "percent")."""
    return word in _PERCENT or bool(convention(word)[0])


def kept(view: PairView, root: str) -> frozenset[tuple[str, int]]:
    """(word, root sentence) for each word of the root with a house-style variant that the other
    side writes the same way in a sentence linked to that one."""
    copy = view.other(root)
    rs, cs = view.sentences(root), view.sentences(copy)
    out: set[tuple[str, int]] = set()
    for mine, theirs in view.sides(root):
        there = {w for j in theirs for w in forms(cs[j].text)}
        for i in mine:
            out.update((w, i) for w in forms(rs[i].text) if w in there and variable(w))
    return frozenset(out)
