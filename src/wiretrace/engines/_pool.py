"""Worker processes fed by the parent, with the parent's store reads and writes overlapping the
workers' hashing and scoring.

A DuckDB connection belongs to one thread, so the parent does all store I/O itself; it reads batch
k+1 and writes batch k while the pool works on k+1. Without the overlap the pool sat idle during
every read and write (a third of the fingerprint and verify time at 100k documents).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

Ctx = TypeVar("Ctx")


def pipelined(fn: Callable[[Any], Any], batches: Iterable[tuple[Ctx, list]],
              write: Callable[[Ctx, list], None], workers: int, ahead: int | None = None) -> None:
    """``write(ctx, [fn(job) for job in jobs])`` for each ``(ctx, jobs)`` of ``batches``, in order.

    With ``workers > 1`` the jobs run in a fork pool, one job per task; ``ahead`` batches
    (default ``workers + 1``) are in flight, so every worker has a batch while the parent stores
    one (with two, a worker idled through each store write: 40 s instead of 25 s to fingerprint
    100k documents). A caller whose ``write`` buffers many batches and stores them at once
    passes more, so that the workers do not idle through that longer store.
    """
    ahead = workers + 1 if ahead is None else max(ahead, workers + 1)
    if workers <= 1:
        for ctx, jobs in batches:
            write(ctx, [fn(j) for j in jobs])
        return
    pool = mp.get_context("fork").Pool(workers)
    try:
        flight: deque = deque()
        for ctx, jobs in batches:  # the generator's store read overlaps the pool's work
            flight.append((ctx, pool.map_async(fn, jobs, chunksize=1)))
            if len(flight) >= ahead:
                done_ctx, result = flight.popleft()
                write(done_ctx, result.get())
        while flight:
            done_ctx, result = flight.popleft()
            write(done_ctx, result.get())
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C: stop the workers now; what was written stays written
        raise
    finally:
        pool.join()
