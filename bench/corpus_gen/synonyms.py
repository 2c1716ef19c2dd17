"""A synonym table written for this generator, and a fast word-level substituter.

Each line of :data:`_TABLE` is one group of interchangeable words or phrases (same part of speech
and inflection). Three users:

* house style — every original picks one member per group for its whole text, so two stories
  built from the same template still differ in wording (keeps unrelated 5-gram overlap low);
* rewrite — swaps members for a different one of the same group;
* round trip — swaps nearly everything it can, plus the cruder mappings in :data:`MT_TABLE`
  (literal, slightly wrong choices a machine round trip makes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from random import Random

_TABLE = """
company | firm | business
companies | firms | businesses
officials | authorities
official | representative
began | started
begins | starts
major | significant
big | large
helped | assisted
showed | indicated
shows | indicates
warned | cautioned
added | noted
lawmakers | legislators
residents | locals
quickly | rapidly | swiftly
recently | lately
expected | anticipated
expects | anticipates
planned to | intended to
declined to | refused to
refused | declined
so far | to date | thus far
walked off the job | went on strike | stopped work
broke down | collapsed | fell apart
in a statement | in a written statement
last year | the previous year
nearly | almost
rose | climbed | increased
fell | dropped
rise | increase
cuts | reductions
meeting | session
talks | negotiations
offer | proposal
payment | sum
concerns | worries
concern | worry
problem | issue
problems | issues
buildings | structures
homes | houses
road | route
roads | routes
car | vehicle
cars | vehicles
jobs | positions
work | labor
chief executive | CEO | chief executive officer
spokesman | representative
spokeswoman | representative
figures | numbers
evidence | proof
review | inquiry
investigation | inquiry | probe
lawyer | attorney
lawyers | attorneys
trial | hearing
verdict | ruling
sentence | penalty
prison | jail
fans | supporters
match | game
coach | manager
patients | sick people
doctors | physicians
treatment | care
drug | medicine
disease | illness
vaccine | jab
customers | clients
data | information
app | application
software | program
devices | gadgets
fire | blaze
damage | destruction
crews | teams
shelter | refuge
shelters | refuges
voters | electors
campaign | drive
candidate | contender
minister | secretary
government | administration
parliament | legislature
law | legislation
mayor | town leader
budget | spending plan
shares | stock
investors | shareholders
deal | agreement
merger | combination
prices | costs
market | sector
growth | expansion
sales | revenue
small | modest
important | crucial
difficult | hard
serious | grave
quick | rapid
local | regional
full | complete
clear | obvious
strong | robust
weak | feeble
told reporters | told journalists
told | informed
called for | demanded
criticized | condemned
admitted | acknowledged
acknowledged | conceded
allowed | permitted
announced | declared
argued | contended
believed | thought
claimed | asserted
confirmed | verified
continued | carried on
decided | chose
described | characterized
explained | clarified
found | discovered
gave | provided
hoped | wished
insisted | maintained
moved | shifted
needed | required
opened | launched
ordered | instructed
received | got
reached | hit
remained | stayed
saw | witnessed
seemed | appeared
sent | dispatched
stopped | halted
suggested | proposed
tried | attempted
urged | pressed
used | employed
visited | toured
wanted | sought
worked | served
also | additionally
before | ahead of
during | throughout
until | till
within | inside
across | throughout
despite | in spite of
including | among them
although | though
already | by now
again | once more
almost | nearly
often | frequently
enough | sufficient
only | just
reporters | journalists
money | funds
debate | discussion
records | files
remain | stay
answer | reply
response | reaction
closed | shut
stressed | emphasized
feared | worried about
unable | not able
episode | incident
episodes | incidents
""".strip()

# machine round trip: literal, slightly off renderings (one direction only)
MT_TABLE = {
    "said": ["stated", "told", "expressed"], "says": ["states", "tells"], "told": ["informed", "said to"],
    "the": ["the", "the", ""], "a": ["one", "a", "a"], "would": ["will"], "could": ["can", "might"],
    "is": ["is", "becomes"], "was": ["was", "has been"], "were": ["were", "have been"],
    "on": ["on", "at"], "in": ["in", "at", "within"], "at": ["at", "in"], "of": ["of", "regarding"],
    "for": ["for", "toward"], "with": ["with", "together with"], "by": ["by", "through"],
    "to": ["to", "toward"], "from": ["from", "out of"], "over": ["over", "across"],
    "and": ["and", "and also", "as well as"], "that": ["that", "which"], "which": ["which", "that"],
    "who": ["who", "which"], "his": ["his own"], "her": ["her own"], "their": ["their own"],
    "after": ["after", "following"], "before": ["before", "prior to"], "has": ["has", "have"],
    "had": ["had", "has"], "have": ["have", "possess"], "did": ["did", "performed"],
    "it": ["it", "this"], "they": ["they", "those"], "we": ["we", "us"], "this": ["this", "the present"],
    "not": ["not"], "no": ["no", "none"], "more": ["more", "further"], "last": ["last", "previous"],
    "first": ["first", "initial"], "people": ["persons", "people"], "week": ["week"],
    "year": ["year", "fiscal year"], "years": ["years"], "day": ["day", "date"], "days": ["days"],
    "time": ["time", "occasion"], "still": ["still", "yet"], "also": ["also", "furthermore"],
    "very": ["very", "extremely"], "because": ["because", "since"], "if": ["in case", "when"],
    "when": ["when", "at the time"], "where": ["where", "in which"], "what": ["what", "the thing that"],
    "get": ["obtain"], "got": ["obtained"], "make": ["create"], "made": ["created"], "take": ["take"],
    "took": ["took"], "going": ["going"], "want": ["desire", "wish"], "need": ["require"],
    "think": ["consider"], "know": ["recognize"], "see": ["look at"], "come": ["come"],
    "only": ["only", "merely"], "just": ["just", "merely"], "every": ["each"], "all": ["all", "entire"],
    "some": ["some", "certain"], "other": ["other", "another"], "many": ["many", "a lot of"],
    "our": ["our"], "my": ["my own"], "here": ["here", "in this place"], "there": ["there", "at that place"],
    "now": ["now", "at present"], "then": ["then", "after that"], "again": ["again", "once more"],
}

_GROUPS: list[list[str]] = []
for _line in _TABLE.splitlines():
    members = [m.strip() for m in _line.split("|") if m.strip()]
    if len(members) >= 2:
        _GROUPS.append(members)

# first word (lower case) -> list of (phrase words, group index, member index), longest first
_INDEX: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}
for _g, _members in enumerate(_GROUPS):
    for _m, _phrase in enumerate(_members):
        words = tuple(_phrase.lower().split())
        _INDEX.setdefault(words[0], []).append((words, _g, _m))
for _lst in _INDEX.values():
    _lst.sort(key=lambda t: -len(t[0]))

N_GROUPS = len(_GROUPS)
_SIZES = [len(g) for g in _GROUPS]
_TOKEN = re.compile(r"[A-Za-z]+|[^A-Za-z]+")
_SENT_START = re.compile(r"(?:[.!?:]\s*[\"“„]?|[\"“„]|\n)\s*$")
_AN = re.compile(r"\b([Aa])n? ([A-Za-z]+)")


def groups() -> list[list[str]]:
    return [list(g) for g in _GROUPS]


def _match_case(src: str, dst: str) -> str:
    if src[:1].isupper() and dst:
        return dst[:1].upper() + dst[1:]
    return dst


def _phrase_end(toks: list[str], i: int, words: tuple[str, ...]) -> int | None:
    """End (exclusive) of the tokens of ``words`` starting at ``toks[i]``, one space apart, or
    ``None`` when they are not there."""
    j = i
    for w in words[1:]:
        if j + 2 >= len(toks) or toks[j + 1] != " " or toks[j + 2].lower() != w:
            return None
        j += 2
    return j + 1


def substitute(text: str, choose: Callable[[int, int], int | None]) -> tuple[str, list[tuple[str, str]]]:
    """Replace table phrases in ``text``; ``choose(group, current_member)`` returns the member to use
    (or ``None`` to keep the phrase). Returns the new text and the ``(old, new)`` pairs changed."""
    toks = _TOKEN.findall(text)
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    i, n = 0, len(toks)
    index = _INDEX
    while i < n:
        tok = toks[i]
        cands = index.get(tok.lower()) if tok[0].isalpha() else None
        if cands and tok[0].isupper() and i > 0 and not _SENT_START.search(toks[i - 1]):
            cands = None  # a capitalised word inside a sentence is part of a name
        if not cands:
            out.append(tok)
            i += 1
            continue
        done = False
        for words, g, m in cands:
            end = _phrase_end(toks, i, words)
            if end is None:
                continue
            pick = choose(g, m)
            if pick is None or pick == m:
                out.extend(toks[i:end])
            else:
                old = "".join(toks[i:end])
                new = _match_case(old, _GROUPS[g][pick])
                out.append(new)
                changes.append((old, new))
            i = end
            done = True
            break
        if not done:
            out.append(tok)
            i += 1
    return fix_articles("".join(out)), changes


def fix_articles(text: str) -> str:
    """``a`` / ``an`` agreement after substitutions (by first letter; good enough here)."""
    def repl(m: re.Match[str]) -> str:
        a, nxt = m.group(1), m.group(2)
        return f"{a}{'n' if _an(nxt) else ''} {nxt}"
    return _AN.sub(repl, text)


def house_style(rng: Random) -> int:
    """A style: a number that fixes, for every group, the member an outlet's style guide prefers
    (see :func:`styled`)."""
    return int(rng.random() * (1 << 30)) | 1


def styled(style: int, g: int) -> int:
    """The member of group ``g`` that ``style`` prefers (a cheap deterministic mix)."""
    return (((style * 0x9E3779B1) ^ (g * 0x85EBCA77)) >> 11) % _SIZES[g]


def apply_style(text: str, style: int) -> str:
    return substitute(text, lambda g, m: styled(style, g))[0]


def swap_some(text: str, rng: Random, rate: float) -> tuple[str, list[tuple[str, str]]]:
    """Replace each table phrase with a different member of its group with probability ``rate``."""
    def choose(g: int, m: int) -> int | None:
        if rng.random() >= rate:
            return None
        k = len(_GROUPS[g])
        return (m + 1 + int(rng.random() * (k - 1))) % k
    return substitute(text, choose)


# ---------------------------------------------------------------- house style inside templates
# A template literal is compiled once into pieces: plain strings, (group, member, capitalised)
# for a table word, and (-1, group, capitalised) for an "a"/"an" in front of one.


def _an(word: str) -> bool:
    w = word.lower()
    if w.startswith(("one", "once", "uni", "use", "usu", "eu")):
        return False
    return w[:1] in "aeiou"


def compile_literal(text: str, at_start: bool) -> list[object] | None:
    """Pieces of ``text`` with its synonym-table words marked, or ``None`` when it has none."""
    toks = _TOKEN.findall(text)
    pieces: list[object] = []
    found = False
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        cands = _INDEX.get(tok.lower()) if tok[0].isalpha() else None
        if cands and tok[0].isupper():
            start_ok = (i == 0 and at_start) or (i > 0 and _SENT_START.search(toks[i - 1]))
            if not start_ok:
                cands = None
        matched = False
        for words, g, m in cands or ():
            end = _phrase_end(toks, i, words)
            if end is None:
                continue
            # an article right before the phrase follows the chosen word
            if len(pieces) >= 2 and pieces[-1] == " " and isinstance(pieces[-2], str) \
                    and pieces[-2] in ("a", "an", "A", "An"):
                art = pieces[-2]
                del pieces[-2:]
                pieces.extend([(-1, g, art[0].isupper()), " "])
            pieces.append((g, m, tok[0].isupper()))
            found = True
            matched = True
            i = end
            break
        if not matched:
            pieces.append(tok)
            i += 1
    if not found:
        return None
    merged: list[object] = []
    for p in pieces:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        else:
            merged.append(p)
    # a trailing " " after an article piece was merged into the next string: keep structure simple
    return merged


def render_literal(pieces: list[object], style: int | None, out: list[str]) -> None:
    app = out.append
    for k, p in enumerate(pieces):
        if p.__class__ is str:
            app(p)
            continue
        a, b, cap = p
        if a == -1:  # article for the word group b that follows
            nxt = pieces[k + 2] if k + 2 < len(pieces) and not isinstance(pieces[k + 2], str) else None
            if nxt is None:
                nxt = pieces[k + 1] if not isinstance(pieces[k + 1], str) else None
            g = b
            member = nxt[1] if nxt else 0
            word = _GROUPS[g][styled(style, g) if style is not None else member]
            art = "an" if _an(word) else "a"
            app(art.capitalize() if cap else art)
        else:
            word = _GROUPS[a][(((style * 0x9E3779B1) ^ (a * 0x85EBCA77)) >> 11) % _SIZES[a]
                              if style is not None else b]
            app(word[:1].upper() + word[1:] if cap else word)


def member(g: int, m: int) -> str:
    """Member ``m`` of group ``g``."""
    return _GROUPS[g][m]
