"""Settings of a corpus run, declared once with their rules (scikit-learn style messages)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import check_param

DOORS = ("minhash", "anchors", "semantic")
FINDINGS = ("none", "copies", "all")
BOILERPLATE_MIN_DOCS = 50


@dataclass(frozen=True, slots=True)
class IndexOptions:
    doors: tuple[str, ...] = DOORS
    workers: int = 2  # verification processes
    batch: int = 1000  # documents per transaction / fingerprint batch
    min_jaccard: float = 0.3  # exact shingle Jaccard that confirms a MinHash candidate
    # Fact anchors (pairs of names/numbers in one sentence, detect.sketch): a candidate shares at
    # least this many rare ones, as this share of the smaller document's not-common ones (document
    # frequency <= MAX_BUCKET; the common ones can never be shared rare anchors) (measured on the 10k
    # generated corpus: round trips share 0.71-0.92 of them, unrelated pairs 0.007-0.13 at p1-p99.9).
    anchor_min_shared: int = 4
    # ... or this share of the smaller document's not-common anchors when that is fewer (at
    # least 2): a short summary may keep only five rare ones of its source's. At 1 M documents,
    # 2,539 summaries had no candidate, 1,974 of them with this rule, for 1.9 % more candidates.
    anchor_min_shared_share: float = 0.5
    anchor_min_containment: float = 0.15
    anchor_top_k: int = 10  # best anchor partners kept per document
    # Which verified pairs also get the full compare (alignment, findings, direction): "copies"
    # (those the quick tier calls copies or leaves unsettled), "all" candidates, or "none".
    findings: str = "copies"
    # A line in this share of documents, and in at least BOILERPLATE_MIN_DOCS, is boilerplate. The
    # floor keeps a story's own paragraphs, repeated by its copies, out of it (a family of six
    # reprints once lost every shingle at a floor of five).
    boilerplate_share: float = 0.002
    # DuckDB's buffer pool (it spills to disk beyond it); the worker processes need the rest of
    # the 8 GB budget of a million-document run.
    store_memory: str = "3GB"
    semantic_k: int = 8
    semantic_min_cosine: float = 0.5

    def boilerplate_min_docs(self, n_docs: int) -> int:
        return max(BOILERPLATE_MIN_DOCS, int(n_docs * self.boilerplate_share))

    def __post_init__(self) -> None:
        owner = "IndexOptions"
        unknown = [d for d in self.doors if d not in DOORS]
        check_param(owner, "doors", self.doors, bool(self.doors) and not unknown, f"a non-empty subset of {DOORS}")
        check_param(owner, "workers", self.workers, isinstance(self.workers, int) and self.workers >= 1,
                    "an int >= 1")
        check_param(owner, "batch", self.batch, isinstance(self.batch, int) and self.batch >= 1, "an int >= 1")
        check_param(owner, "min_jaccard", self.min_jaccard, 0.0 <= self.min_jaccard <= 1.0, "a float in [0, 1]")
        check_param(owner, "findings", self.findings, self.findings in FINDINGS, f"one of {FINDINGS}")
        check_param(owner, "anchor_min_shared", self.anchor_min_shared, self.anchor_min_shared >= 1,
                    "an int >= 1")
        check_param(owner, "anchor_min_shared_share", self.anchor_min_shared_share,
                    0.0 < self.anchor_min_shared_share <= 1.0, "a float in (0, 1]")
        check_param(owner, "semantic_min_cosine", self.semantic_min_cosine,
                    -1.0 <= self.semantic_min_cosine <= 1.0, "a float in [-1, 1]")
