"""Is a stretch of one document said anywhere in the other? Shared by omissions and additions.

A clause that the aligner put in a neighbouring link, or that a copy moved to another paragraph,
is not dropped. Lexical containment against every body sentence of the other side decides it
(same language); across languages the sentence vectors do.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..align.embed import embed
from ..model import Role
from ..text.tokens import content_tokens
from .context import Clause, Context, Side

PRESENT = 0.6


def _body_stems(side: Side) -> list[frozenset[str]]:
    return [frozenset(t.stem for t in content_tokens(list(side.tokens[s.index])))
            for s in side.sentences if s.role in (Role.BODY, Role.TITLE)]


class Presence:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._stems = {"a": _body_stems(ctx.a), "b": _body_stems(ctx.b)}

    @lru_cache(maxsize=None)  # noqa: B019 - one Presence per comparison
    def _vectors(self, side: str) -> np.ndarray:
        s = self.ctx.side(side)
        return embed([x.text for x in s.sentences if x.role in (Role.BODY, Role.TITLE)])

    def said_in(self, clause: Clause, other: str) -> bool:
        if not clause.stems:
            return True
        if self.ctx.same_language:
            return any(len(clause.stems & st) / len(clause.stems) >= PRESENT for st in self._stems[other])
        vecs = self._vectors(other)
        if not len(vecs):
            return False
        return float((vecs @ embed([clause.text])[0]).max()) >= 0.55
