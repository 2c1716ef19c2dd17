"""Word tokens with offsets, stems and stopword flags, for lexical matching and diffs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import fold

# Words, numbers with separators, contractions; CJK runs are split per character.
_TOKEN = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
    r"|\d[\d,.\u00a0]*\d(?:\.\d+)?|\d"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:n['’]t)?",
    re.UNICODE,
)

_STEMMER_LANGS = {
    "en": "english", "de": "german", "fr": "french", "ru": "russian", "es": "spanish",
    "it": "italian", "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish",
    "no": "norwegian", "fi": "finnish",
}

STOPWORDS_EN = frozenset(
    """a an the and or but of to in on at by for with from as into onto over under about than
    that this these those it its it's is are was were be been being am do does did done have has had
    having he she they them his her their him we us our you your i me my mine who whom whose which
    what when where while also so such there here then just very too any some all each both more
    most other own same s t can will would should shall may might must could up down out off again
    further once only if not no nor n't not""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    start: int  # offset into the text that was tokenised
    end: int
    low: str  # folded, lower-cased
    stem: str
    stop: bool


@lru_cache(maxsize=16)
def _stemmer(lang: str):
    name = _STEMMER_LANGS.get(lang)
    if name is None:
        return None
    import snowballstemmer

    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """Snowball stem of a folded lower-case word (cached: stemming dominated compare time)."""
    stemmer = _stemmer(lang)
    return stemmer.stemWord(word) if stemmer is not None and word.isalpha() else word


def _split_nt(word: str, start: int):
    """'couldn't' -> 'could' + "n't" so a dropped negation is its own token."""
    low = word.lower().replace("’", "'")
    if low.endswith("n't") and len(low) > 3:
        cut = len(word) - 3
        if low in ("can't",):
            return [(word[:2], start), (word[2:], start + 2)]
        if low == "won't":
            return [(word[:2], start), (word[2:], start + 2)]
        return [(word[:cut], start), (word[cut:], start + cut)]
    return [(word, start)]


def tokenize(text: str, lang: str = "en", offset: int = 0) -> list[Token]:
    """Word tokens of ``text``, their offsets shifted by ``offset`` (where it sits in a document)."""
    tokens = _tokens(text, lang)
    if not offset:
        return list(tokens)
    return [Token(t.text, t.start + offset, t.end + offset, t.low, t.stem, t.stop) for t in tokens]


# Every sentence is tokenised by the aligner and again by the finding families, and a corpus
# compares a document with each of its candidates: a sixth of a full compare went to tokenising
# the same sentences again.
@lru_cache(maxsize=10_000)  # about 200 documents' sentences, tens of MB
def _tokens(text: str, lang: str) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        for piece, s in _split_nt(m.group(), m.start()):
            low = fold(piece).lower()
            if low in ("n't", "'t"):
                low = "not"
            elif low in ("ca", "wo") and out is not None and piece.lower() in ("ca", "wo"):
                low = {"ca": "can", "wo": "will"}[low]
            out.append(Token(piece, s, s + len(piece), low, stem(low, lang),
                             low in STOPWORDS_EN if lang == "en" else len(low) <= 2))
    return tuple(out)


def content_tokens(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.stop and (len(t.low) > 1 or not t.low.isascii())]
