"""Shared-error ancestry: copies that share changes the root lacks descend from one intermediate.

A copy inherits every error of the text it was made from and adds its own; it rarely undoes one.
So, measured against the story's root, each copy has a *profile*: the distinctive changes it
carries (a respelled name, a changed figure or a dropped hedge, a negation, a sentence of its
own...). Two profiles say how two copies are related:

* P can be an ancestor of C only if C carries each of P's errors that C could show (an error in
  a passage C does not carry at all is unobservable, not missing);
* errors several copies share, and which no document of the story carries without extra
  errors of its own, are those of a common intermediate missing from the corpus: a *lost
  ancestor*.

Omissions are not errors here: copies cut the end of a story independently all the time, so a
shared cut says little about a shared parent. Harmless edits are left out too, except a
respelled name (accepted or not, it is the same spelling only when copied).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from ..inspect.names import fold_name, respelling_finding
from . import restyled
from .pairview import PairView

# What an error counts for: changes a copier makes by mistake or choice, rarely the same twice
# by chance, count fully; the other families' changes (attribution, modality, quotes) less.
# A qualifier a copy put on a figure its source gave bare ("about 20" for "20") weighs more than
# one it dropped: on METER's derived pairs copies dropped 14 and added 9, so from a candidate
# root whose copies would all have added one, the root is likelier their copy (docs/tree.md).
WEIGHT = {"name": 1.0, "number": 1.0, "negation": 1.0, "added": 0.5, "hedge_added": 1.5}
OTHER_WEIGHT = 0.5
# Least total weight of the errors a group of copies shares for it to point to an intermediate.
MIN_SHARED = 1.0
NAME_RATIO = 0.8  # how close a translation's spelling must be to a root name to be its respelling
UNCARRIED_MIN, UNCARRIED_SHARE = 2, 0.1  # root sentences a child may carry that its parent lacks
# ... unless they lie past the end of the parent's text (beyond the sentence after its last
# linked one): a missed link leaves a gap inside a text, not a tail. On generated chains a
# summary keeping two late sentences of a lost copy passed for the child of a trimmed sibling.
PAST_END = 0
CARRIED = 0.6  # least similarity of a link through which a copy carries a root sentence
# A group points to a common intermediate only with MIN_SHARED of these: a respelled name, a
# changed figure, a flipped negation, which two copiers rarely make alike. Reworded quotes,
# modality and attribution, words added and the like count towards a group's weight but do
# not make one alone: the same machine makes the same word choices in two independent round
# trips of one original.
STABLE = frozenset({"name", "number", "negation"})
# A republisher's notice naming someone the root does not ("© 2021 The Langham Record", "Follow
# our coverage at The Penham Observer:", its page's address): a copy that keeps the notices it
# inherited carries it on, so it is an error its copies share, and one a copy keeping others
# lacks says it was not copied from that page.
NOTICE_WEIGHT = 1.0
# A house-style conversion of the parent's that the child undid (``restyled``), as a reason the
# parent was not its source.
STYLED_WEIGHT = 1.0
SLACK = 0.0  # share of the errors it shares that a parent may lack in its child (see _could_be_parent)
_SKIP_KINDS = frozenset({"mt_artifact", "omission"})
# Kinds whose keys are not (kind, root words, copy words).
_UNWORDED_KEYS = frozenset({"name", "number", "notice", "added"})
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Error:
    key: tuple[str, ...]
    text: str  # in words, for a reader
    weight: float
    root_sentences: frozenset[int]  # where it sits in the root (empty: text the root lacks)


@dataclass(frozen=True, slots=True)
class Profile:
    """One copy against the root: its errors, and which root sentences it carries at all."""

    errors: dict[tuple[str, ...], Error]
    carried: frozenset[int] | None  # None: all of the root (the root itself, a lost copy)
    kinds: frozenset[str] | None = None  # kinds of error it can show (a translation: names); None: all
    # Its house-style conversions of the root's words (``restyled``), and the root's variable
    # words it writes as the root does, with the root sentence of each.
    styled: dict[tuple[str, ...], Error] = field(default_factory=dict)
    kept: frozenset[tuple[str, int]] = frozenset()
    amounts: frozenset[str] = frozenset()  # the digits of each figure it writes

    @property
    def keeps_notices(self) -> bool:
        return any(k[0] == "notice" for k in self.errors)

    @property
    def body(self) -> dict[tuple[str, ...], Error]:
        """Its errors in the story's text, without the notices around it."""
        return {k: e for k, e in self.errors.items() if k[0] != "notice"}

    @property
    def notice_errors(self) -> dict[tuple[str, ...], Error]:
        return {k: e for k, e in self.errors.items() if k[0] == "notice"}

    def observes(self, e: Error) -> bool:
        if self.kinds is not None and e.key[0] not in self.kinds:
            return False
        if e.key[0] == "notice":  # a copy that keeps no notice at all may have dropped this one
            return self.keeps_notices
        return self.carried is None or not e.root_sentences or bool(e.root_sentences & self.carried)


