"""BP002 placeholder."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, wordlists


class Placeholder(Rule):
    """
    ## What it does
    Flags placeholder text left in a story: "TK", "TKTK", "lorem ipsum",
    "[INSERT QUOTE]", "[link]", template fields such as "{{name}}".

    ## Why is this bad?
    A placeholder marks something the reporter meant to fill in before
    publication. Printed, it tells readers the story was not finished.

    ## Example
    ```text
    The minister said TK people had been evacuated.
    ```

    ## Use instead
    ```text
    The minister said 40 people had been evacuated.
    ```

    ## Options
    None. The patterns (regular expressions) are in `placeholder_patterns.txt`
    beside this rule.
    """

    code = "BP002"
    name = "placeholder"
    family = Family.BOILERPLATE
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterator[Finding]:
        for pattern, _entry in wordlists.load_patterns(__package__ or "", "placeholder_patterns.txt"):
            for m in pattern.finditer(article.prose):
                if m.group().upper().startswith("XX") and _after_name(article.prose, m.start()):
                    continue  # "Super Bowl XX", "Pius XX": a Roman numeral
                yield self.finding(m.start(), m.end(), f"placeholder “{m.group()}” left in the text")


def _after_name(prose: str, offset: int) -> bool:
    before = prose[max(0, offset - 30) : offset].rstrip().split()
    return bool(before) and before[-1][:1].isupper()
