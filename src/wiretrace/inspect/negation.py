"""Negation findings: a clause whose polarity differs between source and copy.

Clauses are compared with their counterpart inside a link; a negation cue that disappears
together with its whole clause is an omission, not a flip. Counting cues makes double
negatives work: “couldn't not think” (two) → “couldn't think” (one) reverses the meaning.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from rapidfuzz.distance import JaroWinkler

from ..model import Finding
from ._cues import NEGATION
from ._util import finding, quote
from .context import Clause, Context

MATCHED = 0.55  # clause counterparts below this are different statements, not flipped ones


_ANSWER_END = ("", "-", "–", "—", ",", ".", ":", ";", "!")


def _cues(clause: Clause) -> list[str]:
    # An answer's "No -" or "No," negates nothing in the clause after it.
    return [t.low for t in clause.tokens if t.low in NEGATION
            and not (t.low == "no" and clause.text[t.end - clause.start:].lstrip()[:1] in _ANSWER_END)]


def _prefixed(group: list[Clause], other: list[Clause]) -> list[str]:
    """“unaccounted” against “not accounted”: an un- word whose base the other side has counts
    as a negation cue, so the two sides balance, unless the other side has the prefix as a word
    of its own before it ("inmatch-fixing" / "in match-fixing"). A "not" or "no" glued to the
    word the other side's "not" or "no" stands before counts too ("notacceptable" against "not
    acceptable": a space lost in the text)."""
    bases = {t.low[:6] for c in other for t in c.tokens if len(t.low) >= 5}
    pairs = {(t.low, c.tokens[i + 1].low) for c in other for i, t in enumerate(c.tokens[:-1])}
    # "inmatch-fixing" against "in match-fixing" is a space lost after a preposition.
    glued = {first + second[:6] for first, second in pairs if first in ("in", "im", "un")}
    return [t.low for c in group for t in c.tokens
            if (t.low.startswith(("un", "in", "im")) and len(t.low) > 6 and t.low[2:8] in bases
                and t.low[:8] not in glued
                or any(t.low == cue + word for cue, word in pairs if cue in ("not", "no")))
            and t.low not in NEGATION]


# A neighbour clause belongs to the pair's statement when it is a fragment of at most FRAGMENT
# tokens, matches the counterpart at NEIGHBOUR (a part of a statement matches less than the
# whole), or the counterpart holds HELD of its content words (a rewrite swaps some for synonyms).
FRAGMENT = 4
NEIGHBOUR = 0.45
HELD = 1 / 3


def _joins(c: Clause, sim: float, counterpart: Clause) -> bool:
    held = len(c.stems & counterpart.stems) / len(c.stems) if c.stems else 1.0
    return sim >= NEIGHBOUR or len(c.tokens) <= FRAGMENT or held >= HELD


# Words that say "not" without a cue of their own: "who denied 19 counts" says what "who pleaded
# not guilty to 15 counts" says. They only ever cancel a flip, never make one.
LEXICAL_NEGATIVE = re.compile(r"^(?:den(?:y|ies|ied|ying)|refus\w*|declin\w*|reject\w*|fail(?:s|ed|ing)?|"
                              r"acquit\w*|clear(?:s|ed))$")
# Content words after a cue that say what it negates. Two, not three: the third reached past the
# negated phrase ("admits no liability on the part of publican Colin Pearson", "in no uncertain
# terms"), found "publican" in the other text and kept the cue from being idle; on METER's PA
# copies of 130 stories this took false flips from 11 to 6, and generated labelled flips were
# found as before.
REACH = 2
SAME_NAME = 0.8  # Jaro-Winkler: a respelled name (Tabalov ~ Tabarov 0.94) is still the same one
IN_PLACE = 3  # tokens on either side of a swap that puts a predicate in the negated one's place


def _content(clause: Clause) -> frozenset[str]:
    """Lower-case content words: two clauses that share none but names make no one statement."""
    return frozenset(t.stem for t in clause.tokens
                     if not t.stop and t.low.isalpha() and not t.text[:1].isupper())


def _named(clause: Clause) -> list[str]:
    # Not the clause's first word: "Reporters were not able …" / "Journalists have been able …".
    return [t.low for i, t in enumerate(clause.tokens) if i and t.text[:1].isupper() and t.low.isalpha()]


