"""METER courts at corpus level: does indexing PA and newspaper stories together find the derived ones?

``bench/meter_compare.py`` asks ``compare(PA, story)`` of every PA file of a story's own folder.
Here nothing is paired by hand: the PA wire stories and the newspaper stories of the courts
section go into one store (``wiretrace.corpus.Corpus``), and the doors, the quick tier and (for
the "full" setting) the full compare decide which pairs are copies. A newspaper story counts as
**derived** when a stored pair with a copy relation (not ``same_event`` / ``unrelated``) links it
to a PA file of its own ``<date>/<catchline>`` folder; gold labels as in ``meter_compare``
(``file_index/courts/{wholly,partially,non}_derived.txt``).

Input: a temporary JSONL in a temporary folder (never in the repository: the data is research-use
only) with one record per courts PA file (``PA/rawtexts/courts/**/*.txt``) and per labelled
newspaper story; ``id`` = the path under ``meter-corpus/``, ``text`` decoded latin-1, ``lang``
``"en"``, no title, outlet or date (a date would give the direction away).

Settings (``--findings``; default: both, on one store):

* ``quick`` = ``IndexOptions(findings="none")``: the quick tier alone decides every candidate;
* ``full`` = ``findings="copies"``: pairs the quick tier calls copies or leaves unsettled are
  re-judged by the full compare. With both settings the store of the quick run is reopened and
  indexed again (the engine resumes: only the compare stage has work), so the full setting's
  seconds are the quick run's plus the resumed run's.

Measured per setting:

* derived (wholly + partially) vs non-derived: precision, recall, F1 of the derived class (the
  issue's target: F1 >= 0.90; published anchor 0.73) and ``false_accusation`` (share of
  non-derived stories called derived);
* 3-class macro-F1 with ``meter_compare``'s mapping: non = no own-folder copy pair; wholly = the
  own-folder copy pair with the highest coverage of the newspaper side has coverage >= 0.8;
  partially = other copies;
* door recall: gold-derived stories with at least one own-folder PA file among their candidates;
  stories with no own-folder PA candidate, by gold class; candidate pairs per door (all, and
  newspaper-to-own-PA), derived stories each door reaches (and reaches alone);
* cross-folder copies: copy pairs linking a newspaper story to a PA file of another folder (not
  counted as derived; many are the same catchline on another day);
* for ``full``: how the re-judged newspaper-to-own-PA pairs moved (quick relation -> full);
* seconds per stage (``IndexReport.seconds`` plus writing the JSONL and reading the pairs).

Run ``python bench/meter_corpus.py`` (``--findings none|copies`` for one setting,
``--max-stories N`` for whole catchline folders of a seeded shuffle until N stories, ``--doors``,
``--workers``). Data: see ``bench/_common.py`` (``--data`` / ``WIRETRACE_SHARED``). The JSON
holds corpus paths and figures only, never the texts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, data_dir, print_table, write_results
from meter_compare import (
    ANCHOR_F1,
    CLASSES,
    DEFAULT_SEED,
    NO_PA,
    RELATIONS,
    SECTION,
    WHOLLY_COVERAGE,
    Story,
    _pick,
    binary,
    corpus_dir,
    direction,
    load_stories,
    predicted_class,
    read_text,
    three_class,
)

PA_DIR = "PA/rawtexts"
NEWS_DIR = "newspapers/rawtexts"
SETTINGS = {"none": "quick", "copies": "full"}  # --findings value -> setting name
NO_CANDIDATE = "no_candidate"  # the story has PA files in its folder, but none became a candidate
DEFAULT_DOORS = ("minhash", "anchors")
TARGET_F1 = 0.90
PAIRS_SQL = """
    SELECT da.id, db.id, p.relation, p.coverage_a, p.coverage_b, p.tier, p.settled, p.note, p.source, p.doors
    FROM pairs p JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b"""
CANDIDATES_SQL = """
    SELECT da.id, db.id, c.door
    FROM candidates c JOIN documents da ON da.seq = c.a JOIN documents db ON db.seq = c.b"""


# ------------------------------------------------------------------------------------- corpus


def news_id(story: Story) -> str:
    return f"{NEWS_DIR}/{story.path}"


def pa_id(pa: str) -> str:
    return f"{PA_DIR}/{pa}"


def is_pa(doc_id: str) -> bool:
    return doc_id.startswith(PA_DIR + "/")


def folder_of(doc_id: str) -> str:
    """``courts/<date>/<catchline>`` of a PA or newspaper id."""
    rel = doc_id.split("/rawtexts/", 1)[1]
    return str(Path(rel).parent.as_posix())


def select(data: Path, max_stories: int | None, seed: int = DEFAULT_SEED) -> tuple[list[Story], list[str]]:
    """The labelled stories and the PA files (paths under ``PA/rawtexts``) to index.

    All of them by default: every courts PA file, also of folders without a newspaper story. With
    ``max_stories``, whole catchline folders of the sorted folders shuffled with ``seed`` are taken
    until ``max_stories`` stories are in; only their PA files are indexed.
    """
    stories = load_stories(data)
    if max_stories is None:
        root = corpus_dir(data) / PA_DIR
        pa = sorted(p.relative_to(root).as_posix() for p in (root / SECTION).rglob("*.txt"))
        return stories, pa
    by_folder: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        by_folder[str(Path(story.path).parent.as_posix())].append(story)
    folders = sorted(by_folder)
    random.Random(seed).shuffle(folders)
    chosen: list[Story] = []
    for folder in folders:
        if len(chosen) >= max_stories:
            break
        chosen.extend(by_folder[folder])
    chosen.sort(key=lambda s: s.path)
    pa = sorted({p for s in chosen for p in s.pa})
    return chosen, pa


def write_jsonl(data: Path, stories: list[Story], pa: list[str], out: Path) -> int:
    """One record per PA file and story, sorted by id (so PA files come first): id, text, lang."""
    root = corpus_dir(data)
    records = [(pa_id(p), root / PA_DIR / p) for p in pa] + [
        (news_id(s), root / NEWS_DIR / s.path) for s in stories
    ]
    records.sort()
    with open(out, "w", encoding="utf-8") as fh:
        fh.writelines(
            json.dumps({"id": doc_id, "text": read_text(path), "lang": "en"}, ensure_ascii=False) + "\n"
            for doc_id, path in records
        )
    return len(records)


# ------------------------------------------------------------------------------------ reading


def read_store(corpus: Any) -> tuple[list[tuple], list[tuple]]:
    con = corpus.store.con
    return con.execute(PAIRS_SQL).fetchall(), con.execute(CANDIDATES_SQL).fetchall()


def _copy(relation: str) -> bool:
    return relation not in ("same_event", "unrelated")


def _oriented(row: tuple) -> dict[str, Any] | None:
    """A newspaper-to-PA pair as seen from the newspaper story; None for other pairs."""
    a, b, relation, cov_a, cov_b, tier, settled, note, source, doors = row
    if is_pa(a) == is_pa(b):
        return None
    pa_first = is_pa(a)
    news, pa = (b, a) if pa_first else (a, b)
    # meter_compare's convention: source "a" = PA named as the source, "b" = the newspaper.
    named = {"a": "a" if pa_first else "b", "b": "b" if pa_first else "a"}.get(source, "unknown")
    return {
        "news": news,
        "pa": pa,
        "relation": relation,
        "copy": _copy(relation),
        "coverage_b": round(float(cov_b if pa_first else cov_a), 3),  # the newspaper side
        "coverage_a": round(float(cov_a if pa_first else cov_b), 3),  # the PA side
        "tier": tier,
        "settled": settled,
        "note": note,
        "source": named,
        "doors": doors,
    }


# ------------------------------------------------------------------------------------ metrics


def evaluate(
    stories: list[Story], pairs: list[tuple], candidates: list[tuple], system: str
) -> dict[str, Any]:
    """Per-story predictions and the figures of one setting."""
    own: dict[str, list[dict[str, Any]]] = defaultdict(list)
    cross: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in pairs:
        p = _oriented(row)
        if p is None:
            continue
        (own if folder_of(p["news"]) == folder_of(p["pa"]) else cross)[p["news"]].append(p)
    own_doors: dict[str, set[str]] = defaultdict(set)
    door_rows: Counter = Counter()
    door_own: Counter = Counter()
    for a, b, door in candidates:
        door_rows[door] += 1
        if is_pa(a) != is_pa(b) and folder_of(a) == folder_of(b):
            door_own[door] += 1
            own_doors[b if is_pa(a) else a].add(door)

    results = []
    for story in stories:
        sid = news_id(story)
        mine = sorted(own[sid], key=lambda p: p["pa"])
        pick = _pick(mine)
        copies_elsewhere = sorted(p["pa"] for p in cross[sid] if p["copy"])
        if pick is None:
            relation = NO_PA if not story.pa else NO_CANDIDATE
        else:
            relation = pick["relation"]
        results.append(
            {
                "story": story.path,
                "paper": Path(story.path).stem.rsplit("_", 1)[-1],
                "gold": story.gold,
                "pa_files": len(story.pa),
                "pa_candidates": len(mine),
                "doors": sorted(own_doors[sid]),
                "pick": pick["pa"] if pick else None,
                "relation": relation,
                "copy": bool(pick and pick["copy"]),
                "predicted_class": predicted_class(pick),
                "coverage_b": pick["coverage_b"] if pick else None,
                "coverage_a": pick["coverage_a"] if pick else None,
                "source": pick["source"] if pick and pick["copy"] else "unknown",
                "tier": pick["tier"] if pick else None,
                "settled": pick["settled"] if pick else None,
                "note": pick["note"] if pick else None,
                "own_relations": dict(Counter(p["relation"] for p in mine)),
                "cross_folder_copies": copies_elsewhere,
            }
        )

    bin_row = binary(results)
    bin_row["system"] = system
    three = three_class(results)
    three["mapping"] = (
        f"non = no copy pair with a PA file of the story's folder; wholly = the best such copy covers "
        f">= {WHOLLY_COVERAGE} of the newspaper story; partially = other copies"
    )
    derived = [r for r in results if r["gold"] != "non"]
    reached = [r for r in derived if r["pa_candidates"]]
    no_cand = Counter(r["gold"] for r in results if r["pa_files"] and not r["pa_candidates"])
    doors = []
    for door in sorted(door_rows):
        doors.append(
            {
                "door": door,
                "candidate_pairs": door_rows[door],
                "news_own_pa_pairs": door_own[door],
                "derived_reached": sum(door in r["doors"] for r in derived),
                "derived_reached_alone": sum(r["doors"] == [door] for r in derived),
            }
        )
    cross_rows = [r for r in results if r["cross_folder_copies"]]
    cross_pairs = sum(len(r["cross_folder_copies"]) for r in results)
    same_catchline = sum(
        Path(folder_of(pa_id(p))).name == Path(r["story"]).parent.name
        for r in results
        for p in r["cross_folder_copies"]
    )
    return {
        "binary": bin_row,
        "three_class": three,
        "relations": relation_table(results),
        "direction": direction(results),
        "doors": doors,
        "door_recall": {
            "derived": len(derived),
            "derived_with_pa_candidate": len(reached),
            "door_recall": len(reached) / len(derived) if derived else None,
            "no_pa_candidate": {cls: no_cand.get(cls, 0) for cls in CLASSES},
            "no_pa_candidate_total": sum(no_cand.values()),
            "no_pa_folder": sum(not r["pa_files"] for r in results),
        },
        "cross_folder": {
            "copy_pairs": cross_pairs,
            "same_catchline_other_date": same_catchline,
            "stories": len(cross_rows),
            "stories_by_gold": dict(Counter(r["gold"] for r in cross_rows)),
            "stories_not_derived_by_own_folder": sum(not r["copy"] for r in cross_rows),
            "non_derived_stories": sum(r["gold"] == "non" for r in cross_rows),
        },
        "pairs": pair_kinds(pairs),
        "docs": results,
    }


def relation_table(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold class x relation of the story's pick (``no_candidate``/``no_pa``: nothing to pick)."""
    columns = [*RELATIONS, NO_CANDIDATE, NO_PA]
    rows = []
    for cls in (*CLASSES, "all"):
        counts = Counter(r["relation"] for r in results if cls in ("all", r["gold"]))
        rows.append({"gold": cls, "n": sum(counts.values()), **{c: counts.get(c, 0) for c in columns}})
    return rows


