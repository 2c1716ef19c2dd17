"""``python -m wiretrace``: the same as the ``wiretrace`` command."""

from .cli import main

main()
