"""Cue words shared by the negation and modality families (English; other languages lexicon-light)."""

from __future__ import annotations

import re

# "ne" is left out: French "ne … pas" would count twice and cancel itself out.
# Negative adjectives count, so "unclear" → "not clear" is not a flip.
NEGATION = frozenset(
    "not no never nor neither none nobody nothing nowhere without cannot unclear unknown unable "
    "unlikely unaware impossible nicht kein keine keinen nie niemals pas jamais aucun "
    "не нет ни никогда".split()
)

# Modality classes: a clause in A carrying one of these, whose counterpart in B carries none of
# the same class, has become a plainer statement than the source made.
MODALITY = {
    # "Should the talks fail, ..." opens its sentence; a clause that starts with a lower-case
    # "should" is the modal verb after a dash or an aside ("Brushett - who denied all the charges -
    # should be found not guilty"), three false conditions on METER.
    "condition": (re.compile(r"\b(?:if|unless|provided that|as long as|on condition that|in case|"
                             r"only when|sofern|wenn|если)\b|(?-i:^\s*Should\b)", re.I), "high",
                  "a condition"),
    # Lower-case "may" only: "in May" is a month.
    "possibility": (re.compile(r"\b(?:(?-i:may)|might|could|possibly|perhaps|maybe|likely|unlikely|probably|"
                               r"potentially|kann|könnte|möglicherweise|pourrait|peut-être|может)\b", re.I),
                    "medium", "a possibility"),
    # "expected" and "anticipated" are one estimate ("A reply is expected / anticipated by Friday").
    # A range of figures is one too: "an estimated 100,000-200,000 documents" / "between 100,000
    # and 200,000 documents" (METER).
    "estimate": (re.compile(r"\b(?:estimat\w*|projected|forecast\w*|expect(?:s|ed|ing)?|anticipat(?:es?|ed|ing)|"
                            r"believed to|thought to|between\s+\D{0,3}\d[\d,.]*\s+and\s+\D{0,3}\d(?:[\d,.]*\d)?|"
                            r"schätz\w*|estim\w*|по оценкам)\b", re.I), "medium", "an estimate"),
    "reported": (re.compile(r"\b(?:reportedly|allegedly|purportedly|supposedly|said to be|"
                            r"angeblich|mutmaßlich|présumé\w*|предположительно|якобы)\b", re.I),
                 "medium", "a report or allegation"),
    "appearance": (re.compile(r"\b(?:seems?|seemed|seemingly|appears?|appeared|apparently|"
                              r"scheinen|scheint|semble\w*|кажется)\b", re.I), "low", "an appearance"),
    # "Try" and "seek" with "to" only: "the union is seeking 11 percent" asks for it, "he was
    # tried for fraud" stood trial.
    "attempt": (re.compile(r"\b(?:(?:try|tries|trying|tried|seek|seeks|seeking|sought)\s+to|attempt\w*|"
                           r"versuch\w*|tenter|tente|tenté\w*|tentait|пыта\w*)\b", re.I), "medium", "an attempt"),
}
# "if" that means "whether" is not a condition: "unclear if anything came of it". "Clear" and
# "sure" only as adjectives ("it is not clear if"): "could take weeks to clear if no deal is hit"
# is a condition.
WHETHER_IF = re.compile(r"(?:\b(?:unclear|unsure|whether|know|ask\w*|see|wonder\w*|check\w*|decide\w*)"
                        r"|(?:\b(?:is|was|be|been|are|were|am|not)|n[’']t|[’']s)\s+(?:\w+\s+)?(?:sure|clear))"
                        r"\s+if\b", re.I)

CAVEAT = re.compile(
    r"(?:can[’']t|cannot|could not|couldn[’']t|not|un)\s*(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*"
    r"|unverified|unconfirmed|remains? unclear|it is not clear|not immediately (?:clear|obvious|known|certain)", re.I)
