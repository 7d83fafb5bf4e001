"""Weekdays and dates: which day an article says its event happened on.

"on Friday" in the lede anchors the event's day; "Sunday's violence" names the
day of an event noun; "Friday, 20 November 2015" can be checked against the
calendar. Mentions in sentences about other events ("last Friday", "in March")
are set apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk.article import Article
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.quantities import MONTH_NAMES, OTHER_EVENT, sentences

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i + 1 for i, names in enumerate(MONTH_NAMES) for name in names}
EVENT_NOUNS = frozenset(
    [
        "attack",
        "attacks",
        "violence",
        "siege",
        "shooting",
        "shootings",
        "raid",
        "assault",
        "bombing",
        "bombings",
        "blast",
        "blasts",
        "explosion",
        "massacre",
        "killings",
        "clashes",
        "crash",
        "fire",
        "earthquake",
        "riots",
        "riot",
        "protest",
        "protests",
        "incident",
        "operation",
        "strike",
        "strikes",
        "ambush",
        "hostage-taking",
        "standoff",
        "stabbing",
    ]
)
_WEEKDAY = lazy_re(r"\b(" + "|".join(WEEKDAYS) + r")(['’]s)?\b", re.IGNORECASE)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A date: "24 November 2012", "Nov. 24, 2012", "November 24".
_DATE = (
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + _MONTH + r")\.?"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>(?:19|20)\d\d))?"
)
_DATE_AFTER = lazy_re(r"^,?\s*" + _DATE + r"\b", re.IGNORECASE)
# A weekday set after its date: "on 24 November 2012, a Saturday", "Nov. 24, 2012, which was a Saturday".
_DATE_BEFORE = lazy_re(_DATE + r",\s+(?:which\s+was\s+)?an?\s+$", re.IGNORECASE)
# What a lede's sentence says happened, in the words a later mention uses: "Gunmen opened
# fire on a crowd on Friday" is the shooting, "Protesters marched" the protest.
_ANCHOR_EVENT = lazy_re(
    r"\b(?:(?P<shooting>open(?:ed)?\s+fire|gunfire)|(?P<protest>protesters|demonstrators)|"
    + "(?P<noun>"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
_OTHER_DAY = lazy_re(r"\b(?:last|next|this|every|previous|following|until|since|by)\s+$", re.IGNORECASE)
# A day that is when something was said or done about the event, not the event's:
# "police said on Tuesday", "a man was charged on Friday", "Police on Tuesday named the victims".
_FOLLOW_UP = (
    r"(?:said|says|told|announced|confirmed|reported|arrested|charged|detained|named|identified"
    r"|sentenced|jailed|convicted|released|buried|condemned|vowed|pledged|mourned)"
)
_FOLLOW_UP_BEFORE = lazy_re(r"\b" + _FOLLOW_UP + r"(?:\s+[\w-]+)?\s+(?:on\s+)?$", re.IGNORECASE)
_FOLLOW_UP_AFTER = lazy_re(r"^\s+" + _FOLLOW_UP + r"\b", re.IGNORECASE)
# Another event the lede's sentence sets its day against: "a day after rebels ambushed a patrol".
_SET_AGAINST = lazy_re(r"\b(?:after|before|following|since)\b([^.;,]{0,80})", re.IGNORECASE)


@dataclass(frozen=True)
class DayMention:
    span: Span
    weekday: int  # 0 = Monday
    kind: str  # "anchor" (the lede's day), "event" ("Sunday's violence"), "dated", "other"
    event_noun: str | None  # for an anchor, the event its sentence names, if any
    date: dt.date | None  # for "dated": the date written beside the weekday
    sentence: Span | None = None
    # for an anchor: what its sentence says came before or after ("a day after rebels ambushed")
    set_against: str = ""

    @property
    def name(self) -> str:
        return WEEKDAYS[self.weekday].capitalize()


def extract(article: Article) -> list[DayMention]:
    cached = article.cache.get("days")
    if isinstance(cached, list):
        return cached
    found = list(_mentions(article))
    article.cache["days"] = found
    return found


def _mentions(article: Article) -> Iterator[DayMention]:
    prose = article.prose
    body = article.body
    lede = body[0] if body else None
    for sentence in sentences(article):
        text = prose[sentence.start : sentence.end]
        other_event = bool(OTHER_EVENT.search(text))
        for m in _WEEKDAY.finditer(text):
            weekday = WEEKDAYS.index(m.group(1).lower())
            span = Span(sentence.start + m.start(), sentence.start + m.start() + len(m.group(1)))
            after = text[m.end() :]
            date = _date_after(after, article) or _date_of(_DATE_BEFORE.search(text[: m.start()]), article)
            if date is not None:
                yield DayMention(span, weekday, "dated", None, date)
                continue
            if other_event or _OTHER_DAY.search(text[: m.start()]):
                yield DayMention(span, weekday, "other", None, None)
                continue
            follow_up = bool(_FOLLOW_UP_BEFORE.search(text[: m.start()]) or _FOLLOW_UP_AFTER.match(after))
            words = re.findall(r"[\w-]+", after.lower())[:3]
            noun = next((w for w in words[:3] if w in EVENT_NOUNS), None)
            if noun and (
                m.group(2) or words[0] == noun or words[0] in ("night", "morning", "evening", "afternoon")
            ):
                yield DayMention(span, weekday, "event", noun, None, sentence)
            elif lede is not None and lede.start <= span.start < lede.end and not follow_up:
                # the event its sentence names, if any: "The attack happened on Tuesday"
                named = _ANCHOR_EVENT.search(text)
                against = " ".join(
                    a.group(1).lower()
                    for a in _SET_AGAINST.finditer(text)
                    if not a.start() <= m.start() < a.end()  # not the clause of the day itself
                )
                yield DayMention(span, weekday, "anchor", _event_named(named), None, sentence, against)


def _event_named(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    return "shooting" if m.group("shooting") else "protest" if m.group("protest") else m.group("noun").lower()


def set_against(anchor: DayMention, noun: str | None) -> bool:
    """Whether the anchor's sentence names the event ``noun`` as another, before
    or after its own ("Tuesday, a day after rebels ambushed a patrol": the ambush)."""
    stem = (noun or "").removesuffix("s").removesuffix("ing")
    return bool(stem) and re.search(r"\b" + re.escape(stem), anchor.set_against) is not None


def same_event(a: str | None, b: str | None) -> bool:
    """Whether two event nouns name one kind of event ("attack", "attacks")."""
    return a is not None and b is not None and a.removesuffix("s") == b.removesuffix("s")


def _date_after(after: str, article: Article) -> dt.date | None:
    return _date_of(_DATE_AFTER.match(after), article)


def _date_of(m: re.Match[str] | None, article: Article) -> dt.date | None:
    if not m:
        return None
    day = int(m.group("d1") or m.group("d2"))
    month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    year = int(m.group("y")) if m.group("y") else (article.date.year if article.date else None)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
