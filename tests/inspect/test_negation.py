"""The negation family: a clause whose polarity differs between source and copy."""

from __future__ import annotations

from wiretrace import Document, compare

LEAD = "Floodwaters cut off 12 mountain towns in West Virginia on Wednesday, state officials said. "


def _flips(a: str, b: str) -> list[str]:
    c = compare(Document("a", LEAD + a), Document("b", LEAD + b))
    return [f.explanation for f in c.findings if f.kind == "negation"]


def test_a_rewrite_joining_two_sentences_does_not_borrow_the_other_clause_s_negation():
    # "no sign it had been damaged" is the first sentence's statement, not the second's.
    # (the bundled example's flood story, examples/corpus/flood_original.txt and flood_rewrite.txt)
    a = ("Officials said there was no sign that the Ridgeway Dam, an earthen dam about 20 miles upstream, had "
         "been damaged, and they dismissed rumors on social media that it had failed. Engineers were "
         "inspecting the structure as a precaution.")
    b = ("Officials also moved to quash rumors on social media that the Ridgeway Dam, an earthen dam about 20 "
         "miles upstream, had failed. They said there was no sign it had been damaged, though engineers were "
         "inspecting it as a precaution.")
    assert _flips(a, b) == []


def test_a_dropped_negation_is_still_a_flip():
    a = "Engineers said the Ridgeway Dam had not been damaged by the flood and would stay open."
    b = "Engineers said the Ridgeway Dam had been damaged by the flood and would stay open."
    assert len(_flips(a, b)) == 1


def test_a_dropped_condition_does_not_lend_its_negation_to_the_sentence_before():
    # The round trip cut "only if ... without losing customers" from the second sentence; the
    # left-over clause belongs to that sentence's statement (matched across), not to the first.
    a = ("Calder Networks did not say how many of the job reductions would be compulsory.\n\n"
         "Kaiho Komoto said the stock would recover only if Calder Networks proved it could cut prices "
         "without losing customers.")
    b = ("Calder Networks did not say how many of job cuts will be compulsory.\n\n"
         "Kaiho Kommoto expressed shares shall recover merely.")
    assert _flips(a, b) == _flips(b, a) == []


def test_denied_is_pleaded_not_guilty():
    # METER: a Press Association story and the Express's copy of it.
    a = "The court heard from the 46-year-old, who pleaded not guilty to 15 counts of obtaining money by deception."
    b = "The court heard from the 46-year-old, who denied 15 counts of obtaining money by deception."
    assert _flips(a, b) == []


def test_a_cue_that_moved_across_a_clause_boundary_is_no_flip():
    a = ("She must now spend the rest of her life in a wheelchair or bed.\n\n"
         "She cannot talk and has to have 24-hour care, the court heard.")
    b = "She must now spend the rest of her life in a wheelchair or bed, cannot talk and has to have 24-hour care."
    assert _flips(a, b) == []


def test_a_negated_clause_the_other_text_lacks_is_no_flip():
    # The copy adds what the source did not say; it does not contradict it.
    a = "The jury in the murder trial was today resuming its third day of deliberations at the court."
    b = "The jury in the murder trial will return to court today after spending three days without reaching a verdict."
    assert _flips(a, b) == []
    # Names alone do not make two clauses one statement.
    assert _flips("Not so, said the magazine's barrister, Piers Acland.", "Piers Acland, for Playboy.") == []


def test_a_negation_dropped_from_a_reworded_predicate_is_a_flip():
    # A round trip: "was not clarified" -> "was explained", the clauses otherwise the same.
    a = "How the number of up to 35,660 was calculated was not clarified by the ministry."
    b = "How number of upward to 35,660 was calculated was explained by the ministry."
    assert len(_flips(a, b)) == 1


def test_an_answer_s_no_and_a_cleared_defendant_are_no_flips():
    a = 'Mr Al Fayed said: "No - if he had any dignity and knows he hasn\'t committed a crime, he would sue me."'
    b = 'Mr Fayed said: "If he had any dignity and knows he hasn\'t committed a crime, he would sue me."'
    assert _flips(a, b) == []
    assert _flips("A police officer was today found not guilty of assaulting three people in the city centre.",
                  "A police officer wept when a jury cleared him of assaulting three people in the city centre.") == []
    assert len(_flips("No charges were filed against the driver, police said.",
                      "Charges were filed against the driver, police said.")) == 1


def test_a_cue_negates_its_own_part_of_the_clause_only():
    # METER: "ordered her ``not to play games'' and to go home to change into a skirt" ->
    # "ordered her to go home to change": the negated part was dropped, "go home" kept.
    a = ("The row came to a head on May 5 when the manager allegedly ordered her \"not to play games\" "
         "and to go home to change into a skirt or dress.")
    b = "The dispute came to a head on 5 May when the manager allegedly ordered her to go home to change."
    assert _flips(a, b) == []


