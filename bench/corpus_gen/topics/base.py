"""What a topic module provides, and the slot names every topic fills.

Every story has these slots (a topic's ``slots`` function returns them, the story builder adds
the quotes):

========  ==========================================================================
city      town of the dateline; ``reg`` its region; ``day``/``day2`` weekdays; ``date`` a
          calendar date ahead; ``yr0`` an earlier year
p1 … p5   people: p1 the main actor, p2 a spokesperson, p3 an expert, p4 a witness or
          ordinary person, p5 a critic or opponent (forms: full, ``last``, ``role``, ``he``…)
org1/org2 organisations (names, or institutions with German case forms)
ev        the matter of the story as a noun phrase (``the strike`` / ``der Streik``, with
          ``dat``/``acc``/``gen`` German forms); ``grp`` the people affected (plural)
n1 … n5   hedged counts; ``m1``/``m2`` hedged money; ``pc1`` a hedged percentage; ``k1`` a
          small number written as a word
q1 … q6   quotes by p1, p2, p3, p4, p5, p1 (from the topic's pool for that speaker and the
          common pool)
========  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

from ..tmpl import Template, TemplateError, make

ERRORS: list[str] = []

STANDARD_SLOTS = frozenset(
    ["city", "reg", "day", "day2", "date", "yr0", "p1", "p2", "p3", "p4", "p5", "org1", "org2", "ev", "grp", "n1", "n2", "n3", "n4", "n5", "m1", "m2", "pc1", "k1", "q1", "q2", "q3", "q4", "q5", "q6"]
)


@dataclass(frozen=True)
class Topic:
    """A topic: a slot maker and template pools for each section of a story."""

    name: str
    slots: Callable[[Random, Any], dict[str, Any]]
    headline: tuple[Template, ...]
    lede: tuple[Template, ...]
    facts: tuple[Template, ...]
    details: tuple[Template, ...]
    conditions: tuple[Template, ...]
    negations: tuple[Template, ...]
    background: tuple[Template, ...]
    outlook: tuple[Template, ...]
    quotes: dict[str, tuple[Template, ...]]  # by speaker slot: "p1" … "p5"
    extra_slots: frozenset[str] = field(default_factory=frozenset)

    def pools(self) -> dict[str, tuple[Template, ...]]:
        return {
            "headline": self.headline, "lede": self.lede, "facts": self.facts, "details": self.details,
            "conditions": self.conditions, "negations": self.negations, "background": self.background,
            "outlook": self.outlook, **{f"quotes_{k}": v for k, v in self.quotes.items()},
        }


def pool(prefix: str, pairs: Sequence[tuple[str, str]]) -> tuple[Template, ...]:
    """Parse ``(english, german)`` pairs; every misaligned pair of the pool is reported at once."""
    out, errors = [], []
    for i, (en, de) in enumerate(pairs):
        try:
            out.append(make(f"{prefix}.{i}", en, de))
        except TemplateError as exc:
            errors.append(str(exc))
    ERRORS.extend(errors)  # raised together by topics/__init__ once every module is parsed
    return tuple(out)


def frames(prefix: str, pairs: Sequence[tuple[str, str]], bindings: Sequence[tuple[str, str]]) -> dict[
        tuple[str, str], tuple[Template, ...]]:
    """Quote frames (``{Q}`` a quote slot, ``{P}`` a person slot) expanded for each binding."""
    out: dict[tuple[str, str], tuple[Template, ...]] = {}
    for q, p in bindings:
        out[(q, p)] = pool(f"{prefix}.{q}{p}", [
            (en.replace("{Q", "{" + q).replace("{P", "{" + p), de.replace("{Q", "{" + q).replace("{P", "{" + p))
            for en, de in pairs
        ])
    return out
