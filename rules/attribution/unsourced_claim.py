"""AT004 unsourced-claim."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Severity, attribution, quantities, wordlists
from copydesk.patterns import lazy_re
from copydesk.text import inside_any, quoted_spans, sentence_spans, unended_line

_SUPERLATIVE = lazy_re(
    r"\bthe\s+(?:(?:single|very)\s+)?(?:deadliest|worst|biggest|largest|highest|lowest|greatest|most\s+\w+|"
    r"least\s+\w+|fastest|richest|poorest|oldest|longest|strongest|safest|best)\b[^.;]{0,40}?"
    r"\b(?:in\s+the\s+world|in\s+history|ever|on\s+record|of\s+all\s+time|in\s+the\s+country|in\s+\w+'s\s+history|"
    # "since it is part of ...": because, not a time
    r"in\s+decades|in\s+years|since(?!\s+(?:it|he|she|they|we|you|this|that|there)\s+(?:is|are|does|do|can)\b))\b",
    re.IGNORECASE,
)

# What a "since" counts from: "since 2012", "since the 1950s", "since World War II".
_SINCE_WHAT = lazy_re(r"(?:\s+the)?(?:\s+(?:[A-Z][\w’'-]*|\d{4}s?|\d{1,2}(?:st|nd|rd|th)?)){1,3}")
# An office or a court named by its rank, not a claim: "the highest office in the land".
_RANKED_OFFICE = lazy_re(r"the\s+highest\s+(?:office|court)s?\b", re.IGNORECASE)
# The measure a superlative comes from, named in its sentence.
_MEASURED = lazy_re(
    r"\b(?:polls?|surveys?|rankings?|census|statistics|figures|stud(?:y|ies)|index|league\s+table)\b",
    re.IGNORECASE,
)
# "the best meal I've ever eaten": the writer's own experience, not a claim to source.
_FIRST_PERSON = lazy_re(r"\b(?:I|we)(?:['’]ve|['’]d| have| had)?\s+(?:\w+\s+)?ever\b", re.IGNORECASE)
# A sentence that asks: "Why is the game among the most anticipated of all time?"
_QUESTION = lazy_re(
    r"\W*(?:why|what|how|who|which|where|when|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b",
    re.IGNORECASE,
)
# A line with no sentence end is a title, a caption or a list item: its
# claim is the story's to source ("17 local acrobats killed").
_TITLE_WORDS = 25
# "the three bodies", "those 84 victims", after the count was first given: met before, not a new claim.
_DEFINITE = lazy_re(r"\b(?:the|those|these)\s+$", re.IGNORECASE)


def _titled(text: str) -> bool:
    return unended_line(text) and len(text.split()) <= _TITLE_WORDS


# "could result in hundreds of deaths": a prediction; "may have been killed" is a hedged toll.
_PREDICTION = lazy_re(r"\b(?:could|would|might|may|will)\s+(?!have\b|['’]ve\b)\w+")


class UnsourcedClaim(attribution.SourcingRule):
    """
    ## What it does
    Flags check-worthy statements with no source in their sentence or
    paragraph: superlatives ("the deadliest in the world", "the worst on
    record") and death or injury tolls. A toll attributed elsewhere in the
    article (the lede's "at least 27 killed" beside "sources told AFP that 27
    bodies ...") counts as sourced; counts about other, earlier events ("in
    2013", "in March") are background and are left alone, as are predictions
    ("could result in hundreds of deaths") and the writer's own superlatives
    ("the best meal I've ever eaten"), a count given before ("three
    people" killed, then "the three bodies") and a line with no sentence end (a title, a caption, a list
    item: the story's text sources it). A superlative whose sentence names the
    measure it comes from ("after a public poll", "UN figures show") counts
    as sourced; one whose sentence gives a vague source ("regarded by many
    as the greatest ever") is AT001's to report; an office named by its rank
    ("the highest office in the land") is no claim. A record "since" is reported with its start ("the
    worst month since September 2010").

    ## Why is this bad?
    These are the statements readers repeat and opponents dispute. Each needs
    a source the desk can point to.

    ## Example
    ```text
    French troops support Malian forces, and the violence has made the UN mission the deadliest in the world.
    ```

    ## Use instead
    ```text
    The UN mission is the deadliest in the world, according to UN figures.
    ```

    ## Options
    None. Findings carry a confidence below 1: this is a prompt to check.
    """

    code = "AT004"
    name = "unsourced-claim"
    family = Family.ATTRIBUTION
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        sourcing = attribution.analyse(article)
        sourced_paragraphs = {a.paragraph for a in sourcing.attributions}
        prose = article.prose
        attributed_values = {
            q.low
            for q in quantities.extract(article)
            for a in sourcing.attributions
            if a.kind != "none" and a.sentence.start <= q.span.start < a.sentence.end
        }
        titles = {p for p in article.paragraphs if _titled(article.text(p))}
        vague = wordlists.load_patterns(__package__ or "", "vague_attribution_cues.txt")
        for para in article.body:
            if para in sourced_paragraphs or para in titles:
                continue
            quotes = quoted_spans(prose, para)
            sentences = list(sentence_spans(prose, para))
            asked = [
                s
                for s in sentences
                if _QUESTION.match(prose, s.start) and prose[s.start : s.end].rstrip(" \"”’'").endswith("?")
            ]
            for m in _SUPERLATIVE.finditer(prose, para.start, para.end):
                if any(s.start <= m.start() < s.end for s in asked):
                    continue  # "Why is the game among the most anticipated of all time?": asked, not claimed
                home = next((s for s in sentences if s.start <= m.start() < s.end), None)
                if home is not None and (
                    _MEASURED.search(prose, home.start, m.start())
                    or _MEASURED.search(prose, m.end(), home.end)
                ):
                    continue  # "named the best band of all time after a public poll": the poll is the source
                if _RANKED_OFFICE.match(m.group()):
                    continue
                if home is not None and any(p.search(prose, home.start, home.end) for p, _ in vague):
                    continue  # "regarded by many as the greatest ever": sourced, vaguely; AT001 says so
                if not inside_any(m.start(), quotes) and not _FIRST_PERSON.search(m.group()):
                    end = m.end()
                    if m.group().lower().endswith("since") and (
                        after := _SINCE_WHAT.match(prose, end, home.end if home else para.end)
                    ):
                        end = after.end()  # "the highest since the 1950s": the claim with its start
                    claim = prose[m.start() : end]
                    yield self.finding(
                        m.start(), end, f"superlative claim with no source: “{claim}”", confidence=0.6
                    )
        sentences = list(quantities.sentences(article))
        given: set[float] = set()
        for q in sorted(quantities.extract(article), key=lambda q: q.span.start):
            again = q.low in given
            given.add(q.low)
            home = article.paragraph_of(q.span.start)
            if home is None or home in sourced_paragraphs or not q.comparable or home in titles:
                continue
            if again and _DEFINITE.search(prose, max(home.start, q.span.start - 8), q.span.start):
                continue
            if q.predicate not in ("killed", "injured") or q.low in attributed_values:
                continue
            if inside_any(q.span.start, quoted_spans(prose, home)):
                continue
            sentence = next((s for s in sentences if s.start <= q.span.start < s.end), None)
            if sentence is not None and _PREDICTION.search(prose, sentence.start, q.span.start):
                continue
            yield self.finding(
                q.span.start,
                q.span.end,
                f"toll with no source: “{q.text}” {q.predicate} according to whom?",
                confidence=0.5,
            )
