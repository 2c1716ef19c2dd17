"""Copies of a document, one plain function per kind: ``verbatim``, ``edited``, ``rewrite``,
``summary``, ``partial``. (``round_trip`` lives in :mod:`.roundtrip`, ``translation`` in
:mod:`.translate`.) Each takes the source :class:`~.doc.Doc` and a ``Random`` and returns the copy
with ``kind`` and ``edits`` (short notes of what was changed) filled in; identity, outlet and date
are set by the caller.
"""

from __future__ import annotations

import re
from random import Random

from . import names, synonyms
from .doc import Doc, Para
from .slots import RATES, fmt_dec, fmt_int

# ------------------------------------------------------------------------------- verbatim

_HEADERS = [
    "This story was shared by a reader. It is republished in full from a wire service.",
    "Republished with permission from {wire}.",
    "Shared by a reader | Republished with permission from the wire",
    "{outlet} | {section} | Wire copy",
    "This article was added by a user of {outlet}. We are not responsible for the content.",
]
_FOOTERS = [
    "Follow our coverage of {city} at {outlet}:",
    "Originally published by {wire}.",
    "© {year} {outlet}. All rights reserved.",
    "Read more stories like this at {outlet}.",
]
_SECTIONS = ["News", "World", "Business", "Local", "Latest", "Top Stories", "Region"]


def _notice(rng: Random, src: Doc, outlet: str, wire: str, pool: list[str]) -> str:
    return names._pick(rng, pool).format(
        wire=wire, outlet=outlet, section=names._pick(rng, _SECTIONS), city=src.story.slots["city"]["en"],
        year=2020 + int(rng.random() * 5))


def verbatim(src: Doc, rng: Random, outlet: str = "Harbor Daily", wire: str = "the wire") -> Doc:
    """The full text unchanged, with a republisher's header and footer notices."""
    doc = src.derive("verbatim")
    head = [_notice(rng, src, outlet, wire, _HEADERS)]
    foot = [_notice(rng, src, outlet, wire, _FOOTERS)]
    if rng.random() < 0.6:
        foot.append(f"https://{names.domain(outlet)}/news/{_slug(src.title)}")
    doc.header = head + doc.header
    doc.footer = doc.footer + foot
    doc.edits = [f"header added: '{h}'" for h in head] + [f"footer added: '{f}'" for f in foot]
    return doc


def _slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8])


# --------------------------------------------------------------------------------- edited

BRITISH = {
    "center": "centre", "centers": "centres", "program": "programme", "programs": "programmes",
    "organization": "organisation", "organizations": "organisations", "favor": "favour",
    "labor": "labour", "defense": "defence", "analyze": "analyse", "analyzed": "analysed",
    "neighbor": "neighbour", "neighbors": "neighbours", "color": "colour", "behavior": "behaviour",
    "honor": "honour", "criticized": "criticised", "criticize": "criticise", "apologized": "apologised",
    "recognized": "recognised", "organized": "organised", "realized": "realised", "authorized": "authorised",
    "theater": "theatre", "traveled": "travelled", "canceled": "cancelled", "gray": "grey",
    "percent": "per cent", "license": "licence", "fiber": "fibre", "meter": "metre", "meters": "metres",
    "catalog": "catalogue", "aging": "ageing", "modeling": "modelling", "jewelry": "jewellery",
    "characterized": "characterised", "emphasized": "emphasised", "prioritized": "prioritised",
    "minimize": "minimise", "summarized": "summarised", "mobilized": "mobilised", "stabilize": "stabilise",
}
_BRIT_RE = re.compile(r"\b(" + "|".join(sorted(BRITISH, key=len, reverse=True)) + r")\b")
_MONEY = re.compile(r"([$£€])(\d[\d,]*(?:\.\d+)?)( (?:million|billion))?")
_CAPTION_BRACKET = ["[{abbr}]", "({abbr} Photo)", "(Photo: {abbr})", "(Photo: staff)"]


def british(text: str, seen: list[str]) -> str:
    def repl(m: re.Match[str]) -> str:
        seen.append(f"{m.group(1)} -> {BRITISH[m.group(1)]}")
        return BRITISH[m.group(1)]
    return _BRIT_RE.sub(repl, text)


