"""The benchmark corpus generator (bench/corpus_gen): small corpora, checked end to end.

One corpus of 400 documents is generated once per module (single process, about a second) and
inspected by most tests; a few tests generate their own tiny corpora.
"""

from __future__ import annotations

import hashlib
import inspect
import itertools
import json
import re
import subprocess
import sys
import tracemalloc
from collections import Counter
from datetime import datetime
from pathlib import Path
from random import Random

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.corpus_gen import derive, roundtrip, translate, write
from bench.corpus_gen.config import Composition
from bench.corpus_gen.doc import original
from bench.corpus_gen.family import KINDS
from bench.corpus_gen.measure import jaccard
from bench.corpus_gen.story import Cast, build
from bench.corpus_gen.topics import TOPICS

SIZE = 400
# more chains than the default, so that lost intermediates show up in a small corpus
COMP = Composition(chain_share=0.5, lost_share=0.5)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("corpus")
    meta = write.generate(out, SIZE, seed=3, comp=COMP, workers=1, progress=False)
    docs = _read(out / "corpus.jsonl")
    return {
        "dir": out, "meta": meta, "docs": docs, "by_id": {d["id"]: d for d in docs},
        "labels": _read(out / "labels.jsonl"), "lost": _read(out / "lost.jsonl"),
    }


def _digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
            for name in ("corpus.jsonl", "labels.jsonl", "lost.jsonl")}


# ----------------------------------------------------------------------------- determinism

def test_same_seed_same_bytes_whatever_the_worker_count(tmp_path):
    write.generate(tmp_path / "a", 150, seed=11, workers=1, progress=False)
    write.generate(tmp_path / "b", 150, seed=11, workers=2, progress=False)
    write.generate(tmp_path / "c", 150, seed=12, workers=1, progress=False)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a")["corpus.jsonl"] != _digest(tmp_path / "c")["corpus.jsonl"]


# ---------------------------------------------------------------------------------- format

def test_jsonl_records_are_valid(corpus):
    docs = corpus["docs"]
    assert len(docs) == SIZE == corpus["meta"]["documents"]
    assert len({d["id"] for d in docs}) == SIZE
    for d in docs:
        assert set(d) == {"id", "text", "title", "outlet", "published", "lang"}
        assert isinstance(d["text"], str) and d["text"].strip()
        assert d["title"] and d["outlet"] and d["lang"] in ("en", "de")
        assert d["published"] is None or datetime.strptime(d["published"], "%Y-%m-%dT%H:%M:%SZ")
        assert d["text"].split("\n\n")[0] == d["title"] or d["text"].count("\n\n") >= 1
    assert any(d["published"] is None for d in docs)


def test_originals_are_news_length(corpus):
    labelled = {lab["id"] for lab in corpus["labels"]}
    originals = [d for d in corpus["docs"] if d["id"] not in labelled]
    assert len(originals) > SIZE * 0.5
    for d in originals:
        paras = d["text"].split("\n\n")
        words = len(d["text"].split())
        assert 8 <= len(paras) - 1 <= 25, (d["id"], len(paras))
        assert 300 <= words <= 900, (d["id"], words)


# ---------------------------------------------------------------------------------- labels

def test_every_kind_is_present(corpus):
    kinds = Counter(lab["kind"] for lab in corpus["labels"])
    for kind in (*KINDS, "independent"):
        assert kinds[kind] > 0, kinds
    assert corpus["lost"], "no lost intermediate in the sample corpus"
    per_kind = corpus["meta"]["counts"]["per_kind"]
    assert sum(per_kind.values()) == SIZE
    assert all(per_kind[k] == kinds[k] for k in (*KINDS, "independent"))


