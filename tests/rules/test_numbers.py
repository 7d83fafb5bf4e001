"""The numbers family: what it reports and what it leaves alone."""

from __future__ import annotations

import pytest

from copydesk import Config, Linter, check_text, read_text


def _found(text: str, code: str) -> list[tuple[str, str]]:
    return [
        (text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1], str(d.severity))
        for d in check_text(text, path="a.txt", select=[code])
    ]


def test_conflicting_counts() -> None:
    text = "Up to 10 gunmen took part, although officials said there were only two or three."
    assert _found(text, "NU001") == [("only two or three", "warning")]
    text = "Twelve people were killed on Friday.\n\nPolice later said 30 people had been killed."
    assert _found(text, "NU001") == [("30", "error")]


def test_compatible_and_separated_counts() -> None:
    text = (
        "At least 27 people were killed.\n\nSecurity sources said 27 bodies had been removed. "
        "Two gunmen had been killed.\n\nIn an attack in 2013, 40 people were killed.\n\n"
        "US forces rescued six American citizens, and 80 hostages escaped."
    )
    assert _found(text, "NU001") == []


def test_a_part_of_a_sum_and_tolls_of_another_scale_are_not_compared() -> None:
    text = (
        "The bodies of two adults and a child were found in two burnt-out trucks.\n\n"
        "Police have been unable to examine the three bodies."
    )
    assert _found(text, "NU001") == []
    assert _found(text.replace("two adults and a child", "two adults"), "NU001") == [("three", "error")]
    # A war's toll beside an incident's: two events, not one toll miscopied.
    text = "The war killed 100,000.\n\nLater the police shot 41 people dead."
    assert _found(text, "NU001") == []
    # A period's running total is not the event's count.
    text = (
        "Bombing raids across the country have caused hundreds of civilian casualties.\n\n"
        "In recent months, air strikes on the city have caused dozens of civilian casualties."
    )
    assert _found(text, "NU001") == []
    assert _found(text.replace("In recent months, air", "Air"), "NU001") == [("dozens", "warning")]
    text = "Over the past year, 300 people were killed in the region.\n\nTwelve people were killed on Friday."
    assert _found(text, "NU001") == []
    # Those one thing touched are a subset, each of its own cause.
    text = (
        "The airline had to cancel 77 flights, affecting about 5,000 passengers.\n\n"
        "Later 92 flights were delayed, affecting almost 17,000 passengers."
    )
    assert _found(text, "NU001") == []
    assert _found(text.replace("affecting", "carrying"), "NU001") != []
    # An added zero is still a slip.
    text = "Twelve people were killed on Friday.\n\nPolice later said 120 people had been killed."
    assert _found(text, "NU001") == [("120", "error")]


_TOLL = "A cyclone killed {toll} people on Sunday.\n\n{count} people died{cause}, media reported."


@pytest.mark.parametrize(
    ("toll", "count", "cause", "found"),
    [
        # A later count of one cause, smaller than the toll, is a part of it.
        ("at least 12", "Eight", " when trees fell on their homes", []),
        ("12", "Eight", " when trees fell on their homes", []),
        ("at least 12", "Eight", "", [("Eight", "error")]),
        # ... but not one larger than the toll.
        ("12", "Twenty", " when trees fell on their homes", [("Twenty", "error")]),
    ],
)
def test_a_later_count_of_one_cause_is_a_part_of_the_toll(
    toll: str, count: str, cause: str, found: list[tuple[str, str]]
) -> None:
    assert _found(_TOLL.format(toll=toll, count=count, cause=cause), "NU001") == found


def test_the_lede_s_toll_with_its_cause_is_the_toll() -> None:
    text = "Twelve people were killed when a bomb exploded.\n\nPolice later said 30 people had been killed."
    assert _found(text, "NU001") == [("30", "error")]


def test_paragraphs_dated_to_other_days_are_other_events() -> None:
    """A gallery or timeline: captions dated to other days count other events."""
    text = (
        "Mosque attack\n\nTwenty-one people were killed at a mosque on Friday, May 22.\n\n"
        "Residents examine a mosque after a bombing on Sunday, May 31. Six people were killed.\n\n"
        "On May 22, police said 30 people had been killed."
    )
    assert _found(text, "NU001") == [("30", "error")]


