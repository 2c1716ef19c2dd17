"""A generated document: paragraphs of sentences, each remembering which story sentence it came
from (``ref``; ``None`` for text a copier added), plus header and footer lines, and its label."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from .story import Story

Para = list[tuple[int | None, str]]


@dataclass
class Doc:
    story: Story
    title: str
    paras: list[Para]
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    lang: str = "en"
    kind: str = "original"
    structural: bool = True  # sentences are the story's own (translation can follow the refs)
    edits: list[str] = field(default_factory=list)
    id: str = ""
    parent: str | None = None
    root: str | None = None
    depth: int = 0
    outlet: str = ""
    published: datetime | None = None
    event: str = ""
    lost: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        lines = self.header + [self.title] + [" ".join(t for _, t in p) for p in self.paras if p] + self.footer
        return "\n\n".join(lines)

    def body_sentences(self) -> list[str]:
        return [t for p in self.paras for _, t in p]

    def derive(self, kind: str, **changes: Any) -> Doc:
        """A child of this document: copies the content, resets identity and label fields."""
        base: dict[str, Any] = {
            "header": list(self.header), "footer": list(self.footer), "paras": [list(p) for p in self.paras],
            "kind": kind, "edits": [], "id": "", "parent": self.id, "root": self.root or self.id,
            "depth": self.depth + 1, "outlet": "", "published": None, "lost": False, "extra": {},
        }
        base.update(changes)
        return replace(self, **base)


def original(story: Story) -> Doc:
    en = story.en()
    paras = [[(i, en[i]) for i in para] for para in story.paras]
    return Doc(story=story, title=story.headline_en(), paras=paras, event=story.event)
