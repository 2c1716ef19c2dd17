"""Build an original story: pick a topic's templates section by section, fill slots, render.

A :class:`Story` is abstract: templates, their choice picks and the slot table. It renders to
English (with the outlet's house style) and to German, sentence by sentence, so a translation is a
real translation of the same story and an error injected into a slot (a respelled name, a dropped
hedge) shows in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from random import Random
from typing import Any

from . import names, synonyms
from . import slots as S
from .tmpl import Lazy, Template, pool, tidy
from .topics import TOPICS
from .topics import common as C
from .topics.base import Topic

TAILS = pool("tail", [
    (", [officials|authorities] said", ", [sagten Behördenvertreter|teilten die Behörden mit]"),
    (", according to {org1}", ", wie {org1} mitteilte"),
    (", {p2:last} said", ", sagte {p2:last}"),
    (", local media reported", ", berichteten örtliche Medien"),
    (", the [statement|report] said", ", hieß es in [der Erklärung|dem Bericht]"),
    (", people familiar with the matter said", ", sagten mit der Angelegenheit vertraute Personen"),
    (", {p2:he} added", ", fügte {p2:he} hinzu"),
])
_QUOTE_BINDINGS = [("q1", "p1"), ("q2", "p2"), ("q3", "p3"), ("q4", "p4"), ("q5", "p5"), ("q6", "p1")]


@dataclass(slots=True)
class Sent:
    """One sentence: a template, its picks, an optional attribution tail, and the people whose
    first mention it is although the template uses a short form (rendered with the full name)."""

    tpl: Template
    picks: tuple[int, ...]
    tail: tuple[Template, tuple[int, ...]] | None = None
    intro: tuple[str, ...] = ()

    def render(self, lang: str, slots: dict[str, Any], style: int | None = None) -> str:
        if self.intro:
            slots = dict(slots)
            for p in self.intro:
                v = dict(slots[p])
                for k in ("en:last", "en:mrs", "de:last", "de:mrs"):
                    v[k] = v[k[:2]]
                slots[p] = v
        text = self.tpl.render(lang, self.picks, slots, style)
        if self.tail is not None:
            t, p = self.tail
            text = text.rstrip()
            if text.endswith("."):
                text = text[:-1] + t.render(lang, p, slots, style) + "."
        return tidy(text)


@dataclass
class Story:
    """An abstract story. ``paras`` holds indices into ``sents``."""

    topic: str
    event: str
    slots: dict[str, Any]
    headline: Sent
    sents: list[Sent]
    paras: list[list[int]]
    style: int
    people: list[str] = field(default_factory=list)  # person slot names
    numbers: list[str] = field(default_factory=list)  # hedged number slot names
    _en: list[str] | None = None

    def en(self) -> list[str]:
        if self._en is None:
            self._en = [s.render("en", self.slots, self.style) for s in self.sents]
        return self._en

    def headline_en(self) -> str:
        return self.headline.render("en", self.slots, self.style).rstrip(".")

    def de(self, i: int) -> str:
        return self.sents[i].render("de", self.slots)

    def headline_de(self) -> str:
        return self.headline.render("de", self.slots).rstrip(".")

    def with_slots(self, new_slots: dict[str, Any]) -> Story:
        """The same story with some facts changed (quotes re-bound to the new facts)."""
        new_slots = {k: (v.rebind(new_slots) if isinstance(v, Lazy) else v) for k, v in new_slots.items()}
        return replace(self, slots=new_slots, _en=None)


class Cast:
    """Where names come from: fresh ones from the story's RNG, or — for a share of them — from
    corpus-wide recurring pools (people, towns, companies), so unrelated stories share names."""

    def __init__(self, seed: int, size: int, recurring: float = 0.2):
        self.seed = seed
        self.recurring = recurring
        self.n_people = max(60, size // 25)
        self.n_places = max(40, size // 150)
        self.n_companies = max(40, size // 100)
        self.when = date(2022, 1, 3)
        self._used: set[str] = set()

    def _pool_rng(self, kind: str, n: int, rng: Random) -> Random:
        return Random(f"{self.seed}:{kind}:{int(rng.random() * n)}")

    def reset(self, when: date) -> None:
        self.when = when
        self._used = set()

    def person(self, rng: Random, role: tuple[str, str, str, str] | None, org: str = "") -> dict[str, str]:
        for _ in range(20):
            src = self._pool_rng("person", self.n_people, rng) if rng.random() < self.recurring else rng
            first, last, gender = names.person_name(src)
            if last not in self._used and first not in self._used:
                break
        self._used.add(last)
        self._used.add(first)
        return S.person(first, last, gender, role, org)

    def rename(self, rng: Random, person: dict[str, str]) -> dict[str, str]:
        """The same role held by someone else (same gender, so the role's wording still fits)."""
        for _ in range(20):
            first, last, _ = names.person_name(rng, gender=person["gender"])
            if last not in self._used and first not in self._used:
                break
        self._used.update((first, last))
        new = dict(person)
        fresh = S.person(first, last, person["gender"], None)
        for key in ("en", "de", "en:last", "de:last", "en:first", "de:first", "en:mrs", "de:mrs"):
            new[key] = fresh[key]
        return new

    def place(self, rng: Random) -> tuple[str, str]:
        src = self._pool_rng("place", self.n_places, rng) if rng.random() < 0.5 else rng
        return names.town(src), names.region(src)

    def company(self, rng: Random) -> str:
        src = self._pool_rng("company", self.n_companies, rng) if rng.random() < 0.4 else rng
        for _ in range(10):
            c = names.company(src)
            if c not in self._used:
                break
            src = rng
        self._used.add(c)
        return c

    def consultancy(self, rng: Random) -> str:
        return f"{names.proper_root(rng)} {names._pick(rng, ['Economics', 'Research', 'Insight', 'Analytics', 'Partners', 'Institute'])}"

    def standard(self, rng: Random) -> dict[str, Any]:
        when = self.when
        city, reg = self.place(rng)
        later = when + timedelta(days=1 + int(rng.random() * 3))
        ahead = when + timedelta(days=10 + int(rng.random() * 50))
        cur = "$£€"[sum(map(ord, reg)) % 3]
        return {
            "city": S.name(city), "reg": S.name(reg), "cur": cur,
            "day": S.weekday(when.weekday()), "day2": S.weekday(later.weekday()),
            "date": S.calendar_date(ahead.month - 1, ahead.day), "yr0": S.year(when.year - 2 - int(rng.random() * 20)),
            "yr1": S.year(when.year - 1 - int(rng.random() * 8)), "yr2": S.year(when.year - 5 - int(rng.random() * 30)),
            "k1": S.small(rng, 2, 12), "n2": S.count(rng, 20, 5000), "n3": S.count(rng, 100, 50000, round_to=10),
            "n4": S.count(rng, 3000, 400000, round_to=100), "n5": S.count(rng, 40, 20000, round_to=10),
            "m1": S.money(rng, cur, 1e5, 5e8), "m2": S.money(rng, cur, 500, 5e5), "pc1": S.percent(rng, 2, 40),
        }


_REFS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], int]] = {}
_PEOPLE = ("p1", "p2", "p3", "p4", "p5", "x_star", "x_judge", "x_rival", "x_coord")


