"""The boilerplate family on shapes taken from scraped pages."""

from __future__ import annotations

import pytest

from copydesk import check_text, read_text

PARA = (
    "Malian troops stormed the Radisson Blu hotel in Bamako on Friday to end a siege by gunmen, "
    "officials said."
)
PARA2 = (
    "Security forces mounted an operation to retake the building floor by floor, the minister told reporters."
)


def _codes(text: str, select: str = "BP", path: str = "a.txt") -> list[tuple[str, str]]:
    return [
        (d.code, text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1])
        for d in check_text(text, path=path, select=[select])
    ]


@pytest.mark.parametrize(
    "junk",
    [
        "Advertisement",
        "Continue reading the main story",
        "Subscribe to Canada Free Press for FREE",
        "Facebook Twitter Email",
        "Google Pinterest Digg Linkedin Reddit Stumbleupon Print Delicious Pocket Tumblr",
        "Like this story? Share it with a friend!",
        "Copyright © 2019 Press TV. All rights reserved.",
        "Featured image via Twitter",
        "Image 1 of 23",
        "Read More @ HarveyOrganBlog.com",
        "Filed Under: Eastern Equine Encephalitis , EEE , health",
        "Story Tools: E-MAIL | PRINT | Text Size: S M L XL | REPORT TYPO",
        "Click here to bet on football with Sky Bet!",
        "Share to twitter",
        "Sharing is caring!",
        "DH Newsletter Privacy Policy Get top news in your inbox daily",
        "An email with an activation link has just been sent to your email address.",
        "Thanks for watching!",
        "Next Up In Tech",
        "Why you can trust Sky News",
        "Published 7:07 PM EST Nov 19, 2019",
        "2 days ago at 08:58 am",
        "November 18, 2019 11:03 PM",
        "| UPDATED: 11:05, Tue, Nov 19, 2019",
        "First published on November 19, 2019 / 8:16 AM",
        "FILE PHOTO: Traders work on the floor at the New York Stock Exchange.",
        "New York State Sex Offender Registry via AP",
        "SOURCE: News agencies",
        "Subscribe to WIRED and stay smart with more of your favorite Ideas writers.",
        "Explore further",
        "The material on this site may not be reproduced, distributed or cached.",
        "Rate This Article:",
        "Share This Story",
        "Buy a copy of this picture.",
        "Choose text size",
        "View Larger Image",
        "View all articles by Canadian Blood Services",
        "Comments ( No comments posted. )",
        "Sign up for free Miami Dolphins news sent to your cell.",
        "Get latest headlines via RSS feeds",
        "Photos: Sunday's best",
        "More: Updated FedExCup points",
        "John Raoux/Associated Press",
        "2008-01-15 20:04:13 -",
        "Advert",
        "Photo: Ringo H.W. Chiu, AP",
        "Image: iFixit",
        "Video",
        "Topics:",
        "Scores: Top 25 | All Div. I-A",
        "Print Story | Email Story",
        "By Allen Bernard | CIO.com",
        "Powered by Wordpress | Log in | Dashboard",
        "Share this:",
        "Rating: 10 Votes",
        "Quotes delayed at least 15 minutes.",
        "Enlarge Image",
        "Nov 19, 2019 at 9:08 GMT",
        "Wednesday 20 November 2019 9:22 am",
        "· Updated:",
        "DON'T MISS",
        "Quick Links",
        "Sign Up",
        "Share via Email",
        "View all (23)",
        "Order Reprints",
        "Thanks for signing up!",
        "Stay up to date with Ascom.",
        "This site is protected by recaptcha  Privacy Policy  |  Terms of Service",
        "Privacy Policy , Terms of Use",
        "Updated an hour ago",
        "Back to Gallery",
        "Go to The Quad Blog »",
        "Should significant others be excluded from the family photo? »",
        "Submit your questions for Post reporter Edgar Thompson.",
        "Check headlines, photos, video and Web exclusives.",
        "Get the latest news, photos and more for S. Fla. teams.",
        "Get Arts and Entertainment Feeds",
        "Pick Six Newsletter",
        "Breaking News Emails",
        "More Great WIRED Stories",
        "Link: BBC NEWS | World | Europe | Sarkozy media strategy under scrutiny .",
        "You have been successfully subscribed!",
        "Want more deals? Join the IGN Deals Newsletter.",
        "Media playback is unsupported on your device",
        "This slideshow requires JavaScript.",
        "Leave a comment",
        "View Comments",
        "Text size",
        "Image 1 of / 4",
        "Wordcount: 717",
        "[automerge]1574096160[/automerge]",
        "Follow RT on",
        "Popular on IndieWire",
        "Top Local Stories",
        "Tags",
        "Author:",
        "By",
        "阅读简体中文版 閱讀繁體中文版",
        "Copyright @ 2019 The New Arab.",
        "Nov 18, 2019 @17:19 PM",
        "Wednesday 20 November 2019 11:42, UK",
        "Published Wed, Nov 20 20194:29 AM EST",
        # the page's HTML pasted as text, escaped or not
        '&lt;span data-mce-type="bookmark" class="mce_SELRES_start"&gt;&amp;#65279;&lt;/span&gt;',
        '[<a href="https://storify.com/case_face/rally" target="_blank">A Trump Rally in Greensboro</a>.]',
    ],
)
def test_template_lines_are_errors(junk: str) -> None:
    text = f"{PARA}\n\n{junk}\n\n{PARA2}"
    found = [d for d in check_text(text, path="a.txt", select=["BP003"]) if d.line == 3]
    assert found and found[0].severity.name == "ERROR", junk