def test_a_date_in_ap_style_sets_a_paragraph_apart_too() -> None:
    """Wire copy shortens the month before a date ("Nov. 4"): the same
    background paragraph as "November 4"."""
    text = (
        "Gunmen killed three soldiers in an attack on an army post on Monday, the ministry said.\n\n"
        "Monday's attack was the third this month. On Nov. 4, six soldiers were killed near Ayorou."
    )
    assert _found(text, "NU001") == []
    same_day = text.replace("On Nov. 4, six", "Six")
    assert _found(same_day, "NU001") == [("Six", "error")]


def test_a_toll_in_a_participle_clause() -> None:
    text = (
        "A fire swept through a factory near Dhaka on Thursday, killing 41 workers and injuring dozens.\n\n"
        "The fire, which killed 14 workers, started on the ground floor, the fire service said."
    )
    assert _found(text, "NU001") == [("14", "error")]
    # A compound is no toll: "pain-killing".
    assert _found("She had taken the pain-killing epidural route for her other two births.", "AT004") == []


def test_some_of_the_dead_are_not_a_toll() -> None:
    text = "At least 30 people were killed in the bombing.\n\nPolice said two women were among the dead."
    assert _found(text, "NU001") == []


def test_a_paragraph_told_from_a_year_on_is_another_event() -> None:
    lede = "Police shot 41 people dead in the capital on Monday, the ministry said."
    background = (
        "Nega fought the Derg in Tigray. In 1978 he was jailed. He was freed a day before guards shot "
        "15 people dead."
    )
    assert _found(f"{lede}\n\n{background}", "NU001") == []
    # A year later in a sentence is no narrative's time: that sentence alone is set apart.
    now = "Nega fought the Derg in Tigray. He was jailed in 1978. Guards shot 15 people dead."
    assert _found(f"{lede}\n\n{now}", "NU001") == [("15", "error")]


def test_items_of_a_numbered_digest_are_stories_of_their_own() -> None:
    text = (
        "662 days, 30 dead since cholera reached Haiti.\n\n"
        "1) Baltasar Garzon says the U.K. cannot deny Assange passage.\n\n"
        "2) Iran said it held the U.S. responsible after three people were killed in Syria."
    )
    assert _found(text, "NU001") == []
    assert _found(text.replace("2) ", ""), "NU001") != []


def test_parts_do_not_sum() -> None:
    assert _found(
        "There were 12 researchers – seven from Oxford and four from Leeds – on the team.", "NU002"
    ) == [("12 researchers – seven from Oxford and four from Leeds", "error")]
    assert (
        _found("Rezidor said that 170 people – 140 guests and 30 staff – were in the building.", "NU002")
        == []
    )
    assert _found("Five people, including a French citizen and a Belgian, were killed.", "NU002") == []


def test_conflicting_days_and_calendar() -> None:
    text = "Gunmen stormed a hotel on Friday.\n\nSunday's attack was the deadliest this year."
    assert _found(text, "NU003") == [("Sunday", "error")]
    assert _found("Gunmen stormed a hotel on Friday.\n\nFriday's attack was the deadliest.", "NU003") == []
    assert _found("The vote was held on Friday, 21 November 2015.", "NU003") == [("Friday", "error")]
    # ... or after it
    fire = "A blaze at the Tazreen factory on 24 November 2012, a {}, killed 112 workers."
    assert _found(fire.format("Sunday"), "NU003") == [("Sunday", "error")]
    assert _found(fire.format("Saturday"), "NU003") == []
    assert _found("It opened on Nov. 24, 2012, which was a Sunday.", "NU003") == [("Sunday", "error")]
    assert _found("Gunmen stormed a hotel on Friday.\n\nLast Sunday's attack was smaller.", "NU003") == []
    # A sentence that turns to another event.
    text = "Troops launched an operation on Monday.\n\nMeanwhile Monday, a group claimed Sunday's bombings."
    assert _found(text, "NU003") == []
    assert _found(text.replace("Meanwhile Monday, a", "A"), "NU003") == [("Sunday", "error")]


