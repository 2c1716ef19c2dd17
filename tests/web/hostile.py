"""A corpus of hostile documents: markup, event handlers, script URLs, bidi overrides, a 1 MB line.

Each document is a plausible copy of the first, so the corpus has a story, pairs and findings
whose spans cut through the hostile text. Every attack sets ``window.__pwned`` (or opens a dialog)
if it ever runs, which the browser test checks.
"""

from __future__ import annotations

from wiretrace import Document

RLO, PDF, RLI, PDI, RLM = "\u202e", "\u202c", "\u2067", "\u2069", "\u200f"
SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = '<img src=x onerror="window.__pwned=\'img\'">'
ATTR = '" onmouseover="window.__pwned=\'attr\'" x="'
SVG = "<svg onload=\"window.__pwned='svg'\"></svg>"
CLOSE = "</td></tr></table></mark><div style=\"position:fixed;inset:0;background:red\">covered</div>"
LONG_LINE = "Z" * 1_000_000  # one line, no space to break at

ORIGINAL = (
    f"Council {SCRIPT} approves budget\n"
    f"The council approved a budget of about 40 million euros on Monday, officials said. {IMG}\n"
    f"The mayor said the plan did not raise taxes {ATTR} for families.\n"
    f"Opposition members {RLO}walked out of the meeting{PDF} in protest, a spokesman said.\n"
    f"The vote was 12 to 9 {SVG} after a long debate.\n"
)
COPY = (
    f"Council {SCRIPT} approves budget\n"
    f"The council approved a budget of 40 million euros on Monday. {IMG}\n"
    f"The mayor said the plan raised taxes {ATTR} for families.\n"
    f"Opposition members {RLO}walked out of the meeting{PDF} in protest.\n"
    f"The vote was 12 to 9 {SVG} after a long debate. {RLI}{RLM}مرحبا{PDI} {CLOSE}\n"
)
LONG = ORIGINAL.replace("after a long debate.", "after a long debate.\n" + LONG_LINE)


def documents() -> list[Document]:
    return [
        Document("hostile/original.txt", ORIGINAL, title=f"Budget {SCRIPT}", outlet=f"The {SVG} Times",
                 url="javascript:window.__pwned='url'", published="2024-05-06", lang="en"),
        Document(f"hostile/{RLO}copy{PDF}<b>.txt", COPY, title=f"Budget {IMG}", outlet=f"{ATTR}Post",
                 url="https://example.org/?q=<script>", published="2024-05-07T09:00:00", lang="en"),
        Document("hostile/long.txt", LONG, title="Budget with a 1 MB line", outlet="Wire", lang="en"),
    ]