def test_a_first_line_that_is_all_page_text_is_not_the_headline() -> None:
    """The first line is read as the headline, but page text it is all of
    ("Advertisement", "Continue reading the main story" above the story) is
    reported; a headline that only holds a page phrase is not."""
    for junk in ("Advertisement", "Continue reading the main story", "Follow Victor Davis Hanson on Twitter"):
        assert _codes(f"{junk}\n\n{PARA}\n\n{PARA2}", "BP003") == [("BP003", junk)], junk
    for headline in (
        "Watch the video that shocked the Senate",
        "Readers Subscribe To Print In Record Numbers",
    ):
        assert _codes(f"{headline}\n\n{PARA}\n\n{PARA2}", "BP003") == [], headline


def test_inline_fragment_and_ad_in_the_seed_shape() -> None:
    text = f"{PARA}\n\nofficial MintPress sponsor official MintPress sponsor\n\n{PARA2}"
    # The ad twice is one line to delete: one finding.
    expected = ("BP003", "official MintPress sponsor official MintPress sponsor")
    assert _codes(text, "BP003") == [expected]


def test_html_is_markup_in_markdown_and_page_text_in_plain_text() -> None:
    line = 'A <span class="lede">fresh</span> start for the council.'
    assert _codes(f"{PARA}\n\n{line}\n\n{PARA2}", "BP003") == [
        ("BP003", '<span class="lede">'),
        ("BP003", "</span>"),
    ]
    found = check_text(f"{PARA}\n\n{line}\n\n{PARA2}\n", path="a.md", select=["BP003"])
    assert found == []  # a Markdown file's own HTML: its reader keeps tags out of the prose


def test_quoted_words_are_left_alone() -> None:
    quote = "“Subscribe to our newsletter, follow us on Twitter,” the jihadist channel urged."
    text = f"{PARA}\n\n{quote}\n\n{PARA2}"
    assert _codes(text, "BP003") == []


def test_a_deck_under_a_score_line_and_a_broken_headline_are_header_not_junk() -> None:
    score = (
        "Windies seal historic win\n\nWest Indies 408 & 175; South Africa 195 & 260\n\n"
        "West Indies win by 128 runs"
    )
    assert _codes(f"{score}\n\n{PARA}\n\n{PARA2}", "BP003") == []
    broken = "Blood drive opens\n\nMake Your New Year's Resolution\n\nto Save Lives"
    assert _codes(f"{broken}\n\n{PARA}\n\n{PARA2}", "BP003") == []
    # A section link under the headline is still page text.
    section = "Modi to meet Amma over lunch today\n\n2008-01-14 00:40:17\n\nMore in South Asia news"
    assert _codes(f"{section}\n\n{PARA}\n\n{PARA2}", "BP003") == [
        ("BP003", "2008-01-14 00:40:17"),
        ("BP003", "More in South Asia news"),
    ]


