"""Stores the viewer tests browse: the bundled example corpus, and the hostile corpus.

The hostile store is indexed for real (two short hostile documents, so ``compare`` runs on them)
plus a document with a 1 MB line whose pair is written by hand: ``compare`` on a 1 MB sentence
takes a minute, and the viewer, not the aligner, is under test here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from web.hostile import documents

from wiretrace.corpus import Corpus
from wiretrace.engines.options import IndexOptions
from wiretrace.engines.stories_step import build_stories
from wiretrace.model import (
    Alignment,
    Comparison,
    Finding,
    Link,
    LinkKind,
    Relation,
    Severity,
    Span,
    Verdict,
)
from wiretrace.report.json import to_dict
from wiretrace.store import Store
from wiretrace.text import segment

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def example_store(root: Path) -> Path:
    docs = root / "docs"
    shutil.copytree(EXAMPLES, docs, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    db = root / "example.duckdb"
    with Corpus.open(db, options=IndexOptions(workers=1)) as corpus:
        corpus.index([docs])
    return db


def long_line_comparison() -> Comparison:
    """The original against its copy with a 1 MB line appended, built by hand: every sentence
    linked as identical, the long line added, and a finding over hostile markup on both sides."""
    original, _, long = documents()
    sa, sb = segment(original.text, "en"), segment(long.text, "en")
    # The long text starts with the original's, but the segmenter joins lines differently near the
    # end: link the sentences whose spans overlap, merged into groups.
    groups: list[tuple[list[int], list[int]]] = []
    for i, x in enumerate(sa):
        js = [j for j, y in enumerate(sb[:-1]) if y.start < x.end and y.end > x.start]
        if groups and set(js) & set(groups[-1][1]):
            groups[-1][0].append(i)
            groups[-1][1].extend(j for j in js if j not in groups[-1][1])
        else:
            groups.append(([i], js))
    img = original.text.index("<img")
    findings = (
        Finding("quote", "altered", Severity.MEDIUM, Span(img, img + 20), Span(img, img + 20),
                'the copy changes "<img src=x onerror=...>" [hostile]', ("<script>alert(1)</script>",)),
        Finding("addition", "claim_added", Severity.LOW, None, Span(sb[-1].start, sb[-1].end),
                "B adds a line of 1,000,000 characters"),
    )
    alignment = Alignment(tuple(Link(tuple(a), tuple(b), LinkKind.IDENTICAL, 1.0) for a, b in groups),
                          (), (len(sb) - 1,), 1.0, round(sb[-1].start / len(long.text), 4))
    verdict = Verdict(Relation.EDITED, "a", 0.8, ("B carries all of A and adds a very long line",))
    return Comparison(original, long, sa, sb, alignment, findings, verdict)


def hostile_store(root: Path) -> Path:
    db = root / "hostile.duckdb"
    original, copy, long = documents()
    with Corpus.open(db, options=IndexOptions(workers=1, doors=("minhash", "anchors"))) as corpus:
        corpus.add([original, copy])
        corpus.index([])
        corpus.add([long])  # stored, never fingerprinted: its pair is written below
        store = corpus.store
        a, b = store.seq_of(original.id), store.seq_of(long.id)
        d = to_dict(long_line_comparison())
        store.con.execute(
            "INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a, b, d["relation"], d["source"], d["confidence"], d["coverage"]["a"], d["coverage"]["b"],
             d["counts"]["high"], d["counts"]["medium"], d["counts"]["low"], "hand", json.dumps(d), "full",
             True, None])
        build_stories(store)
    with Store.open(db, read_only=True) as store:
        assert store.count("pairs") >= 2, "the hostile copy was not found as a copy"
    return db
