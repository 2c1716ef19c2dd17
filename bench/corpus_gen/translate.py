"""Translation: the same story rendered from the German side of every template.

Only a copy whose sentences are still the story's own (an original, a verbatim or an edited copy:
``Doc.structural``) can be translated this way; the translation follows that copy's paragraphs
(a trimmed copy gives a trimmed translation), sentence by sentence. Names, numbers and dates are
the same facts in German spelling (``1,900`` → ``1.900``, ``Feb. 11`` → ``11. Februar``,
``$4.2 million`` → ``4,2 Millionen Dollar``). Lines a copier added (captions, notices) are not
translated.
"""

from __future__ import annotations

from random import Random

from .doc import Doc

_NOTES = ["Übersetzung aus dem Englischen", "Aus dem Englischen übersetzt", ""]


def can_translate(src: Doc) -> bool:
    return src.structural and src.lang == "en"


def translation(src: Doc, rng: Random) -> Doc:
    if not can_translate(src):
        raise ValueError(f"cannot translate a {src.kind} copy: its sentences are not the story's own")
    story = src.story
    doc = src.derive("translation", lang="de", structural=False)
    paras = []
    dropped = 0
    for p in src.paras:
        items = [(r, story.de(r)) for r, _ in p if r is not None]
        dropped += sum(1 for r, _ in p if r is None)
        if items:
            paras.append(items)
    doc.paras = paras
    doc.title = story.headline_de()
    note = _NOTES[int(rng.random() * len(_NOTES))]
    doc.header = []
    doc.footer = [note] if note else []
    edits = ["language: en -> de, sentence by sentence, paragraph order kept",
             "number, date and currency formats localised (1,900 -> 1.900; $4.2 million -> 4,2 Millionen Dollar)",
             "quotation marks: \"...\" -> „...“"]
    if src.header or src.footer or dropped:
        edits.append("republisher lines, captions and notices of the source not translated")
    if note:
        edits.append(f"footer added: '{note}'")
    doc.edits = edits
    return doc
