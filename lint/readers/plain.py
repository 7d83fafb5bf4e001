"""Plain text (``.txt`` and stdin): the prose is the file with line ends normalised."""

from __future__ import annotations

import re

from copydesk.article import Article
from copydesk.positions import OffsetMap
from copydesk.readers import headline_index, paragraph_spans

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def normalise(text: str) -> tuple[str, OffsetMap]:
    """``text`` with ``\\r\\n`` and ``\\r`` read as ``\\n``, and its offset map."""
    offsets = OffsetMap()
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        offsets.add(m.start() - pos, pos, m.start() - pos)
        offsets.add(1, m.start(), m.end() - m.start())
        pos = m.end()
    offsets.add(len(text) - pos, pos, len(text) - pos)
    return _LINE_BREAK.sub("\n", text), offsets


def read(text: str, path: str) -> Article:
    prose, offsets = normalise(text)
    paragraphs = paragraph_spans(prose)
    at = headline_index(prose, paragraphs)
    headline_span = None if at is None else paragraphs[at]
    return Article(
        path=path,
        source=text,
        prose=prose,
        offsets=offsets,
        kind="text",
        paragraphs=paragraphs,
        headline=prose[headline_span.start : headline_span.end] if headline_span else None,
        headline_span=headline_span,
    )
