"""Which field of a JSONL object or CSV row holds which part of a Document, and the rules a record
must meet to become one.

JSONL and CSV share these rules so that the same data gives the same documents and the same bad
records in either format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from ..errors import InputEmpty, InputEncoding, InputTooLarge, ParameterError, RecordBroken, check_param
from ..model import Document


@dataclass(frozen=True, slots=True)
class FieldMapping:
    """Document attribute → field name in the input. Only ``text`` must be present in a record."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    url: str = "url"
    outlet: str = "outlet"
    published: str = "published"
    lang: str = "lang"

    @classmethod
    def parse(cls, spec: str) -> FieldMapping:
        """Build a mapping from the CLI form ``"id=doc_id,text=body"``; unnamed keys keep their default."""
        if not isinstance(spec, str):
            raise ParameterError(f"The field mapping must be a str like 'id=doc_id,text=body'. Got {spec!r}.")
        keys = [f.name for f in fields(cls)]
        chosen: dict[str, str] = {}
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            key, eq, name = (s.strip() for s in part.partition("="))
            if not eq or not key or not name:
                raise ParameterError(
                    f"The field mapping entry {part!r} must be written KEY=FIELD, e.g. text=body.",
                    fix=f"write KEY=FIELD pairs separated by commas; the keys are {', '.join(keys)}",
                )
            if key not in keys:
                raise ParameterError(
                    f"The field mapping has an unknown key {key!r} in {part!r}.",
                    fix=f"use one of {', '.join(keys)} on the left of '=' (e.g. text=body)",
                )
            if key in chosen:
                raise ParameterError(
                    f"The field mapping names {key!r} twice ({key}={chosen[key]} and {part}).",
                    fix="give each key once",
                )
            chosen[key] = name
        return cls(**chosen)

    def __str__(self) -> str:
        return ",".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


def check_mapping(owner: str, mapping: object) -> FieldMapping:
    """The mapping a reader was given, or the default one for None."""
    check_param(
        owner,
        "mapping",
        mapping,
        mapping is None or isinstance(mapping, FieldMapping),
        "a FieldMapping or None",
    )
    return mapping if isinstance(mapping, FieldMapping) else FieldMapping()


def document_from_fields(
    record: Mapping[str, object],
    mapping: FieldMapping,
    *,
    fallback_id: str,
    max_bytes: int,
) -> Document:
    """One JSONL object or CSV row as a Document.

    Raises InputEmpty (E102: no text field, or only whitespace), InputTooLarge (E105: text over
    ``max_bytes`` in UTF-8), InputEncoding (E104: undecodable bytes or a lone surrogate) or
    RecordBroken (E106: a field of the wrong type). A missing or empty id becomes ``fallback_id``.
    """
    text = record.get(mapping.text)
    if text is None:
        raise InputEmpty(
            f"no {mapping.text!r} field (the text field)",
            fix="check the field mapping, e.g. text=body, or drop the record",
        )
    if not isinstance(text, str):
        raise RecordBroken(f"field {mapping.text!r} (the text) is {_kind(text)}, not a string")
    size = _utf8_size(text, mapping.text)
    if size > max_bytes:
        raise InputTooLarge(f"the text is {size} bytes, over the limit of {max_bytes} bytes")
    if not text.strip():
        raise InputEmpty(f"field {mapping.text!r} (the text) is empty or only whitespace")

    doc_id = _optional(record, mapping.id, "id")
    meta = {key: _optional(record, getattr(mapping, key), key) for key in _META}
    return Document(id=doc_id or fallback_id, text=text, **meta)


_META = ("title", "url", "outlet", "published", "lang")


def _optional(record: Mapping[str, object], name: str, key: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    # Numbers are common for ids (and dates as years); bool is an int in Python but never meant.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordBroken(f"field {name!r} (the {key}) is {_kind(value)}, not a string")
    _utf8_size(value, name)
    return value or None


def _utf8_size(value: str, name: str) -> int:
    """Bytes in UTF-8; text that cannot be written as UTF-8 is refused here, not by the store later."""
    try:
        return len(value.encode("utf-8"))
    except UnicodeEncodeError as exc:
        cp = ord(value[exc.start])
        if 0xDC80 <= cp <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
            what = f"byte 0x{cp - 0xDC00:02x} that is not UTF-8"
        else:
            what = f"a lone surrogate U+{cp:04X}"
        raise InputEncoding(f"field {name!r} holds {what} at character {exc.start}") from exc


def _kind(value: object) -> str:
    return {bool: "a boolean", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
