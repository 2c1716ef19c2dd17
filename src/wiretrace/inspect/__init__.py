"""inspect stage."""
