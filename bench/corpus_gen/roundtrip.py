"""A simulated bad machine round trip (English → another language → English).

First the distortions a reader would care about, each recorded in ``edits``: respelled names
(l/r swaps, ch → k, doubled letters; one name everywhere, another only at a later mention), a
flipped negation, dropped hedges, a dropped condition. Then the machine's noise: nearly every
table word swapped (:mod:`.synonyms`), literal renderings of function words (``said`` → ``stated``,
``would`` → ``will``, ``the`` dropped), clause order shuffled, ``X's Y`` → ``Y of X``, stray
fragments (``Said.``), a subjectless sentence, paragraphs glued together, an aggregator header.
The noise passes repeat until the word 5-gram Jaccard with the source is below the target
(< 0.1 by default), so the copy is invisible to MinHash-style near-duplicate detection.
"""

from __future__ import annotations

import re
from random import Random

from . import names, synonyms
from .derive import _IF_FIRST, _IF_LAST, outside_quotes
from .doc import Doc
from .measure import jaccard, shingles

_MT = {
    "said": ["stated", "told", "expressed"], "says": ["states"], "told": ["informed", "said to"],
    "the": [""], "a": ["one"], "would": ["will"], "could": ["can", "might"], "was": ["has been"],
    "were": ["have been"], "on": ["at"], "in": ["at", "within"], "at": ["in"], "of": ["regarding", "of the"],
    "for": ["toward", "for the sake of"], "with": ["together with"], "by": ["through"], "from": ["out of"],
    "over": ["across"], "and": ["and also", "as well as", "and then"], "that": ["which"], "which": ["that"],
    "who": ["which"], "his": ["his own"], "their": ["their own"], "its": ["its own"], "our": ["our own"],
    "after": ["following"], "before": ["prior to"], "had": ["has"], "it": ["this"], "this": ["the present"],
    "more": ["further"], "last": ["previous"], "first": ["initial"], "people": ["persons"],
    "time": ["occasion"], "still": ["yet"], "also": ["furthermore"], "very": ["extremely"],
    "because": ["since"], "when": ["at the time"], "where": ["in which"], "what": ["the thing which"],
    "get": ["obtain"], "make": ["create"], "made": ["created"], "want": ["desire"], "need": ["require"],
    "think": ["consider"], "know": ["recognize"], "see": ["look at"], "only": ["merely"], "just": ["merely"],
    "every": ["each"], "some": ["certain"], "many": ["a lot of"], "my": ["my own"], "now": ["at present"],
    "then": ["after that"], "again": ["once more"], "but": ["however"], "so": ["therefore"],
    "against": ["toward"], "under": ["beneath"], "into": ["to the inside of"], "between": ["among"],
    "while": ["during"], "since": ["from"], "during": ["in the course of"], "until": ["up to"],
    "across": ["throughout"], "as": ["like"], "are": ["are being"], "is": ["is being"], "has": ["has already"],
    "have": ["have already"], "will": ["shall"], "not": ["not"], "than": ["compared to"],
    "there": ["there"], "they": ["those"], "we": ["we"], "out": ["outside"], "up": ["upward"],
}
_TOK = re.compile(r"[A-Za-z]+|[^A-Za-z]+")
_NUMBER_NEXT = re.compile(r"[$£€]?\d")
_NEG = [(r"\bcould not\b", "could"), (r"\bcannot\b", "can"), (r"\bdid not\b", "did"), (r"\bdoes not\b", "does"),
        (r"\bhas not\b", "has"), (r"\bhave not\b", "have"), (r"\bwas not\b", "was"), (r"\bwere not\b", "were"),
        (r"\bis not\b", "is"), (r"\bare not\b", "are"), (r"\bwould not\b", "would"), (r"\bwill not\b", "will"),
        (r"\bno longer\b", "still"), (r"\bnever\b", "ever")]
_NEG_RE = [(re.compile(p), r) for p, r in _NEG]
_ANY_NEG = re.compile("|".join(p for p, _ in _NEG))
_HEDGE = re.compile(r"\b(about|around|roughly|some|nearly|almost|close to|as many as|up to|at least|more than|over) "
                    r"(?=[$£€]?\d)")
_COND_MID = re.compile(r",? (?:if|unless) [^,.\"]+(?=[,.])")
_POSS = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)'s ([a-z]+(?: [a-z]+)?)\b")
_SUBJ = re.compile(r"^(?:The [a-z]+|It|They|He|She) (?=[a-z]+(?:s|ed)\b)")
_AGGREGATOR_NOTE = ["Automatically translated article", "Machine translated", "Translated automatically"]


_MT_RE = re.compile(r"\b(" + "|".join(sorted((k for k in _MT if any(a != k for a in _MT[k])), key=len, reverse=True))
                    + r")\b( ?)")
