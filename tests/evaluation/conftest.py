"""Where the evaluation data lives: ../shared next to the checkout (CI always has it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("WIRETRACE_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def _shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"evaluation data not found at {path}: check out ../shared beside the repository "
            "or set WIRETRACE_SHARED"
        )
    return path


@pytest.fixture(scope="session")
def shared_path():
    """``shared_path("seeds", name)``: a path in ../shared, or a skip naming where it looked."""
    return _shared_path
