"""ST001 unbalanced-quotes."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity


class UnbalancedQuotes(Rule):
    """
    ## What it does
    Flags an opening curly quotation mark with no closing one in its paragraph
    (unless the next paragraph opens with a quotation mark, the convention for
    a quote that runs on), and a closing mark with no opening one.

    ## Why is this bad?
    The reader cannot tell where the speaker's words end, and neither can the
    rules that check attribution.

    ## Example
    ```text
    “We will retake the building floor by floor, the minister said.
    ```

    ## Use instead
    ```text
    “We will retake the building floor by floor,” the minister said.
    ```

    ## Options
    None.
    """

    code = "ST001"
    name = "unbalanced-quotes"
    family = Family.STYLE
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        paras = article.paragraphs
        for k, para in enumerate(paras):
            opened: int | None = None
            for i in range(para.start, para.end):
                ch = prose[i]
                if ch == "“":
                    if opened is not None:
                        yield self.finding(opened, opened + 1, "quotation mark “ is never closed")
                    opened = i
                elif ch == "”":
                    if opened is None:
                        yield self.finding(i, i + 1, "closing quotation mark ” has no opening mark")
                    opened = None
            if opened is not None:
                runs_on = k + 1 < len(paras) and prose.startswith("“", paras[k + 1].start)
                if not runs_on:
                    yield self.finding(opened, opened + 1, "quotation mark “ is never closed")
