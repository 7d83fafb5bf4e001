"""NU003 conflicting-days."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from copydesk import Article, Family, Finding, Related, Rule, Severity, dates
from copydesk.dates import DayMention


class ConflictingDays(Rule):
    """
    ## What it does
    Flags an event given two different weekdays ("on Friday" in the lede,
    "Sunday's violence" later), and a weekday written beside a date it does
    not fall on ("Friday, 21 November 2015", "24 November 2012, a Sunday").
    When the lede gives several days, a later mention is compared with the
    day of the lede's sentence that names the same event ("arrested on
    Thursday ... The attack happened on Tuesday", then "Friday's attack";
    "Gunmen opened fire ... on Friday", then "Monday's shooting"). With
    `--story`, the day of the event is compared across the files of a story.

    ## Why is this bad?
    Stories stitched from several reports, or updated over days, keep the day
    of the first version in one place and of the second in another.

    ## Example
    ```text
    Gunmen stormed a hotel in Bamako on Friday, killing at least 27 people.

    Sunday's attack was the deadliest in the capital.
    ```

    ## Use instead
    ```text
    Gunmen stormed a hotel in Bamako on Friday, killing at least 27 people.

    Friday's attack was the deadliest in the capital. Talks resume on Monday.
    ```

    ## Options
    None. "last Friday", "next Sunday" and sentences about other events are
    not compared, nor is the day when something was said or done about the
    event ("police said on Tuesday", "a man was charged on Friday over
    Tuesday's shooting") or an event the lede's sentence sets against its day
    ("on Tuesday, a day after rebels ambushed a patrol").
    """

    code = "NU003"
    name = "conflicting-days"
    family = Family.NUMBERS
    severity = Severity.ERROR

    def _conflicts(
        self, mentions: list[DayMention], anchors: list[tuple[Article | None, DayMention]], where: str
    ) -> Iterator[Finding]:
        if not anchors:
            return
        days = {a.weekday for _, a in anchors}
        for m in mentions:
            if m.kind != "event":
                continue
            chosen = anchors
            if len(days) > 1:
                # A lede with several days: only those of the same event tell ("arrested on
                # Thursday ... The attack happened on Tuesday" against "Friday's attack").
                chosen = [(art, a) for art, a in anchors if dates.same_event(a.event_noun, m.event_noun)]
                if len({a.weekday for _, a in chosen}) != 1:
                    continue
            anchor_article, anchor = chosen[0]
            if any(a.sentence == m.sentence or dates.set_against(a, m.event_noun) for _, a in chosen):
                # the lede's sentence names this event as another: "charged on Friday over Tuesday's
                # shooting", "on Tuesday, a day after rebels ambushed a patrol"
                continue
            if m.weekday != anchor.weekday:
                yield self.finding(
                    m.span.start,
                    m.span.end,
                    f"the {m.event_noun} is on {m.name} here but on {anchor.name} {where}",
                    related=[Related(anchor.span, f"{anchor.name} here", anchor_article)],
                )

    def check(self, article: Article) -> Iterator[Finding]:
        mentions = dates.extract(article)
        for m in mentions:
            if m.kind == "dated" and m.date is not None and m.date.weekday() != m.weekday:
                actual = dates.WEEKDAYS[m.date.weekday()].capitalize()
                yield self.finding(
                    m.span.start,
                    m.span.end,
                    f"{m.date:%-d %B %Y} was a {actual}, not a {m.name}",
                    suggestions=[actual],
                )
        anchors: list[tuple[Article | None, DayMention]] = [(None, m) for m in mentions if m.kind == "anchor"]
        yield from self._conflicts(mentions, anchors, "in the lede")

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        anchors: list[tuple[Article | None, DayMention]] = []
        for article in articles:
            mentions = dates.extract(article)
            if anchors:
                first = anchors[0][0]
                where = f"in {first.path}" if first else "elsewhere"
                for finding in self._conflicts(mentions, anchors, where):
                    yield article, finding
            if not anchors:
                anchors = [(article, m) for m in mentions if m.kind == "anchor"]