def test_page_phrases_in_running_prose_are_left_alone() -> None:
    # "follow ... on Twitter" sells only with an account to follow, and
    # "more coverage of the story" is a sentence, not a link.
    for fine in (
        "Just because I follow you on Twitter, it doesn't mean you can sell me something.",
        "Click on any of these tiles for more coverage of the story.",
        "Drivers with full coverage of their cars paid less.",
        "For those who follow it in RSS feeds, the patch is out and the post is updated.",
        "When I tried to post a comment under a YouTube video, it showed my full name.",
        "So these 2 shares could be multibaggers, and he sold 10m shares in March.",
        "Stay up to date with the vaccine schedule, doctors say, because measles is spreading.",
        "The broker may earn a commission on each sale, the regulator said.",
        "Voters who sign up before Friday can vote by post.",
        "Facebook changed its privacy policy and its terms of service in May.",
        "The world is in a state in which, as Zygmunt Bauman says, «change is the only constant»",
        "Fans were asked to submit their questions, and to get the latest tickets before Friday.",
        "The firm will get a free upgrade, and readers can check the headlines on its site.",
        "More stories like this one will follow, and the newsletter says so.",
        "The new browser requires JavaScript developers to rethink their code.",
        "Users can enable JavaScript in the settings, the company said.",
        "Thousands are expected to join the union's newsletter drive, organisers said.",
        "Top stories on the agenda include tariffs, he said.",
        "Follow the money, she said, and you will find the donors.",
        "Reporters were told to leave a comment box blank.",
        # label patterns that a sentence may open with or hold
        "Paid posts on social media rose by a fifth last year, the report said.",
        "Sponsored by the state, the programme trains 400 nurses a year.",
        "Reprints of the book sold out within a week, the publisher said.",
        "Photos by the agency showed smoke rising over the city on Friday.",
        "Comments (made on Friday) angered the opposition, which walked out.",
        "Coca-Cola, an official Olympic sponsor since 1928, said it would review the deal.",
        "Police urged the public not to watch the video, which shows the attack.",
        "Critics said the page was a cookie policy dressed up as news.",
        "The photo credit went to a freelancer.",
        "The firm said it had lost its credit: lenders pulled out.",
    ):
        assert _codes(f"{PARA}\n\n{fine}\n\n{PARA2}", "BP003") == [], fine
    for junk in (
        "You should follow Thought Catalog on Twitter here.",
        "Follow me on Twitter or LinkedIn.",
        "Follow AP's full coverage of Brexit at https://apnews.com/Brexit",
        "Post a comment",
        "You must be logged in to post a comment.",
        "1.2K Shares",
        "345 shares | Tweet | Email",
        "Only £6.95 per trade, real-time price quotes, get a free trial now.",
        "Sponsored Content",
        "Promoted Stories by Taboola",
        "Sponsored by Acme Inc.",
        "Reprints & Permissions",
        "Comments (12)",
        "Staff photos by John Smith",
        "STAFF PHOTO BY KATHY ANDERSON Supriya Jindal with her youngest son outside their Kenner home.",
        "Watch the video above.",
        "Chris Christie talks about the damage he saw on his tour Watch video",
        "Cookie Policy",
        "Photo courtesy of the family",
        "A clouded out eclipse. Credit: Ian Musgrave.",
    ):
        assert _codes(f"{PARA}\n\n{junk}\n\n{PARA2}", "BP003") != [], junk


def test_a_link_lists_label_is_not_a_sentence_opening_with_its_words() -> None:
    for fine in (
        "Related charges were filed against him on Monday.",
        "Recommended doses were cut by half last year.",
        "Most popular among voters was the tax cut.",
        "More from the minister is expected later.",
        "Top stories on the agenda include tariffs, he said.",
    ):
        assert _codes(f"{PARA}\n\n{fine}\n\n{PARA2}", "BP003") == [], fine
    for label in (
        "Related Stories",
        "More from Sky News",
        "Most Viewed Articles",
        "TOP STORIES.",
        "You may also like...",
        "Most read in world news",
        "Read More About The Case",
    ):
        assert _codes(f"{PARA}\n\n{label}\n\n{PARA2}", "BP003") == [("BP003", label)], label


def test_a_longer_reading_of_page_text_takes_in_the_pieces_inside_it() -> None:
    line = (
        "Read more from Dana Milbank’s archive, follow him on Twitter "
        "or subscribe to his updates on Facebook."
    )
    assert _codes(f"{PARA}\n\n{line}\n\n{PARA2}", "BP003") == [("BP003", line)]
    # a caption's label glued onto the caption is reported without the caption's first letter
    glued = "Media captionJulian Assange being dragged from the Ecuadorean embassy in London"
    assert _codes(f"{PARA}\n\n{glued}\n\n{PARA2}", "BP003") == [("BP003", "Media caption")]


def test_a_date_alone_may_head_a_schedule() -> None:
    schedule = "Tuesday, January 15, 2008\n\nBrampton clinic, 10 a.m. to 2 p.m.\n\nSaturday, January 19, 2008"
    assert _codes(f"{PARA}\n\n{schedule}\n\n{PARA2}", "BP003") == []


def test_a_credit_is_reported_up_to_its_end() -> None:
    text = f"{PARA}\n\nA clouded out eclipse. Credit: Ian Musgrave.\n\n{PARA2}"
    assert ("BP003", "Credit: Ian Musgrave") in _codes(text, "BP003")


def test_courtesy_and_who_lent_the_picture_is_a_credit() -> None:
    for credit in ("Courtesy of European Southern Observatory", "Courtesy Google", "Getty", "Shutterstock"):
        assert ("BP003", credit) in _codes(f"{PARA}\n\n{credit}\n\n{PARA2}", "BP003"), credit
    # A sentence that opens with the word is no credit.
    text = f"{PARA}\n\nCourtesy of the Red Cross, the families were able to eat.\n\n{PARA2}"
    assert _codes(text, "BP003") == []


def test_a_photographer_and_an_agency_is_a_credit() -> None:
    caption = "Men in costumes joke around in Lan Kwai Fong, a nightlife area. (Kin Cheung/Associated Press)"
    assert ("BP003", "(Kin Cheung/Associated Press)") in _codes(f"{PARA}\n\n{caption}\n\n{PARA2}", "BP003")
    for credit in ("Jason Cipriani/ZDNet", "Carolyn Kaster / AP", "(Richard Lam/Canadian Press)"):
        assert ("BP003", credit) in _codes(f"{PARA}\n\n{credit}\n\n{PARA2}", "BP003"), credit
    # A slash between two things or two people in running prose, a list item, a byline up top: no credit.
    text = f"{PARA} The song (Lennon/McCartney) and the deal (Boris Johnson/Theresa May) failed."
    assert _codes(f"{text}\n\nTechnology Progress/Risk\n\n{PARA2}", "BP003") == []
    assert _codes(f"Gunmen storm hotel\n\nBy Stephen Bryen / American Thinker\n\n{PARA}\n\n{PARA2}") == []


