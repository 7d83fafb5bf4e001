"""Word lists are data: plain text files beside the rule that reads them.

One entry per line; ``#`` starts a comment; ``wrong -> right`` gives a
replacement. Loaded once per process and validated at load time, with errors
that name the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from copydesk.errors import PluginError


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    replacement: str | None
    line: int


def parse(text: str, where: str) -> tuple[Entry, ...]:
    entries = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        term, arrow, replacement = line.partition("->")
        term, replacement = term.strip(), replacement.strip()
        if not term or (arrow and not replacement):
            raise PluginError(f"{where}:{number}: expected 'term' or 'wrong -> right', got {raw.strip()!r}")
        entries.append(Entry(term, replacement or None, number))
    return tuple(entries)


@cache
def load(package: str, name: str) -> tuple[Entry, ...]:
    """The entries of data file ``name`` in ``package`` (cached)."""
    resource = files(package).joinpath(name)
    return parse(resource.read_text(encoding="utf-8"), f"{package}/{name}")


@cache
def load_patterns(package: str, name: str) -> tuple[tuple[re.Pattern[str], Entry], ...]:
    """Entries compiled as case-insensitive regular expressions; ``^`` and
    ``$`` match at line (so paragraph) boundaries."""
    compiled = []
    for entry in load(package, name):
        try:
            compiled.append((re.compile(entry.term, re.IGNORECASE | re.MULTILINE), entry))
        except re.error as exc:
            raise PluginError(f"{package}/{name}:{entry.line}: bad pattern ({exc})") from None
    return tuple(compiled)
