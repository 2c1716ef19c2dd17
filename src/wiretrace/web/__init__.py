"""Web viewer: arrives with issue 5."""