def convert_money(text: str, target: str) -> tuple[str, str | None]:
    """Add a bracketed conversion after the first amount in another currency: ``$4 million (£3.2 million)``."""
    for m in _MONEY.finditer(text):
        cur = m.group(1)
        if cur == target:
            continue
        value = float(m.group(2).replace(",", ""))
        conv = value * RATES[(cur, target)]
        scale = m.group(3) or ""
        if scale:
            shown = f"{target}{fmt_dec(conv, 'en')}{scale}"
        else:
            conv = round(conv, -2) if conv > 1000 else round(conv)
            shown = f"{target}{fmt_int(int(conv), 'en')}"
        new = text[:m.end()] + f" ({shown})" + text[m.end():]
        return new, f"currency: {m.group(0)} ({shown})"
    return text, None


def caption(src: Doc, rng: Random, abbr: str) -> str:
    s = src.story.slots
    city, day = s["city"]["en"], s["day"]["en"]
    what = names._pick(rng, [
        f"{s['grp']['en'].capitalize()} gather in {city} on {day}.",
        f"The scene in {city} on {day}.",
        f"{s['p1']['en']} speaks to reporters in {city} on {day}.",
        f"A view of {city}, {s['reg']['en']}, on {day}.",
    ])
    return f"{what} {names._pick(rng, _CAPTION_BRACKET).format(abbr=abbr)}"


def edited(src: Doc, rng: Random, abbr: str = "NPA") -> Doc:
    """A newspaper's edit: tail trimmed, paragraphs merged, British spelling, a currency
    conversion in brackets, a photo caption."""
    doc = src.derive("edited")
    edits: list[str] = []
    n = len(doc.paras)
    cut = int(n * (0.15 + 0.3 * rng.random()))
    keep = max(5, n - cut)
    if keep < n:
        edits.append(f"trimmed: last {n - keep} of {n} paragraphs cut")
        doc.paras = doc.paras[:keep]
    if len(doc.paras) >= 4:
        spots = list(range(1, len(doc.paras) - 1, 2))  # non-overlapping pairs (i, i+1)
        merges = sorted(rng.sample(spots, min(len(spots), 1 + int(rng.random() * 2))), reverse=True)
        for i in merges:  # from the back, so the numbers below are the source's
            doc.paras[i:i + 2] = [doc.paras[i] + doc.paras[i + 1]]
        edits.extend(f"merged paragraphs {i + 1} and {i + 2}" for i in sorted(merges))
    seen: list[str] = []
    doc.paras = [[(r, british(t, seen)) for r, t in p] for p in doc.paras]
    title = british(doc.title, seen)
    doc.title = title
    for change in dict.fromkeys(seen):
        edits.append(f"spelling: {change}")
    target = names._pick(rng, ["£", "€", "$"])
    for p in doc.paras:
        done = False
        for j, (r, t) in enumerate(p):
            new, note = convert_money(t, target)
            if note:
                p[j] = (r, new)
                edits.append(note)
                done = True
                break
        if done:
            break
    cap = caption(src, rng, abbr)
    at = 0 if rng.random() < 0.6 else min(2, len(doc.paras))
    doc.paras.insert(at, [(None, cap)])
    edits.append(f"caption added: '{cap}'")
    doc.edits = edits
    return doc


# -------------------------------------------------------------------------------- rewrite

_QUOTED = re.compile(r'("[^"]*")')
_TAIL = re.compile(r"^(?P<body>[^\"]+?), (?P<who>(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}|officials|authorities|police|analysts|the (?:statement|report)) (?:said|added|told reporters))\.$")
_IF_LAST = re.compile(r"^(?P<main>[^\",]+?) (?P<cond>(?:if|unless) [^\",]+)\.$")
_IF_FIRST = re.compile(r"^(?P<cond>(?:If|Unless) [^\",]+), (?P<main>[^\"]+)\.$")


def outside_quotes(text: str, fn) -> str:
    """Apply ``fn`` to the parts of ``text`` outside double quotes (quotes are kept verbatim)."""
    parts = _QUOTED.split(text)
    return "".join(p if p.startswith('"') and p.endswith('"') and len(p) > 1 else fn(p) for p in parts)


