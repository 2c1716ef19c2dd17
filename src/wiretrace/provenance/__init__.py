"""Provenance stage: what kind of copy a pair is, and which side came first."""

from .verdict import judge

__all__ = ["judge"]
