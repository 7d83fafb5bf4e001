"""ST002 inconsistent-form."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import Article, Family, Finding, Related, Rule, Severity, spelling, wordlists
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import inside_any, is_title_case, quoted_spans, starts_sentence

# Dotted acronyms ("U.S."), then words with inner hyphens/apostrophes ("al-Qaeda").
# ("I.e." and "e.g." are abbreviations, not initials: never "IE" or "EG".)
_FORM = lazy_re(r"(?<![\w.])(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*\w")
_POSSESSIVE = lazy_re(r"[’']s$")
_SEPARATORS = lazy_re(r"[-.’' ]")
COMMON_WORD = 4.0  # zipf: a word this common differs by case only as emphasis


@dataclass(frozen=True)
class _Use:
    form: str
    span: Span
    quoted: bool
    initial: bool = False
    titled: bool = False  # in a title-case line: a list heading, a category line
    shouted: bool = False  # in a run of words in capitals: a dateline ("SANTA FE, N.M."), a shout


# "I'm", "We’ll", "Can't": a contraction, one form with either apostrophe,
# never "IM", "Well" or "Cant".
_CONTRACTION = lazy_re(r"[a-z]+[’'](?:m|d|ve|ll|re)|[a-z]+n[’']t", re.IGNORECASE)
# Part of a web address or a handle: "www.SHTFplan.com", "FreedomOutpost.com", "@FoxNews".
_ADDRESS_AFTER = lazy_re(r"\.(?:com|org|net|gov|edu|co|uk|io|info|tv|us)\b", re.IGNORECASE)
# A web address's path: "facebook.com/WhiteHouse" is not a form of "White House".
_PATH_BEFORE = lazy_re(r"\S*\.\S*/$")
_CAPITALS_RUN = lazy_re(r"\b[A-Z]+(?:\s+[A-Z]+)+\b")


@dataclass(frozen=True)
class _TermForm:
    """One way of writing a term: ``term_forms.txt``'s ``pattern -> term: form``."""

    pattern: re.Pattern[str]
    term: str
    form: str  # "{n} per cent": {n} is the pattern's group n

    @property
    def name(self) -> str:
        return self.form.replace("{n}", "").strip()


@lru_cache(maxsize=1)
def _term_forms() -> tuple[tuple[_TermForm, wordlists.SearchPattern], ...]:
    forms = []
    for search in wordlists.load_search_patterns(__package__ or "", "term_forms.txt"):
        term, _, form = (search.entry.replacement or "").partition(":")
        forms.append((_TermForm(search.pattern, term.strip(), form.strip()), search))
    return tuple(forms)


def _word_end(text: str, i: int) -> int:
    """Where the word running on at ``i`` ends ("co-operat" + "ion")."""
    while i < len(text) and (text[i].isalnum() or text[i] == "_"):
        i += 1
    return i


@lru_cache(maxsize=65536)
def _key(form: str) -> str:
    if _CONTRACTION.fullmatch(form):
        return form.lower().replace("’", "'")
    return _SEPARATORS.sub("", form.lower())


