"""What each side of a pair has that the other lacks: the measurements direction reads.

A copy is made from its source by cutting, condensing and adding a little of its own, so the
source is usually the fuller text: names, figures and content words of the copy are found in the
source far more often than the other way round. Counts are kept per side (not as one score) so
that the clues can say in words what they saw.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from ..inspect.context import Context, Side
from ..inspect.names import fold_name, sentence_names
from ..model import Finding, Role

# A name counts as present on the other side when spelled the same after folding, or nearly so
# (a respelling is still the same person; the names family reports it).
SAME_NAME = 0.84  # the names family's respelling threshold

# Relative time words by how far ahead they point: a copy written a day later moves "today" to
# "yesterday" and "tomorrow" to "today". One table per language the segmenter commonly meets;
# a language missing here just gives no time clue.
_TIME = {
    "en": ((r"tomorrow", 1), (r"today|tonight|this (?:morning|afternoon|evening)", 0),
           (r"yesterday|last night", -1)),
    "fr": ((r"demain", 1), (r"aujourd'hui|aujourd’hui|ce soir|ce matin", 0), (r"hier", -1)),
    "es": ((r"mañana", 1), (r"hoy|esta (?:noche|mañana|tarde)", 0), (r"ayer|anoche", -1)),
    "de": ((r"übermorgen", 2), (r"heute", 0), (r"gestern", -1)),
    "ru": ((r"завтра", 1), (r"сегодня", 0), (r"вчера", -1)),
}
_TIME_RX = {lang: [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), rank) for p, rank in table]
            for lang, table in _TIME.items()}
_DIGITS = re.compile(r"\d")
# Quoted speech keeps the speaker's "yesterday", not the writer's: only the text around it dates
# the writing.
_QUOTED = re.compile(r"[\"“”«»„].*?[\"“”«»“]|‘[^’]{12,}?’")


@dataclass(frozen=True, slots=True)
class Asymmetry:
    names_a: int  # distinct names of each side's body
    names_b: int
    names_only_a: int  # ... not found on the other side
    names_only_b: int
    figures_a: int  # distinct figures (digit tokens, separators dropped)
    figures_b: int
    figures_only_a: int
    figures_only_b: int
    # Links in which this side's relative time word points earlier than the other's: this side
    # says "yesterday" where the other says "today", so it was written later.
    later_a: int
    later_b: int
    # The whole body, when no link shows it: this side uses only "yesterday"-words where the
    # other uses only "today"-words (0 or 1).
    later_doc_a: int
    later_doc_b: int
    # Links in which this side says "yesterday" and the other has no relative time word at all:
    # a next-day paper dates the wire's undated sentence ("was jailed" -> "was jailed yesterday").
    dated_a: int
    dated_b: int
    # No link shows it, but this side's own text says only "yesterday" and the other none at all.
    dated_doc_a: int
    dated_doc_b: int
    captions_only_a: int  # caption lines with no counterpart, while the other side has no captions
    captions_only_b: int
    # Names spelled two ways on a side, where the other side uses only one of the spellings.
    disagreeing_a: int
    disagreeing_b: int


def _present(names: set[str], other_tokens: set[str], other_names: list[str]) -> int:
    """How many of ``names`` the other side lacks (exact folded token, else a near spelling)."""
    missing = 0
    for form in names:
        if form in other_tokens:
            continue
        if other_names and process.extractOne(form, other_names, scorer=JaroWinkler.similarity,
                                              score_cutoff=SAME_NAME) is not None:
            continue
        missing += 1
    return missing


def _folded_tokens(side: Side) -> set[str]:
    return {fold_name(t.text) for s in side.body() for t in side.tokens[s.index]}


def _figures(side: Side, keep: set[int] | None = None) -> set[str]:
    # "1,900", "1.900" and "1900" are one figure; what separators mean differs by language.
    return {re.sub(r"[,.\u00a0]", "", t.text) for s in side.body() if keep is None or s.index in keep
            for t in side.tokens[s.index] if _DIGITS.search(t.text)}


# Another story inside a text: paragraphs naming nobody the other side names, at least this share
# of the side's sentences, with someone of their own named in this many of them. On the generated
# corpus's partial copies the containment clues read that story's people and figures as detail
# the shared text lacks (16 % named the copy the source); on METER a source's own paragraphs about
# a judge or witness the copy dropped are shorter: at 0.3 one PA copy fewer was named right.
FOREIGN_SHARE, FOREIGN_CAST = 0.4, 3


def _story_sentences(ctx: Context) -> tuple[set[int] | None, set[int] | None, set[str], set[str]]:
    """Each side's sentences about the shared story, and the folded names they hold: every
    paragraph except a block about another story (``FOREIGN_SHARE``). Where names cannot be read
    (another language on either side, German nouns, Japanese): no sentence sets and no names."""
    per = (sentence_names(ctx.a), sentence_names(ctx.b)) if ctx.same_language else (None, None)
    if per[0] is None or per[1] is None:
        return None, None, set(), set()
    both = set().union(*per[0].values()) & set().union(*per[1].values())
    out = []
    for side, names in zip((ctx.a, ctx.b), per, strict=True):
        pars: dict[int, list[int]] = {}
        for x in side.body():
            pars.setdefault(x.paragraph, []).append(x.index)
        keep, foreign = set(), []
        for members in pars.values():
            named = [names[i] for i in members if names[i]]
            if not named or any(n & both for n in named):
                keep.update(members)
            else:
                foreign.extend(members)
        cast = Counter(x for i in foreign for x in names[i])
        if len(foreign) < FOREIGN_SHARE * len(names) or not cast or cast.most_common(1)[0][1] < FOREIGN_CAST:
            keep.update(foreign)
        out.append((keep, set().union(*(names[i] for i in keep))))
    return out[0][0], out[1][0], out[0][1], out[1][1]


def _time_ranks(text: str, lang: str) -> set[int] | None:
    """The relative time words of the writer's own text (None: no table for the language)."""
    table = _TIME_RX.get(lang)
    if not table:
        return None
    own = _QUOTED.sub(" ", text)
    return {rank for rx, rank in table if rx.search(own)}


