"""negation findings (being written)."""


def find(ctx):
    return []