class InconsistentForm(Rule):
    """
    ## What it does
    Flags a name or term written in more than one form in an article:
    "al-Qaeda" and "Al-Qaeda", "US" and "U.S.", "Time Warner" and
    "TimeWarner"; "12%" and "4 per cent", "email" and "e-mail", "toward"
    and "towards". The rarer form is reported, pointing at the common one.
    A capital that only opens a sentence or sits in a title-case line is
    not a different form.

    ## Why is this bad?
    House style picks one form; a story that uses two looks unedited, and
    readers may take the forms for different things.

    ## Example
    ```text
    The US envoy arrived on Monday. Later the U.S. embassy said the US would help.
    Exports rose 12% and imports 4 per cent, after a 3% fall.
    ```

    ## Use instead
    ```text
    The US envoy arrived on Monday. Later the US embassy said it would help.
    Exports rose 12% and imports 4%, after a 3% fall.
    ```

    ## Options
    None. Forms of a name inside a quotation are reported without a
    suggestion: the desk checks them against the source, it does not rewrite
    a quote. The terms and their forms are in `term_forms.txt` beside this
    rule (`pattern -> term: form`); a term's forms inside quotes are not
    counted ("towards" is what was said).
    """

    code = "ST002"
    name = "inconsistent-form"
    family = Family.STYLE
    severity = Severity.INFO

    def _uses(self, article: Article) -> list[_Use]:
        prose = article.prose
        uses: list[_Use] = []
        for para in article.paragraphs:
            text = prose[para.start : para.end]
            if para == article.headline_span or para in article.headings or text.isupper():
                continue  # headlines are title case or capitals by convention
            quotes = quoted_spans(prose, para)
            titled = len(text.split()) <= 15 and is_title_case(text)
            shouted = [Span(m.start(), m.end()) for m in _CAPITALS_RUN.finditer(prose, para.start, para.end)]
            prev_end, prev_cap = -10, False
            for m in _FORM.finditer(prose, para.start, para.end):
                form = m.group()
                if form == form.lower():
                    prev_cap = False
                    continue  # no capital: most words, so tested first
                form = _POSSESSIVE.sub("", form)
                if (
                    _ADDRESS_AFTER.match(prose, m.end())
                    or prose[m.start() - 1 : m.start()] in ("@", ".")
                    or (
                        prose[m.start() - 1 : m.start()] == "/"
                        and _PATH_BEFORE.search(prose, max(para.start, m.start() - 80), m.start())
                    )
                ):
                    prev_cap = False
                    continue
                quoted = inside_any(m.start(), quotes)
                initial = starts_sentence(prose, para.start, m.start())
                loud = inside_any(m.start(), shouted)
                uses.append(_Use(form, Span(m.start(), m.start() + len(form)), quoted, initial, titled, loud))
                # Two capitalised words in a row also stand for their joined form.
                if prev_cap and prose[prev_end : m.start()] == " " and form[:1].isupper():
                    start = uses[-2].span.start
                    uses.append(
                        _Use(
                            prose[start : m.start() + len(form)],
                            Span(start, m.start() + len(form)),
                            quoted,
                            titled=titled,
                        )
                    )
                prev_end, prev_cap = m.start() + len(form), form[:1].isupper()
        return uses

    def check(self, article: Article) -> Iterator[Finding]:
        # Runs of words overlap the words they join ("The U.S." holds "U.S.",
        # "International AIDS Conference" holds "International AIDS"): the
        # narrowest finding says what differs.
        found = sorted(self._findings(article), key=lambda f: f.span.end - f.span.start)
        kept: list[Finding] = []
        for finding in found:
            if not any(k.span.start < finding.span.end and finding.span.start < k.span.end for k in kept):
                kept.append(finding)
        yield from sorted(kept, key=lambda f: f.span.start)

    def _term_findings(self, article: Article) -> Iterator[Finding]:
        """One term in two forms: "12%" and "4 per cent", "email" and "e-mail"."""
        prose = article.prose
        by_term: dict[str, list[tuple[_TermForm, re.Match[str]]]] = defaultdict(list)
        low = wordlists.lower(prose)
        present = [form for form, search in _term_forms() if search.in_text(prose, low)]  # one search each
        for para in article.paragraphs if present else ():
            if para == article.headline_span or para in article.headings:
                continue
            quotes = quoted_spans(prose, para)
            for form in present:
                for m in form.pattern.finditer(prose, para.start, para.end):
                    if not inside_any(m.start(), quotes):
                        by_term[form.term].append((form, m))
        for uses in by_term.values():
            counts = Counter(form.name for form, _m in uses)
            if len(counts) < 2:
                continue
            main = max(counts, key=lambda f: (counts[f], -min(m.start() for u, m in uses if u.name == f)))
            first_form, first = next((u, m) for u, m in uses if u.name == main)
            numbered = "n" in first.re.groupindex
            here = Span(first.start(), first.end() if numbered else _word_end(prose, first.end()))
            for form, m in uses:
                if form.name == main:
                    continue
                if numbered:  # "4 per cent" -> "4%"
                    end, wrong, right = m.end(), form.name, main
                    fixed = first_form.form.replace("{n}", m.group("n"))
                else:  # the whole word: "co-operation" -> "cooperation"
                    end = _word_end(prose, m.end())
                    wrong = prose[m.start() : end]
                    right = fixed = spelling.match_case(m.group(), first_form.form) + prose[m.end() : end]
                yield self.finding(
                    m.start(),
                    end,
                    f"“{wrong}” is written “{right}” elsewhere in this article",
                    suggestions=[fixed],
                    related=[Related(here, f"“{prose[here.start : here.end]}” here")],
                )

    def _findings(self, article: Article) -> Iterator[Finding]:
        yield from self._term_findings(article)
        groups: dict[str, list[_Use]] = defaultdict(list)
        all_uses = self._uses(article)
        # A capital that only opens a sentence ("Al-Qaeda said") is the
        # lower-case form; a sentence-initial form seen nowhere else is dropped.
        inner = {u.form for u in all_uses if not u.initial}
        inner_keys = {_key(f) for f in inner}
        for use in all_uses:
            if use.initial and use.form not in inner:
                lowered = use.form[:1].lower() + use.form[1:]
                if lowered in inner or _key(use.form) not in inner_keys:
                    continue
            groups[_key(use.form)].append(use)
        for uses in groups.values():
            # A title-case line capitalises every word: "Long-Term" there is "Long-term".
            plain = {u.form for u in uses if not u.titled}
            folded = {f.lower() for f in plain}
            uses = [u for u in uses if not (u.titled and u.form not in plain and u.form.lower() in folded)]
            # Capitals for emphasis or a transcript's speaker ("EDWARDS:") are
            # not another spelling; nor is a common word's case ("The", "GROW").
            caseless = len({u.form.lower() for u in uses}) == 1
            if caseless:
                uses = [u for u in uses if not (u.form.isupper() and (len(u.form) > 3 or u.shouted))]
                if spelling.zipf(uses[0].form if uses else "") >= COMMON_WORD:
                    continue
            counts = Counter(u.form for u in uses)
            if len(counts) < 2 or len(_key(uses[0].form)) < 2:
                continue
            # The form used most (outside quotes, first on ties) is the article's.
            outside = Counter(u.form for u in uses if not u.quoted) or counts
            main = max(outside, key=lambda f: (outside[f], -min(u.span.start for u in uses if u.form == f)))
            first = next(u for u in uses if u.form == main)
            for use in uses:
                if use.form == main:
                    continue
                message = f"“{use.form}” is written “{main}” elsewhere in this article"
                yield self.finding(
                    use.span.start,
                    use.span.end,
                    message + (" (in a quote: check the source)" if use.quoted else ""),
                    suggestions=[] if use.quoted else [main],
                    related=[Related(first.span, f"“{main}” here")],
                )