def test_stray_short_lines_in_the_header_and_between_paragraphs() -> None:
    top = "Gunmen storm hotel in Bamako\n\nBy Jane Smith\n\nSnow, sleet possible Thursday morning"
    text = f"{top}\n\n{PARA}\n\n{PARA2}"
    assert ("BP003", "Snow, sleet possible Thursday morning") in _codes(text, "BP003")
    # A byline, a dateline and a standfirst under the headline belong in the header.
    header = (
        "Gunmen storm hotel in Bamako\n\nTroops end nine-hour siege as hostages are freed\n\n"
        "By Jane Smith\n\nBAMAKO, Mali --"
    )
    assert _codes(f"{header}\n\n{PARA}\n\n{PARA2}", "BP003") == []


@pytest.mark.parametrize(
    "credit", ["Political reporter", "AP Golf Writer", "The Associated Press", "Tacoma News Tribune"]
)
def test_the_writers_title_or_paper_under_a_byline_is_part_of_it(credit: str) -> None:
    text = f"Labour holds Selby seat\n\nBy Kate Whannel\n{credit}\n\n{PARA}\n\n{PARA2}"
    assert _codes(text, "BP003") == []


def test_a_note_to_the_reader_over_the_headline_leaves_the_header_as_it_is() -> None:
    note = "Correction: This story misstated the age of the victim."
    top = f"{note}\n\nThree charged over Glasgow stabbing\n\nPolice appeal after a busy night"
    text = f"{top}\n\n{PARA}\n\n{PARA2}"
    assert _codes(text, "BP003") == []


def test_under_a_byline_only_its_title_or_paper_is_spared() -> None:
    # A photo credit, a control or a second credit line under the first is still page text.
    for line, after in (
        ("AdChoices", "By Andrew Downie"),
        ("Email article", "By Ray Chesterton"),
        ("ELAINE THOMPSON Associated Press", "By John McGrath\nTacoma News Tribune"),
        ("Political reporter", "Troops end nine-hour siege as hostages are freed\n"),
    ):
        text = f"Labour holds Selby seat\n\n{after}\n{line}\n\n{PARA}\n\n{PARA2}"
        assert ("BP003", line) in _codes(text, "BP003"), line


def test_lists_and_markdown_subheadings_are_not_stray() -> None:
    rows = "2. Kagayama (Suzuki) 1'32.3\n\n3. Haga (Yamaha) 1'32.4\n\n4. Xaus (Ducati) 1'32.7"
    listing = f"{PARA}\n\n{rows}\n\n{PARA2}"
    assert _codes(listing) == []
    md = f"# Siege ends\n\n{PARA}\n\n## What Happened Inside The Hotel On Friday\n\n{PARA2}\n"
    assert _codes(md, path="a.md") == []


def test_one_paragraph_per_line_text_is_read_line_by_line() -> None:
    article = read_text(f"{PARA}\nAdvertisement\n{PARA2}\n", "a.txt")
    assert len(article.paragraphs) == 3
    wrapped = read_text(
        "Malian troops stormed the Radisson Blu hotel in Bamako on Friday to end\n"
        "a siege by gunmen in which at least 27 people were killed and 170 people\n"
        "were held hostage, officials said.\n",
        "a.txt",
    )
    assert len(wrapped.paragraphs) == 1


def test_a_credit_glued_onto_a_caption() -> None:
    caption = "The case was reported after a hunter ate a rabbitCredit: Getty - Contributor"
    text = f"{PARA}\n\n{caption}\n\n{PARA2}"
    assert ("BP003", "Credit: Getty - Contributor") in _codes(text, "BP003")  # the whole credit
    assert _codes(f"{PARA} The Credit Suisse board met: it agreed.", "BP003") == []


def test_glued_headline_and_credit() -> None:
    text = "Malian troops stormed a hotel in the capital.Gunmen Attack Resort in Mali's Bamako"
    assert _codes(text, "BP004") == [("BP004", "Gunmen Attack Resort in Mali's Bamako")]
    assert _codes("He didn't get it.Credit...Doug Mills", "BP") != []
    # A stop after the closing quote, a name with an apostrophe or a hyphen.
    for text, headline in (
        ('He called it "the most important work of my life".Abba reunite for musical premiere', "Abba"),
        ("Who they say they are when they are online.O'Gara revels in Ireland victory", "O'Gara"),
        ("It would have no impact on its business.E-University 'disgraceful waste'", "E-University"),
    ):
        ((_, found),) = _codes(text, "BP004")
        assert found.startswith(headline), text
    for fine in (
        "Prices start at $19.99 a month.",
        "Visit Bungie.Org, said the fan.",
        "Write to DearAbby.com today.",
        "Retailers rallied (e.g. Boohoo.Com (LON:BOO) and IQE).",
        "Read the article on the Russian version of Pravda.Ru US gets ready for war",
        "Write to Sarah.Needleman@wsj.com",
        "Read more on the site, www.LisaHaven.News today",
    ):
        assert _codes(fine, "BP004") == [], fine


