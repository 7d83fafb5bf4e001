"""TY007 missing-space."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.patterns import lazy_re
from copydesk.text import TITLE_ABBREVIATIONS, glued_text

_WORD_BEFORE = lazy_re(r"[\w’'%-]+$")
_WORD_AFTER = lazy_re(r"[\w’'-]+")


class MissingSpace(Rule):
    """
    ## What it does
    Flags a sentence run onto the one before it without a space
    ("dangerous.The man clearly has ..."), and suggests the space.

    ## Why is this bad?
    It is a slip a reader sees at once, and a sign the paragraph was pasted
    or edited in a hurry. Spell-checkers that split words at spaces miss it.

    ## Example
    ```text
    He said the plan was dangerous.The man clearly has no idea.
    ```

    ## Use instead
    ```text
    He said the plan was dangerous. The man clearly has no idea.
    ```

    ## Options
    None. Web addresses and names written with a dot ("Amazon.Com",
    "Bungie.Org") are left alone, and title-case text glued on without a
    space (a headline or a credit from the page) is left to BP004.
    """

    code = "TY007"
    name = "missing-space"
    family = Family.TYPOS
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        for mark, span, sentence in glued_text(prose):
            if not sentence:
                continue
            before = _WORD_BEFORE.search(prose, max(0, mark - 40), mark)
            after = _WORD_AFTER.match(prose, span.start)
            start = before.start() if before else mark
            end = after.end() if after else span.start
            fixed = prose[start : span.start] + " " + prose[span.start : end]
            if prose[start:mark].lower() in TITLE_ABBREVIATIONS:
                message = f"no space after “{prose[start : mark + 1]}”: “{prose[start:end]}”"
                yield self.finding(start, end, message, suggestions=[fixed])
                continue
            name = not prose[start:mark].islower() and not prose[start:mark].isdigit()
            if name and (len(prose[span.start : end]) <= 3 or len(prose[span.start : span.end].split()) < 4):
                continue  # "Amazon.Com": a name written with a dot, unless a sentence runs on
            if "/" in prose[max(0, start - 8) : start] or "@" in prose[start:end]:
                continue  # part of an address
            if len(prose[span.start : span.end].split()) < 3:
                continue  # too short to be a sentence run on: "site.Com today."
            yield self.finding(
                start, end, f"no space between two sentences: “{prose[start:end]}”", suggestions=[fixed]
            )
