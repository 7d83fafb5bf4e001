"""BP005 duplicated-text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Related, Rule, Severity
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import inside_any, quoted_spans, sentence_spans

_ENDED = lazy_re(r"[.!?…]['\"”’)\]]*\s*$")
# Short lines repeat legitimately (list items, table cells, recipe steps).
MIN_PARAGRAPH_WORDS = 8
MIN_SENTENCE_WORDS = 10
MIN_ADJACENT_WORDS = 5  # a shorter sentence said twice may be meant: "Never again. Never again."


def _key(text: str) -> str:
    return " ".join(re.findall(r"[\w½¼¾⅓⅔]+", text.lower()))


def _prose(key: str, minimum: int) -> bool:
    """Enough words, and words rather than figures: repeated list items,
    recipe lines and table rows are not duplicated text."""
    words = key.split()
    numeric = sum(any(ch.isnumeric() for ch in w) for w in words)
    return len(words) >= minimum and numeric <= 0.15 * len(words)


class DuplicatedText(Rule):
    """
    ## What it does
    Flags a paragraph, or a sentence of ten words or more, that repeats one
    earlier in the article, pointing at the first copy; a sentence of five
    words or more that repeats the one just before it, outside quotes, is
    flagged too. A run of paragraphs repeating an earlier run in the same
    order (a story pasted twice) is one finding spanning the run.

    ## Why is this bad?
    Duplicates come from pasting twice, from an update stitched onto the
    original, or from a page that repeats its standfirst. A reader sees the
    same words twice.

    ## Example
    ```text
    The siege ended on Friday evening after troops stormed the hotel.

    Officials gave no toll.

    The siege ended on Friday evening after troops stormed the hotel.
    ```

    ## Use instead
    ```text
    The siege ended on Friday evening after troops stormed the hotel.

    Officials gave no toll. The siege had lasted nine hours.
    ```

    ## Options
    None.
    """

    code = "BP005"
    name = "duplicated-text"
    family = Family.BOILERPLATE
    severity = Severity.WARNING
    deletes = True
    group = "junk"

    def check(self, article: Article) -> Iterator[Finding]:
        seen_paragraphs: dict[str, tuple[int, Span]] = {}
        seen_sentences: dict[str, Span] = {}
        # Runs of repeated paragraphs: (first repeat, last repeat, first copy,
        # last copy, index of the last repeat, index of its copy).
        runs: list[tuple[Span, Span, Span, Span, int, int]] = []
        for k, para in enumerate(article.paragraphs):
            text = article.text(para)
            key = _key(text)
            if _prose(key, MIN_PARAGRAPH_WORDS):
                if key in seen_paragraphs:
                    j, first = seen_paragraphs[key]
                    # The next paragraph repeating the copy's next paragraph
                    # extends the run: an article pasted twice is one finding.
                    if runs and runs[-1][4] == k - 1 and runs[-1][5] < j:
                        head, _, copy_head, _, _, _ = runs[-1]
                        runs[-1] = (head, para, copy_head, first, k, j)
                    else:
                        runs.append((para, para, first, first, k, j))
                    continue
                seen_paragraphs[key] = (k, para)
            last: tuple[str, Span] | None = None  # the sentence before, in this paragraph
            quotes = quoted_spans(article.prose, para)
            for span in sentence_spans(article.prose, para):
                sentence = article.text(span)
                skey = _key(sentence)
                before, last = last, (skey, span)
                if (
                    before is not None
                    and before[0] == skey
                    and _prose(skey, MIN_ADJACENT_WORDS)
                    and not inside_any(span.start, quotes)
                ):
                    # A sentence pasted twice in a row, however short: "... cut spending first.
                    # Opponents said the city should have cut spending first."
                    yield self.finding(
                        span.start,
                        span.end,
                        "this sentence repeats the one before it",
                        related=[Related(before[1], "first copy")],
                    )
                    continue
                if not _prose(skey, MIN_SENTENCE_WORDS) or not _ENDED.search(sentence):
                    continue  # a heading or a list item the body repeats is no duplicate
                if skey in seen_sentences:
                    yield self.finding(
                        span.start,
                        span.end,
                        "this sentence repeats an earlier one",
                        related=[Related(seen_sentences[skey], "first copy")],
                    )
                else:
                    seen_sentences[skey] = span
        for head, tail, copy_head, copy_tail, _, _ in runs:
            if head == tail:
                message = "this paragraph repeats an earlier one"
            else:
                message = "these paragraphs repeat earlier ones, in the same order (pasted twice?)"
            yield self.finding(
                head.start,
                tail.end,
                message,
                related=[Related(Span(copy_head.start, copy_tail.end), "first copy")],
            )