def test_labels_are_consistent(corpus):
    by_id, labels = corpus["by_id"], corpus["labels"]
    lost = {rec["id"]: rec for rec in corpus["lost"]}
    label_of = {lab["id"]: lab for lab in labels}
    assert not set(lost) & set(by_id), "a lost intermediate was written to the corpus"
    for lab in labels:
        assert lab["id"] in by_id
        if lab["kind"] == "independent":
            assert lab["copy"] is False and lab["parent"] is None
            other = lab["same_event_as"]
            assert other in by_id and other not in label_of  # an original
            continue
        assert lab["copy"] is True
        assert lab["kind"] in KINDS
        assert lab["edits"] and all(isinstance(e, str) and e for e in lab["edits"])
        parent = lab["parent"]
        assert parent in by_id or parent in lost
        root = lab["root"]
        assert root in by_id and root not in label_of, "the root must be a written original"
        parent_depth = 0 if parent == root else (label_of.get(parent) or lost[parent])["depth"]
        assert lab["depth"] == parent_depth + 1
    for rec in lost.values():
        assert rec["lost"] is True and rec["parent"] in by_id and rec["text"]
        assert any(lab["parent"] == rec["id"] for lab in labels), "a lost intermediate without copies"


def test_chains_carry_the_intermediates_errors(corpus):
    """Copies of an intermediate inherit its respelled name (when they still quote that name)."""
    labels = corpus["labels"]
    lost = {rec["id"]: rec for rec in corpus["lost"]}
    label_of = {lab["id"]: lab for lab in labels}
    checked = 0
    for lab in labels:
        mid = lost.get(lab["parent"]) or label_of.get(lab["parent"])
        if not mid or lab["kind"] in ("translation", "round_trip"):
            continue
        for e in mid["edits"]:
            m = re.match(r"name: (\S+) -> (\S+) \(error of this copy", e)
            if m and m.group(2) in corpus["by_id"][lab["id"]]["text"]:
                assert not re.search(rf"\b{re.escape(m.group(1))}\b", corpus["by_id"][lab["id"]]["text"])
                checked += 1
    assert checked > 0


def test_published_dates_follow_the_chain(corpus):
    by_id, labels = corpus["by_id"], corpus["labels"]
    for lab in labels:
        if lab["kind"] == "independent" or lab["parent"] not in by_id:
            continue
        a, b = by_id[lab["parent"]]["published"], by_id[lab["id"]]["published"]
        if a and b:
            assert a < b


# ---------------------------------------------------------------------------- the copies

def test_round_trips_stay_below_a_tenth_of_shared_5_grams(corpus):
    by_id = corpus["by_id"]
    lost = {rec["id"]: rec for rec in corpus["lost"]}
    values = []
    for lab in corpus["labels"]:
        if lab["kind"] == "round_trip":
            parent = by_id.get(lab["parent"]) or lost[lab["parent"]]
            values.append(jaccard(parent["text"], by_id[lab["id"]]["text"]))
    assert values and max(values) < 0.1, max(values)


def test_verbatim_copies_keep_the_whole_text(corpus):
    """Unless the copy is an intermediate with errors of its own (a respelled name, a dropped hedge)."""
    by_id = corpus["by_id"]
    for lab in corpus["labels"]:
        own_errors = any("error of this copy" in e for e in lab["edits"])
        if lab["kind"] == "verbatim" and lab["parent"] in by_id and not own_errors:
            parent, child = by_id[lab["parent"]]["text"], by_id[lab["id"]]["text"]
            assert parent in child
            assert jaccard(parent, child) > 0.75


def test_translations_are_german(corpus):
    by_id = corpus["by_id"]
    translations = [by_id[lab["id"]] for lab in corpus["labels"] if lab["kind"] == "translation"]
    assert translations
    for d in translations:
        assert d["lang"] == "de"
        words = re.findall(r"\w+", d["text"].lower())
        german = sum(w in {"der", "die", "das", "und", "nicht", "sich", "mit", "von", "den"} for w in words)
        english = sum(w in {"the", "and", "of", "with", "said", "that"} for w in words)
        assert german > 5 * max(1, english), d["text"][:300]
        assert "„" in d["text"] or '"' not in d["text"]
    try:
        import py3langid
    except ImportError:  # pragma: no cover - optional check
        return
    assert all(py3langid.classify(d["text"])[0] == "de" for d in translations)