@dataclass(frozen=True, slots=True)
class Block:
    """Errors shared by the same copies."""

    errors: tuple[Error, ...]
    carriers: frozenset[str]
    intermediates: frozenset[str] = field(default_factory=frozenset)  # carriers that can be its source

    @property
    def weight(self) -> float:
        return sum(e.weight for e in self.errors)


def norm_words(text: str) -> str:
    """Lower-case words, one space apart: how an error's text is keyed."""
    return " ".join(_WORDS.findall(text.lower()))


def profile(root: str, view: PairView, root_text: str, copy_text: str) -> Profile:
    """The errors of ``view``'s other document relative to ``root`` (one side of ``view``)."""
    rs, cs = view.side(root), "b" if view.side(root) == "a" else "a"
    sentences = view.sentences(root)
    errors: dict[tuple[str, ...], Error] = {}
    styled: dict[tuple[str, ...], Error] = {}
    for f in view.findings:
        rspan, cspan = getattr(f, rs), getattr(f, cs)
        if rspan is not None and cspan is not None and f.change == "spelling_variant" and not respelling_finding(f):
            rtext, ctext = root_text[rspan.start:rspan.end], copy_text[cspan.start:cspan.end]
            key = ("spelling", rtext.lower(), ctext.lower())
            where = frozenset(s.index for s in sentences if s.start <= rspan.start < s.end)
            if key in styled:  # a word converted wherever it stands: each place shows it
                where |= styled[key].root_sentences
            styled[key] = Error(key, f"{rtext} → {ctext}", STYLED_WEIGHT, where)
            continue
        if rspan is None and cspan is not None and f.change == "localisation":
            ctext = copy_text[cspan.start:cspan.end]
            key = ("conversion", restyled.digits(ctext))
            if where := restyled.linked_root(view, root, cspan.start):
                styled[key] = Error(key, f"adds the conversion {ctext}", STYLED_WEIGHT, where)
            continue
        if cspan is None or f.kind == "mt_artifact" or (
                f.kind == "harmless" and not respelling_finding(f) and f.change != "wording"):
            continue  # only the root has it: an omission
        ctext = copy_text[cspan.start:cspan.end]
        if rspan is None:  # text only the copy has
            # Findings read A -> B: text only the copy has is an "addition" when the copy is B
            # and an "omission" when it is A; either way it is the copy's own.
            words = norm_words(ctext)
            if f.kind in ("addition", "omission") and len(words.split()) >= 4:
                errors.setdefault(("added", words[:80]), Error(("added", words[:80]), f"adds “{ctext[:60]}”",
                                                               WEIGHT["added"], _between(view, root, cspan.start)))
            continue
        if f.kind in _SKIP_KINDS:
            continue
        rtext = root_text[rspan.start:rspan.end]
        where = frozenset(s.index for s in sentences if s.start <= rspan.start < s.end)
        if respelling_finding(f):
            key = _name_key(rtext, ctext)
            kind = "name"
        elif f.kind == "number":
            key = ("number", norm_words(rtext), "".join(re.findall(r"\d", ctext)))
            kind = "hedge_added" if f.change == ("hedge_added" if rs == "a" else "hedge_removed") else "number"
        else:
            # By what the copy wrote too: two round trips that each reword or flip one sentence
            # made the same kind of change, not the same error.
            # Words a copy added that change no claim ("has already grown") are harmless to a
            # reader but still its own wording, which its copies inherit.
            kind = "addition" if f.change == "wording" else f.kind
            key = (kind, norm_words(rtext)[:80], norm_words(ctext)[:80])
        if kind == "name" and key[1] == key[2]:
            continue  # the same once folded (case, diacritics): nothing a copy could inherit
        errors.setdefault(key, Error(key, f"{rtext[:50]} → {ctext[:50]}", WEIGHT.get(kind, OTHER_WEIGHT), where))
    # What the copy carries of the root: sentences it links closely. A partial copy's own story
    # links loosely to root sentences of the same kind ("X are ninth in the league", similarity
    # 0.24-0.68 on generated corpora), and a change it "lacks" there is no sign it was not
    # copied from a page that made the change.
    return Profile(errors, view.linked(root, CARRIED), styled=styled, kept=restyled.kept(view, root),
                   amounts=restyled.amounts(copy_text))


