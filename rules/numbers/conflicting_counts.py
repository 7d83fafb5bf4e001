"""NU001 conflicting-counts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from copydesk import Article, Family, Finding, Related, Rule, Severity, quantities
from copydesk.quantities import Quantity


def _describe(q: Quantity) -> str:
    noun = q.noun if q.noun not in (None, "people") else ""
    predicate = {"killed": "killed", "injured": "injured", "held": "held", "freed": "freed"}.get(
        q.predicate or "", ""
    )
    return " ".join(part for part in (f"“{q.text}”", noun, predicate) if part)


class ConflictingCounts(Rule):
    """
    ## What it does
    Flags two counts of the same thing in the same event that disagree: "Up
    to 10 gunmen" and "only two or three"; "at least 27 people were killed"
    and "at least two people were killed". Qualifiers become intervals ("at
    least 27" is 27 or more, "about 20" is 16 to 24), so "27 bodies" agrees
    with "at least 27 killed". Counts in sentences about other events ("in
    2013", "in March", "another hotel"; past the lede, the rest of a paragraph
    from a sentence that opens "In 1978") or a period's running total ("in
    recent months", "over the past year") and named subsets ("six American
    citizens", "affecting 5,000 passengers": those one thing touched; "two
    women were among the dead") are not
    compared, nor is a later, smaller count of one cause
    with the toll it is part of ("eight died when trees fell on their homes").
    With `--story`, counts are compared across the files of a story too.

    ## Why is this bad?
    A reader given two tolls cannot tell which is right, and a correction
    follows. Copy editors reconcile figures by hand; this does the looking.

    ## Example
    ```text
    Up to 10 gunmen were reported to have taken part, although officials said there were only two or three.
    ```

    ## Use instead
    ```text
    At least 27 people were killed. Security sources said 27 bodies had been removed.
    ```

    ## Options
    None. Counts that cannot both be true are errors; counts that only just
    agree (an "up to" far above the other figure, two lower bounds far apart,
    ranges meeting at one end) are warnings. Nouns and predicates that name
    the same thing are in copydesk's `data/referents.txt`.
    """

    code = "NU001"
    name = "conflicting-counts"
    family = Family.NUMBERS
    severity = Severity.ERROR

    def _finding(
        self, q: Quantity, other: Quantity, verdict: str, where: str, other_article: Article | None
    ) -> Finding:
        return self.finding(
            q.span.start,
            q.span.end,
            f"{_describe(q)} here, but {_describe(other)} {where}",
            related=[Related(other.span, "the other figure", other_article)],
            severity=Severity.ERROR if verdict == "error" else Severity.WARNING,
            confidence=0.8 if verdict == "error" else 0.6,
        )

    def check(self, article: Article) -> Iterator[Finding]:
        seen: list[Quantity] = []
        for q in quantities.extract(article):
            if not q.comparable:
                continue
            for other in seen:
                if other.referent == q.referent:
                    verdict = quantities.conflict(other, q)
                    if verdict:
                        yield self._finding(q, other, verdict, "earlier in this article", None)
                        break
            seen.append(q)

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        earlier: list[tuple[Article, Quantity]] = []
        for article in articles:
            mine = [q for q in quantities.extract(article) if q.comparable]
            for q in mine:
                for other_article, other in earlier:
                    if other.referent == q.referent:
                        verdict = quantities.conflict(other, q)
                        if verdict:
                            yield (
                                article,
                                self._finding(q, other, verdict, f"in {other_article.path}", other_article),
                            )
                            break
            earlier.extend((article, q) for q in mine)
