"""Ingest: one reader per input format, each returning Documents with the text exactly as read."""

from .files import read_document

__all__ = ["read_document"]