def _between(view: PairView, root: str, pos: int) -> frozenset[int]:
    """The root sentences either side of a passage only the copy has (at ``pos`` in the copy): a
    copy of the copy shows the passage only if it carries the text around it (one cut off
    before it cannot). Empty when no link places it."""
    copy = view.other(root)
    at = next((x.index for x in view.sentences(copy) if x.start <= pos < x.end), None)
    if at is None:
        return frozenset()
    before = after = None
    for mine, theirs in view.sides(copy):
        if mine and theirs and max(mine) < at and (before is None or max(mine) > before[0]):
            before = (max(mine), max(theirs))
        if mine and theirs and min(mine) > at and (after is None or min(mine) < after[0]):
            after = (min(mine), min(theirs))
    return frozenset(x[1] for x in (before, after) if x is not None)


def _name_key(rtext: str, ctext: str) -> tuple[str, ...]:
    """A respelled name by the one word that differs ("Peter Tabalov" / "Tabarov" and
    "Tabalov" / "Tabarov" are the same change), so that pairs which mark spans of different
    lengths, and a translation read word by word, agree on it."""
    rw, cw = rtext.split(), ctext.split()
    diff = [(a, b) for a, b in zip(rw, cw) if fold_name(a) != fold_name(b)] if len(rw) == len(cw) else []
    if len(diff) == 1:
        rtext, ctext = diff[0]
    elif len(rw) != len(cw) and rw and cw and fold_name(rw[-1]) != fold_name(cw[-1]):
        rtext, ctext = rw[-1], cw[-1]  # a surname kept, a first name dropped or added
    return ("name", fold_name(rtext).strip(".,;:'\"()"), fold_name(ctext).strip(".,;:'\"()"))


def joined(ps: list[Profile]) -> Profile:
    """One profile for copies whose bodies are word for word the same: the errors, carried
    sentences, localisations and figures of all, without their notices (each copy keeps its own:
    they are what tells two such copies apart)."""
    carried = None if any(p.carried is None for p in ps) else frozenset().union(*(p.carried for p in ps))
    kinds = None if any(p.kinds is None for p in ps) else frozenset().union(*(p.kinds for p in ps))
    return Profile({k: e for p in ps for k, e in p.body.items()}, carried, kinds,
                   {k: e for p in ps for k, e in p.styled.items()}, frozenset().union(*(p.kept for p in ps)),
                   frozenset().union(*(p.amounts for p in ps)))


