"""BP003 promotional-text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from copydesk import Article, Family, Finding, Rule, Severity, attribution, spelling, wordlists
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.quantities import MONTH_NAMES
from copydesk.text import ends_sentence, inside_any, quoted_spans, sentence_spans, starts_sentence

MAX_STRAY_WORDS = 12
LABELLED_WORDS = 20  # the longest line after a template label ("Related:") reported with it


# A byline or dateline belongs in a story's header; it is not stray.
_BYLINE = lazy_re(
    r"^(?:by\b|updated\b|published\b|posted\b|last updated\b|[A-Z][A-Za-z .,'-]+\s(?:-{1,2}|[–—])\s*$)",
    re.IGNORECASE,
)
_LETTER = lazy_re(r"[^\W\d_]")


def _full(text: str) -> bool:
    return ends_sentence(text) and len(text.split()) > 12


_NUMBER = lazy_re(r"\d+(?:[.,]\d+)*")
# A dateline or timestamp: a month name or a clock time.
_MONTH = lazy_re(
    r"\b(?:" + "|".join(n for names in MONTH_NAMES for n in names) + r")\b|\d:\d\d", re.IGNORECASE
)


def _figures(text: str) -> bool:
    """A score line or table row ("Rockledge 14 11 6 15 — 44"), but not a
    dateline or timestamp, which is page furniture."""
    tokens = [t.strip(",;()&—–-") for t in text.split()]
    figures = sum(bool(_NUMBER.fullmatch(t)) for t in tokens)
    return figures >= 3 and figures >= 0.4 * len(tokens) and not _MONTH.search(text)


_YEAR = lazy_re(r"\b(?:1[89]|20)\d\d\b")
# A match result: "Doncaster Rovers 1 Carlisle United 0", "Leeds 2, Hull 1".
_TEAM_SCORE = r"(?:[A-Z][\w.'’&-]*[ \t]+){1,4}\d{1,3}"
_SCORE = lazy_re(rf"{_TEAM_SCORE}[ \t]*[,-]?[ \t]+{_TEAM_SCORE}")


def _dates(items: str) -> bool:
    """Items between pipes that are each a date ("29 November 2018 | 20
    January 2019"): an event's dates, not a navigation bar."""
    parts = [p.strip() for p in items.split("|") if p.strip()]
    return len(parts) >= 2 and all(_YEAR.search(p) and _MONTH.search(p) for p in parts)


def _table_row(prose: str, start: int) -> bool:
    """The line at ``start`` is a row of a plain-text table: cells between
    pipes with a figure in them, beside a line with as many cells and a
    figure ("Labour | 12 seats" over "Green | 3 seats"), not a navigation bar."""
    line_start = prose.rfind("\n", 0, start) + 1
    line_end = prose.find("\n", start)
    line_end = len(prose) if line_end < 0 else line_end

    def cells(a: int, b: int) -> int:
        text = prose[a:b]
        return text.count("|") if any(c.isdigit() for c in text) else -1

    mine = cells(line_start, line_end)
    if mine <= 0:
        return False
    neighbours = []
    if line_start >= 2:  # the line before, across one blank line at most
        before_end = line_start - 1 if prose[line_start - 2] != "\n" else line_start - 2
        neighbours.append((prose.rfind("\n", 0, before_end) + 1, before_end))
    if line_end < len(prose):
        after = line_end + 1 if prose[line_end + 1 : line_end + 2] != "\n" else line_end + 2
        after_end = prose.find("\n", after)
        neighbours.append((after, len(prose) if after_end < 0 else after_end))
    return any(cells(a, b) == mine for a, b in neighbours)


@cache
def _credit_words() -> frozenset[str]:
    words = {e.term for e in wordlists.load(__package__ or "", "byline_credits.txt")}
    return frozenset(words | {o.lower() for o in attribution.outlets() if " " not in o})


_CREDIT_LINE = lazy_re(r"[A-Za-z][A-Za-z.,'’&-]*(?:[ \t]+[A-Za-z][A-Za-z.,'’&-]*){0,7}")


def _byline_credit(text: str) -> bool:
    """A line under a byline that is the writer's title or paper ("Political
    reporter", "AP Golf Writer", "The Associated Press", "Tacoma News
    Tribune"): words only (no date, link or photo credit), one of them a
    title's or a paper's."""
    if not _CREDIT_LINE.fullmatch(text):
        return False
    words = {w.strip(".,'’").lower() for w in text.split()}
    return bool(words & _credit_words()) or text.removeprefix("The ") in attribution.outlets()


def stray_blocks(article: Article) -> Iterator[tuple[Span, str]]:
    """Short one-line body blocks that end without sentence punctuation, with
    where they stand: "header" (between the headline and the first full
    paragraph; bylines and the writer's title or paper under them, datelines,
    the deck under the headline and a line going on lower-case from the one
    before spared) or "between" (alone between two
    full paragraphs). Runs of short lines in the body are lists or tables, and
    Markdown headings and the headline are titles: none of those is stray.
    Nor are score lines and table rows. (Header lines that repeat the story's
    words are not spared: related-story links do that too.)"""
    body = [p for p in article.body if p not in article.headings]
    texts = [article.text(p) for p in body]
    full = [k for k, t in enumerate(texts) if _full(t)]
    if not full:
        return  # not an article body (a list, a note): no paragraphs to stray from
    headline = article.headline_span
    deck_possible = headline is not None
    byline = False  # the line before was a byline
    for k, (para, text) in enumerate(zip(body, texts, strict=True)):
        after_byline, byline = byline, False
        if headline is not None and para.start < headline.start:
            continue  # a note to the reader above the headline ("Editor's note: ...")
        # A line ending "," leads into the next ("As Elsevier reports (via Google Translate),").
        if "\n" in text or ends_sentence(text) or text.endswith(",") or len(text.split()) > MAX_STRAY_WORDS:
            deck_possible = False
            continue
        if not _LETTER.search(text) or _figures(text) or _SCORE.fullmatch(text):
            continue  # rules and spacers ("___"), score lines, results and table rows
        if k < full[0]:
            # The first line under a headline (after a score line) is its
            # standfirst (deck): header, not junk.
            deck = deck_possible and len(text.split()) >= 5
            deck_possible = False
            # A line that opens lower-case goes on from the line before: a
            # headline or deck broken over lines ("Make Your New Year's
            # Resolution" / "to Save Lives").
            byline = bool(_BYLINE.match(text))
            credit = after_byline and _byline_credit(text)
            if not deck and not byline and not credit and not text[:1].islower():
                yield para, "header"
        elif 0 < k < len(body) - 1 and _full(texts[k - 1]) and _full(texts[k + 1]):
            yield para, "between"


def _owns_line(match: str, rest: str) -> bool:
    """Whether template text opening a line takes the rest of the line with
    it: a label's line ("Related: <headline>", "Image credit: NASA") or a word
    or two left over ("Related Posts:", "Follow Pam Key on Twitter
    @pamkeyNEN."), not a sentence that goes on after it."""
    words = rest.split()
    if match.endswith(":") or rest.lstrip().startswith(":"):
        return len(words) <= LABELLED_WORDS
    return len(words) <= 2


# A match ending on one of these stopped mid-phrase: "Subscribe to our" / "Photo by" / "Read more about".
_UNFINISHED = lazy_re(
    r"\b(?:a|an|the|our|your|their|its|his|her|my|of|to|at|by|on|with|for|from|in|via|about)$", re.IGNORECASE
)


# Page text that is a sentence of its own when it opens one: a call to act
# ("Click here to see ...", "Follow him on Twitter @x."), a copyright notice,
# the site's word to the reader ("If you buy something through this post, ..."),
# a sign-up form's consent or error ("By subscribing I accept the terms of use").
_OWNS_SENTENCE = lazy_re(
    r"(?:click|tap|subscribe|sign\s+up|follow|share|join|download|register|submit|get|check|copyright|©|\(c\)"
    r"|if\s+you\s+(?:buy|purchase)|we\s+may|we(?:’|')?d\s+(?:like|love)|thanks?\s+(?:you\s+)?for"
    r"|this\s+site|by\s+subscribing|there\s+was\s+a\s+problem\s+subscribing|i\s+agree\s+that)(?!\w)",
    re.IGNORECASE,
)


def _phrase_end(prose: str, start: int, end: int, line_end: int) -> int:
    """Where the sentence a match leaves unfinished ends ("Subscribe to our"
    + "podcast at iTunes.", "Photo by" + "Money Sharma/EPA"), when that is
    near; else the match's own end."""
    for sentence in sentence_spans(prose, Span(start, line_end)):
        if sentence.end >= end:
            stop = len(prose[: sentence.end].rstrip())
            return stop if len(prose[end:stop].split()) <= LABELLED_WORDS else end
    return end


# Between two pieces of page text on one line, nothing of the story: "© 2026 Reuters. All rights reserved."
_BETWEEN = lazy_re(r"[ \t.,;:!?|•·–—-]*")


def _joined(prose: str, spans: list[Span]) -> list[Span]:
    """Pieces of page text with nothing between them but spaces and
    punctuation are one piece, with the punctuation that ends its line."""
    out: list[Span] = []
    for span in spans:
        if out and _BETWEEN.fullmatch(prose, out[-1].end, span.start):
            last = _BETWEEN.match(prose, span.end)
            end = last.end() if last and prose[last.end() : last.end() + 1] in ("", "\n") else span.end
            end += prose[end : end + 1] in (".", "!", "?")  # "All Rights Reserved. This material ..."
            out[-1] = Span(out[-1].start, len(prose[:end].rstrip()))
        else:
            out.append(span)
    return out


# A photographer and the agency or paper, as a line or closing one in brackets:
# "Jason Cipriani/ZDNet", "(Joshua Roberts/Reuters)", "Carolyn Kaster / AP".
_CREDIT = lazy_re(
    r"(?m)(?:^[ \t]*|(?P<open>\())(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*/[ \t]*"
    r"(?P<org>[A-Z][\w.&'’-]*(?:[ \t]+(?:via[ \t]+)?[A-Z][\w.&'’-]*){0,3})[ \t]*(?(open)\)|)\.?(?=[ \t]*$)"
)
_WIRES = lazy_re(r"\b(?:AP|Associated Press|Reuters|AFP|Getty Images|EPA|Canadian Press|Press ?[Ww]ire)\b")


def _credits(article: Article) -> Iterator[Span]:
    """Photo credits past the story's header (up there a name and an outlet may be
    its byline): a given name first ("Jason Cipriani/ZDNet") or a wire agency after
    the slash ("(Phelan M. Ebenhack/Associated Press)"); not "Technology Progress/Risk"."""
    prose = article.prose
    first = next((p for p in article.body if len(article.text(p).split()) > 12), None)
    if first is None:
        return
    names = spelling.given_names()
    for m in _CREDIT.finditer(prose, first.start):
        given = m.group("who").split()[0].capitalize() in names
        if given or _WIRES.search(m.group("org")):
            yield Span(m.start("open") if m.group("open") else m.start("who"), m.end())


def _terms(name: str) -> str:
    terms = sorted((e.term for e in wordlists.load(__package__ or "", name)), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)


@cache
def _buttons() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line of buttons only ("Share this: Reddit", "Email", "Play Facebook")
    and a button's label in it (share, print, close; not a site's name)."""
    item = rf"(?:{_terms('button_labels.txt')}|{_terms('button_sites.txt')})"
    line = re.compile(rf"(?:{item}(?![\w+])[\s|,·•/:.]*)+", re.IGNORECASE)
    return line, re.compile(rf"(?<![\w+])(?:{_terms('button_labels.txt')})(?![\w+])", re.IGNORECASE)


def _button_runs(prose: str, flagged: list[Span]) -> Iterator[Span]:
    """Runs of lines that are a page's controls, one line per button ("Share
    this:" / "Facebook" / "Twitter" / "Email" / "Print", "Enlarge Image" /
    "Close"), blank lines between them or not: two lines or more, of buttons
    or of page text already found, with a button and a label among them.
    Sites alone may be the story's own list; lines of page text alone stay
    findings of their own."""
    line, label = _buttons()
    run: list[Span] = []
    labelled = buttons = False

    def close() -> Iterator[Span]:
        whole = Span(run[0].start, run[-1].end) if run else None
        if whole and len(run) >= 2 and labelled and buttons and not _covered(flagged, whole):
            yield whole

    for m in re.finditer(r"[^\n]+", prose):
        start, end = m.start(), m.end()
        while start < end and prose[start].isspace():
            start += 1
        while end > start and prose[end - 1].isspace():
            end -= 1
        if start == end:
            continue  # a blank line does not break the run
        span = Span(start, end)
        page, button = _covered(flagged, span), bool(line.fullmatch(prose, start, end))
        if page or button:
            run.append(span)
            labelled = labelled or page or bool(label.search(prose, start, end))
            buttons = buttons or button
            continue
        yield from close()
        run, labelled, buttons = [], False, False
    yield from close()


def _covered(flagged: list[Span], span: Span) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in flagged)


class PromotionalText(Rule):
    """
    ## What it does
    Flags text that sells, asks the reader to act, or comes from the page
    template rather than the story: sponsor and advertisement lines,
    "subscribe", "sign up for our newsletter", "follow us on", share bars
    ("Facebook Twitter Email", or one button a line: "Share this:" /
    "Facebook" / "Twitter" / "Print", reported as one block), "read more",
    "related stories", a line ending in a link's arrow ("Go to The Quad Blog
    »"), "watch the video", cookie notices, copyright footers, photo credits
    (below the story's header, a photographer and an agency too: "(Joshua
    Roberts/Reuters)", "Jason Cipriani/ZDNet"), "Image 1 of 23", and the
    page's HTML pasted as text ("<span class=...>", "&lt;span ...&gt;"; in
    Markdown, HTML is markup).
    A label opening a line ("Related:", "Filed under:", "Photo credit:") is
    reported with the rest of its line ("Related: The 15 Weirdest Galaxies"),
    and so is a word or two left after page text opening a line ("Follow Pam
    Key on Twitter @pamkeyNEN."), and the rest of a short sentence that page
    text stopping on "our", "by" or "on" leaves unfinished ("Subscribe to our
    podcast at iTunes.", "Photo by Money Sharma/EPA") or that opens with a
    call to act or a copyright sign ("Click here to see our success
    stories.", "Copyright © 2012 by Galactic Connection."): the finding covers what
    the editor deletes, in Markdown with the line's markup. Also flags short
    lines in the body that end without sentence punctuation (a byline, a
    dateline, a caption fragment) as probable page furniture.

    ## Why is this bad?
    Scraped or pasted copy carries the page around the story with it. Printed,
    it makes the article look unedited; inside a paragraph, it breaks a
    sentence.

    ## Example
    ```text
    Troops stormed the hotel on Friday, officials said.

    official MintPress sponsor official MintPress sponsor

    Subscribe to our newsletter for the latest news.
    ```

    ## Use instead
    ```text
    Troops stormed the hotel on Friday, officials said.

    The hotel's sponsor, a mining firm, said it would subscribe to the fund.
    ```

    ## Options
    None. The patterns are case-insensitive regular expressions in
    `promotional_patterns.txt` beside this rule, where a standards editor can
    add the phrases their CMS leaves behind; a page's button labels and the
    sites its share buttons name are in `button_labels.txt` and
    `button_sites.txt`. Words inside a quotation are left alone (a quote may
    say "subscribe"). Pattern matches are errors; short unpunctuated lines
    are warnings (they may be a subheading in plain text).
    """

    code = "BP003"
    name = "promotional-text"
    family = Family.BOILERPLATE
    severity = Severity.ERROR
    deletes = True
    group = "junk"

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        low = wordlists.lower(prose)
        # A pattern with no match in the whole text has none in a paragraph of it
        # (none looks past a line's end but for spaces): one search each, in
        # lower case where the pattern names no capital (case-folding is slow).
        patterns = [
            (p.pattern, p.entry)
            for p in wordlists.load_search_patterns(__package__ or "", "promotional_patterns.txt")
            if p.in_text(prose, low)
        ]
        flagged: list[Span] = []
        for para in article.paragraphs:
            # The first line read as a headline is page text only when page
            # text is all it is ("Advertisement", "Reddit" above the story).
            headline = para == article.headline_span
            # Only a closed quotation protects its words: text after an open
            # quote that runs on may be pasted junk.
            quotes = quoted_spans(prose, para, closed_only=True)
            for pattern, _entry in patterns:
                for m in pattern.finditer(prose, para.start, para.end):
                    if m.end() == m.start() or inside_any(m.start(), quotes):
                        continue
                    start, end = m.start(), m.end()
                    while start < end and prose[start].isspace():
                        start += 1
                    while end > start and prose[end - 1].isspace():
                        end -= 1
                    if headline and prose[start:end] != article.text(para).strip():
                        continue
                    if "|" in prose[start:end] and (_table_row(prose, start) or _dates(prose[start:end])):
                        continue  # a table's row or an event's dates, not a navigation bar
                    line_end = prose.find("\n", end, para.end)
                    line_end = para.end if line_end < 0 else line_end
                    if (start == para.start or prose[start - 1] == "\n") and _owns_line(
                        prose[start:end], prose[end:line_end]
                    ):
                        end = len(prose[:line_end].rstrip())  # what the editor deletes
                    elif _UNFINISHED.search(prose, start, end) or (
                        _OWNS_SENTENCE.match(prose, start) and starts_sentence(prose, para.start, start)
                    ):
                        end = _phrase_end(prose, start, end, line_end)
                    overlapping = [s for s in flagged if s.start < end and start < s.end]
                    if any(s.start < start or end < s.end for s in overlapping):
                        continue
                    # A longer reading takes in the pieces found before it ("Read more from
                    # Dana Milbank's archive, follow him on Twitter ...").
                    flagged = [s for s in flagged if s not in overlapping] + [Span(start, end)]
        for credit in _credits(article):
            home = article.paragraph_of(credit.start)
            quotes = quoted_spans(prose, home, closed_only=True) if home is not None else []
            quoted = inside_any(credit.start, quotes)
            if not quoted and not any(s.start < credit.end and credit.start < s.end for s in flagged):
                flagged.append(credit)
        for run in list(_button_runs(prose, flagged)):
            flagged = [s for s in flagged if not (run.start <= s.start and s.end <= run.end)] + [run]
        for span in _joined(prose, sorted(flagged, key=lambda s: s.start)):
            words = " ".join(prose[span.start : span.end].split())
            yield self.finding(span.start, span.end, f"page or ad text: “{words}”")
        for para, zone in stray_blocks(article):
            if any(s.start < para.end and para.start < s.end for s in flagged):
                continue
            if zone == "between":
                continue  # lone lines between paragraphs are subheadings as often as junk
            yield self.finding(
                para.start,
                para.end,
                "short line without sentence punctuation in the body: a byline, caption or page text?",
                confidence=0.6,
                severity=Severity.WARNING,
            )
