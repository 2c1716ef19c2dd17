"""The viewer's store pages through FastAPI's test client: HTML, JSON twins, filters, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wiretrace.corpus import Corpus
from wiretrace.web import create_app

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schema" / "compare-2.schema.json"
ROUND_TRIP = {"a": "portstrike_original.txt", "b": "portstrike_roundtrip.txt"}


@pytest.fixture(scope="module")
def client(example_db):
    with TestClient(create_app(example_db)) as c:
        yield c


def test_home_goes_to_the_stories(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/stories"


def test_stories_largest_first_with_json_twin(client, example_db):
    page = client.get("/stories")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    data = client.get("/stories.json").json()
    assert data["schema"] == "wiretrace.web/1" and data["page"] == "stories"
    sizes = [s["size"] for s in data["stories"]]
    assert sizes == sorted(sizes, reverse=True) and data["total"] == len(sizes) == 5
    with Corpus.open(example_db, read_only=True) as corpus:
        assert [s["story"] for s in data["stories"]] == [s.story for s in corpus.stories()]
    for s in data["stories"]:
        assert f'href="/story?id={s["story"]}"' in page.text


def test_accept_header_asks_for_the_json_twin(client):
    r = client.get("/stories", headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("application/json") and r.json()["page"] == "stories"
    assert client.get("/stories", headers={"Accept": "text/html,application/json;q=0.9"}).text.startswith("<!DOCTYPE")


@pytest.mark.parametrize(("query", "expect"), [
    ("relation=translation", {"breach_original.txt"}),
    ("lang=de", {"breach_original.txt"}),
    ("q=PORTSTRIKE_re", {"portstrike_original.txt"}),  # in an id, any case
    ("q=harwell", {"portstrike_original.txt"}),  # in the text only
    ("q=%25", set()),  # a literal percent sign, not a wildcard
    ("relation=round_trip&high=true", {"portstrike_original.txt"}),
    ("since=2030-01-01", set()),  # the example corpus has no dates
])
def test_story_filters(client, query, expect):
    data = client.get(f"/stories.json?{query}").json()
    assert {s["story"] for s in data["stories"]} == expect
    assert client.get(f"/stories?{query}").status_code == 200


def test_high_filter_keeps_only_stories_with_high_distortions(client):
    data = client.get("/stories.json?high=true").json()
    assert data["stories"] and all(s["high"] > 0 for s in data["stories"])
    assert data["total"] < client.get("/stories.json").json()["total"]


def test_a_page_past_the_end_still_counts(client):
    data = client.get("/stories.json?page=9").json()
    assert data["stories"] == [] and data["total"] == 5


@pytest.mark.parametrize("query", ["since=yesterday", "page=0", "high=maybe", "q=" + "x" * 201])
def test_bad_filters_are_a_400_with_a_code(client, query):
    r = client.get(f"/stories?{query}")
    assert r.status_code == 400 and "E201" in r.text
    j = client.get(f"/stories.json?{query}")
    assert j.status_code == 400 and j.json()["error"]["code"] == "E201"


def test_story_page_lists_copies_with_counts_and_its_tree(client):
    r = client.get("/story", params={"id": "portstrike_original.txt"})
    assert r.status_code == 200
    assert r.text.count("<svg") == 2  # the family tree and the coverage grid
    assert "family tree of story portstrike_original.txt" in r.text
    data = client.get("/story.json", params={"id": "portstrike_original.txt"}).json()
    tree = data["tree"]
    assert tree["schema"] == "wiretrace.tree/2" and tree["roots"] == ["portstrike_original.txt"]
    assert {e["child"] for e in tree["edges"]} == {
        "portstrike_reprint.txt", "portstrike_roundtrip.txt", "portstrike_summary.txt"}
    assert tree["coverage"]["source"] == "portstrike_original.txt"
    assert {m["doc_id"] for m in data["members"]} == {
        "portstrike_original.txt", "portstrike_reprint.txt", "portstrike_roundtrip.txt", "portstrike_summary.txt"}
    assert set(data["members"][0]) >= {"story", "doc_id", "role"}  # export's story rows
    columns = {"a_id", "b_id", "relation", "source", "confidence", "coverage_a", "coverage_b", "high", "medium",
               "low", "doors", "tier"}
    assert all(set(p) == columns for p in data["pairs"])  # export's pair columns
    rt = next(p for p in data["pairs"] if (p["a_id"], p["b_id"]) == tuple(ROUND_TRIP.values()))
    assert rt["relation"] == "round_trip" and rt["high"] > 0
    assert 'href="/pair?a=portstrike_original.txt&amp;b=portstrike_roundtrip.txt"' in r.text


def test_a_story_page_lists_its_pairs_a_page_at_a_time(client, monkeypatch):
    from wiretrace.web import corpus_pages

    monkeypatch.setattr(corpus_pages, "PAIRS_PAGE", 4)
    story = {"id": "portstrike_original.txt"}
    pairs = client.get("/story.json", params=story).json()["pairs"]
    assert len(pairs) > 4  # the JSON twin keeps every pair
    first = client.get("/story", params=story).text
    last = client.get("/story", params={**story, "pairs_page": 2}).text
    assert f"pairs 1–4 of {len(pairs)}" in first and 'rel="next"' in first
    assert f"pairs 5–{len(pairs)} of {len(pairs)}" in last and 'rel="prev"' in last and 'rel="next"' not in last
    listed = lambda page: {(p["a_id"], p["b_id"]) for p in pairs
                           if f'href="/pair?a={p["a_id"]}&amp;b={p["b_id"]}"' in page.split('id="pairs"')[1]}
    assert len(listed(first)) == 4 and listed(first) | listed(last) == {(p["a_id"], p["b_id"]) for p in pairs}


def test_document_page_names_its_source_and_copies(client):
    data = client.get("/document.json", params={"id": "portstrike_roundtrip.txt"}).json()
    assert data["document"]["id"] == "portstrike_roundtrip.txt"
    assert data["document"]["length"] == len(data["document"]["text"])
    assert data["story"] == "portstrike_original.txt"
    page = client.get("/document", params={"id": "portstrike_original.txt"}).text
    assert "Its copies" in page and "portstrike_roundtrip.txt" in page


def test_pair_page_and_its_json_are_the_stored_comparison(client, example_db):
    jsonschema = pytest.importorskip("jsonschema")
    r = client.get("/pair", params=ROUND_TRIP)
    assert r.status_code == 200
    data = client.get("/pair.json", params=ROUND_TRIP).json()
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    with Corpus.open(example_db, read_only=True) as corpus:
        _, stored = corpus.pair(*ROUND_TRIP.values())
    assert data == stored
    for n in range(1, len(data["findings"]) + 1):
        assert f'id="f{n}"' in r.text


def test_pair_with_sides_swapped_redirects_to_the_stored_order(client):
    r = client.get("/pair.json", params={"a": ROUND_TRIP["b"], "b": ROUND_TRIP["a"]}, follow_redirects=False)
    assert r.status_code == 307
    assert r.headers["location"] == "/pair.json?a=portstrike_original.txt&b=portstrike_roundtrip.txt"


def test_quick_tier_pair_is_compared_on_request(client, example_db):
    with Corpus.open(example_db, read_only=True) as corpus:
        quick = [p for s in corpus.stories() for p in corpus.story(s.story)[1] if p.tier == "quick"]
    if not quick:
        pytest.skip("the example store has no quick-tier pair in a story")
    p = quick[0]
    r = client.get("/pair", params={"a": p.a_id, "b": p.b_id})
    assert r.status_code == 200 and "computed now" in r.text
    assert client.get("/pair.json", params={"a": p.a_id, "b": p.b_id}).json()["schema"] == "wiretrace.compare/2"


@pytest.mark.parametrize("url", ["/document?id=nope.txt", "/story?id=nope.txt", "/pair?a=nope&b=other",
                                 "/document?id=../../../etc/passwd", "/nothing/here"])
def test_unknown_things_are_404(client, url):
    r = client.get(url)
    assert r.status_code == 404 and "<!DOCTYPE html>" in r.text
    twin = url.replace("?", ".json?") if "?" in url else url
    j = client.get(twin, headers={"Accept": "application/json"})
    assert j.status_code == 404 and "error" in j.json()


def test_missing_id_is_a_400(client):
    assert client.get("/document").status_code == 400


def test_openapi_lists_every_page_and_its_twin(client):
    spec = client.get("/openapi.json").json()
    for path in ("/stories", "/story", "/document", "/pair", "/compare"):
        assert path in spec["paths"] and path + ".json" in spec["paths"], path
    page = client.get("/api")
    assert page.status_code == 200 and "/stories.json" in page.text


def test_the_store_is_open_read_only(client):
    import duckdb

    corpus = client.app.state.viewer.corpus
    with pytest.raises(duckdb.Error):
        corpus.store.con.execute("CREATE TABLE scribble (x INTEGER)")


def test_without_a_store_only_compare_works():
    with TestClient(create_app(None)) as c:
        assert c.get("/", follow_redirects=False).headers["location"] == "/compare"
        r = c.get("/stories.json")
        assert r.status_code == 404 and r.json()["error"]["code"] == "E402"
        assert c.get("/compare").status_code == 200
