"""Family trees of generated chains: is each copy hung from its true parent, and is each lost
intermediate shown?

Builds a corpus with ``bench.corpus_gen`` made mostly of chain families (``Composition`` below:
an original, an intermediate copy with errors of its own copied again by a sibling group, a
grandchild now and then, the intermediate left out of the corpus in half of them, and flat
copies beside), indexes it (``wiretrace index``: all doors, full compare of every copy pair),
builds every story's tree and compares it with the labels:

* **parent edges**: a written copy whose labelled parent is written is right when the tree hangs
  it from that parent with a named direction; one whose parent is lost is right when the tree
  hangs it, directed, from a lost node standing for that intermediate (the lost node most of
  whose children are that intermediate's children);
* **lost intermediates detected**: a lost intermediate with at least two written children in
  one story is detected when a lost node stands for it;
* **up to identical text** (a second figure beside the headline): a written child that carries a
  lost intermediate's text word for word cannot be told from it by the text; counted as standing
  in its place when another of its children hangs from it (for that child's parent edge:
  directed);
* **of what the text plainly shows** (beside the headline): the lost intermediates whose own
  respelling or dropped hedge two or more of their written children still carry word for
  word, and the share of those detected;
* also: the share of edges whose direction stays unknown, the roots (is the original a root),
  lost nodes that stand for no lost intermediate (false alarms), and a copy whose tree parent
  is right but undirected.

Run: ``python bench/chain_tree.py`` (``--families N``, ``--seed``, ``--hide-dates``, ``--keep DIR``).
Writes ``bench/out/chain_tree.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import print_table, write_results

from bench.corpus_gen.config import Composition
from bench.corpus_gen.write import generate

# Chain families: every family of two or more copies has an intermediate; half of them are lost.
CHAINS = Composition(family_share=0.95, independent_share=0.01, min_copies=2, max_copies=5, chain_share=0.8,
                     lost_share=0.5, family_independent=0.1)
MEAN_FAMILY = 1 + (CHAINS.min_copies + CHAINS.max_copies) / 2


def build_corpus(folder: Path, families: int, seed: int, hide_dates: bool) -> None:
    size = int(families * MEAN_FAMILY / CHAINS.family_share)
    generate(folder, size, seed=seed, comp=CHAINS, workers=1, progress=False)
    if hide_dates:
        lines = (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        out = []
        for line in lines:
            rec = json.loads(line)
            rec["published"] = None
            out.append(json.dumps(rec, ensure_ascii=False))
        (folder / "corpus.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


def _read(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}


def trees(db: Path) -> list:
    from wiretrace.engines.tree_step import story_tree
    from wiretrace.store import Store

    with Store.open(db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute(
            "SELECT d.id FROM stories s JOIN documents d ON d.seq = s.seq WHERE s.seq = s.story ORDER BY d.id"
        ).fetchall()]
        return [story_tree(store, i).tree for i in ids]


def family_trees(db: Path, folder: Path) -> list:
    """Trees over the true families (every written member, whatever story it was grouped in):
    the tree stage alone, without the story grouping's splits and merges."""
    from wiretrace.engines.tree_step import tree_of
    from wiretrace.store import Store

    labels = _read(folder / "labels.jsonl")
    families: dict[str, list[str]] = defaultdict(list)
    for doc, rec in labels.items():
        if rec.get("copy"):
            families[rec["root"]].append(doc)
    with Store.open(db, read_only=True) as store:
        out = []
        for root, members in sorted(families.items()):
            seqs = [s for d in [root, *members] if (s := store.seq_of(d)) is not None]
            if len(seqs) >= 2:
                out.append(tree_of(store, sorted(seqs), seqs[0]).tree)
        return out


def _is_parent(rec: dict, node: str, story: str, lost: dict, stands: dict) -> bool:
    """Whether tree node ``node`` (of ``story``) is the labelled parent of ``rec``: the document
    itself, or a lost node standing for the labelled lost intermediate."""
    if rec["parent"] in lost:
        return stands.get((story, node)) == rec["parent"]
    return node == rec["parent"]