def respelled_again(profiles: dict[str, Profile]) -> dict[str, Profile]:
    """A copy of a copy respells a name its source had already respelled ("Nordqvist" ->
    "Noldqvist" -> "Noldqbist"): it carries its source's respelling too, changed once more. A
    spelling nearer the other copy's than the root's, and farther from the root's than that
    one, is read as carrying the other copy's respelling as well."""
    spellings: dict[str, dict[str, Error]] = {}
    for p in profiles.values():
        for k, e in p.errors.items():
            if k[0] == "name":
                spellings.setdefault(k[1], {})[k[2]] = e
    out = {}
    for doc, p in profiles.items():
        extra = {}
        for k in p.errors:
            if k[0] != "name":
                continue
            root, mine = k[1], k[2]
            for other, e in spellings.get(root, {}).items():
                d_root, d_mine = Levenshtein.distance(root, other), Levenshtein.distance(root, mine)
                if other != mine and d_root < d_mine and Levenshtein.distance(other, mine) < d_mine:
                    extra.setdefault(e.key, e)
        out[doc] = replace(p, errors={**p.errors, **extra}) if extra else p
    return out


def missing(parent: Profile | None, child: Profile | None,
            passed_on: frozenset[tuple[str, ...]] = frozenset()) -> list[Error]:
    """``parent``'s errors that ``child`` could show but lacks: reasons it is not a descendant.
    ``passed_on``: errors of the parent that other copies show too, when ``child`` rewords the
    parent (a rewrite of it, if either came from the other). Rewording undoes wording a copy
    inherited ("already", "Officials expressed") and rewrites a flipped sentence its own way, so
    of these only what rewording keeps counts (names, figures, negations; a negation flipped in
    the same root words, worded otherwise, is kept). A parent's wording no other copy shows is
    its own rewording, and a copy lacking it was not made from it."""
    if parent is None or child is None:
        return []
    # A copy that kept none of the parent's notices may drop notices; one that kept some would
    # have kept them all. So would one with the parent's very text and changes that carries
    # notices of its own: a page copied whole keeps what it found around the text, and a
    # stripped copy that then added its own is the less likely story (two such pages are
    # siblings from a common source).
    kept = any(k[0] == "notice" and k in child.errors for k in parent.errors) or (
        child.keeps_notices and child.carried == parent.carried and child.body.keys() == parent.body.keys())
    lacks = [e for k, e in parent.errors.items()
             if k not in child.errors and child.observes(e) and (kept or k[0] != "notice")
             and not _overwritten(e, child) and not (k in passed_on and _reworded(e, child))]
    return lacks + [e for k, e in parent.styled.items() if k not in child.styled and _undone(e, child)]


def shown_by(profiles: Mapping[str, Profile]) -> dict[tuple[str, ...], set[str]]:
    """For each error, the documents whose profiles show it."""
    out: dict[tuple[str, ...], set[str]] = {}
    for doc, p in profiles.items():
        for k in p.errors:
            out.setdefault(k, set()).add(doc)
    return out


def passed_on(shown: Mapping[tuple[str, ...], set[str]], parent: Profile, parent_id: str,
              child_id: str) -> frozenset[tuple[str, ...]]:
    """``parent``'s errors that a third document shows too (``shown``: ``shown_by``; see
    ``missing``)."""
    return frozenset(k for k in parent.errors if shown.get(k, set()) - {parent_id, child_id})


def _reworded(e: Error, child: Profile) -> bool:
    """Whether rewording may have undone the parent's change ``e`` in ``child``: wording of any
    kind, and a stable change only where the child made the same change in its own words."""
    kind = e.key[0]
    if kind in _UNWORDED_KEYS:
        return False
    if kind not in STABLE:
        return True
    return any(k[0] == kind and k[1] == e.key[1] for k in child.errors)


