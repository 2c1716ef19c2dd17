"""Segmentation: exact offsets, paragraphs, roles. Texts are invented."""

from __future__ import annotations

from wiretrace.model import Role
from wiretrace.text import detect_language, segment


def _check_offsets(text, sentences):
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_offsets_slice_the_text_as_read_including_crlf_and_emoji():
    text = "Headline here\r\n\r\nThe café 🙂 opened on Monday. Its owner said “no.”\r\n\r\nA second paragraph ends."
    ss = segment(text, "en")
    _check_offsets(text, ss)
    assert [s.role for s in ss][:1] == [Role.TITLE]
    assert [s.text for s in ss if s.role is Role.BODY] == [
        "The café 🙂 opened on Monday.", "Its owner said “no.”", "A second paragraph ends."]


def test_honorifics_do_not_end_sentences():
    text = '"We will appeal," said Ms. Mukherjee, a lawyer for the family. She left the court.'
    ss = segment(text, "en")
    assert [s.text for s in ss] == [
        '"We will appeal," said Ms. Mukherjee, a lawyer for the family.', "She left the court."]


def test_hard_wrapped_wire_copy_is_joined_into_paragraphs():
    text = (
        "\x19A teenager told a jury how his weight climbed to twenty stone after his parents\n"
        "fed him on a diet of chips and little else for most of his childhood years.<\n"
        "\x19He also claimed he was mocked at home because of his weight and his clothes,\n"
        "which were bought second hand while others in the family wore new things.<\n"
        "\x19The couple denied three counts of cruelty and the trial continues today.<\n"
    )
    ss = segment(text, "en")
    _check_offsets(text, ss)
    assert len({s.paragraph for s in ss}) == 3
    assert ss[0].text.startswith("A teenager") and ss[0].text.endswith("childhood years.")
    assert all("<" != s.text for s in ss)  # the wire's paragraph marks are not sentences


def test_one_segment_per_line_is_not_mistaken_for_wrapped_text():
    text = "\n".join(f"Line {k} says one complete thing about the budget vote." for k in range(8))
    assert len({s.paragraph for s in segment(text, "en")}) == 8


def test_republisher_furniture_is_boilerplate_and_headline_lines_are_titles():
    text = (
        "Harbour Daily | Shipping | Reading time 3 min\n\n"
        "World\n\n"
        "Dockers strike over pay at the port\n\n"
        "By Jane Doe\n\n"
        "About 1,900 dock workers walked out on Monday after talks on pay collapsed.\n\n"
        "Reuters reported that talks would resume, although no date was set by either side.\n\n"
        "Follow our coverage of the strike at\n\n"
        "https://example.org/strike\n"
    )
    roles = {s.text: s.role for s in segment(text, "en")}
    assert roles["Harbour Daily | Shipping | Reading time 3 min"] is Role.BOILERPLATE
    assert roles["World"] is Role.TITLE
    assert roles["Dockers strike over pay at the port"] is Role.TITLE
    assert roles["By Jane Doe"] is Role.BOILERPLATE
    assert roles["Reuters reported that talks would resume, although no date was set by either side."] is Role.BODY
    assert roles["Follow our coverage of the strike at"] is Role.BOILERPLATE
    assert roles["https://example.org/strike"] is Role.BOILERPLATE


def test_republication_notices_are_boilerplate_only_on_a_short_line():
    text = (
        "Republished with permission from Ormic Newswire.\n\n"
        "About 1,900 dock workers walked out on Monday after talks on pay collapsed.\n\n"
        "Originally published by the wire service, the report was republished with permission by "
        "dozens of papers across the region on the same day.\n\n"
        "Shared by a reader\n"
    )
    roles = {s.text: s.role for s in segment(text, "en")}
    assert roles["Republished with permission from Ormic Newswire."] is Role.BOILERPLATE
    assert roles["Shared by a reader"] is Role.BOILERPLATE
    long = [r for t, r in roles.items() if t.startswith("Originally published")]
    assert long == [Role.BODY]


def test_a_long_follow_our_coverage_line_is_boilerplate():
    # 13 words: past the short-line limit of "Follow …" furniture (the bundled court reprint).
    text = ("About 1,900 dock workers walked out on Monday after talks on pay collapsed.\n\n"
            "Follow our coverage of the Harvest Bridge case at the Valley Community Bulletin:\n\n"
            "Follow-up talks began on Monday, officials said, and are expected to last a week.\n")
    roles = {s.text: s.role for s in segment(text, "en")}
    assert roles["Follow our coverage of the Harvest Bridge case at the Valley Community Bulletin:"] is Role.BOILERPLATE
    assert roles["Follow-up talks began on Monday, officials said, and are expected to last a week."] is Role.BODY


def test_photo_captions_are_captions():
    text = "Title of the story\n\nFirefighters at the scene on Tuesday. [AP]\n\nThe fire began at dawn and spread fast."
    roles = [s.role for s in segment(text, "en")]
    assert Role.CAPTION in roles


def test_language_vote_over_paragraphs():
    en = "\n".join(["The council voted on Tuesday to approve the new budget for the coming year."] * 3)
    de = "\n".join(["Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen."] * 3)
    assert detect_language(en) == "en"
    assert detect_language(de) == "de"
    assert detect_language("") == "en"