def _count(c: Counter, rec: dict, e, lost: dict, stands: dict, story: str | None) -> None:
    c["n"] += 1
    if e is None:
        c["no_parent"] += 1
        return
    right_parent = _is_parent(rec, e.parent, story, lost, stands)
    c["undirected"] += not e.directed
    c["right"] += right_parent and e.directed
    c["right_undirected"] += right_parent and not e.directed


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def verbatim_stand_ins(folder: Path) -> dict[str, set[str]]:
    """For each lost intermediate, its written children that carry its text word for word (every
    paragraph of it, plus lines of their own: a header, a notice). From the text alone such a
    child and the lost copy cannot be told apart: which of them the others were copied from is
    a matter of dates or of luck."""
    lost, labels = _read(folder / "lost.jsonl"), _read(folder / "labels.jsonl")
    texts = {d: r["text"] for d, r in _read(folder / "corpus.jsonl").items()}
    out: dict[str, set[str]] = defaultdict(set)
    for doc, rec in labels.items():
        x = lost.get(rec.get("parent") or "")
        if x is not None and doc in texts:
            mine = set(_paragraphs(texts[doc]))
            if all(p in mine for p in _paragraphs(x["text"])):
                out[x["id"]].add(doc)
    return out


_OWN_ERROR = re.compile(r"^(name|hedge): '?(.+?)'? -> '?(.+?)'? \(error of this copy")


def _shows(text: str, kind: str, old: str, new: str) -> bool:
    """Does ``text`` still carry this respelling or dropped hedge as the lost copy made it?"""
    if kind == "name":
        return (re.search(rf"\b{re.escape(new)}\b", text) is not None
                and re.search(rf"\b{re.escape(old)}\b", text) is None)
    return new in text and old not in text


def readable_lost(folder: Path) -> set[str]:
    """Lost intermediates whose own errors (its respelled name, its dropped hedge) two or more of
    its written children still show word for word. A lost copy whose children each cut the
    sentence of its change, or wrote it their own way, leaves no such trace (other shared
    changes, a reworded quote, may still reveal it): how far the tree falls short on what the
    text plainly shows, beside the headline figure."""
    lost, labels = _read(folder / "lost.jsonl"), _read(folder / "labels.jsonl")
    texts = {d: r["text"] for d, r in _read(folder / "corpus.jsonl").items()}
    kids: dict[str, list[str]] = defaultdict(list)
    for doc, rec in labels.items():
        if rec.get("copy") and rec["kind"] != "partial" and rec["parent"] in lost and doc in texts:
            kids[rec["parent"]].append(doc)
    out = set()
    for x, rec in lost.items():
        for edit in rec.get("edits", ()):
            m = _OWN_ERROR.match(edit)
            if m and sum(_shows(texts[k], *m.groups()) for k in kids[x]) >= 2:
                out.add(x)
                break
    return out


