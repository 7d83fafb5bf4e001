"""NU005 conflicting-ages."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from copydesk import Article, Family, Finding, Need, Related, Rule, Severity, Span
from copydesk.patterns import lazy_re
from copydesk.text import sentence_spans

# The age right after a name: "John Smith, 45, of Leeds", "Smith, 46.", "Smith, aged 46,"
_AFTER = lazy_re(
    r",[ \t]+(?:aged[ \t]+)?(\d{1,3})(?=[,.;:!?]|[ \t]+(?:and|of|from|who|was|is|has|had|said|told|says)\b)"
    # ... or given in apposition: "Smith, a 46-year-old teacher", "Smith, the 46-year-old"
    r"|,[ \t]+(?:a|an|the)[ \t]+(\d{1,3})-year-old\b"
)
# A run of capitalised words (or initials): a name and what may open it; before
# a comma it may end on an abbreviation ("Patrick W. Carlineo Jr., 55").
_RUN = r"(?:[A-Z](?:[\w'’-]*|\.)[ \t]+)*[A-Z][\w'’-]*"
_RUN_BEFORE = lazy_re(rf"(?<![\w'’.-]){_RUN}\.?$")
# ... or the age before it: "46-year-old John Smith"
_BEFORE = lazy_re(rf"\b(\d{{1,3}})-year-old[ \t]+({_RUN})")
# ... or the age at death of a sentence's subject: "Margaret Hale, a surgeon, has died at the age of 87"
_DIED_AT = lazy_re(
    r"(?:,[^.;:!?]*?,)?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:died|dies|passed[ \t]+away)\b[^.;:!?\d]{0,40}?"
    r"\b(?P<at>at[ \t]+the[ \t]+age[ \t]+of|aged|at)[ \t]+(\d{1,3})\b"
    r"(?![ \t]*(?:[-–%]|per|years?[ \t]+(?:ago|later)))"
)
_DEATH = lazy_re(r"\b(?:died|dies|passed[ \t]+away)\b")
# A knight or a dame by the first name: "Dame Margaret" is Margaret Hale.
_TITLES = frozenset({"Sir", "Dame", "Lord", "Lady"})


@dataclass(frozen=True)
class _Age:
    name: str
    years: int
    span: Span  # the age and the name, as written


def _names(article: Article) -> set[str]:
    """The people the recogniser names, and their surnames: the model often
    takes a bare surname for an organisation ("Smith, 46, will appear")."""
    names = set()
    for pd in article.analysis.docs if article.analysis else ():
        for ent in pd.doc.ents:
            if ent.label_ == "PERSON":
                words = re.sub(r"['’]s$", "", ent.text).split()
                if words and all(w[:1].isupper() for w in words):
                    names.add(" ".join(words))
                    names.add(words[-1])
    return names


def _ages(article: Article, names: set[str]) -> list[_Age]:
    """Every age written against the name of a person: found by the age, then
    the longest known name beside it (one pass over the text, however many
    people the story names)."""
    prose = article.prose
    by_end: dict[int, _Age] = {}
    for m in _AFTER.finditer(prose):
        run = _RUN_BEFORE.search(prose, max(0, m.start() - 80), m.start())
        words = run.group().split() if run else []
        # The longest known name that ends the run: "John Smith", else "Smith".
        k = next((k for k in range(len(words)) if " ".join(words[k:]) in names), None)
        if run is not None and k is None and len(words) >= 2 and words[-2] in _TITLES:
            titled = _titled(words[-1], names)
            if titled is not None:
                start = run.start() + run.group().rindex(words[-2])
                by_end[run.end()] = _Age(
                    titled, int(m.group(1) or m.group(2)), Span(start, m.end(m.lastindex or 1))
                )
            continue
        if run is None or k is None:
            continue
        known = " ".join(words[k:])
        # A surname alone keeps the capitalised words before it: "Paul Dhaliwal", a name the model missed.
        written = known if " " in known else " ".join(words)
        start = run.start() + [w.start() for w in re.finditer(r"\S+", run.group())][k]
        years = m.group(1) or m.group(2)
        by_end[run.end()] = _Age(written, int(years), Span(start, m.end(m.lastindex or 1)))
    for m in _BEFORE.finditer(prose):
        words = m.group(2).split()
        k = next((k for k in range(len(words), 0, -1) if " ".join(words[:k]) in names), None)
        if k is None:
            continue
        end = m.start(2) + len(" ".join(words[:k]))
        if end not in by_end and prose[m.start(2) : end] == " ".join(words[:k]):
            by_end[end] = _Age(" ".join(words[:k]), int(m.group(1)), Span(m.start(1), end))
    full = sorted((n for n in names if " " in n), key=len, reverse=True)
    for para in article.body if full and _DEATH.search(prose) else ():
        for sentence in sentence_spans(prose, para):
            who = next((n for n in full if prose.startswith(n, sentence.start)), None)
            died = _DIED_AT.match(prose, sentence.start + len(who), sentence.end) if who else None
            if who and died:
                by_end.setdefault(
                    died.end(2), _Age(who, int(died.group(2)), Span(died.start("at"), died.end(2)))
                )
    return sorted((a for a in by_end.values() if 0 < a.years < 120), key=lambda a: a.span.start)


def _titled(first: str, names: set[str]) -> str | None:
    """The one person the story names with this first name, for "Dame Margaret"."""
    owners = {n for n in names if len(n.split()) > 1 and n.split()[0] == first}
    return next(iter(owners)) if len(owners) == 1 else None


def _who(ages: list[_Age], names: set[str]) -> dict[str, str]:
    """Each name as written -> the person it names: a full name is its own
    key; a surname alone is the one full name that ends with it, and no one
    where two do (the Dhaliwal brothers, a father and son)."""
    full = {n for n in names | {a.name for a in ages} if len(n.split()) > 1}
    by_surname: defaultdict[str, set[str]] = defaultdict(set)
    for name in full:
        by_surname[name.split()[-1]].add(name)
    keys = {}
    for a in ages:
        if a.name in full:
            keys[a.name] = a.name
        else:
            owners = by_surname.get(a.name, set())
            if len(owners) <= 1:
                keys[a.name] = next(iter(owners), a.name)
    return keys


class ConflictingAges(Rule):
    """
    ## What it does
    Flags a person given two different ages in one article: "John Smith, 45"
    in the lede and "Smith, 46" or "46-year-old Smith" later. With `--story`,
    ages are compared across the files of a story too.

    ## Why is this bad?
    An age is a fact about a named person that readers, and the person, can
    check. Two ages in one story means one is wrong, usually from an earlier
    version or another report.

    ## Example
    ```text
    John Smith, 45, was arrested on Monday after a fight in Leeds.

    Smith, 46, will appear in court on Friday.
    ```

    ## Use instead
    ```text
    John Smith, 45, was arrested on Monday after a fight in Leeds.

    Smith, 45, will appear in court on Friday. His son Tom Smith, 19, was not hurt.
    ```

    ## Options
    None. Only ages written against a name count ("Smith, 45,", "Smith, aged 45",
    "Smith, a 45-year-old teacher", "45-year-old John Smith", "Dame Margaret,
    88," for the one Margaret the story names, and the age at death of a
    sentence's subject, "Margaret Hale, a surgeon, has died at the age of
    87"): "the 46-year-old" alone may be someone else. A surname two people
    in the story share is not compared, nor an age given for another time
    ("Smith, then 44,").
    """

    code = "NU005"
    name = "conflicting-ages"
    family = Family.NUMBERS
    severity = Severity.ERROR
    needs = frozenset({Need.ENTITIES})

    def check(self, article: Article) -> Iterator[Finding]:
        for _article, finding in self._conflicts([article], across=False):
            yield finding

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        return self._conflicts(articles, across=True)

    def _conflicts(self, articles: Sequence[Article], across: bool) -> Iterator[tuple[Article, Finding]]:
        """Each age that differs from the first given for its person: in one
        file, or (``across``) a file's first age for the person against the
        story's first; a file's own conflicts are check()'s."""
        names = set().union(*(_names(a) for a in articles))
        ages = [(a, age) for a in articles for age in _ages(a, names)]
        keys = _who([age for _a, age in ages], names)
        first: dict[str, tuple[Article, _Age]] = {}
        seen: set[tuple[int, str]] = set()
        for article, age in ages:
            key = keys.get(age.name)
            if key is None:
                continue
            first_in_file = (id(article), key) not in seen
            seen.add((id(article), key))
            if key not in first:
                first[key] = (article, age)
                continue
            where, given = first[key]
            if age.years == given.years or (across and (where is article or not first_in_file)):
                continue
            other = where if where is not article else None
            place = f" in {where.path}" if other else ""
            yield (
                article,
                self.finding(
                    age.span.start,
                    age.span.end,
                    f"{age.name} is {age.years} here but {given.years} in “{where.text(given.span)}”{place}",
                    related=[Related(given.span, f"{given.years} here", other)],
                ),
            )
