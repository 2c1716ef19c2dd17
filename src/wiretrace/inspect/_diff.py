"""Word-level edits between two matched clauses that insert or delete a qualifier outright.

Only *pure* edits count: words added (or removed) between two words both sides share, with
nothing replaced. “the war” → “the civil war” changes which war; whole-clause rewording is left
to the other families, since a round trip rewords nearly everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from ..text.tokens import Token
from .context import Clause, LinkView, join_clauses


# Adverbs of time and connection that a copy adds or drops without changing what is claimed:
# "has grown" / "has already grown", "also" / "furthermore" (a machine round trip writes them
# for function words it cannot map; on 15 generated round trips they were 37 of 40 "qualifiers").
NOT_QUALIFIERS = frozenset({"already", "also", "furthermore", "moreover", "additionally", "besides",
                            "likewise", "meanwhile", "indeed", "now", "then", "thus", "therefore",
                            "however", "nevertheless", "nonetheless", "though", "instead", "hence",
                            "consequently", "accordingly",
                            # words that introduce a name: "a shell company called Desert Fresh"
                            "called", "named", "dubbed", "titled", "entitled"})


def matched_clauses(v: LinkView, least: float = 0.6) -> Iterator[tuple[Clause, Clause]]:
    """Each A clause and the B clause it mutually matches at ``least`` similarity or more; where
    the B clauses next to that one match the same A clause best, they are read with it as one.
    A clause of fewer than three words is glued to its neighbour, so an inserted word can cut B's
    in two where A's stays whole: "The strike, called by the union" against "The indefinite
    strike", "called by the union"."""
    for k, (i, sim) in enumerate(v.match_b):
        if i < 0 or sim < least or v.match_a[i][0] != k:
            continue
        lo, hi = k, k
        while lo > 0 and v.match_b[lo - 1][0] == i:
            lo -= 1
        while hi + 1 < len(v.match_b) and v.match_b[hi + 1][0] == i:
            hi += 1
        yield v.a_clauses[i], join_clauses(v.b_clauses[lo:hi + 1]) if hi > lo else v.b_clauses[k]
    if len(v.link.a) == 1 == len(v.link.b) and len(v.a_clauses) > 1 and v.b_clauses:
        yield join_clauses(v.a_clauses), join_clauses(v.b_clauses)


def _named_before(word: Token) -> bool:
    """The word before an edit is part of a name (not "The" opening the sentence)."""
    return word.text[:1].isupper() and not word.stop


def _moved(word: Token, elsewhere: frozenset[str]) -> bool:
    """“men in uniform” → “uniformed men”: the word was moved or re-formed, not added."""
    return word.stem in elsewhere or any(w[:5] == word.low[:5] for w in elsewhere if len(w) >= 5)


def pure_edits(
    x: Clause, y: Clause, a_words: frozenset[str] = frozenset(), b_words: frozenset[str] = frozenset(),
) -> list[tuple[str, list[Token], list[Token], Token | None, str]]:
    """(``"insert"`` | ``"delete"``, A tokens, B tokens, the shared word right after, why it is no
    qualifier or "") per pure edit.

    ``a_words``/``b_words``: stems and lower-case words of the whole link on each side; a word
    found on the other side is treated as moved, not inserted or deleted. Edits that change no
    claim (an adverb of time, a phrase said another way, part of a name) are still returned, with
    the reason: a copy's own wording is what a family tree reads to tell its copies apart.
    """
    a, b = list(x.tokens), list(y.tokens)
    sm = SequenceMatcher(None, [t.stem for t in a], [t.stem for t in b], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op not in ("insert", "delete") or i1 == 0 or j1 == 0 or i2 >= len(a) or j2 >= len(b):
            continue  # an edit at a clause edge is a boundary effect, not a qualifier
        words = b[j1:j2] if op == "insert" else a[i1:i2]
        if not 1 <= len(words) <= 2 or any(w.stop or not w.low.isalpha() for w in words):
            continue
        if any(_moved(w, a_words if op == "insert" else b_words) for w in words):
            continue
        head = a[i2] if op == "delete" else a[i1]
        if head.stop or not head.low.isalpha():
            continue  # a qualifier modifies the content word after it
        why = ""
        if any(w.low in NOT_QUALIFIERS for w in words):
            why = "an adverb of time or connection"
        elif a[i1 - 1].low != b[j1 - 1].low:
            # The word before changed form with it: "the consultancy Meridian" / "the consulting
            # company Meridian".
            why = "one phrase said another way"
        elif all(w.text[:1].isupper() for w in words) and (
                head.text[:1].isupper() or _named_before(b[j1 - 1] if op == "insert" else a[i1 - 1])):
            # "Mrs Price", "Philip Joseph", "3rd Army Corps"; after a name, the place it is in
            # ("Montego Bay, Jamaica, after").
            why = "part of a name or a title"
        out.append((op, a[i1:i2], b[j1:j2], head, why))
    return out
