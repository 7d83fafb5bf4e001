"""The style family: forms and quotation marks."""

from __future__ import annotations

from copydesk import check_text
from copydesk.config import Config


def _found(text: str, code: str) -> list[tuple[str, int, tuple[str, ...]]]:
    return [
        (text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1], d.line, d.suggestions)
        for d in check_text(text, path="a.txt", select=[code])
    ]


def test_inconsistent_forms() -> None:
    text = "Al-Qaeda aside, al-Qaeda in the Maghreb and al-Qaeda fighters met a US envoy. The U.S. said so."
    found = _found(text, "ST002")
    assert ("U.S.", 1, ("US",)) in found
    assert not [f for f in found if f[0] == "Al-Qaeda"]  # a capital that opens a sentence is not a form
    joined = _found(
        "Time Warner said profits rose. TimeWarner shares fell, and Time Warner staff left.", "ST002"
    )
    assert joined == [("TimeWarner", 1, ("Time Warner",))]
    # A web address is not a form of the name; a contraction is not an acronym.
    text = "This article was contributed by SHTF Plan. Visit www.SHTFplan.com for more from SHTF Plan."
    assert _found(text, "ST002") == []
    text = "Follow @HillaryClinton, she said. Hillary Clinton spoke later."
    assert _found(text, "ST002") == []
    text = (
        "Talks go on\n\nPhoto: www.facebook.com/WhiteHouse\n\n"
        "In the White House, nobody listens.\n\nThe White House said so."
    )
    assert _found(text, "ST002") == []
    text = "He said I'm sure the IM service works, as IM is popular, and I'm told so, but I’m not."
    assert _found(text, "ST002") == [("I’m", 1, ("I'm",))]
    text = "That sounds great. We’ll screw the bad guys. They said, ‘Well, every time you buy, you pay.’"
    assert _found(text, "ST002") == []


def test_one_finding_for_a_form_inside_a_run_of_names() -> None:
    """ "The U.S. Navy" beside "the US Navy": "U.S." differs, once; "I.e." is
    an abbreviation, no form of "IE"."""
    text = "The US Navy sailed and the US Army followed. The U.S. Navy said the Lepanto Institute agreed."
    assert _found(text, "ST002") == [("U.S.", 1, ("US",))]
    text = "The report cited the International Aids Conference. Fauci told the International AIDS Conference."
    assert _found(text, "ST002") == [("International AIDS", 1, ("International Aids",))]
    assert _found("It crashed in IE and in IE again. I.e., it failed.", "ST002") == []


def test_one_term_in_two_forms() -> None:
    """ "12%" and "4 per cent" in one story; the form used most is the story's,
    and the suggestion keeps the figure (and a word's case and ending)."""
    text = "Profit fell 12% to $45m. Shares fell 4 per cent, after a 2.5% fall. Margins shrank 3%."
    assert _found(text, "ST002") == [("4 per cent", 1, ("4%",))]
    text = "Send an e-mail. Emails poured in, and the emails were read. Email us."
    assert _found(text, "ST002") == [("e-mail", 1, ("email",))]
    text = "She ran towards the car, then toward the house, then toward the gate."
    assert _found(text, "ST002") == [("towards", 1, ("toward",))]
    text = "Mr. Smith met Mr. Jones. Later Mr Smith left with Dr. Brown for an MR scan. Mr. Jones, mr smith."
    assert _found(text, "ST002") == [("Mr", 1, ("Mr.",))]


def test_one_term_in_forms_that_are_not_two_forms() -> None:
    # A number in words (a sentence does not open with a figure), a quote
    # (what was said: "towards"), a headline, a form on its own.
    text = "Thirty-one percent said so; 28% did not. He said: “Rates rose 3 per cent.” The rest: 5%."
    assert _found(text, "ST002") == []
    text = "# Rates up 2 per cent\n\nRates rose 2%, and prices 3%.\n"
    assert [d for d in check_text(text, path="a.md", select=["ST002"])] == []
    assert _found("Sales rose 4 per cent and costs 5 per cent; the 10 percent tax stayed.", "ST002") == [
        ("10 percent", 1, ("10 per cent",))
    ]


def test_form_inside_a_quote_gets_no_suggestion() -> None:
    text = "It was claimed by al-Qaeda in the Islamic Maghreb, and al-Qaeda said: “We of Al-Qaeda did it.”"
    assert _found(text, "ST002") == [("Al-Qaeda", 1, ())]


