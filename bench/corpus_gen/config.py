"""What a generated corpus is made of (every share is of documents unless it says otherwise)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DEFAULT_KINDS = {"verbatim": 1.0, "edited": 1.0, "rewrite": 1.0, "summary": 1.0, "round_trip": 1.0,
                 "partial": 1.0, "translation": 1.0}


@dataclass(frozen=True)
class Composition:
    """Defaults: 40 % of documents belong to story families (an original and 1–6 copies), the
    other 60 % are originals without copies, among them independent reports of the same event as
    another original (3 % of all documents)."""

    family_share: float = 0.40
    independent_share: float = 0.03
    min_copies: int = 1
    max_copies: int = 6
    kinds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_KINDS))
    chain_share: float = 0.15  # of families: an intermediate copy with its own errors, copied again
    lost_share: float = 0.35  # of chain families: the intermediate is not written (a lost ancestor)
    family_independent: float = 0.15  # of families: also an independent report of the same event
    missing_dates: float = 0.15  # documents whose ``published`` is null
    recurring_names: float = 0.2  # people drawn from corpus-wide recurring pools
    round_trip_below: float = 0.1  # round trips end below this 5-gram Jaccard with their parent

    def __post_init__(self) -> None:
        for name in ("family_share", "independent_share", "chain_share", "lost_share", "family_independent",
                     "missing_dates", "recurring_names", "round_trip_below"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"The {name!r} parameter of Composition must be a float in [0, 1]. Got {value!r}.")
        if not 1 <= self.min_copies <= self.max_copies <= 6:
            raise ValueError(f"copies must satisfy 1 <= min_copies <= max_copies <= 6. Got "
                             f"{self.min_copies}..{self.max_copies}.")
        unknown = set(self.kinds) - set(DEFAULT_KINDS)
        if unknown or not any(w > 0 for w in self.kinds.values()):
            raise ValueError(f"kinds must weight some of {sorted(DEFAULT_KINDS)}. Got {self.kinds!r}.")
        if self.family_share + self.independent_share >= 1:
            raise ValueError("family_share + independent_share must be below 1.")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def unit_probabilities(self) -> tuple[float, float, float]:
        """``(family, event pair, single)`` unit probabilities giving the document shares asked for."""
        mean_copies = (self.min_copies + self.max_copies) / 2
        fam_docs = 1 + mean_copies
        a = self.family_independent
        # unknowns pf, pe; docs per unit D = 1 + pf*(mean_copies + a) + pe
        # family docs: pf*fam_docs = F*D ; independent: pf*a + pe = I*D
        F, I = self.family_share, self.independent_share
        pf, pe = 0.1, 0.01
        for _ in range(200):
            D = 1 + pf * (mean_copies + a) + pe
            pf = F * D / fam_docs
            pe = max(0.0, I * D - pf * a)
        pf, pe = min(pf, 1.0), min(pe, 1.0 - pf)
        return pf, pe, 1.0 - pf - pe