def _one(ranks: set[int] | None) -> int | None:
    return next(iter(ranks)) if ranks and len(ranks) == 1 else None  # two different words: no one reading


def _later(ctx: Context) -> tuple[int, int, int, int]:
    later_a = later_b = dated_a = dated_b = 0
    for v in ctx.links:
        ta = " ".join(ctx.a.sentences[i].text for i in v.link.a)
        tb = " ".join(ctx.b.sentences[j].text for j in v.link.b)
        sa, sb = _time_ranks(ta, ctx.a.lang), _time_ranks(tb, ctx.b.lang)
        if sa is None or sb is None:
            continue
        ra, rb = _one(sa), _one(sb)
        # "No relative date" is only read in one language: across two, the other side's silence
        # may be a word the tables lack ("накануне", "am Vortag").
        if ctx.same_language and ra == -1 and not sb:
            dated_a += 1
        elif ctx.same_language and rb == -1 and not sa:
            dated_b += 1
        if ra is None or rb is None or ra == rb:
            continue
        if ra < rb:
            later_a += 1
        else:
            later_b += 1
    return later_a, later_b, dated_a, dated_b


def _ranks(side: Side) -> set[int]:
    return set().union(*(_time_ranks(x.text, side.lang) or () for x in side.body()))


def _later_doc(ctx: Context) -> tuple[int, int, int, int]:
    """(later_doc_a, later_doc_b, dated_doc_a, dated_doc_b) over the whole bodies."""
    ra, rb = _ranks(ctx.a), _ranks(ctx.b)
    if 0 in ra and -1 not in ra and -1 in rb and 0 not in rb:
        return 0, 1, 0, 0
    if 0 in rb and -1 not in rb and -1 in ra and 0 not in ra:
        return 1, 0, 0, 0
    if ctx.same_language and ctx.a.lang in _TIME_RX:
        if ra == {-1} and not rb:
            return 0, 0, 1, 0
        if rb == {-1} and not ra:
            return 0, 0, 0, 1
    return 0, 0, 0, 0


def _captions_only(ctx: Context, side: str) -> int:
    s, other = ctx.side(side), ctx.side("b" if side == "a" else "a")
    if any(x.role is Role.CAPTION for x in other.sentences):
        return 0
    unmatched = set(ctx.alignment.unmatched_a if side == "a" else ctx.alignment.unmatched_b)
    return sum(1 for x in s.sentences if x.role is Role.CAPTION and x.index in unmatched)


def _disagreeing(ctx: Context, findings: list[Finding], side: str) -> int:
    """``name`` / ``inconsistent`` findings of a side whose other form is the other side's spelling.

    The findings' evidence is ``("Good ×n", "Bad ×m")``.
    """
    other = _folded_tokens(ctx.side("b" if side == "a" else "a"))
    n = 0
    for f in findings:
        if f.kind == "name" and f.change == "inconsistent" and getattr(f, side) is not None:
            good, bad = (fold_name(e.rsplit(" ×", 1)[0]) for e in f.evidence[:2])
            n += good in other and bad not in other
    return n


def measure_asymmetry(ctx: Context, findings: list[Finding]) -> Asymmetry:
    # Across languages neither side sits inside the other: a translation carries every figure and
    # name, written its own way ("２０" for 20, "1万" for 10,000; Навальный for Navalny). On WMT21
    # the figures clue named the translation the source more often than the original.
    keep_a, keep_b, na, nb = _story_sentences(ctx)
    if na and nb:
        only_a = _present(na, _folded_tokens(ctx.b), sorted(nb))
        only_b = _present(nb, _folded_tokens(ctx.a), sorted(na))
    else:  # one side has no names, or they cannot be read (German nouns, Japanese): no comparison
        only_a = only_b = 0
        na = nb = set()
    fa, fb = (_figures(ctx.a, keep_a), _figures(ctx.b, keep_b)) if ctx.same_language else (set(), set())
    later_a, later_b, dated_a, dated_b = _later(ctx)
    doc_a, doc_b, dated_doc_a, dated_doc_b = _later_doc(ctx) if later_a == later_b == 0 else (0, 0, 0, 0)
    return Asymmetry(
        names_a=len(na), names_b=len(nb), names_only_a=only_a, names_only_b=only_b,
        figures_a=len(fa), figures_b=len(fb), figures_only_a=len(fa - fb), figures_only_b=len(fb - fa),
        later_a=later_a, later_b=later_b, later_doc_a=doc_a, later_doc_b=doc_b,
        dated_a=dated_a, dated_b=dated_b, dated_doc_a=dated_doc_a, dated_doc_b=dated_doc_b,
        captions_only_a=_captions_only(ctx, "a"), captions_only_b=_captions_only(ctx, "b"),
        disagreeing_a=_disagreeing(ctx, findings, "a"), disagreeing_b=_disagreeing(ctx, findings, "b"),
    )
