"""BP006 mojibake."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.patterns import lazy_re

# Runs that hold the tell-tale characters of UTF-8 read as Windows-1252/Latin-1.
_SUSPECT = lazy_re(r"\S*(?:â€|Ã[\x80-\xbf\w]|Â[\xa0-\xbf ]|â[\x80-\x9f]|ï»¿|Ã¢)\S*")


# UTF-8 read as Mac Roman: "√" + one character for an accented letter, "‚Ä"
# + one for a curly quote or dash; a pair that does not decode is left ("√2").
_MAC_SUSPECT = lazy_re(r"[\w√‚Ä]*(?:√|‚Ä)\S[\w√‚Ä]*")
_MAC_PAIR = lazy_re(r"√.|‚Ä.")


class Mojibake(Rule):
    """
    ## What it does
    Flags text garbled by an encoding mix-up ("worldâ€™s", "cafÃ©",
    "Sch√§uble") and suggests the repaired text, as the ftfy library restores
    it (UTF-8 read as Mac Roman, which ftfy leaves alone, is repaired here).

    ## Why is this bad?
    It is what a reader sees when a CMS or a scraper read UTF-8 as another
    encoding; every apostrophe and accent in the story may be affected.

    ## Example
    ```text
    It was the worldâ€™s largest sale, said the cafÃ© owner.
    ```

    ## Use instead
    ```text
    It was the world’s largest sale, said the café owner.
    ```

    ## Options
    None.
    """

    code = "BP006"
    name = "mojibake"
    family = Family.BOILERPLATE
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        yield from self._mac_roman(article)
        if not any(ch in article.prose for ch in "âÃÂï"):
            return
        import ftfy

        for m in _SUSPECT.finditer(article.prose):
            fixed = ftfy.fix_text(m.group(), uncurl_quotes=False)
            if fixed != m.group():
                yield self.finding(
                    m.start(), m.end(), f"garbled characters (mojibake): “{m.group()}”", suggestions=[fixed]
                )

    def _mac_roman(self, article: Article) -> Iterator[Finding]:
        """UTF-8 read as Mac Roman ("Sch√§uble", "world‚Äôs"), which ftfy leaves alone."""
        if "√" not in article.prose and "‚Ä" not in article.prose:
            return
        for m in _MAC_SUSPECT.finditer(article.prose):
            fixed = _MAC_PAIR.sub(_mac_repair, m.group())
            if fixed != m.group():
                yield self.finding(
                    m.start(), m.end(), f"garbled characters (mojibake): “{m.group()}”", suggestions=[fixed]
                )


def _mac_repair(m: re.Match[str]) -> str:
    try:
        return m.group().encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return m.group()  # "√2" is a square root