def test_title_case_line_between_paragraphs() -> None:
    text = f"{PARA}\n\nMan Shot at Dallas Gas Station Dies at Hospital\n\n{PARA2}"
    assert _codes(text, "BP004") == [("BP004", "Man Shot at Dallas Gas Station Dies at Hospital")]
    subhead = f"{PARA}\n\nPower and Performance\n\n{PARA2}"
    assert _codes(subhead) == []
    # A line ending "," leads into the paragraph after it; a salutation too.
    lead_in = f"{PARA}\n\nAs Elsevier Reports in Its Latest Edition,\n\n{PARA2}"
    assert _codes(lead_in) == []
    assert _codes(f"{PARA}\n\nDear all,\n\n{PARA2}") == []


def test_repeated_phrase_keeps_idioms_and_names() -> None:
    assert _codes("It went on and on and on. She had had enough of Duran Duran.", "BP001") == []
    # A title that repeats itself, read from any of its words.
    assert _codes("The installation, entitled Jewels after Jewels after Jewels, opens today.", "BP001") == []
    assert _codes("It rained day after day after day.", "BP001") == []
    assert _codes("Democrats are going to have to have more in their toolbox.", "BP001") == []
    # A word, then the name it spells; sounds doubled on purpose.
    assert _codes('"Now you want to trump Trump on immigration," Rubio said.', "BP001") == []
    assert _codes("Hear hear. Some famous person, blah blah, tsk tsk.", "BP001") == []
    # An idiom, then its preposition again; a phrase with a preposition doubled is still a slip.
    assert _codes("They returned from time to time to check their email.", "BP001") == []
    assert _codes("The two worked hand in hand in terms of policy.", "BP001") == []
    text = "Funds were shared according to according to need."
    assert _codes(text, "BP001") == [("BP001", "according to according to")]
    assert _codes("“Good teams,” he said he said he told them.", "BP001") == [("BP001", "he said he said")]
    assert _codes("Troops stormed the the hotel.", "BP001") == [("BP001", "the the")]
    assert _codes("The the hotel was stormed.", "BP001") == [
        ("BP001", "The the")
    ]  # capitalised by the sentence


def test_duplicated_paragraph_and_sentence_but_not_list_items() -> None:
    text = f"{PARA}\n\n{PARA2}\n\n{PARA}"
    found = check_text(text, path="a.txt", select=["BP005"])
    assert [(d.line, d.related[0].line) for d in found] == [(5, 1)]
    recipe = (
        f"{PARA}\n\n1 cup rice, 2 eggs, ½ cup peas, 1 tsp. salt, 1 tbsp. oil\n\n{PARA2}\n\n"
        "1 cup rice, 2 eggs, ½ cup peas, 1 tsp. salt, 1 tbsp. oil"
    )
    assert _codes(recipe, "BP005") == []


def test_a_short_sentence_pasted_twice_in_a_row() -> None:
    twice = "Opponents said the city should have cut spending first."
    assert _codes(f"{PARA}\n\n{twice} {twice}\n\n{PARA2}", "BP005") == [("BP005", twice)]
    # Said twice on purpose: a few words, or inside a quote.
    assert _codes(f"{PARA}\n\nThe vote was close. The vote was close.\n\n{PARA2}", "BP005") == []
    chant = '"Never again, never again. Never again, never again," the crowd chanted.'
    assert _codes(f"{PARA}\n\n{chant}\n\n{PARA2}", "BP005") == []


def test_a_repeated_sentence_is_reported_whole() -> None:
    """Sentences are cut where they end, not after "Feb." or "U.S."; the
    wire's '' opens a sentence too."""
    sentence = "Nordea will impose the ban from Feb. 28, after the board agreed to take a stand, she said."
    text = f"{sentence} The bank had 31,500 staff.\n\nThe shares fell. {sentence}"
    assert _codes(text, "BP005") == [("BP005", sentence)]
    wire = "''We don't need any more of that in this campaign,'' she has said."
    first = '"We don\'t need any more of that in this campaign," she has said.'
    text = f"She will not overpromise. {first}\n\nAgain. {wire}"
    assert _codes(text, "BP005") == [("BP005", wire)]


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("The siege lasted TK hours.", "TK"),
        ("Officials said TKTK people were freed.", "TKTK"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
        ("The minister [INSERT QUOTE FROM MINISTER] arrived.", "[INSERT QUOTE FROM MINISTER]"),
        ("Read the report [link] for details.", "[link]"),
        ("Dear {{ first_name }}, the paper is late.", "{{ first_name }}"),
        ("The fund lost $XX million in the year.", "XX"),
    ],
)
def test_placeholders_are_errors(text: str, placeholder: str) -> None:
    assert _codes(text, "BP002") == [("BP002", placeholder)]


