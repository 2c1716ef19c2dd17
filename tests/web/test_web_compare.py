"""The compare page: submitted texts become a pair page; limits and bad input get clear errors.
The seed pair's page shows every finding ``compare`` reports, on both sides, and nothing else."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web.pages import highlight_problems, marks_in, numbered

from wiretrace import Document, compare
from wiretrace.report.json import to_dict
from wiretrace.web import create_app

A = ("About 40 people died in the flood on Monday, officials said. The mayor said the dam did not fail.\n"
     "Rescue teams are searching the valley. It is the worst flood since 1998.\n")
B = ("40 people died in the flood on Monday. The mayor said the dam failed.\n"
     "Rescue teams are searching the valley. It is the worst flood since 1998.\n")
SEEDS = ("002_9c70ab001371d446.txt", "000_698e8626942318bc.txt")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(None, max_text_bytes=60_000)) as c:
        yield c


def _submit(client, **fields):
    files = {k: v for k, v in fields.items() if k.startswith("file_")}
    data = {k: v for k, v in fields.items() if not k.startswith("file_")}
    return client.post("/compare", data=data, files=files or None, follow_redirects=False)


def test_pasted_texts_redirect_to_their_pair_page(client):
    r = _submit(client, text_a=A, text_b=B, name_a="original", name_b="copy")
    assert r.status_code == 303
    where = r.headers["location"]
    page = client.get(where)
    assert page.status_code == 200 and "original" in page.text and 'class="f sev-high' in page.text
    data = client.get(where + ".json").json()
    assert data["schema"] == "wiretrace.compare/2"
    assert data["documents"]["a"]["id"] == "original" and data["documents"]["b"]["id"] == "copy"
    assert not highlight_problems(marks_in(page.text), data)


def test_text_box_line_breaks_are_kept_as_typed(client):
    r = _submit(client, text_a=A.replace("\n", "\r\n"), text_b=B)
    data = client.get(r.headers["location"] + ".json").json()
    assert data["documents"]["a"]["length"] == len(A)


def test_compare_json_answers_directly(client):
    r = client.post("/compare.json", data={"text_a": A, "text_b": B})
    assert r.status_code == 200 and r.json()["schema"] == "wiretrace.compare/2"
    assert client.get(r.headers["location"]).status_code == 200


@pytest.mark.parametrize(("fields", "status", "needle"), [
    ({"text_a": A}, 400, "text B: nothing was given"),
    ({"text_a": "   ", "text_b": B}, 400, "text A: nothing was given"),
    ({"text_a": A, "text_b": "x" * 60_001}, 413, "limit of 60000 bytes"),
    ({"text_a": A, "file_a": ("a.txt", A.encode()), "text_b": B}, 400, "both a file and pasted text"),
    ({"file_a": ("a.pdf", b"%PDF-1.4\x00\x01"), "text_b": B}, 400, "E103"),
    ({"file_a": ("a.txt", b"caf\xe9 au lait"), "text_b": B}, 400, "not valid UTF-8 at byte offset 3"),
    ({"file_a": ("a.txt", b""), "text_b": B}, 400, "file A (a.txt): the file is empty"),
])
def test_bad_input_gets_the_form_back_with_the_reason(client, fields, status, needle):
    r = _submit(client, **fields)
    assert r.status_code == status
    assert needle in r.text and "<form" in r.text
    if "text_b" in fields and len(fields["text_b"]) < 1000:
        assert fields["text_b"].strip() in r.text  # what was pasted is not lost
    j = client.post("/compare.json", data={k: v for k, v in fields.items() if not k.startswith("file_")},
                    files={k: v for k, v in fields.items() if k.startswith("file_")} or None)
    assert j.status_code == status and j.json()["error"]["code"].startswith("E")


def test_an_oversized_request_is_refused_before_parsing(client):
    big = "x" * 200_000
    r = client.post("/compare", data={"text_a": big, "text_b": big})
    assert r.status_code == 413 and "E105" in r.text


def test_an_oversized_chunked_request_is_refused_while_read(client):
    def chunks():
        yield b"text_a="
        for _ in range(300):
            yield b"x" * 1000

    r = client.post("/compare", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and "E105" in r.text


def test_result_keys(client):
    assert client.get("/compare/" + "0" * 32).status_code == 404
    assert client.get("/compare/not-a-key").status_code == 400
    assert client.get("/compare/" + "0" * 32 + ".json").json()["error"]["code"] == "HTTP404"


@pytest.mark.evaluation
def test_seed_pair_page_shows_every_finding_on_both_sides(shared_path):
    files = [shared_path("seeds", name) for name in SEEDS]
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in files]
    expected = to_dict(compare(*docs))
    with TestClient(create_app(None)) as c:
        r = c.post("/compare", files={f"file_{s}": (p.name, p.read_bytes()) for s, p in zip("ab", files)},
                   follow_redirects=False)
        assert r.status_code == 303
        page = c.get(r.headers["location"]).text
        data = c.get(r.headers["location"] + ".json").json()
    assert data == expected
    assert sum(f["distortion"] for f in data["findings"]) >= 20
    marks = marks_in(page)
    assert not highlight_problems(marks, data)
    # highlight_problems checks coverage span by span; say it plainly for the two-sided distortions too.
    shown = {(side, n) for side, nums, _, _ in marks for n in nums}
    both = [n for n, f in numbered(data).items() if f["distortion"] and f["a"] and f["b"]]
    assert len(both) >= 10 and all(("a", n) in shown and ("b", n) in shown for n in both)
    for n in range(1, len(data["findings"]) + 1):
        assert f'id="f{n}"' in page
