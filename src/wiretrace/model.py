"""The nouns of wiretrace: plain frozen data shared by every stage and engine.

Nothing here imports anything else of ours, so every stage (and Spark) can use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a sentence is doing in its document; only body text counts as the story."""

    BODY = "body"
    TITLE = "title"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


class LinkKind(StrEnum):
    IDENTICAL = "identical"
    EDITED = "edited"
    PARAPHRASE = "paraphrase"
    TRANSLATION = "translation"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"

    @property
    def rank(self) -> int:
        return {"high": 3, "medium": 2, "low": 1, "none": 0}[self.value]


class Relation(StrEnum):
    VERBATIM = "verbatim"
    EDITED = "edited"
    REWRITE = "rewrite"
    SUMMARY = "summary"
    ROUND_TRIP = "round_trip"
    TRANSLATION = "translation"
    SAME_EVENT = "same_event"
    UNRELATED = "unrelated"

    @property
    def is_copy(self) -> bool:
        return self not in (Relation.SAME_EVENT, Relation.UNRELATED)


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is exactly what was read; every offset points into it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Code-point offsets into a document's text: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    lang: str
    paragraph: int
    role: Role = Role.BODY
    norm: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record an ingest reader could not turn into a Document; the batch goes on without it."""

    source: str  # file (or "-" for stdin)
    record: str  # line number, row number, WARC record id or offset: whatever finds it again
    code: str  # error code, e.g. "E106"
    message: str
    fix: str = ""

    def __str__(self) -> str:
        tail = f" (fix: {self.fix})" if self.fix else ""
        where = f"{self.source}:{self.record}" if self.record else self.source
        return f"{where}: error {self.code}: {self.message}{tail}"


@dataclass(frozen=True, slots=True)
class Candidate:
    a_id: str
    b_id: str
    score: float
    door: str


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences of A matched with sentences of B (1–1, 1–2, 2–1, or a small cluster)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: LinkKind
    similarity: float


@dataclass(frozen=True, slots=True)
class Alignment:
    links: tuple[Link, ...]
    unmatched_a: tuple[int, ...]
    unmatched_b: tuple[int, ...]
    coverage_a: float
    coverage_b: float


@dataclass(frozen=True, slots=True)
class Finding:
    """One change between A and B.

    ``kind`` is the finding family (name, number, ...); ``change`` says what happened inside it
    (respelled, hedge_removed, ...). Severity ``none`` marks a harmless edit, not a distortion.
    """

    kind: str
    change: str
    severity: Severity
    a: Span | None
    b: Span | None
    explanation: str
    evidence: tuple[str, ...] = ()

    @property
    def is_distortion(self) -> bool:
        return self.severity is not Severity.NONE


@dataclass(frozen=True, slots=True)
class Clue:
    """One named piece of direction evidence: the side it says is the copy, and its weight.

    ``name`` is a stable id (``mt_artifacts``, ``time_shift``, ...; docs/verdict.md lists them)
    that programs can rely on; ``text`` says the same for a reader and may change wording.
    """

    name: str
    derived: str  # "a" or "b"
    weight: float
    text: str


@dataclass(frozen=True, slots=True)
class Verdict:
    relation: Relation
    source: str  # "a" | "b" | "unknown"
    confidence: float
    evidence: tuple[str, ...] = ()
    # Both sides look derived from a text that is neither of them (e.g. each carries its own edits).
    common_source: bool = False
    clues: tuple[Clue, ...] = ()
    # How likely the named source is right (0.5 when the source is unknown): the direction part of
    # ``confidence``, which also holds the relation's.
    direction_confidence: float = 0.5
    # The publication dates point the other way from the text evidence.
    dates_contradict: bool = False
    # "a" / "b": an upstream version fuller than this side must exist (it carries text the side
    # lacks, and the other side, which carries that text, is itself derived).
    fuller_upstream: str = ""


@dataclass(frozen=True, slots=True)
class Comparison:
    """What ``compare(a, b)`` returns: both documents segmented, aligned, inspected and judged."""

    a: Document
    b: Document
    sentences_a: tuple[Sentence, ...]
    sentences_b: tuple[Sentence, ...]
    alignment: Alignment
    findings: tuple[Finding, ...]
    verdict: Verdict

    @property
    def distortions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_distortion)


@dataclass(frozen=True, slots=True)
class Story:
    """A family of documents with parent→child edges (filled in by the provenance stage)."""

    id: str
    documents: tuple[str, ...]
    edges: tuple[tuple[str, str, Verdict], ...] = field(default_factory=tuple)
