"""AT005 anonymous-source."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Severity, attribution


class AnonymousSource(attribution.SourcingRule):
    """
    ## What it does
    Lists sources that name no one ("one unnamed source", "Malian security
    sources", "a witness", "officials") and institutions with no owner ("said
    the Armed Forces": whose?), for the desk to see at a glance.

    ## Why is this bad?
    Anonymous sourcing is sometimes necessary, but each use should be a
    decision, and readers are told why the source cannot be named.

    ## Example
    ```text
    “It’s all happening on the seventh floor,” one unnamed source told reporters.
    ```

    ## Use instead
    ```text
    “It’s all happening on the seventh floor,” Salif Traore, the security minister, told reporters.
    ```

    ## Options
    None. Info by default: it never fails a check.
    """

    code = "AT005"
    name = "anonymous-source"
    family = Family.ATTRIBUTION
    severity = Severity.INFO

    def check(self, article: Article) -> Iterator[Finding]:
        for a in attribution.analyse(article).attributions:
            if a.source is None:
                continue
            if a.kind == "anonymous":
                yield self.finding(a.source.start, a.source.end, f"anonymous source: “{a.source_text}”")
            elif a.kind == "institution":
                yield self.finding(
                    a.source.start, a.source.end, f"“{a.source_text}”: whose? Name the country or body"
                )