def _others(x: Clause, y: Clause) -> bool:
    """Whether the two clauses speak of other people or places, none of one's names a spelling of
    the other's: a partial copy's own story linked to the source's sentence of the same shape
    ("users who talked to reporters in Marlham asked not to be named" / "… in Dorstow provided
    only their first names")."""
    nx, ny = _named(x), _named(y)
    return bool(nx and ny) and not any(JaroWinkler.similarity(p, q) >= SAME_NAME for p in nx for q in ny)


def _in_place(c: Clause, i: int, other: Clause) -> bool:
    """Whether the cue at token ``i`` of ``c`` sits in a short stretch that ``other`` swaps for
    a short one of its own, between words both share: "was not explained" / "was clarified" is
    a predicate reworded and its negation dropped, not a clause the other text lacks."""
    sm = SequenceMatcher(None, [t.stem for t in c.tokens], [t.stem for t in other.tokens], autojunk=False)
    return any(tag == "replace" and i1 <= i < i2 and i2 - i1 <= IN_PLACE and j2 - j1 <= IN_PLACE
               and i1 > 0 and j1 > 0 for tag, i1, i2, j1, j2 in sm.get_opcodes())


# Where what a cue negates ends: the next coordinated part of the clause says something else
# ("ordered her ``not to play games'' and to go home to change"). Tokens carry no punctuation.
_ENDS = frozenset({"and", "but", "or", "nor"})


def _negated(toks) -> list:
    """The content words a cue negates: up to ``REACH``, not past a conjunction."""
    out = []
    for u in toks:
        if u.low in _ENDS:
            break
        if not u.stop and u.low.isalpha():
            out.append(u)
            if len(out) == REACH:
                break
    return out


def _idle(group: list[Clause], counts: tuple[Counter[str], Counter[str]], other_pairs: set[tuple[str, str]],
          other: Clause, other_negated: frozenset[str]) -> int:
    """Cues of ``group`` that say nothing against the other text: the words they negate are not
    in it (a clause it dropped or never had: "did not seek injunctions", "without reaching a
    verdict"), or no more often than this side has them besides (a quote of several sentences
    the other text cut: "His confidence was gone. He said he had no confidence left" / "His
    confidence was gone."; "I don't remember any of that night. … I don't remember any of it"
    / "… I don't remember any of it"), or it has the cue with the same next word elsewhere (a
    cue that moved across a clause boundary: "bed, | cannot talk" against "bed, cannot talk |
    and has …"). ``counts``: content stems of this side's and the other side's linked text;
    ``other``: the other side's clause of the pair (``_in_place``)."""
    mine, theirs = Counter(counts[0]), counts[1]
    n = 0
    for c in group:
        toks = c.tokens
        for i, t in enumerate(toks):
            if t.low not in NEGATION:
                continue
            after = _negated(toks[i + 1:])
            nxt = toks[i + 1].low if i + 1 < len(toks) else ""
            absent = (bool(after) and all(theirs[u.stem] < mine[u.stem] for u in after)
                      and not _in_place(c, i, other))
            if absent:  # what this cue negated is spent: another negating it again is weighed anew
                mine.subtract(u.stem for u in after)
            # Or the other text negates the same words in a clause of its own: "entered no plea
            # and the case was adjourned" / "was bailed … . Notley did not enter a plea."
            moved = bool(after) and any(u.stem in other_negated for u in after)
            if absent or moved or (t.low, nxt) in other_pairs:
                n += 1
    return n


def _moved(group: list[Clause], other_group: list[Clause], other_clauses: list[Clause]) -> int:
    """Negative-prefix words of ``group`` (``_prefixed``) that the other side of the link writes
    too, outside its group: the statement moved, it was not reversed (a judge's verdict options
    listed in both texts and linked crosswise: "He was killed lawfully" / "He was killed
    unlawfully")."""
    inside = {id(c) for c in other_group}
    outside = {t.low for c in other_clauses if id(c) not in inside for t in c.tokens}
    return sum(1 for w in _prefixed(group, other_group) if w in outside)


def _stem_counts(clauses: list[Clause]) -> Counter[str]:
    return Counter(t.stem for c in clauses for t in c.tokens if not t.stop and t.low.isalpha())


