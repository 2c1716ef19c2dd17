"""WMT21 news test set: does wiretrace link translated copies segment by segment?

For each WMT21 document, A is the source side (one ``<seg>`` per line) and B is either the
professional reference (``<ref translator="A">``) or an MT system output (``<hyp system=…>``),
also one segment per line. Segment ids are the ground truth: line p of A is a translation of
line p of B. We run ``wiretrace.pipeline.compare(A, B)`` and measure

* ``translation``: share of documents whose verdict relation is ``translation``;
* ``source_ok``: share whose verdict names the original side (``origlang``) as source;
* ``linked``: share of A segments that take part in at least one link;
* ``seg_acc``: share of A segments *linked correctly*: at least one link holds a sentence of A
  segment p, and every such link maps only to B sentences of segment p — or of p±1 when that
  same link also holds an A sentence of p±1 (a merge across a segment boundary; chains of such
  neighbours count too, so a cluster {4,5,6}→{4,5,6} is correct);
* ``seg_acc_body``: the same over A segments whose sentences all have the role ``body`` (not
  headline, caption or boilerplate lines, which the aligner may leave unlinked by design);
* ``link_prec``: share of links whose B segments are a subset of the link's A segments;
* time per document (the ``compare`` call only).

Run ``python bench/wmt21_align.py --pairs en-ja,ja-en,ru-en,de-fr`` (``--max-docs``,
``--systems``). Data: see ``bench/_common.py`` (``--data`` / ``WIRETRACE_SHARED``).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, require, summary, timed, write_results

DEFAULT_PAIRS = ("en-ja", "ja-en", "ru-en", "de-fr")
REF = "ref"


@dataclass(frozen=True)
class WmtDoc:
    """One ``<doc>`` of a WMT21 xml file: source segments, references and system outputs."""

    pair: str
    id: str
    origlang: str
    src_lang: str
    tgt_lang: str
    src: tuple[tuple[str, str], ...]  # (seg id, text)
    refs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    hyps: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class BuiltDoc:
    """A document made of segments, one per line, and the segment index of each paragraph."""

    document: Any  # wiretrace.Document
    para_seg: tuple[int, ...]  # paragraph number (as segment.py counts them) -> segment position


def xml_path(data: Path, pair: str) -> Path:
    return require(data / "wmt21-newstest" / "xml" / f"newstest2021.{pair}.all.xml")


def _segs(node: ET.Element) -> tuple[tuple[str, str], ...]:
    return tuple((seg.get("id", ""), seg.text or "") for seg in node.iter("seg"))


def load_pair(data: Path, pair: str, max_docs: int | None = None) -> list[WmtDoc]:
    """Documents of ``newstest2021.<pair>.all.xml`` in file order (first ``max_docs``)."""
    src_lang, tgt_lang = pair.split("-")
    docs: list[WmtDoc] = []
    for _, elem in ET.iterparse(xml_path(data, pair), events=("end",)):
        if elem.tag != "doc":
            continue
        src = elem.find("src")
        refs = {r.get("translator", "?"): _segs(r) for r in elem.findall("ref")}
        hyps = {h.get("system", "?"): _segs(h) for h in elem.findall("hyp")}
        docs.append(
            WmtDoc(
                pair=pair,
                id=elem.get("id", f"doc{len(docs)}"),
                origlang=elem.get("origlang", ""),
                src_lang=src_lang,
                tgt_lang=tgt_lang,
                src=_segs(src) if src is not None else (),
                refs=refs,
                hyps=hyps,
            )
        )
        elem.clear()
        if max_docs is not None and len(docs) >= max_docs:
            break
    return docs


def build_document(doc_id: str, segs: Iterable[tuple[str, str]], lang: str | None = None) -> BuiltDoc:
    """Join segments with ``\\n``; empty segments are dropped (segment.py skips empty lines too)."""
    from wiretrace.model import Document

    lines: list[str] = []
    para_seg: list[int] = []
    for pos, (_, text) in enumerate(segs):
        line = " ".join(text.split())
        if line:
            lines.append(line)
            para_seg.append(pos)
    return BuiltDoc(Document(id=doc_id, text="\n".join(lines), lang=lang), tuple(para_seg))


# ------------------------------------------------------------------------------------- metrics


def _run(segs: set[int], p: int) -> set[int]:
    """The consecutive segment numbers of ``segs`` around ``p`` (``{p}`` at least)."""
    run = {p}
    q = p - 1
    while q in segs:
        run.add(q)
        q -= 1
    q = p + 1
    while q in segs:
        run.add(q)
        q += 1
    return run


def score_alignment(comparison: Any, built_a: BuiltDoc, built_b: BuiltDoc) -> dict[str, Any]:
    """Segment-level link metrics of one comparison against the seg-id ground truth.

    A segment p is linked correctly when some link holds one of its sentences and every such link
    maps only to B sentences of segment p, or of the segments next to p that the link also holds
    on the A side (a merge across a boundary: the run of consecutive A segments of the link around
    p, so a 3-segment cluster {4,5,6}→{4,5,6} is correct and {5,7}→{5,7} is not).
    """
    seg_a = [built_a.para_seg[s.paragraph] for s in comparison.sentences_a]
    seg_b = [built_b.para_seg[s.paragraph] for s in comparison.sentences_b]
    links = comparison.alignment.links
    link_a = [{seg_a[i] for i in link.a} for link in links]
    link_b = [{seg_b[j] for j in link.b} for link in links]
    body = {p: True for p in seg_a}
    for s, p in zip(comparison.sentences_a, seg_a, strict=True):
        if str(s.role) != "body":
            body[p] = False

    a_segments = sorted(set(built_a.para_seg))
    linked = correct = body_n = body_correct = 0
    wrong: list[dict[str, Any]] = []
    for p in a_segments:
        ok = False
        mine = [k for k, segs in enumerate(link_a) if p in segs]
        if not mine:
            wrong.append({"seg": p, "why": "unlinked", "body": body.get(p, True)})
        else:
            linked += 1
            bad = []
            for k in mine:
                if not link_b[k] <= _run(link_a[k], p):
                    bad.append(
                        {
                            "a_segs": sorted(link_a[k]),
                            "b_segs": sorted(link_b[k]),
                            "kind": str(links[k].kind),
                            "sim": round(float(links[k].similarity), 3),
                        }
                    )
            if bad:
                wrong.append({"seg": p, "why": "mislinked", "body": body.get(p, True), "links": bad})
            else:
                ok = True
                correct += 1
        if body.get(p, True):
            body_n += 1
            body_correct += ok
    precise = sum(1 for la, lb in zip(link_a, link_b, strict=True) if lb <= la)
    return {
        "a_segments": len(a_segments),
        "a_linked": linked,
        "a_correct": correct,
        "a_body": body_n,
        "a_body_correct": body_correct,
        "links": len(links),
        "links_precise": precise,
        "wrong": wrong,
    }


def expected_source(doc: WmtDoc) -> str:
    """Which side of (src, target) is the original: ``a`` when ``origlang`` is the source language."""
    if doc.origlang == doc.src_lang:
        return "a"
    if doc.origlang == doc.tgt_lang:
        return "b"
    return "unknown"


def run_one(
    compare: Callable[[Any, Any], Any],
    doc: WmtDoc,
    kind: str,
    system: str,
    segs: tuple[tuple[str, str], ...],
    lang_hint: bool,
) -> dict[str, Any]:
    """Compare one source document with one of its translations and score it."""
    a = build_document(f"{doc.id}:{doc.src_lang}", doc.src, doc.src_lang if lang_hint else None)
    b = build_document(f"{doc.id}:{doc.tgt_lang}:{system}", segs, doc.tgt_lang if lang_hint else None)
    comparison, seconds = timed(compare, a.document, b.document)
    verdict = comparison.verdict
    scored = score_alignment(comparison, a, b)
    return {
        "pair": doc.pair,
        "doc": doc.id,
        "kind": kind,
        "system": system,
        "origlang": doc.origlang,
        "relation": str(verdict.relation),
        "source": verdict.source,
        "expected_source": expected_source(doc),
        "confidence": round(float(verdict.confidence), 3),
        "sentences_a": len(comparison.sentences_a),
        "sentences_b": len(comparison.sentences_b),
        "seconds": round(seconds, 4),
        **scored,
    }


def aggregate(label: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    """One table row from per-document results."""
    n = len(results)
    segs = sum(r["a_segments"] for r in results)
    links = sum(r["links"] for r in results)
    body = sum(r["a_body"] for r in results)
    times = summary([r["seconds"] for r in results])
    relations = Counter(r["relation"] for r in results)
    known = [r for r in results if r["expected_source"] != "unknown"]
    return {
        "set": label,
        "docs": n,
        "segments": segs,
        "translation": sum(r["relation"] == "translation" for r in results) / n if n else None,
        "linked": sum(r["a_linked"] for r in results) / segs if segs else None,
        "seg_acc": sum(r["a_correct"] for r in results) / segs if segs else None,
        "seg_acc_body": (sum(r["a_body_correct"] for r in results) / body) if body else None,
        "link_prec": sum(r["links_precise"] for r in results) / links if links else None,
        "source_ok": sum(r["source"] == r["expected_source"] for r in known) / len(known) if known else None,
        "sec_median": times["median"],
        "sec_p90": times["p90"],
        "sec_total": sum(r["seconds"] for r in results),
        "relations": dict(relations.most_common()),
    }


def measure(
    data: Path | None = None,
    pairs: Iterable[str] = DEFAULT_PAIRS,
    max_docs: int | None = None,
    systems: int = 2,
    lang_hint: bool = False,
    compare: Callable[[Any, Any], Any] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Run the benchmark; returns ``{"rows": [...], "docs": [...]}``.

    ``rows`` has one row per (pair, ref|mt) plus the per-pair and overall totals; ``docs`` the
    per-document results (ids, segment numbers and link shapes only, never the texts).
    """
    if compare is None:
        from wiretrace.pipeline import compare
    data = data_dir(data)
    docs_out: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for pair in pairs:
        pair_results: list[dict[str, Any]] = []
        for doc in load_pair(data, pair, max_docs):
            jobs: list[tuple[str, str, tuple[tuple[str, str], ...]]] = []
            if doc.refs:
                translator = "A" if "A" in doc.refs else min(doc.refs)
                jobs.append((REF, f"ref-{translator}", doc.refs[translator]))
            for system in sorted(doc.hyps)[:systems]:
                jobs.append(("mt", system, doc.hyps[system]))
            for kind, system, segs in jobs:
                result = run_one(compare, doc, kind, system, segs, lang_hint)
                pair_results.append(result)
                if progress:
                    print(
                        f"{pair} {doc.id:<28} {system:<14} {result['relation']:<11} "
                        f"acc {result['a_correct']}/{result['a_segments']} {result['seconds']:.2f}s",
                        file=sys.stderr,
                    )
        for kind in (REF, "mt"):
            sub = [r for r in pair_results if r["kind"] == kind]
            if sub:
                rows.append(aggregate(f"{pair} {kind}", sub))
        docs_out.extend(pair_results)
    for kind in (REF, "mt"):
        sub = [r for r in docs_out if r["kind"] == kind]
        if sub:
            rows.append(aggregate(f"all {kind}", sub))
    if docs_out:
        rows.append(aggregate("all", docs_out))
    return {"rows": rows, "docs": docs_out}


