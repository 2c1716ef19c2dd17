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


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A node of a story's family tree: a document of the corpus, or one that must have existed.

    ``kind`` is ``document``, ``lost`` (a common intermediate whose errors several copies share,
    missing from the corpus) or ``upstream`` (a source fuller than any document of the story,
    missing from the corpus). ``errors`` are the distinctive changes the node carries relative
    to the story's root (for ``lost``: the errors its copies share).
    """

    id: str
    kind: str
    errors: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class TreeEdge:
    """``parent`` → ``child``. When ``directed`` is false the evidence does not say which came
    first: the edge only says the two are close relatives, and ``parent`` is where it is drawn."""

    parent: str
    child: str
    relation: str  # a Relation value, or "descends" for an edge to or from a node not in the corpus
    directed: bool
    confidence: float  # how likely ``parent`` came before ``child`` (0.5: unknown)
    clues: tuple[str, ...] = ()  # names of the direction clues and ``shared_errors``
    evidence: tuple[str, ...] = ()  # the same, in words
    # Other nodes that would explain the child about as well as ``parent`` (docs/tree.md): which
    # of them it was made from, the texts do not say.
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tree:
    """A story's family tree (a forest when parts of it stay unconnected)."""

    story: str
    nodes: tuple[TreeNode, ...]
    edges: tuple[TreeEdge, ...]
    roots: tuple[str, ...]
    reference: str = ""  # the document the nodes' ``errors`` are measured against

    def parent(self, node: str) -> TreeEdge | None:
        return next((e for e in self.edges if e.child == node), None)

    def children(self, node: str) -> tuple[TreeEdge, ...]:
        return tuple(e for e in self.edges if e.parent == node)

    def order_unknown(self, node: str) -> bool:
        """A root drawn at the top though none of its edges says it came first: not to be read
        as the original."""
        kids = self.children(node)
        return node in self.roots and bool(kids) and not any(e.directed for e in kids)

    def node(self, node: str) -> TreeNode:
        return next(n for n in self.nodes if n.id == node)


@dataclass(frozen=True, slots=True)
class CoverageMap:
    """Which paragraphs of ``source`` each copy carries: ``rows[i][1][p]`` is the share of
    paragraph ``p``'s body text that copy ``rows[i][0]`` has a counterpart for (0..1)."""

    source: str
    paragraphs: tuple[str, ...]  # the first words of each body paragraph, for labels
    rows: tuple[tuple[str, tuple[float, ...]], ...]
