"""Which relation a pair has, from its signals; each rule says why in words."""

from __future__ import annotations

from ..model import Relation
from .signals import Signals

# Shared four-word phrases (share of the shorter text's) that overrule the "independent reports"
# rules 7 and 8. Set on METER's candidate pairs (docs/benchmarks.md §7): at 0.2, reworded wire
# copies that keep a seventh of the wire's phrasing fell to `same_event`.
PHRASES_OVERRULE = 0.13
# A same-language copy that keeps fewer phrases than that must make up for it with sentences
# that say nearly the same thing (mean link similarity) or track the whole shorter text in order.
CLOSE_LINKS = 0.85
TRACKED_ORDER, TRACKED_COVERAGE = 0.95, 0.9
# Linked sentences holding at least this many figures (on the side with fewer), of which fewer
# than this share agree, are two stories on one template, not a copy (docs/verdict.md).
TEMPLATE_FIGURES, TEMPLATE_AGREE, TEMPLATE_IDENTICAL = 4, 0.5, 0.2


def classify(s: Signals, same_language: bool) -> tuple[Relation, float, list[str]]:
    """Relation, confidence in it, and the reasons."""
    short_cov = s.coverage_a if s.body_chars_a <= s.body_chars_b else s.coverage_b
    long_cov = s.coverage_b if s.body_chars_a <= s.body_chars_b else s.coverage_a
    ratio = min(s.body_chars_a, s.body_chars_b) / max(s.body_chars_a, s.body_chars_b, 1)
    why = [
        f"{s.links} linked passages; coverage A {s.coverage_a:.0%}, B {s.coverage_b:.0%}",
    ]
    if s.links == 0 or max(s.coverage_a, s.coverage_b) < 0.12:
        return Relation.UNRELATED, 0.9, [*why, "no passage of one says what a passage of the other says"]
    if s.identical_text:
        return Relation.VERBATIM, 0.99, [*why, "the body texts are identical after normalising quotes and spaces"]
    if not same_language:
        if short_cov >= 0.5 and s.mean_similarity >= 0.45:
            return Relation.TRANSLATION, min(0.95, 0.5 + short_cov / 2), [
                *why, "different languages, sentence by sentence the same content"]
        if short_cov >= 0.3:
            return Relation.TRANSLATION, 0.55, [*why, "different languages, a part translated"]
        return _weak(s, why)
    if s.share_identical >= 0.95 and short_cov >= 0.9:
        return Relation.VERBATIM, 0.95, [*why, f"{s.share_identical:.0%} of linked text is word for word"]
    # Two stories written on one template share its phrases, sentence by sentence, but not its
    # figures: a copy keeps its source's figures, changing one or two at most. Passages carried
    # word for word are copied, whatever else their story says (a partial copy's own sentences,
    # linked loosely, hold its own figures).
    if (s.figures_linked >= TEMPLATE_FIGURES and s.figures_agree < TEMPLATE_AGREE
            and s.share_identical < TEMPLATE_IDENTICAL):
        return Relation.UNRELATED, 0.7, [
            *why, f"only {s.figures_agree:.0%} of the {s.figures_linked} figures of the linked sentences "
            "agree: one template, two stories"]
    # Independent reports of one event agree on facts in a few loosely similar sentences; a copy,
    # however reworded, has sentences that closely track the source.
    # Shared phrases overrule loose sentences (PHRASES_OVERRULE, docs/verdict.md).
    phrases = s.phrase_containment >= PHRASES_OVERRULE and s.links >= 2
    if phrases:
        why.append(f"{s.phrase_containment:.0%} of the shorter text's four-word phrases recur in the other")
    if s.mean_similarity < 0.65 and s.share_close < 0.2 and not phrases:
        return _weak(s, why)
    if short_cov < 0.35 and s.share_close < 0.5 and not phrases:
        return _weak(s, why)
    mt = max(s.artifacts_a, s.artifacts_b)
    # A page that says it was translated by machine, in its source's language, sentence by
    # sentence reworded, is a round trip by its own account; when both pages say so (a rewrite
    # of a machine-translated page keeps its banner), the banner tells nothing about the pair.
    declared = s.declared_mt_a != s.declared_mt_b
    if (s.in_order >= 0.85 and short_cov >= 0.6 and s.share_identical < 0.5
            and (mt >= 2 or s.respellings >= 2 or declared)):
        return Relation.ROUND_TRIP, min(0.95, 0.6 + 0.05 * mt + 0.05 * s.respellings + 0.1 * declared), [
            *why, f"sentence order kept ({s.in_order:.0%} in order) while almost every sentence is "
            f"reworded, with {mt} machine-translation artifacts and {s.respellings} respelled names"
            + (", on a page that says it was machine-translated" if declared else "")]
    # Reporters in one courtroom write down the same names, figures and facts in loosely similar
    # sentences, which the rules above let through as a rewrite or a summary. A copy also keeps
    # the source's wording (phrases), or its sentences closely (similarity), or follows all of it.
    if (s.phrase_containment < PHRASES_OVERRULE and s.mean_similarity < CLOSE_LINKS
            and not (s.in_order >= TRACKED_ORDER and short_cov >= TRACKED_COVERAGE)):
        return _weak(s, [*why, f"only {s.phrase_containment:.0%} of the shorter text's four-word phrases "
                         f"recur and the links are loose (mean similarity {s.mean_similarity:.2f})"])
    if ratio <= 0.55 and long_cov <= 0.6 and short_cov >= 0.6:
        return Relation.SUMMARY, 0.75, [*why, f"one side is {ratio:.0%} of the other's length and condenses it"]
    if s.share_identical >= 0.5:
        return Relation.EDITED, 0.85, [
            *why, f"{s.share_identical:.0%} of linked text is word for word, the rest lightly edited"]
    return Relation.REWRITE, 0.7, [
        *why, f"the same content reworded: {s.share_identical:.0%} word for word, "
        f"{s.share_close:.0%} close"]


def _weak(s: Signals, why: list[str]) -> tuple[Relation, float, list[str]]:
    if s.links >= 2 and s.mean_similarity >= 0.45:
        return Relation.SAME_EVENT, 0.6, [
            *why, "a few passages agree on facts, but no run of sentences was copied: "
            "likely independent reports of the same event"]
    return Relation.UNRELATED, 0.7, [*why, "too little shared content to be a copy"]