def _negated_elsewhere(clauses: list[Clause], group: list[Clause]) -> frozenset[str]:
    """Stems that the side's clauses outside ``group`` negate."""
    inside = {id(c) for c in group}
    return frozenset(u.stem for c in clauses if id(c) not in inside for i, t in enumerate(c.tokens)
                     if t.low in NEGATION for u in _negated(c.tokens[i + 1:]))


def _pairs(clauses: list[Clause], group: list[Clause]) -> set[tuple[str, str]]:
    inside = {id(c) for c in group}
    return {(t.low, c.tokens[i + 1].low if i + 1 < len(c.tokens) else "")
            for c in clauses if id(c) not in inside for i, t in enumerate(c.tokens) if t.low in NEGATION}


def find(ctx: Context) -> list[Finding]:
    if not ctx.same_language:
        return []  # cue counting across languages misfires on grammatical negation (ne…pas)
    out = []
    for v in ctx.links:
        mutual = [(k, j) for k, (j, sim) in enumerate(v.match_a)
                  if j >= 0 and sim >= MATCHED and v.match_b[j][0] == k]
        # Sentences with a statement matched across: a clause of theirs that is left over (the
        # condition a copy dropped, "only if it could cut prices without losing customers")
        # belongs to that statement, not to a neighbouring sentence's.
        held_a = {v.a_clauses[k].sentence for k, _ in mutual}
        held_b = {v.b_clauses[j].sentence for _, j in mutual}
        ca, cb = _stem_counts(v.a_clauses), _stem_counts(v.b_clauses)
        for k, j in mutual:
            x, y = v.a_clauses[k], v.b_clauses[j]
            # Clause boundaries differ between copies ("unclear | if ..." against "unclear
            # whether ..."), so a cue may sit next door: a neighbour joins when it is part of the
            # same statement (``_joins``: "… a different server | that was affected" against
            # "… a different server that was not affected"), not when it is a statement of its
            # own: a caveat the other text dropped ("although those reports can't be verified")
            # or one it makes in another sentence ("there was no sign it had been damaged, |
            # though engineers were inspecting it").
            group_a = [c for c, (m, s) in zip(v.a_clauses, v.match_a) if m == j
                       and (c.sentence == x.sentence or c.sentence not in held_a) and _joins(c, s, y)]
            group_b = [c for c, (m, s) in zip(v.b_clauses, v.match_b) if m == k
                       and (c.sentence == y.sentence or c.sentence not in held_b) and _joins(c, s, x)]
            na = [cue for c in group_a for cue in _cues(c)] + _prefixed(group_a, group_b)
            nb = [cue for c in group_b for cue in _cues(c)] + _prefixed(group_b, group_a)
            if (len(na) % 2 == len(nb) % 2 or not _content(x) & _content(y)
                    or _others(x, y)):
                continue
            # Either reading that makes the two sides agree says there is no flip.
            lex_a = sum(1 for c in group_a for t in c.tokens if LEXICAL_NEGATIVE.match(t.low))
            lex_b = sum(1 for c in group_b for t in c.tokens if LEXICAL_NEGATIVE.match(t.low))
            # Only the side with more cues has one to spare: "could do nothing" / "no action will
            # be taken" share no words, but they are the pair, and "did not seek injunctions" the
            # surplus.
            idle_a = (_idle(group_a, (ca, cb), _pairs(v.b_clauses, group_b), y,
                            _negated_elsewhere(v.b_clauses, group_b)) + _moved(group_a, group_b, v.b_clauses)
                      if len(na) > len(nb) else 0)
            idle_b = (_idle(group_b, (cb, ca), _pairs(v.a_clauses, group_a), x,
                            _negated_elsewhere(v.a_clauses, group_a)) + _moved(group_b, group_a, v.a_clauses)
                      if len(nb) > len(na) else 0)
            if ((len(na) + lex_a) % 2 == (len(nb) + lex_b) % 2
                    or (len(na) - idle_a) % 2 == (len(nb) - idle_b) % 2):
                continue
            double = max(len(na), len(nb)) >= 2
            what = ("a double negative became a single one" if len(na) > len(nb) else
                    "a single negative became a double one") if double else (
                "the negation is gone" if na else "a negation was added")
            out.append(finding(
                "negation", "flipped", "high", x.span, y.span,
                f"{quote(x.text)} → {quote(y.text)}: {what}, so the copy says the opposite",
                f"A cues: {', '.join(na) or 'none'}", f"B cues: {', '.join(nb) or 'none'}"))
    return out