_MT_ALTS = {k: [a for a in v if a != k] for k, v in _MT.items()}


def mt_words(text: str, rng: Random, rate: float) -> str:
    """Literal function-word renderings (lower-case words only, so names are safe), never in front
    of a number (that would touch a hedge)."""
    rand = rng.random

    def repl(m: re.Match[str]) -> str:
        if rand() >= rate:
            return m.group(0)
        end = m.end()
        if _NUMBER_NEXT.match(text, end):
            return m.group(0)
        alts = _MT_ALTS[m.group(1)]
        new = alts[int(rand() * len(alts))]
        return new + m.group(2) if new else ""

    out = _MT_RE.sub(repl, text)
    if out.startswith("The ") and rand() < rate * 0.5:
        out = out[4].upper() + out[5:]
    return out[:1].upper() + out[1:]


_FILLERS = ("also", "then", "indeed", "in fact", "further", "as such")


def _fillers(text: str, rng: Random, rate: float) -> str:
    """Stray words between words (a machine's hesitations); each breaks the 5-grams across it."""
    words = text.split(" ")
    out = []
    for w in words:
        out.append(w)
        if rng.random() < rate and w and w[-1].isalpha():
            out.append(_FILLERS[int(rng.random() * len(_FILLERS))])
    return " ".join(out)


def shuffle_clauses(sentence: str, rng: Random) -> str:
    """Swap two comma-separated clauses, or move a trailing time phrase to the front."""
    if '"' in sentence:
        return sentence
    m = re.search(r" (on|late on|by) ([A-Z][a-z]+day)(?: (?:morning|evening|afternoon))?\.$", sentence)
    if m and rng.random() < 0.5:
        core = sentence[:m.start()] + "."
        return f"{m.group(0)[1:-1].capitalize()}, {core[0].lower()}{core[1:]}" if core.split()[0] in (
            "The", "A", "An", "It") else f"{m.group(0)[1:-1].capitalize()}, {core}"
    parts = sentence.rstrip(".").split(", ")
    if len(parts) >= 2:
        i = int(rng.random() * (len(parts) - 1))
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
        s = ", ".join(parts)
        return s[0].upper() + s[1:] + "."
    return sentence


