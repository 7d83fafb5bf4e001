"""Quantities: figures with their qualifiers as intervals, what they count, and
which event they belong to. Shared by the numbers rules; computed once per
article, with no parser (word lists and the text's own shape).

"at least 27 people were killed" -> [27, inf), noun people, predicate killed.
"Up to 10 gunmen" -> [0, 10], attackers. "only two or three" -> [2, 3],
attackers (the noun is carried over from the same sentence).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from copydesk.article import Article
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import sentence_spans

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_VAGUE = {"dozens": (24.0, 99.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
          "thousands": (2000.0, 99999.0)}  # fmt: skip
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(k for k in _UNITS if 0 < _UNITS[k] < 10) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|a\s+dozen|dozens|scores|hundreds|thousands)"
)
FIGURE = lazy_re(
    r"(?<![\w.,$£€-])(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<scale>million|billion|thousand|bn|m|k)\b)?"
    r"|(?P<word>" + _WORD_NUMBER + r"))(?![\w-])",
    re.IGNORECASE,
)
_QUALIFIERS = [
    (re.compile(p + r"\s+$", re.IGNORECASE), kind)
    for p, kind in (
        (r"\bat\s+least", "at_least"), (r"\bno\s+fewer\s+than", "at_least"), (r"\bmore\s+than", "more_than"),
        (r"\bover", "more_than"), (r"\bin\s+excess\s+of", "more_than"), (r"\bup\s+to", "up_to"),
        (r"\bas\s+many\s+as", "up_to"), (r"\bfewer\s+than", "fewer"), (r"\bless\s+than", "fewer"),
        (r"\bunder", "fewer"), (r"\b(?:about|around|approximately|roughly|some|an\s+estimated)", "about"),
        (r"\b(?:nearly|almost|close\s+to)", "nearly"), (r"\b(?:only|just|exactly)", "exact"),
    )
]  # fmt: skip
_RANGE_JOIN = lazy_re(r"^\s*(?:or|to|-|–|and)\s*$", re.IGNORECASE)
MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)  # fmt: skip
_ALL_MONTHS = "|".join(sorted((n for names in MONTH_NAMES for n in names), key=len, reverse=True))
_FULL_MONTHS = "|".join(names[0] for names in MONTH_NAMES)
_ODDS_AFTER = lazy_re(r"^\s+in\s+(?:\d|a\s|an\s|one\b|two\b|three\b|four\b|five\b|ten\b)", re.IGNORECASE)
_ODDS_BEFORE = lazy_re(r"(?:\d|\bone|\btwo|\bthree)\s+in\s+$", re.IGNORECASE)
_PART_OF = lazy_re(r"(?:\d|\b(?:" + "|".join(_UNITS) + r"))\s+of\s+(?:the\s+|all\s+|its\s+)?$", re.IGNORECASE)
# "the bodies of two adults and a child": the figure counts one part of a sum.
_AND_MORE = lazy_re(r"^\s+and\s+(?:a|an|one|\d+|" + "|".join(_UNITS) + r")\b", re.IGNORECASE)
_AFFECTED = lazy_re(r"\b(?:affecting|affected|impacting|impacted)\s+$", re.IGNORECASE)
# Some of a toll, not a toll: "two women were among the dead".
_AMONG = lazy_re(r"\s+(?:were|was|are|is)\s+(?:also\s+|all\s+)?among\b", re.IGNORECASE)
_GROUP_OF = lazy_re(r"\b(?:family|group|crew|team|party|household|couple|band|gang)\s+of\s+$", re.IGNORECASE)
# A title-case word just before a figure, not the sentence's first: a name and its number.
_NAME_BEFORE = lazy_re(r"(?<![\w-])((?-i:[A-Z])[A-Za-z]*(?-i:[a-z])[A-Za-z]*)\s+$")
_NOT_NAMES = frozenset(
    {"at", "about", "some", "nearly", "over", "under", "only", "just", "around", "almost"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# "May 31", "31 May", "August 6th", "Nov. 4" (AP style): a day of the calendar
# (capitalised month names, shortened ones with their full stop: "may 3" is a verb).
_CAPITAL_MONTHS = "|".join(names[0].capitalize() for names in MONTH_NAMES)
_SHORT_MONTHS = "|".join(n.capitalize() + r"\." for names in MONTH_NAMES for n in names[1:])
_FULL_MONTH = {n: names[0] for names in MONTH_NAMES for n in names}
_DAY_OF_MONTH = lazy_re(
    r"\b(?:(?P<m1>"
    + _CAPITAL_MONTHS
    + "|"
    + _SHORT_MONTHS
    + r")\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>"
    + _CAPITAL_MONTHS
    + r"))(?:st|nd|rd|th)?\b"
)
_MONTH_BEFORE = lazy_re(r"(?:" + _ALL_MONTHS + r")\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = lazy_re(r"^\s+(?:" + _ALL_MONTHS + r")\b", re.IGNORECASE)
_NOT_COUNT_AFTER = lazy_re(
    r"^(?:\s*(?:%|per\s*cent|percent|am\b|pm\b|a\.m\.|p\.m\.|gmt|bst|utc|o'clock|:\d)"
    r"|\s+(?:of\s+)?(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|centuries|miles?|km|kilometres?|"
    r"kilometers?|metres?|meters?|feet|ft|kg|tonnes?|tons?|degrees?|times|points?|goals?|runs?|pence|pounds|"
    r"dollars|euros|cents|yards?|inches|litres?|per)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = lazy_re(r"[,;:()–—]|\s-\s")
# "two cancer patients living it up before they die": a clause with its own
# subject says what befell someone else, not the counted noun.
_OWN_SUBJECT = lazy_re(
    r"\b(?:before|after|until|unless|because|although|though|if|when|whenever|while|whereas|once)\s+"
    r"(?:he|she|they|we|you|i|it|his|her|their|its|our|the|a|an)\b",
    re.IGNORECASE,
)
# What befell a count's people, which makes it one cause's part of a toll:
# "eight died when trees fell", "two were killed after their boat capsized".
_CAUSE = lazy_re(r"^\s*(?:\w+\s+){1,3}(?:when|after|as)\s+\w", re.IGNORECASE)
# Words that set a sentence apart from the story's own event ("in 2013",
# "another hotel", "in March"); shared with copydesk.dates.
OTHER_EVENT = lazy_re(
    # "Meanwhile Monday, ... claimed Sunday's bombings": a sentence that turns to another event.
    r"^\W*(?:meanwhile|separately|elsewhere|in\s+other\s+news)\b|\bin\s+a\s+separate\b|"
    r"\b(?:between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+to\s+(?:19|20)\d\d|"
    r"another|previous|earlier\s+this\s+year|last\s+(?:week|month|year)|a\s+year\s+ago|in\s+(?:19|20)\d\d|"
    # a period's running total, not the event's: "in recent months", "over the past year"
    r"in\s+recent\s+(?:days|weeks|months|years)|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years|year|decade)|so\s+far\s+this\s+year|"
    r"since\s+(?:19|20)\d\d|(?:in|since|last)\s+(?:" + _FULL_MONTHS + r"))\b",
    re.IGNORECASE,
)
_YEAR = lazy_re(r"\b(?:19|20)\d\d\b")
# A sentence that opens on a year sets the time of the paragraph's narrative from there
# (the lede's is the story's): "In 1978 a power struggle erupted ... guards shot 15."
_OPENS_ON_YEAR = lazy_re(
    r"\W*(?:in|by|during)\s+(?:early\s+|late\s+|mid-)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)
_LIST_ITEM = lazy_re(r"\(?\d{1,2}[).]\s+(?=[A-Z])")
_EVENT_GROUPS = frozenset({"attackers", "hostages", "passengers"})


@lru_cache(maxsize=1)
def groups() -> tuple[dict[str, str], dict[str, str]]:
    """(noun word -> group, predicate phrase -> group) from data/referents.txt."""
    nouns: dict[str, str] = {}
    predicates: dict[str, str] = {}
    text = files("copydesk").joinpath("data/referents.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, _, words = line.partition(":")
        kind, _, group = head.strip().partition(" ")
        table = nouns if kind == "noun" else predicates
        for word in words.split(","):
            if word.strip():
                table[word.strip().lower()] = group.strip()
    return nouns, predicates


def parse_figure(m: re.Match[str]) -> tuple[float, float]:
    """The value of one FIGURE match as an interval (vague words are ranges)."""
    if m.group("num"):
        value = float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or "").lower()
        value *= _SCALE.get(scale, 1.0)
        return value, value
    word = " ".join(m.group("word").lower().split())
    if word in _VAGUE:
        return _VAGUE[word]
    if word in ("a dozen", "dozen"):
        return 12.0, 12.0
    if "-" in word:
        tens, unit = word.split("-")
        return float(_TENS[tens] + _UNITS[unit]), float(_TENS[tens] + _UNITS[unit])
    value = float(_TENS.get(word, _UNITS.get(word, 0)))
    return value, value


@dataclass(frozen=True)
class Quantity:
    span: Span  # the figure with its qualifier: "at least 27", "two or three"
    low: float
    high: float
    kind: str  # exact, at_least, more_than, up_to, fewer, about, nearly, range, vague
    noun: str | None  # a noun group ("attackers") or the counted noun itself
    predicate: str | None  # what happened to them: killed, injured, held, freed...
    event: str  # "main", or a marker that sets the sentence apart ("2013", "march", "other:12")
    qualified: bool  # a subset: "six American citizens", "three Turkish Airlines staff"
    text: str
    cause: bool = False  # counted by how it befell them: "eight died when trees fell on their homes"

    @property
    def referent(self) -> tuple[str | None, str | None]:
        return self.noun, self.predicate

    @property
    def comparable(self) -> bool:
        """Counts of a named thing in the main event, not a subset: a group
        that is counted once per event (attackers, hostages, passengers), or
        anything with what happened to it (killed, injured, arrested...).
        "22 shots", "eight votes" or "12 staff" are not."""
        specific = self.noun in _EVENT_GROUPS or self.predicate is not None
        return specific and self.event == "main" and not self.qualified


def _event(sentence: str, article: Article, index: int) -> str:
    marker = OTHER_EVENT.search(sentence)
    if marker:
        year = _YEAR.search(marker.group())
        if year and article.date is not None and int(year.group()) == article.date.year:
            return "main"
        return f"other:{index}"
    return "main"


def _predicate(window: str) -> str | None:
    _, predicates = groups()
    # a hyphen keeps a compound whole: "pain-killing" is no killing
    low = " " + " ".join(re.findall(r"[\w'-]+", window.lower())) + " "
    best: tuple[int, str] | None = None
    for phrase, group in predicates.items():
        at = low.find(" " + phrase + " ")
        while at >= 0 and low.endswith(" out", 0, at):
            at = low.find(" " + phrase + " ", at + 1)  # players "out injured" are missing, not hurt
        if at >= 0 and (best is None or at < best[0]):
            best = (at, group)
    return best[1] if best else None


def _words_after(text: str, start: int, limit: int = 4) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"[\w'’-]+|[,;:()–—.]", text[start:]):
        if not m.group()[0].isalnum():
            break
        out.append((start + m.start(), m.group()))
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=1)
def _group_names() -> frozenset[str | None]:
    """The groups counted once per event ("people", "attackers"), and no noun."""
    nouns, _ = groups()
    return frozenset(nouns.values()) | {None}


def _quantities_in(
    article: Article, sentence: Span, index: int, elsewhere: str | None = None, things: str | None = None
) -> Iterator[Quantity]:
    """The counts of ``sentence``; ``things`` are what the paragraph counted last
    when they are no group of people ("five specimens"): a bare figure opening the
    sentence counts them ("Four were already dead")."""
    prose = article.prose
    text = prose[sentence.start : sentence.end]
    nouns, _ = groups()
    event = _event(text, article, index)
    if event == "main" and elsewhere:
        event = elsewhere
    figures = list(FIGURE.finditer(text))
    k = 0
    inherited: tuple[str | None, str | None] = (None, None)
    while k < len(figures):
        m = figures[k]
        low, high = parse_figure(m)
        start, end = m.start(), m.end()
        kind = "vague" if (m.group("word") or "").lower() in _VAGUE else "exact"
        # "two or three", "between three and four", "10-12"
        if k + 1 < len(figures) and _RANGE_JOIN.match(text[end : figures[k + 1].start()]):
            joiner = text[end : figures[k + 1].start()].strip().lower()
            if joiner != "and" or re.search(r"\bbetween\s+$", text[:start], re.IGNORECASE):
                low2, high2 = parse_figure(figures[k + 1])
                low, high, end, kind = min(low, low2), max(high, high2), figures[k + 1].end(), "range"
                between = re.search(r"\bbetween\s+$", text[:start], re.IGNORECASE)
                if between:
                    start = between.start()
                k += 1
        k += 1
        word = (m.group("word") or "").lower()
        before = text[max(0, start - 30) : start]
        after = text[end:]
        if word == "one" and kind != "range":
            continue  # "one of them", "one unnamed source": a pronoun more often than a count
        if _NOT_COUNT_AFTER.match(after) or re.match(r"^[-–]\w", after):
            continue  # times, measures, percentages; "190-room", "seven-hour"
        if m.group("num") and "." not in m.group("num") and 1800 <= low <= 2100 and kind == "exact":
            continue  # a year
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            continue  # a date
        if after.startswith("/") or before.endswith("/"):
            continue  # "9/11", "24/7"
        if _ODDS_AFTER.match(after) or _ODDS_BEFORE.search(before):
            continue  # "1 in 100", "one in five": odds, not a count
        if _PART_OF.search(before) or _GROUP_OF.search(before):
            continue  # "three of the 48 hostages", "a family of seven": the whole, not what befell it
        name = _NAME_BEFORE.search(text[:start])
        if name and name.start(1) > 0 and name.group(1).lower() not in _NOT_NAMES:
            following = [w.lower() for w in re.findall(r"[A-Za-z]+", after)[:2]]
            if not any(w in nouns or (w.endswith("s") and len(w) > 3) for w in following):
                continue  # "Gran Turismo 4", "PlayStation 2": a title's number, counting nothing
        if re.search(r"[$£€#]\s*$|\bno\.\s*$|\bnumber\s+$|\bpage\s+$", before, re.IGNORECASE):
            continue
        if re.search(r"\bfor\s+$", before, re.IGNORECASE) and not _words_after(text, end, limit=1):
            continue  # "Prince perished for 10": a batsman's score, counting no one
        for pattern, qkind in _QUALIFIERS:
            q = pattern.search(before)
            if q and kind in ("exact", "range", "vague"):
                start -= len(before) - q.start()
                if qkind == "at_least":
                    high = math.inf
                elif qkind == "more_than":
                    low, high = low + (1 if low == int(low) else 0), math.inf
                elif qkind == "up_to":
                    low = 0.0
                elif qkind == "fewer":
                    low, high = 0.0, high - 1
                elif qkind == "about":
                    low, high = low * 0.8, high * 1.2
                elif qkind == "nearly":
                    low = low * 0.8
                kind = qkind if qkind != "exact" else kind
                break
        # The counted noun: the first group word in the next few words.
        noun = None
        noun_word = ""
        # "cancel 77 flights, affecting about 5,000 passengers": those one thing touched, a subset.
        qualified = _AFFECTED.search(text, max(0, start - 30), start) is not None
        tail = _words_after(text, end, limit=5)
        noun_end = end
        for i, (pos, w) in enumerate(tail):
            lw = w.lower().strip("’'")
            if lw in nouns:
                noun, noun_word, noun_end = nouns[lw], lw, pos + len(w)
                break
            if lw == "of" and i == 0:
                continue  # "dozens of peacekeepers"
            if w[:1].isupper():
                qualified = True  # "six American citizens": a named subset
            if lw in ("of", "the", "a", "an") or lw.endswith(("ed", "ing")):
                break
        if (
            noun is None
            and tail
            and tail[0][1].islower()
            and tail[0][1].endswith("s")
            and len(tail[0][1]) > 3
        ):
            noun_word = tail[0][1].lower()
            noun, noun_end = noun_word, tail[0][0] + len(noun_word)
        if noun_word and _AND_MORE.match(text[noun_end:]):
            continue  # "two adults and a child" were found: three bodies, not two
        clause_after = _CLAUSE_END.split(text[noun_end:], maxsplit=1)[0][:80]
        qualified = qualified or _AMONG.match(clause_after) is not None
        cause = _CAUSE.search(clause_after) is not None
        clause_after = _OWN_SUBJECT.split(clause_after, maxsplit=1)[0]
        clause_before = _CLAUSE_END.split(text[max(0, start - 40) : start])[-1]
        # The noun may name the predicate itself: "27 bodies" were killed.
        # "which killed 31 people and wounded 270 others": the verb just before the
        # figure is its predicate, before any verb after it.
        predicate = (
            _predicate(" ".join(clause_before.split()[-1:]))
            or _predicate(noun_word + " " + clause_after)
            or _predicate(clause_before)
        )
        if noun is None and not tail and predicate is None and inherited != (None, None):
            noun, predicate = inherited  # "there were only two or three"
        if noun is None and things is not None and not text[:start].strip():
            continue  # "The last five specimens were trawled up. Four were already dead."
        if noun is None and predicate is None:
            continue
        if predicate == "held" or (noun == "hostages" and predicate is None):
            noun, predicate = "hostages", "held"
        if predicate == "killed" and noun in (None, "bodies"):
            noun = "people"
        if noun is None:
            noun = "people"
        inherited = (noun, predicate)
        span = Span(sentence.start + start, sentence.start + end)
        yield Quantity(
            span, low, high, kind, noun, predicate, event, qualified, prose[span.start : span.end], cause
        )


def sentences(article: Article) -> Iterator[Span]:
    """The sentences of the body, found without the parser."""
    for para in article.body:
        yield from sentence_spans(article.prose, para)


def extract(article: Article) -> list[Quantity]:
    """Every counted quantity of the article (cached on it)."""
    cached = article.cache.get("quantities")
    if isinstance(cached, list):
        return cached
    found: list[Quantity] = []
    days = {p: _days(article.text(p)) for p in article.paragraphs}
    lede = days.get(article.body[0], frozenset()) if article.body else frozenset()
    then: tuple[Span | None, str] | None = None  # the paragraph told from a year on, and the year
    for index, sentence in enumerate(sentences(article)):
        para = article.paragraph_of(sentence.start)
        dated = days.get(para, frozenset()) if para is not None else frozenset()
        # A paragraph dated to other days than the lede is about another event
        # (a gallery of captions, a timeline): its counts are not the story's.
        elsewhere = f"date:{min(dated)}" if dated and not dated & lede else None
        year = _OPENS_ON_YEAR.match(article.prose, sentence.start, sentence.end)
        if year and para != article.body[0] and (article.date is None or int(year["y"]) != article.date.year):
            then = (para, year["y"])
        elif then is not None and then[0] == para and elsewhere is None:
            elsewhere = f"year:{then[1]}"
        # An item of a numbered digest ("2) Iran said ...") is a story of its own.
        if para is not None and _LIST_ITEM.match(article.prose, para.start):
            elsewhere = f"item:{para.start}"
        last = found[-1] if found and para is not None and para.start <= found[-1].span.start else None
        things = last.noun if last is not None and last.noun not in _group_names() else None
        found.extend(_quantities_in(article, sentence, index, elsewhere, things))
    article.cache["quantities"] = found
    return found


def _days(text: str) -> frozenset[str]:
    days = set()
    for m in _DAY_OF_MONTH.finditer(text):
        month = _FULL_MONTH[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        days.add(f"{month} {int(m.group('d1') or m.group('d2'))}")
    return frozenset(days)


# Counts this many times apart are of different events, not one event's slip
# (an added zero is ten times; a war's toll beside an incident's is thousands).
_APART = 100


def conflict(a: Quantity, b: Quantity) -> str | None:
    """ "error" when two counts of one thing cannot both be right, "warning"
    when they barely agree, None when they are compatible; ``a`` is the
    earlier."""
    if a.high < b.low or b.high < a.low:
        if b.cause and b.high < a.low:
            return None  # "eight died when trees fell" after "12 killed": one cause's part of the toll
        if max(a.low, b.low) > _APART * max(1.0, min(a.high, b.high)):
            return None  # a war's "100,000 died" beside a protest's "41": two events
        # "dozens" against "hundreds": a word for a number is a loose bound.
        return "warning" if "vague" in (a.kind, b.kind) else "error"
    for x, y in ((a, b), (b, a)):
        # "up to 10" against "two or three": the estimate's top is far above.
        if x.kind == "up_to" and y.kind != "up_to" and y.high < x.high / 2:
            return "warning"
    if a.high == math.inf and b.high == math.inf and max(a.low, b.low) > 2 * max(1.0, min(a.low, b.low)):
        return "warning"  # "at least 27" against "at least two"
    if a.kind == "range" and b.kind == "range" and (a.high == b.low or b.high == a.low):
        return "warning"  # "two or three" against "three or four"
    return None