_STARTERS = frozenset(["The", "A", "An", "It", "Its", "This", "That", "These", "Those", "Some", "Many", "Most", "Several", "No", "Every", "Each", "Analysts", "Officials", "Police", "Businesses", "Temporary", "Managers", "Talks", "Picket", "Basic", "Shift", "Strikes", "Neither", "Nobody", "Nothing", "Other", "Others", "Local", "Authorities", "People", "Residents", "Workers"])


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in _STARTERS else text


def reorder_clauses(sentence: str) -> tuple[str, str | None]:
    """``X, officials said.`` ↔ ``Officials said X.``; ``X if Y.`` ↔ ``If Y, X.``"""
    m = _TAIL.match(sentence)
    if m:
        who = m.group("who")
        body = _lower_first(m.group("body"))
        return f"{who[0].upper()}{who[1:]} that {body}.", "attribution moved to the front"
    m = _IF_LAST.match(sentence)
    if m and len(m.group("main").split()) > 3:
        main = _lower_first(m.group("main"))
        cond = m.group("cond")
        return f"{cond[0].upper()}{cond[1:]}, {main}.", "condition moved to the front"
    m = _IF_FIRST.match(sentence)
    if m:
        cond = m.group("cond")
        return f"{m.group('main')[0].upper()}{m.group('main')[1:]} {cond[0].lower()}{cond[1:]}.", "condition moved to the end"
    return sentence, None


def rewrite(src: Doc, rng: Random, rate: float = 0.9) -> Doc:
    """Own wording: synonyms from the table, sentences reordered within paragraphs, clauses
    reordered, a few paragraphs swapped, a new headline; quotes kept verbatim."""
    doc = src.derive("rewrite", structural=False)
    edits: list[str] = []
    changes: list[tuple[str, str]] = []
    clause_notes = 0

    def swap(part: str) -> str:
        new, ch = synonyms.swap_some(part, rng, rate)
        changes.extend(ch)
        return new

    story = src.story
    paras: list[Para] = []
    multi = [i for i, p in enumerate(doc.paras) if len(p) > 1 and i > 0]
    flip = set(rng.sample(multi, min(len(multi), 1 + int(rng.random() * 3))))
    if flip:
        edits.append(f"sentence order reversed in paragraphs {', '.join(str(i + 1) for i in sorted(flip))}")
    for pi, p in enumerate(doc.paras):
        items = list(p)
        if pi in flip:
            items.reverse()
        out = []
        for r, t in items:
            if rng.random() < 0.8:
                t2, note = reorder_clauses(t)
                if note:
                    clause_notes += 1
                    t = t2
            out.append((r, outside_quotes(t, swap)))
        paras.append(out)
    for _ in range(1 + int(rng.random() * 2)):
        if len(paras) > 4:
            i = 2 + int(rng.random() * (len(paras) - 3))
            paras[i - 1], paras[i] = paras[i], paras[i - 1]
            edits.append(f"paragraphs {i} and {i + 1} swapped")
    doc.paras = paras
    from .topics import BY_NAME
    heads = [t for t in BY_NAME[story.topic].headline
             if t.tid != story.headline.tpl.tid and t.slots <= story.slots.keys()]
    if heads and src.structural and src.kind in ("original", "verbatim"):
        h = heads[int(rng.random() * len(heads))]
        doc.title = synonyms.swap_some(h.render("en", h.picks(rng), story.slots), rng, rate)[0].rstrip(".")
        doc.title = doc.title[0].upper() + doc.title[1:]
    else:
        doc.title = outside_quotes(doc.title, swap)
    edits.insert(0, "headline rewritten")
    if clause_notes:
        edits.append(f"clause order changed in {clause_notes} sentences")
    if changes:
        sample = ", ".join(f"{a} -> {b}" for a, b in list(dict.fromkeys(changes))[:8])
        edits.append(f"synonyms: {len(changes)} substitutions ({sample})")
    edits.append("quotes kept verbatim")
    doc.edits = edits
    return doc


# -------------------------------------------------------------------------------- summary

