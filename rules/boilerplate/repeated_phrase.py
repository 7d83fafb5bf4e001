"""BP001 repeated-phrase."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, wordlists
from copydesk.text import words

_MAX_WORDS = 8
_CONJUNCTIONS = frozenset({"and", "or", "nor"})
# "day after day after day", "step by step by step": a chain, not a slip.
_LINKS = frozenset({"after", "by", "upon", "to", "for", "over", "on", "in", "against"})


class RepeatedPhrase(Rule):
    """
    ## What it does
    Flags a word or phrase written twice in a row ("the the", "official
    MintPress sponsor official MintPress sponsor").

    ## Why is this bad?
    A doubled word is a slip of the keyboard; a doubled phrase is usually page
    furniture (an ad slot, a share bar) pasted in twice with the article.

    ## Example
    ```text
    Troops stormed the the hotel.
    ```

    ## Use instead
    ```text
    Troops stormed the hotel. She had had enough of Duran Duran, and it went on and on and on.
    ```

    ## Options
    None. Doubles that are good English ("had had", "that that") are listed in
    `repeated_phrase_allowed.txt` beside this rule, and idioms that read as a
    doubled phrase before their preposition ("from time to time to check",
    "hand in hand in terms of") in `repeated_phrase_idioms.txt`.
    """

    code = "BP001"
    name = "repeated-phrase"
    family = Family.BOILERPLATE
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        allowed = {e.term.lower() for e in wordlists.load(__package__ or "", "repeated_phrase_allowed.txt")}
        idioms = {e.term.lower() for e in wordlists.load(__package__ or "", "repeated_phrase_idioms.txt")}
        prose = article.prose
        for para in article.paragraphs:
            toks = list(words(prose, para.start, para.end))
            lower = [t.group().lower() for t in toks]
            i = 0
            spared: set[tuple[int, int]] = set()
            while i < len(toks):
                hit = 0
                for n in range(min(_MAX_WORDS, (len(toks) - i) // 2), 0, -1):
                    if lower[i : i + n] != lower[i + n : i + 2 * n]:
                        continue
                    # Only whitespace may separate the words: "no, no" is emphasis, not a slip.
                    seps = [prose[toks[k].end() : toks[k + 1].start()] for k in range(i, i + 2 * n - 1)]
                    if not all(s.isspace() for s in seps):
                        continue
                    if (i - 1, n) in spared:
                        spared.add((i, n))
                        continue  # the spared repeat again, read one word on ("after Jewels after Jewels")
                    if (
                        toks[i].group()[:1].isupper()
                        and toks[i + n].group()[:1].isupper()
                        and (n > 1 or lower[i] not in allowed)
                    ):
                        spared.add((i, n))
                        continue  # "Duran Duran", "Jewels after Jewels": names and titles, not "The the"
                    second = toks[i + 1].group()
                    if n == 1 and toks[i].group() != second and second[:1].isupper():
                        continue  # "to trump Trump", "role at AT&T": a word, then a name, not a slip
                    if " ".join(lower[i : i + n]) in allowed:
                        continue  # "had had", "that that", "going to have to have"
                    if (
                        n > 1
                        and (
                            _CONJUNCTIONS & set(lower[i : i + n])
                            or (
                                n == 2
                                and lower[i + 1] in _LINKS
                                and i + 2 * n < len(toks)
                                and lower[i + 2 * n] == lower[i]
                            )
                            # "from time to time to check": the idiom, then its preposition again
                            or (n == 2 and " ".join(lower[i : i + 3]) in idioms)
                        )
                    ):
                        spared.add((i, n))
                        continue  # "on and on and on", "day after day after day": idioms
                    hit = n
                    break
                if not hit:
                    i += 1
                    continue
                start, end = toks[i].start(), toks[i + 2 * hit - 1].end()
                phrase = prose[toks[i].start() : toks[i + hit - 1].end()]
                yield self.finding(start, end, f"“{phrase}” is written twice in a row", suggestions=[phrase])
                i += 2 * hit
