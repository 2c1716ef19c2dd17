"""Inspect stage: one module per finding family, run through the registry."""

from .context import Context, build_context
from .registry import FAMILIES, inspect

__all__ = ["Context", "build_context", "FAMILIES", "inspect"]