def _undone(e: Error, child: Profile) -> bool:
    """Whether ``child`` shows the root's text where the parent localised it: the root's spelling
    of a word the parent converted, or the sentence of a conversion the parent added without it
    and without its figure anywhere (a document read whole, the root or a lost copy, is not read
    for conversions)."""
    if e.key[0] == "spelling":
        return any((e.key[1], i) in child.kept for i in e.root_sentences)
    return child.carried is not None and child.observes(e) and e.key[1] not in child.amounts


def _overwritten(e: Error, child: Profile) -> bool:
    """Whether ``child`` wrote something else of its own where ``parent`` made change ``e``, so
    that the change cannot show in it: a figure of its own in place of the one ``e`` changed, or
    another person in the sentence where ``e`` respelled a name. A partial copy's own story,
    linked loosely to the root sentence of the same kind ("about 2,590" / "about 3,710", "Laynab
    Rasim said" / "Shinjun Kamura said"), made a kept intermediate look lost on generated chains."""
    kind = e.key[0]
    if kind == "number":
        return any(k[0] == "number" and k[1] == e.key[1] for k in child.errors)
    if kind != "name":
        return False
    was, now = e.key[1:]
    # The child respelled the same name its own way ("Fahrling" -> "Fahrring" in the parent,
    # "Fahring" in the child): the parent's spelling could not show there.
    if any(k[0] == "name" and k[1] == was and k[2] != now for k in child.errors):
        return True
    return any(k[0] not in _UNWORDED_KEYS and c.root_sentences & e.root_sentences
               and was in k[1].split() and not {was, now} & set(k[2].split())
               for k, c in child.errors.items())


def shared(parent: Profile | None, child: Profile | None) -> list[Error]:
    if parent is None or child is None:
        return []
    return [e for k, e in parent.errors.items() if k in child.errors]


def uncarried(parent: Profile | None, child: Profile | None) -> int:
    """Root sentences ``child`` carries and ``parent`` does not: a copy cannot restore text its
    source had lost, so these are reasons ``parent`` is not its source (omissions say nothing
    about shared ancestry, copies cut independently, but they do say who was not copied)."""
    if parent is None or child is None or parent.carried is None:
        return 0
    return len((child.carried or frozenset()) - parent.carried) if child.carried is not None else 0


def past_end(parent: Profile | None, child: Profile | None) -> int:
    """Root sentences ``child`` carries from beyond the end of ``parent``'s text (the sentence
    after its last linked one is given the benefit of a loose link)."""
    if parent is None or child is None or not parent.carried or child.carried is None:
        return 0
    end = max(parent.carried) + 1
    return sum(1 for i in child.carried if i > end)


