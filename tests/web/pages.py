"""Reading the pair page back: its highlights, checked against the comparison's compare/2 JSON."""

from __future__ import annotations

from html.parser import HTMLParser

RANK = {"high": 3, "medium": 2, "low": 1, "none": 0}


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[str, tuple[int, ...], int, str]] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and "data-f" in a and "data-side" in a:
            self._open = {"side": a["data-side"], "f": tuple(int(x) for x in a["data-f"].split()),
                          "start": int(a["data-start"]), "text": ""}

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "mark" and self._open is not None:
            o = self._open
            self.marks.append((o["side"], o["f"], o["start"], o["text"]))
            self._open = None


def marks_in(html: str) -> list[tuple[str, tuple[int, ...], int, str]]:
    """(side, finding numbers, start offset, text) of every highlight on a pair page."""
    parser = _Marks()
    parser.feed(html)
    return parser.marks


def numbered(data: dict) -> dict[int, dict]:
    """Findings by the number the page gives them: most severe first, ties in JSON order."""
    order = sorted(range(len(data["findings"])), key=lambda i: (-RANK[data["findings"][i]["severity"]], i))
    return {n: data["findings"][i] for n, i in enumerate(order, start=1)}


def highlight_problems(marks, data: dict) -> list[str]:
    """Every finding covers exactly its spans' shown text on each side; no highlight elsewhere."""
    by_n = numbered(data)
    shown = {side: {k for s in data["sentences"][side] for k in range(s["start"], s["end"])} for side in "ab"}
    covered: dict[tuple[int, str], set[int]] = {}
    problems = []
    for side, nums, start, text in marks:
        here = set(range(start, start + len(text)))
        for n in nums:
            span = by_n[n][side] if n in by_n else None
            if span is None:
                problems.append(f"a highlight in {side.upper()} at {start} names finding {n}, which has no span there")
                continue
            if not here <= set(range(span["start"], span["end"])):
                problems.append(f"finding {n}'s highlight in {side.upper()} at {start} runs outside its span")
            covered.setdefault((n, side), set()).update(here)
    for n, f in by_n.items():
        for side in "ab":
            span = f[side]
            if span is None or span["start"] == span["end"]:
                continue
            want = set(range(span["start"], span["end"])) & shown[side]
            got = covered.get((n, side), set())
            if got != want:
                problems.append(f"finding {n} ({f['kind']}/{f['change']}) in {side.upper()}: "
                                f"{len(want - got)} characters of its span not highlighted")
    return problems
