"""A story's family tree and coverage map from the store: read its members and their verified
pairs, rebuild what the provenance stage reads (``PairView``) and call it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model import (
    Clue,
    CoverageMap,
    Document,
    Finding,
    Link,
    LinkKind,
    Relation,
    Role,
    Sentence,
    Severity,
    Span,
    Tree,
    Verdict,
)
from ..provenance.coverage import coverage_map
from ..provenance.pairview import PairView
from ..provenance.tree import build_tree
from ..store import Store, StoreError


@dataclass(frozen=True, slots=True)
class StoryTree:
    tree: Tree
    coverage: CoverageMap
    documents: tuple[Document, ...]


def _span(d: dict | None) -> Span | None:
    return None if d is None else Span(d["start"], d["end"])


def _sentences(rows: list[dict], doc: Document) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, r["start"], r["end"], doc.text[r["start"]:r["end"]], doc.lang or "", r["paragraph"],
                          Role(r["role"])) for i, r in enumerate(rows))


def view_of(a: Document, b: Document, relation: str, source: str, confidence: float, coverage_a: float,
            coverage_b: float, comparison: str | None) -> PairView:
    """A stored pair as the tree reads it (``comparison``: its ``wiretrace.compare/2`` JSON, or
    None for a quick verdict)."""
    if comparison is None:
        return PairView(a.id, b.id, Verdict(Relation(relation), source, confidence), coverage_a, coverage_b,
                        full=False)
    c = json.loads(comparison)
    d = c["direction"]
    verdict = Verdict(Relation(c["relation"]), c["source"], c["confidence"], tuple(c["evidence"]),
                      c["common_source"], tuple(Clue(x["name"], x["derived"], x["weight"], x["text"])
                                                for x in d["clues"]),
                      d["confidence"], d["dates_contradict"], d["fuller_upstream"] or "")
    findings = tuple(Finding(f["kind"], f["change"], Severity(f["severity"]), _span(f["a"]), _span(f["b"]),
                             f["explanation"], tuple(f["evidence"])) for f in c["findings"])
    links = tuple(Link(tuple(x["a"]), tuple(x["b"]), LinkKind(x["kind"]), x["similarity"]) for x in c["links"])
    return PairView(a.id, b.id, verdict, coverage_a, coverage_b, findings, links,
                    _sentences(c["sentences"]["a"], a), _sentences(c["sentences"]["b"], b))


def _story_seq(store: Store, key: str, by_document: bool) -> int:
    seq = store.seq_of(key)
    if seq is None:
        raise StoreError(f"no document {key!r} in {store.path}", fix="check the id with `wiretrace stories`")
    row = store.one("SELECT story FROM stories WHERE seq = ?", [seq])
    if row is None or (not by_document and row[0] != seq):
        if by_document:
            raise StoreError(f"document {key!r} belongs to no story (no verified copy of it)",
                             fix="`wiretrace find --id ID` lists its candidates")
        raise StoreError(f"{key!r} is not a story id", fix="story ids are listed by `wiretrace stories`; "
                         "for the story of any document use `wiretrace tree --id DOC`")
    return row[0]


def story_tree(store: Store, key: str, *, by_document: bool = False) -> StoryTree:
    """The tree of story ``key`` (a story id as ``wiretrace stories`` lists it), or of the story
    holding document ``key`` when ``by_document``."""
    story = _story_seq(store, key, by_document)
    seqs = [r[0] for r in store.con.execute("SELECT seq FROM stories WHERE story = ? ORDER BY seq",
                                            [story]).fetchall()]
    return tree_of(store, seqs, story)


def tree_of(store: Store, seqs: list[int], story: int) -> StoryTree:
    """The tree of any set of stored documents (``story``: the seq whose id names it)."""
    docs = store.documents(seqs)
    rows = store.con.execute(
        "SELECT a, b, relation, source, confidence, coverage_a, coverage_b, comparison FROM pairs "
        "WHERE a IN (SELECT unnest(?)) AND b IN (SELECT unnest(?))", [seqs, seqs]).fetchall()
    views = [view_of(docs[a], docs[b], *rest) for a, b, *rest in rows]
    documents = tuple(docs[s] for s in seqs)
    tree = build_tree(docs[story].id, documents, views)
    return StoryTree(tree, tree_coverage(tree, views), documents)


def tree_coverage(tree: Tree, views: list[PairView]) -> CoverageMap:
    """The coverage map of a tree's source: its first root that is a document, else (the source
    is not in the corpus) the document most of the story is linked to."""
    kinds = {n.id: n.kind for n in tree.nodes}
    full = [v for v in views if v.full and v.is_copy]
    docs = [n.id for n in tree.nodes if n.kind == "document"]
    source = next((r for r in tree.roots if kinds[r] == "document"), None)
    if source is None and docs:
        source = max(docs, key=lambda d: (sum(v.coverage(v.other(d)) for v in full if d in (v.a, v.b)), d))
    order = [x for x in _walk(tree) if kinds.get(x) == "document" and x != source]
    by_other = {v.other(source): v for v in full if source in (v.a, v.b)}
    sentences = next((v.sentences(source) for v in by_other.values()), ())
    copies = [(x, by_other[x].linked(source)) for x in order if x in by_other]
    return coverage_map(source or "", sentences, copies)


def _walk(tree: Tree) -> list[str]:
    out: list[str] = []

    def visit(n: str) -> None:
        out.append(n)
        for e in tree.children(n):
            visit(e.child)

    for r in tree.roots:
        visit(r)
    return out
