"""TY001 known-misspelling."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from copydesk import Article, Family, Finding, Rule, Severity, wordlists
from copydesk.spelling import match_case
from copydesk.text import words


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {
        e.term.lower(): e.replacement or "" for e in wordlists.load(__package__ or "", "misspellings.txt")
    }


class KnownMisspelling(Rule):
    """
    ## What it does
    Flags words from a curated list of common misspellings ("recieve",
    "accomodate", "goverment") and gives the right spelling.

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
    one per line). A "[sic]" after the word silences it.
    """

    code = "TY001"
    name = "known-misspelling"
    family = Family.TYPOS
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterator[Finding]:
        table = _table()
        for m in words(article.prose):
            right = table.get(m.group().lower())
            if right:
                fixed = match_case(m.group(), right)
                yield self.finding(
                    m.start(), m.end(), f"“{m.group()}” is a misspelling of “{fixed}”", suggestions=[fixed]
                )
