"""Pages over the store: stories, a story, a document, a pair. Each is also served as JSON.

Ids travel as query parameters (``/document?id=articles/a.txt``): an id may hold any character,
slashes and dots included, and is only ever a value looked up in the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup

from .. import compare
from ..corpus import Corpus, StoryFilter
from ..report.svg import coverage_svg, tree_svg
from ..report.tree import tree_dict
from . import views
from .app import NoStore, json_path, render, viewer

router = APIRouter()
PAGE = 50  # stories per page
# Pairs per page of a story's "All pairs" table: a story of 50 documents has 1,225 pairs, and all
# of them made an 876 kB page. The JSON twin keeps every pair (a program wants them all).
PAIRS_PAGE = 200

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
IdParam = Annotated[str, Query(min_length=1, max_length=4096, description="A stored document's id.")]


def twin(path: str, *, summary: str, description: str = ""):
    """Register one handler for ``path`` and for its JSON twin ``path.json``."""
    def register(fn):
        router.add_api_route(path, fn, methods=["GET"], summary=summary, description=description)
        router.add_api_route(path + ".json", fn, methods=["GET"], summary=summary + " (JSON)",
                             description=description)
        return fn
    return register


@contextmanager
def opened(request: Request) -> Iterator[Corpus]:
    base = viewer(request).corpus
    if base is None:
        raise NoStore("this viewer has no store: only the compare page works")
    corpus = base.cursor()  # one cursor per request thread
    try:
        yield corpus
    finally:
        corpus.close()


@twin("/stories", summary="Stories, largest first, with filters and search",
      description="JSON: `wiretrace.web/1` with `stories` rows; see docs/web.md.")
def stories(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Text in a member's id, title or text.")] = None,
    relation: Annotated[str | None, Query(max_length=40, description="A relation found inside the story.")] = None,
    outlet: Annotated[str | None, Query(max_length=400, description="A member's outlet.")] = None,
    lang: Annotated[str | None, Query(max_length=20, description="A member's language.")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="A member published on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="A member published on or before.")] = None,
    high: Annotated[bool, Query(description="Only stories with a high-severity distortion.")] = False,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    f = StoryFilter(relation=relation or None, outlet=outlet or None, lang=lang or None, since=since or None,
                    until=until or None, high=high, q=q or None, limit=PAGE, offset=(page - 1) * PAGE)
    with opened(request) as corpus:
        rows, total = corpus.browse(f)
        facets = corpus.facets()
    pages = max(1, -(-total // PAGE))
    return render(request, "stories.html",
                  {"rows": rows, "total": total, "f": f, "page": page, "pages": pages, "facets": facets,
                   "json_href": json_path(request)},
                  views.stories_json(rows, total, f))


@twin("/story", summary="One story: its documents, where each was copied from, and every pair",
      description="JSON: `wiretrace.web/1` with `members` (export's story rows plus metadata) and every pair "
                  "in `pairs` (export's pair columns); the page shows the pairs 200 at a time (`pairs_page`).")
def story(request: Request, id: IdParam,
          pairs_page: Annotated[int, Query(ge=1, le=100_000, description="Which 200 pairs the page lists.")] = 1):
    with opened(request) as corpus:
        members, pairs = corpus.story(id)
        family = corpus.tree(id)
    drawn = {"tree_svg": Markup(tree_svg(family.tree)), "tree_href": json_path(request),
             "coverage_svg": Markup(coverage_svg(family.coverage)) if family.coverage.rows else None}
    pages = max(1, -(-len(pairs) // PAIRS_PAGE))
    shown = {"pairs_shown": pairs[(pairs_page - 1) * PAIRS_PAGE:pairs_page * PAIRS_PAGE],
             "pairs_page": pairs_page, "pairs_pages": pages, "pairs_from": (pairs_page - 1) * PAIRS_PAGE + 1}
    return render(request, "story.html",
                  {**views.story_context(id, members, pairs), **drawn, **shown, "json_href": json_path(request)},
                  {**views.story_json(id, members, pairs),
                   "tree": tree_dict(family.tree, family.coverage, family.documents)})


@twin("/document", summary="One document: metadata, text, its source and its copies")
def document(request: Request, id: IdParam):
    with opened(request) as corpus:
        d = corpus.document(id)
        story_id = corpus.story_of(id)
        pairs = corpus.pairs_of(id)
    return render(request, "document.html",
                  {**views.document_context(d, story_id, pairs), "json_href": json_path(request)},
                  views.document_page_json(d, story_id, pairs))


@twin("/pair", summary="Two stored documents side by side with every finding",
      description="JSON: the pair's `wiretrace.compare/2` object (docs/json-schema.md). A pair stored with "
                  "a quick verdict only is compared when asked for, and not stored.")
def pair(request: Request, a: IdParam, b: IdParam):
    with opened(request) as corpus:
        row, stored = corpus.pair(a, b)
        if (row.a_id, row.b_id) != (a, b):
            # One URL per pair, sides as stored (a = the document stored first), so links agree.
            q = urlencode({"a": row.a_id, "b": row.b_id})
            return RedirectResponse(f"{request.url.path}?{q}", status_code=307)
        c = corpus.comparison(a, b) if stored is not None else None
        docs = None if c is not None else (corpus.document(a), corpus.document(b))
    live = c is None
    if live:
        v = viewer(request)
        key = f"pair\0{a}\0{b}"
        c = v.recall(key)
        if c is None:
            with v.compare_lock:  # one compare at a time: it takes a core for seconds
                c = compare(*docs)
            v.remember(key, c)
    return render(request, "pair.html",
                  {**views.pair_context(c), "row": row, "live": live, "doc_links": True,
                   "json_href": json_path(request)},
                  views.pair_json(c))

