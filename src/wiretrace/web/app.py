"""The viewer's FastAPI application: settings, rendering, errors and the safety rules.

Safety rests on layers, each enough alone for its own attack:

* Jinja2 autoescaping is always on and no template marks document-derived text safe; highlights
  are built by cutting text into pieces (``report._layout``), never by splicing markup into it.
* A Content-Security-Policy allows scripts and styles from this server's ``/static`` only, so
  even a markup injection that slipped past escaping could not run inline script or handlers.
* The store is opened read-only; pages take document ids as query parameters and look them up
  in the store; ``/static`` serves a fixed list of packaged files. No path from a request ever
  reaches the file system.
* Request bodies are capped before they are parsed (``_BodyLimit``); texts are capped after.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import __version__
from ..corpus import Corpus
from ..errors import InputTooLarge, ParameterError, WiretraceError, check_param
from ..model import Comparison
from ..store import StoreError
from ..store.readers import ReaderError

MAX_TEXT_BYTES = 200_000  # per pasted or uploaded text: compare takes seconds per 10 kB
FORM_OVERHEAD = 64 * 1024  # multipart boundaries, headers and the small fields
CACHE_SIZE = 32  # comparisons kept for their result pages (compare runs, quick-tier pairs)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
STATIC = {"viewer.css": "text/css; charset=utf-8", "viewer.js": "text/javascript; charset=utf-8"}


@dataclass
class Viewer:
    """What every request shares: the read-only corpus (or none), limits, and recent comparisons."""

    corpus: Corpus | None
    max_text_bytes: int
    compare_lock: threading.Lock = field(default_factory=threading.Lock)
    cache: OrderedDict[str, Comparison] = field(default_factory=OrderedDict)
    cache_lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, key: str, c: Comparison) -> None:
        with self.cache_lock:
            self.cache[key] = c
            self.cache.move_to_end(key)
            while len(self.cache) > CACHE_SIZE:
                self.cache.popitem(last=False)

    def recall(self, key: str) -> Comparison | None:
        with self.cache_lock:
            c = self.cache.get(key)
            if c is not None:
                self.cache.move_to_end(key)
            return c


class NoStore(WiretraceError):
    code = "E402"
    fix = "start the viewer with `wiretrace serve --db FILE`"


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("wiretrace.web", "templates"),
        autoescape=True,  # always: every value printed is escaped, whatever the file name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["href"] = lambda path, **params: path + ("?" + urlencode(
        {k: v for k, v in params.items() if v not in (None, "", False)}) if params else "")
    env.globals["version"] = __version__
    env.filters["pct"] = lambda x: "—" if x is None else f"{x * 100:.0f}%"
    return env


_ENV = _environment()


def viewer(request: Request) -> Viewer:
    return request.app.state.viewer


def wants_json(request: Request) -> bool:
    """The JSON twin is asked for by the ``.json`` path or by an Accept header preferring JSON."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def render(request: Request, template: str, context: dict[str, Any], payload: dict[str, Any] | None,
           status: int = 200) -> Response:
    if payload is not None and wants_json(request):
        return JSONResponse(payload, status_code=status)
    html = _ENV.get_template(template).render(path=request.url.path, query=dict(request.query_params),
                                              has_store=viewer(request).corpus is not None, **context)
    return HTMLResponse(html, status_code=status)


def json_path(request: Request) -> str:
    """This page's JSON twin: the same path with ``.json`` and the same query."""
    q = request.url.query
    return request.url.path + ".json" + (f"?{q}" if q else "")


def error_response(request: Request, status: int, err: WiretraceError | None, message: str = "") -> Response:
    code = err.code if err else f"HTTP{status}"
    message = err.message if err else message
    fix = err.fix if err else ""
    if wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message, "fix": fix}}, status_code=status)
    return render(request, "error.html", {"status": status, "code": code, "message": message, "fix": fix},
                  None, status)


