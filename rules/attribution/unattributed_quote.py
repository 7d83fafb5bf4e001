"""AT002 unattributed-quote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import Article, Family, Finding, Related, Severity, attribution, wordlists
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import is_title_case

# A short quote after these words is a term or a name being marked, not speech.
_TERM_BEFORE = lazy_re(
    r"\b(?:the|a|an|another|his|her|its|their|our|your|my|this|that|these|those|so-called|by|of|as|called|dubbed|termed|"
    r"named|nicknamed)\s+$",
    re.IGNORECASE,
)


# A quote named as words ("the words “there will be blood”", "the slogan “Meth,
# we're on it”") is mentioned, not reported.
# Nouns that name words as such: the slogan “...”, the “...” catchphrase.
_NAMING = r"slogan|motto|tagline|catchphrase|mantra|chant|hashtag|headline|campaign"
# A work's title after its kind: "an ambitious new book, “Far From the Tree: ...”".
_WORKS = r"book|novel|memoir|film|movie|documentary|album|song|play|musical|opera|poem|essay|series|episode"
_MENTION_BEFORE = lazy_re(
    r"(?:\b(?:the|a|an|this|that|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,5}(?:words|phrase|refrain|"
    rf"caption|inscription|expression|term|nickname|moniker|habit|habits|maxim|line|subject|question|{_NAMING}|{_WORKS})"
    r"(?:\s+of|\s+line)?"
    # "phrases like “Drain the swamp!”", "a video entitled, “...”"
    r"|\b(?:words|phrases|slogans|mottos|chants|hashtags|headlines|expressions|terms)\s+(?:like|such\s+as)"
    r"|\b(?:entitled|titled)"
    # a control's or a sign's words: click “Save changes”, search for “...”, a sign reading “...”
    r"|\b(?:click|clicks|clicking|clicked|tap|taps|tapping|tapped|select|selecting|press|pressing|"
    r"search(?:es|ing)?\s+for|type|typing|labell?ed|marked|reading)(?:\s+on)?"
    # "HP is called “feather duvet lung”", "the term often used is “...”": a name given, no one's words
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|often\s+)?"
    r"(?:called|dubbed|nicknamed|termed|known\s+as)"
    r"|\bterm\s+(?:\w+\s+){0,3}(?:is|was))\s*[:,–—?]?\s*$",
    re.IGNORECASE,
)
# ... and so is one that names the thing after it: the “I'm loving it” catchphrase.
# Up to two words may qualify the noun: the “Meth. We're on it.” awareness campaign.
_MENTION_AFTER = lazy_re(
    rf"[ \t]+(?P<between>(?:[a-z][\w’'-]*[ \t]+){{0,2}})(?:{_NAMING}|system|initiative)s?\b", re.IGNORECASE
)


# A term being defined: “Space weather” means ..., “OTC” stands for ...
_DEFINED = lazy_re(
    r"[ \t]*,?[ \t]+(?:means|meant|refers[ \t]+to|stands[ \t]+for|shall[ \t]+mean|is[ \t]+defined[ \t]+as|"
    r"is[ \t]+short[ \t]+for)\b"
)
_DEFINED_WORDS = 6  # the longest term read as defined


# A paragraph that is only a short quote with no sentence punctuation, after
# an optional list number: a heading ("7. “The Giuliani problem”").
_HEADING = lazy_re(r"(?:\d{1,2}[.)]\s+|[-•*]\s+)?[\"“‘'][^\"“”.!?…,;:]+[\"”’']")
# Quotation marks and the spaces some pages put inside them.
_MARKS = "\"'“”‘’„«» \t"


@dataclass(frozen=True)
class Options:
    carry_over: bool = False


# A tag inside a quote left open: its closing mark was dropped before the tag
# ("“Nobody is listening to us, said Fatima Ahmed"), which unbalanced-quotes reports.
_TAG_INSIDE = lazy_re(
    r",\s+(?:(?:said|says|told|added|asked)\s+(?:[A-Z][\w’'-]+|he|she|they)"
    r"|(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|he|she|they)\s+(?:said|says|told|added|asked))\b"
)
_NOUN_AFTER = lazy_re(r"[ \t]+([a-z]+)\b")


# Words that make the noun after a quote its speaker, not its name ("...,” said the campaign).
_NOT_QUALIFIERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "according"}
    | {"said", "says", "told", "tells", "added", "adds", "wrote", "writes"}
)


def _names_after(prose: str, end: int) -> bool:
    """The noun after the quote says it is a name: a slogan, a campaign, a
    system, maybe qualified ("awareness campaign")."""
    m = _MENTION_AFTER.match(prose, end)
    return m is not None and not any(
        w.lower() in _NOT_QUALIFIERS or w.lower().endswith("ed") for w in m["between"].split()
    )


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(e.term.lower() for e in wordlists.load(__package__ or "", "function_words.txt"))


class UnattributedQuote(attribution.SourcingRule):
    """
    ## What it does
    Flags a quotation or partial quotation with no source: no reporting cue
    ("said", "told", "according to", "quoted ... as saying") in its sentence,
    in the sentence before or after in its paragraph, or in a lead-in ending
    with a colon. A quote that runs over several paragraphs takes the source
    given in any of them and, with none, is reported once, at its first; a
    run of quoted sentences is its named speaker going on, until a sentence
    of narrative or a quote closed and reopened ("..." "...": the cue between
    them is gone) that no colon lead-in introduces. A quote paragraph whose
    speaker only the paragraph before names is reported with that name as a
    related place (see `carry-over`).
    A credit after the words counts too: a name or outlet in brackets ending
    the paragraph ("“...” [WaPo.]"), or a dash and a name on the line under a
    paragraph that is all quote ("– Michelle Marks, Philadelphia"). A quote
    that is a sentence of its own is the words of the one person the
    sentence before is about ("Aderholt returned to the issue later. “What
    launch vehicles exist?”"; not two people, someone acted on or an
    organisation). Words that spell out the acronym beside them are a term
    ("OPM, “other people's money”"). A law, clause, filing or sign is the
    source of its own wording ("Section 1635 allows the Pentagon to
    establish “a research program”", "it included a clause “to be executed
    within national law”"). In an interview (two or more paragraphs that
    are all quote, each under a question the writer asks) the answers are
    the interviewee's.

    ## Why is this bad?
    Quotation marks tell the reader someone said exactly these words. If the
    story does not say who, the reader cannot weigh them and the desk cannot
    check them.

    ## Example
    ```text
    Security forces mounted an operation to retake the building “floor by floor”.
    ```

    ## Use instead
    ```text
    Security forces would retake the building “floor by floor”, the minister said.
    ```

    ## Options
    `carry-over` (default `false`): set it to `true` for a house style that
    lets a paragraph that opens with a quote take its speaker from the last
    sentence of the paragraph before ("Isinbayeva has confirmed she will take
    part." then a paragraph of her words). By default such a quote paragraph
    is reported with the speaker the paragraph before names as a related
    place, so the fix is one "she said" away; a colon lead-in and a quote
    left open over paragraphs count either way.

    Single quoted words (scare quotes), titles of works and short terms after
    "the", "his", "by", "so-called"... are left alone, as are words named as
    such ("the slogan “Meth, we're on it”", "the words “...”", "phrases like
    “...”", "a column entitled “...”", "the “I'm loving it” catchphrase"), a
    control's or a sign's words ("click “Save changes”", "search for “...”",
    "a sign reading “No more war”") and a short term being defined ("“Solar
    flare” means ..."); a short partial quote takes the source of its
    paragraph. A quote left open with its tag inside ("“Nobody is listening
    to us, said Fatima Ahmed") is unbalanced-quotes' finding, not this
    one's. Two quoted words with no source are
    reported at info level: more often a term marked ("side hustle") than
    someone's words.
    """

    code = "AT002"
    name = "unattributed-quote"
    family = Family.ATTRIBUTION
    severity = Severity.WARNING
    Options = Options

    def check(self, article: Article) -> Iterator[Finding]:
        sourcing = attribution.analyse(article)
        quotes = sourcing.quotes
        mentioned = [_mentioned(article, q) for q in quotes]
        # A term named once is the same term when it comes back: conditions like “feather duvet lung”.
        named: set[str] = set()
        for k, q in enumerate(quotes):
            words = attribution.quoted_words(article.text(q.span))
            mentioned[k] = mentioned[k] or words in named
            if mentioned[k]:
                named.add(words)
        answers = _interview_answers(article, quotes)
        for k, q in enumerate(quotes):
            source = sourcing.quote_sources.get(q.span)
            carried = q.span in sourcing.carried and not self.options.carry_over
            if q.words < 2 or (source is not None and not carried) or q.span in sourcing.continued:
                continue  # a quote's later paragraphs are the quote its first paragraph opened
            if q.span in answers:
                continue  # the interviewee's answer to the question above it
            text = article.text(q.span)
            # Words inside the marks, spaced off or not ("“ comfort food ”").
            inner = len(text.strip(_MARKS).split())
            if inner < 2:
                continue  # an NBC “commander-in-chief” forum: one word marked, not speech
            if mentioned[k]:
                continue
            if not q.closed and _TAG_INSIDE.search(text):
                continue
            # Items of one list are all mentioned when one is: slogans "from
            # “everyday Americans” to “fighting for us”"; the “it'll do” to “this is terrible” range.
            if (k and mentioned[k - 1] and _listed(article, quotes[k - 1], q)) or (
                k + 1 < len(quotes) and mentioned[k + 1] and _listed(article, q, quotes[k + 1])
            ):
                continue
            shown = text if len(text) <= 60 else text[:57] + "…"
            if inner == 2:
                # Two quoted words are more often a term marked ("side hustle",
                # "control orders") than someone's words: listed, not warned.
                message = f"two quoted words with no source: a term, or someone's words? {shown}"
                yield self.finding(q.span.start, q.span.end, message, confidence=0.5, severity=Severity.INFO)
                continue
            if carried and source is not None:
                message = f"quote with no source in its paragraph: who said {shown}?"
                yield self.finding(
                    q.span.start, q.span.end, message, related=[_named_before(source)], confidence=0.8
                )
                continue
            message = f"quote with no source: who said {shown}?"
            yield self.finding(q.span.start, q.span.end, message, confidence=0.8)


INTERVIEW_ANSWERS = 2  # question-and-answer pairs that make an article an interview


def _interview_answers(article: Article, quotes: list[attribution.Quote]) -> set[Span]:
    """Quotes that are a paragraph of their own right under a question the
    writer asks ("Who's your favourite celebrity?" / "“I like Liam
    Gallagher ...”"), in an article with at least two such pairs: the
    interview's format says who answers."""
    paras = article.paragraphs
    index = {p: i for i, p in enumerate(paras)}
    answers = set()
    for q in quotes:
        k = index.get(q.paragraph, 0)
        if (
            k == 0
            or q.span.start != q.paragraph.start
            or article.text(q.paragraph)[len(article.text(q.span)) :].strip()
        ):
            continue
        question = article.text(paras[k - 1]).strip()
        if question.endswith("?") and not question.startswith(("“", '"', "‘", "'")):
            answers.add(q.span)
    return answers if len(answers) >= INTERVIEW_ANSWERS else set()


def _named_before(source: attribution.Attribution) -> Related:
    """Where the paragraph before names the speaker a reader would assume."""
    who = source.resolved or source.source_text
    if source.source is not None:
        return Related(source.source, f"the paragraph before names {who}")
    span = source.cue if source.cue.end > source.cue.start else source.sentence
    return Related(span, "the paragraph before names a speaker")


# An acronym beside a quote, before it ("OPM, “other people’s money,”") or after it
# ("“clusters of ... repeats,” CRISPRs are").
_ACRONYM_BEFORE = lazy_re(r"\b([A-Z]{2,8})s?\b[ \t]*[,(:–—-]?[ \t]*(?:or[ \t]+)?$")
_ACRONYM_AFTER = lazy_re(r"[ \t]*[,)]?[ \t]*(?:or[ \t]+)?\(?([A-Z]{2,8})s?\b")
_SMALL = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})


def _expands(acronym: str, text: str) -> bool:
    """The quoted words spell the acronym with their initials, small words
    counted or not ("other people's money": OPM)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    initials = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _SMALL).upper()
    return len(words) >= 2 and acronym in (initials, content)


def _mentioned(article: Article, q: attribution.Quote) -> bool:
    """Words named, not reported: a title, a heading, a slogan, a term."""
    text = article.text(q.span)
    words = len(text.split())
    if words <= 14 and is_title_case(text, share=1.0):
        return True  # “Star Wars”, “Takin’ It to the Streets”: the name of a work
    if _HEADING.fullmatch(article.text(q.paragraph)) and words <= 6:
        return True  # 7. "The Giuliani problem": a quoted heading on its own line
    if _MENTION_BEFORE.search(article.prose[max(0, q.span.start - 80) : q.span.start]) or _names_after(
        article.prose, q.span.end
    ):
        return True  # the slogan “Meth, we're on it”: words mentioned, not someone's report
    if words <= _DEFINED_WORDS and _DEFINED.match(article.prose, q.span.end):
        return True  # “Solar flare” means a brief eruption: a term defined, not speech
    acronym = _ACRONYM_BEFORE.search(article.prose, max(0, q.span.start - 12), q.span.start) or (
        _ACRONYM_AFTER.match(article.prose, q.span.end)
    )
    if acronym and _expands(acronym.group(1), text):
        return True  # OPM, “other people's money”: what the letters stand for
    before = _TERM_BEFORE.search(article.prose[max(0, q.span.start - 12) : q.span.start])
    if q.words <= 3 and before:
        return True  # his “golden rule”, by “double counting”: a term, not someone's words
    noun = _NOUN_AFTER.match(article.prose, q.span.end)
    # a “we're looking into it” stance: the quote describes the noun after it
    return bool(before and noun and q.words <= 6 and noun.group(1) not in _function_words())


_LIST_GLUE = lazy_re(r"\s*(?:,|;|and|or|to|nor|,\s*(?:and|or))\s*")


def _listed(article: Article, first: attribution.Quote, second: attribution.Quote) -> bool:
    """``second`` follows ``first`` as the next item of a list ("A", "B" and "C"; from "A" to "B")."""
    return first.paragraph == second.paragraph and bool(
        _LIST_GLUE.fullmatch(article.prose[first.span.end : second.span.start])
    )
