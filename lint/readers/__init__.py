"""Readers turn decoded file text into an Article with a prose view."""

from __future__ import annotations

import re

from copydesk.positions import Span


def _hard_wrapped(lines: list[str]) -> bool:
    """A run of lines wrapped at a fixed width (one paragraph), as opposed to
    one paragraph per line (CMS exports, scraped pages)."""
    if len(lines) < 2:
        return True
    body = [len(line.rstrip()) for line in lines[:-1]]
    wrapped = sum(30 <= n <= 100 for n in body)
    ends = sum(bool(_SENTENCE_END.search(line.rstrip())) for line in lines[:-1])
    return wrapped >= 0.8 * len(body) and ends <= 0.5 * len(body)


def paragraph_spans(prose: str) -> tuple[Span, ...]:
    """Paragraphs: runs of non-blank lines, trimmed. A run that is not
    hard-wrapped is one paragraph per line."""
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    pos = 0
    for line in prose.split("\n"):
        if line.strip():
            current.append((pos, line))
        elif current:
            runs.append(current)
            current = []
        pos += len(line) + 1
    if current:
        runs.append(current)
    spans: list[Span] = []
    for run in runs:
        groups = [run] if _hard_wrapped([line for _, line in run]) else [[item] for item in run]
        for group in groups:
            first_pos, first = group[0]
            last_pos, last = group[-1]
            start = first_pos + len(first) - len(first.lstrip())
            spans.append(Span(start, last_pos + len(last.rstrip())))
    return tuple(spans)


_SENTENCE_END = re.compile(r"[.,;:!…]['\"’”)]*$")


def looks_like_title(line: str) -> bool:
    """A first line that reads as a headline: short, one line, no full stop."""
    words = line.split()
    return 0 < len(words) <= 25 and "\n" not in line and not _SENTENCE_END.search(line.strip())


# A note to the reader above the headline: "Editor's note: ...", "Correction: ...".
_NOTE = re.compile(
    r"(?:editor['’]?s['’]?\s+note|correction|clarification|update|updated|content\s+warning|warning)\s*:",
    re.IGNORECASE,
)


def headline_index(prose: str, paragraphs: tuple[Span, ...]) -> int | None:
    """Which paragraph is a plain text's headline: the first, if it reads as
    one, or the one under a note to the reader in sentences ("Editor's note:
    This story contains ..." over the headline); None when the text opens with
    neither."""
    titles = [looks_like_title(prose[p.start : p.end]) for p in paragraphs[:2]]
    if len(paragraphs) > 1 and titles[0]:
        return 0  # a headline, "UPDATE: ..." or not
    if len(paragraphs) > 2 and titles[1] and _NOTE.match(prose, paragraphs[0].start, paragraphs[0].end):
        return 1
    return None