class _BodyLimit:
    """Refuse request bodies over ``limit`` bytes before anything parses them: by Content-Length
    at once, and by counting for chunked uploads that declare none. The body (at most ``limit``
    bytes) is read here and replayed to the app, so the refusal never happens half-way through
    the app's own parsing."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await self._refuse(scope, receive, send)
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                return await self._refuse(scope, receive, send)
            chunks.append(chunk)
            more = message.get("more_body", False)
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed():
            return replay.pop() if replay else await receive()

        return await self.app(scope, replayed, send)

    async def _refuse(self, scope, receive, send):
        # The same error page or JSON as every other error; "close", since the rest of the body
        # was never read.
        err = InputTooLarge(f"the request is over the limit of {self.limit} bytes",
                            fix="compare shorter texts, or restart with a larger --max-text-bytes")
        response = error_response(Request(scope), 413, err)
        response.headers["connection"] = "close"
        await response(scope, receive, send)


class _Head:
    """HEAD is GET without the body (RFC 9110): link checkers and proxies ask it first, and the
    routes are declared for GET only."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message):
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):  # one empty body closes the response
                await send({"type": "http.response.body", "body": b""})

        return await self.app({**scope, "method": "GET"}, receive, headers_only)


_SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                     (b"referrer-policy", b"no-referrer")]


class _Headers:
    """The security headers on every response, errors included."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *_SECURITY_HEADERS]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def create_app(db: str | Path | None = None, *, max_text_bytes: int = MAX_TEXT_BYTES) -> FastAPI:
    """The viewer over the store ``db`` (opened read-only), or a compare-only viewer without one."""
    check_param("create_app", "max_text_bytes", max_text_bytes,
                isinstance(max_text_bytes, int) and not isinstance(max_text_bytes, bool) and max_text_bytes > 0,
                "a positive int")
    corpus = None if db is None else Corpus.open(db, read_only=True)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if corpus is not None:
            corpus.close()  # the store file is free for an index run once the viewer stops

    app = FastAPI(title="wiretrace viewer", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories, copies and their distortions. Every page has a JSON twin: the same "
                              "path with `.json`, or `Accept: application/json`.")
    app.state.viewer = Viewer(corpus, max_text_bytes)

    @app.exception_handler(WiretraceError)
    async def wiretrace_error(request: Request, err: WiretraceError):
        # Unknown ids and a missing store are "not found"; anything else of ours is a bad request.
        status = 404 if isinstance(err, StoreError | NoStore) else 400
        return error_response(request, status, err)

    @app.exception_handler(ReaderError)
    async def run_ended(request: Request, err: ReaderError):
        # The viewer was started while an index run held the store, and reads through that run.
        return error_response(request, 503, StoreError(
            f"the store's index run stopped answering ({err})",
            fix="start the viewer again now that the run is over"))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return error_response(request, 400, ParameterError(f"bad request parameters ({problems})"))

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        return error_response(request, 404, None, f"no page at {request.url.path}")

    @app.get("/", include_in_schema=False)
    def home(request: Request):
        return RedirectResponse("/stories" if viewer(request).corpus is not None else "/compare", status_code=302)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)  # browsers ask on every first visit; a 404 would litter the log

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name not in STATIC:  # a fixed list: no name from a request reaches the file system
            return Response("not found\n", status_code=404, media_type="text/plain")
        data = files("wiretrace.web").joinpath("static", name).read_bytes()
        return Response(data, media_type=STATIC[name], headers={"Cache-Control": "max-age=300"})

    @app.get("/api", response_class=HTMLResponse, summary="The HTTP API: every route and its parameters")
    def api(request: Request):
        return render(request, "api.html", {"spec": app.openapi()}, None)

    from .compare_pages import router as compare_router
    from .corpus_pages import router as corpus_router

    app.include_router(corpus_router)
    app.include_router(compare_router)
    app.add_middleware(_BodyLimit, limit=2 * max_text_bytes + FORM_OVERHEAD)
    app.add_middleware(_Headers)
    app.add_middleware(_Head)
    return app
