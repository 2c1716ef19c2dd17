"""A Comparison as one self-contained HTML page (inline CSS, no external resources).

Safety rests on two rules. Jinja2 autoescaping is always on, so every value a template prints is
escaped. And highlighting never splices markup into document text: ``_layout`` cuts the text
into pieces at span boundaries, and the template wraps each escaped piece in ``<mark>``. No
string in this module is ever marked safe.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..model import Comparison, Severity
from ._layout import DROPPED, NOT_ALIGNED, ONLY_B, build_rows, numbered_findings, source_label, span_text


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("wiretrace.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt variable fails the render instead of printing ""
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(c: Comparison) -> str:
    """The full report for ``c`` as an HTML document (a string, UTF-8 when written)."""
    numbered = numbered_findings(c)
    findings = [
        {"number": n, "f": f, "a_text": span_text(c.a, f.a), "b_text": span_text(c.b, f.b)}
        for n, f in numbered
    ]
    counts = {sev.value: sum(1 for f in c.findings if f.severity is sev) for sev in Severity}
    return (
        _environment()
        .get_template("compare.html")
        .render(
            c=c,
            verdict=c.verdict,
            alignment=c.alignment,
            source=source_label(c),
            rows=build_rows(c),
            findings=findings,
            explanations={n: f for n, f in numbered},
            counts=counts,
            severities=[sev.value for sev in Severity],
            labels={"dropped": DROPPED, "only_b": ONLY_B, "not_aligned": NOT_ALIGNED},
        )
    )
