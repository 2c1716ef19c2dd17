"""Parts of a copy's profile read without the pair's findings: the notices around a copy, and
the names of a copy in another language (see ``ancestry``)."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from ..inspect.names import fold_name, same_initial
from ..model import Role, Sentence
from .ancestry import NAME_RATIO, NOTICE_WEIGHT, WEIGHT, Error, Profile, norm_words
from .pairview import PairView


_NAMED = re.compile(r"[A-Za-z][\w'-]*")


def _named(line: str) -> set[str]:
    """Words of a notice that name someone: capitalised ones not opening a sentence, and the
    words of a web address."""
    address = "://" in line or "www." in line
    out = set()
    for m in _NAMED.finditer(line):
        before = line[:m.start()].rstrip()
        if address or m.group()[0].isupper() and before and before[-1] not in ".!?|:":
            out.add(m.group().lower())
    return out


def notices(root: tuple[Sentence, ...], copy: tuple[Sentence, ...], root_text: str,
            outlet: str | None) -> dict[tuple[str, ...], Error]:
    """A copy's notice lines (boilerplate the root lacks) that name someone the root and its
    outlet do not: the republisher's own, or one it inherited from the page it copied."""
    lines = {norm_words(s.text) for s in root}
    known = set(norm_words(f"{root_text} {outlet or ''}").split())
    out: dict[tuple[str, ...], Error] = {}
    for s in copy:
        norm = norm_words(s.text)
        if s.role is Role.BOILERPLATE and norm and norm not in lines and _named(s.text) - known:
            key = ("notice", norm[:80])
            out.setdefault(key, Error(key, f"notice “{s.text[:60]}”", NOTICE_WEIGHT, frozenset()))
    return out


_CAPS = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\b")


def name_profile(root: str, view: PairView, root_text: str, copy_text: str) -> Profile:
    """A copy in another language against the root: only its names can be read (a translation
    writes hedges and figures its own way, but keeps a name as it found it). A name of the root
    (a capitalised word inside a sentence) the copy does not have, and a close spelling of it the
    root does not have, is a respelling; it shows only in the root sentences the copy carries."""
    sentences = view.sentences(root)
    root_words, copy_words = set(_CAPS.findall(root_text)), set(_CAPS.findall(copy_text))
    names: dict[str, frozenset[int]] = {}
    for s in sentences:
        for m in _CAPS.finditer(s.text):
            if m.start() > 0:  # a capital opening a sentence says nothing
                names.setdefault(m.group(), frozenset())
                names[m.group()] |= {s.index}
    # A respelling stands where the name stood: in a sentence linked to one that has the name
    # (German capitalises every noun, so "Status" would otherwise pass for "States").
    copy, linked = view.other(root), defaultdict(set)
    for mine, theirs in view.sides(root):
        for i in mine:
            linked[i] |= set(theirs)
    said = {x.index: set(_CAPS.findall(x.text)) for x in view.sentences(copy)}
    errors: dict[tuple[str, ...], Error] = {}
    for w in sorted(copy_words - root_words):
        for n, where in names.items():
            if (n not in copy_words and same_initial(n, w) and abs(len(n) - len(w)) <= 2
                    and difflib.SequenceMatcher(None, n.lower(), w.lower()).ratio() >= NAME_RATIO
                    and any(w in said.get(j, ()) for i in where for j in linked[i])):
                key = ("name", fold_name(n), fold_name(w))
                errors.setdefault(key, Error(key, f"{n} → {w}", WEIGHT["name"], where))
    return Profile(errors, view.linked(root), frozenset({"name"}))
