"""Hostile documents render as text; requests cannot reach files; every response carries the CSP.
(The same corpus in a real browser: test_web_browser.py.)"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web.hostile import CLOSE, RLO, documents

from wiretrace.web import create_app

ORIGINAL, COPY, LONG = documents()


@pytest.fixture(scope="module")
def client(hostile_db):
    with TestClient(create_app(hostile_db)) as c:
        yield c


def _pages(client) -> dict[str, str]:
    story = client.get("/stories.json").json()["stories"][0]["story"]
    urls = {
        "stories": "/stories", "search": "/stories?q=%3Cscript%3E", "story": f"/story?id={story}",
        "api": "/api", "compare": "/compare",
    }
    out = {name: client.get(url).text for name, url in urls.items()}
    for d in (ORIGINAL, COPY, LONG):
        out[f"document {d.id}"] = client.get("/document", params={"id": d.id}).text
    for other in (COPY, LONG):
        r = client.get("/pair", params={"a": ORIGINAL.id, "b": other.id})
        assert r.status_code == 200, other.id
        out[f"pair {other.id}"] = r.text
    return out


def test_hostile_text_is_escaped_on_every_page(client):
    pages = _pages(client)
    assert len(pages["document hostile/long.txt"]) > 1_000_000
    for name, html in pages.items():
        # The only script element is the viewer's own, loaded from /static.
        assert re.findall(r"<script\b[^>]*>", html, re.IGNORECASE) == ['<script src="/static/viewer.js" defer>'], name
        for tag in ("<img", "<b>.txt", "<div style"):
            assert tag not in html, (name, tag)
        # The only SVG is the story page's own drawings (family tree, coverage), whose texts are escaped.
        own = html.count('<svg xmlns="http://www.w3.org/2000/svg" width=')
        assert html.count("<svg") == own and own == (2 if name == "story" else 0), name
        assert not re.search(r"\son\w+\s*=\s*[\"']?window", html), name  # no live event-handler attribute
        assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, re.IGNORECASE), name


def test_hostile_text_is_shown_not_dropped(client):
    html = client.get("/document", params={"id": COPY.id}).text
    assert "&lt;script&gt;window.__pwned = &#39;script&#39;&lt;/script&gt;" in html
    assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;" in html and RLO in html
    # A javascript: URL stays text; an https one is a link.
    original = client.get("/document", params={"id": ORIGINAL.id}).text
    assert "javascript:window.__pwned=&#39;url&#39;" in original
    assert 'href="https://example.org/?q=&lt;script&gt;"' in html


def test_json_twins_carry_the_raw_text(client):
    data = client.get("/document.json", params={"id": COPY.id}).json()
    assert data["document"]["text"] == COPY.text and CLOSE in data["document"]["text"]
    pair = client.get("/pair.json", params={"a": ORIGINAL.id, "b": LONG.id}).json()
    assert pair["documents"]["b"]["length"] == len(LONG.text)


def test_every_response_has_the_security_headers(client):
    for url in ("/stories", "/stories.json", "/static/viewer.js", "/nothing", "/document?id=x"):
        r = client.get(url)
        assert "script-src 'self'" in r.headers["content-security-policy"], url
        assert r.headers["x-content-type-options"] == "nosniff"
    big = client.post("/compare", content=b"x" * 10_000_000,
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413 and "content-security-policy" in big.headers


@pytest.mark.parametrize("path", [
    "/static/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fcorpus.py", "/static/viewer.css%00",
    "/static/../__init__.py", "/static/%2Fetc%2Fpasswd", "/templates/base.html", "/static/",
])
def test_no_path_reaches_the_file_system(client, path):
    r = client.get(path)
    assert r.status_code == 404, path
    assert "wiretrace" not in r.headers.get("content-type", "") and "import" not in r.text


def test_ids_are_values_not_paths(client):
    for doc_id in ("../../../../etc/passwd", "/etc/passwd", "hostile/../hostile/original.txt"):
        assert client.get("/document", params={"id": doc_id}).status_code == 404
    assert client.get("/document", params={"id": COPY.id}).status_code == 200  # RLO, <b>, slash and all


def test_head_answers_like_get_without_a_body(client):
    get, head = client.get("/compare"), client.head("/compare")
    assert head.status_code == get.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/no-such-page").status_code == 404


def test_an_oversized_request_gets_the_error_page_or_json(client):
    big = "x" * 6_000_000
    page = client.post("/compare", data={"text_a": big, "text_b": big})
    assert page.status_code == 413 and page.headers["content-type"].startswith("text/html") and "E105" in page.text
    j = client.post("/compare.json", data={"text_a": big, "text_b": big})
    assert j.status_code == 413 and j.json()["error"]["code"] == "E105" and "max-text-bytes" in j.json()["error"]["fix"]
