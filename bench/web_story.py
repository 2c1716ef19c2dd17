"""How long the viewer takes to render a story of 50 copies (target: under 1 s, issue 5).

Builds a store holding one story: the example corpus's port-strike original and 49 copies of it,
each with its own edits (sentences dropped, figures and names changed), and a verified pair
between every two of them (1,225 pairs: the story page lists them all). The pairs' verdicts and
distortion counts are written directly instead of running ``compare`` 1,225 times (minutes):
the viewer reads the same columns either way. One pair also gets a real ``compare`` so the pair
page is timed on stored findings. Requests go through FastAPI's test client in this process
(routing, store queries, templates, no network), each page ``--runs`` times after one warm-up.
With ``--browser`` the story page is also loaded in headless Chromium from a live server, timed
from navigation start to the end of the load event (the system's chromium, as in the tests).

Run: ``python bench/web_story.py --browser`` (``--copies 50 --runs 20``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, write_results

from wiretrace import Document, compare
from wiretrace.corpus import Corpus
from wiretrace.engines.stories_step import build_stories
from wiretrace.report.json import to_dict

ORIGINAL = REPO / "examples" / "corpus" / "portstrike_original.txt"
OUTLETS = ["Daily Ledger", "Evening Post", "Harbour Times", "Wire Digest", "Coastal Herald", "Metro Now"]


def variants(text: str, n: int, seed: int = 7) -> list[str]:
    """``n`` edited copies: each drops a few lines, changes figures and respells a name."""
    rng = random.Random(seed)
    lines = text.splitlines()
    out = []
    for k in range(n):
        keep = [ln for i, ln in enumerate(lines) if i == 0 or rng.random() > 0.15]
        body = "\n".join(keep).replace("30 years", f"{30 + k % 7} years").replace("Harwell", rng.choice(
            ["Harwell", "Harwel", "Harwell", "Harrwell"]))
        out.append(body + f"\nThis copy was republished by outlet {k}.\n")
    return out


def build(db: Path, copies: int) -> tuple[str, str]:
    text = ORIGINAL.read_text(encoding="utf-8")
    docs = [Document("story/original.txt", text, title="Port strike begins", outlet="Wire", lang="en",
                     published="2024-05-06")]
    docs += [Document(f"story/copy-{k:02d}.txt", t, title=f"Port strike begins ({k})", lang="en",
                      outlet=OUTLETS[k % len(OUTLETS)], published=f"2024-05-{7 + k % 20:02d}")
             for k, t in enumerate(variants(text, copies - 1))]
    full = to_dict(compare(docs[0], docs[1]))
    with Corpus.open(db) as corpus:
        corpus.add(docs)
        seq = {d.id: corpus.store.seq_of(d.id) for d in docs}
        rng = random.Random(11)
        rows = []
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                real = (a is docs[0] and b is docs[1])
                c = full["counts"] if real else {"high": rng.randint(0, 3), "medium": rng.randint(0, 8),
                                                  "low": rng.randint(0, 6)}
                rows.append((seq[a.id], seq[b.id], "edited", "a", 0.8, 0.9, 0.95, c["high"], c["medium"], c["low"],
                             "minhash", json.dumps(full) if real else None, "full" if real else "quick", True, None))
        corpus.store.con.executemany(
            "INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        build_stories(corpus.store)
    return docs[0].id, docs[1].id


def timings(client, url: str, runs: int) -> dict:
    t0 = time.perf_counter()
    first = client.get(url)
    cold = time.perf_counter() - t0
    assert first.status_code == 200, (url, first.status_code, first.text[:300])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t0)
        assert r.status_code == 200
    times.sort()
    return {"first_s": round(cold, 3), "median_s": round(statistics.median(times), 3),
            "p90_s": round(times[int(0.9 * (len(times) - 1))], 3), "max_s": round(times[-1], 3),
            "kB": round(len(first.content) / 1024)}


def browser_timings(db: Path, url: str, runs: int) -> dict | None:
    """Navigation start to load event end of ``url`` in headless Chromium, or None without one."""
    import shutil
    import socket
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    from wiretrace.web import create_app

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        print("no chromium on PATH: browser timing skipped")
        return None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            times = []
            for _ in range(runs + 1):
                page.goto(f"http://127.0.0.1:{port}{url}", wait_until="load")
                times.append(page.evaluate(
                    "(() => { const n = performance.getEntriesByType('navigation')[0];"
                    " return (n.loadEventEnd - n.startTime) / 1000; })()"))
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    first, rest = times[0], sorted(times[1:])
    return {"first_s": round(first, 3), "median_s": round(statistics.median(rest), 3),
            "p90_s": round(rest[int(0.9 * (len(rest) - 1))], 3), "max_s": round(rest[-1], 3), "kB": None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=50, help="documents in the story (default 50)")
    ap.add_argument("--runs", type=int, default=20, help="timed requests per page (default 20)")
    ap.add_argument("--browser", action="store_true", help="also time the story page in headless Chromium")
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from wiretrace.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "story.duckdb"
        t0 = time.perf_counter()
        a, b = build(db, args.copies)
        built = time.perf_counter() - t0
        with Corpus.open(db, read_only=True) as corpus:
            members, pairs = corpus.story(a)
        assert len(members) == args.copies, f"the story has {len(members)} documents"
        with TestClient(create_app(db)) as client:
            pages = {
                f"story page, {len(members)} documents, {len(pairs)} pairs": f"/story?id={a}",
                "story JSON twin": f"/story.json?id={a}",
                "stories list": "/stories",
                "document page (one copy)": f"/document?id={b}",
                "pair page (stored findings)": f"/pair?a={a}&b={b}",
            }
            rows = [{"page": name, **timings(client, url, args.runs)} for name, url in pages.items()]
        if args.browser:
            loaded = browser_timings(db, f"/story?id={a}", args.runs)
            if loaded:
                rows.append({"page": "story page in Chromium, to the load event", **loaded})
    story = rows[0]
    write_results("web_story", rows, {"copies": args.copies, "pairs": len(pairs), "runs": args.runs,
                                      "store_build_s": round(built, 1), "target_s": 1.0,
                                      "met": story["p90_s"] < 1.0 and story["first_s"] < 1.0},
                  title=f"viewer render times ({args.runs} runs each after one warm-up)")


if __name__ == "__main__":
    main()
