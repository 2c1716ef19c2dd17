"""Ingest: one reader per input format, each returning Documents with the text exactly as read.

``read_document`` reads one text file and raises on a bad one. The ``iter_*`` readers are
generators of ``Document | BadRecord``: a bad record (or a whole file that cannot be read) is
yielded as a BadRecord naming the file and record, and reading goes on. ``iter_documents`` picks
the reader for each path; ``IngestSummary`` counts what came out.
"""

from .delimited import iter_csv
from .directory import iter_directory, iter_text_file
from .dispatch import iter_documents
from .files import document_from_bytes, read_document
from .html import html_to_document, iter_html
from .jsonl import iter_jsonl
from .mapping import FieldMapping
from .summary import IngestSummary
from .warc import iter_warc

__all__ = [
    "FieldMapping",
    "IngestSummary",
    "document_from_bytes",
    "html_to_document",
    "iter_csv",
    "iter_directory",
    "iter_documents",
    "iter_html",
    "iter_jsonl",
    "iter_text_file",
    "iter_warc",
    "read_document",
]
