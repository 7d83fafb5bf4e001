"""Small text helpers shared by rules: words, quotations by their marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk.positions import Span

WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# What may stand before the first word of a sentence: a paragraph start, or a
# sentence end (or colon) and opening quotes.
_SENTENCE_START = re.compile(r"(?:^|[.!?:…]['\"”’)\]]*\s+)['\"“‘(\[]*$")


# A sentence ends at . ! ? (or …) followed by space and a capital, digit or
# opening quote: "1.5 million", "8 a.m. today" and "Nov. 20" stay whole.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def sentence_spans(text: str, para: Span) -> Iterator[Span]:
    """The sentences of one paragraph, found without the parser."""
    start = para.start
    for m in SENTENCE_BREAK.finditer(text, para.start, para.end):
        yield Span(start, m.start())
        start = m.end()
    if start < para.end:
        yield Span(start, para.end)


def starts_sentence(text: str, para_start: int, offset: int) -> bool:
    """True when the word at ``offset`` opens a sentence of its paragraph."""
    return bool(_SENTENCE_START.search(text[max(para_start, offset - 12) : offset])) or offset == para_start


_OPEN = "“"
_CLOSE = "”"


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return WORD.finditer(text, start, len(text) if end is None else end)


def quoted_spans(text: str, para: Span, closed_only: bool = False) -> list[Span]:
    """Spans inside curly or straight double quotes in one paragraph,
    marks included. An unclosed quote runs to the paragraph's end, unless
    ``closed_only``."""
    spans = []
    depth_start = -1
    straight_open = -1
    for i in range(para.start, para.end):
        ch = text[i]
        if ch == _OPEN and depth_start < 0:
            depth_start = i
        elif ch == _CLOSE and depth_start >= 0:
            spans.append(Span(depth_start, i + 1))
            depth_start = -1
        elif ch == '"':
            if straight_open < 0:
                straight_open = i
            else:
                spans.append(Span(straight_open, i + 1))
                straight_open = -1
    for begin in (depth_start, straight_open):
        if begin >= 0 and not closed_only:
            spans.append(Span(begin, para.end))
    return spans


def inside_any(offset: int, spans: list[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)