def test_case_for_emphasis_and_common_words_is_not_a_form() -> None:
    text = "EDWARDS: We will win. Edwards said later that The Times had it wrong, and the times were hard."
    assert _found(text, "ST002") == []
    # A dateline in capitals: every word of the run, however short.
    text = "SANTA FE, N.M. (AP) — A cat missing for five years has been found in Santa Fe, New Mexico."
    assert _found(text, "ST002") == []
    # A short word in capitals on its own is still another form.
    text = "The Fe content was high. Iron, or FE, is vital."
    assert _found(text, "ST002") == [("FE", 1, ("Fe",))]


def test_capitals_of_a_title_case_line_are_not_a_form() -> None:
    text = (
        "My trip ended.\n\nCategories Long-Term Travel, Odds & Ends\n\n"
        "Long-term readers might recall my post from last year about long-term travel."
    )
    assert _found(text, "ST002") == []
    # A real variant in such a line is still one.
    text = "Talks resumed.\n\nWhy the U.S. Wants a Deal With Iran\n\nThe US envoy arrived. The US said so."
    assert _found(text, "ST002") == [("U.S.", 3, ("US",))]


def test_mixed_quote_punctuation() -> None:
    text = "He said they were “tracking them down”. She said “it is over,” and a third said “we won,” too."
    assert _found(text, "ST003") == [("”.", 1, ())]
    assert _found("He said “it is over,” and she said “we won.”", "ST003") == []


def test_british_logical_quote_punctuation_is_one_style_when_the_house_says_so() -> None:
    """With `logical`, inside for a quoted sentence and outside for a fragment
    (the BBC's house style) is no mix; a fragment placed both ways still is."""
    logical = Config(select=("ST003",), languagetool="off", options={"ST003": {"logical": True}})

    def found(text: str) -> list[tuple[int, int]]:
        return [(d.line, d.column) for d in check_text(text, path="a.txt", config=logical)]

    text = (
        'He said: "I am not available." The risk is "low", he said, and the bill is a "gentle nudge".\n\n'
        '"We had a mountain to climb," he said, "and we climbed it."'
    )
    assert found(text) == []
    assert len(_found(text, "ST003")) == 2  # by default, the fragments' placement is the minority
    text += ' Mr Sullivan "made accounting decisions," he said.'
    assert found(text) == [(3, 99)]  # decisions,"


def test_unbalanced_quotes_and_run_on_quotes() -> None:
    assert _found("“We will retake the building, the minister said.", "ST001") == [("“", 1, ())]
    run_on = "“We will retake the building floor by floor.\n\n“Then we will leave,” the minister said."
    assert _found(run_on, "ST001") == []
    assert _found("He said it was over.” Then he left.", "ST001") == [("”", 1, ())]
    # A bill's clauses, each opening with “, run into one paragraph: one slip, reported once.
    bill = "The bill adds: “SEC. 104. OFFICE. “(a) Establishment.—There is an Office. “(b) Staff.—The head."
    assert [c for c, _, _ in _found(bill, "ST001")] == ["“"]
    # Two stand-ins in a row are two slips.
    text = '“We will win." “They cannot stop us." The minister left.'
    assert _found(text, "ST001") == [('"', 1, ("”",)), ('"', 1, ("”",))]


