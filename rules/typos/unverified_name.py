"""TY005 unverified-name."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, spelling


class UnverifiedName(Rule):
    """
    ## What it does
    Lists each proper noun that is in no lexicon (general, house or archive)
    and has no close known form, once per article, for the copy desk to check
    against a trusted source.

    ## Why is this bad?
    It is not bad: an unknown name may be right. But a misspelled name with no
    better-known form nearby ("Bakhane" for France's "Barkhane" force) is only
    caught by a person who checks. This is their list; it never fails a check
    by default (info).

    ## Example
    ```text
    Soldiers from France's Bakhane force set up a cordon.
    ```

    ## Use instead
    ```text
    French soldiers set up a cordon in Bamako.
    ```

    ## Options
    None. Add verified names to a house vocabulary (`vocab`) or learn them
    from the archive (`copydesk vocab learn`) and they are no longer listed.
    """

    code = "TY005"
    name = "unverified-name"
    family = Family.TYPOS
    severity = Severity.INFO
    group = "spelling"

    def check(self, article: Article) -> Iterator[Finding]:
        seen: dict[str, int] = {}
        words = spelling.analyse(article, self.context.vocabulary).unverified
        for w in words:
            seen[w.text] = seen.get(w.text, 0) + 1
        reported: set[str] = set()
        for w in words:
            if w.text in reported:
                continue
            reported.add(w.text)
            uses = f" ({seen[w.text]} uses)" if seen[w.text] > 1 else ""
            yield self.finding(
                w.span.start,
                w.span.end,
                f"“{w.text}” is in no lexicon: verify the spelling{uses}",
                confidence=0.5,
            )