def pair_kinds(pairs: list[tuple]) -> dict[str, Any]:
    """Stored pairs by kind of the two sides (PA/news, same folder or not) and copy or not."""
    counts: Counter = Counter()
    tiers: Counter = Counter()
    for a, b, relation, *_rest in pairs:
        kind = "-".join(sorted(("PA" if is_pa(a) else "news", "PA" if is_pa(b) else "news")))
        where = "own folder" if folder_of(a) == folder_of(b) else "other folder"
        counts[f"{kind} {where} {'copy' if _copy(relation) else 'not copy'}"] += 1
        tiers[_rest[2]] += 1
    return {"total": len(pairs), "by_kind": dict(sorted(counts.items())), "by_tier": dict(tiers)}


def transitions(quick: list[tuple], full: list[tuple]) -> list[dict[str, Any]]:
    """Newspaper-to-own-PA pairs the full compare re-judged: quick relation -> full relation."""
    before = {(r[0], r[1]): r[2] for r in quick}
    moves: Counter = Counter()
    for row in full:
        p = _oriented(row)
        if p is None or row[5] != "full" or folder_of(p["news"]) != folder_of(p["pa"]):
            continue
        moves[(before.get((row[0], row[1]), "?"), row[2])] += 1
    return [{"quick": q, "full": f, "pairs": n} for (q, f), n in sorted(moves.items(), key=lambda x: -x[1])]


