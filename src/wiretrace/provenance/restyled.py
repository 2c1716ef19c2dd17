"""A copy's localisations as marks of its lineage: house-style spellings and currency
conversions.

A republisher that converts a wire story to its house style ("neighbors" → "neighbours",
"percent" → "per cent") or adds a conversion for its readers ("£83.8 million (€98 million)")
hands them on to every page copied from its own. A page that writes the original's form of a
word it carries where a candidate source converted it, or carries the sentence without the
candidate's conversion, was not copied from that source (unless it undid the change, which a
copier seldom does). Two localisers make the same change, so a shared one says nothing of a
common source: these only say which page was *not* a copy's source (``ancestry.missing``).
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


def linked_root(view: PairView, root: str, pos: int) -> frozenset[int]:
    """The root sentences linked to the other side's sentence at ``pos``."""
    copy = view.other(root)
    at = next((x.index for x in view.sentences(copy) if x.start <= pos < x.end), None)
    return frozenset(j for mine, theirs in view.sides(copy) if at in mine for j in theirs)


_FIGURE = re.compile(r"\d[\d,.]*")


def digits(text: str) -> str:
    """The digits of the first figure in ``text`` ("€654.6 million" -> "6546")."""
    m = _FIGURE.search(text)
    return re.sub(r"\D", "", m.group()) if m else ""


def amounts(text: str) -> frozenset[str]:
    """The digits of every figure in ``text``."""
    return frozenset(re.sub(r"\D", "", m.group()) for m in _FIGURE.finditer(text))
