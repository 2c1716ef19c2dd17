"""DuckDB store: arrives with the corpus work (issue 3)."""
