"""WMT23 MQM (en-de, news): does wiretrace report the distortions experts marked in MT copies?

For each (system, document) of the Google MQM side-by-side ratings (generalMT2023, en-de), A is
the English source document and B that system's German output, one segment per line in
``docSegId`` order. Each TSV row is one error a rater marked, its span wrapped in ``<v>…</v>`` in
the target (or in the source, for omissions), with a category and a severity. Attention-check
rows (severity ``HOTW-test``) are dropped. Three raters saw every segment.

Annotations of one kind (below) by different raters that overlap in the same segment are merged
into one *annotated error*; the ``any`` variant keeps every annotated error (one rater is enough),
the ``majority`` variant those marked by at least two raters. Counted, Major severity only:

* omission — ``Accuracy/Omission (Translation)`` and ``(Translation 2)`` rows (source span).
  Found by a distortion finding (severity ≠ none) of kind ``omission``, or kind ``number`` /
  ``name`` with change ``dropped``, whose A span overlaps the omitted source span;
* addition — ``Accuracy/Addition`` rows (target span). Found by an ``addition`` finding whose B
  span overlaps;
* number/name mistranslation — ``Accuracy/Mistranslation`` rows whose marked target span holds a
  digit or a capitalised word that does not start the segment or a sentence (``broad``; German
  capitalises every noun, so this also catches plain nouns), and the ``strict`` subset: a digit, or
  a capitalised word of the span that also appears capitalised in the source segment (a name
  carried over). Found by a ``number`` or ``name`` finding whose B span overlaps.

False alarms: distortion findings whose A span overlaps no source-side annotated span and whose
B span overlaps no target-side annotated span, of any category or severity by any rater
(``span``); the lenient ``segment`` variant only requires an annotation anywhere in the same
segment(s) as the finding.

Run ``python bench/mqm_findings.py`` (``--max-docs``, ``--systems``). No floor: honest figures.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import tarfile
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import data_dir, require, summary, timed, write_results

ARCHIVE = "wmt-mqm-generalmt2023-news/sxs_mqm_generalMT2023_ende.3ratingsPerSegment.tsv.tar.gz"
COLS = ("system", "doc", "docSegId", "globalSegId", "rater", "source", "target", "category", "severity")
_TAG = re.compile(r"</?v>")
_SPAN = re.compile(r"<v>(.*?)</v>", re.DOTALL)
_CAP = re.compile(r"\b[A-ZÄÖÜ][\w'’-]*")
_SENT_END = re.compile(r"[.!?:;\"'“”„»«]\s*$")
OMISSION, ADDITION, NUMNAME_BROAD, NUMNAME_STRICT = (
    "omission",
    "addition",
    "num/name broad",
    "num/name strict",
)
CLASSES = (OMISSION, ADDITION, NUMNAME_BROAD, NUMNAME_STRICT)


# ------------------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class Row:
    system: str
    doc: str
    seg: int
    rater: str
    source: str
    target: str
    category: str
    severity: str


def load_rows(data: Path) -> list[Row]:
    """All rating rows except the attention checks, read from the tar.gz in memory."""
    csv.field_size_limit(sys.maxsize)
    with tarfile.open(require(data / ARCHIVE)) as tar:
        member = next(m for m in tar.getmembers() if m.isfile() and m.name.endswith(".tsv"))
        raw = tar.extractfile(member)
        assert raw is not None
        text = raw.read().decode("utf-8")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    idx = {name: header.index(name) for name in COLS}
    rows = []
    for rec in reader:
        if rec[idx["severity"]] == "HOTW-test":
            continue
        rows.append(
            Row(
                system=rec[idx["system"]],
                doc=rec[idx["doc"]],
                seg=int(rec[idx["docSegId"]]),
                rater=rec[idx["rater"]],
                source=rec[idx["source"]],
                target=rec[idx["target"]],
                category=rec[idx["category"]],
                severity=rec[idx["severity"]],
            )
        )
    return rows


def clean(text: str) -> str:
    return _TAG.sub("", text)


def _collapse(raw: str) -> tuple[str, list[int]]:
    """``" ".join(raw.split())`` and, for every raw offset 0..len(raw), its offset in that string."""
    out: list[str] = []
    index: list[int] = []
    pending = False
    for ch in raw:
        if ch.isspace():
            pending = bool(out)
            index.append(len(out))
            continue
        if pending:
            out.append(" ")
            pending = False
        index.append(len(out))
        out.append(ch)
    index.append(len(out))
    norm = "".join(out)
    return norm, [min(i, len(norm)) for i in index]


@dataclass
class DocSide:
    """A document made of segments, one per line, with the offset where each segment starts."""

    text: str
    seg_ids: list[int]
    starts: list[int]

    @classmethod
    def build(cls, segs: dict[int, str]) -> DocSide:
        ids = sorted(segs)
        lines = [" ".join(segs[i].split()) for i in ids]
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        return cls("\n".join(lines), ids, starts)

    def locate(self, seg: int, marked: str) -> tuple[int, int] | None:
        """Document offsets of the ``<v>`` span of ``marked`` (a segment text of row ``seg``).

        The segment text with tags removed (whitespace collapsed as in the document) is looked up
        in the document from the start of segment ``seg``; ``None`` when it is not there.
        """
        m = _SPAN.search(marked)
        if m is None:
            return None
        raw = clean(marked[: m.start()]) + m.group(1) + clean(marked[m.end() :])
        s, e = len(clean(marked[: m.start()])), len(clean(marked[: m.start()])) + len(m.group(1))
        norm, index = _collapse(raw)
        k = self.seg_ids.index(seg)
        base = self.text.find(norm, self.starts[k]) if norm else -1
        if base < 0:
            return None
        start, end = index[s], index[e]
        end = max(end, start)
        return base + start, base + end

    def segment_of(self, offset: int) -> int:
        return self.seg_ids[max(0, bisect_right(self.starts, offset) - 1)]


@dataclass(frozen=True)
class Annotation:
    side: str  # "a" (source) or "b" (target)
    seg: int
    span: tuple[int, int]
    rater: str
    category: str
    severity: str
    classes: frozenset[str]


def _sentence_initial(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or bool(_SENT_END.search(head))


def numname_classes(row: Row) -> set[str]:
    """``num/name broad`` / ``strict`` for a Mistranslation row whose span looks like a number or name."""
    m = _SPAN.search(row.target)
    if m is None:
        return set()
    span = m.group(1)
    out: set[str] = set()
    if any(ch.isdigit() for ch in span):
        return {NUMNAME_BROAD, NUMNAME_STRICT}
    target = clean(row.target[: m.start()]) + span
    offset = len(clean(row.target[: m.start()]))
    source_caps = {w for w in _CAP.findall(clean(row.source)) if len(w) > 1}
    for w in _CAP.finditer(span):
        if _sentence_initial(target, offset + w.start()):
            continue
        out.add(NUMNAME_BROAD)
        if w.group(0) in source_caps:
            out.add(NUMNAME_STRICT)
    return out


def row_classes(row: Row) -> set[str]:
    cat = row.category
    if cat.startswith("Accuracy/Omission"):
        return {OMISSION}
    if cat == "Accuracy/Addition":
        return {ADDITION}
    if cat == "Accuracy/Mistranslation":
        return numname_classes(row)
    return set()


@dataclass
class MqmDoc:
    system: str
    doc: str
    a: DocSide
    b: DocSide
    annotations: list[Annotation]
    unlocated: int


def build_docs(rows: Iterable[Row]) -> list[MqmDoc]:
    """One :class:`MqmDoc` per (system, doc), annotations mapped to document offsets."""
    by_doc: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        by_doc[(row.system, row.doc)].append(row)
    docs = []
    for (system, doc), group in sorted(by_doc.items()):
        src: dict[int, Counter[str]] = defaultdict(Counter)
        tgt: dict[int, Counter[str]] = defaultdict(Counter)
        for row in group:
            src[row.seg][" ".join(clean(row.source).split())] += 1
            tgt[row.seg][" ".join(clean(row.target).split())] += 1
        a = DocSide.build({k: c.most_common(1)[0][0] for k, c in src.items()})
        b = DocSide.build({k: c.most_common(1)[0][0] for k, c in tgt.items()})
        notes, unlocated = [], 0
        for row in group:
            if row.severity in ("No-error", "") or row.category == "No-error":
                continue
            side, marked, doc_side = ("a", row.source, a) if "<v>" in row.source else ("b", row.target, b)
            if "<v>" not in marked:
                unlocated += 1
                continue
            span = doc_side.locate(row.seg, marked)
            if span is None:
                unlocated += 1
                continue
            notes.append(
                Annotation(
                    side, row.seg, span, row.rater, row.category, row.severity, frozenset(row_classes(row))
                )
            )
        docs.append(MqmDoc(system, doc, a, b, notes, unlocated))
    return docs


# ------------------------------------------------------------------------------------- scoring


def overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Half-open overlap; an empty span counts as the point it sits on."""
    xs, xe = x[0], max(x[1], x[0] + 1)
    ys, ye = y[0], max(y[1], y[0] + 1)
    return xs < ye and ys < xe


