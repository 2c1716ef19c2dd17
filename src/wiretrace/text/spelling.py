"""British and American spellings of one word: a word's American form, which convention a word
is written in, and which regular family of endings tells the two apart.

The word lists are breame's (British and American English spelling tables); the regular endings
below also catch inflections the tables leave out ("neighbours", "organisers").
"""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS as _US_TO_UK
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS as _UK_TO_US

# Word endings, a plural or third-person "s" allowed after them (neighbours, organises).
_SPELLING = ((r"our(?=s?$)", "or"), (r"isation(?=s?$)", "ization"), (r"ise(?=s?$)", "ize"),
             (r"ised$", "ized"), (r"ising$", "izing"), (r"tre(?=s?$)", "ter"), (r"ence(?=s?$)", "ense"),
             (r"ogue(?=s?$)", "og"), (r"lled$", "led"), (r"lling$", "ling"), (r"yse(?=s?$)", "yze"))

# Forms that one convention's writers use too, in a sense or register of their own, so that
# finding one says nothing of the text's convention: British writers keep "program" (software),
# "judgment" (law), "practice" (the noun), "license" (the verb), "tire" (to tire), "draft",
# "disk", "ton", "meter" (a gauge), "medieval", "inquiry"; American ones write "dialogue",
# "catalogue", "grey", "disc", "tonne" and "theatre" in names. On METER's British texts, breame's
# American list otherwise matched "judgment" 69 times, "practice" 28, "tons" 13.
AMBIGUOUS = frozenset("""
program programs programmed programming judgment judgments practice practices practiced license
licensed licenses licensing tire tired tires tiring draft drafts drafted drafting disk disks ton tons
meter meters medieval analog dialog dialogs inquiry inquiries aging dialogue dialogues catalogue
catalogues grey disc discs tonne tonnes theatre theatres analogue ageing acknowledgment
""".split())

FAMILIES = ("ise", "our", "re", "ence", "ll", "ogue", "ae")


@lru_cache(maxsize=50_000)
def us_spelling(word: str) -> str:
    """A lower-case word's American spelling when it is a British one (breame's table, then the
    regular endings); anything else comes back unchanged."""
    if word in _UK_TO_US:
        return _UK_TO_US[word]
    # travelled/traveled, never filled/filed: the doubled l follows an unstressed second syllable.
    if re.search(r"lle?d$|lling$", word) and len(re.findall(r"[aeiou]+", word[:-4])) < 2:
        return word
    for pat, rep in _SPELLING:
        word = re.sub(pat, rep, word)
    return word


def family(uk: str, us: str) -> str:
    """The regular difference between a British and an American form ("ise" for organise /
    organize, "our", "re", "ence", "ll", "ogue", "ae"); "" for anything else (plough / plow)."""
    p = len(commonprefix([uk, us]))
    a, b = uk[p:], us[p:]
    if a[:1] == "s" and b[:1] == "z" and a[1:] == b[1:]:
        return "ise"
    if a[:1] == "u" and a[1:] == b and uk[p - 1:p] == "o":
        return "our"
    if a[:2] == "re" and b[:2] == "er" and a[2:] == b[2:]:
        return "re"
    if a[:1] == "c" and b[:1] == "s" and a[1:] == b[1:] and uk[p - 2:p] == "en":
        return "ence"
    if (a[:1] == "l" and a[1:] == b) or (b[:1] == "l" and b[1:] == a):
        return "ll" if uk[p - 1:p] == "l" else ""
    if a in ("ue", "ues") and b in ("", "s") and uk[p - 2:p] == "og":
        return "ogue"
    if a[:1] in "ao" and a[1:] == b and b:
        return "ae"
    return ""


def convention(word: str) -> tuple[str, str]:
    """("uk" or "us", family) for a lower-case word breame lists in one convention with a regular
    counterpart in the other; ("", "") for every other word, the ambiguous ones included."""
    if word in AMBIGUOUS:
        return "", ""
    if word in _UK_TO_US:
        fam = family(word, _UK_TO_US[word])
        return ("uk", fam) if fam else ("", "")
    if word in _US_TO_UK:
        fam = family(_US_TO_UK[word], word)
        return ("us", fam) if fam else ("", "")
    return "", ""


def pair_convention(x: str, y: str) -> tuple[str, str]:
    """For two spellings of one word, the convention ``x`` is in ("uk" or "us") and the family of
    the difference; ("", "") when they are not a British / American pair of a regular family."""
    if x == y:
        return "", ""
    if us_spelling(x) == y:
        return "uk", family(x, y)
    if us_spelling(y) == x:
        return "us", family(y, x)
    return "", ""
