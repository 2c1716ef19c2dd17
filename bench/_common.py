"""Shared helpers for the benchmarks: where the evaluation data is, timing, machine facts, output.

Evaluation data is research-use only and never lives in the repository. It is read from
(first match wins):

1. the ``--data`` option of a benchmark (the ``data`` argument of :func:`data_dir`);
2. the environment variable ``WIRETRACE_SHARED`` — the ``shared`` folder (holding ``data/`` and
   ``seeds/``) or directly its ``data`` folder;
3. ``<repo>/../shared/data`` — the ``shared`` folder next to the repository.

Each benchmark prints a Rich table and writes ``bench/out/<name>.json`` (git-ignored).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
OUT = BENCH / "out"
ENV_VAR = "WIRETRACE_SHARED"


class DataMissing(RuntimeError):
    """The shared evaluation data folder (or a file in it) is not there."""


def shared_dir(data: str | os.PathLike[str] | None = None) -> Path:
    """The ``shared`` folder: parent of :func:`data_dir` (it also holds ``seeds/``)."""
    return data_dir(data, must_exist=False).parent


def data_dir(data: str | os.PathLike[str] | None = None, *, must_exist: bool = True) -> Path:
    """Folder of the evaluation data sets (``wmt21-newstest/``, ``wmt-mqm-…/``, ``meter/``…)."""
    if data is not None:
        path = Path(data)
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
    else:
        path = REPO.parent / "shared" / "data"
    path = path.expanduser().resolve()
    if (path / "data").is_dir() and not (path / "README.md").is_file():
        path = path / "data"  # WIRETRACE_SHARED pointed at the shared folder itself
    if must_exist and not path.is_dir():
        raise DataMissing(
            f"evaluation data folder not found: {path}. Put the shared folder next to the repository "
            f"(../shared/data), set {ENV_VAR}=/path/to/shared, or pass --data /path/to/shared/data."
        )
    return path


def require(path: Path) -> Path:
    """``path`` itself, or :class:`DataMissing` naming it."""
    if not path.exists():
        raise DataMissing(f"missing evaluation file: {path} (see {ENV_VAR} / --data)")
    return path


# --------------------------------------------------------------------------------------- timing


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed wall time in seconds."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Call ``fn`` and return ``(result, seconds)``."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def repeat_timing(fn: Callable[[], Any], runs: int, warmup: int = 0) -> list[float]:
    """Wall times in seconds of ``runs`` calls of ``fn`` after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        _, seconds = timed(fn)
        times.append(seconds)
    return times


def summary(times: Sequence[float]) -> dict[str, float]:
    """Median, mean, min, max and p90 of a list of seconds (empty list → zeros)."""
    if not times:
        return {"n": 0, "median": 0.0, "mean": 0.0, "min": 0.0, "max": 0.0, "p90": 0.0}
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "median": statistics.median(ordered),
        "mean": statistics.fmean(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "p90": p90,
    }


def ratio(num: float, den: float) -> float | None:
    return None if not den else num / den


# ------------------------------------------------------------------------------------- machine


def _git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _git_dirty() -> bool | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip())


def machine_info() -> dict[str, Any]:
    """CPU count, Python version, platform, wiretrace version and git commit of the run."""
    try:
        import wiretrace

        version = getattr(wiretrace, "__version__", None)
    except ImportError:  # pragma: no cover - benchmarks need the package installed
        version = None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count()
    return {
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "wiretrace": version,
        "git_commit": _git_commit(),
        "src_dirty": _git_dirty(),
    }


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# -------------------------------------------------------------------------------------- output


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_table(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> None:
    """A Rich table of ``rows`` (dicts); ``columns`` picks and orders the keys shown."""
    from rich.console import Console
    from rich.table import Table

    if not rows:
        Console().print(f"[bold]{title}[/bold]: no rows")
        return
    if columns is None:
        columns = []
        for row in rows:
            columns.extend(k for k in row if k not in columns and not isinstance(row[k], (dict, list)))
    table = Table(title=title, show_lines=False)
    for col in columns:
        numeric = any(isinstance(r.get(col), (int, float)) and not isinstance(r.get(col), bool) for r in rows)
        table.add_column(col, justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(col)) for col in columns))
    Console(width=max(120, len(columns) * 14)).print(table)


def write_results(
    name: str,
    rows: Sequence[dict[str, Any]],
    meta: dict[str, Any] | None = None,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    extra: dict[str, Any] | None = None,
    out_dir: Path | None = None,
) -> Path:
    """Print ``rows`` as a Rich table and write ``bench/out/<name>.json``.

    The JSON holds ``name``, ``meta`` (given keys plus date and machine facts), ``rows`` and any
    ``extra`` top-level keys (per-document details…). Returns the path written.
    """
    meta = dict(meta or {})
    meta.setdefault("date", now_iso())
    meta.setdefault("machine", machine_info())
    meta.setdefault("argv", sys.argv[1:])
    print_table(title or name, rows, columns)
    out_dir = out_dir or OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    payload: dict[str, Any] = {"name": name, "meta": meta, "rows": list(rows)}
    if extra:
        payload.update(extra)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return path


def pct(value: float | None) -> str:
    """``0.953`` → ``"95.3 %"`` (for docs and console lines)."""
    return "–" if value is None else f"{100 * value:.1f} %"
