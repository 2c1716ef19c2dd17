"""Readers while an index run holds the store.

DuckDB lets one process open a store file for writing, and while it does, no other process can
open the file at all, not even read-only. So the process holding the store serves the reads:
while ``wiretrace index`` runs it listens on a Unix socket (its path written to ``DB.readers``),
and a process that finds the file locked sends its queries there (``Store.open(read_only=True)``
does this by itself). Each reader's queries run on their own cursor of the writer's database, so
they see every transaction committed so far (DuckDB's MVCC) and never a half-stored batch. Only
single SELECT statements are served: a reader cannot write through the socket.

Frames are an 8-byte length and a payload. A request is JSON ``{"sql": ..., "params": [...]}``;
an answer is ``b"T"`` and the result as an Arrow IPC stream, or ``b"E"`` and an error message.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import struct
import tempfile
import threading
from pathlib import Path

import numpy as np
import pyarrow as pa

_LEN = struct.Struct(">Q")


def pointer_path(db: str) -> Path:
    return Path(f"{db}.readers")


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(_LEN.pack(len(payload)) + payload)


def _recv(sock: socket.socket) -> bytes | None:
    head = _exactly(sock, _LEN.size)
    return None if head is None else _exactly(sock, _LEN.unpack(head)[0])


def _exactly(sock: socket.socket, n: int) -> bytes | None:
    parts, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _plain(x):
    """JSON for NumPy values in query parameters."""
    if isinstance(x, np.ndarray | np.generic):
        return x.tolist()
    raise TypeError(f"query parameter of type {type(x).__name__} cannot be sent to the store's writer")


# -- the writer's side ---------------------------------------------------------------------------
class ReaderServer:
    """Serve read-only queries on ``store`` to other processes for the life of the ``with``."""

    def __init__(self, store) -> None:
        self.store = store
        self._dir: str | None = None
        self._listener: socket.socket | None = None

    def __enter__(self) -> ReaderServer:
        if self.store.path in ("", ":memory:"):
            return self  # no other process can open an in-memory store
        self._dir = tempfile.mkdtemp(prefix="wiretrace-readers-")
        path = os.path.join(self._dir, "store.sock")  # short: Unix socket paths hold ~100 bytes
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(path)
        self._listener.listen()
        pointer_path(self.store.path).write_text(json.dumps({"socket": path, "pid": os.getpid()}))
        threading.Thread(target=self._accept, name="wiretrace-readers", daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        if self._listener is None:
            return
        pointer_path(self.store.path).unlink(missing_ok=True)
        self._listener.close()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:  # closed by __exit__
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        cursor = self.store.con.cursor()
        try:
            with conn:
                while (request := _recv(conn)) is not None:
                    _send(conn, self._answer(cursor, request))
        except OSError:
            pass  # the reader went away
        finally:
            cursor.close()

    @staticmethod
    def _answer(cursor, request: bytes) -> bytes:
        import duckdb

        try:
            req = json.loads(request)
            statements = duckdb.extract_statements(req["sql"])
            if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
                return b"E" + b"readers may run one SELECT statement while the store is being indexed"
            table = cursor.sql(req["sql"], params=req.get("params") or None).to_arrow_table()
        except Exception as exc:  # the reader gets the message; the index run goes on
            return b"E" + f"{type(exc).__name__}: {exc}".encode()
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        return b"T" + sink.getvalue().to_pybytes()


# -- the reader's side ---------------------------------------------------------------------------
class ReaderError(Exception):
    """A query the writer refused or failed."""


class RemoteResult:
    """A query's result, with the fetch methods of a DuckDB result that the readers use."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table
        self._at = 0

    @property
    def columns(self) -> list[str]:
        return self.table.column_names

    def __len__(self) -> int:
        return self.table.num_rows

    def _rows(self, start: int, stop: int) -> list[tuple]:
        cols = [c.to_pylist() for c in self.table.slice(start, stop - start).columns]
        return list(zip(*cols, strict=True)) if cols else []

    def fetchall(self) -> list[tuple]:
        rows = self._rows(self._at, self.table.num_rows)
        self._at = self.table.num_rows
        return rows

    def fetchmany(self, size: int = 1) -> list[tuple]:
        stop = min(self._at + size, self.table.num_rows)
        rows = self._rows(self._at, stop)
        self._at = stop
        return rows

    def fetchone(self) -> tuple | None:
        rows = self.fetchmany(1)
        return rows[0] if rows else None

    def fetchnumpy(self) -> dict[str, np.ndarray]:
        return {name: col.to_numpy(zero_copy_only=False) for name, col in zip(
            self.table.column_names, self.table.columns, strict=True)}

    def to_arrow_table(self) -> pa.Table:
        return self.table

    def write_parquet(self, path: str) -> None:
        import pyarrow.parquet as pq

        pq.write_table(self.table, path)


class RemoteConnection:
    """The reads of a DuckDB connection, sent to the process that holds the store."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._lock = threading.Lock()

    def execute(self, sql: str, params: list | None = None) -> RemoteResult:
        payload = json.dumps({"sql": sql, "params": params or []}, default=_plain).encode()
        with self._lock:
            _send(self._sock, payload)
            answer = _recv(self._sock)
        if answer is None:
            raise ReaderError("the index run serving this store stopped; open the store again")
        if answer[:1] == b"E":
            raise ReaderError(answer[1:].decode(errors="replace"))
        return RemoteResult(pa.ipc.open_stream(answer[1:]).read_all())

    def sql(self, sql: str) -> RemoteResult:
        return self.execute(sql)

    def close(self) -> None:
        self._sock.close()


def connect(db: str) -> RemoteConnection | None:
    """A connection to the process indexing ``db``, or None when no live process serves it."""
    try:
        info = json.loads(pointer_path(db).read_text())
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(info["socket"])
    except (OSError, ValueError, KeyError):
        return None  # no pointer, or the run that wrote it was killed
    return RemoteConnection(sock)
