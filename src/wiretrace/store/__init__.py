"""The corpus store: an embedded DuckDB file with a versioned schema."""

from .db import AddResult, Store, StoreError, content_hash
from .schema import SCHEMA_VERSION

__all__ = ["AddResult", "Store", "StoreError", "SCHEMA_VERSION", "content_hash"]
