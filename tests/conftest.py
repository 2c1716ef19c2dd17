"""Shared fixtures (one conftest for the whole suite).

``shared_path`` finds evaluation data in ../shared beside the checkout (CI always has it) and
skips with a message naming where it looked when it is absent.

``tiny_comparison`` is a Comparison built by hand from the nouns, so report and CLI tests run
without segmenter, models or pipeline. Its texts are deliberately awkward: an emoji and accented
letters before the findings (code-point offsets differ from UTF-16 and byte offsets there), Rich
markup, and HTML/attribute injection attempts inside sentences, ids and explanations.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wiretrace.model import (
    Alignment,
    Clue,
    Comparison,
    Document,
    Finding,
    Link,
    LinkKind,
    Relation,
    Role,
    Sentence,
    Severity,
    Span,
    Verdict,
)

SHARED = Path(os.environ.get("WIRETRACE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def _shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"evaluation data not found at {path}: check out ../shared beside the repository "
            "or set WIRETRACE_SHARED"
        )
    return path


@pytest.fixture(scope="session")
def shared_path():
    """``shared_path("seeds", name)``: a path in ../shared, or a skip naming where it looked."""
    return _shared_path


HOSTILE = '<script>alert(1)</script> of " onmouseover="alert(2)'

TEXT_A = (
    "Flood in Zoë’s town 😀\n"
    "About 40 people died in the flood on Monday, officials said. The mayor said the dam did not fail.\n"
    "Rescue teams [bold] are searching. They work at night.\n"
    "It is the worst flood since 1998.\n"
)
TEXT_B = (
    "Flood in Zoë’s town 😀\r\n"
    "40 people died in the flood on Monday. The mayor said the dam failed.\r\n"
    "Rescue teams [bold] search at night [/].\r\n"
    f"Officials warned {HOSTILE} more rain.\r\n"
    "Follow us for more.\r\n"
)

# (paragraph, sentence text, role) in document order.
SENTENCES_A = [
    (0, "Flood in Zoë’s town 😀", Role.TITLE),
    (1, "About 40 people died in the flood on Monday, officials said.", Role.BODY),
    (1, "The mayor said the dam did not fail.", Role.BODY),
    (2, "Rescue teams [bold] are searching.", Role.BODY),
    (2, "They work at night.", Role.BODY),
    (3, "It is the worst flood since 1998.", Role.BODY),
]
SENTENCES_B = [
    (0, "Flood in Zoë’s town 😀", Role.TITLE),
    (1, "40 people died in the flood on Monday.", Role.BODY),
    (1, "The mayor said the dam failed.", Role.BODY),
    (2, "Rescue teams [bold] search at night [/].", Role.BODY),
    (3, f"Officials warned {HOSTILE} more rain.", Role.BODY),
    (4, "Follow us for more.", Role.BOILERPLATE),
]


def _sentences(text: str, spec) -> tuple[Sentence, ...]:
    out, cursor = [], 0
    for i, (para, piece, role) in enumerate(spec):
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        out.append(Sentence(i, start, cursor, piece, "en", para, role, piece.lower()))
    return tuple(out)


def span_of(text: str, piece: str, after: str = "") -> Span:
    """The span of the first ``piece`` found after ``after`` (so tests name spans by their text)."""
    start = text.index(piece, text.index(after) if after else 0)
    return Span(start, start + len(piece))


def build_tiny_comparison() -> Comparison:
    a = Document("a[red].txt", TEXT_A, title="Flood in Zoë’s town", outlet="The [i]Daily", lang="en")
    b = Document("b.txt", TEXT_B, url="https://example.org/flood?<x>", published="2024-05-06", lang="en")
    findings = (
        Finding(
            "harmless",
            "tense",
            Severity.NONE,
            span_of(TEXT_A, "are searching"),
            span_of(TEXT_B, "search", after="teams"),
            "tense changed: 'are searching' became 'search'",
        ),
        Finding(
            "number",
            "hedge_removed",
            Severity.HIGH,
            span_of(TEXT_A, "About 40"),
            span_of(TEXT_B, "40"),
            "A says 'About 40'; B says '40': the hedge is gone",
            ("hedge: About",),
        ),
        Finding(
            "negation",
            "removed",
            Severity.HIGH,
            span_of(TEXT_A, "did not fail"),
            span_of(TEXT_B, "failed"),
            "A says the dam 'did not fail'; B says it 'failed'",
        ),
        Finding(
            "attribution",
            "speaker_dropped",
            Severity.MEDIUM,
            span_of(TEXT_A, "officials said"),
            None,
            "B drops 'officials said': the claim is now the outlet's own",
        ),
        Finding(
            "modality",
            "estimate_to_fact",
            Severity.LOW,
            span_of(TEXT_A, "About 40 people died"),
            span_of(TEXT_B, "40 people died"),
            "an estimate reads as a fact",
        ),
        Finding(
            "addition",
            "claim_added",
            Severity.LOW,
            None,
            span_of(TEXT_B, f"Officials warned {HOSTILE} more rain."),
            f'B adds a claim not in A: "{HOSTILE}" [bold]',
            (HOSTILE,),
        ),
        Finding(
            "omission",
            "claim_dropped",
            Severity.MEDIUM,
            span_of(TEXT_A, "It is the worst flood since 1998."),
            None,
            "B drops the comparison with 1998",
        ),
    )
    alignment = Alignment(
        links=(
            Link((0,), (0,), LinkKind.IDENTICAL, 1.0),
            Link((1,), (1,), LinkKind.EDITED, 0.8612),
            Link((2,), (2,), LinkKind.EDITED, 0.7433),
            Link((3, 4), (3,), LinkKind.PARAPHRASE, 0.6801),
        ),
        unmatched_a=(5,),
        unmatched_b=(4,),
        coverage_a=0.8333,
        coverage_b=0.75,
    )
    verdict = Verdict(
        Relation.EDITED,
        "a",
        0.81234,
        evidence=("B drops A's hedges [bold]", "B keeps A's sentence order"),
        clues=(Clue("time_shift", "b", 3.0, "B moves relative dates back in 1 passage(s)"),),
        direction_confidence=0.90512,
    )
    return Comparison(
        a, b, _sentences(TEXT_A, SENTENCES_A), _sentences(TEXT_B, SENTENCES_B), alignment, findings, verdict
    )


@pytest.fixture
def tiny_comparison() -> Comparison:
    return build_tiny_comparison()


# ---------------------------------------------------------------- the web viewer's stores
# Built once per session: the viewer opens them read-only, so tests cannot change them.


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """The bundled example corpus, indexed (README's first command)."""
    from web.stores import example_store

    return example_store(tmp_path_factory.mktemp("example"))


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    """Hostile documents (tests/web/hostile.py): markup, handlers, bidi overrides, a 1 MB line."""
    from web.stores import hostile_store

    return hostile_store(tmp_path_factory.mktemp("hostile"))
