"""Story mode hands every article to rules with a story-level check."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from copydesk import Article, Family, Finding, Linter, Related, Rule, read_text


class SameHeadline(Rule):
    """Flags a first paragraph repeated across the files of a story.

    ## What it does
    x
    ## Why is this bad?
    x
    ## Example
    ```text
    x
    ```
    ## Use instead
    ```text
    y
    ```
    ## Options
    None.
    """

    code = "SX001"
    name = "same-opening"
    family = Family.STYLE

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        first = articles[0]
        opening = first.text(first.paragraphs[0])
        for other in articles[1:]:
            at = other.prose.find(opening)
            if at >= 0:
                rel = Related(first.paragraphs[0], "first written here", first)
                yield other, self.finding(at, at + len(opening), "opening repeated", related=[rel])


def _linter() -> Linter:
    return Linter(rules={"SX001": SameHeadline})


def test_story_check_compares_files_and_points_to_the_other() -> None:
    a = read_text("Siege ends in Bamako.\n\nMore.", "a.txt")
    b = read_text("Update.\n\nSiege ends in Bamako.", "b.txt")
    report = _linter().run([a, b], story=True)
    assert [(d.path, d.line, d.code) for d in report.diagnostics] == [("b.txt", 3, "SX001")]
    assert report.diagnostics[0].related[0].path == "a.txt"
    assert report.diagnostics[0].related[0].line == 1


def test_without_story_mode_files_are_independent() -> None:
    a = read_text("Siege ends in Bamako.", "a.txt")
    b = read_text("Siege ends in Bamako.", "b.txt")
    assert _linter().run([a, b], story=False).diagnostics == []
