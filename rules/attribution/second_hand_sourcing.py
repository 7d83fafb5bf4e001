"""AT007 second-hand-sourcing."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, attribution


class SecondHandSourcing(Rule):
    """
    ## What it does
    Lists the places where another outlet is the source or the channel of a
    quote or claim ("the BBC notes", "Reuters reported", "told AFP"), for
    credit and for verification.

    ## Why is this bad?
    It is not bad in itself; the desk should know which facts rest on other
    newsrooms' reporting, credit them, and check the agency copy.

    ## Example
    ```text
    Mali is several years into a fight against jihadists, the BBC notes.
    ```

    ## Use instead
    ```text
    Mali has fought jihadist groups since 2012, its defence ministry said.
    ```

    ## Options
    None. The outlets are copydesk's `data/outlets.txt`. Info by default.
    """

    code = "AT007"
    name = "second-hand-sourcing"
    family = Family.ATTRIBUTION
    severity = Severity.INFO

    def check(self, article: Article) -> Iterator[Finding]:
        for span, outlet in attribution.outlet_mentions(article):
            yield self.finding(span.start, span.end, f"second-hand sourcing: {outlet} is the source")