def _could_be_parent(parent: Profile, child: Profile,
                     passed_on: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    # A little slack: a finding missed in one pair (a misaligned sentence, a partial copy's
    # borrowed passage linked loosely) must not make a kept intermediate look lost.
    lacking = sum(e.weight for e in missing(parent, child, passed_on))
    if lacking > max(0.5, SLACK * sum(e.weight for e in shared(parent, child))):
        return False
    # Sentence links miss a reworded sentence now and then: a few are tolerated, inside the text.
    return (uncarried(parent, child) <= max(UNCARRIED_MIN, UNCARRIED_SHARE * len(child.carried or ()))
            and past_end(parent, child) <= PAST_END)


def cost(profiles: dict[str, Profile], distinct: bool = True) -> float:
    """Total weight of the copies' errors: least when measured from the true root, since from a
    copy every other document seems to carry that copy's own errors undone (parsimony). With
    ``distinct`` an error several copies share counts once, as a tree with their common source
    would have it."""
    # Notices say nothing of which text is the original (a candidate root's own would not count).
    errs = [(k, e) for p in profiles.values() for k, e in p.body.items()]
    if distinct:
        return sum(e.weight for e in dict(errs).values())
    return sum(e.weight for _, e in errs)


def _by_machine(groups: list[tuple[list[tuple[str, ...]], set[str]]], machine: frozenset[str],
                weights: dict[tuple[str, ...], float]) -> list[tuple[list[tuple[str, ...]], set[str]]]:
    """A group without a respelled name whose carriers are another group's and machine round
    trips of the root besides: the same machine drops the hedges and flips the negations it
    can, so the round trips share those changes by chance, and the changes belong with the other
    group's (one lost copy made both), not to a lost copy of their own above it."""
    out = [(list(keys), set(docs)) for keys, docs in groups]
    for keys, docs in out:
        if not keys or any(k[0] == "name" for k in keys):
            continue
        # The other group must stand as a lost copy by itself (a shared caption does not).
        home = next((other for other, others in out if others < docs and docs - others <= machine
                     and sum(weights[k] for k in other if k[0] in STABLE) >= MIN_SHARED), None)
        if home is not None:
            home.extend(keys)
            keys.clear()
    return [(keys, docs) for keys, docs in out if keys]


def blocks(profiles: dict[str, Profile], before: Callable[[str, str], float] = lambda x, y: 0.5,
           sure: float = 0.7, worded: Callable[[str, str], bool] = lambda x, y: True,
           machine: frozenset[str] = frozenset(),
           reworded: Callable[[str, str], bool] = lambda x, y: False) -> list[Block]:
    """Groups of errors carried by the same two or more copies (copies that cannot show an error
    do not count against it), heaviest first, each with the carriers that could be its source.

    ``before(x, y)``: how likely x came before y by the pairs' verdicts; a carrier that another
    carrier surely (``sure``) came before cannot be the source of the group; nor can one whose
    wording another carrier does not share (``worded(d, x)``: x reads like a copy of d).
    ``machine``: the copies that are machine round trips of the root (``_by_machine``).
    ``reworded(d, x)``: x rewords d, so it may have undone d's wording that others show too
    (``missing``'s ``passed_on``)."""
    carriers = shown_by(profiles)
    errors = {k: e for p in profiles.values() for k, e in p.errors.items()}

    def compatible(k: tuple[str, ...]) -> set[str]:
        return carriers[k] | {d for d, p in profiles.items() if not p.observes(errors[k])}

    groups: list[tuple[list[tuple[str, ...]], set[str]]] = []
    for k in sorted((k for k in carriers if len(carriers[k]) >= 2), key=lambda k: (-len(carriers[k]), k)):
        ok_k = compatible(k)
        for keys, docs in groups:
            if carriers[k] <= set.intersection(*(compatible(x) for x in keys)) and docs <= ok_k:
                keys.append(k)
                docs |= carriers[k]
                break
        else:
            groups.append(([k], set(carriers[k])))
    groups = _by_machine(groups, machine, {k: e.weight for k, e in errors.items()})

    def passed(d: str, x: str) -> frozenset[tuple[str, ...]]:
        return passed_on(carriers, profiles[d], d, x) if reworded(d, x) else frozenset()

    out = []
    for keys, docs in groups:
        block_errors = tuple(errors[k] for k in keys)
        if sum(e.weight for e in block_errors if e.key[0] in STABLE) < MIN_SHARED:
            continue
        # A carrier can be the intermediate when every other carrier shows all of its errors it
        # could show: it has no errors of its own beyond the group's.
        # A carrier can be the intermediate when it carries the group's errors it could show and
        # every other carrier shows the errors of its own that it could show.
        group = Profile({e.key: e for e in block_errors}, None)
        inter = frozenset(d for d in docs if _could_be_parent(group, profiles[d])
                          and all(_could_be_parent(profiles[d], profiles[x], passed(d, x)) and before(x, d) < sure
                                  and worded(d, x)
                                  for x in docs if x != d))
        out.append(Block(block_errors, frozenset(docs), inter))
    return sorted(out, key=lambda b: (-len(b.carriers), -b.weight, sorted(b.carriers)))
