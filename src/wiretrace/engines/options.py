"""Settings of a corpus run, declared once with their rules (scikit-learn style messages)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import check_param

DOORS = ("minhash", "anchors", "semantic")


@dataclass(frozen=True, slots=True)
class IndexOptions:
    doors: tuple[str, ...] = DOORS
    workers: int = 2  # verification processes
    batch: int = 1000  # documents per transaction / fingerprint batch
    min_jaccard: float = 0.3  # exact shingle Jaccard that confirms a MinHash candidate
    anchor_sample: int = 4  # keep 1 in N shingles as anchors (hash-based, so both sides keep the same)
    anchor_min_shared: int = 3  # rare anchors two documents must share
    boilerplate_share: float = 0.002  # a line in this share of documents (and at least 5) is boilerplate
    semantic_k: int = 8
    semantic_min_cosine: float = 0.5

    def __post_init__(self) -> None:
        owner = "IndexOptions"
        unknown = [d for d in self.doors if d not in DOORS]
        check_param(owner, "doors", self.doors, bool(self.doors) and not unknown, f"a non-empty subset of {DOORS}")
        check_param(owner, "workers", self.workers, isinstance(self.workers, int) and self.workers >= 1,
                    "an int >= 1")
        check_param(owner, "batch", self.batch, isinstance(self.batch, int) and self.batch >= 1, "an int >= 1")
        check_param(owner, "min_jaccard", self.min_jaccard, 0.0 <= self.min_jaccard <= 1.0, "a float in [0, 1]")
        check_param(owner, "anchor_sample", self.anchor_sample, self.anchor_sample >= 1, "an int >= 1")
        check_param(owner, "anchor_min_shared", self.anchor_min_shared, self.anchor_min_shared >= 1,
                    "an int >= 1")
        check_param(owner, "semantic_min_cosine", self.semantic_min_cosine,
                    -1.0 <= self.semantic_min_cosine <= 1.0, "a float in [-1, 1]")
