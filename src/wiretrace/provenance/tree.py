"""A story's family tree from its documents and the verdicts on its pairs.

Each document gets the parent that explains it best, all parents chosen at once as a maximum
spanning arborescence (``branching``) over arcs weighed by

* direction: how likely the pair's verdict makes the parent the earlier text, capped so that a
  sure direction does not make a relative closer (the original is surely earlier than a copy of
  a copy, yet the copy of a copy was made from the intermediate);
* closeness: how much of the child, and less, of the parent, the pair links;
* shared errors (``ancestry``): the child carries the parent's distinctive errors (relative to
  the story's root), and none of them is missing where the child could show it.

Copies that share errors no document of the story carries without extra errors of its own hang
from a *lost* ancestor. Documents whose verdict says both descend from a common source that is
neither hang from an *upstream* node (a *fuller* one when one of them was cut off and the other
goes on). An edge whose direction stays under ``DIRECTED`` is drawn as "direction unknown".
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..inspect.names import vowel_added
from ..model import Document, Relation, Role, Tree, TreeEdge, TreeNode
from .ancestry import (
    MIN_SHARED,
    STABLE,
    Block,
    Profile,
    blocks,
    joined,
    missing,
    passed_on,
    profile,
    respelled_again,
    shared,
    shown_by,
)
from .branching import above_all, arborescence, groups, near_parents
from .direction import parse_date
from .pairview import PairView
from .readings import name_profile, notices
from .rooting import half_log_odds, root_cost, unseen_costs, verdict_scores

# From this confidence an edge names its direction. On METER the verdicts' calls at 0.6-0.7 were
# right 44 % of the time, at 0.7-0.8 84 % (docs/benchmarks.md, section 8).
DIRECTED = 0.7
# Confidence that P came before C when C carries every error of P it could show, and more:
# copies rarely undo an error, but the findings that make up a profile are not perfect.
ERRORS_SAY = 0.9
# An edge from a lost copy: on generated chains 70 % of the 368 copies hung from one had a lost
# parent (seeds 5 and 9; no feature of the group told the right ones apart). Directed: the lost
# copy, if it was there, came first.
LOST_SAYS = 0.7
# Two copies both marked as copies of a source neither of them is (``Verdict.common_source``).
COMMON_SOURCE = 0.8
_SUPER = "\x00"
ROOT_CANDIDATES = 6  # documents the verdicts most often name the earlier side, tried as the root
# The root's cost (``rooting.root_cost``), weights measured on generated chains (seeds 5 and 9,
# docs/benchmarks.md section 9): the verdicts lead (SCORE per unit of their log-odds sum; at 1
# the root was the original in 56-70 % of stories, at 8 in 92-93 %), and what must have changed
# if a candidate were the original settles close calls: each distinct error of the copies once
# (DISTINCT; a sum over copies counts a shared error once per carrier, as if each made it), 10
# per whole document of text the candidate lacks (LACK), 0.5 per body sentence only it has
# (OWN), 2 per document not compared with it (UNCOMPARED) besides what that document costs the
# candidates compared with it.
SCORE = 8.0
DISTINCT = True
LACK = 10.0
OWN = 0.5
UNCOMPARED = 2.0
# The root was the original in about 60 % of those stories when its margin over the next
# candidate was under 4, and in 97 % from 4 up: under 3.5 it directs nothing by itself.
ROOT_OFFSET, ROOT_SCALE = 3.0, 1.0
ROOT_ALONE = 4.0  # margin of a root that was the only candidate (the only one in the main language)
FORCE_ROOT = True  # a sure root takes no parent (False: the arborescence may still hang it)
NAMES_ACROSS = True  # read a translation's names against the root (readings.name_profile)
# Wording closeness (``PairView.wording``) in a parent arc, and how much less like a candidate
# source than like the root a carrier may read (0: not at all; 0.02 lost 3-4 points of lost
# intermediates found, as rewrites and edited siblings passed for the source again).
WORDING = 1.0
WORDING_SLACK = 0.0
REPLACED = 0.5  # a link of two pages' own passages under this joins two different ones (captions)
# An edge between copies that share errors, directed because the parent reads more like the
# original than like the child (by WORDED_GAP): a copy reads like its source. The gap leaves out
# a rewrite of a rewrite that swapped words back to the original's.
WORDED_SAYS, WORDED_GAP = 0.8, 0.02
# Mean link similarity from which two pages read as one text (``_alike``). On generated chains
# sibling rewrites read 0.98-0.99 alike (a rewrite and its source 0.93-0.96); an edited copy
# reads 0.99 like its source too, but its captions and conversions are changes and clues of
# its own, which keep the two apart.
ALIKE = 0.98
# Dates. A text cannot be copied from one published after it, but dates on the web are often
# wrong (a time zone, an update stamp, a crawl date), so a date order is strong evidence, not a
# rule: a carrier dated after another is not taken for its source (DATED counts as a sure
# verdict), and an arc from a parent dated after its child loses LATE (two shared errors'
# worth: what copying says outweighs one date).
DATED = 0.9
LATE = 2.0
# Confidence of an edge between copies when the child carries every error of the parent and is
# dated after it (the errors say one was copied from the other, the dates say which); and of an
# edge from a root chosen by a close parsimony call and dated before the child.
DATED_LINE = 0.8
# A lost copy's arc over a carrier's (``_Builder._lost_arc``) when their texts explain the child
# equally well: the group's changes need a source, and the lost one is it.
LOST_EDGE = 0.05
# A lost copy's closeness to a carrier the root was not compared with, and the weight of the arc
# from a lost copy to one whose errors include its own (1 direction + 1.5 coverage + 0.1).
_LOST_ARC = 2.6
# An arc into a child within this of its parent's names another parent explaining it about as
# well (``TreeEdge.alternatives``; such parents were right 40-62 % on generated chains, docs/tree.md).
TIE = 0.05


def _with(e: TreeEdge, near: tuple[str, ...]) -> TreeEdge:
    why = f"{', '.join(near)} would explain {e.child} about as well as {e.parent}: which it was made from is uncertain"
    return replace(e, alternatives=near, evidence=(*e.evidence, why)) if near else e


def _root_confidence(margin: float) -> float:
    """How likely the root came before every other document, from its parsimony margin."""
    return 0.5 + 0.5 * (1.0 - math.exp(-max(margin - ROOT_OFFSET, 0.0) / ROOT_SCALE))


def _errors(parent: Profile | None, child: Profile | None,
            passed: frozenset[tuple[str, ...]] = frozenset()) -> float:
    return (sum(e.weight for e in shared(parent, child))
            - 2.0 * sum(e.weight for e in missing(parent, child, passed)))


def _rewords(v: PairView | None) -> bool:
    """Whether one side of ``v`` rewords the other (if either came from the other)."""
    return v is not None and Relation(v.verdict.relation) is Relation.REWRITE


def _passed(v: PairView, parent: str, profiles: dict[str, Profile],
            shown: dict[tuple[str, ...], set[str]]) -> frozenset[tuple[str, ...]]:
    """``parent``'s changes a rewording child may have undone (``ancestry.missing``); ``shown``:
    which documents show each change (``ancestry.shown_by``)."""
    if not _rewords(v) or parent not in profiles:
        return frozenset()
    return passed_on(shown, profiles[parent], parent, v.other(parent))


def _arc(v: PairView, parent: str, profiles: dict[str, Profile], dated: int = 0, before: float = 0.0,
         shown: dict[tuple[str, ...], set[str]] | None = None) -> float:
    """``dated``: 1 when the parent is dated before the child, -1 after (``_Builder.dated``);
    ``before``: how likely at least the parent came first, whatever the pair verdict says;
    ``shown``: which documents show each change (``ancestry.shown_by``)."""
    child = v.other(parent)
    return (half_log_odds(max(v.before(parent), before)) + v.coverage(child) + 0.5 * v.coverage(parent) + WORDING * v.wording()
            + _errors(profiles.get(parent), profiles.get(child), _passed(v, parent, profiles, shown or {}))
            - (LATE if dated < 0 else 0.0))


def _same_body(v: PairView) -> bool:
    def body(sentences) -> list[str]:
        return [" ".join(s.text.split()) for s in sentences if s.role == Role.BODY]

    a = body(v.sentences_a)
    return v.full and bool(a) and a == body(v.sentences_b)


class _Builder:
    def __init__(self, story: str, documents: Sequence[Document], pairs: Sequence[PairView]):
        self.story = story
        self.docs = {d.id: d for d in documents}
        self.ids = sorted(self.docs)
        self.views = {frozenset((p.a, p.b)): p for p in pairs
                      if p.is_copy and p.a in self.docs and p.b in self.docs and p.a != p.b}
        self.margin = 0.0
        self.twins = [(v.a, v.b) for v in self.views.values() if _same_body(v)]  # the same for every root tried
        self.dates = {x: t for x, d in self.docs.items() if (t := parse_date(d.published)) is not None}
        self.root, self.profiles = self._root()
        # Between two documents the root's margin is their one verdict over again (and
        # parsimony has nothing to compare): the edge says what the verdict says.
        self.root_sure = _root_confidence(self.margin) if len(self.ids) >= 3 else 0.5
        copies = {x: p for x, p in self.profiles.items() if x != self.root}
        self.shown = shown_by(copies)  # before lost copies join the profiles
        self.lost: dict[str, Block] = {}

        def before(x: str, y: str) -> float:
            v = self.view(x, y)
            p = 0.5 if v is None else v.before(x)
            # A copy dated before a carrier was not copied from it, unless a date is wrong.
            return max(p, DATED) if self.dated(x, y) > 0 else p

        machine = frozenset(x for x in copies if (v := self.view(self.root, x)) is not None
                            and Relation(v.verdict.relation) is Relation.ROUND_TRIP)
        self._held: list[Block] = []  # groups one of whose carriers may be their source
        self._lost_made = 0
        for b in blocks(copies, before, DIRECTED, self._worded, machine, lambda p, c: _rewords(self.view(p, c))):
            if self._by_chance(b):
                continue
            if not b.intermediates:
                self._add_lost(b)
            else:
                self._held.append(b)

    def _add_lost(self, b: Block) -> None:
        self._lost_made += 1
        node = f"lost-{self._lost_made}"
        self.lost[node] = b
        self.profiles[node] = Profile({e.key: e for e in b.errors}, None)

    def _worded(self, p: str, c: str) -> bool:
        """Whether ``c`` reads like a copy of ``p``: at least as much like it as like the root (a
        sibling that kept the original's wording was not copied from a rewrite of it), on the
        body sentences of ``c`` both pairs link (one pair's extra link would weigh as wording;
        a headline is any republisher's to rewrite), and without a passage of its own where
        ``p`` has one of its own."""
        v, r = self.view(p, c), self.view(self.root, c)
        # Two pages alike that nothing orders are not each other's source (``_alike``), so
        # neither stands for the source of the changes they share: that is a lost copy (one
        # wire copy printed twice, one text machine-translated the same way twice).
        if v is not None and self._alike(v):
            return False
        if v is None or r is None:
            return True
        mine, rooted = v.linked(c), r.linked(c)
        both = frozenset(i for i in mine & rooted if v.sentences(c)[i].role is Role.BODY)
        if v.wording(c, both) < r.wording(c, both) - WORDING_SLACK:
            return False
        # Two captions, each page's own, linked loosely: a copier keeps what it found around
        # the text or drops it; a rewrite rewords it (and links it closely), but does not put
        # another in its place.
        rp = self.view(self.root, p)
        own_c = mine - rooted
        own_p = v.linked(p) - (rp.linked(p) if rp is not None else frozenset())
        return not any(lk.similarity < REPLACED and own_c.intersection(mine) and own_p.intersection(theirs)
                       for (mine, theirs), lk in zip(v.sides(c), v.links))

    def _reads_like_root(self, p: str, c: str) -> bool:
        """Whether ``p`` reads clearly more like the root than like ``c`` (by WORDED_GAP in mean
        link similarity), so that it was not copied from ``c``."""
        v, r = self.view(p, c), self.view(self.root, p)
        return v is not None and r is not None and r.wording() - v.wording() >= WORDED_GAP

    def _by_chance(self, b: Block) -> bool:
        """What the group shares may be chance: every carrier is a machine round trip of the root,
        and the same machine makes the same mistakes (it drops hedges and flips negations in most
        sentences it can), so only a respelled name, one choice among several spellings, still
        points to a common intermediate. On generated chains, once round trips were recognised
        as such, such groups without a shared name stood for one in 3 of 12 cases, with one in
        8 of 17. A vowel added after a name is no choice: a transliteration through Japanese
        ends every syllable in one (Bashid, Bashide), so round trips share it by chance."""
        if any(e.key[0] == "name" and not vowel_added(e.key[1], e.key[2]) for e in b.errors):
            return False
        views = [self.view(self.root, x) for x in b.carriers]
        return all(v is not None and Relation(v.verdict.relation) is Relation.ROUND_TRIP for v in views)

    def _profiles(self, root: str) -> dict[str, Profile]:
        out = {root: Profile({}, None)}
        for x in self.ids:
            v = self.views.get(frozenset((root, x)))
            # Across languages findings compare renderings, not errors (a German hedge the
            # English hedge words do not read): a translation's profile holds its names only.
            same = (self.docs[root].lang or "") == (self.docs[x].lang or "")
            if v is not None and v.full and same:
                p = profile(root, v, self.docs[root].text, self.docs[x].text)
                own = notices(v.sentences(root), v.sentences(x), self.docs[root].text, self.docs[root].outlet)
                out[x] = replace(p, errors={**p.errors, **own}) if own else p
            elif v is not None and v.full and x != root and NAMES_ACROSS:
                out[x] = name_profile(root, v, self.docs[root].text, self.docs[x].text)
        return respelled_again(self._same_text(root, out))

    def _same_text(self, root: str, profiles: dict[str, Profile]) -> dict[str, Profile]:
        """Copies whose bodies are word for word the same carry the same errors: what one
        comparison with the root found and the other missed (a notice around one shifts its
        alignment) is noise, so each gets the errors and the sentences of both."""
        out = dict(profiles)
        twins = [(a, b) for a, b in self.twins if root not in (a, b) and a in profiles and b in profiles]
        for xs in groups(profiles, twins):
            both = joined([profiles[x] for x in xs])
            for x in xs:
                out[x] = replace(both, errors={**both.errors, **profiles[x].notice_errors})
        return out

    def _root(self) -> tuple[str, dict[str, Profile]]:
        """The root: the document from which the copies' errors add up to least (parsimony),
        less what the verdicts say for it as the earlier side (``rooting.root_cost``)."""
        if not self.ids:
            return "", {}
        score = verdict_scores(self.ids, self.views)
        # Profiles are read within one language, so a root in a minority language (a
        # translation) would look cheapest, having nothing to compare: candidates speak the
        # language most of the story is in.
        langs = Counter(self.docs[d].lang or "" for d in self.ids)
        top = max(langs.values())
        pool = [d for d in self.ids if langs[self.docs[d].lang or ""] == top]
        profiled = {r: self._profiles(r) for r in sorted(pool, key=lambda d: (-score[d], d))[:ROOT_CANDIDATES]}
        unseen = unseen_costs(profiled, self.views, self.ids, LACK)
        tried = sorted(((root_cost(r, ps, self.views, self.ids, unseen, distinct=DISTINCT, lack=LACK, own=OWN,
                                   uncompared=UNCOMPARED) - SCORE * score[r], r, ps) for r, ps in profiled.items()),
                       key=lambda t: (t[0], t[1]))
        best = tried[0]
        # How much cheaper the root is than the next candidate: with a clear margin the root is
        # the original, and every edge from it is directed whatever its pair verdict says.
        self.margin = tried[1][0] - best[0] if len(tried) > 1 else (ROOT_ALONE if len(self.ids) > 1 else 0.0)
        return best[1], best[2]

    def dated(self, x: str, y: str) -> int:
        """1 when ``x`` is dated before ``y``, -1 after, 0 when either date is missing or they are
        the same."""
        dx, dy = self.dates.get(x), self.dates.get(y)
        return 0 if dx is None or dy is None or dx == dy else 1 if dx < dy else -1

    def view(self, x: str, y: str) -> PairView | None:
        return self.views.get(frozenset((x, y)))

    def arcs(self) -> list[tuple[str, str, float]]:
        sure = FORCE_ROOT and self.root_sure >= DIRECTED
        # A sure root is the tree's root: no arc enters it, and another document starts a tree
        # of its own only when nothing links it to the rest.
        out = [(_SUPER, x, -4.0 if sure and x != self.root else 0.0) for x in self.ids]
        out += [(_SUPER, n, -5.0) for n in self.lost]
        for v in self.views.values():
            if self._alike(v):
                continue
            for p in (v.a, v.b):
                c = v.other(p)
                if sure and c == self.root:
                    continue
                # A common_source verdict ("both carry marks of copying: neither is the other's
                # source") gives no arc, unless the child carries every respelled name, changed
                # figure and flipped negation of the other (and the other is not as much a copy
                # of it, or the dates say which came first): a copy of a copy carries its
                # source's marks of copying beside its own.
                if not v.verdict.common_source or (self._inherits(p, c) and (
                        self.dated(p, c) > 0 or not self._inherits(c, p))):
                    # A sure root came before every copy, whatever a pair verdict left open (a
                    # translation's, say): against a page with the root's very text, equally
                    # close to the child, the root is the likelier source.
                    first = self.root_sure if sure and p == self.root else 0.0
                    out.append((p, c, _arc(v, p, self.profiles, self.dated(p, c), first, self.shown)))
        for node, b in self.lost.items():
            out += [(node, x, self._lost_arc(b, x)) for x in sorted(b.carriers)]
            for p in self.ids:
                near = [v for x in b.carriers if (v := self.view(p, x))]
                if p in b.carriers or not near or missing(self.profiles.get(p), self.profiles[node]):
                    continue
                w = sum(_arc(v, p, {}) for v in near) / len(near)
                out.append((p, node, w + _errors(self.profiles.get(p), self.profiles[node])))
            for other, ob in self.lost.items():  # a lost copy of a lost copy
                if other != node and {e.key for e in ob.errors} < {e.key for e in b.errors}:
                    out.append((other, node, _LOST_ARC + ob.weight))
        return out

    def _alike(self, v: PairView) -> bool:
        """Two pages with the same text, the same changes and nothing else around it, that no
        evidence orders: either may have been copied from the other, or both from one source
        (many outlets print the same wire copy, one engine translates a text the same way
        twice); each takes its parent from elsewhere."""
        pa, pb = self.profiles.get(v.a), self.profiles.get(v.b)
        return (self.root not in (v.a, v.b) and v.wording() >= ALIKE and pa is not None and pb is not None
                and pa.errors.keys() == pb.errors.keys() and all(c.name == "published_later" for c in v.verdict.clues)
                and any(self.view(q, v.a) and self.view(q, v.b) for q in self.ids if q not in (v.a, v.b)))

    def _inherits(self, p: str, c: str) -> bool:
        # Stable errors only: a round trip's reworded quotes and added words come and go between
        # pairs, so its copy seems to lack some, and the copy would pass for its source.
        pp, cp = self.profiles.get(p), self.profiles.get(c)
        return (sum(e.weight for e in shared(pp, cp) if e.key[0] in STABLE) >= MIN_SHARED
                and not any(e.key[0] in STABLE for e in missing(pp, cp)))

    def _lost_arc(self, b: Block, x: str) -> float:
        """How well a lost copy explains carrier ``x``. Its text is not known: the best guess is
        the root's with the group's changes, so the child is as close to it as to the root, and
        it carries the group's changes it carries (not the whole group's: a summary that dropped
        the passage of a change is not explained by it). It surely came before its copies. So a
        carrier whose wording, cuts or own changes follow another carrier more closely than the
        root's text is that carrier's copy (a copy of a copy of the lost one), not a sibling."""
        r = self.view(self.root, x)
        close = (r.coverage(x) + 0.5 * r.coverage(self.root) + WORDING * r.wording() if r is not None
                 else _LOST_ARC - 1.0 + WORDING)
        carried = self.profiles.get(x)
        errs = sum(e.weight for e in b.errors if carried is None or e.key in carried.errors)
        return 1.0 + close + errs + LOST_EDGE

    def parents(self) -> dict[str, str]:
        while True:
            self.final_arcs = self.arcs()  # those of the tree returned (``near_parents`` reads them)
            parents = arborescence(self.final_arcs, _SUPER)
            kids = defaultdict(int)
            for p in parents.values():
                kids[p] += 1
            # A lost copy with one child explains nothing the child's own edge would not.
            idle = [n for n in self.lost if kids[n] < 2]
            if idle:
                for n in idle:
                    del self.lost[n]
                    del self.profiles[n]
                continue
            # A group whose possible sources each passed only on the slack (another carrier
            # lacks a change of theirs: a caption, say) and took none of the others as copies:
            # the changes the group shares came from a copy the corpus lacks.
            orphans = [b for b in self._held
                       if not any(above_all(parents, d, b.carriers - {d}) for d in b.intermediates)
                       and all(any(missing(self.profiles[d], self.profiles[x]) for x in b.carriers - {d})
                               for d in b.intermediates)]
            if not orphans:
                return parents
            for b in orphans:
                self._held.remove(b)
                self._add_lost(Block(b.errors, b.carriers))

    def edge(self, parent: str, child: str) -> TreeEdge:
        if parent in self.lost:
            b = self.lost[parent]
            why = (f"{child} shares {len(b.errors)} change(s) the root lacks with {len(b.carriers) - 1} other "
                   f"cop(ies): {'; '.join(e.text for e in b.errors[:4])}")
            return TreeEdge(parent, child, "descends", True, LOST_SAYS, ("shared_errors",), (why,))
        if child in self.lost:
            near = [v for x in self.lost[child].carriers if (v := self.view(parent, x))]
            conf = sum(v.before(parent) for v in near) / len(near) if near else ERRORS_SAY
            if parent == self.root:
                conf = max(conf, self.root_sure)
            return TreeEdge(parent, child, "descends", conf >= DIRECTED, round(conf, 3), (),
                            (f"{parent} is named the earlier text against the lost copy's children"
                             if near else f"{parent}'s changes are all among the lost copy's",))
        v = self.view(parent, child)
        p = v.before(parent)
        side = v.side(child) if p >= 0.5 else v.side(parent)
        clues = [c for c in v.verdict.clues if c.derived == side]
        names, lines = [c.name for c in clues], [c.text for c in clues]
        pp, cp = self.profiles.get(parent), self.profiles.get(child)
        sh = shared(pp, cp)
        conf = p
        # The child carries all of the parent's errors: one was copied from the other (or both from
        # a common source). Which came first: the child's own errors besides, the dates, or the
        # wording (the parent reads more like the original than like the child, so it was not
        # copied from it). A confident verdict the other way is a contradiction.
        inherits = (parent != self.root and bool(sh) and p >= 1 - DIRECTED
                    and not missing(pp, cp, _passed(v, parent, self.profiles, self.shown)))
        why = ""
        if inherits and missing(cp, pp):
            conf, why = max(p, ERRORS_SAY), "and more of its own"
        elif inherits and conf < DATED_LINE and self.dated(parent, child) > 0:
            conf, why = DATED_LINE, "and is dated after it"
        elif inherits and conf < DIRECTED and self._reads_like_root(parent, child):
            conf, why = WORDED_SAYS, f"and {parent} reads more like the original than like {child}"
        if why:
            names.append("shared_errors")
            lines.append(f"{child} carries {parent}'s own changes ({'; '.join(e.text for e in sh[:3])}) {why}")
        if parent == self.root and p >= 1 - DIRECTED:
            # A close parsimony call alone directs nothing, but the original by parsimony that is
            # also dated before the child, against no verdict the other way, is two clues agreeing.
            sure, dated = self.root_sure, ""
            if sure < DATED_LINE and self.margin > 0 and p >= 0.5 and self.dated(parent, child) > 0:
                sure, dated = DATED_LINE, f", and it is dated before {child}"
            if sure > conf:
                conf = sure
                names.append("root")
                lines.append(f"{parent} is the story's original by parsimony: the copies' changes add up to least "
                             f"from it (margin {self.margin:.1f} over the next candidate){dated}")
        if conf < DIRECTED:
            lines.append("direction evidence is weak: direction unknown")
        return TreeEdge(parent, child, v.verdict.relation.value, conf >= DIRECTED, round(conf, 3),
                        tuple(names), tuple(lines))

    def upstream(self, parents: dict[str, str]) -> tuple[list[TreeNode], list[TreeEdge]]:
        """Roots that are copies of one common source missing from the story."""
        roots = {x for x in self.ids if parents.get(x, _SUPER) == _SUPER}
        joined = [v for v in self.views.values() if v.verdict.common_source and v.a in roots and v.b in roots]
        # roots a fuller version of which must exist
        cut = {v.a if v.verdict.fuller_upstream == "a" else v.b for v in joined
               if v.verdict.fuller_upstream in ("a", "b")}
        nodes, edges = [], []
        for xs in groups(sorted(roots), [(v.a, v.b) for v in joined]):
            node = f"upstream-{len(nodes) + 1}"
            shorter = sorted(x for x in xs if x in cut)
            note = ("not in the corpus: a common source of " + ", ".join(xs)
                    + (f", fuller than {', '.join(shorter)} (the others carry text it lacks)" if shorter else ""))
            nodes.append(TreeNode(node, "upstream", (), note))
            edges += [TreeEdge(node, x, "descends", True, COMMON_SOURCE, ("common_source",),
                               ("both sides carry marks of copying: they descend from a common source",))
                      for x in xs]
        return nodes, edges


def build_tree(story: str, documents: Sequence[Document], pairs: Sequence[PairView]) -> Tree:
    """The family tree of ``story``: ``documents`` are its members, ``pairs`` the verified pairs
    among them (others are ignored)."""
    b = _Builder(story, documents, pairs)
    parents = b.parents()
    near = near_parents(b.final_arcs, parents, _SUPER, TIE)
    edges = [_with(b.edge(p, c), near.get(c, ())) for c, p in sorted(parents.items()) if p != _SUPER]
    up_nodes, up_edges = b.upstream(parents)
    edges += up_edges
    nodes = [TreeNode(x, "document", tuple(e.text for e in b.profiles[x].errors.values()) if x in b.profiles else ())
             for x in b.ids]
    nodes += [TreeNode(n, "lost", tuple(e.text for e in blk.errors),
                       f"not in the corpus: the common source of {len(blk.carriers)} copies that share "
                       f"{len(blk.errors)} change(s) the root lacks") for n, blk in b.lost.items()]
    nodes += up_nodes
    children = {e.child for e in edges}
    roots = tuple(n.id for n in nodes if n.id not in children)
    return Tree(story, tuple(nodes), tuple(sorted(edges, key=lambda e: (e.parent, e.child))), roots, b.root)