def _refs(tpl: Template) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """People a template names in full, by a short form (surname), by pronoun; and a word estimate."""
    got = _REFS.get(tpl.tid)
    if got is None:
        full, short, pron = set(), set(), set()
        words = 0

        def walk(parts):
            nonlocal words
            for p in parts:
                if isinstance(p, str):
                    words += len(p.split())
                elif p[0] == 1:
                    words += 2
                    if p[1] in _PEOPLE:
                        form = p[2][3:]
                        (full if form in ("", "role") else pron if form in ("he", "He", "him", "his")
                         else short).add(p[1])
                elif p[0] == 3:
                    words += sum(len(x.split()) if isinstance(x, str) else 1 for x in p[1])
                else:
                    walk(p[2][0])
                    for alt in p[2][1:]:
                        walk_refs(alt)

        def walk_refs(parts):
            nonlocal words
            saved = words
            walk(parts)
            words = saved

        walk(tpl.en)
        got = (frozenset(full), frozenset(short - full), frozenset(pron - full), words)
        _REFS[tpl.tid] = got
    return got


def _literal_text(parts) -> str:
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == 3:  # styled literal: plain pieces, and table words in the template's own choice
            for x in p[1]:
                if isinstance(x, str):
                    out.append(x)
                elif x[0] >= 0:
                    out.append(synonyms.member(x[0], x[1]))
    return "".join(out)


