"""TY002 confused-word."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from copydesk import Article, Family, Finding, Need, Rule, Severity, wordlists
from copydesk.nlp import ParagraphDoc
from copydesk.spelling import match_case, match_phrase

# Words after which a closed compound must be the verb: "have setup", "to login".
_VERB_SLOTS = frozenset(
    [
        "to",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "please",
        "n't",
        "not",
    ]
)
_OBJECT_POS = frozenset({"DET", "PRON", "PROPN", "ADP", "NUM"})
_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def _pairs() -> dict[str, str]:
    """Closed compound (noun) -> phrasal verb, e.g. ``setup -> set up``."""
    return {
        e.term.lower(): e.replacement or "" for e in wordlists.load(__package__ or "", "confused_words.txt")
    }


def _sound_alikes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right) for each word written for one that sounds like it,
    where the words around say which is meant (``sound_alikes.txt``)."""
    low = wordlists.lower(text)
    for pattern in wordlists.load_lower_patterns(__package__ or "", "sound_alikes.txt"):
        key = "w" if "w" in pattern.scan.groupindex else 0
        for m in pattern.finditer(low):
            yield m.start(key), m.end(key), pattern.entry.replacement or ""


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    """First word of the phrasal verb -> (noun, verb phrase), e.g. ``set -> (setup, set up)``."""
    return {v.split()[0]: (noun, v) for noun, v in _pairs().items()}


class ConfusedWord(Rule):
    """
    ## What it does
    Flags a noun written where its phrasal verb belongs ("have setup" for
    "have set up", "to login" for "to log in"), and the verb written where the
    noun belongs ("a set up" for "a setup"). Also flags a word written for
    one that sounds like it, where the words around leave only one meaning:
    "its the", "could of been", "has lead to", "more then 20", "free reign",
    "tow the line", "an affect on".

    ## Why is this bad?
    The closed form is the noun, the open form the verb; "its" is no "it's".
    These slips survive a spell-checker, because every word is a word, and
    readers notice them at once.

    ## Example
    ```text
    French troops have setup a security cordon around the hotel. Its not clear
    who has lead the attack, which gave the gunmen free reign for an hour.
    ```

    ## Use instead
    ```text
    French troops have set up a security cordon around the hotel. The setup took an hour.
    It's not clear who has led the attack, which gave the gunmen free rein for an hour.
    ```

    ## Options
    None. The pairs are in `confused_words.txt` beside this rule
    (`noun -> verb phrase`, one per line); the sound-alikes are in
    `sound_alikes.txt` (`pattern -> right`: a regular expression and what
    replaces its match, or its group named `w`).
    """

    code = "TY002"
    name = "confused-word"
    family = Family.TYPOS
    severity = Severity.WARNING
    group = "spelling"
    needs = frozenset({Need.POS})

    def needs_tagging(self, article: Article, piece: ParagraphDoc) -> bool:
        pairs, verbs = _pairs(), _verbs()
        doc = piece.doc
        return any(
            t.lower_ in pairs or (t.lower_ in verbs and t.i > 0 and doc[t.i - 1].lower_ in _ARTICLES)
            for t in doc
        )

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        for start, end, right in _sound_alikes(prose):
            wrong = prose[start:end]
            fixed = match_phrase(wrong, right)
            yield self.finding(
                start, end, f"“{wrong}” where “{fixed}” is meant", suggestions=[fixed], confidence=0.8
            )
        if article.analysis is None:
            return
        pairs, verbs = _pairs(), _verbs()
        for pd in article.analysis.docs:
            doc = pd.doc
            for tok in doc:
                low = tok.lower_
                prev = doc[tok.i - 1] if tok.i > 0 else None
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if low in pairs and prev is not None:
                    verbal = tok.tag_.startswith("VB") or prev.lower_ in _VERB_SLOTS
                    if (
                        verbal
                        and (nxt is None or nxt.pos_ in _OBJECT_POS or nxt.is_punct)
                        and prev.pos_ != "DET"
                    ):
                        right = match_case(tok.text, pairs[low])
                        yield self.finding(
                            pd.offset + tok.idx,
                            pd.offset + tok.idx + len(tok),
                            f"“{tok.text}” is the noun; the verb is “{right}”",
                            suggestions=[right],
                            confidence=0.8,
                        )
                elif low in verbs and prev is not None and prev.lower_ in _ARTICLES and nxt is not None:
                    noun, phrase = verbs[low]
                    particle = phrase.split()[1]
                    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                    if nxt.lower_ == particle and (after is None or after.pos_ not in {"DET", "PRON"}):
                        start = pd.offset + tok.idx
                        end = pd.offset + nxt.idx + len(nxt)
                        yield self.finding(
                            start,
                            end,
                            f"“{tok.text} {nxt.text}” is the verb; the noun is “{noun}”",
                            suggestions=[match_case(tok.text, noun)],
                            confidence=0.8,
                        )
