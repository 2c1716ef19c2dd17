"""One unit of the corpus: a lone original, an original with an independent report of the same
event, or a story family (an original and its copies, possibly with chains and a lost
intermediate). Everything in a unit comes from one ``Random`` seeded by the unit's index, so a
unit is the same whichever worker builds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from . import derive, names, roundtrip, translate
from .config import Composition
from .doc import Doc, original
from .story import Cast, Story, build, template_ids
from .topics import BY_NAME

KINDS = ("verbatim", "edited", "rewrite", "summary", "round_trip", "partial", "translation")
_CARRIERS = ("verbatim", "edited", "rewrite", "round_trip")  # kinds an intermediate copy can be
_EPOCH = date(2019, 1, 1)
_MASK = (1 << 48) - 1


def doc_id(seed: int, serial: int) -> str:
    """A unique, structure-free id: a bijective 48-bit mix of the serial number."""
    x = (serial + (seed * 0x9E3779B1)) & _MASK
    x = (x * 0xD6E8FEB86659FD93) & _MASK
    x ^= x >> 23
    x = (x * 0xA0761D6478BD642F) & _MASK
    x ^= x >> 29
    return f"d{x:012x}"


@dataclass(frozen=True)
class Unit:
    index: int
    type: str  # "single" | "event" | "family"
    copies: int = 0
    independent: bool = False

    @property
    def docs(self) -> int:
        return 1 + self.copies + (1 if self.independent or self.type == "event" else 0)


@dataclass
class Node:
    kind: str
    parent: int  # index into the node list; -1 = the original
    lost: bool = False
    errors: bool = False  # an intermediate: carries distinctive errors of its own


def plan_family(rng: Random, copies: int, comp: Composition) -> list[Node]:
    """Who copies whom: a flat family, or one with an intermediate copy (kept or lost) whose
    children (a sibling group, sometimes with a grandchild) inherit its errors."""
    kinds, weights = zip(*comp.kinds.items())

    def kind(exclude: tuple[str, ...] = ()) -> str:
        while True:
            k = rng.choices(kinds, weights)[0]
            if k not in exclude:
                return k

    nodes: list[Node] = []
    left = copies
    if copies >= 2 and rng.random() < comp.chain_share:
        lost = rng.random() < comp.lost_share
        nodes.append(Node(rng.choice(_CARRIERS), -1, lost=lost, errors=True))
        mid = 0
        if lost:  # at least two siblings, so the shared errors can point to the missing copy
            group = min(left, 2 + int(rng.random() * 2))
            left -= group
        else:
            group = min(left - 1, 1 + int(rng.random() * 3))
            left -= group + 1
        # machine text is not put through the machine again: no round trip of a round trip
        again = ("round_trip",) if nodes[0].kind == "round_trip" else ()
        for _ in range(group):
            nodes.append(Node(kind(again), mid))
        if left > 0 and rng.random() < 0.5:  # a copy of a copy of a copy
            child = len(nodes) - 1
            if nodes[child].kind in _CARRIERS:
                again = ("round_trip",) if nodes[child].kind == "round_trip" else ()
                nodes.append(Node(kind(("partial",) + again), child))
                left -= 1
            elif nodes[child].kind == "summary":  # a summary is only reposted or mangled, not re-summarised
                nodes.append(Node(rng.choice(("verbatim", "edited", "round_trip")), child))
                left -= 1
    for _ in range(left):
        nodes.append(Node(kind(), -1))
    return nodes


def inject_errors(story: Story, rng: Random) -> tuple[Story, list[str]]:
    """An intermediate copy's own mistakes: a respelled surname and a dropped hedge, changed in the
    story itself so that every language and every later copy carries them."""
    text = " ".join(story.en())
    slots = dict(story.slots)
    edits: list[str] = []
    people = [p for p in story.people if re.search(rf"\b{re.escape(slots[p]['en:last'])}\b", text)]
    if people:
        p = rng.choice(people)
        old = slots[p]["en:last"]
        new = names.respell(old, rng)
        if new != old:
            v = dict(slots[p])
            for key in list(v):
                if isinstance(v[key], str):
                    v[key] = re.sub(rf"\b{re.escape(old)}\b", new, v[key])
            slots[p] = v
            edits.append(f"name: {old} -> {new} (error of this copy, inherited by its copies)")
    hedged = [k for k in story.numbers if slots[k].get("hedge") and slots[k]["en"] in text]
    if hedged:
        k = rng.choice(hedged)
        v = dict(slots[k])
        edits.append(f"hedge: '{v['en']}' -> '{v['en:bare']}' (error of this copy, inherited by its copies)")
        v["en"], v["de"], v["hedge"] = v["en:bare"], v["de:bare"], ""
        slots[k] = v
    return story.with_slots(slots), edits


class UnitBuilder:
    """Turns unit specifications into labelled documents (one instance per worker process)."""

    def __init__(self, seed: int, size: int, comp: Composition):
        self.seed = seed
        self.comp = comp
        self.cast = Cast(seed, size, comp.recurring_names)

    def _outlet(self, rng: Random, kind: str) -> tuple[str, str]:
        if kind in ("original", "independent"):
            if rng.random() < 0.7:
                return names.wire_outlet(rng)
            o = names.paper_outlet(rng)
            return o, "".join(w[0] for w in o.split()[1:]).upper()
        if kind == "translation":
            o = names.german_outlet(rng)
        elif kind in ("round_trip", "summary") and rng.random() < 0.7:
            o = names.aggregator_outlet(rng)
        else:
            o = names.paper_outlet(rng)
        return o, "".join(w[0] for w in o.split() if w[0].isupper()).upper()

    def _derive(self, node: Node, parent: Doc, rng: Random, wire: tuple[str, str]) -> Doc:
        outlet, _ = self._outlet(rng, node.kind)
        k = node.kind
        if k == "translation" and not translate.can_translate(parent):
            k = rng.choice(("verbatim", "edited", "summary"))
        if k == "verbatim":
            d = derive.verbatim(parent, rng, outlet, wire[0])
        elif k == "edited":
            d = derive.edited(parent, rng, wire[1])
        elif k == "rewrite":
            d = derive.rewrite(parent, rng)
        elif k == "summary":
            d = derive.summary(parent, rng)
        elif k == "round_trip":
            d = roundtrip.round_trip(parent, rng, target=self.comp.round_trip_below * (0.55 + 0.4 * rng.random()),
                                     aggregator=names.aggregator_outlet(rng))
        elif k == "partial":
            host_story = build(rng, self.cast, BY_NAME[parent.story.topic], event=f"{parent.event}-host")
            d = derive.partial(parent, rng, original(host_story))
        elif k == "translation":
            d = translate.translation(parent, rng)
        else:  # pragma: no cover - guarded by Composition
            raise ValueError(k)
        d.outlet = outlet
        return d

    def build(self, unit: Unit) -> tuple[list[Doc], list[Doc], dict[str, Any]]:
        """``(written documents, lost documents, facts)`` for one unit."""
        rng = Random(f"{self.seed}:unit:{unit.index}")
        when = _EPOCH + timedelta(days=int(rng.random() * 2190))
        self.cast.reset(when)
        event = f"e{doc_id(self.seed + 7, unit.index)[1:]}"
        story = build(rng, self.cast, event=event)
        base = datetime(when.year, when.month, when.day, 6) + timedelta(minutes=int(rng.random() * 840))
        serial = unit.index * 16
        o = original(story)
        o.id = doc_id(self.seed, serial)
        o.outlet, wire_abbr = self._outlet(rng, "original")
        wire = (o.outlet, wire_abbr)
        o.extra["time"] = base
        written, lost = [o], []
        facts: dict[str, Any] = {"topic": story.topic, "chain": False}
        if unit.type == "family":
            nodes = plan_family(rng, unit.copies, self.comp)
            facts["chain"] = any(n.errors for n in nodes)
            made: list[Doc] = []
            for i, node in enumerate(nodes):
                parent = o if node.parent < 0 else made[node.parent]
                src = parent
                extra_edits: list[str] = []
                if node.errors:
                    bad_story, extra_edits = inject_errors(parent.story, rng)
                    src = original(bad_story)
                    src.id, src.outlet, src.extra = parent.id, parent.outlet, parent.extra
                d = self._derive(node, src, rng, wire)
                d.edits = d.edits + extra_edits
                d.id = doc_id(self.seed, serial + 1 + i)
                d.parent, d.root = parent.id, o.id
                d.depth = parent.depth + 1
                d.lost = node.lost
                d.extra["time"] = parent.extra["time"] + timedelta(minutes=60 + int(rng.random() * 4260))
                made.append(d)
                (lost if node.lost else written).append(d)
        if unit.independent or unit.type == "event":
            other = build(rng, self.cast, BY_NAME[story.topic], event=event, core=story.slots,
                          exclude=template_ids(story))
            d = original(other)
            d.kind = "independent"
            d.id = doc_id(self.seed, serial + 15)
            d.outlet, _ = self._outlet(rng, "independent")
            d.extra["time"] = base + timedelta(minutes=int(rng.random() * 600) - 120)
            d.extra["same_event_as"] = o.id
            written.append(d)
        for d in written + lost:
            t = d.extra["time"]
            d.published = None if rng.random() < self.comp.missing_dates else t
        return written, lost, facts
