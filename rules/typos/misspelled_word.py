"""TY003 misspelled-word."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, spelling


class MisspelledWord(Rule):
    """
    ## What it does
    Flags a word that no lexicon knows when a close, far more frequent word
    exists, with ranked suggestions: "Islamis" -> "Islamic". The general
    lexicon is wordfreq's English list; the house vocabulary and the archive
    lexicon (`copydesk vocab learn`) add the newsroom's names. Capitalised
    words mid-sentence are compared with names and words the article or the
    house vocabulary vouch for, not with every English word, so an unfamiliar
    name is never "corrected" into a common word. A known word the article
    capitalises only where a sentence opens may be either, so it vouches
    only for a slip one edit away ("Redmond also ..." and "Phil Redmnod").
    A regular derivation of a known word is a word ("balloted", "bigger"),
    unless English does not form it that way ("numbber", "raiseed",
    "offerred", "owend", "loger"), or no list has it and a very common word
    is one slip away ("atfer", "beiing"; a compound's coinage,
    "grab-assers", is left alone).
    A word a printed line's hyphen broke in two ("delib- erately") or a space
    split ("bec ause") is reported whole, and a short word run into the next
    or the one before is split back ("thevoter" -> "the voter", "choiceof" ->
    "choice of").

    ## Why is this bad?
    A slip in a name or a word is the error readers notice first, and the one
    that spell-checkers tuned to be quiet on names let through.

    ## Example
    ```text
    The attack was claimed by al-Qaeda in the Islamic Maghreb.
    A spokesman for Al-Qaeda in the Islamis Maghreb said so.
    ```

    ## Use instead
    ```text
    The attack was claimed by al-Qaeda in the Islamic Maghreb. Stephane Dujarric spoke in Sevare.
    ```

    ## Options
    None. Suggestions are ranked by edit (neighbouring keys, swapped and
    doubled letters cost less), by frequency, and by the article's own words
    and word pairs. Accepted vocabulary is never reported; "[sic]" after a word
    silences it. A slip one edit away is an error, two edits a warning.
    """

    code = "TY003"
    name = "misspelled-word"
    family = Family.TYPOS
    severity = Severity.ERROR
    group = "spelling"

    def check(self, article: Article) -> Iterator[Finding]:
        for slip in spelling.analyse(article, self.context.vocabulary).slips:
            word = article.text(slip.word.span)
            source = " (vocabulary)" if slip.from_vocabulary else ""
            what = (
                "is a word broken by a line-end hyphen"
                if "- " in word
                else "is one word split by a space"
                if " " in word
                else "is not a known word"
            )
            yield self.finding(
                slip.word.span.start,
                slip.word.span.end,
                f"“{word}” {what}; did you mean “{slip.suggestions[0]}”?{source}",
                suggestions=slip.suggestions,
                confidence=0.9 if slip.distance == 1 else 0.7,
                severity=None if slip.distance == 1 else Severity.WARNING,
            )
