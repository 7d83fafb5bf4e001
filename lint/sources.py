"""The provenance report behind ``copydesk sources``: every quote and reported
claim of an article with the source it is attributed to, or none."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from copydesk import attribution, nlp
from copydesk.article import Article
from copydesk.config import Config
from copydesk.engine import read_articles

_KINDS = {
    "named": "named",
    "organisation": "organisation",
    "outlet": "outlet",
    "anonymous": "anonymous",
    "institution": "anonymous",
    "pronoun": "named",
    "lead-in": "named",
    "other": "other",
}


@dataclass(frozen=True)
class Entry:
    kind: str  # "quote" or "claim"
    text: str
    source: str  # the words naming the source, or "NONE"
    source_kind: str  # named, organisation, outlet, anonymous, other, none
    cue: str
    line: int
    column: int


@dataclass
class ArticleSources:
    path: str
    entries: list[Entry] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = Counter(e.source_kind for e in self.entries)
        return {
            k: counts.get(k, 0) for k in ("named", "organisation", "outlet", "anonymous", "other", "none")
        }


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def of_article(article: Article) -> ArticleSources:
    sourcing = attribution.analyse(article)
    out = ArticleSources(article.path)
    quoted_attributions = set()
    for q in sourcing.quotes:
        if q.words < 2:
            continue
        a = sourcing.quote_sources.get(q.span)
        pos = article.position(q.span.start)
        if a is None:
            out.entries.append(
                Entry("quote", _short(article.text(q.span)), "NONE", "none", "", pos.line, pos.column)
            )
            continue
        quoted_attributions.add(a.cue)
        source = (
            a.resolved
            or a.source_text
            or ("(sentence before)" if a.paragraph == q.paragraph else "(previous paragraph)")
        )
        cue = a.cue_text
        if q.span in sourcing.carried:
            # Only the paragraph before names the speaker: what AT002 asks about by default.
            cue = f"{cue} (paragraph before)".strip()
        out.entries.append(
            Entry(
                "quote",
                _short(article.text(q.span)),
                source,
                _KINDS.get(a.kind, "other"),
                cue,
                pos.line,
                pos.column,
            )
        )
    for a in sourcing.attributions:
        if a.cue in quoted_attributions or a.kind == "none":
            continue
        pos = article.position(a.sentence.start)
        source = a.resolved or a.source_text
        out.entries.append(
            Entry(
                "claim",
                _short(article.text(a.sentence)),
                source,
                _KINDS.get(a.kind, "other"),
                a.cue_text,
                pos.line,
                pos.column,
            )
        )
    out.entries.sort(key=lambda e: (e.line, e.column))
    found = {name for _, name in attribution.outlet_mentions(article)}
    for outlet in attribution.outlets():
        name = re.escape(outlet)
        if any(
            a.kind == "outlet" and re.search(rf"\b{name}\b", a.source_text) for a in sourcing.attributions
        ):
            found.add(outlet)
    out.outlets = sorted(found)
    return out


def report(paths: Iterable[str], config: Config | None = None) -> list[ArticleSources]:
    """Read and analyse the articles under ``paths``; one report each."""
    config = config or Config()
    articles = read_articles(paths, config.exclude)
    if articles:
        nlp.analyse(articles, attribution.NEEDS, nlp.resolve_model(config.model))
    return [of_article(a) for a in articles]
