"""NU002 parts-do-not-sum."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.patterns import lazy_re
from copydesk.quantities import FIGURE, parse_figure, sentences

# A whole and its parts: "170 people – 140 guests and 30 staff –",
# "12 researchers (seven from Oxford and four from Leeds)".
_OPEN = lazy_re(r"\s*(?:[–—]|-{1,2}|\(|:)\s*")
_SEPARATOR = lazy_re(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_CLOSE = lazy_re(r"\s*(?:[–—)]|-{1,2}\s|[.;]|,|$)")
# match() anchors at its start position, so these patterns carry no "^".
_PART_WORDS = lazy_re(r"(?:\s+(?!and\b)[\w’'-]+){1,4}")


class PartsDoNotSum(Rule):
    """
    ## What it does
    Flags a whole given with its parts when the parts do not add up to it:
    "12 researchers – seven from Oxford and four from Leeds".

    ## Why is this bad?
    One of the figures is wrong, and readers do the sum.

    ## Example
    ```text
    The team of 12 researchers – seven from Oxford and four from Leeds – published the study.
    ```

    ## Use instead
    ```text
    The hotel operator said that 170 people – 140 guests and 30 staff – were in the building.
    ```

    ## Options
    None. Lists introduced by "including" are examples, not parts, and are
    not summed.
    """

    code = "NU002"
    name = "parts-do-not-sum"
    family = Family.NUMBERS
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        for sentence in sentences(article):
            text = prose[sentence.start : sentence.end]
            for whole in FIGURE.finditer(text):
                noun = _PART_WORDS.match(text, whole.end())
                if not noun or len(noun.group().split()) > 2:
                    continue
                opening = _OPEN.match(text, noun.end())
                if not opening:
                    continue
                parts, pos = [], opening.end()
                while True:
                    part = FIGURE.match(text, pos)
                    if not part:
                        break
                    words = _PART_WORDS.match(text, part.end())
                    parts.append(part)
                    pos = words.end() if words else part.end()
                    sep = _SEPARATOR.match(text, pos)
                    if not sep or not FIGURE.match(text, sep.end()):
                        break  # the list ends here; what follows closes it
                    pos = sep.end()
                if len(parts) < 2 or not _CLOSE.match(text, pos):
                    continue
                total, _ = parse_figure(whole)
                values = [parse_figure(p) for p in parts]
                if any(lo != hi for lo, hi in values) or parse_figure(whole)[0] != parse_figure(whole)[1]:
                    continue  # "dozens" cannot be summed
                summed = sum(lo for lo, _ in values)
                if summed != total:
                    shown = " + ".join(p.group() for p in parts)
                    yield self.finding(
                        sentence.start + whole.start(),
                        sentence.start + pos,
                        f"the parts do not add up: {shown} = {summed:g}, not {total:g}",
                    )
