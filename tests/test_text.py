"""The cheap sentence splitter that rules use without the parser."""

from __future__ import annotations

import pytest

from copydesk.positions import Span
from copydesk.text import quote_marks, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It fell. Then it rose.", ["It fell.", "Then it rose."]),
        (
            "The vote is on Feb. 23, per the paper. It was late.",
            ["The vote is on Feb. 23, per the paper.", "It was late."],
        ),
        ("Mr. Smith met John F. Kennedy. They spoke.", ["Mr. Smith met John F. Kennedy.", "They spoke."]),
        ("He lives at No. 10. It is old.", ["He lives at No. 10.", "It is old."]),
        # A country's initials end a sentence; so does a month's name before a word.
        ("They flew to the U.S. The trip was long.", ["They flew to the U.S.", "The trip was long."]),
        ("It was quiet in Jan. The rest was not.", ["It was quiet in Jan.", "The rest was not."]),
        # A title's abbreviation ends a sentence before a word that never opens a name.
        ("He went to Downing St. He met Blair.", ["He went to Downing St.", "He met Blair."]),
        ("They prayed in St. Paul. It rained.", ["They prayed in St. Paul.", "It rained."]),
    ],
)
def test_sentence_breaks(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“We won,” he said. “Again.”", ["“We won,”", "“Again.”"]),
        # An opening mark typed where the quote closes still closes it.
        (
            "“Do you want to be associated with a fascist?“ he asked.",
            ["“Do you want to be associated with a fascist?“"],
        ),
        # ... but one after a space opens a quote inside the quote.
        ("“He called the “terror” attacks a lie,” she said.", ["“He called the “terror”"]),
    ],
)
def test_quote_marks(text: str, quotes: list[str]) -> None:
    assert [text[s.start : s.end] for s, _ in quote_marks(text, Span(0, len(text)))] == quotes