def _taillable(tpl: Template) -> bool:
    text = _literal_text(tpl.en)
    return not any(w in text for w in (" said", "according", "told", '"', "?")) and text.rstrip().endswith(".")


_TAILLABLE: dict[str, bool] = {}


def _sample(rng: Random, items: tuple[Template, ...], k: int, exclude: set[str]) -> list[Template]:
    cand = [t for t in items if t.tid not in exclude]
    if not cand:
        cand = list(items)
    return rng.sample(cand, min(k, len(cand)))


class _Builder:
    """Sentences in order, tracking who has been introduced so short forms and pronouns make sense."""

    def __init__(self, rng: Random, have: set[str] | None = None):
        self.rng = rng
        self.have = have or set()
        self.sents: list[Sent] = []
        self.sections: list[tuple[int, int]] = []
        self.known: set[str] = set()
        self.words = 0

    def usable(self, tpl: Template) -> bool:
        """Pronouns need an antecedent; a full introduction (name and role) is not repeated."""
        full, _, pron, _ = _refs(tpl)
        return pron <= self.known and not (full & self.known) and tpl.slots <= self.have

    def add(self, tpl: Template, tails: bool = False) -> None:
        rng = self.rng
        full, short, _, words = _refs(tpl)
        intro = tuple(sorted(short - self.known)) if short else ()
        tail = None
        if tails:
            ok = _TAILLABLE.get(tpl.tid)
            if ok is None:
                ok = _TAILLABLE[tpl.tid] = _taillable(tpl)
            if ok and rng.random() < 0.3:
                t = TAILS[int(rng.random() * len(TAILS))]
                if (_refs(t)[1] | _refs(t)[2]) <= self.known:
                    tail = (t, t.picks(rng))
                    words += 3
        self.sents.append(Sent(tpl, tpl.picks(rng), tail, intro))
        if full or short:
            self.known |= full | short
        self.words += words


_PLANS: dict[str, list[tuple[str, Any, int, int]]] = {}
_FITTING: dict[tuple[int, frozenset[str]], tuple[Template, ...]] = {}


def _fitting(src: tuple[Template, ...], have_key: frozenset[str]) -> tuple[Template, ...]:
    """Templates of ``src`` whose slots the story has (cached by the story's optional slots: the
    standard ones every topic fills, so only ``x_``/``if_`` slots decide)."""
    key = (id(src), have_key)
    got = _FITTING.get(key)
    if got is None:
        got = _FITTING[key] = tuple(t for t in src if all(
            not n.startswith(("if_", "x_")) or n in have_key for n in t.slots))
    return got


