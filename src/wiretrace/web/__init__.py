"""The web viewer: stories, documents and pairs of a corpus store, and a compare page.

    >>> from wiretrace.web import create_app
    >>> app = create_app("news.duckdb")          # an ASGI app; `wiretrace serve` runs it with uvicorn

Needs the ``web`` extra (FastAPI, uvicorn, python-multipart): ``pip install 'wiretrace[web]'``.
"""

from __future__ import annotations

from ..errors import DependencyError

try:
    import fastapi  # noqa: F401
    import python_multipart  # noqa: F401  (FastAPI's form parser)
except ImportError as exc:
    raise DependencyError(
        f"the web viewer needs FastAPI and python-multipart ({exc.name} is missing)",
        fix="pip install 'wiretrace[web]'") from exc

from .app import MAX_TEXT_BYTES, create_app

__all__ = ["MAX_TEXT_BYTES", "create_app", "serve"]


def serve(app, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run ``app`` with uvicorn until interrupted."""
    try:
        import uvicorn
    except ImportError as exc:
        raise DependencyError("the web viewer needs uvicorn", fix="pip install 'wiretrace[web]'") from exc
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