def score(folder: Path, forest: list) -> dict[str, Any]:
    labels, lost = _read(folder / "labels.jsonl"), _read(folder / "lost.jsonl")
    parent_edge: dict[str, Any] = {}  # child -> TreeEdge
    story_of: dict[str, str] = {}
    lost_children: dict[str, set[str]] = defaultdict(set)  # tree lost node -> its document children
    roots: set[str] = set()
    for t in forest:
        kinds = {n.id: n.kind for n in t.nodes}
        for e in t.edges:
            parent_edge[e.child] = e
            story_of[e.child] = t.story
            if kinds[e.parent] == "lost":
                lost_children[(t.story, e.parent)].add(e.child)
        roots |= {r for r in t.roots if kinds[r] == "document"}
    written_children: dict[str, set[str]] = defaultdict(set)
    for doc, rec in labels.items():
        if rec.get("copy") and rec["parent"] in lost:
            written_children[rec["parent"]].add(doc)
    # Each tree lost node stands for the lost intermediate most of its children descend from.
    stands: dict[tuple, str] = {}
    for node, kids in lost_children.items():
        votes = Counter(labels[k]["parent"] for k in kids if k in labels and labels[k]["parent"] in lost)
        if votes:
            top, n = votes.most_common(1)[0]
            if 2 * n >= len(kids):
                stands[node] = top
    found_lost = set(stands.values())
    false_lost = sum(1 for node in lost_children if node not in stands)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for doc, rec in labels.items():
        if not rec.get("copy") or rec["kind"] == "partial":
            continue  # a partial copy is another story that quotes this one: not a family member
        where = ("parent: lost copy" if rec["parent"] in lost else "parent: original" if rec["depth"] == 1
                 else "parent: written copy")
        for c in (by_kind[rec["kind"]], by_kind[where]):
            _count(c, rec, parent_edge.get(doc), lost, stands, story_of.get(doc))
    # Up to identical text (a second figure, not the headline): a lost intermediate also counts
    # as found when a written child carrying its text word for word stands in its place (another
    # of its children hangs from it), and a copy of that lost one is right when it hangs,
    # directed, from such a stand-in.
    stand_ins = verbatim_stand_ins(folder)
    also_found, also_right = set(), 0
    for x, vs in stand_ins.items():
        for v in vs:
            kids = [d for d in written_children[x] if d != v and (e := parent_edge.get(d)) is not None
                    and e.parent == v]
            if kids and x not in found_lost:
                also_found.add(x)
            also_right += sum(1 for d in kids if labels[d]["kind"] != "partial" and parent_edge[d].directed)
    # Edges naming other parents that would explain the child about as well (TreeEdge.alternatives):
    # is the parent right less often there, and is the labelled one among those named?
    near = Counter()
    for doc, rec in labels.items():
        if not rec.get("copy") or rec["kind"] == "partial" or (e := parent_edge.get(doc)) is None:
            continue
        story, alts = story_of[doc], getattr(e, "alternatives", ())
        key = "with" if alts else "without"
        near[key] += 1
        near[f"{key}_right"] += _is_parent(rec, e.parent, story, lost, stands)
        near[f"{key}_named"] += any(_is_parent(rec, x, story, lost, stands) for x in (e.parent, *alts))
    originals = {rec["root"] for rec in labels.values() if rec.get("copy")} - set(lost)
    in_trees = {e.child for e in parent_edge.values()} | roots
    originals_in = originals & in_trees
    detectable = {x for x, kids in written_children.items() if len(kids) >= 2}
    readable = readable_lost(folder) & detectable
    total = Counter()
    for k, c in by_kind.items():
        if not k.startswith("parent:"):
            total.update(c)
    rows = [{"kind": k, "copies": c["n"], "parent_right": c["right"] / c["n"],
             "right_undirected": c["right_undirected"] / c["n"], "undirected": c["undirected"] / c["n"],
             "no_parent": c["no_parent"] / c["n"]} for k, c in sorted(by_kind.items())]
    rows.append({"kind": "all", "copies": total["n"], "parent_right": total["right"] / total["n"],
                 "right_undirected": total["right_undirected"] / total["n"],
                 "undirected": total["undirected"] / total["n"], "no_parent": total["no_parent"] / total["n"]})
    return {
        "rows": rows,
        "parent_right": total["right"] / total["n"],
        "lost_detectable": len(detectable),
        "lost_detected": len(found_lost & detectable) / len(detectable) if detectable else None,
        "up_to_identical_text": {
            "lost_with_a_verbatim_child": len(set(stand_ins) & detectable),
            "lost_detected": (len((found_lost | also_found) & detectable) / len(detectable)
                              if detectable else None),
            "parent_right": (total["right"] + also_right) / total["n"],
        },
        "lost_readable": len(readable),  # detectable ones whose errors two children still show
        "lost_detected_of_readable": len(found_lost & readable) / len(readable) if readable else None,
        "false_lost_nodes": false_lost,
        "lost_nodes": len(lost_children),
        "originals_root": len(originals_in & roots) / len(originals_in) if originals_in else None,
        "stories": len(forest),
        "alternatives": {
            "edges_with": near["with"],
            "parent_right_with": near["with_right"] / near["with"] if near["with"] else None,
            "labelled_parent_named_with": near["with_named"] / near["with"] if near["with"] else None,
            "edges_without": near["without"],
            "parent_right_without": near["without_right"] / near["without"] if near["without"] else None,
        },
    }


