"""AT005 anonymous-source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Severity, attribution
from copydesk.patterns import lazy_re
from copydesk.text import starts_sentence

_WORD_BEFORE = lazy_re(r"([\w'’-]+)[ \t]+$")
_OWNER_AFTER = lazy_re(r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?[A-Z]")
# "Iran's Foreign Ministry", "China’s commerce ministry": a name's possessive says whose.
_OWNER_BEFORE = lazy_re(r"\b[A-Z][\w.-]*['’]s?[ \t]+$")


def _owned_earlier(article: Article, end: int, phrase: str) -> bool:
    """Whether the article said whose institution this is before ``end``:
    "Northumbria Police were called ... Police said", "the government of
    Mali ... the government said". Up to three words before an earlier use
    are read, through lower-case words of an institution's name ("Malian
    government forces"). A word that opens a sentence counts only where the
    recogniser finds a name in it ("Yesterday police said" names no one)."""
    prose = article.prose
    core = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    for m in re.finditer(rf"\b{re.escape(core)}\b", prose[:end], re.IGNORECASE):
        if _OWNER_AFTER.match(prose, m.end()):
            return True
        at = m.start()
        for _ in range(3):
            word = _WORD_BEFORE.search(prose, max(0, at - 40), at)
            if word is None:
                break
            text, at = word.group(1), word.start(1)
            if attribution.names_owner(text):
                para = article.paragraph_of(at)
                opens = para is None or starts_sentence(prose, para.start, at)
                if not opens or _in_name(article, at):
                    return True
            elif text.islower() and not attribution.institution_word(text):
                break
    return False


def _in_name(article: Article, offset: int) -> bool:
    if article.analysis is None:
        return False
    return any(
        pd.offset + e.start_char <= offset < pd.offset + e.end_char
        for pd in article.analysis.docs
        if pd.offset <= offset < pd.offset + len(pd.doc.text)
        for e in pd.doc.ents
        if e.label_ in _NAMES
    )


_NAMES = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})

# "people" with nothing that picks some out: the public, not a source.
_CROWD = lazy_re(
    r"(?:(?:some|many|most|few|other|all|ordinary|(?:a\s+lot|lots|plenty)\s+of)\s+)*people",
    re.IGNORECASE,
)
# What may stand between such a subject and its verb: auxiliaries, negation, adverbs.
_AUXILIARIES = lazy_re(
    r"(?:\s+(?:(?:have|has|had|is|are|was|were|will|would|can|could|do|does|did|ca|wo)(?:n['’]t)?"
    r"|been|be|may|might|not|never|[a-z]+ly)\b)*\s*",
    re.IGNORECASE,
)


def _crowd(article: Article, a: attribution.Attribution) -> bool:
    """A crowd for a source ("Many people believe", "people have said",
    "Few people would answer"), which AT001 reports where it is a weasel
    cue. People picked out ("two people", "people familiar with the
    matter", "local people") or who told the writer are a source."""
    assert a.source is not None
    if not _CROWD.fullmatch(a.source_text.strip()) or a.cue.start < a.source.start:
        return False
    if a.cue_text.lower().startswith(("told", "tell")):
        return False
    return _AUXILIARIES.fullmatch(article.prose, a.source.end, a.cue.start) is not None


class AnonymousSource(attribution.SourcingRule):
    """
    ## What it does
    Lists sources that name no one ("one unnamed source", "Malian security
    sources", "a witness", "officials") and institutions with no owner ("said
    the Armed Forces": whose?), for the desk to see at a glance.

    ## Why is this bad?
    Anonymous sourcing is sometimes necessary, but each use should be a
    decision, and readers are told why the source cannot be named.

    ## Example
    ```text
    “It’s all happening on the seventh floor,” one unnamed source told reporters.
    ```

    ## Use instead
    ```text
    “It’s all happening on the seventh floor,” Salif Traore, the security minister, told reporters.
    ```

    An institution named with its owner earlier in the article ("Northumbria
    Police ... Police said") is not asked about again. The public is no
    source: "many people believe", "people have said", "few people would
    answer" (AT001 reports "some people say" as a weasel cue); people picked
    out ("people familiar with the matter", "two people", "local people")
    or who told the writer are.

    ## Options
    None. Info by default: it never fails a check.
    """

    code = "AT005"
    name = "anonymous-source"
    family = Family.ATTRIBUTION
    severity = Severity.INFO

    def check(self, article: Article) -> Iterator[Finding]:
        for a in attribution.analyse(article).attributions:
            if a.source is None:
                continue
            if a.kind == "anonymous":
                if _crowd(article, a):
                    continue
                yield self.finding(a.source.start, a.source.end, f"anonymous source: “{a.source_text}”")
            elif (
                a.kind == "institution"
                and not _OWNER_AFTER.match(article.prose, a.source.end)  # "The government in Cairo"
                and not _OWNER_BEFORE.search(article.prose, max(0, a.source.start - 40), a.source.start)
                and not _owned_earlier(article, a.source.start, a.source_text)
            ):
                yield self.finding(
                    a.source.start, a.source.end, f"“{a.source_text}”: whose? Name the country or body"
                )
