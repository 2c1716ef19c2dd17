"""wiretrace: trace copies of news stories.

Start here. ``compare(a, b)`` aligns two articles sentence by sentence, lists what the copy
changed (typed findings with a severity) and says what kind of copy it is and which side is
likely the source.

    >>> import wiretrace
    >>> result = wiretrace.compare(wiretrace.Document("a", text_a), wiretrace.Document("b", text_b))
    >>> result.verdict.relation, [f.explanation for f in result.distortions]
"""

from .errors import (
    DependencyError,
    InputError,
    ParameterError,
    WiretraceError,
)
from .model import (
    Alignment,
    BadRecord,
    Candidate,
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
    Story,
    Verdict,
)
from .pipeline import compare

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "BadRecord",
    "Candidate",
    "Clue",
    "Comparison",
    "DependencyError",
    "Document",
    "Finding",
    "InputError",
    "Link",
    "LinkKind",
    "ParameterError",
    "Relation",
    "Role",
    "Sentence",
    "Severity",
    "Span",
    "Story",
    "Verdict",
    "WiretraceError",
    "__version__",
    "compare",
]