@dataclass
class Cluster:
    cls: str
    side: str
    seg: int
    span: tuple[int, int]
    raters: set[str]


def clusters(notes: Iterable[Annotation], cls: str) -> list[Cluster]:
    """Major annotations of class ``cls`` merged across raters when their spans overlap."""
    out: list[Cluster] = []
    for note in sorted(
        (n for n in notes if cls in n.classes and n.severity == "Major"), key=lambda n: n.span
    ):
        for c in out:
            if c.side == note.side and c.seg == note.seg and overlaps(c.span, note.span):
                c.span = (min(c.span[0], note.span[0]), max(c.span[1], note.span[1]))
                c.raters.add(note.rater)
                break
        else:
            out.append(Cluster(cls, note.side, note.seg, note.span, {note.rater}))
    return out


def _fspan(span: Any) -> tuple[int, int] | None:
    return None if span is None else (int(span.start), int(span.end))


def finds(cluster: Cluster, findings: Iterable[Any]) -> bool:
    for f in findings:
        if not f.is_distortion:
            continue
        kind, change = str(f.kind), str(f.change)
        if cluster.cls == OMISSION:
            ok = kind == "omission" or (kind in ("number", "name") and change == "dropped")
            span = _fspan(f.a)
        elif cluster.cls == ADDITION:
            ok, span = kind == "addition", _fspan(f.b)
        else:
            ok, span = kind in ("number", "name"), _fspan(f.b)
        if ok and span is not None and overlaps(span, cluster.span):
            return True
    return False


