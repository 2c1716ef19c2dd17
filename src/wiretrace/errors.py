"""One exception tree. Every error carries a code, what went wrong, and the likely fix.

    WiretraceError                 root: catch this to catch everything of ours
    ├── InputError                 E1xx  a document could not be read as text
    │   ├── InputMissing           E101  no such file
    │   ├── InputEmpty             E102  the file has no text
    │   ├── InputBinary            E103  the file looks binary (NUL bytes)
    │   ├── InputEncoding          E104  the bytes are not valid UTF-8
    │   ├── InputTooLarge          E105  the file is over the size limit
    │   ├── RecordBroken           E106  a record (JSONL line, CSV row, WARC record) cannot be parsed
    │   ├── RecordSkipped          E107  a record is readable but holds no article (not a response, no text)
    │   └── ArchiveTruncated       E108  a compressed file ends early
    ├── ParameterError             E2xx  an argument breaks its declared rule
    └── DependencyError            E3xx  an optional extra is not installed

The CLI prints ``str(error)`` on one line and exits with status 2.
"""

from __future__ import annotations


class WiretraceError(Exception):
    code = "E000"
    fix = ""

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        if fix is not None:
            self.fix = fix
        super().__init__(self.__str__())

    def __str__(self) -> str:
        tail = f" (fix: {self.fix})" if self.fix else ""
        return f"error {self.code}: {self.message}{tail}"


class InputError(WiretraceError):
    code = "E100"


class InputMissing(InputError):
    code = "E101"
    fix = "check the path; a directory is not a document"


class InputEmpty(InputError):
    code = "E102"
    fix = "give a file that contains the article text"


class InputBinary(InputError):
    code = "E103"
    fix = "give plain text; extract text from PDF/Word/HTML first"


class InputEncoding(InputError):
    code = "E104"
    fix = "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`"


class InputTooLarge(InputError):
    code = "E105"
    fix = "split the file into articles, or raise --max-bytes"


class RecordBroken(InputError):
    code = "E106"
    fix = "repair or drop the record; the rest of the file is read"


class RecordSkipped(InputError):
    code = "E107"
    fix = "nothing to do if this is expected (e.g. WARC request records)"


class ArchiveTruncated(InputError):
    code = "E108"
    fix = "download the file again; records before the damage were read"


class ParameterError(WiretraceError):
    code = "E201"
    fix = "see `wiretrace --help` for the accepted values"


class DependencyError(WiretraceError):
    code = "E301"


def check_param(owner: str, name: str, value: object, ok: bool, rule: str) -> None:
    """Uniform parameter message, scikit-learn style."""
    if not ok:
        raise ParameterError(f"The '{name}' parameter of {owner} must be {rule}. Got {value!r}.")
