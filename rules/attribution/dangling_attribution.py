"""AT003 dangling-attribution."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Severity, Span, attribution


class DanglingAttribution(attribution.SourcingRule):
    """
    ## What it does
    Flags a pronoun source ("he said", "she added", "her remark that ...")
    with no one named or described ("the president") before it: in its
    paragraph or the one just before, or up to two paragraphs back for a
    name (not counting page furniture between: a pasted headline or credit
    line), further where the paragraphs between refer to someone by the same
    pronoun ("In his third year, he beat ..."), up to eight. A pronoun in a
    clause that opens its sentence may point ahead ("When he first read the
    treaty, Leach ..."), and so may one that opens the story, to the subject
    named later in its paragraph ("He has said it again and again. And on
    Monday, Al Gore ...").
    A speaker carries on through paragraphs of quotation ("the Pope wrote" /
    “...” / “...,” he continued); a paragraph of narrative breaks the chain.

    ## Why is this bad?
    Stories stitched from several reports, or trimmed to fit, lose the
    sentence that named the speaker; "he said" then points at no one, or at
    the wrong person.

    ## Example
    ```text
    French troops are supporting Malian forces.

    A helicopter was circling overhead, he said.
    ```

    ## Use instead
    ```text
    “We are tracking them down,” Mr Traore told AFP.

    “The operation is ongoing,” he said.
    ```

    ## Options
    None.
    """

    code = "AT003"
    name = "dangling-attribution"
    family = Family.ATTRIBUTION
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        reported: set[int] = set()  # "he called ... and said": one pronoun, two cues, one finding
        for a in attribution.analyse(article).attributions:
            pronoun = a.kind == "pronoun" and a.source_text.lower() in ("he", "she", "his", "her", "him")
            if pronoun and a.resolved is None and a.source is not None and a.source.start not in reported:
                reported.add(a.source.start)
                start, end = min(a.source.start, a.cue.start), max(a.source.end, a.cue.end)
                shown = article.text(Span(start, end))
                yield self.finding(start, end, f"“{shown}”: who? No speaker is named before it")
