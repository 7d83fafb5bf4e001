"""Word lists are data: plain text files beside the rule that reads them.

One entry per line; ``#`` starts a comment; ``wrong -> right`` gives a
replacement. Loaded once per process and validated at load time, with errors
that name the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from copydesk.errors import PluginError
from copydesk.patterns import lazy_re


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
    flags, where = re.IGNORECASE | re.MULTILINE, f"{package}/{name}"
    return tuple((_compile(entry.term, flags, where, entry), entry) for entry in load(package, name))


def _compile(pattern: str, flags: int, where: str, entry: Entry) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise PluginError(f"{where}:{entry.line}: bad pattern ({exc})") from None


@dataclass(frozen=True, slots=True)
class LowerPattern:
    """A pattern written in lower case, searched for in lower-cased text.

    Without IGNORECASE, and with a leading ``\\b`` checked here rather than
    by ``re``, a pattern that starts with a literal lets ``re`` skip ahead to
    it: ten times faster than case-folding over a long story."""

    scan: re.Pattern[str]
    bounded: bool  # the pattern opened with \b
    entry: Entry
    # The literal word its group ``w`` flags, if it is one ("could (?P<w>of) been"):
    # a text without it is passed over with a substring test, not a scan.
    needs: str | None = None

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        """Matches in ``low`` (text already lower-cased), as ``re.finditer``."""
        if self.needs is not None and self.needs not in low:
            return
        pos = 0
        while (m := self.scan.search(low, pos)) is not None:
            start = m.start()
            if self.bounded and _word_char(low, start - 1) == _word_char(low, start):
                pos = start + 1
                continue
            yield m
            pos = max(m.end(), start + 1)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def lower(text: str) -> str:
    """``text`` in lower case, character for character (offsets kept: a
    character whose lower case is longer, "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_CAPITAL = re.compile(r"(?<!\\)[A-Z]")  # a capital that is no escape's letter (\S, \W)


@dataclass(frozen=True, slots=True)
class SearchPattern:
    """A case-insensitive pattern with a quick first test: is it anywhere in
    a text? Where the pattern names no capital ("(?-i:[A-Z])", "AP Photo"),
    the test runs in lower case, without the slow case-folding."""

    pattern: re.Pattern[str]
    entry: Entry
    lower: LowerPattern | None
    needs: str | None = None  # the literal its group ``w`` flags, as LowerPattern's

    def in_text(self, text: str, low: str) -> bool:
        """Whether the pattern matches somewhere in ``text`` (``low`` is its
        :func:`lower`)."""
        if self.lower is not None:
            return next(self.lower.finditer(low), None) is not None
        if self.needs is not None and self.needs not in low:
            return False
        return self.pattern.search(text) is not None


@cache
def load_search_patterns(package: str, name: str) -> tuple[SearchPattern, ...]:
    """:func:`load_patterns`, each with its lower-case first test."""
    return tuple(
        SearchPattern(pattern, entry, None if _CAPITAL.search(entry.term) else lower, lower.needs)
        for (pattern, entry), lower in zip(
            load_patterns(package, name), load_lower_patterns(package, name), strict=True
        )
    )


_FLAGGED_LITERAL = lazy_re(r"\(\?P<w>([a-z]+)\)")


@cache
def load_lower_patterns(package: str, name: str) -> tuple[LowerPattern, ...]:
    """Entries compiled as :class:`LowerPattern`; ``^`` and ``$`` match at line
    (so paragraph) boundaries."""
    compiled = []
    for entry in load(package, name):
        bounded = entry.term.startswith("\\b")
        scan = _compile(entry.term[2:] if bounded else entry.term, re.MULTILINE, f"{package}/{name}", entry)
        literal = _FLAGGED_LITERAL.search(entry.term)
        compiled.append(LowerPattern(scan, bounded, entry, literal.group(1) if literal else None))
    return tuple(compiled)