# ------------------------------------------------------------------------------------ running


def _index(
    db: Path,
    jsonl: Path | None,
    findings: str,
    doors: tuple[str, ...],
    workers: int,
    progress: bool,
    extra: dict[str, Any],
) -> tuple[dict[str, float], int, list[tuple], list[tuple]]:
    from wiretrace.corpus import Corpus
    from wiretrace.engines.local import progress_bar
    from wiretrace.engines.options import IndexOptions

    options = IndexOptions(doors=doors, workers=workers, findings=findings, **extra)
    with Corpus.open(db, options=options) as corpus:
        report = corpus.index([jsonl] if jsonl else [], progress=progress_bar(disable=not progress))
        t = time.perf_counter()
        pairs, candidates = read_store(corpus)
        seconds = dict(report.seconds)
        seconds["read_pairs"] = time.perf_counter() - t
    return seconds, report.compared, pairs, candidates


def measure(
    data: Path | str | None = None,
    max_stories: int | None = None,
    findings: tuple[str, ...] = ("none", "copies"),
    doors: tuple[str, ...] = DEFAULT_DOORS,
    workers: int = 2,
    seed: int = DEFAULT_SEED,
    db: Path | None = None,
    progress: bool = False,
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Index the selection once per setting (resuming the quick store for the full setting) and
    evaluate each. ``options``: other ``IndexOptions`` fields, for tuning runs (e.g.
    ``{"anchor_top_k": 20}``). Returns ``corpus`` (what was indexed) and ``settings`` (``quick`` /
    ``full``: the output of :func:`evaluate` plus ``seconds``, ``candidates``, ``compared``)."""
    data = data_dir(data)
    findings = tuple(f for f in ("none", "copies") if f in findings)
    if not findings:
        raise ValueError("findings must name 'none' and/or 'copies'")
    if db is not None and Path(db).resolve().is_relative_to(REPO):
        raise ValueError(f"the store holds research-use texts: put it outside the repository, not {db}")
    stories, pa = select(data, max_stories, seed)
    settings: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="meter_corpus_") as tmp:
        jsonl = Path(tmp) / "meter_courts.jsonl"
        t = time.perf_counter()
        n_docs = write_jsonl(data, stories, pa, jsonl)
        jsonl_s = time.perf_counter() - t
        store = Path(db) if db is not None else Path(tmp) / "meter.duckdb"
        if store.exists():
            raise ValueError(f"{store} exists: the benchmark indexes into a fresh store")
        previous: tuple[dict[str, float], list[tuple]] | None = None
        for finding in findings:
            name = SETTINGS[finding]
            t0 = time.perf_counter()
            seconds, compared, pairs, candidates = _index(
                store, None if previous else jsonl, finding, doors, workers, progress, dict(options or {})
            )
            wall = time.perf_counter() - t0
            t = time.perf_counter()
            result = evaluate(stories, pairs, candidates, f"wiretrace corpus ({name})")
            seconds["evaluate"] = time.perf_counter() - t
            if previous is None:
                seconds["write_jsonl"] = jsonl_s
            else:  # resumed on the quick store: the full setting costs both runs
                result["resumed_from_quick"] = {k: round(v, 3) for k, v in seconds.items()}
                result["transitions"] = transitions(previous[1], pairs)
                seconds = {k: previous[0].get(k, 0.0) + seconds.get(k, 0.0) for k in {*previous[0], *seconds}}
                wall += previous[0]["wall"]
            seconds["wall"] = wall
            result["seconds"] = {k: round(v, 3) for k, v in sorted(seconds.items())}
            # Candidates in the store (a resumed run's report counts only the pairs it added).
            result["candidates"] = {d["door"]: d["candidate_pairs"] for d in result["doors"]}
            result["compared"] = compared
            settings[name] = result
            previous = (seconds, pairs)
    return {
        "corpus": {
            "stories": len(stories),
            "gold": dict(Counter(s.gold for s in stories)),
            "pa_files": len(pa),
            "documents": n_docs,
            "folders": len({str(Path(s.path).parent) for s in stories}),
            "max_stories": max_stories,
            "seed": seed,
            "doors": list(doors),
            "workers": workers,
            "options": dict(options or {}),
        },
        "settings": settings,
    }


def headline(name: str, r: dict[str, Any]) -> dict[str, Any]:
    b, d = r["binary"], r["door_recall"]
    return {
        "setting": name,
        "stories": b["stories"],
        "tp": b["tp"],
        "fp": b["fp"],
        "fn": b["fn"],
        "tn": b["tn"],
        "precision": b["precision"],
        "recall": b["recall"],
        "f1": b["f1"],
        "false_accusation": b["false_accusation"],
        "macro_f1_3class": r["three_class"]["macro_f1"],
        "door_recall": d["door_recall"],
        "no_pa_candidate": d["no_pa_candidate_total"],
        "cross_folder_copies": r["cross_folder"]["copy_pairs"],
        "compared": r["compared"],
        "wall_s": r["seconds"]["wall"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--findings",
        choices=("none", "copies", "both"),
        default="both",
        help="none = quick tier alone, copies = full compare of quick copies; both (default)",
    )
    parser.add_argument(
        "--max-stories",
        type=int,
        default=None,
        help="whole catchline folders of a seeded shuffle until N stories (default: all)",
    )
    parser.add_argument("--doors", default=",".join(DEFAULT_DOORS), help="candidate doors, comma-separated")
    parser.add_argument("--workers", type=int, default=2, help="verification processes")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the folder shuffle")
    parser.add_argument("--data", default=None, help="shared/data folder (default ../shared/data)")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="keep the store here (outside the repository; default: a temporary file)",
    )
    parser.add_argument("--name", default="meter_corpus", help="output name (bench/out/<name>.json)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)
    findings = ("none", "copies") if args.findings == "both" else (args.findings,)
    doors = tuple(d.strip() for d in args.doors.split(",") if d.strip())
    result = measure(
        args.data,
        args.max_stories,
        findings,
        doors,
        args.workers,
        args.seed,
        args.db,
        progress=not args.quiet,
    )
    settings = result["settings"]
    for name, r in settings.items():
        three = r["three_class"]
        print_table(f"[{name}] gold class x relation of the story's pick", r["relations"])
        print_table(f"[{name}] 3-class (macro-F1 {three['macro_f1']:.3f}; {three['mapping']})", three["rows"])
        print_table(
            f"[{name}] doors (door recall {r['door_recall']['door_recall']:.3f}; stories with no "
            f"own-folder PA candidate: {r['door_recall']['no_pa_candidate']})",
            r["doors"],
        )
        print_table(f"[{name}] cross-folder copies", [r["cross_folder"]])
        print_table(f"[{name}] seconds per stage", [r["seconds"]])
        if r.get("transitions"):
            print_table(f"[{name}] newspaper-to-own-PA pairs re-judged by the full compare", r["transitions"])
    rows = [headline(n, r) for n, r in settings.items()]
    rows.append({"setting": "published anchor", "f1": ANCHOR_F1})
    meta = {
        **result["corpus"],
        "section": SECTION,
        "anchor_f1": ANCHOR_F1,
        "target_f1": TARGET_F1,
        "wholly_coverage": WHOLLY_COVERAGE,
        "findings": list(findings),
    }
    write_results(
        args.name,
        rows,
        meta,
        title="METER courts, corpus level: derived vs non-derived (own-folder PA copy pair = derived)",
        extra={"settings": settings},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
