"""ST001 unbalanced-quotes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, Span
from copydesk.patterns import LazyPattern, lazy_re
from copydesk.text import opening_closes, straight_closes, straight_opens

# After a closing mark: punctuation, a space or the end; after an opening one: a word.
_CLOSING = lazy_re(r"(?:[\s.,;:!?)\]—–-]|$)")
_OPENING = lazy_re(r"[\w‘'(\[]")
_NEVER_CLOSED = "quotation mark “ is never closed"
_REVERSED = "quotation opened with a closing mark ”"
_CLOSED_REVERSED = "quotation closed with an opening mark “"
_DOUBLED_SINGLE = lazy_re(r"’’(?!’)|''(?!')")
_NESTED = "a quote inside a quote takes single marks: ‘...’"
# "Iraq‘s", "don‘t": an opening mark typed for the apostrophe before an
# English ending (a transliteration's ‘ for ayin, "Shi‘ites", is left alone).
_TURNED = "opening quotation mark ‘ where an apostrophe ’ belongs"
_TURNED_APOSTROPHE = lazy_re(r"(?<=\w)‘(?=(?:s|t|d|ll|re|ve|m)\b)", re.IGNORECASE)
_STRAIGHT_NEVER_CLOSED = 'quotation mark " is never closed'
_STRAIGHT_CLOSES_NOTHING = (
    'quotation mark " closes nothing: an opening mark is missing,'
    " or a quote inside a quote takes single marks"
)
# Marks of other kinds: a paragraph with any of them is the curly check's (a straight
# mark standing in for a curly one) or the wire's ('' and ``).
_OTHER_MARKS = lazy_re(r"[“”]|''|``")


def _straight_kind(prose: str, i: int, para: Span) -> str:
    """How a straight mark stands: "open" after a space or the paragraph's
    start and before a word, "close" after a word and before a space or
    punctuation, else "either" ('carpet."It's', an attribute's '="1"')."""
    opens = straight_opens(prose, i, para.start)
    closes = straight_closes(prose, i, para.end)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _nested(prose: str, inner: int, end: int) -> tuple[int, int] | None:
    """Where the inner and the outer quote close, if the “ at ``inner`` opens
    a quote nested in another: the next two curly marks are both closing."""
    marks = [i for i in range(inner + 1, end) if prose[i] in "“”"][:2]
    if len(marks) == 2 and prose[marks[0]] == prose[marks[1]] == "”":
        return marks[0], marks[1]
    return None


class UnbalancedQuotes(Rule):
    """
    ## What it does
    Flags an opening curly quotation mark with no closing one in its paragraph
    (unless the next paragraph opens with a quotation mark, the convention for
    a quote that runs on), and a closing mark with no opening one. Where a
    straight mark stands in for the missing one (“... campaign.") or two
    single marks do (“... nothing.’’, the wire's “... out,''), it points at
    them and suggests the curly one; a closing mark where a quote opens (a
    ”mutual mindset”) gets the opening one as its fix, and an opening mark
    where a quote closes (“... a fascist?“ he asked) the closing one. Opening
    marks in a row with no closing one (a bill's clauses run into one
    paragraph) are one slip, reported once. A quote inside a quote written
    with double marks (“... the “terror” attacks ...”) is reported once, at
    the inner opening mark, with single marks as the fix. An opening single
    mark typed for an apostrophe (“Iraq‘s”, “don‘t”) gets ’ as its fix.
    In a paragraph quoted with straight marks only, it flags a mark that opens
    a quote never closed (the same conventions hold: a next paragraph that
    opens with a mark runs the quote on; one that closes it first closes a
    quote a line break split) and a mark that closes nothing, as the outer
    quote's does when a quote inside it took double marks too (`"... the
    "salt" side."`). An opening mark where a quote is open starts the next of
    its paragraphs run together (`"One. "Two," he said.`), and a mark after a
    figure is an inch mark (`a 15" screen`).

    ## Why is this bad?
    The reader cannot tell where the speaker's words end, and neither can the
    rules that check attribution.

    ## Example
    ```text
    “We will retake the building floor by floor, the minister said.
    ```

    ## Use instead
    ```text
    “We will retake the building floor by floor,” the minister said.
    ```

    ## Options
    None.
    """

    code = "ST001"
    name = "unbalanced-quotes"
    family = Family.STYLE
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        paras = article.paragraphs
        for para in paras:
            for m in _TURNED_APOSTROPHE.finditer(prose, para.start, para.end):
                yield self.finding(m.start(), m.end(), _TURNED, suggestions=["’"])
        yield from self._straight(article)
        for k, para in enumerate(paras):
            opened: int | None = None
            last = para.start  # where the text after the last curly mark starts
            # Opening marks in a row with no closing one (a bill's clauses, each
            # opening with “, run into one paragraph) are one slip, reported once.
            chained = False
            i = para.start - 1
            while i + 1 < para.end:
                i += 1
                ch = prose[i]
                if ch == "“":
                    nest = _nested(prose, i, para.end) if opened is not None else None
                    if nest is not None:
                        close, outer = nest
                        single = f"‘{prose[i + 1 : close]}’"
                        yield self.finding(i, close + 1, _NESTED, suggestions=[single])
                        opened, last, chained, i = None, outer + 1, False, outer
                        continue
                    if opened is not None and opening_closes(prose, i):
                        # “Do you want that?“ he asked: the opening mark typed for the closing one
                        yield self.finding(i, i + 1, _CLOSED_REVERSED, suggestions=["”"])
                        opened, last, chained = None, i + 1, False
                        continue
                    if opened is not None:
                        found = self._unpaired(prose, opened, (opened, i), "”", _CLOSING)
                        if not (chained and found.message == _NEVER_CLOSED):
                            yield found
                        chained = True
                    opened, last = i, i + 1
                elif ch == "”":
                    if opened is None and prose[i - 1 : i].isdigit():
                        continue  # an inch mark: “a 14” MacBook”, “sell your 15””
                    if opened is None:
                        found = self._unpaired(prose, i, (last, i), "“", _OPENING)
                        yield found
                        if found.message == _REVERSED:
                            opened, last = i, i + 1  # it opens the quote the next ” closes
                            continue
                    opened, last, chained = None, i + 1, False
            if opened is not None:
                runs_on = k + 1 < len(paras) and prose.startswith("“", paras[k + 1].start)
                if not runs_on:
                    found = self._unpaired(prose, opened, (opened, para.end), "”", _CLOSING)
                    if not (chained and found.message == _NEVER_CLOSED):
                        yield found

    def _straight(self, article: Article) -> Iterator[Finding]:
        """Paragraphs quoted with straight marks only: an opening mark never
        closed (unless the next paragraph opens with a mark, the convention for
        a quote that runs on, or closes the quote a line break split), and a
        closing mark with nothing open. An opening mark where a quote is open
        starts the next of its paragraphs run together ('"One. "Two," he
        said.'); a mark after a figure with nothing open is an inch mark
        ('a 15" screen')."""
        prose = article.prose
        paras = article.paragraphs
        carried = False  # the quote left open by a line break closes in this paragraph
        for k, para in enumerate(paras):
            if '"' not in prose[para.start : para.end] or _OTHER_MARKS.search(prose, para.start, para.end):
                carried = False
                continue
            opened: int | None = None
            first = True
            for i in (m.start() for m in re.finditer('"', prose[para.start : para.end])):
                i += para.start
                kind = _straight_kind(prose, i, para)
                if kind != "open" and opened is None and prose[i - 1 : i].isdigit():
                    continue
                if first and carried and kind != "open":
                    first = carried = False
                    continue
                first = False
                if kind == "open":
                    opened = i
                elif kind == "close" or opened is not None:
                    if opened is None:
                        yield self.finding(i, i + 1, _STRAIGHT_CLOSES_NOTHING)
                    opened = None
                else:
                    opened = i
            carried = False
            if opened is None:
                continue
            if k + 1 < len(paras):
                nxt = paras[k + 1]
                text = prose[nxt.start : nxt.end]
                if text[:1] in ('"', "“", "‘", "'", "`") and text.strip() != '"':
                    continue  # a quote that runs on
                j = text.find('"')
                if text.strip() == '"' or (j >= 0 and _straight_kind(prose, nxt.start + j, nxt) != "open"):
                    carried = True  # a line break inside the quote: the next paragraph closes it
                    continue
            yield self.finding(opened, opened + 1, _STRAIGHT_NEVER_CLOSED)

    def _unpaired(
        self, prose: str, lone: int, window: tuple[int, int], partner: str, follows: LazyPattern
    ) -> Finding:
        """A curly mark at ``lone`` with no partner: a single straight mark in
        ``window`` where the partner would stand (``follows`` matches after it)
        is a stand-in, to be replaced by ``partner``."""
        lo, hi = window
        straight = [lo + m.start() for m in re.finditer('"', prose[lo:hi])]
        mark = prose[lone]
        if partner == "”":
            # “Violence creates nothing.’’ : two single marks for the closing one.
            doubled = next(
                (m for m in _DOUBLED_SINGLE.finditer(prose, lo, hi) if follows.match(prose, m.end())), None
            )
            if doubled is not None:
                # “... said, ‘Just in case,’’ : the first closes the inner quote.
                inner = prose.count("‘", lo, doubled.start()) > len(
                    [k for k in range(lo, doubled.start()) if prose[k] == "’" and not prose[k + 1].isalnum()]
                )
                return self.finding(
                    doubled.start(),
                    doubled.end(),
                    f"quotation mark “ is closed with two single marks {doubled.group()}",
                    suggestions=["’”" if inner else partner],
                )
        at = -1
        if len(straight) == 1 and follows.match(prose, straight[0] + 1):
            at = straight[0]
        elif partner == "”":
            # “... purchases," Jessica said. "Shoppers ...": the first straight
            # mark that closes, not one of a pair inside the quote.
            inner = False
            for s in straight:
                if straight_opens(prose, s, lo):
                    inner = True
                elif inner:
                    inner = False
                elif follows.match(prose, s + 1):
                    at = s
                    break
        if at >= 0:
            how = "closed" if partner == "”" else "opened"
            return self.finding(
                at, at + 1, f"quotation mark {mark} is {how} with a straight mark", suggestions=[partner]
            )
        if mark == "“":
            return self.finding(lone, lone + 1, _NEVER_CLOSED)
        before = prose[lone - 1] if lone else " "
        if (before in " \t\n([—–-" or unicodedata.category(before) == "Cf") and prose[
            lone + 1 : lone + 2
        ].isalnum():
            # ' a ”mutual mindset”', 'said: ”Bird flu ...': the closing mark typed for the opening one
            return self.finding(lone, lone + 1, _REVERSED, suggestions=["“"])
        return self.finding(lone, lone + 1, "closing quotation mark ” has no opening mark")