def false_alarm(f: Any, doc: MqmDoc) -> tuple[bool, bool]:
    """(span-level, segment-level) false alarm of distortion finding ``f``."""
    fa, fb = _fspan(f.a), _fspan(f.b)
    span_hit = any(
        (n.side == "a" and fa is not None and overlaps(fa, n.span))
        or (n.side == "b" and fb is not None and overlaps(fb, n.span))
        for n in doc.annotations
    )
    segs = set()
    if fa is not None:
        segs.update({doc.a.segment_of(fa[0]), doc.a.segment_of(max(fa[0], fa[1] - 1))})
    if fb is not None:
        segs.update({doc.b.segment_of(fb[0]), doc.b.segment_of(max(fb[0], fb[1] - 1))})
    seg_hit = any(n.seg in segs for n in doc.annotations)
    return not span_hit, not seg_hit


def score_doc(comparison: Any, doc: MqmDoc) -> dict[str, Any]:
    findings = comparison.findings
    out: dict[str, Any] = {
        "system": doc.system,
        "doc": doc.doc,
        "unlocated": doc.unlocated,
        "relation": str(comparison.verdict.relation),
    }
    for cls in CLASSES:
        cs = clusters(doc.annotations, cls)
        out[cls] = [
            {"seg": c.seg, "side": c.side, "raters": len(c.raters), "found": finds(c, findings)} for c in cs
        ]
    distortions = [f for f in findings if f.is_distortion]
    alarms = [(f, *false_alarm(f, doc)) for f in distortions]
    out["findings"] = len(findings)
    out["distortions"] = len(distortions)
    out["false_span"] = sum(1 for _, s, _ in alarms if s)
    out["false_segment"] = sum(1 for _, _, g in alarms if g)
    out["false_by_kind"] = dict(Counter(str(f.kind) for f, s, _ in alarms if s))
    out["findings_by_kind"] = dict(Counter(f"{f.kind}/{f.change}/{f.severity}" for f in findings))
    return out


