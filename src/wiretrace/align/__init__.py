"""Alignment stage: sentence similarity and the search for links between two documents."""

from .aligner import align

__all__ = ["align"]
