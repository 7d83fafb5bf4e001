"""NU004 number-style."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.patterns import lazy_re
from copydesk.quantities import sentences

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SMALL_COUNT = lazy_re(r"(?<![\w.,$£€:/-])([1-9])\s+(?=[a-z]{3,})(?!(?:am|pm|per|percent|p\.m|a\.m)\b)")
_LEADING_FIGURE = lazy_re(r"^\d[\d,.]*\b")
_AP_TIME = lazy_re(r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b")
_GUARDIAN_TIME = lazy_re(r"\b\d{1,2}(?::\d\d)?\s(?:a\.m\.|p\.m\.)")


@dataclass(frozen=True)
class Options:
    profile: str = "ap"  # "ap" or "guardian"


class NumberStyle(Rule):
    """
    ## What it does
    Checks numbers against a house profile (`ap` or `guardian`): one to nine
    spelled out, figures for 10 and above, no figure opening a sentence, and
    the profile's form of times ("8 a.m." for AP, "8am" for the Guardian).
    Off by default: select NU004 to use it.

    ## Why is this bad?
    House style keeps a paper consistent; copy from wires and contributors
    arrives in every style.

    ## Example
    ```text
    Police said 3 people were hurt. 12 were treated at the scene.
    ```

    ## Use instead
    ```text
    Police said three people were hurt. Twelve were treated at the scene.
    ```

    ## Options
    `profile`: `"ap"` (default) or `"guardian"`.
    """

    code = "NU004"
    name = "number-style"
    family = Family.NUMBERS
    severity = Severity.INFO
    default_enabled = False
    Options = Options

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        profile = self.options.profile
        for sentence in sentences(article):
            text = prose[sentence.start : sentence.end]
            lead = _LEADING_FIGURE.match(text)
            if lead:
                yield self.finding(
                    sentence.start, sentence.start + lead.end(), "a sentence should not open with a figure"
                )
            for m in _SMALL_COUNT.finditer(text):
                word = _WORDS[int(m.group(1)) - 1]
                start = sentence.start + m.start(1)
                if start != sentence.start:
                    yield self.finding(
                        start, start + 1, f"spell out one to nine: “{word}”", suggestions=[word]
                    )
            wrong = _GUARDIAN_TIME if profile == "guardian" else _AP_TIME
            for m in wrong.finditer(text):
                fixed = (
                    m.group().replace(" a.m.", "am").replace(" p.m.", "pm")
                    if profile == "guardian"
                    else re.sub(r"\s?(am|pm)$", lambda t: f" {t.group(1)[0]}.m.", m.group())
                )
                yield self.finding(
                    sentence.start + m.start(),
                    sentence.start + m.end(),
                    f"{profile} style writes times as “{fixed}”",
                    suggestions=[fixed],
                )