def measure(
    data: Path | None = None,
    max_docs: int | None = None,
    systems: int | None = None,
    compare: Callable[[Any, Any], Any] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Run the benchmark: ``{"rows": [...], "alarms": [...], "docs": [...], "annotations": {...}}``."""
    if compare is None:
        from wiretrace.pipeline import compare
    from wiretrace.model import Document

    rows = load_rows(data_dir(data))
    keep_docs = sorted({r.doc for r in rows})[:max_docs] if max_docs else None
    keep_systems = sorted({r.system for r in rows})[:systems] if systems else None
    rows = [
        r
        for r in rows
        if (keep_docs is None or r.doc in keep_docs) and (keep_systems is None or r.system in keep_systems)
    ]
    results = []
    for doc in build_docs(rows):
        a = Document(id=f"{doc.doc}:en", text=doc.a.text)
        b = Document(id=f"{doc.doc}:de:{doc.system}", text=doc.b.text)
        comparison, seconds = timed(compare, a, b)
        res = score_doc(comparison, doc)
        res["seconds"] = round(seconds, 4)
        results.append(res)
        if progress:
            print(
                f"{doc.system:<26} {doc.doc:<32} {res['relation']:<11} findings {res['findings']:>3} "
                f"false {res['false_span']:>3} {seconds:.2f}s",
                file=sys.stderr,
            )

    table = []
    for cls in CLASSES:
        row: dict[str, Any] = {"annotated error (Major)": cls}
        for variant, need in (("any", 1), ("majority", 2)):
            items = [c for r in results for c in r[cls] if c["raters"] >= need]
            found = sum(c["found"] for c in items)
            row[f"{variant}_n"] = len(items)
            row[f"{variant}_found"] = found
            row[f"{variant}_recall"] = found / len(items) if items else None
        table.append(row)

    n_dist = sum(r["distortions"] for r in results)
    alarms = [
        {
            "pairs": len(results),
            "findings": sum(r["findings"] for r in results),
            "distortions": n_dist,
            "false_span": sum(r["false_span"] for r in results),
            "false_span_rate": sum(r["false_span"] for r in results) / n_dist if n_dist else None,
            "false_segment": sum(r["false_segment"] for r in results),
            "false_segment_rate": sum(r["false_segment"] for r in results) / n_dist if n_dist else None,
            "sec_median": summary([r["seconds"] for r in results])["median"],
        }
    ]
    by_kind: Counter[str] = Counter()
    found_kinds: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    for r in results:
        by_kind.update(r["false_by_kind"])
        found_kinds.update(r["findings_by_kind"])
        relations[r["relation"]] += 1
    annotations = {
        "rows_used": len(rows),
        "unlocated": sum(r["unlocated"] for r in results),
        "false_alarms_by_kind": dict(by_kind.most_common()),
        "findings_by_kind": dict(found_kinds.most_common()),
        "relations": dict(relations.most_common()),
    }
    return {"rows": table, "alarms": alarms, "docs": results, "annotations": annotations}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-docs", type=int, default=None, help="first N documents (by id)")
    parser.add_argument("--systems", type=int, default=None, help="first N systems (alphabetical)")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument("--name", default="mqm_findings", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no per-document progress lines")
    args = parser.parse_args(argv)
    result = measure(args.data, args.max_docs, args.systems, progress=not args.quiet)
    from _common import print_table

    print_table("False alarms (distortion findings overlapping no annotation)", result["alarms"])
    meta = {
        "max_docs": args.max_docs,
        "systems": args.systems,
        "target": "none: honest counts",
        **{k: v for k, v in result["annotations"].items()},
    }
    write_results(
        args.name,
        result["rows"],
        meta,
        title="MQM en-de: annotated Major errors found",
        extra={"false_alarms": result["alarms"], "docs": result["docs"]},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
