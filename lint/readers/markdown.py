"""Markdown (``.md``, ``.markdown``) with optional YAML front matter.

markdown-it-py parses the blocks; prose is the text of paragraphs, headings,
list items, block quotes and table cells. Code, HTML, link URLs, images and
front matter are not prose. Each inline text is aligned character by character
with the source (escapes and entities included), so a prose span lands on the
exact characters of the file.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from copydesk.article import Article, coerce_date
from copydesk.errors import InputError
from copydesk.positions import LineIndex, OffsetMap, Span

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)(?:\r?\n|\r)?^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_SEPARATOR = "\n\n"
# How far the aligner may skip unknown markup before it gives up on a token.
_MAX_SKIP = 200


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _Builder:
    """Accumulates prose text and its offset map, block by block."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.offsets = OffsetMap()
        self.length = 0
        self.blocks: list[Span] = []
        # Source offset after the last emitted text: cells of one table row
        # share a line, so a block may start before its line does.
        self.floor = 0
        self.pending_separator = False
        self.block_start: int | None = None

    def emit(self, text: str, source_start: int, source_len: int) -> None:
        if not text:
            return
        if self.pending_separator:
            # The blank line between blocks stands for the source between them.
            self.pending_separator = False
            self._add(_BLOCK_SEPARATOR, self.floor, max(0, source_start - self.floor))
        if self.block_start is None:
            self.block_start = self.length
        self._add(text, source_start, source_len)

    def _add(self, text: str, source_start: int, source_len: int) -> None:
        self.parts.append(text)
        self.offsets.add(len(text), source_start, source_len)
        self.length += len(text)
        self.floor = source_start + source_len

    def start_block(self) -> None:
        self.pending_separator = bool(self.blocks)
        self.block_start = None

    def end_block(self) -> None:
        if self.block_start is not None and self.length > self.block_start:
            self.blocks.append(Span(self.block_start, self.length))

    def align(self, content: str, cursor: int, limit: int) -> int:
        """Emit ``content`` read from the source at or after ``cursor``; return
        the new cursor. Escapes (``\\*``) and entities (``&amp;``) are read as
        the characters they stand for."""
        src = self.source
        i = 0
        p = cursor
        # Skip markup before the text (emphasis marks, list bullets, "> ").
        skipped = 0
        while p < limit and src[p] != content[0] and src[p] not in "\\&" and skipped < _MAX_SKIP:
            p += 1
            skipped += 1
        run_start = p
        run_prose = 0

        def flush() -> None:
            nonlocal run_prose
            if run_prose:
                self.emit(content[i - run_prose : i], run_start, run_prose)
                run_prose = 0

        while i < len(content) and p < limit:
            ch = content[i]
            if src[p] == ch:
                if run_prose == 0:
                    run_start = p
                run_prose += 1
                i += 1
                p += 1
                continue
            if src[p] == "\\" and p + 1 < limit and src[p + 1] == ch:
                flush()
                self.emit(ch, p, 2)
                i += 1
                p += 2
                continue
            if src[p] == "&":
                m = _ENTITY.match(src, p, limit)
                if m:
                    decoded = html.unescape(m.group())
                    if decoded and content.startswith(decoded, i):
                        flush()
                        self.emit(decoded, p, m.end() - p)
                        i += len(decoded)
                        p = m.end()
                        continue
            if ch == "\n" and src[p] == "\r":
                flush()
                width = 2 if src.startswith("\r\n", p) else 1
                self.emit("\n", p, width)
                i += 1
                p += width
                continue
            # Unknown markup in the source (a table pipe, a stray mark): skip it.
            flush()
            p += 1
        if i < len(content):
            # Could not place the rest: keep the words, anchored where we stopped.
            flush()
            self.emit(content[i:], min(p, limit), 0)
        else:
            flush()
        return p


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front matter as a dict, and the text with it blanked (line numbers kept)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"front matter{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter: expected key: value pairs")
    blanked = re.sub(r"[^\r\n]", " ", text[: m.end()]) + text[m.end() :]
    return {str(k): v for k, v in data.items()}, blanked


def _inline_limit(lines: LineIndex, token: Token, source: str) -> tuple[int, int]:
    if token.map is None:
        return 0, len(source)
    start = lines.line_start(token.map[0] + 1)
    end_line = token.map[1]
    end = lines.line_start(end_line + 1) if end_line < lines.line_count else len(source)
    return start, end


def _walk_inline(builder: _Builder, token: Token, cursor: int, limit: int) -> int:
    src = builder.source
    in_autolink = False
    for child in token.children or []:
        kind = child.type
        if kind == "link_open" and child.markup == "autolink":
            in_autolink = True
        elif kind == "link_close" and in_autolink:
            in_autolink = False
            close = src.find(">", cursor, limit)
            cursor = close + 1 if close >= 0 else cursor
        elif in_autolink:
            continue
        elif kind == "text" and child.content:
            cursor = builder.align(child.content, cursor, limit)
        elif kind in ("softbreak", "hardbreak"):
            nl = cursor
            while nl < limit and src[nl] not in "\r\n":
                nl += 1
            width = 2 if src.startswith("\r\n", nl) else 1
            builder.emit("\n", nl, width if nl < limit else 0)
            cursor = min(nl + width, limit)
        elif kind == "link_close" and src.startswith("](", cursor):
            close = src.find(")", cursor, limit)
            cursor = close + 1 if close >= 0 else cursor
        elif kind == "code_inline":
            # Not prose: step over it, from its opening backticks to the closing
            # ones (its content is normalised: a line end inside reads as a space).
            opening = src.find(child.markup, cursor, limit)
            closing = src.find(child.markup, opening + len(child.markup), limit) if opening >= 0 else -1
            if closing >= 0:
                cursor = closing + len(child.markup)
        elif kind == "html_inline" and child.content:
            found = src.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
        elif kind == "image":
            close = src.find(")", src.find("](", cursor, limit), limit)
            cursor = close + 1 if close >= 0 else cursor
    return cursor


def read(text: str, path: str) -> Article:
    try:
        meta, body = _split_front_matter(text)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    lines = LineIndex(text)
    builder = _Builder(text)
    headline_span: Span | None = None
    headings: list[Span] = []
    first_block = True
    tokens = _parser().parse(body)
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            heading_level = 0
        if token.type != "inline":
            continue
        start, limit = _inline_limit(lines, token, text)
        builder.start_block()
        _walk_inline(builder, token, max(start, builder.floor), limit)
        before = len(builder.blocks)
        builder.end_block()
        if heading_level and len(builder.blocks) > before:
            headings.append(builder.blocks[-1])
        if first_block and heading_level == 1 and builder.blocks:
            headline_span = builder.blocks[-1]
        first_block = False
    prose = "".join(builder.parts)
    title = meta.get("title", meta.get("headline"))
    headline = str(title) if title is not None else None
    if headline is None and headline_span is not None:
        headline = prose[headline_span.start : headline_span.end]
    byline = meta.get("byline", meta.get("author"))
    return Article(
        path=path,
        source=text,
        prose=prose,
        offsets=builder.offsets,
        kind="markdown",
        paragraphs=tuple(builder.blocks),
        headline=headline,
        headline_span=headline_span,
        headings=tuple(headings),
        date=coerce_date(meta.get("date")),
        byline=str(byline) if byline is not None else None,
        meta=meta,
    )
