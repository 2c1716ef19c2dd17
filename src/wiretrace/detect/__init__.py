"""Candidate detection (MinHash, rare anchors, semantic): arrives with the corpus work (issue 3)."""