def test_placeholder_look_alikes_are_left_alone() -> None:
    for fine in (
        "He won by a TKO in the third round.",
        "PREMIUM FIRST FIX: $7.62\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\nSECOND FIX: $7.70",
        "The Tkachenko brothers signed, and the TK Maxx store opened.",
    ):
        assert _codes(fine, "BP002") == [], fine


def test_mojibake_with_repair() -> None:
    found = check_text("It was the worldâ€™s largest sale.", path="a.txt", select=["BP006"])
    assert [d.suggestions[0] for d in found] == ["world’s"]
    assert check_text("It was the world’s largest sale in Bogotá.", path="a.txt", select=["BP006"]) == []


def test_mojibake_of_utf8_read_as_mac_roman() -> None:
    text = "Wolfgang Sch√§uble said it was the world‚Äôs largest sale. The root √2 is irrational."
    found = check_text(text, path="a.txt", select=["BP006", "TY"])
    assert [(d.code, d.suggestions) for d in found] == [("BP006", ("Schäuble",)), ("BP006", ("world’s",))]


def test_a_story_pasted_twice_is_one_finding() -> None:
    paras = [
        PARA,
        PARA2,
        "The attackers shouted Allahu Akbar as they entered the hotel at dawn, a witness said.",
    ]
    text = "\n\n".join([*paras, "By Jane Smith, Associated Press", *paras])
    found = check_text(text, path="a.txt", select=["BP005"])
    assert [(d.line, d.end_line, d.related[0].line) for d in found] == [(9, 13, 1)]
    assert "these paragraphs" in found[0].message
    # Two repeats apart from each other stay two findings.
    apart = "\n\n".join([PARA, PARA2, paras[2], PARA, "A short note here.", paras[2]])
    assert [d.line for d in check_text(apart, path="a.txt", select=["BP005"])] == [7, 11]


def test_a_whole_sentence_after_a_missing_space_is_not_a_headline() -> None:
    slip = (
        "While he's a clown, he's a populist and that's always dangerous.The man clearly has an "
        "enormous ego, and that seems to be one of the factors in success."
    )
    assert _codes(slip, "BP004") == []
    # A glued headline has no full stop, and a question headline is still one.
    assert _codes("Troops stormed the hotel.Is This the End of the Siege?", "BP004") != []
    assert _codes("Troops stormed the hotel.Ofcom fines BBC over phone-in", "BP004") != []


def test_a_subheading_that_repeats_the_story_is_not_another_headline() -> None:
    before = "I have used the keyboard for a month, and it is the best way to improve existing hardware."
    after = (
        "Keyboard case maker Brydge had to go back to the drawing board when Apple redesigned the "
        "iPad Pro last year, and the result is worth the wait."
    )
    text = f"{before}\n\nBrydge Pro Keyboard for the iPad Pro\n\n{after}"
    assert _codes(text, "BP004") == []
    other = f"{before}\n\nFort Worth May Dry Human Waste and Sell It as Fertilizer\n\n{after}"
    assert _codes(other, "BP004") != []


def test_a_subheading_echoed_further_down_or_across_the_article_is_not_another_headline() -> None:
    # Its words come back in the section a few paragraphs down, as plurals,
    # or all over the article; a question word or pronoun is no echo.
    lens = (
        "Lenses for your digital camera are an investment. Just how do you know which to choose?\n\n"
        "The best way is to look at the sample images first."
    )
    assert _codes(f"{PARA}\n\nWhat to Look for in a Lens\n\n{lens}", "BP004") == []
    odds = "Smoking raises the odds of cancer. Needing care late in life is what I fear; odds can be lower."
    text = f"{odds}\n\n{PARA}\n\nHow to Lower Your Odds of Needing Insurance\n\n{PARA2}"
    assert _codes(text, "BP004") == []
    other = f"{odds}\n\n{PARA}\n\nWhat You Need to Know About the Falcon Launch\n\n{PARA2}"
    assert _codes(other, "BP004") != []
    caption = f"{PARA}\n\n(Mary, me, Genna, Meghan, Kat, Diana and Beka)\n\n{PARA2}"
    assert _codes(caption, "BP004") == []


def test_score_lines_are_a_table_but_datelines_are_page_text() -> None:
    scores = "Palm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 — 44\n\nPalm Bay 18 22 13 17 — 70"
    assert _codes(f"{scores}\n\n{PARA}\n\n{PARA2}", "BP003") == []
    result = "More authority needed\n\nPublished on 14/01/2008\n\nDoncaster Rovers 1 Carlisle United 0"
    found = _codes(f"{result}\n\n{PARA}\n\n{PARA2}", "BP003")
    assert ("BP003", "Published on 14/01/2008") in found  # a time stamp is page text
    assert ("BP003", "Doncaster Rovers 1 Carlisle United 0") not in found
    stamp = "Gunmen storm hotel in Bamako\n\nBy Jane Smith\n\n18 Nov 2019, 19:09"
    assert _codes(f"{stamp}\n\n{PARA}\n\n{PARA2}", "BP003") != []


