"""TY008 indefinite-article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from copydesk import Article, Family, Finding, Rule, Severity, wordlists
from copydesk.patterns import lazy_re
from copydesk.spelling import match_case
from copydesk.text import starts_sentence

# "a" or "an", then the next word (past an opening quote; not a bracket: "a (older) America").
_ARTICLE = lazy_re(r"(?<![\w'’.-])(an?|An?|AN)[ \t]+[\"“‘']?([A-Za-z0-9][\w'’.-]*)")
_DIGITS = lazy_re(r"\d+")
# Letters whose names open with a vowel sound: "an X-ray", "an F-16", "an MP".
_VOWEL_NAMES = frozenset("aefhilmnorsx")
# Stems of the words whose "h" is not heard ("an hourlong wait").
_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb")
# Function words of other languages in names: "Frankfurt an der Oder".
_FOREIGN = frozenset({"der", "die", "das", "dem", "den", "des"})
# Words no article stands before ("an as yet unnamed", "a then little-known" can):
# "an thus" is "and thus", "a on a Bosman" lost a word; their sound says nothing there.
_NO_ARTICLE = frozenset(
    {"of", "on", "in", "to", "for", "from", "with", "into", "onto", "and", "or", "but", "if"}
    | {"thus", "than", "the", "is", "was", "are", "were", "it", "its"}
)


@lru_cache(maxsize=1)
def _sounds() -> dict[str, str]:
    """Word -> "a", "an" or "either" (the first entry for a word wins: the hand-kept part)."""
    table: dict[str, str] = {}
    for entry in wordlists.load(__package__ or "", "article_sounds.txt"):
        table.setdefault(entry.term, entry.replacement or "")
    return table


def _by_number(digits: str) -> str | None:
    """The article a number takes: "an 8", "an 18-year-old", "an 11,000", "a 100"."""
    if digits.startswith("8") or digits in ("11", "18"):
        return "an"
    if len(digits) == 4 and digits[:2] in ("11", "18"):
        return None  # "eleven hundred" or "one thousand one hundred"
    return "a"


def _by_letter(word: str) -> str | None:
    """The article a word not in the table takes by its first letters, where
    they settle the sound; None where they do not ("ut-", "uni-", "eu-")."""
    first = word[0]
    if first in "ai":
        return "an"
    if first == "e":
        return None if word.startswith(("eu", "ew")) else "an"
    if first == "o":
        return None if word.startswith(("one", "onc")) else "an"
    if first == "u":
        # "u" before two consonants is heard as a vowel ("unconfirmed", "upgraded",
        # "ugly"); before one it may be "you" ("utility", "unanimous").
        two = len(word) > 2 and word[1] not in "aeiouy" and word[2] not in "aeiouy"
        return "an" if two else None
    if first == "h":
        # The silent "h" is a closed set the table lists ("hour", "honest", "heir");
        # a form of theirs it lacks is left alone.
        return None if word.startswith(_SILENT_H) else "a"
    return "a"


def expected_article(word: str) -> str | None:
    """ "a" or "an" for the word that follows, or None where either may be
    right or the spelling does not tell."""
    if digits := _DIGITS.match(word):
        return _by_number(digits.group())
    head = re.split(r"[-’'.]", word, maxsplit=1)[0]
    if len(head) == 1 and len(word) > 1 and word[1] == "-":
        return "an" if head.lower() in _VOWEL_NAMES else "a"  # "an X-ray", "a U-turn"
    if len(head) < 2 or sum(c.isupper() for c in head) > 1:
        return None  # a letter, or an acronym: "a NATO summit", "an FBI agent"
    low = head.lower()
    if low in _FOREIGN:
        return None
    sound = _sounds().get(low)
    if sound:
        return None if sound == "either" else sound
    return _by_letter(low)


class IndefiniteArticle(Rule):
    """
    ## What it does
    Flags "a" before a vowel sound and "an" before a consonant sound: "a
    upgraded version", "an casual remark", "a 18-year-old". The sound, not the
    letter, decides: "a unique", "an hour", "an X-ray", "an 8% rise". Before a
    word no article stands before, the slip is another: "an thus" is "and
    thus", and "a on a free transfer" lost a word.

    ## Why is this bad?
    The slip survives a spell-checker, since both words are words, and often
    marks a sentence rewritten in a hurry ("an" left before a word that
    replaced "early").

    ## Example
    ```text
    Police arrested a 18-year-old man after an brief chase. It was a easy win.
    ```

    ## Use instead
    ```text
    Police arrested an 18-year-old man after a brief chase. It was an easy win.
    An hour later, a unique chance came, a one-off.
    ```

    ## Options
    None. `article_sounds.txt` beside this rule lists the words whose first
    sound is not the one their first letter suggests ("unique", "hour"), from
    the CMU Pronouncing Dictionary, and words heard both ways, never reported
    ("herb", "historic"). Acronyms are left alone: "a NATO summit" and "an FBI
    agent" both follow how the letters are read.
    """

    code = "TY008"
    name = "indefinite-article"
    family = Family.TYPOS
    severity = Severity.WARNING
    group = "spelling"

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        for m in _ARTICLE.finditer(prose):
            written, word = m.group(1), m.group(2)
            if written[0] == "A" and not self._opens_sentence(article, m.start()):
                continue  # "Plan A is", "vitamin A and"
            right = expected_article(word)
            if right is None or right == written.lower():
                continue
            if word in _NO_ARTICLE and prose[m.start(2) - 1] == " " and prose[m.end() : m.end() + 1] != "/":
                # not "a “to do” list", "a on/off switch"
                fixed, message, confidence = self._not_an_article(written, word)
            else:
                fixed = match_case(written, right)
                sound = "vowel" if right == "an" else "consonant"
                message, confidence = f"“{written} {word}”: “{fixed}” before a {sound} sound", 0.8
            suggestions = [fixed] if fixed else []
            yield self.finding(m.start(1), m.end(1), message, suggestions=suggestions, confidence=confidence)

    @staticmethod
    def _not_an_article(written: str, word: str) -> tuple[str | None, str, float]:
        """ "an" before a word no article precedes is "and" typed short; "a" there lost a word:
        the fix, if there is one, the message and the confidence."""
        if written.lower() == "an":
            fixed = match_case(written, "and")
            return fixed, f"“{written} {word}”: did you mean “{fixed}”?", 0.7
        return None, f"“{written} {word}”: a word missing after “{written}”?", 0.6

    @staticmethod
    def _opens_sentence(article: Article, offset: int) -> bool:
        para = article.paragraph_of(offset)
        return para is not None and starts_sentence(article.prose, para.start, offset)