def _plan(topic: Topic) -> list[tuple[str, Any, int, int]]:
    """Sections of a story in order: (name, template pool or quote number, fewest, most sentences)."""
    plan = _PLANS.get(topic.name)
    if plan is None:
        plan = _PLANS[topic.name] = [
            ("lede", topic.lede, 1, 1), ("facts", topic.facts, 2, 4), ("q", 0, 1, 1),
            ("details", topic.details, 1, 4), ("negations", topic.negations, 1, 2), ("q", 1, 0, 1),
            ("conditions", topic.conditions, 1, 2), ("expert", C.EXPERT, 0, 2), ("q", 2, 0, 1),
            ("human", C.HUMAN, 0, 2), ("q", 3, 0, 1), ("caveat", C.CAVEATS, 0, 1), ("critic", C.CRITIC, 0, 2),
            ("q", 4, 0, 1), ("background", topic.background + C.BACKGROUND, 1, 3), ("q", 5, 0, 1),
            ("outlook", topic.outlook + C.OUTLOOK, 1, 2),
        ]
    return plan


def build(rng: Random, cast: Cast, topic: Topic | None = None, *, event: str = "",
          core: dict[str, Any] | None = None, exclude: set[str] | None = None,
          words: tuple[int, int] = (300, 900), _target: float | None = None, _attempt: int = 0) -> Story:
    """A fresh story of ``words`` length. ``core`` (slots of another story) makes it a report of
    the same event: the same place, main people and figures, but its own wording, witnesses and
    quotes; ``exclude`` lists template ids not to use (the other report's)."""
    topic = topic or TOPICS[int(rng.random() * len(TOPICS))]
    exclude0 = exclude
    exclude = set(exclude or ())
    if core:
        # the same event: every fact and the main actors stay; the expert and the witness are
        # other people, and wording, quotes and templates are this report's own
        slots = {k: v for k, v in core.items() if not isinstance(v, Lazy)}
        for p in ("p3", "p4"):
            if p in slots:
                slots[p] = cast.rename(rng, slots[p])
    else:
        slots = topic.slots(rng, cast)
    style = int(rng.random() * (1 << 30)) | 1  # the outlet's house style (see synonyms.styled)
    have_q = set(slots)
    for q, p in _QUOTE_BINDINGS:
        own = [t for t in topic.quotes.get(p, ()) if t.tid not in exclude and t.slots <= have_q]
        qt = _sample(rng, tuple(own) if own and rng.random() < 0.8 else C.QUOTES, 1, exclude)[0]
        exclude.add(qt.tid)
        slots[q] = Lazy(qt, qt.picks(rng), slots, style)
    lo_words, hi_words = words
    target = lo_words + (hi_words - lo_words) * rng.random() ** 1.2 if _target is None else _target
    richness = min(1.0, max(0.0, (target - lo_words) / (hi_words - lo_words)))
    plan = _plan(topic)
    have = set(slots)
    have_key = frozenset(k for k in have if k.startswith(("if_", "x_")))
    b = _Builder(rng, have)
    spare: list[tuple[int, list[Template]]] = []  # section index, unused templates (to lengthen)
    for name, src, lo, hi in plan:
        start = len(b.sents)
        k = max(lo, min(hi, round(lo + (hi - lo) * richness + rng.random() - 0.5)))
        if name == "q":
            if k:
                q, p = _QUOTE_BINDINGS[src]
                options = C.QUOTE_FRAMES[(q, p)]
                usable = [f for f in options if b.usable(f)]
                frame = (usable or options)[int(rng.random() * len(usable or options))]
                b.add(frame)
            b.sections.append((start, len(b.sents)))
            continue
        fitting = _fitting(src, have_key)
        # A report of the same event writes only its own sentences: when the other report used
        # every template of a section, this one has none there (it used to fall back to the other's
        # templates, so a third of an "independent" report's sentences were the original's, reworded
        # by synonyms only: a rewrite, labelled as no copy).
        cand = [t for t in fitting if t.tid not in exclude] if exclude else list(fitting)
        rng.shuffle(cand)
        used = 0
        rest = []
        for t in cand:
            if used < k and b.usable(t):
                b.add(t, tails=name in ("facts", "details", "background"))
                used += 1
            else:
                rest.append(t)
        b.sections.append((start, len(b.sents)))
        if name not in ("lede", "outlook"):
            spare.append((len(b.sections) - 1, rest))
    # lengthen: insert unused templates at the end of their sections until the target is met
    extra: dict[int, list[Template]] = {}
    while b.words < target and spare:
        j = int(rng.random() * len(spare))
        sec, rest = spare[j]
        if not rest:
            spare.pop(j)
            continue
        t = rest.pop()
        if _refs(t)[2] <= b.known and not (_refs(t)[0] & b.known) and t.slots <= have:
            extra.setdefault(sec, []).append(t)
            b.words += _refs(t)[3]
            b.known |= _refs(t)[0] | _refs(t)[1]
    if extra:
        old = b.sents
        order: list[tuple[Template | Sent, bool]] = []
        for sec, (s0, s1) in enumerate(b.sections):
            order.extend((x, False) for x in old[s0:s1])
            order.extend((t, True) for t in extra.get(sec, ()))
        b2 = _Builder(rng, have)
        b2.sections = []
        for item, fresh in order:
            if fresh:
                b2.add(item, tails=True)
            else:
                full, short, _, w = _refs(item.tpl)
                item.intro = tuple(sorted(short - b2.known))
                b2.sents.append(item)
                b2.known |= full | short
                b2.words += w
        b = b2
    sents = b.sents
    # the length bounds are hard: render, then drop sentences that introduce nobody, from the
    # end, while too long; build again aiming higher when too short
    head = _sample(rng, tuple(t for t in topic.headline if t.slots <= have) or topic.headline, 1, exclude)[0]
    head_sent = Sent(head, head.picks(rng))
    en = [x.render("en", slots, style) for x in sents]
    total = sum(len(t.split()) for t in en) + len(head_sent.render("en", slots, style).split())
    if total < lo_words and _attempt < 4:
        return build(rng, cast, topic, event=event, core=core, exclude=exclude0, words=words,
                     _target=target + 1.2 * (lo_words - total) + 20, _attempt=_attempt + 1)
    if total > hi_words:
        seen: set[str] = set()
        removable = []
        for i, x in enumerate(sents):
            full, short, pron, _ = _refs(x.tpl)
            if i > 0 and (full | short | pron) <= seen:
                removable.append(i)
            seen |= full | short
        drop: set[int] = set()
        for i in reversed(removable):
            if total <= hi_words:
                break
            drop.add(i)
            total -= len(en[i].split())
        if drop:
            sents = [x for i, x in enumerate(sents) if i not in drop]
            en = [t for i, t in enumerate(en) if i not in drop]
    # paragraphs: one or two sentences, a quote frame often joins the paragraph before it
    paras: list[list[int]] = []
    for i, s in enumerate(sents):
        frame = s.tpl.tid.startswith("frame")
        if paras and len(paras[-1]) < 2 and i > 1 and (
                (frame and rng.random() < 0.4) or (not frame and rng.random() < 0.4)):
            paras[-1].append(i)
        else:
            paras.append([i])
    while len(paras) > 25:
        k = min(range(len(paras) - 1), key=lambda j: len(paras[j]) + len(paras[j + 1]))
        paras[k:k + 2] = [paras[k] + paras[k + 1]]
    while len(paras) < 8 and any(len(p) > 1 for p in paras):
        k = max(range(len(paras)), key=lambda j: len(paras[j]))
        paras[k:k + 1] = [paras[k][:1], paras[k][1:]]
    people = [k for k in _PEOPLE if k in slots]
    numbers = [k for k, v in slots.items() if isinstance(v, dict) and v.get("hedge")]
    return Story(topic.name, event, slots, head_sent, sents, paras, style, people, numbers, en)


def template_ids(story: Story) -> set[str]:
    ids = {s.tpl.tid for s in story.sents} | {story.headline.tpl.tid}
    ids |= {v.template.tid for v in story.slots.values() if isinstance(v, Lazy)}
    return ids