def test_a_template_label_takes_its_line() -> None:
    """ "Related: <headline>", "Filed under: ..." : the label's whole line is
    page text, and the finding covers what the editor deletes."""
    text = f"{PARA}\n\nRelated: The 15 Weirdest Galaxies in Our Universe\n\n{PARA2}"
    assert _codes(text, "BP003") == [("BP003", "Related: The 15 Weirdest Galaxies in Our Universe")]
    text = f"{PARA}\n\n{PARA2}\nFiled under: democracy, Regime Change | 1 Comment »"
    assert ("BP003", "Filed under: democracy, Regime Change | 1 Comment »") in _codes(text, "BP003")
    # The BBC's picture credit over a photo: the whole line, not only the agency's name.
    for credit in ("Image copyright Getty Images", "Image copyright EPA", "Picture copyright PA Media"):
        assert _codes(f"{PARA}\n\n{credit}\n\n{PARA2}", "BP003") == [("BP003", credit)], credit
    # Nor are the rows of a plain-text table.
    table = "Labour | 12 seats | 2 gained\nGreen | 3 seats | 1 lost\n\nLib Dem | 0 seats | 4 lost"
    assert _codes(f"{PARA}\n\n{table}\n\n{PARA2}", "BP003") == []
    # Nor an event's dates, though pages' numbers are.
    assert _codes(f"{PARA}\n\n29 November 2018 | 20 January 2019\n\n{PARA2}", "BP003") == []
    assert _codes(f"{PARA}\n\nPage 1 | 2 | 3 | Next\n\n{PARA2}", "BP003") == [
        ("BP003", "Page 1 | 2 | 3 | Next")
    ]
    # A pipe between sentences of prose is no navigation bar.
    piped = "The minister said the vote was a disaster for the party | and then he left the room in silence."
    assert _codes(f"{PARA}\n\n{piped}\n\n{PARA2}", "BP003") == []
    prose = "Image copyright law is a maze for photographers, lawyers say."
    assert _codes(f"{PARA}\n\n{prose}\n\n{PARA2}", "BP003") == []


def test_page_text_opening_a_line_takes_what_is_left_of_it() -> None:
    """A credit's label ("Photo credit: ..."), a word or two left after page
    text ("Related Posts", "Follow ... on Twitter @handle.") go with it; a
    sentence going on after the page text does not."""
    cases = {
        "Photo credit: Funky64 via photopin cc": "Photo credit: Funky64 via photopin cc",
        "Follow Pam Key on Twitter @pamkeyNEN.": "Follow Pam Key on Twitter @pamkeyNEN.",
        "Related Posts": "Related Posts",
        "Click here to see some of the success stories.": "Click here to see some of the success stories.",
        "Follow him on Twitter @RaulAReyes. The opinions expressed are his own.": (
            "Follow him on Twitter @RaulAReyes."
        ),
    }
    for line, reported in cases.items():
        assert _codes(f"{PARA}\n\n{line}\n\n{PARA2}", "BP003") == [("BP003", reported)], line


def test_page_text_cut_off_mid_phrase_takes_its_sentence() -> None:
    """A match that stops on "our", "by" or "on" left its phrase unfinished:
    the finding runs to the end of its sentence, what the editor deletes."""
    cases = {
        "Subscribe to our podcast at iTunes.": "Subscribe to our podcast at iTunes.",
        "Photo by Money Sharma/European Pressphoto Association via New York Times.": (
            "Photo by Money Sharma/European Pressphoto Association via New York Times."
        ),
        "Stay up to date with Ascom.  Subscribe to our newsletter.": "Subscribe to our newsletter.",
        f"{PARA2} For more, visit the site or follow us on Facebook at Facebook.com/CMSA.": (
            "follow us on Facebook at Facebook.com/CMSA."
        ),
        # The site's word to the reader is a sentence of its own.
        "If you buy something through this post, IGN may get a share of the sale. For more, learn more.": (
            "If you buy something through this post, IGN may get a share of the sale."
        ),
        f"{PARA2} We may earn a commission from links on this page.": (
            "We may earn a commission from links on this page."
        ),
        "Letters are welcome. We’d like to hear what you think about this or any of our articles.": (
            "We’d like to hear what you think about this or any of our articles."
        ),
        # A sign-up form's consent or error message.
        'I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.': (
            'I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.'
        ),
        "There was a problem subscribing you to the newsletter. Double check your email and try again.": (
            "There was a problem subscribing you to the newsletter."
        ),
        "By subscribing I accept the terms of use": "By subscribing I accept the terms of use",
    }
    for line, reported in cases.items():
        assert ("BP003", reported) in _codes(f"{PARA}\n\n{line}\n\n{PARA2}", "BP003"), line
    # A long sentence after it is not the page's: the match alone is reported.
    long = "Subscribe to our " + " ".join(["rolling"] * 25) + " coverage."
    assert _codes(f"{PARA}\n\n{long}\n\n{PARA2}", "BP003") == [("BP003", "Subscribe to our")]


