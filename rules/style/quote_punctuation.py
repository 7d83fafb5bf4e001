"""ST003 quote-punctuation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Article, Family, Finding, Related, Rule, Severity, Span
from copydesk.patterns import lazy_re
from copydesk.text import quote_marks

# A quotation that is a sentence of its own follows its tag's colon or comma
# ('He said: "It is over."', 'she said, "and we left."'), or opens a sentence
# with a capital ('"It is over," he said.').
_TAG_LEAD = lazy_re(r"[:,]\s*$")
_SENTENCE_LEAD = lazy_re(r"(?:^|[.!?—–-])\s*$")


def _placements(article: Article) -> Iterator[tuple[Span, bool, bool]]:
    """``(the marks, inside, a sentence)`` for each closed quotation with a
    comma or a full stop at its closing mark: ``inside`` when the mark
    follows it ('over,”'), and ``sentence`` when the quotation is a sentence
    of its own (after its tag's colon or comma, or opening a sentence with a capital),
    not a fragment worked into the writer's sentence."""
    prose = article.prose
    for para in article.body:
        for span, closed in quote_marks(prose, para):
            if not closed:
                continue
            close = span.end - 1
            while close > span.start and prose[close] in "'’":
                close -= 1  # the wire's '' closes as two marks
            if prose[close - 1 : close] in (",", "."):
                inside, at = True, Span(close - 1, span.end)
            elif prose[span.end : span.end + 1] in (",", ".") and prose[close - 1 : close].isalnum():
                inside, at = False, Span(close, span.end + 1)
            else:
                continue
            words = prose[span.start + 1 : close].lstrip("'‘\"“ ")
            lead = prose[para.start : span.start]
            sentence = bool(_TAG_LEAD.search(lead)) or (
                words[:1].isupper() and bool(_SENTENCE_LEAD.search(lead))
            )
            yield at, inside, sentence


@dataclass(frozen=True)
class Options:
    logical: bool = False


class QuotePunctuation(Rule):
    """
    ## What it does
    Flags an article that places commas and full stops both inside and outside
    closing quotation marks ("down”." and "corridor,”"). The less used
    placement is reported, pointing at the other.

    ## Why is this bad?
    House style picks one convention (American: inside; British: inside for a
    quoted sentence, outside for a fragment). Mixing them shows copy stitched
    from several sources.

    ## Example
    ```text
    He said the gunmen were “tracking them down”. Another said: “It is over,” and left.
    ```

    ## Use instead
    ```text
    He said the gunmen were “tracking them down.” Another said: “It is over,” and left.
    ```

    ## Options
    `logical` (default `false`): set it to `true` for British (logical)
    style, where a quotation that is a sentence of its own takes the stop or
    comma inside ('He said: “It is over.”') and a fragment worked into the
    writer's sentence takes it outside ('a “gentle nudge”,'): the two kinds
    are then compared apart, and only a kind placed both ways is reported.
    The quoted words themselves are never touched.
    """

    code = "ST003"
    name = "quote-punctuation"
    family = Family.STYLE
    severity = Severity.INFO
    Options = Options

    def check(self, article: Article) -> Iterator[Finding]:
        placements = list(_placements(article))
        if not self.options.logical:
            placements = [(at, placed, True) for at, placed, _sentence in placements]  # one kind
        for kind in (True, False):
            inside = [at for at, placed, sentence in placements if sentence == kind and placed]
            outside = [at for at, placed, sentence in placements if sentence == kind and not placed]
            if not inside or not outside:
                continue
            minority, majority, style = (
                (outside, inside, "outside") if len(outside) <= len(inside) else (inside, outside, "inside")
            )
            other = majority[0]
            other_style = "inside" if style == "outside" else "outside"
            for at in minority:
                yield self.finding(
                    at.start,
                    at.end,
                    f"punctuation {style} the closing quote here, {other_style} it elsewhere in this article",
                    related=[Related(other, f"{other_style} here")],
                )
