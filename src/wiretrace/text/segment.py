"""Split a document into sentences with exact code-point offsets, and mark each one's role.

Paragraphs are lines (news files put one paragraph per line); sentences come from sentencex
inside each paragraph. Header and footer lines an aggregator or CMS adds (``This article was added
by the user``, ``Follow AP's coverage``, a bare URL) get the role ``boilerplate`` so the aligner can
leave them unlinked instead of forcing them onto story text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Role, Sentence
from .lang import detect_language, has_cjk
from .normalize import normalize

_BOILERPLATE = re.compile(
    r"not responsible for the content|this (?:article|story|post) (?:was|has been) "
    r"(?:added|posted|submitted|shared)|all rights reserved|^copyright\b|©|^advertisement$"
    r"|^\W*(?:https?://|www\.)\S+\W*$|^[\W_]+$|^_{2,}|coverage of .* at$"
    r"|^follow (?:our|all our|the latest|more of our) (?:live )?(?:coverage|reporting|updates)\b[^.!?]*[:.]?$"
    r"|^[^|\n]+(?:\s\|\s[^|\n]+){2,}$"  # "Site | Section | Reading time 3 min"
    r"|(?:automatically|machine)[ -]translated|translated (?:automatically|by machine)",
    re.IGNORECASE,
)
# Line openings that mark furniture only on a short line: "Follow us on…" is furniture,
# "Follow-up talks began on Monday, officials said, …" is a story paragraph.
_SHORT_FURNITURE = re.compile(
    r"^(?:follow|read more|click here|sign up|subscribe|share this|related:|see also|more from|photo:|"
    r"image:|getty images|reuters|afp|ap photo|(?-i:[Bb]y [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\W*$)"
    # A republisher's notice ("Republished with permission from …"): the direction clue
    # ``republisher_notice`` reads these lines, and a verbatim copy has no other mark.
    r"|republished (?:with|from|by|courtesy)|originally (?:published|appeared) (?:in|on|at|by)"
    r"|shared by a reader)",
    re.IGNORECASE,
)
# A photo line ends with its agency: "[AP]", "[Reuters/Jane Doe]", "(AP Photo/John Doe)".
_CAPTION = re.compile(r"(?:\[(?:[A-Z]{2,6}|Reuters|Getty(?: Images)?)(?:[/ ][^\]]*)?\]"
                      r"|\((?:[A-Z]{2,6}|Reuters|Getty) Photo[^)]*\))\s*$")
_END_PUNCT = re.compile(r"[.!?。！？…\"'”»」)]\s*$")


# sentencex misses some honorifics ("said Ms. | Mukherjee"): a piece ending in one of these
# runs on into the next piece.
_HONORIFIC_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Capt|Cpt|Sgt|Cpl|Adm|Rev|Sen|Rep|Gov|Supt|Insp|Det|Hon|Fr|Sr|Jr|St)\.\s*$")


@lru_cache(maxsize=8)
def _segmenter(lang: str):
    from sentencex import segment as sx

    return lambda text: list(sx(lang, text))


def _split_paragraph(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, trimmed of surrounding whitespace."""
    para = text[start:end].replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
    try:
        pieces = _segmenter(lang)(para)
    except Exception:  # sentencex has no rules for some codes: fall back to English rules
        pieces = _segmenter("en")(para)
    joined: list[str] = []
    for piece in pieces:
        if joined and _HONORIFIC_END.search(joined[-1]) and piece[:1].isupper():
            joined[-1] += piece
        else:
            joined.append(piece)
    pieces = joined
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        core = piece.strip()
        if not re.search(r"\w", core):  # a stray "<" or "*": a marker, not a sentence
            cursor += len(piece)
            continue
        at = para.find(core, cursor)
        if at < 0:  # the segmenter changed the text: keep the rest as one sentence
            rest = para[cursor:].strip()
            if rest:
                at = para.find(rest, cursor)
                spans.append((start + at, start + at + len(rest)))
            return spans
        spans.append((start + at, start + at + len(core)))
        cursor = at + len(core)
    return spans


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, trimmed of whitespace and leading control characters (wire markers)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and (text[s].isspace() or _CONTROL.match(text[s])):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans. A paragraph is a line, unless the text is hard-wrapped (wire copy at 70–80
    columns): then a long line that does not end a sentence runs on into the next line."""
    lines = _lines(text)
    if len(lines) < 3:
        return lines
    widths = sorted(e - s for s, e in lines)
    wrap = widths[int(len(widths) * 0.9) - 1]
    # Hard-wrapped text leaves most lines open (no sentence end at the line end); a file with one
    # short paragraph or segment per line closes most of them.
    open_lines = sum(1 for s, e in lines if not _END_PUNCT.search(text[max(s, e - 2):e]))
    # Japanese and Chinese are not hard-wrapped at a column; their short headline lines would be
    # glued to the next paragraph (WMT21 ja-en lost whole documents that way).
    if wrap > 120 or open_lines < 0.4 * len(lines) or has_cjk(text[:2000]):
        return lines
    out = [list(lines[0])]
    for (ps, pe), (s, e) in zip(lines, lines[1:]):
        between = text[pe:s]
        run_on = (
            between.count("\n") == 1  # consecutive lines, no blank line between
            and re.search(r"\w", text[ps:pe]) and re.search(r"\w", text[s:e])  # rules never run on
            and not _CONTROL.search(between + text[s - 1:s])
            and pe - ps >= 0.6 * wrap
            and not _END_PUNCT.search(text[max(ps, pe - 2):pe])
        )
        if run_on:
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _word_count(s: str) -> int:
    return len(s.split()) if " " in s else max(1, len(s) // 2)


def _paragraph_roles(text: str, paras: list[tuple[int, int]]) -> list[Role]:
    roles = [Role.BODY] * len(paras)
    for i, (s, e) in enumerate(paras):
        p = text[s:e].strip()
        if _BOILERPLATE.search(p) or _SHORT_FURNITURE.search(p) and _word_count(p) <= 12:
            roles[i] = Role.BOILERPLATE
        elif _CAPTION.search(p):
            roles[i] = Role.CAPTION
    # Leading short lines without final punctuation are headline matter: kicker, section name,
    # headline, deck. They stay linkable as titles (a site name simply finds no counterpart);
    # only lines that match furniture patterns are boilerplate.
    lead = []
    for i, (s, e) in enumerate(paras):
        p = text[s:e]
        if roles[i] in (Role.BOILERPLATE, Role.CAPTION):
            continue
        if _word_count(p) <= 20 and not _END_PUNCT.search(p):
            lead.append(i)
            continue
        break
    for i in lead:
        roles[i] = Role.TITLE
    # Trailing furniture: bare fragments after the story (".", "___", a URL, a dangling "at").
    for i in range(len(paras) - 1, -1, -1):
        p = text[paras[i][0]:paras[i][1]]
        if roles[i] is Role.BOILERPLATE or len(re.sub(r"\W", "", p)) <= 2:
            roles[i] = Role.BOILERPLATE
            continue
        break
    return roles


def segment(text: str, lang: str | None = None) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with offsets such that ``text[s.start:s.end] == s.text``."""
    lang = lang or detect_language(text)
    paras = _paragraphs(text)
    roles = _paragraph_roles(text, paras)
    out: list[Sentence] = []
    for p, ((s, e), role) in enumerate(zip(paras, roles, strict=True)):
        spans = [(s, e)] if role is not Role.BODY else _split_paragraph(text, s, e, lang)
        for a, b in spans:
            piece = text[a:b]
            out.append(Sentence(len(out), a, b, piece, lang, p, role, normalize(piece)))
    return tuple(out)
