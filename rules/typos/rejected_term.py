"""TY006 rejected-term."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity


class RejectedTerm(Rule):
    """
    ## What it does
    Flags terms the house vocabulary rejects (a `reject.txt`, or a
    `wrong -> right` line in any vocabulary file), with the house form when
    the file gives one.

    ## Why is this bad?
    House style exists so a paper spells a name or a term one way; the reject
    list is where the standards editor writes down the ways it must not be.

    ## Example
    ```text
    Soldiers from France's Bakhane force set up a cordon.
    ```

    ## Use instead
    ```text
    Soldiers from France's Barkhane force set up a cordon.
    ```

    ## Options
    None. Reads the files given by `vocab` in the configuration or by
    `--vocab`. Matching is case-sensitive, as in Vale. (The example above
    fires with a vocabulary holding `Bakhane -> Barkhane`.)
    """

    code = "TY006"
    name = "rejected-term"
    family = Family.TYPOS
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterator[Finding]:
        rejected = self.context.vocabulary.rejected
        if not rejected:
            return
        pattern = self.context.state.get("rejected-pattern")
        if pattern is None:
            alternatives = sorted(rejected, key=len, reverse=True)
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
            self.context.state["rejected-pattern"] = pattern
        for m in pattern.finditer(article.prose):
            right = rejected.get(m.group())
            message = f"house style: “{m.group()}” is rejected" + (f"; use “{right}”" if right else "")
            yield self.finding(m.start(), m.end(), message, suggestions=[right] if right else [])
