"""Worker processes fed by the parent, with the parent's store reads and writes overlapping the
workers' hashing and scoring.

A DuckDB connection belongs to one thread, so the parent does all store I/O itself; it reads batch
k+1 and writes batch k while the pool works on k+1. Without the overlap the pool sat idle during
every read and write (a third of the fingerprint and verify time at 100k documents).
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

Ctx = TypeVar("Ctx")


def pipelined(fn: Callable[[Any], Any], batches: Iterable[tuple[Ctx, list]],
              write: Callable[[Ctx, list], None], workers: int) -> None:
    """``write(ctx, [fn(job) for job in jobs])`` for each ``(ctx, jobs)`` of ``batches``, in order.

    With ``workers > 1`` the jobs run in a fork pool, one job per task; at most two batches are in
    flight, so memory stays at two batches' worth.
    """
    if workers <= 1:
        for ctx, jobs in batches:
            write(ctx, [fn(j) for j in jobs])
        return
    pool = mp.get_context("fork").Pool(workers)
    try:
        pending = None
        for ctx, jobs in batches:  # the generator's store read overlaps the pool's work
            submitted = (ctx, pool.map_async(fn, jobs, chunksize=1))
            if pending is not None:
                write(pending[0], pending[1].get())
            pending = submitted
        if pending is not None:
            write(pending[0], pending[1].get())
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C: stop the workers now; what was written stays written
        raise
    finally:
        pool.join()
