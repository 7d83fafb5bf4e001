"""AT001 vague-attribution."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity, wordlists
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import inside_any, quoted_spans, sentence_spans

# Words that name no one: "..., it is said", "..., some say", "..., critics said".
_NO_ONE = r"(?:it|there|this|that|some|many|others|critics|observers|reports|rumou?rs|sources|people|they)\b"

# "are said to": a passive names no one.
_NOT_PASSIVE = r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"

# "According to" a source no less vague names none.
_ACCORDING = (
    r"\baccording\s+to\s+"
    r"(?!(?:unconfirmed|unverified|some|other|local|media|news|reports?|sources|people|rumou?rs)\b)"
)
# The rest of the clause that holds the cue: not "X said ..., but it is understood ...".
_SAME_CLAUSE = r"(?:(?!\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|;)[^;])+$"
# The sentence names its source after all ("were said to have ..., according
# to The Hollywood Reporter"; "... is believed to be larger, the Times reported";
# "..., per the Australian newspaper").
_SOURCED = lazy_re(
    _ACCORDING + r"|,\s+per\s+(?:[A-Z]|(?:the|a|an|its|his|her|their|our)\s+\w)"
    r"|,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:reported|said|says|reports)\W*$"
    # "..., police said." / "..., dealers said": a source, if an unnamed one (AT005 lists those)
    rf"|,\s+(?:the\s+)?(?!{_NO_ONE})[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,2}}{_NOT_PASSIVE}\s+(?:said|say|says|told\s+\w+)\W*$"
)
# "Police said the gunman is believed to have fled": the source opens the sentence.
_SOURCED_BEFORE = lazy_re(
    rf"^\W*(?:the\s+)?(?!{_NO_ONE})[\w’'-]+(?:\s+[\w’'-]+){{0,3}}{_NOT_PASSIVE}\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?"
    # ... and reports the clause with the cue
    + _SAME_CLAUSE,
    re.IGNORECASE,
)

# "According to conservative estimates, Iraq is believed to have ...": the
# sentence opens on its source.
_ACCORDING_BEFORE = lazy_re(rf"^\W*{_ACCORDING}[^,;]{{2,80}},{_SAME_CLAUSE}", re.IGNORECASE)


class VagueAttribution(Rule):
    """
    ## What it does
    Flags sourcing that names no one: "reports said", "according to (local)
    reports", "unconfirmed reports stated", "it is understood", "it was
    reported", "critics say", a crowd for a source ("many analysts believe",
    "regarded by many", "widely seen as"), research with no one's research
    named ("studies show", "research has shown"), and agentless
    passives such as "were reported to have" or "is said to have".

    ## Why is this bad?
    The reader cannot judge a claim whose source is hidden, and the desk cannot
    check it. Cues that admit the claim is unverified ("unconfirmed",
    "rumours") are the most serious and get the strongest message.

    ## Example
    ```text
    Unconfirmed reports stated that the attackers freed some hostages.
    ```

    ## Use instead
    ```text
    Police said the attackers freed some hostages.
    ```

    ## Options
    None. The cues are case-insensitive regular expressions in
    `vague_attribution_cues.txt` beside this rule; `cue -> unverified` marks
    the explicitly unverified tier, `cue -> source` a vague source, reported
    only where its sentence has no other cue ("is said to have resigned,
    according to reports" is one finding). Words inside a quotation are left alone:
    the quoted speaker is the source. A sentence that names its source after
    the cue ("Osman is believed to have been on the flight, according to his
    brother"; "..., the Times reported"; "..., police said") or before it
    ("Police said the gunman is believed to have fled"; "According to UN
    estimates, Iraq is believed to have ...") is sourced, unless
    its cue admits the claim is unverified or the source is as vague
    ("some said", "critics say").
    """

    code = "AT001"
    name = "vague-attribution"
    family = Family.ATTRIBUTION
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        cues = wordlists.load_patterns(__package__ or "", "vague_attribution_cues.txt")
        prose = article.prose
        for para in article.paragraphs:
            quotes = quoted_spans(prose, para)
            sentences = list(sentence_spans(prose, para))
            taken: list[tuple[int, int]] = []
            reported: set[Span] = set()
            for pattern, entry in cues:
                for m in pattern.finditer(prose, para.start, para.end):
                    if inside_any(m.start(), quotes) or any(s < m.end() and m.start() < e for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    home = next((s for s in sentences if s.start <= m.start() < s.end), para)
                    if entry.replacement == "source" and home in reported:
                        continue  # "is said to have resigned, according to reports": reported once
                    if entry.replacement != "unverified" and (
                        _SOURCED.search(prose, m.end(), home.end)
                        or _SOURCED_BEFORE.match(prose[home.start : m.start()])
                        or _ACCORDING_BEFORE.match(prose[home.start : m.start()])
                    ):
                        continue
                    if entry.replacement == "unverified":
                        message = f"“{m.group()}”: an explicitly unverified source; who reported it?"
                    else:
                        message = f"“{m.group()}”: vague sourcing; say who"
                    reported.add(home)
                    yield self.finding(m.start(), m.end(), message)
