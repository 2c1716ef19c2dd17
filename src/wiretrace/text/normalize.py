"""Normalisation for matching only; offsets always refer to the original text."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Quotes, dashes and odd spaces to ASCII forms, NFKC; keeps length-independent meaning."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


def normalize(text: str) -> str:
    """The matching form of a text: folded, lower-cased, single-spaced."""
    return _SPACE.sub(" ", fold(text)).strip().lower()
