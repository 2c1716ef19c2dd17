"""Rules of the relation, the quick tier's handover and direction, on measurements set by hand."""

from __future__ import annotations

from dataclasses import replace

from wiretrace.model import Clue, Finding, Relation, Severity
from wiretrace.provenance import quick, relation
from wiretrace.provenance.direction import _counted_once, _explained_by_embedding
from wiretrace.provenance.quick import QuickSignals
from wiretrace.provenance.signals import Signals, _respelled

# A reworded copy as the rules see it: most of the shorter text linked in loose paraphrases.
LOOSE = Signals(
    links=6, coverage_a=0.5, coverage_b=0.8, share_identical=0.0, share_close=0.3, mean_similarity=0.7,
    in_order=0.8, body_chars_a=3000, body_chars_b=2000, artifacts_a=0, artifacts_b=0, own_artifacts_a=0, own_artifacts_b=0, respellings=0,
    boilerplate_a=False, boilerplate_b=False, declared_mt_a=False, declared_mt_b=False, furniture_a=0,
    furniture_b=0, condensed="", localised_a=False, localised_b=False, tail_a=0, tail_b=0, head_a=0,
    head_b=0, identical_text=False, phrase_containment=0.3,
)


def test_a_copy_keeps_phrases_or_close_sentences():
    assert relation.classify(LOOSE, True)[0] is Relation.REWRITE
    # The same loose links without the source's wording: independent reports of one event.
    rel, _, why = relation.classify(replace(LOOSE, phrase_containment=0.05), True)
    assert rel is Relation.SAME_EVENT and any("four-word phrases" in w for w in why)
    # ... unless the sentences say nearly the same, or the whole shorter text is followed in order.
    assert relation.classify(replace(LOOSE, phrase_containment=0.05, mean_similarity=0.9), True)[0].is_copy
    tracked = replace(LOOSE, phrase_containment=0.05, in_order=1.0, coverage_b=0.95)
    assert relation.classify(tracked, True)[0].is_copy


def test_shared_phrases_overrule_the_independent_report_rules():
    loose = replace(LOOSE, mean_similarity=0.6, share_close=0.1, phrase_containment=0.15)
    assert relation.classify(loose, True)[0] is Relation.REWRITE
    assert not relation.classify(replace(loose, phrase_containment=0.1), True)[0].is_copy


def test_a_reworded_copy_that_says_it_was_machine_translated_is_a_round_trip():
    # Sentence by sentence in order, reworded, one artifact and one respelled name: a rewrite...
    reworded = replace(LOOSE, in_order=1.0, coverage_a=0.95, coverage_b=0.95, artifacts_b=1, respellings=1)
    assert relation.classify(reworded, True)[0] is Relation.REWRITE
    # ... on a page saying "Translated automatically", a round trip by its own account.
    rel, _, why = relation.classify(replace(reworded, declared_mt_b=True), True)
    assert rel is Relation.ROUND_TRIP and "machine-translated" in why[-1]
    # Both pages say so: a rewrite of the machine-translated page, which kept its banner.
    both = replace(reworded, declared_mt_a=True, declared_mt_b=True)
    assert relation.classify(both, True)[0] is Relation.REWRITE


def test_a_name_spelled_an_accepted_second_way_counts_as_respelled_for_the_relation():
    harmless = Finding("harmless", "spelling_variant", Severity.LOW, None, None, "x",
                       ("Yamashima → Yammashima", "Jaro-Winkler 0.92"))
    assert _respelled(harmless)
    assert not _respelled(replace(harmless, evidence=("color → colour",)))


def test_two_stories_on_one_template_are_not_copies():
    # Phrases and close sentences a copy would have, but the linked sentences' figures disagree
    # (a landslide kills 40, a storm 12; 5.2 million euros, 6.7 million): one template, two stories.
    templated = replace(LOOSE, phrase_containment=0.31, figures_linked=8, figures_agree=0.25)
    rel, _, why = relation.classify(templated, True)
    assert not rel.is_copy and "template" in why[-1]
    # A copy that changed two figures of eight is still a copy; so is one with few figures at all.
    assert relation.classify(replace(templated, figures_agree=0.75), True)[0] is Relation.REWRITE
    assert relation.classify(replace(templated, figures_linked=3), True)[0] is Relation.REWRITE
    # Passages carried word for word are copied, whatever the rest of the story's figures say.
    assert relation.classify(replace(templated, share_identical=0.4, share_close=0.5), True)[0].is_copy


QUICK = QuickSignals(
    jaccard=0.05, contained_a=0.06, contained_b=0.1, coverage_a=0.4, coverage_b=0.4, in_order=0.6, matched=4,
    mean_match=0.4, fact_coverage_a=0.2, fact_coverage_b=0.2, same_coverage_a=0.0, same_coverage_b=0.0,
    sentences_a=12, sentences_b=10, run_coverage_a=0.0, run_coverage_b=0.0, words_a=400, words_b=300,
    same_language=True,
)


def test_pairs_sharing_a_rewrite_share_of_5_grams_go_on_to_the_full_compare():
    rel, _, settled, why = quick.classify(QUICK)
    assert rel is Relation.UNRELATED and not settled and "5-grams" in why
    low, high = quick.HANDOVER_CONTAINED
    assert quick.classify(replace(QUICK, contained_b=low / 2))[2]  # too little shared: settled
    assert quick.classify(replace(QUICK, contained_b=high))[2]  # templates: settled
    rel, _, settled, _ = quick.classify(replace(QUICK, fact_coverage_a=0.35, fact_coverage_b=0.35))
    assert rel is Relation.SAME_EVENT and not settled


def test_embedding_explains_the_other_sides_fuller_look():
    cl = [Clue("embeds_passage", "b", 1.0, "b embeds"), Clue("condenses", "a", 1.0, "a condenses"),
          Clue("names_contained", "a", 0.8, "a lacks names"), Clue("figures_contained", "a", 0.5, "figures"),
          Clue("names_contained", "b", 0.3, "b lacks names")]
    kept = {(c.name, c.derived) for c in _explained_by_embedding(cl)}
    assert kept == {("embeds_passage", "b"), ("figures_contained", "a"), ("names_contained", "b")}
    # Both sides embedding (or neither) explains nothing.
    both = [*cl, Clue("embeds_passage", "a", 1.0, "a embeds")]
    assert _explained_by_embedding(both) == both


def test_a_condensation_is_not_counted_three_times():
    cl = [Clue("condenses", "a", 1.0, "a condenses"), Clue("cut_off", "a", 1.0, "a stops"),
          Clue("names_contained", "a", 0.8, "a lacks names"), Clue("cut_off", "b", 1.0, "b stops"),
          Clue("time_shift", "b", 3.0, "b says yesterday")]
    kept = {(c.name, c.derived) for c in _counted_once(cl)}
    assert kept == {("condenses", "a"), ("cut_off", "b"), ("time_shift", "b")}
