"""NU006 conflicting-scores."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Related, Rule, Severity, Span, quantities
from copydesk.patterns import lazy_re
from copydesk.text import sentence_spans

_SCORE = r"(?P<a>\d{1,3})[ \t]*[-–][ \t]*(?P<b>\d{1,3})(?![-–]?\d)"
_RESULT = (
    r"(?:win|victory|defeat|loss|draw|triumph|success|thrashing|drubbing|rout|reverse|home\s+win|away\s+win)"
)
# The match's result in the lede: "beat Arsenal 3-1", "won 3-1", "drew 1-1 with", "a 3-1 win over".
_LEDE = (
    lazy_re(
        r"\b(?:beat|beats|defeated|defeats|edged|edges|thrashed|thrashes|crushed|crushes|routed|downed|"
        r"overcame|stunned|stuns|lost|loses|won|wins|drew|draws|held)\b[^.;:!?\d]{0,40}?" + _SCORE,
        re.IGNORECASE,
    ),
    lazy_re(r"\b(?:a|an)[ \t]+" + _SCORE + r"[ \t]+" + _RESULT + r"\b", re.IGNORECASE),
)
# The same match named again: "the 3-2 win", "Sunday's 3-2 victory", "this 1-1 draw".
_AGAIN = lazy_re(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[A-Z][a-z]+day['’]s)[ \t]+"
    + _SCORE
    + r"[ \t]+"
    + _RESULT
    + r"\b(?![ \t]+(?:over|against|to|at|in)[ \t]+[A-Z])"
)
# A score of another match or another part of this one.
_ELSEWHERE = lazy_re(
    r"\b(?:last|previous|earlier|first[- ]leg|second[- ]leg|aggregate|half[- ]?time|the\s+interval|"
    r"reverse\s+fixture|last\s+season|this\s+season|in\s+the\s+(?:first|second)\s+half)\b",
    re.IGNORECASE,
)


def _pair(m: re.Match[str], start: int) -> tuple[tuple[int, int], Span]:
    """The score as (lower, higher), the winner's order or the loser's, and where it is written."""
    a, b = int(m.group("a")), int(m.group("b"))
    return (min(a, b), max(a, b)), Span(start + m.start("a"), start + m.end("b"))


class ConflictingScores(Rule):
    """
    ## What it does
    Flags a match report that gives its result two ways: "beat Arsenal 3-1"
    in the lede and "The 3-2 win means ..." later. The lede's score is
    compared with each later mention of the same match by its result ("the
    3-2 win", "Sunday's 1-1 draw"), the winner's and the loser's order alike.

    ## Why is this bad?
    The score is the one fact every reader of a match report knows; a wrong
    one, left from a live version or a typo, is the report's most visible
    error.

    ## Example
    ```text
    Manchester City beat Arsenal 3-1 at the Etihad on Sunday.

    The 3-2 win means City have won nine of their last 10 games.
    ```

    ## Use instead
    ```text
    Manchester City beat Arsenal 3-1 at the Etihad on Sunday.

    The 3-1 win means City have won nine of their last 10 games.
    ```

    ## Options
    None. Only a lede with one result is compared. Scores of other matches
    ("the 2-0 win over Chelsea", "last season's 4-1 defeat"), of a part of
    this one (half-time, the first leg, the aggregate) and in sentences
    about another event are not.
    """

    code = "NU006"
    name = "conflicting-scores"
    family = Family.NUMBERS
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterator[Finding]:
        body = [p for p in article.body if len(article.text(p).split()) > 8]
        if not body:
            return
        prose, lede = article.prose, body[0]
        results = [
            _pair(m, 0)
            for pattern in _LEDE
            for m in pattern.finditer(prose, lede.start, lede.end)
            if not _ELSEWHERE.search(prose, m.start(), m.end())
        ]
        if len({score for score, _span in results}) != 1:
            return
        score, given = results[0]
        for para in article.body:
            if para.start <= lede.start:
                continue
            for sentence in sentence_spans(prose, para):
                text = prose[sentence.start : sentence.end]
                for m in _AGAIN.finditer(text):
                    # what the sentence says of the score up to just after it: "the 2-0 win last
                    # week", "In 2019, the 3-2 win", not "the 3-2 win means ... their last 10 games"
                    near = text[: m.end() + 25]
                    if quantities.OTHER_EVENT.search(near) or _ELSEWHERE.search(near):
                        continue
                    again, span = _pair(m, sentence.start)
                    if again != score:
                        yield self.finding(
                            span.start,
                            span.end,
                            f"the result is {prose[span.start : span.end]} here but "
                            f"{prose[given.start : given.end]} in the lede",
                            related=[Related(given, "the lede's score")],
                        )
