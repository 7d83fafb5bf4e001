"""The prose view maps back to the exact characters of the source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk import read_text
from copydesk.positions import LineIndex, Position, Span

# Text with the characters that make positions hard: line ends of every
# kind, tabs, non-ASCII, Markdown markup and entities.
ALPHABET = st.sampled_from([*"ab Zé–“”’\t\n\r*_`#>-[]()&;!\\1", "\r\n", "&amp;", "ü", "😀"])
texts = st.lists(ALPHABET, max_size=80).map("".join)


def _check_map(kind: str, text: str, data: st.DataObject) -> None:
    article = read_text(text, "x", kind)
    prose, source = article.prose, article.source
    n = len(prose)
    if n == 0:
        return
    # Every prose character that the map places verbatim is that source character.
    for i, ch in enumerate(prose):
        src = article.offsets.to_source(i)
        assert 0 <= src <= len(source)
        if (
            ch not in "\n"
            and src < len(source)
            and article.offsets.span_to_source(Span(i, i + 1)) == Span(src, src + 1)
        ):
            assert source[src] == ch or source[src] in "\r"
    start = data.draw(st.integers(0, n - 1))
    end = data.draw(st.integers(start + 1, n))
    span = Span(start, end)
    mapped = article.offsets.span_to_source(span)
    assert 0 <= mapped.start <= mapped.end <= len(source)
    back = article.offsets.span_to_prose(mapped)
    # The round trip never loses characters, and is exact on verbatim text.
    assert back.start <= span.start and back.end >= span.end
    if source[mapped.start : mapped.end] == prose[start:end]:
        assert back == span


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_plain_text_round_trip(text: str, data: st.DataObject) -> None:
    _check_map("text", text, data)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_markdown_round_trip(text: str, data: st.DataObject) -> None:
    _check_map("markdown", text, data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["word", "é", "😀", "\t", " ", "\n", "\r\n", "\r"]), max_size=40).map("".join),
    st.data(),
)
def test_line_column_count_characters(text: str, data: st.DataObject) -> None:
    index = LineIndex(text)
    offset = data.draw(st.integers(0, len(text)))
    if text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # the middle of a CRLF is not a place a finding can start
    pos = index.position(offset)
    before = text[:offset]
    lines = before.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert pos == Position(len(lines), len(lines[-1]) + 1)
    assert index.offset(pos) == offset


def test_columns_are_characters_not_bytes() -> None:
    article = read_text("Café “Bakhane” 😀 Bakhane\n", "x.txt")
    start = article.prose.rindex("Bakhane")
    assert article.position(start) == Position(1, 18)  # bytes would say 24


def test_markdown_span_lands_on_source_characters() -> None:
    src = "---\ntitle: T\n---\n\n> A **bold** claim &amp; [a link](http://x.org/Islamis) Islamis\r\n> more\n"
    article = read_text(src, "a.md")
    assert "http" not in article.prose
    start = article.prose.index("Islamis")
    span = article.source_span(Span(start, start + len("Islamis")))
    assert src[span.start : span.end] == "Islamis"
    assert article.position(start).line == 5
    amp = article.prose.index("&")
    assert src[article.source_span(Span(amp, amp + 1)).start :].startswith("&amp;")