COLUMNS = (
    "set",
    "docs",
    "segments",
    "translation",
    "linked",
    "seg_acc",
    "seg_acc_body",
    "link_prec",
    "source_ok",
    "sec_median",
    "sec_p90",
    "sec_total",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", default=",".join(DEFAULT_PAIRS), help="comma-separated WMT21 pairs")
    parser.add_argument("--max-docs", type=int, default=None, help="first N documents of each pair")
    parser.add_argument("--systems", type=int, default=2, help="MT systems per document (alphabetical)")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--lang-hint", action="store_true", help="pass the known languages in Document.lang")
    parser.add_argument("--name", default="wmt21_align", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no per-document progress lines")
    args = parser.parse_args(argv)
    pairs = [p.strip() for p in args.pairs.split(",") if p.strip()]
    result = measure(args.data, pairs, args.max_docs, args.systems, args.lang_hint, progress=not args.quiet)
    meta = {
        "pairs": pairs,
        "max_docs": args.max_docs,
        "systems": args.systems,
        "lang_hint": args.lang_hint,
        "target": "translation linking >= 95 % of segments",
    }
    write_results(
        args.name,
        result["rows"],
        meta,
        columns=COLUMNS,
        title="WMT21 translation alignment",
        extra={"docs": result["docs"]},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
