"""The viewer in a real browser: headless Chromium (Debian's package) driven by Playwright.

No browser is downloaded: Playwright is pointed at the system's chromium (``.ci/run`` installs it;
``WIRETRACE_CHROMIUM`` names another binary). Screenshots go to a temporary folder, or to
``WIRETRACE_SCREENSHOTS=DIR`` (``docs/img`` refreshes the ones the docs show).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from web.hostile import documents
from web.pages import highlight_problems, numbered

from wiretrace.web import create_app

pytestmark = pytest.mark.browser
SEEDS = ("002_9c70ab001371d446.txt", "000_698e8626942318bc.txt")
VIEWPORT = {"width": 1280, "height": 900}
ROOT = Path(__file__).resolve().parents[2]


def _chromium() -> str | None:
    named = os.environ.get("WIRETRACE_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is in the test extra")
    exe = _chromium()
    if exe is None:
        pytest.skip("no Chromium found (looked for chromium, chromium-browser, google-chrome on PATH and "
                    "WIRETRACE_CHROMIUM): install Debian's chromium, as .ci/run does")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class LiveServer:
    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the viewer did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    pg = context.new_page()
    pg.problems = []
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    where = os.environ.get("WIRETRACE_SCREENSHOTS")
    path = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _marks(page) -> list[tuple[str, tuple[int, ...], int, str]]:
    rows = page.eval_on_selector_all(
        "table.align mark.f", "els => els.map(e => [e.dataset.side, e.dataset.f, +e.dataset.start, e.textContent])")
    return [(side, tuple(int(x) for x in f.split()), start, text) for side, f, start, text in rows]


def _layout_holds(page) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    width = page.evaluate("innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, "the page scrolls sideways"
    assert page.evaluate("document.elementFromPoint(12, 12).closest('nav.top') !== null"), "the top bar is covered"
    cells = page.eval_on_selector_all("table.align td.side", "els => els.map(e => e.getBoundingClientRect().width)")
    assert all(w < width * 0.5 for w in cells), "a text column grew past half the page"


@pytest.mark.evaluation
def test_seed_pair_page_click_through_every_finding(page, shared_path, tmp_path):
    files = [shared_path("seeds", name) for name in SEEDS]
    with LiveServer(create_app(None)) as base:
        page.goto(base + "/compare")
        page.set_input_files("input[name=file_a]", str(files[0]))
        page.set_input_files("input[name=file_b]", str(files[1]))
        page.click("button[type=submit]")
        page.wait_for_url("**/compare/*", timeout=180_000)
        data = page.request.get(page.url + ".json").json()
        marks = _marks(page)
        assert not highlight_problems(marks, data)
        by_n = numbered(data)
        order = page.get_attribute("ol.findings", "data-order").split()
        assert sorted(map(int, order)) == sorted(by_n)
        for k, n in enumerate(order):
            page.keyboard.press("j")
            assert page.is_visible("#detail")
            assert page.text_content("#detail .where").startswith(f"Finding {n} ({k + 1} of {len(order)}")
            f = by_n[int(n)]
            selected = page.eval_on_selector_all("mark.f.sel", "els => els.map(e => e.dataset.side)")
            for side in "ab":
                span = f[side]
                assert (side in selected) == bool(span and span["end"] > span["start"]), (n, side, selected)
            if selected:
                assert page.evaluate(
                    "(() => { const r = document.querySelector('mark.f.sel').getBoundingClientRect();"
                    " return r.bottom > 0 && r.top < innerHeight; })()"), f"finding {n} was not scrolled to"
        page.keyboard.press("k")
        assert page.text_content("#detail .where").startswith(f"Finding {order[-2]} ")
        # A click on a two-sided finding's highlight selects it on both sides.
        two = next(n for n, f in by_n.items() if f["distortion"] and f["a"] and f["b"])
        page.locator(f'mark.f[data-side="b"][data-f~="{two}"]').first.click()
        shown = page.text_content("#detail .where")
        assert shown.startswith("Finding ") and "A AND B" in shown
        page.keyboard.press("j")
        # Not into docs/: the seed texts are research data and stay out of the repository.
        page.screenshot(path=str(tmp_path / "seed-pair.png"))
        page.keyboard.press("Escape")
        assert not page.is_visible("#detail")
        _layout_holds(page)
    assert not page.problems


def test_hostile_corpus_renders_inertly(page, hostile_db):
    original, copy, long = documents()
    with LiveServer(create_app(hostile_db)) as base:
        story = page.request.get(base + "/stories.json").json()["stories"][0]["story"]
        urls = ["/stories", "/stories?q=%3Cscript%3E", f"/story?id={story}"]
        urls += [f"/document?id={d.id}" for d in (original, copy, long)]
        urls += [f"/pair?a={original.id}&b={other.id}" for other in (copy, long)]
        for url in urls:
            page.goto(base + url.replace("\u202e", "%E2%80%AE").replace("\u202c", "%E2%80%AC").replace("<", "%3C")
                      .replace(">", "%3E"))
            assert page.evaluate("document.title").endswith("wiretrace"), url
            # Point at and click highlights, sentences and table cells: any handler would fire now.
            for el in page.query_selector_all("mark.f, .sent, td, li, .text")[:80]:
                for event in ("mouseover", "mouseenter", "focus", "click"):
                    el.dispatch_event(event)
            for _ in range(4):
                page.keyboard.press("j")
            assert page.evaluate("typeof window.__pwned") == "undefined", url
            assert page.evaluate("document.querySelectorAll('script').length") == 1, url
            assert page.evaluate("document.querySelectorAll('main img, main b > b').length") == 0, url
            # SVG only from the story page's own drawings, none from the articles' markup.
            svgs = page.evaluate("[...document.querySelectorAll('main svg')].map(s => s.parentElement.className)")
            assert svgs == (["svg", "svg"] if "/story" in url else []), url
            assert page.evaluate("document.querySelectorAll('main svg [onload], main svg script').length") == 0
            _layout_holds(page)
            if "/pair" in url:
                # The bidi override stays inside its sentence: the next sentence still reads left to right.
                assert page.evaluate(
                    "getComputedStyle(document.querySelector('.sent')).unicodeBidi") == "isolate"
    assert not page.problems, page.problems


def test_screenshots_of_the_example_corpus(page, example_db, shots):
    """The pictures in README and docs/web.md: invented stories only (examples/corpus)."""
    folder = ROOT / "examples" / "corpus"
    with LiveServer(create_app(example_db)) as base:
        page.goto(base + "/stories")
        page.screenshot(path=str(shots / "stories.png"))
        page.goto(base + "/story?id=portstrike_original.txt")
        page.screenshot(path=str(shots / "story.png"), full_page=True)
        page.goto(base + "/pair?a=portstrike_original.txt&b=portstrike_roundtrip.txt")
        for _ in range(3):
            page.keyboard.press("j")
        _layout_holds(page)
        page.keyboard.press("j")  # _layout_holds scrolled to the top; show the panel again
        page.screenshot(path=str(shots / "pair.png"))
        page.goto(base + "/compare")
        for side, name in (("a", "flood_original.txt"), ("b", "flood_edited.txt")):
            page.fill(f"input[name=name_{side}]", name)
            page.fill(f"textarea[name=text_{side}]", (folder / name).read_text(encoding="utf-8"))
        page.screenshot(path=str(shots / "compare.png"))
        page.click("button[type=submit]")
        page.wait_for_url("**/compare/*", timeout=180_000)
        assert page.locator("mark.f").count() > 0
    assert not page.problems, page.problems
    for name in ("stories", "story", "pair", "compare"):
        assert (shots / f"{name}.png").stat().st_size > 10_000
