"""Local and Spark engines: arrive with the corpus work (issue 3)."""
