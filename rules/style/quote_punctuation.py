"""ST003 quote-punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Related, Rule, Severity, Span

_INSIDE = re.compile(r"[,.](?=[”\"])")
_OUTSIDE = re.compile(r"(?<=\w)[”\"][,.]")


class QuotePunctuation(Rule):
    """
    ## What it does
    Flags an article that places commas and full stops both inside and outside
    closing quotation marks ("down”." and "corridor,”"). The less used
    placement is reported, pointing at the other.

    ## Why is this bad?
    House style picks one convention (American: inside; British: outside for
    fragments). Mixing them shows copy stitched from several sources.

    ## Example
    ```text
    He said the gunmen were “tracking them down”. Another said: “It is over,” and left.
    ```

    ## Use instead
    ```text
    He said the gunmen were “tracking them down.” Another said: “It is over,” and left.
    ```

    ## Options
    None. The quoted words themselves are never touched.
    """

    code = "ST003"
    name = "quote-punctuation"
    family = Family.STYLE
    severity = Severity.INFO

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        inside = list(_INSIDE.finditer(prose))
        outside = list(_OUTSIDE.finditer(prose))
        if not inside or not outside:
            return
        minority, majority, style = (
            (outside, inside, "outside") if len(outside) <= len(inside) else (inside, outside, "inside")
        )
        other = majority[0]
        other_style = "inside" if style == "outside" else "outside"
        for m in minority:
            yield self.finding(
                m.start(),
                m.end(),
                f"punctuation {style} the closing quote here, {other_style} it elsewhere in this article",
                related=[Related(Span(other.start(), other.end()), f"{other_style} here")],
            )