def test_pieces_of_page_text_side_by_side_are_one_finding() -> None:
    """A copyright notice the patterns see as two pieces is one line to delete."""
    for line in ("© 2026 Reuters. All rights reserved.", "Copyright © 2019 Press TV. All rights reserved."):
        assert _codes(f"{PARA}\n\n{line}\n\n{PARA2}", "BP003") == [("BP003", line)], line
    # ... with the stop that ends it, when more text follows on its line.
    notice = "© 2019 Associated Press. All Rights Reserved."
    text = f"{PARA}\n\n{notice} This material may not be published.\n\n{PARA2}"
    assert ("BP003", notice) in _codes(text, "BP003")
    # Story text between two pieces keeps them apart.
    text = f"{PARA}\n\nAdvertisement - The mayor said the river rose. Subscribe to our newsletter.\n\n{PARA2}"
    assert len(_codes(text, "BP003")) == 2


def test_a_whole_line_of_page_text_in_markdown_covers_its_markup() -> None:
    """The editor deletes the line: a link's target and a list's bullet go too."""
    text = (
        f"{PARA}\n\nRead more: [Gunmen attack resort in Bamako](https://example.org/mali)\n\n"
        f"- [Subscribe to our newsletter](https://example.org/sub)\n\n{PARA2}\n"
    )
    assert _codes(text, "BP003", path="a.md") == [
        ("BP003", "Read more: [Gunmen attack resort in Bamako](https://example.org/mali)"),
        ("BP003", "- [Subscribe to our newsletter](https://example.org/sub)"),
    ]
    # Inside a line, only the text itself is marked.
    text = f"{PARA} For the full report, [click here](https://example.org/sub).\n\n{PARA2}\n"
    assert _codes(text, "BP003", path="a.md") == [("BP003", "click here")]
    # A sentence of page text that runs past a link covers the link whole.
    text = f"{PARA} [Click here](https://example.org/sub) to read the report.\n\n{PARA2}\n"
    assert _codes(text, "BP003", path="a.md") == [
        ("BP003", "[Click here](https://example.org/sub) to read the report.")
    ]


def _spans(text: str, path: str = "a.txt") -> list[tuple[int, int, str]]:
    return [(d.line, d.end_line, d.message) for d in check_text(text, path=path, select=["BP003"])]


def test_a_share_bar_one_button_a_line_is_one_finding() -> None:
    """A page's buttons, one a line with blank lines between or not, are
    one block to delete; a line of sites alone only beside a label."""
    bar = "Share this:\nFacebook\nTwitter\n\nEmail\nPrint"
    assert _spans(f"{PARA}\n{bar}\n{PARA2}") == [
        (2, 7, "page or ad text: “Share this: Facebook Twitter Email Print”")
    ]
    gallery = "Enlarge Image\nClose\nReuters"
    assert _spans(f"{PARA}\n{gallery}\n{PARA2}")[0][:2] == (2, 3)
    # Beside page text the patterns find ("Image 1 of 23"), a label goes with it.
    assert _spans(f"Close\nImage 1 of 23\n{PARA}\n{PARA2}") == [
        (1, 2, "page or ad text: “Close Image 1 of 23”")
    ]
    # In Markdown the lines are one paragraph, still one finding.
    assert _spans(f"{PARA}\n\n{bar}\n\n{PARA2}\n", path="a.md")[0][:2] == (3, 8)


def test_networks_the_story_lists_are_not_a_share_bar() -> None:
    """A how-to's headings or a list of networks have no button's label."""
    howto = f"{PARA}\n\nFacebook\n\nClick the arrow at the top right of any page.\n\nTwitter\n\n{PARA2}"
    assert _spans(howto) == []
    listed = f"{PARA} These are the networks it used:\nFacebook\nTwitter\nInstagram\n\n{PARA2}"
    assert _spans(listed) == []
    # A label alone is not a run: "More" closing a paragraph's list is left to the patterns.
    assert _spans(f"{PARA}\n\nFacebook\n\n{PARA2}") == []


def test_junk_inside_other_junk_is_one_finding() -> None:
    """The editor deletes the outer text and the inner goes with it: a
    credit inside a glued caption, a "Related:" headline both rules see, a
    "Click here" in a repeated paragraph."""
    caption = "Trump asked voters for a big win. He didn’t get it.Credit...Doug Mills/The New York Times"
    glued = f"{PARA}\n\n{caption}\n\n{PARA2}"
    assert [c for c, _ in _codes(glued)] == ["BP004"]
    related = f"{PARA}\n\nRelated: Possible Water Plumes on Europa: The Discovery in Images\n\n{PARA2}"
    assert _codes(related) == [("BP003", "Related: Possible Water Plumes on Europa: The Discovery in Images")]
    promo = (
        "OM Times covers the full spectrum of conscious living and wellness news. "
        "Click here to see all we share."
    )
    repeated = f"{promo}\n\n{PARA}\n\n{promo}\n\n{PARA2}"
    assert [c for c, _ in _codes(repeated)] == ["BP003", "BP005"]
    # With the outer rule off, the inner one is reported.
    assert [c for c, _ in _codes(glued, "BP003")] == ["BP003"]
