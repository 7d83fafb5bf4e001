"""The quantity and day extractors on real phrasings (table-driven)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from copydesk import dates, quantities, read_text

INF = math.inf

CASES = [
    # sentence, figure text, low, high, noun, predicate
    ("At least 27 people were killed in the attack.", "At least 27", 27, INF, "people", "killed"),
    ("Up to 10 gunmen were reported to have taken part.", "Up to 10", 0, 10, "attackers", None),
    (
        "Officials said there were between three and four assailants.",
        "between three and four",
        3,
        4,
        "attackers",
        None,
    ),
    ("Security sources said 27 bodies had been removed.", "27", 27, 27, "people", "killed"),
    ("Gunmen held 170 people hostage.", "170", 170, 170, "hostages", "held"),
    ("About 20 hostages have been released.", "About 20", 16, 24, "hostages", "freed"),
    ("Fewer than five passengers survived.", "Fewer than five", 0, 4, "passengers", None),
    ("More than 100 people were arrested.", "More than 100", 101, INF, "people", "arrested"),
    ("Nearly 24 people were injured.", "Nearly 24", 19.2, 24, "people", "injured"),
    ("Dozens of peacekeepers have been killed.", "Dozens", 24, 99, "soldiers", "killed"),
    ("The firm will cut 1,200 jobs.", "1,200", 1200, 1200, "jobs", "cut"),
    ("A dozen militants stormed the base.", "A dozen", 12, 12, "attackers", None),
    ("Twenty-five people died in the crash.", "Twenty-five", 25, 25, "people", "killed"),
    ("Some 1.5 million passengers used the airport.", "Some 1.5 million", 1.2e6, 1.8e6, "passengers", None),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "noun", "predicate"), CASES)
def test_quantity(
    sentence: str, text: str, low: float, high: float, noun: str, predicate: str | None
) -> None:
    found = quantities.extract(read_text(sentence, "a.txt"))
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.noun, q.predicate) == (text, noun, predicate)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(
    "sentence",
    [
        "The militants stormed the building at about 8am local time.",  # a time
        "They attacked the 190-room hotel after a seven-hour siege.",  # compound adjectives
        "Following a military coup in 2012, fighters took the north.",  # a year
        "The state of emergency was given another six months.",  # a duration
        "Shares rose 5% to $19.99 on 20 November.",  # percent, money, date
        "One was identified as French-Gabonese.",  # "one" as a pronoun
        "Lauren Manning was gravely injured on 9/11.",  # a date written with a slash
        "Your odds of getting killed drop from 1 in 100 to about 1 in 700.",  # odds
        "Gran Turismo 4 is still expected to be released in Japan.",  # a title's number
        "The bodies of the family of seven are expected to be removed.",  # a group's size
        "His family has fought and died for this country over hundreds of years.",  # "of years"
        "Kallis steadied the innings after Ashwell Prince perished for 10.",  # a score
        # the clause after "before" has its own subject: the patients are not counted as dead
        "The film, about two cancer patients living it up before they die, topped the chart.",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert quantities.extract(read_text(sentence, "a.txt")) == []


def test_the_verb_just_before_a_figure_is_its_predicate() -> None:
    found = quantities.extract(read_text("The attacks killed 31 people and wounded 270 others.", "a.txt"))
    assert [(q.text, q.predicate) for q in found] == [("31", "killed"), ("270", "injured")]
    found = quantities.extract(read_text("In all, 27 were killed and 10 wounded in the raid.", "a.txt"))
    assert [(q.text, q.predicate) for q in found] == [("27", "killed"), ("10", "injured")]


def test_elliptical_count_takes_the_noun_of_its_sentence() -> None:
    found = quantities.extract(
        read_text("Up to 10 gunmen took part, although officials said only two or three.", "a.txt")
    )
    assert [(q.text, q.noun) for q in found] == [
        ("Up to 10", "attackers"),
        ("only two or three", "attackers"),
    ]


def test_part_of_a_whole_counts_the_part() -> None:
    found = quantities.extract(read_text("Three of the 48 hostages were reported killed.", "a.txt"))
    assert [(q.text, q.predicate) for q in found] == [("Three", "killed")]
    # A number after a name still counts when a counted noun follows it.
    found = quantities.extract(read_text("In Bamako 30 gunmen were killed.", "a.txt"))
    assert [q.text for q in found] == ["30"]


def test_other_events_and_subsets_are_not_comparable() -> None:
    text = (
        "Between 2009 and 2018 there were 26 cases and 11 deaths. "
        "Belmokhtar led an attack in 2013 in which 40 people were killed. "
        "US forces rescued six American citizens. Another hotel was attacked and five people died."
    )
    found = quantities.extract(read_text(text, "a.txt"))
    assert found and not [q for q in found if q.comparable]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("At least 27 people were killed.", "27 bodies were found.", None),
        ("Up to 10 gunmen attacked.", "Only two or three gunmen attacked.", "warning"),
        ("Two or three gunmen attacked.", "Between three and four gunmen attacked.", "warning"),
        ("At least 27 people were killed.", "At least two people were killed.", "warning"),
        ("Twelve people were killed.", "Thirty people were killed.", "error"),
        ("About 20 hostages were freed.", "22 hostages were freed.", None),
        ("Dozens of people were injured.", "Hundreds of people were injured.", "warning"),
        ("Thousands of jobs were cut.", "12,500 jobs were cut.", None),
    ],
)
def test_conflict(a: str, b: str, verdict: str | None) -> None:
    qa = quantities.extract(read_text(a, "a.txt"))[0]
    qb = quantities.extract(read_text(b, "b.txt"))[0]
    assert quantities.conflict(qa, qb) == verdict


DAY_CASES = [
    ("Gunmen stormed a hotel in Bamako on Friday.", "Friday", "anchor"),
    ("Sunday’s violence came a week after the warning.", "Sunday", "event"),
    ("The Friday attack was claimed by AQIM.", "Friday", "event"),
    ("He spoke last Friday about the plan.", "Friday", "other"),
    ("Talks resume next Monday.", "Monday", "other"),
]


@pytest.mark.parametrize(("sentence", "day", "kind"), DAY_CASES)
def test_day_mentions(sentence: str, day: str, kind: str) -> None:
    found = dates.extract(read_text(sentence, "a.txt"))
    assert [(m.name, m.kind) for m in found] == [(day, kind)]


def test_weekday_beside_a_date() -> None:
    found = dates.extract(read_text("The attack came on Friday, 20 November 2015.", "a.txt"))
    assert [(m.kind, m.date) for m in found] == [("dated", dt.date(2015, 11, 20))]
    dated = read_text("---\ndate: 2015-11-22\n---\nIt happened on Sunday 22 November.\n", "a.md")
    assert dates.extract(dated)[0].date == dt.date(2015, 11, 22)