def test_a_lede_with_several_days_is_compared_by_its_event() -> None:
    lede = "A man was arrested on Thursday on fraud charges. The attack happened on Tuesday, police said."
    assert _found(lede + "\n\nShares fell.\n\nFriday's attack shocked the town.", "NU003") == [
        ("Friday", "error")
    ]
    assert _found(lede + "\n\nShares fell.\n\nTuesday's attack shocked the town.", "NU003") == []
    # What the lede says happened, in a later mention's word: opening fire is a shooting.
    lede = "Officials were criticised on Tuesday. Gunmen opened fire on a crowd on Friday evening."
    assert _found(lede + "\n\nMonday's shooting left many injured.", "NU003") == [("Monday", "error")]
    lede = "He was charged on Monday. Protesters marched through the capital on Tuesday."
    assert _found(lede + "\n\nThe Sunday protest was the largest.", "NU003") == [("Sunday", "error")]
    # Two attacks on two days in the lede, or another event: no telling which is meant.
    lede = "A bomb attack on Tuesday killed five, days after an attack on Friday killed three."
    assert _found(lede + "\n\nFriday's attack was claimed by no one.", "NU003") == []
    assert _found(lede + "\n\nSunday's attack was claimed by no one.", "NU003") == []
    lede = "Markets fell on Monday. The siege ended on Friday."
    assert _found(lede + "\n\nSunday's attack shocked the town.", "NU003") == []


def test_a_day_the_lede_gives_to_another_event_or_to_what_was_said_is_no_anchor() -> None:
    # When it was said or done about the event: the lede names no day of the event itself.
    for lede in (
        "Gunmen attacked the hotel, killing 27, police said on Tuesday.",
        "Police on Tuesday named the victims of the attack.",
        "A man was arrested on Tuesday over the attack.",
    ):
        assert _found(lede + "\n\nMonday's attack was the deadliest.", "NU003") == []
    # ... and then the day left is the event's.
    lede = "Police arrested him on Monday. The siege ended on Friday."
    assert _found(lede + "\n\nSunday's attack shocked the town.", "NU003") == [("Sunday", "error")]
    # Another event in the lede's own sentence, or set against its day.
    assert _found("A man was charged on Friday over Tuesday's shooting in the city.", "NU003") == []
    lede = "Insurgents bombed a market Tuesday, officials said, a day after rebels ambushed a patrol."
    assert _found(lede + "\n\nThe Monday ambush was a reaction.", "NU003") == []
    assert _found(lede + "\n\nThe Monday bombing was a reaction.", "NU003") == [("Monday", "error")]


def test_story_mode_compares_files() -> None:
    a = read_text("Gunmen stormed a hotel on Friday, and at least 27 people were killed.", "a.txt")
    b = read_text("Update.\n\nSunday's violence left at least two people killed.", "b.txt")
    report = Linter(Config(select=("NU",))).run([a, b], story=True)
    assert sorted((d.path, d.code) for d in report.diagnostics) == [("b.txt", "NU001"), ("b.txt", "NU003")]
    assert all(d.related[0].path == "a.txt" for d in report.diagnostics)


def test_number_style_is_off_by_default_and_named_to_run() -> None:
    text = "Police said 3 people were hurt at 8am. 12 were treated."
    assert check_text(text, path="a.txt", select=["NU"]) == []
    found = _found(text, "NU004")
    assert ("3", "info") in found and ("12", "info") in found and ("8am", "info") in found
    guardian = Config(select=("NU004",), options={"NU004": {"profile": "guardian"}})
    assert [d.message for d in check_text("It began at 8 a.m. today.", path="a.txt", config=guardian)] == [
        "guardian style writes times as “8am”"
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "John Smith, 45, was arrested on Monday.\n\nPolice said Smith, 46, had been drinking.",
            ["Smith is 46 here but 45 in “John Smith, 45”"],
        ),
        # The recogniser often takes the bare surname for an organisation.
        (
            "John Smith, 45, was arrested on Monday.\n\nSmith, 46, will appear in court on Friday.",
            ["Smith is 46 here but 45 in “John Smith, 45”"],
        ),
        (
            "Mary Jones, aged 31, won.\n\nJones, a 32-year-old teacher, said she was happy."
            " The 33-year-old Mary Jones left.",
            [
                "Jones is 32 here but 31 in “Mary Jones, aged 31”",
                "Mary Jones is 33 here but 31 in “Mary Jones, aged 31”",
            ],
        ),
    ],
)
def test_conflicting_ages(text: str, flagged: list[str]) -> None:
    assert [d.message for d in check_text(text, path="a.txt", select=["NU005"])] == flagged


