"""TY001 known-misspelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from copydesk import Article, Family, Finding, Rule, Severity, wordlists
from copydesk.spelling import match_phrase
from copydesk.text import words


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {
        e.term.lower(): e.replacement or "" for e in wordlists.load(__package__ or "", "misspellings.txt")
    }


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str] | None:
    """The entries of more than one word ("pubic hearing"), as one pattern."""
    phrases = sorted((t for t in _table() if " " in t), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


class KnownMisspelling(Rule):
    """
    ## What it does
    Flags words from a curated list of common misspellings ("recieve",
    "accomodate", "goverment") and gives the right spelling; also real words
    in phrases they never belong to ("pubic hearing", "Untied States",
    "Prime Minster"), which a spell-checker cannot see.

    ## Why is this bad?
    These slips survive spell-checkers tuned to be quiet on names, and readers
    notice them at once.

    ## Example
    ```text
    The goverment said it would recieve the report on Monday.
    ```

    ## Use instead
    ```text
    The government said it would receive the report on Monday.
    ```

    ## Options
    None. The list is `misspellings.txt` beside this rule (`wrong -> right`,
    one per line; a phrase is matched whole, whatever the spaces between its
    words). A "[sic]" after the word silences it.
    """

    code = "TY001"
    name = "known-misspelling"
    family = Family.TYPOS
    severity = Severity.ERROR
    group = "spelling"

    def check(self, article: Article) -> Iterator[Finding]:
        table = _table()
        found = list(words(article.prose))
        phrases = _phrases()
        if phrases is not None:
            found += phrases.finditer(article.prose)
        for m in sorted(found, key=lambda m: m.start()):
            right = table.get(" ".join(m.group().lower().split()))
            if right:
                fixed = match_phrase(m.group(), right)
                yield self.finding(
                    m.start(), m.end(), f"“{m.group()}” is a misspelling of “{fixed}”", suggestions=[fixed]
                )
