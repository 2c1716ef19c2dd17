"""The local engine: every stage in-process over an embedded DuckDB store, with progress.

    ingest + fingerprint (one pass) → fingerprint what it left → candidates (minhash · anchors ·
    semantic) → verify (quick tier) → compare (full tier, for the findings policy) → stories →
    lookup files for ``find``

Each step picks up where the store says work is missing, so rerunning after an interruption
(Ctrl-C, kill -9) finishes the job without redoing or duplicating what is stored.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..detect.minhash import MinHashScheme
from ..ingest import FieldMapping, IngestSummary, iter_documents
from ..model import BadRecord, Document
from ..store import Store, lookup
from ..store.queries import unverified
from ..store.readers import ReaderServer
from ..text import detect_language
from .candidates_step import anchor_door, minhash_door, semantic_door
from .fingerprint_step import fingerprint, fingerprint_while_ingesting
from .options import IndexOptions
from .stories_step import build_stories
from .verify_step import pending_full, verify_full, verify_quick

MAX_BAD_KEPT = 1000
# Documents per ingest transaction. Each looks its ids up in the store, a scan of the id column
# (0.1 s at a million documents): in batches of 1,000 that was most of ingesting a million.
INGEST_DOCS = 16000


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    summary: IngestSummary = field(default_factory=IngestSummary)
    bad: list[BadRecord] = field(default_factory=list)  # the first MAX_BAD_KEPT, for display
    fingerprinted: int = 0
    candidates: dict[str, int] = field(default_factory=dict)
    verified: int = 0  # quick verdicts
    compared: int = 0  # full compares
    stories: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


class RateColumn(ProgressColumn):
    """Items per second (Rich's speed column is for bytes)."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="cyan")


def progress_bar(console=None, disable: bool = False) -> Progress:
    return Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=console, disable=disable)


def ingest(store: Store, items: Iterable[Document | BadRecord], report: IndexReport, batch: int,
           tick=lambda n: None) -> Iterator[list[tuple]]:
    """Store ``items`` a batch a transaction, yielding each batch's added and updated rows
    (``AddResult.stored``) for ``fingerprint_while_ingesting``."""
    buf: list[Document] = []

    def flush() -> list[tuple]:
        if not buf:
            return []
        r = store.add_documents(buf)
        report.added += r.added
        report.updated += r.updated
        report.unchanged += r.unchanged
        tick(len(buf))
        buf.clear()
        return list(r.stored)

    for item in items:
        report.summary.add(item)
        if isinstance(item, BadRecord):
            # A Common Crawl WARC is two-thirds request/metadata records: count them all, keep a few.
            if len(report.bad) < MAX_BAD_KEPT:
                report.bad.append(item)
            continue
        # Language is stored with the document: the translation door and the verifier need it.
        buf.append(item if item.lang else replace(item, lang=detect_language(item.text)))
        if len(buf) >= batch:
            yield flush()
    yield flush()


def index(
    store: Store, paths: Iterable[str | Path], *, mapping: FieldMapping | None = None,
    options: IndexOptions | None = None, progress: Progress | None = None,
) -> IndexReport:
    options = options or IndexOptions()
    scheme = MinHashScheme()
    report = IndexReport()
    prog = progress or progress_bar(disable=True)
    # Other processes read the store through this one while it runs (``store.readers``).
    with prog, ReaderServer(store):
        # Ingest and fingerprinting in one pass: the workers hash what was stored while this
        # process reads and stores the next batch (sequential, one core idled through ingest).
        t = time.perf_counter()
        task = prog.add_task("ingest", total=None)
        fp_task = prog.add_task("fingerprint", total=None)
        stored = ingest(store, iter_documents(paths, mapping=mapping), report, max(options.batch, INGEST_DOCS),
                        lambda n: prog.advance(task, n))
        report.fingerprinted = fingerprint_while_ingesting(store, options, scheme, stored,
                                                           lambda n: prog.advance(fp_task, n))
        report.seconds["ingest"] = time.perf_counter() - t

        # What the pass left: documents stored by a killed run, a changed scheme, lines that
        # became (or stopped being) boilerplate.
        t = time.perf_counter()
        prog.update(fp_task, total=store.count())
        report.fingerprinted += fingerprint(store, options, scheme, lambda n: prog.advance(fp_task, n))
        prog.update(fp_task, completed=store.count())
        report.seconds["fingerprint"] = time.perf_counter() - t

        t = time.perf_counter()
        if "minhash" in options.doors:
            report.candidates["minhash"] = minhash_door(store, options)
        if "anchors" in options.doors:
            report.candidates["anchors"] = anchor_door(store, options)
        if "semantic" in options.doors:
            t_semantic = time.perf_counter()
            task = prog.add_task("translation door", total=store.count())
            report.candidates["semantic"] = semantic_door(store, options, lambda n: prog.advance(task, n))
            report.seconds["semantic_door"] = time.perf_counter() - t_semantic
        report.seconds["candidates"] = time.perf_counter() - t

        t = time.perf_counter()
        todo = unverified(store)
        task = prog.add_task("verify", total=len(todo))
        report.verified = verify_quick(store, options, todo, lambda n: prog.advance(task, n))
        report.seconds["verify"] = time.perf_counter() - t

        t = time.perf_counter()
        todo = pending_full(store, options.findings)
        task = prog.add_task("compare", total=len(todo))
        report.compared = verify_full(store, options, todo, lambda n: prog.advance(task, n))
        report.seconds["compare"] = time.perf_counter() - t

        t = time.perf_counter()
        report.stories = build_stories(store)
        report.seconds["stories"] = time.perf_counter() - t

        t = time.perf_counter()
        if report.fingerprinted or lookup.load(store) is None:
            lookup.build(store)  # find's sorted arrays (store.lookup)
        report.seconds["lookup"] = time.perf_counter() - t
    return report