@pytest.mark.parametrize(
    "text",
    [
        # Two people who share a surname: the bare surname names neither.
        "John Smith, 45, and his son Tom Smith, 19, were hurt.\n\nSmith, 19, is in hospital.",
        "Brothers Paul Dhaliwal, 19, and Kulbir Dhaliwal, 23, received severe bite wounds.",
        # Another time, or an age with no name: maybe someone else.
        "John Smith, 45, runs a pub. In 2010, Smith, then 35, bought it.",
        "John Smith, 45, was arrested. The 23-year-old victim was taken to hospital.",
        "John Smith, 45, was arrested. Smith, 45, denies the charge.",
    ],
)
def test_conflicting_ages_left_alone(text: str) -> None:
    assert _found(text, "NU005") == []


def test_an_age_at_death_and_a_knight_or_dame_by_first_name() -> None:
    lede = "Margaret Hale, one of the first women to lead a cardiac unit, has died at the age of 87."
    text = f"{lede}\n\nDame Margaret, 88, is survived by her three children."
    assert [d.message for d in check_text(text, path="a.txt", select=["NU005"])] == [
        "Margaret Hale is 88 here but 87 in “at the age of 87”"
    ]
    assert _found(f"{lede}\n\nDame Margaret, 87, is survived by her three children.", "NU005") == []
    # Whose death: the sentence's subject, not a relative; a dame two people could be is no one.
    father = "Margaret Hale, 52, is a surgeon. Margaret Hale's father died at the age of 87."
    assert _found(father, "NU005") == []
    two = "Margaret Hale, 52, met Margaret Reid, 60, in Leeds. Dame Margaret, 61, spoke first."
    assert _found(two, "NU005") == []


def test_conflicting_ages_across_a_story() -> None:
    a = read_text("John Smith, 45, was arrested on Monday in Leeds.", "a.txt")
    b = read_text("Smith, 46, appeared in court. Smith, 47, denied it.", "b.txt")
    found = Linter(Config(select=("NU005",))).run([a, b], story=True).diagnostics
    # The file's first age against the story's first; its own conflict is check()'s, once.
    assert sorted((d.column, d.message, d.related[0].path) for d in found) == [
        (1, "Smith is 46 here but 45 in “John Smith, 45” in a.txt", "a.txt"),
        (31, "Smith is 47 here but 46 in “Smith, 46”", "b.txt"),
    ]
    assert Linter(Config(select=("NU005",))).run([a, b], story=False).diagnostics[0].column == 31


SCORE_LEDE = "Manchester City beat Arsenal 3-1 at the Etihad on Sunday to go two points clear at the top."


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        ("The 3-2 win means City have won nine of their last 10 league games.", ["3-2"]),
        ("Sunday's 2-2 draw leaves both sides level.", ["2-2"]),
        # the loser's order, another match, a part of this one, another season
        ("The 1-3 defeat was Arsenal's first in 12 games.", []),
        ("The 3-1 win was City's ninth in a row.", []),
        ("The 2-0 win over Chelsea last week had set it up.", []),
        ("City led 2-0 at half-time, and the 2-0 lead at the interval was deserved.", []),
        ("Last season's 4-1 defeat still rankles with Arsenal fans.", []),
        ("The first-leg 2-1 win gives them an edge in the tie.", []),
    ],
)
def test_conflicting_scores(later: str, flagged: list[str]) -> None:
    text = f"City beat Arsenal to go top\n\n{SCORE_LEDE}\n\nHaaland scored twice for the hosts.\n\n{later}"
    assert [f for f, _sev in _found(text, "NU006")] == flagged


def test_a_lede_with_two_results_is_not_compared() -> None:
    lede = "Leeds beat Hull 2-0 on Saturday, while Derby won 3-1 at Stoke to stay in touch at the top."
    assert _found(f"{lede}\n\nThe 3-2 win lifts Derby to third in the table.", "NU006") == []
