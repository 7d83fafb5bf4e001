"""Word lists: parsing, and patterns searched for in lower-cased text."""

from __future__ import annotations

import re

import pytest

from copydesk import wordlists
from copydesk.errors import PluginError


def test_entries_comments_and_replacements() -> None:
    entries = wordlists.parse("# a comment\nrecieve -> receive\n\nsetup  # trailing comment\n", "x.txt")
    assert [(e.term, e.replacement, e.line) for e in entries] == [
        ("recieve", "receive", 2),
        ("setup", None, 4),
    ]


def test_an_arrow_without_a_replacement_names_the_file_and_line() -> None:
    with pytest.raises(PluginError, match=r"x\.txt:2: expected"):
        wordlists.parse("fine\nwrong ->\n", "x.txt")


def _lower_matches(term: str, text: str) -> list[tuple[int, int]]:
    entry = wordlists.parse(term, "x.txt")[0]
    bounded = term.startswith("\\b")
    pattern = wordlists.LowerPattern(re.compile(term[2:] if bounded else term), bounded, entry)
    return [m.span() for m in pattern.finditer(wordlists.lower(text))]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        # The leading \b is checked by hand: not inside "habits", "Bits" or "its_".
        (r"\bits(?=\s+the\b)", "Its the habits the Bits the its_ the, its the end"),
        # A match right after one that failed the boundary: "hits its the".
        (r"\bits\s+the\b", "hits its the"),
        (r"\b(?:more|less)\s+(?P<w>then)(?=\s+\d)", "More then 20, smore then 5, less then 3."),
        # No \b: found wherever it is.
        (r"its", "bits its"),
    ],
)
def test_lower_patterns_find_what_ignorecase_finds(term: str, text: str) -> None:
    expected = [m.span() for m in re.finditer(term, text, re.IGNORECASE)]
    assert _lower_matches(term, text) == expected


def test_lower_keeps_offsets_where_a_lower_case_letter_is_longer() -> None:
    text = "İstanbul: its the end"
    assert "İ".lower() != "i"  # two characters: "i" and a combining dot
    low = wordlists.lower(text)
    assert len(low) == len(text)
    assert _lower_matches(r"\bits\b", text) == [(10, 13)]


def test_a_search_pattern_finds_a_text_as_its_pattern_does() -> None:
    """The quick test runs in lower case only for a pattern that names no
    capital; one that does ("(?-i:[A-Z])") is searched as written."""
    package = "copydesk.rules.boilerplate"
    searches = wordlists.load_search_patterns(package, "promotional_patterns.txt")
    assert any(s.lower is None for s in searches) and any(s.lower is not None for s in searches)
    assert all((s.lower is None) == bool(re.search(r"(?<!\\)[A-Z]", s.entry.term)) for s in searches)
    for text in (
        "ADVERTISEMENT",
        "Subscribe to Canada Free Press for FREE",
        "subscribe to canada free press for free",
        "Photo: Meg Kinnard, AP",
        "He said he would subscribe.",
        # patterns with a capital whose flagged literal skips a text without it
        "It ended. Advertisement The next story",
        "A clouded out eclipse. Credit: Ian Musgrave.",
        "Cookie Policy",
        "Chris Christie toured the shore Watch video",
        "This email address is being protected from spambots.",
        "Dana Milbank's column. Follow him on Twitter.",
    ):
        low = wordlists.lower(text)
        for s in searches:
            assert s.in_text(text, low) == bool(s.pattern.search(text)), (s.entry.term, text)


def test_a_pattern_flagging_a_literal_word_passes_over_a_text_without_it() -> None:
    patterns = {
        p.entry.term: p for p in wordlists.load_lower_patterns("copydesk.rules.typos", "sound_alikes.txt")
    }
    loose = patterns[r"\bnothing\s+to\s+(?P<w>loose)\b(?![-\w])"]
    assert loose.needs == "loose"
    assert [m.span("w") for m in loose.finditer("i had nothing to loose.")] == [(17, 22)]
    assert list(loose.finditer("i had nothing to lose.")) == []
    # A group that is no plain word ("it['’]s"), or no group at all, is always scanned.
    assert patterns[r"\bit['’]s\s+own\b"].needs is None
    assert all(p.needs is None for term, p in patterns.items() if "(?P<w>" not in term)
