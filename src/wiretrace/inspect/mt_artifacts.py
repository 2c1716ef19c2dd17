"""mt_artifacts findings (being written)."""


def find(ctx):
    return []