def round_trip(src: Doc, rng: Random, target: float = 0.1, aggregator: str = "NewsFlow Daily") -> Doc:
    doc = src.derive("round_trip", structural=False)
    edits: list[str] = []
    story = src.story
    paras = [[[r, t] for r, t in p] for p in doc.paras]

    def each():
        for p in paras:
            yield from p

    # names: one respelled everywhere, maybe another only after its first mention
    people = [story.slots[p] for p in story.people]
    body = "\n".join(t for _, t in (x for x in each()))
    present = [p for p in people if p["en:last"] in body and len(p["en:last"]) > 3]
    rng.shuffle(present)
    for k, person in enumerate(present[:1 + (rng.random() < 0.5)]):
        old = person["en:last"]
        new = names.respell(old, rng)
        if new == old:
            continue
        pat = re.compile(rf"\b{re.escape(old)}\b")
        seen = [0]

        def later(m: re.Match[str], new: str = new, seen: list[int] = seen) -> str:
            seen[0] += 1
            return m.group(0) if seen[0] == 1 else new

        for item in each():
            item[1] = pat.sub(new if k == 0 else later, item[1])
        edits.append(f"name: {old} -> {new}" + (" (later mentions only)" if k else ""))
        if k == 0 and rng.random() < 0.4:
            first = person["en:first"]
            nf = names.respell(first, rng)
            if nf != first:
                for item in each():
                    item[1] = re.sub(rf"\b{re.escape(first)}\b", nf, item[1])
                edits.append(f"name: {first} -> {nf}")
    # one negation flipped
    cands = [(item, rx, rep) for item in each() if _ANY_NEG.search(item[1])
             for rx, rep in _NEG_RE if rx.search(item[1])]
    if cands:
        item, rx, rep = cands[int(rng.random() * len(cands))]
        m = rx.search(item[1])
        item[1] = item[1][:m.start()] + rep + item[1][m.end():]
        edits.append(f"negation: '{m.group(0)}' -> '{rep}'")
    # hedges dropped (one to three, never all)
    hedges = [(item, m) for item in each() for m in _HEDGE.finditer(item[1])]
    if hedges:
        k = min(len(hedges) - (len(hedges) > 2), 1 + int(rng.random() * 3))
        for item, m in sorted(rng.sample(hedges, max(1, k)), key=lambda x: -x[1].start()):
            number = re.match(r"[$£€]?[\d.,]+(?: (?:million|billion|percent))?", item[1][m.end():])
            if item[1][m.start():m.end()] != m.group(0):
                continue
            item[1] = item[1][:m.start()] + item[1][m.end():]
            edits.append(f"hedge: '{m.group(0)}{number.group(0) if number else ''}' -> "
                         f"'{number.group(0) if number else ''}'")
    # one condition dropped
    conds = [item for item in each() if (" if " in item[1] or " unless " in item[1] or
                                          item[1].startswith(("If ", "Unless "))) and '"' not in item[1]]
    if conds:
        item = conds[int(rng.random() * len(conds))]
        t = item[1]
        m1, m2 = _IF_FIRST.match(t), _IF_LAST.match(t)
        if m1:
            main = m1.group("main")
            new, gone = main[0].upper() + main[1:] + ".", m1.group("cond")
        elif m2:
            new, gone = m2.group("main") + ".", m2.group("cond")
        else:
            m3 = _COND_MID.search(t)
            new, gone = (t[:m3.start()] + t[m3.end():], m3.group(0).strip(", ")) if m3 else (t, "")
        if gone:
            item[1] = new.replace(" would ", " will ")
            edits.append(f"condition dropped: '{gone}'")
    distortions = len(edits)
    # machine noise
    for item in each():
        t, _ = synonyms.swap_some(item[1], rng, 0.95)
        t = _POSS.sub(lambda m: f"the {m.group(2)} of {m.group(1)}", t) if rng.random() < 0.7 else t
        t = mt_words(t, rng, 0.65)
        if rng.random() < 0.35:
            t = shuffle_clauses(t, rng)
        item[1] = t
    # artifacts: a stray fragment, a subjectless sentence, glued paragraphs
    quoted = [(pi, j) for pi, p in enumerate(paras) for j, item in enumerate(p) if item[1].endswith('."') or
              re.search(r'"[^"]+" ?,? ?\w+ (?:stated|said|told)', item[1])]
    if quoted:
        pi, j = quoted[int(rng.random() * len(quoted))]
        frag = names._pick(rng, ["Said.", "Did.", "Stated.", "It said."])
        paras[pi].insert(j + 1, [None, frag])
        edits.append(f"MT artifact: stray fragment '{frag}'")
    subj = [item for item in each() if item[0] is not None and _SUBJ.match(item[1])]
    if subj:
        item = subj[int(rng.random() * len(subj))]
        m = _SUBJ.match(item[1])
        rest = item[1][m.end():]
        item[1] = rest[0].upper() + rest[1:]
        edits.append(f"MT artifact: subject dropped ('{m.group(0).strip()}')")
    for _ in range(1 + int(rng.random() * 2)):
        if len(paras) > 4:
            i = 1 + int(rng.random() * (len(paras) - 2))
            paras[i:i + 2] = [paras[i] + paras[i + 1]]
            edits.append(f"MT artifact: paragraphs {i + 1} and {i + 2} glued")
    doc.paras = [[(r, t) for r, t in p] for p in paras]
    doc.title = mt_words(synonyms.swap_some(src.title, rng, 0.95)[0], rng, 0.6)
    minutes = max(1, len(doc.text().split()) // 220)
    doc.header = [f"{aggregator} | {names._pick(rng, _AGGREGATOR_NOTE)} | Reading time {minutes} min"]
    doc.footer = []
    edits.append(f"aggregator header: '{doc.header[0]}'")
    # more noise until the 5-gram Jaccard with the source is under the target
    src_sh = shingles(src.text())
    j = jaccard(src_sh, doc.text())
    passes = 0
    while j >= target and passes < 12:
        passes += 1
        rate = min(0.9, 0.3 + 0.1 * passes)

        def noise(text: str, rate: float = rate) -> str:
            return mt_words(text, rng, rate)
        doc.paras = [[(r, outside_quotes(t, noise) if passes < 4 else noise(t)) for r, t in p] for p in doc.paras]
        if passes >= 3:
            doc.paras = [[(r, shuffle_clauses(t, rng)) for r, t in p] for p in doc.paras]
        j = jaccard(src_sh, doc.text())
    if j >= target:  # last resort: every function word, quotes included, and clause order everywhere
        doc.paras = [[(r, shuffle_clauses(mt_words(t, rng, 1.0), rng)) for r, t in p] for p in doc.paras]
        j = jaccard(src_sh, doc.text())
    rate = 0.1
    while j >= target:  # and if even that is not enough (machine text to begin with): stray filler words
        doc.paras = [[(r, _fillers(t, rng, rate)) for r, t in p] for p in doc.paras]
        j = jaccard(src_sh, doc.text())
        rate = min(0.5, rate + 0.1)
    edits.insert(distortions, "quotes and wording re-rendered by the machine round trip "
                              "(synonyms, literal function words, clause order)")
    doc.edits = edits
    doc.extra["jaccard"] = round(j, 4)
    return doc
