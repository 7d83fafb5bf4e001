"""Readers: fields, what is prose and what is not, and input hygiene."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from copydesk import InputError, read_path, read_text
from copydesk.article import read_bytes
from copydesk.errors import BinaryFileError
from copydesk.positions import Span
from tests.conftest import SEED_000, SEED_001


def test_plain_headline_is_a_short_first_line() -> None:
    article = read_path(SEED_001)
    assert article.headline == "Gunmen Attack Resort in Mali’s Bamako"
    assert article.headline_span == article.paragraphs[0]
    assert article.headline_span not in article.body


def test_plain_headline_under_a_note_to_the_reader() -> None:
    body = (
        "Three men have been charged after a 22-year-old man was stabbed outside a nightclub in Glasgow"
        " city centre, police said."
    )
    note = "Editor's note: This story contains descriptions of violence."
    article = read_text(f"{note}\n\nThree charged over Glasgow stabbing\n\n{body}\n", "a.txt")
    assert article.headline == "Three charged over Glasgow stabbing"
    # A headline that opens "UPDATE:" is the headline; a note over a sentence is no headline's.
    update = "UPDATE: Voice project more than half done"
    assert read_text(f"{update}\n{body}\n{body}\n", "a.txt").headline == update
    assert read_text(f"{note}\n\n{body}\n\n{body}\n", "a.txt").headline is None


def test_plain_first_sentence_is_not_a_headline() -> None:
    article = read_path(SEED_000)
    assert article.headline is None
    assert len(article.paragraphs) == 24


def test_markdown_front_matter_fields_kept() -> None:
    src = "---\ntitle: Siege ends\ndate: 2015-11-20\nbyline: A. Reporter\ndesk: world\n---\nBody text.\n"
    article = read_text(src, "s.md")
    assert article.headline == "Siege ends"
    assert article.date == dt.date(2015, 11, 20)
    assert article.byline == "A. Reporter"
    assert article.meta["desk"] == "world"
    assert article.prose == "Body text."
    assert article.position(0).line == 7


def test_markdown_prose_excludes_code_comments_urls() -> None:
    src = (
        "# Headline here\n\nText with [a link](https://example.com/secret) and `inline code`.\n\n"
        "```\nfenced code\n```\n\n    indented code\n\n<!-- a comment -->\n\n"
        "- a list item\n\n## Sub heading\n"
    )
    article = read_text(src, "a.md")
    for absent in ("example.com", "inline code", "fenced code", "indented code", "a comment"):
        assert absent not in article.prose
    for present in ("Headline here", "a link", "a list item", "Sub heading"):
        assert present in article.prose
    assert article.headline == "Headline here"


def test_markdown_escapes_and_entities_map_back() -> None:
    src = "AT&amp;T said \\*not\\* so.\n"
    article = read_text(src, "a.md")
    assert article.prose == "AT&T said *not* so."
    i = article.prose.index("so")
    span = article.source_span(Span(i, i + 2))
    assert src[span.start : span.end] == "so"


@pytest.mark.parametrize(
    "src", ["`a\nb` then Islamis here", "`\n`Islamis ", "A ``code ` tick`` and Islamis."]
)
def test_text_after_inline_code_maps_back(src: str) -> None:
    # Inline code's content is normalised (a line end reads as a space), so it
    # is stepped over by its backticks, not found by its content.
    article = read_text(src, "a.md")
    i = article.prose.index("Islamis")
    span = article.source_span(Span(i, i + 7))
    assert src[span.start : span.end] == "Islamis"


def test_markdown_front_matter_error_is_one_line() -> None:
    with pytest.raises(InputError) as err:
        read_text("---\ntitle: [unclosed\n---\nBody\n", "bad.md")
    assert "bad.md" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends(newline: str) -> None:
    src = newline.join(["First line here.", "", "Second para with Islamis here."])
    article = read_text(src, "x.txt")
    i = article.prose.index("Islamis")
    assert article.position(i).line == 3
    assert article.position(i).column == len("Second para with ") + 1


def test_utf8_bom_is_not_a_column() -> None:
    article = read_bytes("\ufeffIslamis here".encode(), "x.txt")
    assert article.position(0).column == 1
    assert article.prose.startswith("Islamis")


def test_tabs_count_as_one_character() -> None:
    article = read_text("\tIslamis", "x.txt")
    assert article.position(article.prose.index("I")).column == 2


def test_not_utf8_is_read_with_a_warning() -> None:
    article = read_bytes("Caf\xe9 society\n".encode("cp1252"), "old.txt")
    assert article.prose.startswith("Café")
    assert any("not valid UTF-8" in w and "old.txt:1" in w for w in article.warnings)


def test_utf16_with_bom() -> None:
    assert read_bytes("Hello world".encode("utf-16"), "x.txt").prose == "Hello world"


def test_binary_file_is_refused() -> None:
    with pytest.raises(BinaryFileError):
        read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.txt")


def test_empty_file() -> None:
    article = read_bytes(b"", "empty.md")
    assert article.prose == "" and article.paragraphs == ()


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_path(tmp_path)


def test_ten_megabyte_file_reads_in_linear_time() -> None:
    para = "Malian troops stormed the hotel in Bamako on Friday.\r\n\r\n"
    src = para * (10_000_000 // len(para))
    started = time.perf_counter()
    article = read_text(src, "big.txt")
    last = article.paragraphs[-1]
    pos = article.position(last.start)
    elapsed = time.perf_counter() - started
    assert pos.line == 2 * len(article.paragraphs) - 1
    assert elapsed < 60  # a quadratic reader would take hours, not seconds


def test_line_span_covers_whole_lines_with_their_markup() -> None:
    src = (
        "Intro here.\n\n* [Sign up](https://x.org/a) \n\n| Sign up | today |\n|---|---|\n| a | b |\n\n"
        "> Two lines\n> of a quote.\n"
    )
    article = read_text(src, "a.md")

    def marked(text: str) -> str:
        i = article.prose.index(text)
        span = article.line_span(Span(i, i + len(text)))
        return src[span.start : span.end]

    assert marked("Sign up") == "* [Sign up](https://x.org/a)"
    assert marked("today") == "today"  # a table cell shares its line with another
    assert marked("Two lines\nof a quote.") == "> Two lines\n> of a quote."
    assert marked("Two") == "Two"  # not a whole line
