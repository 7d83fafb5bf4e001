"""Readers turn decoded file text into an Article with a prose view."""

from __future__ import annotations

import re

from copydesk.positions import Span


def paragraph_spans(prose: str) -> tuple[Span, ...]:
    """Runs of non-blank lines, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    start = end = -1
    pos = 0
    for line in prose.split("\n"):
        if line.strip():
            if start < 0:
                start = pos + len(line) - len(line.lstrip())
            end = pos + len(line.rstrip())
        elif start >= 0:
            spans.append(Span(start, end))
            start = -1
        pos += len(line) + 1
    if start >= 0:
        spans.append(Span(start, end))
    return tuple(spans)


_SENTENCE_END = re.compile(r"[.,;:!…]['\"’”)]*$")


def looks_like_title(line: str) -> bool:
    """A first line that reads as a headline: short, one line, no full stop."""
    words = line.split()
    return 0 < len(words) <= 25 and "\n" not in line and not _SENTENCE_END.search(line.strip())
