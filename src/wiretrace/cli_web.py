"""``wiretrace serve``: the web viewer over a store. Registered on the main app by ``cli.py``."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from .cli_corpus import DEFAULT_DB


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer, reported_errors) -> None:
    @app.command()
    def serve(
        db: Annotated[Path | None, typer.Option(
            "--db", help=f"The store, opened read-only (default: {DEFAULT_DB} when it exists; without a store "
                         "only the compare page works).", show_default=False)] = None,
        host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback exposes the "
                                               "viewer, which has no login, to the network.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
        max_text_bytes: Annotated[int, typer.Option(
            "--max-text-bytes", min=1, help="Largest text the compare page accepts, per side, in UTF-8 bytes.")
        ] = 200_000,
    ) -> None:
        """Browse a store's stories, documents and pairs in a web browser, and compare two texts."""
        with reported_errors():
            from .web import create_app
            from .web import serve as run

            if db is None and DEFAULT_DB.exists():
                db = DEFAULT_DB
            viewer = create_app(db, max_text_bytes=max_text_bytes)
            where = f"store {db}, read-only" if db is not None else "no store: compare page only"
            if not _is_loopback(host):
                typer.echo(f"warning: listening on {host}: anyone who can reach it can read the store", err=True)
            shown = f"[{host}]" if ":" in host else host
            typer.echo(f"wiretrace viewer on http://{shown}:{port}/ ({where}); Ctrl-C stops it", err=True)
            run(viewer, host=host, port=port)