def test_a_negation_the_other_text_makes_in_a_sentence_of_its_own_is_no_flip():
    # METER (straw640_times against straw1sub): "Notley entered no plea and the case was
    # adjourned" / "... was bailed by Blackburn magistrates until December 6. ... did not enter a plea."
    a = ("A man charged with threatening to kill Home Secretary Jack Straw was remanded on bail when he "
         "appeared in court today. James Notley, 47, of Infirmary Street, Blackburn, appeared before "
         "Blackburn Magistrates on one charge of threatening to kill both Mr Straw and Labour MP Keith "
         "Bradley, the Government's deputy chief whip. Notley entered no plea and the case was adjourned "
         "until December 6.")
    b = ("A man charged with threatening to kill Jack Straw, the Home Secretary, and Keith Bradley, the "
         "Government's Deputy Chief Whip, was bailed by Blackburn magistrates until December 6. James "
         "Notley, 47, of Blackburn, did not enter a plea.")
    c = compare(Document("a", a), Document("b", b))
    assert [f.change for f in c.findings if f.kind == "negation"] == []


def test_sentences_about_other_people_are_no_flip():
    # A partial copy's own story linked to the source's sentence of the same shape.
    assert _flips("Several users who talked to reporters in Marlham asked not to be named at all.",
                  "Several users who talked to reporters in Dorstow asked to be named in full.") == []
    # A respelled name is the same place: the flip stands.
    assert _flips("Several users who talked to reporters in Marlham asked not to be named at all.",
                  "Several users who talked to reporters in Malham asked to be named in full.") != []


def test_a_cue_negates_the_words_right_after_it():
    # METER (racism194_guardian): "admits no liability on the part of publican Colin Pearson"
    # against a sentence that names the publican but says nothing of liability.
    a = "The couple were suing publican Colin Pearson and his postmistress wife Jacqueline for damages."
    b = ("The brewery admits no liability on the part of publican Colin Pearson and his wife "
         "Jacqueline for damages.")
    assert _flips(a, b) == []


def test_a_negated_sentence_cut_from_a_quote_is_no_flip():
    # METER: the segmenter keeps a quote of several sentences as one sentence, so a copy that
    # kept one of them links to all; the negation of the sentence it cut is an omission. The
    # words a cue negates may stand elsewhere in both texts ("confidence", "remember"): only
    # as often in the copy as the source has them un-negated, they say nothing against it.
    a = ('"His confidence was completely and utterly gone. He said he had no confidence left," his wife '
         'told the court.')
    b = '"His confidence was completely and utterly gone," his wife told the court.'
    assert _flips(a, b) == []
    a = ('"I don\'t remember any of that night. I was shocked and became hysterical when I saw the video. '
         'I don\'t remember any of it," she told the jury.')
    b = ('"I was shocked and became hysterical when I saw the video. I don\'t remember any of it," she told '
         'the jury.')
    assert _flips(a, b) == []
    # The same sentence kept and flipped is still a flip.
    a = '"His confidence was high. He said he had no confidence left," his wife told the court.'
    b = '"His confidence was high. He said he had confidence left," his wife told the court.'
    assert len(_flips(a, b)) == 1


def test_a_not_glued_to_its_word_is_still_a_negation():
    a = "The RSPCA said it hoped the case sent a message that the killing of badgers is not acceptable."
    b = "The RSPCA said it hoped the case sent a message that the killing of badgers is notacceptable."
    assert _flips(a, b) == []


def test_a_preposition_glued_to_its_word_is_no_negative_prefix():
    a = "Grobbelaar said he replied maybe to suggestions about the sums involved in match-fixing."
    b = "Grobbelaar said he replied maybe to suggestions about the sums involved inmatch-fixing."
    assert _flips(a, b) == []


def test_a_negative_word_the_other_text_has_beside_the_pair_is_no_flip():
    # METER: the coroner's three verdicts, listed in both texts, linked crosswise.
    a = ("The coroner said: ``You have three possible conclusions. `He was killed unlawfully', which can be "
         "presented to say he was a martyr.\n``He was killed lawfully', which can be presented to show that it "
         "is lawful to kill people without trial.''")
    b = ("The coroner gave the jury three possible verdicts: 'He was killed unlawfully - which can be presented "
         "to say he was a martyr. He was killed lawfully - which can be presented to show that it is lawful to "
         "kill people without trial.'")
    assert _flips(a, b) == []
    # Without the other verdict beside it, the same change is a flip.
    a = "The coroner said he was killed lawfully, which can be presented to show that it is lawful."
    b = "The coroner said he was killed unlawfully, which can be presented to show that it is lawful."
    assert len(_flips(a, b)) == 1
