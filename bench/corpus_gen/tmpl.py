"""A tiny template language whose English and German versions stay aligned.

A template is a pair of strings, one English and one German, written with the same pieces:

``{slot}`` / ``{slot:form}``
    a slot filled from the story's slot table. A slot value is a mapping with keys such as
    ``"en"``, ``"en:last"``, ``"de"``, ``"de:dat"``; ``{p1:last}`` in an English template reads
    ``"en:last"`` and falls back to ``"en"``.
``[one|two|three]``
    a choice group. The n-th group of the English string and the n-th group of the German string
    must offer the same number of alternatives: the story picks one index per group and both
    languages use it, so a German rendering is a translation of the English one, choice by choice.
    Alternatives may hold slots and may be empty (``[ quickly|]``); groups do not nest.
``[#name one|two]``
    a named group: matched by name rather than position, for when German word order puts the
    group elsewhere. Groups with the same name share one pick wherever they occur, in either
    language (German may split one English choice over two places: ``[#v sagte|erklärte] …
    [#v |vor Journalisten]``).

Templates are parsed once at import time; :func:`check` raises when the two languages disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from random import Random
from typing import Any

from . import synonyms

_TOKEN = re.compile(r"\{([a-zA-Z0-9_]+)(?::([a-zA-Z0-9_]+))?\}|\[(#[a-z0-9_]+ )?([^\[\]]*)\]")
_SLOT_RE = re.compile(r"\{([a-zA-Z0-9_]+)(?::([a-zA-Z0-9_]+))?\}")

# part kinds (a literal is a plain str)
_SLOT = 1
_CHOICE = 2
_STYLED = 3  # an English literal holding synonym-table words: (3, pieces) - see synonyms.compile_literal


class TemplateError(ValueError):
    """A template pair is malformed or its languages are not aligned."""


def _literal(text: str, lang: str, at_start: bool) -> Any:
    if lang != "en":
        return text
    pieces = synonyms.compile_literal(text, at_start)
    return text if pieces is None else (_STYLED, pieces)


def _parse_flat(text: str, lang: str, at_start: bool) -> list[Any]:
    """Literal strings and slot references (no groups)."""
    parts: list[Any] = []
    pos = 0
    for m in _SLOT_RE.finditer(text):
        if m.start() > pos:
            parts.append(_literal(text[pos:m.start()], lang, at_start and pos == 0))
        name, form = m.group(1), m.group(2)
        parts.append((_SLOT, name, f"{lang}:{form}" if form else lang, lang))
        pos = m.end()
    if pos < len(text):
        parts.append(_literal(text[pos:], lang, at_start and pos == 0))
    return parts


def parse(text: str, lang: str) -> tuple[list[Any], list[tuple[str | None, int]]]:
    """Parts of ``text`` and its groups as ``(name or None, arity)`` in order of appearance."""
    parts: list[Any] = []
    groups: list[tuple[str | None, int]] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            parts.append(_literal(text[pos:m.start()], lang, pos == 0))
        if m.group(1):
            name, form = m.group(1), m.group(2)
            parts.append((_SLOT, name, f"{lang}:{form}" if form else lang, lang))
        else:
            label = m.group(3)[1:-1] if m.group(3) else None
            alts = [_parse_flat(a, lang, m.start() == 0) for a in m.group(4).split("|")]
            parts.append([_CHOICE, len(groups), alts])
            groups.append((label, len(alts)))
        pos = m.end()
    if pos < len(text):
        parts.append(_literal(text[pos:], lang, pos == 0))
    return parts, groups


@dataclass(frozen=True, slots=True)
class Template:
    """One sentence (or phrase) in English and German; ``arities`` says how many picks it needs."""

    tid: str
    en: tuple[Any, ...]
    de: tuple[Any, ...]
    arities: tuple[int, ...]
    slots: frozenset[str]

    def picks(self, rng: Random) -> tuple[int, ...]:
        return tuple([int(rng.random() * a) for a in self.arities])

    def render(self, lang: str, picks: Sequence[int], slots: Mapping[str, Any],
               style: int | None = None) -> str:
        out: list[str] = []
        _render(self.en if lang == "en" else self.de, picks, slots, style, out)
        return "".join(out)


def _render(parts: Sequence[Any], picks: Sequence[int], slots: Mapping[str, Any],
            style: int | None, out: list[str]) -> None:
    app = out.append
    for p in parts:
        if p.__class__ is str:
            app(p)
            continue
        kind = p[0]
        if kind == _SLOT:
            v = slots[p[1]]
            s = v.get(p[2])
            app(s if s is not None else v[p[3]])
        elif kind == _STYLED:
            synonyms.render_literal(p[1], style, out)
        else:
            _render(p[2][picks[p[1]]], picks, slots, style, out)


def _slot_names(parts: Sequence[Any]) -> set[str]:
    names: set[str] = set()
    for p in parts:
        if p.__class__ is str or p[0] == _STYLED:
            continue
        if p[0] == _SLOT:
            names.add(p[1])
        else:
            for alt in p[2]:
                names.update(q[1] for q in alt if q.__class__ is not str and q[0] == _SLOT)
    return names


def make(tid: str, en: str, de: str) -> Template:
    """Parse an aligned pair; group indices of the German parts are remapped onto the English ones."""
    en_parts, en_groups = parse(en, "en")
    de_parts, de_groups = parse(de, "de")
    # canonical groups: every unnamed English group, and one per English name (repeats share it)
    canon_of_en: dict[int, int] = {}
    arities: list[int] = []
    named: dict[str, int] = {}
    unnamed: list[int] = []
    for i, (label, arity) in enumerate(en_groups):
        if label and label in named:
            c = named[label]
            if arities[c] != arity:
                raise TemplateError(f"{tid}: English group #{label} used with different arities")
        else:
            c = len(arities)
            arities.append(arity)
            if label:
                named[label] = c
            else:
                unnamed.append(c)
        canon_of_en[i] = c
    de_map: dict[int, int] = {}
    k = 0
    for j, (label, arity) in enumerate(de_groups):
        if label:
            if label not in named:
                raise TemplateError(f"{tid}: German group #{label} has no English twin")
            c = named[label]
        else:
            if k >= len(unnamed):
                raise TemplateError(f"{tid}: German has more choice groups than English")
            c = unnamed[k]
            k += 1
        if arities[c] != arity:
            raise TemplateError(
                f"{tid}: German group {j} has {arity} alternatives, English has {arities[c]}"
            )
        de_map[j] = c
    if k != len(unnamed):
        raise TemplateError(f"{tid}: English has {len(unnamed)} unnamed groups, German {k}")
    for parts, mapping in ((en_parts, canon_of_en), (de_parts, de_map)):
        for p in parts:
            if p.__class__ is not str and p[0] == _CHOICE:
                p[1] = mapping[p[1]]
    en_slots, de_slots = _slot_names(en_parts), _slot_names(de_parts)
    if en_slots != de_slots:
        raise TemplateError(f"{tid}: slots differ: en {sorted(en_slots)} de {sorted(de_slots)}")
    return Template(
        tid=tid,
        en=tuple(en_parts),
        de=tuple(de_parts),
        arities=tuple(arities),
        slots=frozenset(en_slots),
    )


def pool(prefix: str, pairs: Sequence[tuple[str, str]]) -> tuple[Template, ...]:
    """Templates ``prefix.0``, ``prefix.1``… from ``(english, german)`` pairs."""
    return tuple(make(f"{prefix}.{i}", en, de) for i, (en, de) in enumerate(pairs))


def tidy(text: str) -> str:
    """Collapse runs of spaces, close up space before punctuation, capitalise the first letter."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if " ," in text or " ." in text:
        text = text.replace(" ,", ",").replace(" .", ".")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


class Lazy:
    """A slot value rendered from a template on first use in each language (quotes, clauses)."""

    __slots__ = ("_cache", "picks", "slots", "style", "template")

    def __init__(self, template: Template, picks: tuple[int, ...], slots: Mapping[str, Any],
                 style: int | None = None):
        self.template = template
        self.picks = picks
        self.slots = slots
        self.style = style
        self._cache: dict[str, str] = {}

    def rebind(self, slots: Mapping[str, Any]) -> Lazy:
        return Lazy(self.template, self.picks, slots, self.style)

    def get(self, key: str) -> str | None:
        lang = key[:2]
        if lang not in self._cache:
            text = self.template.render(lang, self.picks, self.slots, self.style)
            self._cache[lang] = " ".join(text.split())
        return self._cache[lang] if len(key) == 2 else None

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value