_APPOSITIVE = re.compile(r", (?:a|an|the) [a-z][^,\"]{3,60}?, (?=said|told|added|warned|wrote|estimated|calculated|accused)")
_TRAIL_ATTR = re.compile(r", (?:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}|officials|authorities|local media|the statement|the report|people familiar with the matter) (?:said|reported|added)\.$")
_DASH = re.compile(r" – [^–\"]+ – ")
_SUMMARY_HEADS = ["What we know about the {ev} in {city}", "{city}: the key points", "In brief: {title}",
                  "The {ev} in {city}, explained in {n} points", "Summary: {title}"]


def compress(sentence: str) -> tuple[str, list[str]]:
    notes = []
    s = _APPOSITIVE.sub(", ", sentence)
    if s != sentence:
        s = s.replace(", ,", ",")
        notes.append("appositive dropped")
    t = _TRAIL_ATTR.sub(".", s)
    if t != s:
        notes.append("attribution tail dropped")
    u = _DASH.sub(" ", t)
    if u != t:
        notes.append("aside dropped")
    return u, notes


def summary(src: Doc, rng: Random) -> Doc:
    """Four to eight sentences selected from the source and compressed; hedges, negations and
    conditions kept."""
    doc = src.derive("summary", structural=False)
    flat = [(pi, r, t) for pi, p in enumerate(src.paras) for r, t in p if r is not None]
    if not flat:
        flat = [(pi, r, t) for pi, p in enumerate(src.paras) for r, t in p]
    k = min(len(flat), 4 + int(rng.random() * 5))
    first = flat[0]
    scored = sorted(flat[1:], key=lambda x: -(sum(c.isdigit() for c in x[2]) > 0) - 0.8 * ('"' in x[2])
                    - rng.random())
    chosen = [first] + sorted(scored[:k - 1], key=lambda x: flat.index(x))
    notes: dict[str, int] = {}
    sents = []
    for _, r, t in chosen:
        c, ns = compress(t)
        for n_ in ns:
            notes[n_] = notes.get(n_, 0) + 1
        sents.append((r, c))
    paras: list[Para] = []
    i = 0
    while i < len(sents):
        n = 1 + int(rng.random() * 2)
        paras.append(sents[i:i + n])
        i += n
    doc.paras = paras
    s = src.story.slots
    ev = s["ev"]["en"].removeprefix("the ")
    doc.title = names._pick(rng, _SUMMARY_HEADS).format(ev=ev, city=s["city"]["en"], title=src.title, n=len(sents))
    doc.header, doc.footer = [], []
    idx = ", ".join(str(flat.index(c) + 1) for c in chosen)
    doc.edits = [f"condensed: {len(flat)} sentences -> {len(sents)} (kept sentences {idx})", "headline rewritten"] + \
        [f"compressed: {n_} ({c}x)" for n_, c in notes.items()]
    return doc


# -------------------------------------------------------------------------------- partial

def partial(src: Doc, rng: Random, host: Doc) -> Doc:
    """30–60 % of the source's paragraphs carried verbatim inside another article (``host``)."""
    doc = src.derive("partial", structural=False)
    body = [i for i, p in enumerate(src.paras) if p and p[0][0] is not None]
    n = len(body)
    total = len(src.paras)
    want = max(2, round(n * (0.3 + 0.3 * rng.random())))
    if rng.random() < 0.5:
        start = int(rng.random() * max(1, n - want + 1))
        picked = body[start:start + want]
    else:
        picked = sorted(rng.sample(body, min(want, n)))
    carried = [list(src.paras[i]) for i in picked]
    hp = [[(None, t) for _, t in p] for p in host.paras]
    cut = max(1, min(len(hp) - 1, 1 + int(rng.random() * 3)))
    tail_keep = max(2, int(len(hp) * (0.3 + 0.3 * rng.random())))
    doc.paras = hp[:cut] + carried + hp[cut:cut + tail_keep]
    doc.title = host.title
    doc.header, doc.footer = [], []
    share = round(100 * len(picked) / max(1, n))
    doc.edits = [
        f"partial reuse: paragraphs {', '.join(str(i + 1) for i in picked)} of {total} carried verbatim ({share} % of the body)",
        f"inside new text: {cut + min(tail_keep, len(hp) - cut)} paragraphs of another story (headline '{host.title}')",
    ]
    return doc
