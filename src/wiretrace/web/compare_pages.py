"""The compare page: paste or upload two texts, get the pair page for them.

A submitted pair is compared once and kept in a small in-memory cache under a digest of both
texts; the browser is sent to ``/compare/{key}`` (post, redirect, get), so the result page can
be reloaded, linked while the viewer runs, and fetched as JSON. Nothing is written to the store.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.datastructures import FormData, UploadFile

from .. import compare
from ..errors import InputEmpty, InputError, InputTooLarge
from ..ingest import document_from_bytes
from ..model import Comparison, Document
from . import views
from .app import Viewer, error_response, render, viewer, wants_json

router = APIRouter()

KeyParam = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$", description="A result key from POST /compare.")]
_FIELDS = {
    "text_a": {"type": "string", "description": "Text A, pasted (or give file_a)."},
    "file_a": {"type": "string", "format": "binary", "description": "Text A as a UTF-8 file."},
    "name_a": {"type": "string", "description": "A name for A (default: the file name, else 'A')."},
    "text_b": {"type": "string"}, "file_b": {"type": "string", "format": "binary"}, "name_b": {"type": "string"},
}
_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "properties": _FIELDS}},
    "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
        k: v for k, v in _FIELDS.items() if not k.startswith("file")}}}}}}


def _form_context(v: Viewer, values: dict | None = None, err: InputError | None = None) -> dict:
    return {"limit": v.max_text_bytes, "values": values or {}, "error": err.message if err else "",
            "code": err.code if err else "", "fix": err.fix if err else ""}


@router.get("/compare", summary="A form to paste or upload two texts")
def compare_form(request: Request):
    return render(request, "compare.html", _form_context(viewer(request)), None)


async def _side(form: FormData, side: str, limit: int) -> Document:
    label = side.upper()
    text = form.get(f"text_{side}")
    upload = form.get(f"file_{side}")
    name = str(form.get(f"name_{side}") or "").strip()[:200]
    pasted = isinstance(text, str) and text.strip() != ""
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(limit + 1)
        if pasted and data:
            raise InputError(f"text {label}: both a file and pasted text were given",
                             fix="clear the text box or the file for this side")
        if data or not pasted:
            return document_from_bytes(data, name or upload.filename[:200], max_bytes=limit,
                                       name=f"file {label} ({upload.filename[:200]})")
    if not pasted:
        raise InputEmpty(f"text {label}: nothing was given", fix=f"paste text {label} or choose a file for it")
    # A browser sends a text box's line breaks as CRLF whatever the user pasted; files keep theirs.
    data = text.replace("\r\n", "\n").encode("utf-8")
    return document_from_bytes(data, name or label, max_bytes=limit, name=f"text {label}")


def key_of(a: Document, b: Document) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in (a.id, a.text, b.id, b.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _run(v: Viewer, a: Document, b: Document) -> Comparison:
    with v.compare_lock:  # one compare at a time: it takes a core for seconds
        return compare(a, b)


async def compare_submit(request: Request):
    v = viewer(request)
    form = await request.form(max_files=2, max_fields=8, max_part_size=v.max_text_bytes + 1024)
    values = {k: str(form.get(k) or "") for k in ("text_a", "text_b", "name_a", "name_b")}
    try:
        a = await _side(form, "a", v.max_text_bytes)
        b = await _side(form, "b", v.max_text_bytes)
    except InputError as err:
        status = 413 if isinstance(err, InputTooLarge) else 400
        if wants_json(request):
            return error_response(request, status, err)
        return render(request, "compare.html", _form_context(v, values, err), None, status)
    finally:
        await form.close()
    key = key_of(a, b)
    c = v.recall(key)
    if c is None:
        c = await run_in_threadpool(_run, v, a, b)
        v.remember(key, c)
    if wants_json(request):
        return JSONResponse(views.pair_json(c), headers={"Location": f"/compare/{key}"})
    return RedirectResponse(f"/compare/{key}", status_code=303)


for _path in ("/compare", "/compare.json"):
    router.add_api_route(
        _path, compare_submit, methods=["POST"], openapi_extra=_BODY,
        summary="Compare two texts" + (" (JSON: wiretrace.compare/2)" if _path.endswith(".json") else
                                       ": redirects to the result page"),
        description="Each text at most the viewer's --max-text-bytes (UTF-8); larger requests get 413.")


def compare_result(request: Request, key: KeyParam):
    c = viewer(request).recall(key)
    if c is None:
        return error_response(request, 404, None,
                              "this comparison is no longer kept (the viewer keeps the latest few, until it stops): "
                              "submit the two texts again")
    json_href = f"/compare/{key}.json"
    return render(request, "pair.html",
                  {**views.pair_context(c), "row": None, "live": False, "doc_links": False, "json_href": json_href},
                  views.pair_json(c))


# The JSON twin first: "/compare/{key}" alone would also match "KEY.json" (and then fail the pattern).
router.add_api_route("/compare/{key}.json", compare_result, methods=["GET"],
                     summary="A compare result as wiretrace.compare/2 JSON")
router.add_api_route("/compare/{key}", compare_result, methods=["GET"],
                     summary="A compare result: the pair page for two submitted texts")
