"""A running count of what ingest produced, for the line a caller prints at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import BadRecord, Document


@dataclass(slots=True)
class IngestSummary:
    """Documents read and bad records by code; ``str()`` is the one-line report."""

    documents: int = 0
    bad: dict[str, int] = field(default_factory=dict)

    def add(self, item: Document | BadRecord) -> Document | BadRecord:
        """Count ``item`` and hand it back, so a loop can count as it goes."""
        if isinstance(item, BadRecord):
            self.bad[item.code] = self.bad.get(item.code, 0) + 1
        else:
            self.documents += 1
        return item

    @property
    def skipped(self) -> int:
        return sum(self.bad.values())

    def __str__(self) -> str:
        docs = f"{self.documents} document{'' if self.documents == 1 else 's'}"
        if not self.bad:
            return f"{docs}, 0 skipped"
        codes = ", ".join(f"{code} ×{n}" for code, n in sorted(self.bad.items()))
        return f"{docs}, {self.skipped} skipped ({codes})"
