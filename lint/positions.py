"""Character positions: the prose view's map back to the source, and line/column.

Rules see the *prose view* of an article (markup removed, line ends normalised);
users see the file they opened. Everything that translates between the two lives
here, so no other module computes a line or a column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column; columns count characters, not bytes."""

    line: int
    column: int


class LineIndex:
    """Maps character offsets in a text to 1-based line/column.

    ``\\r\\n``, ``\\r`` and ``\\n`` each end a line, as in every editor.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def position(self, offset: int) -> Position:
        if not 0 <= offset <= len(self._text):
            raise ValueError(f"offset {offset} outside text of length {len(self._text)}")
        line = bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n")

    def offset(self, position: Position) -> int:
        return self._starts[position.line - 1] + position.column - 1


@dataclass(frozen=True, slots=True)
class _Segment:
    prose_start: int
    prose_len: int
    source_start: int
    source_len: int

    @property
    def verbatim(self) -> bool:
        return self.prose_len == self.source_len


class OffsetMap:
    """Piecewise map from prose offsets to source offsets (and back).

    Built from segments in prose order: *verbatim* segments (prose text equals
    the source text there) and *replacement* segments (prose text stands for
    different source text: ``\\r\\n`` read as ``\\n``, ``&amp;`` read as ``&``,
    a paragraph break that markup removed). The segment list is compact, so a
    10 MB file costs a list with one entry per markup edit, not per character.
    """

    def __init__(self) -> None:
        self._segments: list[_Segment] = []
        self._prose_starts: list[int] = []
        self._source_starts: list[int] = []
        self._prose_len = 0

    @property
    def prose_length(self) -> int:
        return self._prose_len

    def add(self, prose_len: int, source_start: int, source_len: int) -> None:
        """Append the next ``prose_len`` prose characters, read from
        ``source[source_start:source_start + source_len]``."""
        if prose_len <= 0:
            return
        if self._segments:
            last = self._segments[-1]
            if source_start < last.source_start + last.source_len:
                raise ValueError("segments must follow the source in order")
            if (
                last.verbatim
                and prose_len == source_len
                and last.source_start + last.source_len == source_start
            ):
                # Merge adjacent verbatim runs: the common case of plain text.
                self._segments[-1] = _Segment(
                    last.prose_start,
                    last.prose_len + prose_len,
                    last.source_start,
                    last.source_len + source_len,
                )
                self._prose_len += prose_len
                return
        self._segments.append(_Segment(self._prose_len, prose_len, source_start, source_len))
        self._prose_starts.append(self._prose_len)
        self._source_starts.append(source_start)
        self._prose_len += prose_len

    def _segment_at(self, prose_offset: int) -> _Segment:
        i = bisect_right(self._prose_starts, prose_offset) - 1
        return self._segments[max(i, 0)]

    def to_source(self, prose_offset: int) -> int:
        """Source offset of the prose character at ``prose_offset``."""
        if not self._segments:
            return 0
        if prose_offset >= self._prose_len:
            last = self._segments[-1]
            return last.source_start + last.source_len
        seg = self._segment_at(prose_offset)
        if seg.verbatim:
            return seg.source_start + (prose_offset - seg.prose_start)
        return seg.source_start

    def span_to_source(self, span: Span) -> Span:
        """The source characters that the prose span was read from."""
        start = self.to_source(span.start)
        if span.end <= span.start:
            return Span(start, start)
        seg = self._segment_at(span.end - 1)
        if seg.verbatim:
            end = seg.source_start + (span.end - seg.prose_start)
        else:
            end = seg.source_start + seg.source_len
        return Span(start, max(start, end))

    def to_prose(self, source_offset: int) -> int:
        """Prose offset of the source character at ``source_offset`` (or of the
        next character that the prose keeps, when markup was dropped there)."""
        i = bisect_right(self._source_starts, source_offset) - 1
        if i < 0:
            return 0
        seg = self._segments[i]
        rel = source_offset - seg.source_start
        if rel < seg.source_len:
            return seg.prose_start + (rel if seg.verbatim else 0)
        return seg.prose_start + seg.prose_len

    def span_to_prose(self, span: Span) -> Span:
        start = self.to_prose(span.start)
        if span.end <= span.start:
            return Span(start, start)
        end = self.to_prose(span.end - 1)
        seg = self._segment_at(end)
        end = end + 1 if seg.verbatim else seg.prose_start + seg.prose_len
        return Span(start, max(start, end))
