"""The Article: a file's source text, its fields, and the prose view rules read."""

from __future__ import annotations

import codecs
import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copydesk.errors import BinaryFileError, InputError
from copydesk.positions import LineIndex, OffsetMap, Position, Span

if TYPE_CHECKING:
    from copydesk.nlp import Analysis

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES


@dataclass(eq=False)
class Article:
    """One article as read from disk (or stdin).

    ``source`` is the decoded file, exactly as on disk but for a byte-order mark.
    ``prose`` is what rules read: markup, front matter and code removed, line
    ends normalised to ``\\n``, blocks separated by a blank line. Every prose
    offset maps back to ``source`` through ``offsets``.
    """

    path: str
    source: str
    prose: str
    offsets: OffsetMap
    kind: str
    paragraphs: tuple[Span, ...]
    headline: str | None = None
    headline_span: Span | None = None
    headings: tuple[Span, ...] = ()  # Markdown headings: titles by markup, never stray text
    date: dt.date | None = None
    byline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    analysis: Analysis | None = None
    # Shared analyses computed on demand by rules (spelling, quotes...), once per article.
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    @property
    def body(self) -> tuple[Span, ...]:
        """Paragraphs of the body: every block but the headline."""
        return tuple(p for p in self.paragraphs if p != self.headline_span)

    def text(self, span: Span) -> str:
        return self.prose[span.start : span.end]

    def source_span(self, span: Span) -> Span:
        return self.offsets.span_to_source(span)

    def line_span(self, span: Span) -> Span:
        """The source characters to delete for a prose span: as
        :meth:`source_span`, but a span that covers whole lines of prose
        covers their whole lines in the file, markup included (a list's
        bullet, a link's ``](url)``), not where another block shares the
        line (a table's cells); one that runs past a link's ``](url)``
        starts at its ``[``."""
        src = self.offsets.span_to_source(span)
        prose, source = self.prose, self.source
        text = source[src.start : src.end]
        if src.start > 0 and source[src.start - 1] == "[" and "](" in text.split("[", 1)[0]:
            src = Span(src.start - 1, src.end)  # "[Click here](url) to read more": the link whole
        if span.end <= span.start or not (
            (span.start == 0 or prose[span.start - 1] == "\n")
            and (span.end == len(prose) or prose[span.end] == "\n")
        ):
            return src
        last = self.lines.position(src.end).line
        start = self.lines.line_start(self.lines.position(src.start).line)
        end = self.lines.line_start(last) + len(self.lines.line_text(last))
        i = bisect_right(self._paragraph_starts, span.start) - 1
        j = bisect_right(self._paragraph_starts, span.end - 1)
        if (i > 0 and self.offsets.span_to_source(self.paragraphs[i - 1]).end > start) or (
            j < len(self.paragraphs) and self.offsets.to_source(self.paragraphs[j].start) < end
        ):
            return src  # a table's cells share their line
        while start < src.start and source[start].isspace():
            start += 1
        while end > src.end and source[end - 1].isspace():
            end -= 1
        return Span(min(start, src.start), max(end, src.end))

    def position(self, prose_offset: int) -> Position:
        """1-based line and column in the source file of a prose offset."""
        return self.lines.position(self.offsets.to_source(prose_offset))

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_of(self, offset: int) -> Span | None:
        i = bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None


def decode(data: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252 with a warning. NUL bytes mean a binary file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise BinaryFileError(f"{path}: binary file, skipped")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return text, (f"{path}:{line}: not valid UTF-8; read as Windows-1252",)


def read_text(text: str, path: str = "-", kind: str | None = None) -> Article:
    """Build an Article from already-decoded text.

    ``kind`` is ``"markdown"`` or ``"text"``; by default it follows the suffix of
    ``path`` (plain text for anything else, stdin included).
    """
    if kind is None:
        kind = "markdown" if Path(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"
    # Each reader on first use: a batch of plain text never loads markdown-it.
    if kind == "markdown":
        from copydesk.readers import markdown

        return markdown.read(text, path)
    if kind == "text":
        from copydesk.readers import plain

        return plain.read(text, path)
    raise InputError(f"{path}: unknown article kind {kind!r}")


def read_bytes(data: bytes, path: str, kind: str | None = None) -> Article:
    text, warnings = decode(data, path)
    article = read_text(text, path, kind)
    article.warnings = warnings + article.warnings
    return article


def read_path(path: str | Path, display: str | None = None) -> Article:
    """Read a file from disk; ``display`` is the path as the user gave it."""
    shown = display if display is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{shown}: {exc.strerror or exc}") from None
    return read_bytes(data, shown)


def coerce_date(value: object) -> dt.date | None:
    """A front-matter date: YAML dates, datetimes and ISO strings."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None
