"""Text stage: segmentation with exact offsets, language, normalisation, tokens."""

from .lang import detect_language
from .normalize import normalize
from .segment import segment
from .tokens import Token, content_tokens, tokenize

__all__ = ["detect_language", "normalize", "segment", "Token", "tokenize", "content_tokens"]