def calibration(folder: Path, forest: list) -> list[dict[str, Any]]:
    """Is a directed edge right? Per kind of edge and confidence bucket: the share whose parent is
    an ancestor of the child (for an edge from a lost node: whose child's labelled parent is
    lost), and the share pointing the wrong way (the child is an ancestor of the parent); the
    rest join two documents neither of which descends from the other (siblings, cousins)."""
    labels, lost = _read(folder / "labels.jsonl"), _read(folder / "lost.jsonl")
    up = {d: r["parent"] for d, r in (*labels.items(), *lost.items()) if r.get("copy") or r.get("lost")}

    def ancestor(a: str, b: str) -> bool:
        x = up.get(b)
        while x:
            if x == a:
                return True
            x = up.get(x)
        return False

    cells: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for t in forest:
        kinds = {n.id: n.kind for n in t.nodes}
        for e in t.edges:
            if labels.get(e.child, {}).get("kind") == "partial" or kinds[e.child] != "document":
                continue
            if kinds[e.parent] == "upstream":
                continue
            what = ("from a lost node" if kinds[e.parent] == "lost" else "from the root" if e.parent == t.reference
                    else "between copies")
            bucket = ("undirected" if not e.directed else "[0.70, 0.80)" if e.confidence < 0.8
                      else "[0.80, 0.90)" if e.confidence < 0.9 else "[0.90, 0.95)" if e.confidence < 0.95
                      else "[0.95, 1.00]")
            c = cells[(what, bucket)]
            c["n"] += 1
            if kinds[e.parent] == "lost":
                right = labels.get(e.child, {}).get("parent") in lost
            else:
                right = ancestor(e.parent, e.child)
                c["reversed"] += ancestor(e.child, e.parent)
            c["right"] += right
            # Edges naming another parent that explains the child as well (TreeEdge.alternatives)
            # are apart: their confidence is in the direction, not in the choice of parent.
            alt = "alt" if getattr(e, "alternatives", ()) else "sole"
            c[alt] += 1
            c[f"{alt}_right"] += right
    return [{"edge": w, "confidence": b, "edges": c["n"], "parent_an_ancestor": c["right"] / c["n"],
             "reversed": c["reversed"] / c["n"], "naming_alternatives": c["alt"],
             "ancestor_when_none_named": c["sole_right"] / c["sole"] if c["sole"] else None}
            for (w, b), c in sorted(cells.items())]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--families", type=int, default=200, help="about this many story families")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--hide-dates", action="store_true", help="null every 'published': direction from texts only")
    p.add_argument("--keep", type=Path, help="build the corpus and store in this folder and keep them")
    p.add_argument("--name", default="chain_tree")
    a = p.parse_args(argv)
    from wiretrace.corpus import Corpus
    from wiretrace.engines.options import IndexOptions

    with tempfile.TemporaryDirectory() as tmp:
        folder = a.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        if not (folder / "corpus.jsonl").exists():
            build_corpus(folder, a.families, a.seed, a.hide_dates)
        db = folder / "store.duckdb"
        t1 = time.perf_counter()
        if not db.exists():  # --keep: a second run re-scores the stored corpus
            with Corpus.open(db, options=IndexOptions(workers=a.workers)) as corpus:
                corpus.index([folder / "corpus.jsonl"])
        with Corpus.open(db, read_only=True) as corpus:
            compared = corpus.store.one("SELECT count(*) FROM pairs WHERE tier = 'full'")[0]
            documents = corpus.store.count()
        t2 = time.perf_counter()
        forest = trees(db)
        t3 = time.perf_counter()
        result = score(folder, forest)
        result["calibration"] = calibration(folder, forest)
        oracle = score(folder, family_trees(db, folder))
    meta = {"families": a.families, "seed": a.seed, "hide_dates": a.hide_dates, "documents": documents,
            "pairs_compared": compared,
            "seconds": {"generate": round(t1 - t0, 1), "index": round(t2 - t1, 1), "trees": round(t3 - t2, 1)}}
    extra = {k: v for k, v in result.items() if k != "rows"}
    extra["true_families"] = oracle
    write_results(a.name, result["rows"], meta, title="family trees of generated chains (stories as grouped)",
                  extra=extra)
    print_table("the same over the true families (tree stage alone)", oracle["rows"])
    print_table("directed edges: is the parent an ancestor? (stories as grouped)", result["calibration"])
    print(json.dumps({k: v for k, v in extra.items() if k not in ("true_families", "calibration")}, indent=1))
    print(json.dumps({k: v for k, v in oracle.items() if k != "rows"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