def test_a_straight_mark_standing_in_for_a_curly_one_is_pointed_at() -> None:
    text = '“Their criticisms have gone beyond disagreement," he said.'
    assert _found(text, "ST001") == [('"', 1, ("”",))]
    text = 'Gray was "intentionally trying to injure himself.” But he left.'
    assert _found(text, "ST001") == [('"', 1, ("“",))]
    # Straight marks nested inside curly ones are a quote within the quote, not a stand-in.
    assert _found('“He called it "nonsense" today, the minister said.', "ST001") == [("“", 1, ())]
    # The stand-in is found among other straight marks: the first that closes.
    text = '“The year ends," Jessica Caldwell said. "Shoppers can look forward to it."'
    assert _found(text, "ST001") == [('"', 1, ("”",))]
    assert _found(text, "AT002") == []  # and the quote it closes has its source
    # Two single marks closing a double quote, the wire's '' in curly form.
    text = "Marchers left. “Violence creates nothing; it only destroys,’’ the pastor said."
    assert _found(text, "ST001") == [("’’", 1, ("”",))]
    assert _found(text, "AT002") == []
    # ... and in straight form, the next quote opened with the wire's ``.
    text = "“We're working on it all,'' Martin said at 9:15 a.m. ``Most of them are up and running now.''"
    assert _found(text, "ST001") == [("''", 1, ("”",))]
    assert _found(text, "AT002") == []
    # A closing mark typed where the quote opens.
    text = "Link with people who have a ”mutual mindset”, meaning reciprocity."
    assert _found(text, "ST001") == [("”", 1, ("“",))]
    # ... also after an invisible direction mark pasted from a social post.
    text = "\u202a”Sorry Sarah, you should have said it!” posted Sharon Geyer."
    assert _found(text, "ST001") == [("”", 1, ("“",))]
    # ... and an opening mark typed where it closes.
    text = "Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked."
    assert _found(text, "ST001") == [("“", 1, ("”",))]
    text = "The study ran under the title “A detached black hole in NGC 3201“. It was led by Giesers."
    assert _found(text, "ST001") == [("“", 1, ("”",))]
    text = "“Staff may have said, ‘Just in case, you can’t plan,’’ McCurry told Politico."
    assert _found(text, "ST001") == [("’’", 1, ("’”",))]


def test_an_inch_mark_is_not_a_closing_quote() -> None:
    text = "It would be nice if Apple switched to a 14” MacBook Pro like the 16” model."
    assert _found(text, "ST001") == []
    assert _found("He said it was over at 10.” Then he left.", "ST001") == [("”", 1, ())]


def test_a_quote_inside_a_quote_in_double_marks_is_one_finding() -> None:
    text = "Zornick wrote, “You must care even when “your team” needs it. Otherwise it rings false.” He left."
    assert _found(text, "ST001") == [("“your team”", 1, ("‘your team’",))]
    # Two quotes in a row, the first unclosed, are not a nest: the second closes once.
    assert _found("“We will win, he said. “We will,” she said.", "ST001") == [("“", 1, ())]


def test_an_opening_mark_typed_for_an_apostrophe() -> None:
    text = "Bin Laden warned Iraq‘s Sunni Arabs. He said he didn‘t care about Pakistan‘s government."
    assert _found(text, "ST001") == [("‘", 1, ("’",))] * 3
    # A transliteration's mark for ayin, and quoted words, are no apostrophe.
    assert _found("The Shi‘ites met. He called it ‘the last stand’ and left.", "ST001") == []


def _straight(text: str) -> list[tuple[int, int, str]]:
    return [
        (d.line, d.column, "never" if "never" in d.message else "nothing")
        for d in check_text(text, path="a.txt", select=["ST001"])
    ]


def test_straight_quotes_left_open_or_closing_nothing() -> None:
    # A quote opened and never closed, and a closing mark with nothing open.
    assert _straight('Hughes said. "I would find it very hard to justify.\n\nHe left.') == [(1, 14, "never")]
    assert _straight('He golfs with a "hunky" 20-something guy" who is no member.') == [(1, 41, "nothing")]
    # A quote inside a quote written with double marks: the outer one's close closes nothing.
    assert _straight('It wrote: "The problem is the "salt" side of it."') == [(1, 49, "nothing")]


def test_straight_quotes_balanced_in_their_conventions() -> None:
    # Paragraphs run together (the BBC's files), and a quote that runs on into the next paragraph.
    assert _straight('"We went out. "Then we came back," he said. "It was fine," she added.') == []
    assert _straight('"We went out.\n\n"Then we came back," he said.') == []
    # A line break inside a quote (a scraped page), and a closing mark alone on its line.
    assert _straight('He said: "We will\nwin," and left.') == []
    assert _straight('She said: "I had a great time.\n"\nThe show ends tonight.') == []
    # Inch marks, an attribute's value, a word glued to the quote by a missing space.
    assert _straight('A 15" screen, a 13" one and 14", 15.4" and 16" models.') == []
    assert _straight('<tweet id="7604" author="@brianefallon">Even for him</tweet>') == []
    assert _straight('He arrived on the red carpet."It is very loud," he told the BBC.') == []
    # A no-break space before the opening mark, as pasted web text has.
    assert _straight('He said the jobs number was a\u00a0"bombshell." Then he left.') == []