def test_independent_reports_share_facts_not_wording(corpus):
    by_id = corpus["by_id"]
    for lab in corpus["labels"]:
        if lab["kind"] == "independent":
            a, b = by_id[lab["same_event_as"]]["text"], by_id[lab["id"]]["text"]
            assert jaccard(a, b) < 0.25
            names_a = set(re.findall(r"\b[A-Z][a-z]{3,}\b", a))
            assert len(names_a & set(re.findall(r"\b[A-Z][a-z]{3,}\b", b))) >= 3


# ------------------------------------------------------------------ derivation functions

@pytest.fixture(scope="module")
def story_doc():
    cast = Cast(5, 1000)
    from datetime import date

    cast.reset(date(2023, 5, 8))
    return original(build(Random(21), cast, TOPICS[0])), cast


def test_derivations_are_plain_functions(story_doc):
    src, cast = story_doc
    rng = Random(1)
    v = derive.verbatim(src, rng, "The Test Courier", "Test Wire")
    assert src.text() in v.text() and v.header and v.footer
    e = derive.edited(src, rng, "TW")
    assert any(x.startswith("caption added") for x in e.edits)
    assert len(e.paras) <= len(src.paras) + 1
    r = derive.rewrite(src, rng)
    for q in re.findall(r'"[^"]+"', r.text()):
        assert q in src.text(), f"quote changed in rewrite: {q}"
    s = derive.summary(src, rng)
    assert 4 <= sum(len(p) for p in s.paras) <= 8
    host = original(build(Random(22), cast, TOPICS[0]))
    p = derive.partial(src, rng, host)
    carried = [para for para in src.paras if " ".join(t for _, t in para) in p.text()]
    assert 0.25 <= len(carried) / len(src.paras) <= 0.65
    rt = roundtrip.round_trip(src, rng)
    assert jaccard(src.text(), rt.text()) < 0.1
    assert any(x.startswith("name:") for x in rt.edits)
    assert any(x.startswith("aggregator header") for x in rt.edits)
    again = roundtrip.round_trip(rt, rng)  # already machine text: the bound still holds
    assert jaccard(rt.text(), again.text()) < 0.1
    t = translate.translation(src, rng)
    assert t.lang == "de" and len(t.paras) == len(src.paras)
    with pytest.raises(ValueError):
        translate.translation(r, rng)


def test_every_topic_renders_in_both_languages():
    from datetime import date

    cast = Cast(2, 1000)
    for i, topic in enumerate(TOPICS):
        for seed in range(4):
            cast.reset(date(2022, 3, 1 + seed))
            st = build(Random(f"{i}:{seed}"), cast, topic)
            en, de = st.en(), [st.de(k) for k in range(len(st.sents))]
            assert all(s and "{" not in s and "[" not in s for s in en + de)
            assert st.headline_de() and st.headline_en()


# ------------------------------------------------------------------------------- streaming

def test_plan_is_lazy():
    units = write.plan(10**9, 1, Composition())
    assert inspect.isgenerator(units)
    first = list(itertools.islice(units, 5))
    assert [u.index for u in first] == [0, 1, 2, 3, 4]


def test_memory_does_not_grow_with_the_corpus(tmp_path, monkeypatch):
    """Peak memory of a 4x larger corpus stays close to the small one: nothing keeps all documents."""
    monkeypatch.setattr(write, "UNRELATED_KEEP", 20)
    write.generate(tmp_path / "warm", 30, seed=5, workers=1, progress=False)  # fill caches first
    peaks = []
    for size in (80, 320):
        tracemalloc.start()
        write.generate(tmp_path / str(size), size, seed=5, workers=1, progress=False)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 1.25 * peaks[0], peaks  # keeping every document would give about 1.5


def test_command_line(tmp_path):
    out = tmp_path / "cli"
    res = subprocess.run([sys.executable, "-m", "bench.corpus_gen", "--size", "60", "--out", str(out), "--seed", "2",
                          "--workers", "1", "--quiet"], check=False, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    meta = json.loads((out / "meta.json").read_text())
    assert meta["documents"] == 60 and meta["seed"] == 2
    assert len((out / "corpus.jsonl").read_text().splitlines()) == 60
