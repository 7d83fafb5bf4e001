"""The attribution family on real sentence shapes (the trained pipeline runs)."""

from __future__ import annotations

import json

import pytest

from copydesk import Config, Linter, attribution, check_text, read_text
from tests.conftest import SEED_000, run_cli


def _found(text: str, code: str) -> list[str]:
    return [
        text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]
        for d in check_text(text, path="a.txt", select=[code])
    ]


def _sourced_or_reported(sourced: tuple[str, ...], reported: tuple[tuple[str, str], ...]) -> None:
    """AT002 leaves each text of ``sourced`` alone and reports just the quote
    given with each text of ``reported``."""
    for text in sourced:
        assert _found(text, "AT002") == [], text
    for text, quote in reported:
        assert _found(text, "AT002") == [quote], text


@pytest.mark.parametrize(
    "text",
    [
        "“We will retake the building,” the minister said.",  # cue after
        "The minister said: “We will retake the building.”",  # colon lead-in
        "According to the minister, “the building is secure now”.",  # according to
        "Andrea de Georgio quoted officials as saying “two people were killed there”.",
        "“The operation is ongoing,” said spokesman Stephane Dujarric. “We are watching it.”",
        "“We will retake the building,\n\n“and then we will leave,” the minister said.",  # run-on quote
        "He praised the “golden rule” of borrowing only to invest.",  # a term
        "It will give the forums another “Is he doped?” debate.",  # a question named, not asked
        "They watched “Star Wars” on Friday.",  # a title
        "Clinton and Trump spoke at an NBC “commander-in-chief” forum.",  # one word marked
        "Facebook has moved from denial to a “we're looking into it” stance.",  # describes a noun
        "A placard outside the ballroom read, “Trump, think BIG.”",  # written words
        "“If they can afford it,” the playbook advised, “don't allow them to think of anything else.”",
        "McCain prodded the candidates to “think about Ronald Reagan and his campaigns.”",
        "The state launched an anti-drug campaign with the slogan “Meth, we're on it.”",  # words named
        'The state had a new campaign. The tagline? "Meth. We are on it."',  # named after a question
        "It has earned the nickname of “bird fancier’s lung.”",
        # a question named as such
        "While every company will have a different CSR journey, the starting question of “how can we help?”"
        " for all organizations remains the same.",
        "The public can try an application, named “Make your Arrangements”, on tablets.",
        "DH is behind the Washington Healthcare Authority’s Opioid Prevention campaign “Starts with one.”",
        "One of the habits – “Put first things first”, keeps me on track.",
        "McDonald's golden arches and “I'm loving it” catchphrase will be used throughout.",
        "Safety John Lynch turned to his coach and wondered, “Are you sure this is a real tape?”",
        "The cast has three problems.\n\n7. “The Giuliani problem”\n\nHe talks too much.",  # a heading
        # the parser reads "Arnetz" as an adverb; the recogniser knows a person
        '"The ones who were exposed reported headaches, it took longer for them to fall asleep and they'
        ' did not sleep as well through the night," Arnetz said.',
        "Phrases like, “Drain the swamp!” are everywhere on social media.",
        "He published a column in The Daily Beast, entitled, “Why Electing Hillary Matters More Than Ever.”",
        # a control's or a sign's words
        "They will not work with Sprint (search for “Fully Unlocked iPhones” for those phones).",
        "Click “Save changes” and then select “Publish now” to finish the post.",
        "Protesters carried a sign reading “No more war” through the streets.",
        "The firm is behind the state's Opioid Prevention campaign “Starts with one.”",
        "\"Everyone is getting better,'' Goydos said. \"If you're better, you are a better player.''",  # wire
        "“It’s been what, 50 years since the last one?” queried Florida native Toby Hartford.",
        "In 2008 she assured a crowd that they had made cracks in ''the highest, hardest glass ceiling.''",
        "''Back then,'' he chuckled, ''nobody gave players eye exams.''",
        'When my ears hear the words "there will be blood," horror films come to mind.',
        "Per court documents, “the abuse lasted for many years.”",  # "per" as "according to"
        # The parser reads "running" as a verb and leaves "said" without a subject.
        "“It was fun,” said running back Rashard Mendenhall, “and we won it.”",
        # A remark's owner is its source.
        "Madeleine Albright caused a stir with her remark that “there’s a special place in hell for them.”",
        "Trump's claim that “millions voted illegally” was false.",
        "Prince Andrew's effort contradicts his claim in the same interview that the pair were “not close”.",
        "The limit went up, despite Obama's 2006 statement on the Senate floor: “Raising it is a failure.”",
        "Nothing backs Trump’s recent commentary that “It could be Russia. It could be some guy in Jersey.”",
        "The senator's complaint that the bill was “written in the dark” went unanswered.",
        # ... and so is whom it came from.
        "The email contradicts 2013 comments from Leon Panetta that “time prevented a quicker response.”",
        # A tag the parser cut off after a "?": what was asked is the quote, not the spokesman.
        '"Why didn\'t you go back?" a reporter asked Operation Inherent Resolve spokesman Col. Steve Warren.',
        # ... and so is a statement's that "is" or "was" its words.
        "Rotary has 1.2 million members. Their mission statement is to “combat hunger and promote peace”.",
        "She's gotten away from her answer in the debate that she's \"a progressive who gets things done.\"",
        "The senator was asked about the plan. His reply was: “We will not support it in any form.”",
        # A cue the parser read as a noun compounded with its subject.
        "The Sanders campaign projects that “imposing a tax of a fraction of a percent” would raise a lot.",
        "Youtube uploader thornews reports “It is cold then it is hot. Get ready for a cold December.”",
        # ... or read as the noun of a phrase that tags the quote before it.
        "Lawyers filed a brief. “Children are to be accorded special protections,” the brief states.",
        # A possessive owns the words a word for something said follows.
        "The rhetoric is the most militant since Hillary Clinton’s famous “we came, we saw, he died” moment.",
        # A dash with no space before the quote: the cue is its own token.
        "Putting a fine point on it, Bayh stated—“After all these years, my passion is undiminished.”",
        # A statement's words are its issuer's.
        "Merkley issued a statement Sunday calling the accord “the best available strategy we have.”",
        # ", writing “...”" whose link the parser lost; a speech's prepared words.
        "Band member Flea shared the news on social media last week, writing “Feels great to support someone"
        " I believe in. The Rhcp offered to give him the money.”",
        '"Our values demand that we remain engaged in often distant places," Bush will say on Monday.',
        # A work's title after its kind, or in title case however long.
        "He is the author of a new book, “Far From the Tree: Parents, Children and the Search for Identity.”",
        "They sang “Far From the Tree: Parents, Children and the Search for Identity” at the end.",
        # An inverted cue whose speakers the parser made its object.
        "“We read these results as evidence of common interest,” write the authors, Stefano Gagliarducci"
        " and Daniele Paserman.",
    ],
)
def test_attributed_or_not_a_quote(text: str) -> None:
    assert _found(text, "AT002") == []


def test_a_possessive_before_a_term_is_no_speaker() -> None:
    text = "His daughter kept Graceland and many of her father's “personal effects and papers” after he died."
    assert _found(text, "AT002") == ["“personal effects and papers”"]


def test_a_quote_naming_a_campaign_is_mentioned() -> None:
    text = "South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash."
    assert _found(text, "AT002") == []
    # ... but the campaign after "said" is a speaker, and it is named.
    assert _found("“We will win this fight,” said the campaign.", "AT002") == []
    assert _found("Outside the hall, “we will win this fight” was painted on a wall.", "AT002") != []


def test_a_name_given_in_the_passive_is_mentioned() -> None:
    text = (
        "When the substance is feathers in a duvet, the illness is called “feather duvet lung.” "
        "On a bird, the term often used is “bird fancier’s lung.”"
    )
    assert _found(text, "AT002") == []
    # ... and so is the name when it comes back.
    again = text + " Keep in mind that conditions like “feather duvet lung” are rare."
    assert _found(again, "AT002") == []
    # The name given by someone is their words.
    assert _found("Critics have called the plan “a disaster waiting to happen”.", "AT002") == []


def test_a_term_being_defined_is_mentioned() -> None:
    text = (
        "(c) “Solar flare” means a brief eruption of intense energy on or near the Sun’s surface.\n\n"
        "(d) “Solar energetic particles” means ions and electrons ejected from the Sun.\n\n"
        "In the order, “a large solar storm” refers to one that knocks out the grid."
    )
    assert _found(text, "AT002") == []
    # Words said and then explained are still someone's words.
    text = "Troops will clear it “floor by floor, room by room, until all are dead”, which means days."
    assert _found(text, "AT002") != []


def test_items_of_a_list_of_mentioned_words_are_mentioned() -> None:
    text = (
        "Flowery slogans like “options are fundamental to the American Dream,” and "
        "“Economic diversity is the path to better outcomes” cover up the downsides."
    )
    assert _found(text, "AT002") == []
    text = "Reviews weighed more heavily on the “it will do” to “this is truly terrible” range."
    assert _found(text, "AT002") == []
    text = "Mills forwards an email with the subject line “Photo gone viral!” that shows the image."
    assert _found(text, "AT002") == []
    text = (
        "He sent an article that included the line “Ever since Obama announced a pivot, policy has thrived.”"
    )
    assert _found(text, "AT002") == []
    # Two quotes in one sentence but no list: the second is someone's words.
    text = "Slogans like “options are fundamental” abound, but “we will never build it” was heard too."
    assert _found(text, "AT002") == ["“we will never build it”"]


def test_two_quoted_words_are_listed_not_warned() -> None:
    text = "Factories saw a rise in “new orders” this month. Troops will clear the hotel “floor by floor”."
    diagnostics = check_text(text, path="a.txt", select=["AT002"])
    found = [(d.severity.name, d.message.split(":")[0]) for d in diagnostics]
    assert found == [("INFO", "two quoted words with no source"), ("WARNING", "quote with no source")]
    # Spaces some pages put inside the marks are not words.
    text = (
        "Football food is “ comfort food ” — pizza, wings and dips. Clinton spoke at a “ town-hall ” forum."
    )
    diagnostics = check_text(text, path="a.txt", select=["AT002"])
    assert [(d.severity.name, d.message.split(":")[0]) for d in diagnostics] == [
        ("INFO", "two quoted words with no source")
    ]


def test_unattributed_quotes() -> None:
    text = "Troops mounted an operation to retake the building “floor by floor”."
    assert _found(text, "AT002") == ["“floor by floor”"]
    text = "The siege ended at noon.\n\nTroops left. “It is over now for good.”"
    assert _found(text, "AT002") == ["“It is over now for good.”"]
    # "per" names a source only where "according to" could stand.
    text = "Petrol rose to $5 per gallon, “a disaster for drivers.”"
    assert _found(text, "AT002") == ["“a disaster for drivers.”"]
    # A name after a cue is its source only where the quote's own comma shows an inversion.
    text = (
        "The warm reception Chinese leaders extended to their Vietnamese “comrades and brothers”"
        " indicates that Beijing is also highly valuing Hanoi."
    )
    assert _found(text, "AT002") == ["“comrades and brothers”"]
    # A quote alone on its line is speech when it reads as a sentence, not a heading.
    text = "The meeting began late.\n\n“Pamela, why are we talking about leadership?”"
    assert _found(text, "AT002") == ["“Pamela, why are we talking about leadership?”"]


def test_a_refusal_to_speak_or_a_request_is_no_source() -> None:
    for text in (
        "“The figures are wrong.” A spokesman declined to comment on the report.",
        "“I didn't start badly.” Ljubicic was at a loss to explain his poor showing.",
    ):
        assert _found(text, "AT002") != [], text
    assert _found("“The figures are wrong,” a spokesman said, but declined to go on.", "AT002") == []
    # A request ("called for calm", "ask for more") is not speech either.
    assert _found("“Stay at home.” The minister called for calm.", "AT002") != []
    assert _found("“Where is he?” she asked.", "AT002") == []


def test_dangling_and_resolved_pronouns() -> None:
    text = "French troops are supporting Malian forces.\n\nA helicopter was circling overhead, he said."
    assert _found(text, "AT003") == ["he said"]
    text = "“Forces intervened,” Mr Traore told AFP.\n\n“The operation is ongoing,” he said."
    assert _found(text, "AT003") == []
    text = "Chancellor Gordon Brown unveiled the budget.\n\nHe defended the package, saying it was fair."
    assert _found(text, "AT003") == []
    # A person described, not named, in the paragraph before is someone to point at.
    text = "But the former Mexican president did not stop there.\n\n“Walls do not work,” he continued."
    assert _found(text, "AT003") == []
    text = "The BBC security correspondent said the cell was small. It was hard to tell, he added."
    assert _found(text, "AT003") == []
    text = "My grandfather worked in the same mill for 50 years. Because he believed in it, he stayed."
    assert _found(text, "AT003") == []
    assert _found("Critics seized on her remark that “there is no plan at all”.", "AT003") == ["her remark"]
    # A clause that opens the sentence may name its subject after the pronoun
    # (the main clause's subject), but an object ("criticized Bush") is no antecedent.
    text = (
        "It was when he first read the full text of the 1992 Maastricht Treaty that Leach became"
        " convinced the EU was “a bureaucratic oligarchy, not a democracy”."
    )
    assert _found(text, "AT003") == []
    text = "The treaty was signed in 1992. He said it was a bad deal, and Leach became convinced."
    assert _found(text, "AT003") == ["He said"]
    text = "His popularity, even after he criticized President George W. Bush, shows how voters think."
    assert _found(text, "AT003") == ["he criticized"]
    # A story may open on a pronoun and name its subject in the sentence after (a delayed lede).
    text = (
        "OSLO, Dec. 10 — He has said it again and again, to anyone who will listen. And on Monday,"
        " former Vice President Al Gore used his Nobel lecture to warn the world."
    )
    assert _found(text, "AT003") == []
    assert _found(text.replace(" And on Monday,", "\n\nAnd on Monday,"), "AT003") == ["He has said"]
    # Page furniture between (a pasted headline, a credit line) is no paragraph
    # of the story: the name two paragraphs back is still in view.
    text = (
        "European Parliament President Martin Schulz referred the incident to the police.\n\n"
        "Schulz says the committee on conduct had recommended it.\n\n"
        "3 Hospitalized After Wrong-Way Crash in North Richland Hills\n\n"
        "— EP President (@EP_President) October 26, 2016\n\n"
        "“The versions of the facts diverged,” he told the parliament."
    )
    assert _found(text, "AT003") == []
    # ... but three paragraphs of the story are too many.
    story = text.replace("3 Hospitalized After Wrong-Way Crash in North Richland Hills", "The police came.")
    story = story.replace("— EP President (@EP_President) October 26, 2016", "Nobody was hurt at all.")
    assert _found(story, "AT003") == ["he told"]
    # Paragraphs of quotation carry the speaker on; narrative between breaks the chain.
    quotes = (
        "Pope Francis said that journalism is a mission.\n\n"
        "“In today’s world, it is not just a job; it is a mission,” the Pope wrote in his message.\n\n"
        "“Amid feeding frenzies and the mad rush for a scoop, they must remember persons.”\n\n"
        "“Informing others means forming others,” he continued."
    )
    assert _found(quotes, "AT003") == []
    narrative = (
        "Pope Francis said that journalism is a mission.\n\nThe Vatican has 40 staff.\n\n"
        "The office was founded in 1950 and moved twice.\n\n“Informing others is a duty,” he continued."
    )
    assert _found(narrative, "AT003") == ["he continued"]
    # Narrative about the speaker, opening with the pronoun, keeps them in view.
    about = (
        "“We will win all the primaries,” McConnell said.\n\n"
        "That meeting, he said, focused on trade deals.\n\n"
        "He eschewed the idea of holding the debt ceiling hostage.\n\n"
        "“We are in the majority. We can pass a budget,” he said."
    )
    assert _found(about, "AT003") == []
    # Paragraphs that refer to him as "he" carry him on past the two-paragraph window.
    feature = (
        "Jim McGovern is a 42-year-old father of four.\n\n"
        "In his third full year on tour, he beat John Huston in a playoff.\n\n"
        "For the last 10 years, he has been grinding away on the Nationwide Tour.\n\n"
        "A second life? You could say that.\n\n"
        "“The first time around I was living the dream,” he said."
    )
    assert _found(feature, "AT003") == []
    broken = feature.replace("he has been grinding", "the tour has been grinding")
    assert _found(broken, "AT003") == ["he said"]
    # One pronoun with two cues is one finding.
    text = "The state passed a law.\n\nLater he called the law “disturbing,” and said the team should leave."
    assert len(_found(text, "AT003")) == 1
    # What someone can or would have said is not a report of what they said.
    assert _found("The book is an atlas of animals. He can tell you about deep-sea creatures.", "AT003") == []
    assert _found("I'm sure it was recent enough that she would've mentioned her plans.", "AT003") == []
    # What would be said if something happened was not said; "would later say" was.
    text = "She thought that if she won, people would say it was too late."
    assert _found(text, "AT005") == []
    assert _found("People would later say it was too late.", "AT005") == ["People"]
    # A prediction up a chain of "to" clauses: "will begin to think".
    text = "Critics attack him daily. People will begin to think he must be doing something right."
    assert _found(text, "AT005") == []
    assert _found("Critics attack him daily. People began to think he was right.", "AT005") == ["People"]
    # A subject that asks who spoke reports no one ("how many critics complained").
    text = "The dean pressed on. Nobody knows how many critics complained about the course."
    assert _found(text, "AT005") == []
    text = "The dean pressed on. Many critics complained about the course."
    assert _found(text, "AT005") == ["Many critics"]
    assert _found("“We will win,” he would later say.", "AT003") == ["he would later say"]
    assert _found("What’s he supposed to say?\n\nDid anyone think the Chargers would win?", "AT003") == []
    # A bare surname the recogniser missed still names the person introduced in full before.
    text = (
        "Former Louisiana governor Kathleen Blanco spoke to the panel on Monday.\n\n"
        "The biggest shortfall so far this fiscal year has been in sales tax collections, "
        "which fell nearly 7 percent short of Christie’s projections.\n\n"
        "Blanco has reached out to Christie to offer her support,\n\n"
        "“I want to tell him he can call me as problems arise,” she said."
    )
    assert _found(text, "AT003") == []


def test_a_name_the_recogniser_missed_is_a_person_when_a_pronoun_follows_it() -> None:
    # The small model tags "Fiorina" an organisation; "her" in her sentence says otherwise.
    text = (
        "Instead, Fiorina opened by talking about her charitable work overseas.\n\n"
        '"There are two looks that people get," she told her audience.'
    )
    assert _found(text, "AT003") == []
    # Without the pronoun nothing says the name is a person's.
    text = 'Instead, Fiorina opened the conference.\n\n"There are two looks that people get," she told them.'
    assert _found(text, "AT003") == ["she told"]
    # The parser read the verb after the name as a noun the name compounds.
    text = (
        "In July, Ivanka Trump strode across the stage in a dress from her namesake label. "
        "Then she shattered party norms, pledging that her father would support working mothers."
    )
    assert _found(text, "AT003") == []


def test_the_archive_opening_mark_opens_a_quote() -> None:
    # ''...'' is the NYT archive's quotation mark: the "He says" inside it is the book's, not a source.
    text = (
        "Admiral Harris talks about how his forces must be ready.\n\n"
        "''He says the United States was not ready,'' Admiral Harris said. ''It is really a powerful book.''"
    )
    assert _found(text, "AT003") == []
    found = check_text("Mrs. Clinton boomed, ''Today, you proved once again, there's no place like home.''")
    assert [d.code for d in found if d.code == "AT002"] == []
    found = check_text("In an address on the ''frustration, the fear, the anxiety and the anger'' she spoke.")
    assert [d.code for d in found if d.code == "AT002"] == ["AT002"]


def test_anonymous_and_unqualified_institutions() -> None:
    text = (
        "Malian security sources told reporters that 27 bodies were found. The Malian army said it was over."
    )
    assert _found(text, "AT005") == ["Malian security sources"]
    assert _found("“The person is safe”, said the Armed Forces.", "AT005") == ["the Armed Forces"]
    # A wish is not a report: no one has spoken up yet.
    text = "He also wants people to continue to speak up about the problems of racial justice."
    assert _found(text, "AT005") == []
    assert _found("I don’t want the government to tell Facebook what it can publish.", "AT005") == []
    # No one is no source.
    assert _found("In a confused world, no two people or group seem to agree on anything.", "AT005") == []
    assert _found("No official said the plan would work.", "AT005") == []
    # An outlet whose name ends in "Insider" is no insider.
    text = "Business Insider also commented, but acknowledged it had no formal relationship to dissolve."
    assert _found(text, "AT005") == []
    # Nor is a name's last word: the Observer is no anonymous observer.
    text = "An Opinium poll for the Observer today finds that just 17% of voters would choose the Tories."
    assert _found(text, "AT005") == []
    assert _found("Independent observers said the vote was fair.", "AT005") == ["Independent observers"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # People picked out, or who told the writer, are an anonymous source ...
        ("People familiar with the matter said the deal would close on Friday.", ["People"]),
        ("Two people briefed on the talks said the deal was off.", ["Two people"]),
        ("Several people said the mayor had known for weeks.", ["Several people"]),
        ("Local people said the army had left the village.", ["Local people"]),
        ("People in the town said the water had been off for three days.", ["People"]),
        ("Many people told us she is seen as hostile to Moscow.", ["Many people"]),
        ("Members asked about the raids, the people said.", ["the people"]),
        # ... the public is not: a crowd for a source is a weasel cue (AT001's "some people say").
        ("Many people believe the mayor knew.", []),
        ("You know, for decades, people have said this issue was too hard to solve.", []),
        ("As a result, some people report that they cannot sleep.", []),
        ("Few people would answer yes.", []),
        ("People don't mention this often, but the two countries are close.", []),
    ],
)
def test_a_crowd_is_no_anonymous_source(text: str, found: list[str]) -> None:
    assert _found(text, "AT005") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the institution's name says whose it is
        ("The Russian Foreign Ministry said the talks went well.", []),
        ("Indiana State Police said the road was closed.", []),
        ("An angry army of HP workers and retirees said it was unfair.", []),
        ("The Interior Ministry said it would house the police.", ["The Interior Ministry"]),
        ("The government in Cairo now believes Mr Sharon is moving towards peace.", []),
        ("Iran's Foreign Ministry announced it had sent a note.", []),
        ("China’s commerce ministry said this month that tariffs would go.", []),
        ("In Paris' view, the government says the Tories are late.", ["the government"]),
        # ... or the article said so earlier
        ("Northumbria Police were called to the house. Police said a man was held.", []),
        ("The government of Mali met. Later the government said no.", []),
        ("The fire spread. Police said a man was held.", ["Police"]),
        ("Yesterday police arrived. Police said a man was held.", ["Police"]),
        ("Malian government forces moved in. “We are safe”, said the Armed Forces.", ["the Armed Forces"]),
    ],
)
def test_an_institution_s_owner(text: str, found: list[str]) -> None:
    assert _found(text, "AT005") == found


def test_an_apposition_names_the_source() -> None:
    text = "Her chief policy aide, Jake Sullivan, calls her record a blueprint for growth."
    assert _found(text, "AT005") == []
    assert _found("A senior official, who asked not to be named, said the talks failed.", "AT005") == [
        "A senior official"
    ]


def test_someone_in_an_institution_is_an_anonymous_source() -> None:
    found = check_text("The deputy head of the regional government said no.", path="a.txt", select=["AT005"])
    assert [d.message for d in found] == ["anonymous source: “The deputy head of the regional government”"]
    found = check_text("One of the three Iraqi officials said no.", path="a.txt", select=["AT005"])
    assert [d.message for d in found] == ["anonymous source: “One of the three Iraqi officials”"]


def test_incomplete_first_reference() -> None:
    assert _found("“Forces intervened,” Mr Traore told AFP.", "AT006") == ["Mr Traore"]
    assert _found("Macron reconfirmed his commitment to Mali.", "AT006") == ["Macron"]
    text = "Security Minister Salif Traore spoke first. Later Mr Traore told AFP the siege was over."
    assert _found(text, "AT006") == []
    assert _found("President Macron reconfirmed his commitment.", "AT006") == []
    assert _found("Cheers, Ms. Yellen  The chairwoman was criticized.", "AT006") == ["Ms. Yellen"]
    assert _found("Generics are thriving despite the ruling. Politico is asking why.", "AT006") == []
    assert _found("The Romneys exited stage right after the debate.", "AT006") == []  # a family
    # A lone name with an age is a given name used on purpose.
    text = "Mr Pound said his two children Emily, 16, and Pelham, 14, were pleased to have a sister."
    assert _found(text, "AT006") == ["Mr Pound"]
    assert _found("In December in Vienna, 20-year-old Amir attacked a boy in a pool.", "AT006") == []
    # An initial after an honorific is a nickname or a name withheld.
    assert _found("For celebrations, she likes dinner at Mr. B's on Main Street.", "AT006") == []
    # A name modifying a common noun names a kind of thing.
    assert _found("Jade Eden, a former Miss England contestant, wept on Friday.", "AT006") == []
    # The subject of a plural verb is many people; one person's verb is singular.
    assert _found("Politicos call this the expectations game.", "AT006") == []
    assert _found("Zuckerberg calls this the expectations game.", "AT006") == ["Zuckerberg"]
    # After a determiner the name is a type, a title or a modifier.
    text = "Tsonga won the first two sets, but the Scotsman lost the fourth in a tie break."
    assert _found(text, "AT006") == []
    text = "A survey has revealed that many Britons are unhappy with their internet service."
    assert _found(text, "AT006") == []
    assert _found("He once mocked a Miss Universe, calling her names.", "AT006") == []
    # The article writes the word in lower case elsewhere: a common noun that opens a sentence.
    text = "Bitcoin remains the only winner of the major cryptos. Cryptos legged lower on Monday."
    assert _found(text, "AT006") == []
    assert _found("Cryptos legged lower on Monday. He sold.", "AT006") == ["Cryptos"]
    # A common word only ever met opening a sentence is a word; used inside one, a name.
    assert _found("Hubris, arrogance, decadence and debt have devastated previous empires.", "AT006") == []
    text = "The salt side is the problem. Dioxins--the most potent carcinogens known--are made in quantity."
    assert _found(text, "AT006") == []  # the plural of a word
    # A headline uses surnames, wherever it stands in the body; a sentence does not.
    body = "The vote was close on Tuesday. Officials counted again on Wednesday."
    headline = "Kucinich Asks for New Hampshire Recount in the Interest of Election Integrity"
    assert _found(f"{body}\n\n{headline}\n\n{body}", "AT006") == []
    assert _found(f"{body}\n\nKucinich asked for a recount, and he got one.\n\n{body}", "AT006") == [
        "Kucinich"
    ]
    text = "Wren was the author of the law. Little evidence backs Wren's claim that he knew."
    assert _found(text, "AT006") == ["Wren"]
    text = "Correspondent Mark Mardell said Britishness had long been a theme of the chancellor's speeches."
    assert _found(text, "AT006") == []  # an idea
    # A bare name is a person when the story treats it as one: a speaker, "who", he or she.
    # The recogniser calls films, coins and companies persons too.
    text = "Ice Cube's comedy opened second with $19 million, and indie hit Juno came in third."
    assert _found(text, "AT006") == []
    text = "Ethereum is back below $1000, Bitcoin is back to $10k, and Ripple is down 30% from its highs."
    assert _found(text, "AT006") == []
    text = "Talks resumed on Monday. He Jianxiong, a former IMF director, said the two sides made progress."
    assert _found(text, "AT006") == []  # "He" is his surname
    text = "Talks resumed on Monday. Jianxiong said the two sides made progress."
    assert _found(text, "AT006") == ["Jianxiong"]
    # The recogniser takes only "Raskar" for the person: the rare word before is his first name.
    text = "The talks ended late. Ramesh Raskar, director of the group, called it a success."
    assert _found(text, "AT006") == []


def test_a_headline_line_uses_the_surname_the_story_gives_in_full() -> None:
    """A short first line over the story is a headline even with a full stop."""
    story = (
        "Netanyahu rejects Trump's remarks about Muslims.\n\n"
        "JERUSALEM - Israeli Prime Minister Benjamin Netanyahu will meet Donald Trump, officials said.\n\n"
        "The meeting was set two weeks ago."
    )
    assert _found(story, "AT006") == []
    # The story never names him in full: still a stranger.
    assert _found(story.replace("Benjamin Netanyahu", "Mr Netanyahu"), "AT006") == ["Netanyahu"]
    # A first paragraph of body text is no headline.
    lede = story.replace(
        "Muslims.", "Muslims, in a statement issued by his office on Wednesday after two days of talks."
    )
    assert _found(lede, "AT006") == ["Netanyahu"]


def test_a_first_reference_close_to_a_name_given_before_asks_if_it_is_a_slip() -> None:
    text = (
        "Aaron Foster and David Treacy have won the right to play in a tournament.\n\n"
        "In December Mr Foster and Mr Tracey proved their prowess at the game."
    )
    found = check_text(text, path="a.txt", select=["AT006"])
    assert [(d.message, d.suggestions) for d in found] == [
        ("“Mr Tracey” is named nowhere before, but “David Treacy” is: the same person?", ("Mr Treacy",))
    ]
    text = "Microsoft chief Bill Gates spoke. During Mr Gate's speech, he announced new partnerships."
    found = check_text(text, path="a.txt", select=["AT006"])
    assert [d.suggestions for d in found] == [("Mr Gates",)]
    # A name far from any named before is a stranger.
    text = "Aaron Foster won the tournament. Mr Whitfield proved his prowess at the game."
    assert _found(text, "AT006") == ["Mr Whitfield"]
    found = check_text(text, path="a.txt", select=["AT006"])
    assert found[0].suggestions == ()
    # A full name the recogniser took for an organisation is a name given too.
    text = (
        "Sedelia Rodriguez, an Environmental Science lecturer at Barnard College, led the study."
        " “We hope this research will help,” said Rodriquez."
    )
    found = check_text(text, path="a.txt", select=["AT006"])
    assert [d.suggestions for d in found] == [("Rodriguez",)]
    # A byline in capitals introduces the name.
    assert _found("BILL HARRIS\n\nMr. Harris was well aware of that, being a nerd himself.", "AT006") == []
    # A slip the typo rules see too is one finding.
    text = "Singer Anthony Kiedis spoke first. “We wrote the songs,” Keidis continued."
    found = check_text(text, path="a.txt", select=["AT006", "TY"])
    assert len([d for d in found if "Keidis" in d.message]) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A describing noun introduces the name, or says it is no person.
        ("Telecoms equipment supplier Ericsson has posted a rise in profits.", []),
        ("The show went well. The moon Ganymede is at left.", []),  # parsed as two subjects
        ("Band member Flea shared the news on social media.", []),
        ("Notably, billionaire financier Soros is an open advocate.", []),
        ("Nobody forgot the day Giulini died in his sleep.", ["Giulini"]),  # "day" describes no one
        # People known by one name, and figures of scripture.
        ("Rihanna sent the singer some gifts.", []),
        ("Perhaps you remember the story. Hezekiah is king of Judah.", []),
        ("Giulini also questioned the idea in his speech.", ["Giulini"]),
        # A dateline's place, taken for a person.
        ("Dehradun (PTI): The institute on Friday paid rich tributes to Sir Edmund Hillary.", []),
        ("Beijing (PTI): The ministry on Friday paid rich tributes to Sir Edmund Hillary.", []),
        # The full name, possessive, read as an organisation by the recogniser.
        ("Garrett pulled off quarterback Mason Rudolph’s helmet. He then swung it at Mr. Rudolph.", []),
        # The full name, possessive, that the recogniser missed: a first name is just before it.
        (
            "BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce "
            "Boudreau expressed confidence in the winger.\n\nRight now, having scored four times during a "
            "three-game streak, Parise is brimming with confidence.",
            [],
        ),
        (
            "They met Prime Minister Nguyen Xuan Phuc and Dinh The Huynh, the party's secretary. "
            "Mr Huynh is tipped to succeed him.",
            [],
        ),
        # ... but a capitalised word that opens the sentence is no first name.
        ("The talks ended late. When Parise is brimming with confidence, he scores.", ["Parise"]),
        ("The talks ended late. Miss Traore told AFP the forces intervened.", ["Miss Traore"]),
        # A capitalised word before the honorific makes it part of a longer name.
        ("Paul Dano is a bright young actor, last seen in Little Miss Sunshine.", []),
    ],
)
def test_incomplete_first_reference_described_or_known_by_one_name(text: str, found: list[str]) -> None:
    assert _found(text, "AT006") == found


def test_second_hand_sourcing() -> None:
    text = "Mali is fighting jihadists, the BBC notes, and Reuters reported more attacks. He told AFP so."
    assert _found(text, "AT007") == ["the BBC notes", "Reuters reported", "told AFP"]
    # A paper's full name, not the outlet it ends with.
    text = "They flew to Jodhpur, the Hindustan Times reports. The Times reported it too."
    found = check_text(text, path="a.txt", select=["AT007"])
    assert [d.message for d in found] == [
        "second-hand sourcing: Hindustan Times is the source",
        "second-hand sourcing: Times is the source",
    ]
    # Foreign papers English copy cites, not people first named by surname.
    text = "An aide criticized NATO, the German daily Bild reported. Ties are strained, Le Figaro said."
    assert _found(text, "AT007") == ["Bild reported", "Le Figaro said"]
    assert _found(text, "AT006") == []
    # "to" an outlet that is no channel: a range, listening, an award going to it.
    text = "He is attacked by everyone from Obama to CNN. I was listening to NBC. The prize goes to Reuters."
    assert _found(text, "AT007") == []
    text = "A spokesman from the firm said to Reuters it was over, in an email to AFP."
    assert _found(text, "AT007") == ["to Reuters", "to AFP"]
    text = "Steve Ash, from Activcard, told the BBC News website so."
    assert _found(text, "AT007") == ["told the BBC News"]
    # A network's news division is the outlet named: "NBC News reported", "told ABC News".
    text = "NBC News reported the move. A Waffle House spokesman told ABC News Rogers had left."
    assert _found(text, "AT007") == ["NBC News reported", "told ABC News"]


def test_second_hand_sourcing_spares_the_newsroom_s_own_outlets() -> None:
    text = "McLeish told BBC Radio Five Live so. Reuters reported it, and he told the BBC News website."
    config = Config(select=("AT007",), languagetool="off", options={"AT007": {"own-outlets": ["BBC News"]}})
    report = Linter(config).run([read_text(text, "a.txt")])
    assert [d.message for d in report.diagnostics] == ["second-hand sourcing: Reuters is the source"]


def test_a_wire_dateline_makes_its_agency_the_story_s_own_outlet() -> None:
    text = (
        "Floods in Brazil\n\nPORTO ALEGRE, Brazil (AP) — Floods killed 12 people, officials said.\n\n"
        "Officials spoke to The Associated Press on condition of anonymity. A rescuer told Reuters "
        "the toll would rise, and an aide said so in an interview with the AP."
    )
    assert _found(text, "AT007") == ["told Reuters"]
    text = "NIAMEY, Niger (Reuters) - Gunmen killed three soldiers.\n\nA senior officer told Reuters so."
    assert _found(text, "AT007") == []
    text = "Washington (AFP) – Trump leads.\n\nA committeeman told AFP so."  # AT006's dateline, shared
    assert _found(text, "AT007") == []
    # a parenthesis that is no dateline's outlet changes nothing
    text = "Gunmen (about 20) - the ministry said - killed three soldiers.\n\nAn officer told Reuters so."
    assert _found(text, "AT007") == ["told Reuters"]


def test_unsourced_claims() -> None:
    text = "The violence has made the UN mission the deadliest in the world."
    assert _found(text, "AT004") == ["the deadliest in the world"]
    text = "At least 27 people were killed.\n\nSecurity sources told AFP that 27 bodies had been removed."
    assert _found(text, "AT004") == []  # the toll is attributed elsewhere
    assert _found("In an attack in 2013, 40 people were killed.", "AT004") == []  # background
    # players "out injured" are missing from a team, not a toll
    assert _found("Wolves, who had five players out injured, remain 11th.", "AT004") == []
    assert _found("Five players were injured when the stand collapsed.", "AT004") == ["Five"]
    # A prediction is not a toll to source; a hedged toll is.
    assert _found("The crisis could result in hundreds of deaths.", "AT004") == []
    assert _found("At least 30 people may have been killed in the blast.", "AT004") == ["At least 30"]
    # A superlative whose sentence names the measure it comes from is sourced.
    text = "Belle & Sebastian have been named the best Scottish band of all time after a public poll."
    assert _found(text, "AT004") == []
    assert _found("Belle & Sebastian are the best Scottish band of all time.", "AT004") != []
    # The writer's own experience is not a claim.
    assert _found("It is the most empowering attitude I’ve ever encountered.", "AT004") == []
    assert _found("It is the best team we have ever seen.", "AT004") == []
    # "since" as "because" is no record; "since" with a time is.
    assert (
        _found(
            "The Windows key is the most important key in Windows 8 since it is part of many shortcuts.",
            "AT004",
        )
        == []
    )
    # ... and the finding says since when.
    text = "It was the worst month for job creation since September 2010."
    assert _found(text, "AT004") == ["the worst month for job creation since September 2010"]
    text = "The odds of conflict are the highest since the 1950s, with three carrier groups offshore."
    assert _found(text, "AT004") == ["the highest since the 1950s"]
    # An office named by its rank is no claim.
    assert _found("Rank neophytes ran for the highest office in the country.", "AT004") == []
    # A question claims nothing.
    text = "Halo 2 is out. Why is the game among the most anticipated of all time? Fans queued."
    assert _found(text, "AT004") == []
    text = "Here was the most corrupt administration in history, and what did Congress do?"
    assert _found(text, "AT004") == ["the most corrupt administration in history"]
    text = "Prices rose 0.8%, the biggest rise since December 1998."
    assert _found(text, "AT004") == ["the biggest rise since December 1998"]


def test_a_title_or_a_count_given_before_is_no_new_claim() -> None:
    body = "Protests went on for a week. The police made no arrests."
    for title in (
        "Pakistan explodes in protest over new update; 17 local acrobats killed",
        "David's Pizza Commercial: The Greatest Pizza Commercial of All Time",
    ):
        assert _found(f"{body}\n\n{title}\n\n{body}", "AT004") == []
        assert _found(f"{body}\n\n{title}.\n\n{body}", "AT004") != []  # a sentence, not a title
    text = "A fire killed three people on Sunday.\n\nPolice could not examine the three bodies."
    assert _found(text, "AT004") == ["three"]  # the lede's toll, once
    text = "That does not include the more than 210,000 civilians killed so far."
    assert _found(text, "AT004") == ["more than 210,000"]  # first given here: a claim


def test_sources_report_on_the_seed() -> None:
    done = run_cli("sources", "--format", "json", str(SEED_000))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)[0]
    sources = {e["source"] for e in report["entries"]}
    for expected in (
        "a spokesperson for the group",
        "Malian Security Minister Salif Traore",
        "UN spokesman Stephane Dujarric",
        "one unnamed source",
        "Malian security sources",
    ):
        assert expected in sources
    floor = [e for e in report["entries"] if "floor by floor" in e["text"]]
    assert floor and floor[0]["source"] == "NONE" and floor[0]["source_kind"] == "none"
    assert "AFP" in report["outlets"] and report["summary"]["none"] == 1
    table = run_cli("sources", "--color", "never", str(SEED_000))
    assert "NONE" in table.stdout and "outlets relied on: AFP" in table.stdout


def test_sources_marks_a_speaker_only_the_paragraph_before_names() -> None:
    from copydesk import sources

    text = "“We had a plan,” said Benitez.\n\n“We had to concentrate to the very last second.”"
    article = read_text(text, "a.txt")
    Linter(Config(select=("AT",), languagetool="off")).run([article])
    assert [(e.source, e.cue) for e in sources.of_article(article).entries] == [
        ("Benitez", "said"),
        ("Benitez", "said (paragraph before)"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A colon lead-in names its source without a reporting verb.
        ("Obama's first questioners ranged from sceptical to hostile: “Is it time to change?”", "Obama"),
        # A participle cue takes the subject of the clause it hangs from.
        (
            "Silverman incurred a wave of boos upon saying, “Hillary heard the passion of the people.”",
            "Silverman",
        ),
        (
            "Sarah Silverman was booed by supporters after telling them they were “being ridiculous.”",
            "Sarah Silverman",
        ),
        ("“I would not be anxious to have that,” Blackwell continued.", "Blackwell"),
        # An infinitive cue after an adjective or adverb of the speaker's verb is the speaker's act.
        ('Joanna Brooks went so far as to claim, "We have come through a hard year."', "Joanna Brooks"),
        ("The mayor was quick to point out, “We have come through a hard year.”", "The mayor"),
        (
            "“I wouldn’t not celebrate it, were it to happen, which is really depressing when I think about"
            " it. I thought this was a decent country, but forget it, this is where we’re at now,” shared"
            " New Yorker Bernice Stewart.",
            "Bernice Stewart",
        ),
        # A name and a colon, as in match reports.
        ('- Manchester City boss Kevin Keegan: "We had a great chance to take the lead."', "Kevin Keegan"),
        # A straight mark opening and a curly one closing.
        ('"This is a long and expensive process,” said Paul Lindsay, a spokesman.', "Paul Lindsay"),
        # The parser cuts after "!\"" and the cue loses its subject.
        (
            '"Is he going to mention it? If he doesn\'t he should resign!" the presumptive nominee, '
            "Donald Trump, tweeted Sunday.",
            "Donald Trump",
        ),
        # "in the words of" is "according to".
        ("Here is how bad things got, in the words of the patient: “I was unable to stand.”", "the patient"),
        # "put it" reports; so do "characterize ... as", "remind ... that" and an order given.
        (
            'NDP MP Pat Martin reminded the witness that "he does not have the right to remain silent."',
            "Pat Martin",
        ),
        ('"Hands! Let me see your hands!" an officer ordered.', "an officer"),
        ("Mr. Tadic underscored that the charter “guarantees the principle of sovereignty.”", "Tadic"),
        (
            "Patrick Henry put it this way, “It cannot be emphasized too strongly or too often.”",
            "Patrick Henry",
        ),
        (
            "As the Times put it, the trading was “the latest black eye for the financial markets.”",
            "the Times",
        ),
        (
            "It was what my teacher characterized as a “cross between a cow in heat and a dinosaur.”",
            "teacher",
        ),
        # A name and a dash opening a paragraph of a collection of quotes.
        ("Thomas Jefferson – “Hemp is of first necessity to the wealth of the country.”", "Thomas Jefferson"),
        # A surname the parser read as an adjective, the cue left without a subject.
        ("Chomsky recalls being taken aback that “anyone could support the idea.”", "Chomsky"),
        # A name after a dash under a quote that is its paragraph, as in collections of quotes.
        ("“No one here gets out alive.” – Jim Morrison", "Jim Morrison"),
        ("\"It's a world in which we need sanity. And we didn't get it.\" -- Jason Linkins", "Jason Linkins"),
        (
            "“Voice or no voice, the people can always be brought to the bidding of the leaders.”—Hermann "
            "Goering, German military commander",
            "Hermann Goering",
        ),
        # A named subject's clause and a dash lead into the words, as a colon does.
        (
            'Trump also embraced enhanced interrogation techniques -- "I think waterboarding is peanuts."',
            "Trump",
        ),
        # What someone expressed, with a clause.
        (
            "Clinton expressed confidence that the server would not be an issue “that is going to affect"
            " either the campaign or my presidency.”",
            "Clinton",
        ),
        # A closing mark left out before the attribution: the cue is still the writer's.
        (
            '"We\'ve had tremendous success with Dell, EMC\'s Treide said, "and we plan to continue."',
            "Treide",
        ),
        # An inverted cue opening a colon lead-in.
        ("Continued Stone: “So I think it’s a very real problem for the party.”", "Stone"),
        # A credit after the words: in brackets ending the paragraph, or a dash byline on the line under it.
        (
            "HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s slowdown is fostering a cycle of decline and"
            " panic across much of the world.” [WaPo.]",
            "WaPo",
        ),
        (
            "The column ran on Monday. “That he announced this so close to Election Day should tell"
            " every thinking person that it is serious.” [via Chicago Tribune ]",
            "Chicago Tribune",
        ),
        (
            "\"Great speech. She's tested. She's ready. She never quits.\"\n\n-President Obama, tweeting.",
            "Obama",
        ),
        ("“Easy redemption. Good price. And my family got a bag of nuts for free.”\n\n– Mel****", "Mel"),
        (
            "“The whole idea is something we hear about all the time.”\n\n– Michelle Marks, Philadelphia",
            "Marks",
        ),
        # An inverted cue after a quote whose comma was left out; its subject read as an attribute.
        (
            "The September peak “will be a decisive level for a larger up trend” agrees French bank"
            " Societe Generale’s analysis team today.",
            "Societe Generale",
        ),
        # Introducing someone as "..." is speech.
        (
            'Benioff introduced Cook to the audience as "someone who has redefined what it means to be a'
            ' chief executive officer."',
            "Benioff",
        ),
        # A quote's tag, whatever its verb.
        ("“I wouldn’t not celebrate it, were it to happen,” shared New Yorker Bernice Stewart.", "Stewart"),
        ("“It is a fine result for the party, in the end,” Peterson allowed.", "Peterson"),
        # ... with an adverb on the verb, before or after it.
        ('"To me, the first thing you do is cry," Luis emotionally shared.', "Luis"),
        ("“It is a fine result for the party, in the end,” Peterson allowed grudgingly.", "Peterson"),
        # A relative clause whose "that" the parser read as a determiner: what it is about.
        (
            "The fact check comes in response to a tweet this week from President Trump that read,"
            ' "Russia sent millions to Clinton Foundation."',
            "President Trump",
        ),
        # A report that depicts or portrays something in quoted words is their source.
        (
            "The inspector general released two critical reports that depicted “technical challenges,"
            " cost increases and schedule delays”.",
            "reports",
        ),
        # An epigraph: the author's name alone after the words, or a citation in brackets.
        (
            "“It’s always better to be at the bottom of the ladder you want to climb than the top of"
            " the one you don’t” Marc and Angel Chernoff.",
            "Chernoff",
        ),
        (
            "“The world is governed by very different personages to what is imagined by those who are"
            " not behind the scenes.” ( Coningsby, Book 4, Chap. 15 , Page 131)",
            "Coningsby",
        ),
        # The parser makes "Sound", in the quote, the subject of "asks": the words are not their speaker.
        ("“Sound like heaven?” asks Tim Stevens at the AOL’s techno-blog, Switched.", "Tim Stevens"),
        ('"He made a great contribution against Reading. Magnificent," said the Spurs boss.', "Spurs boss"),
        # The parser reads "Bozell notes" as a compound and leaves the cue no subject.
        ("“First, in every clash it was the candidate picking a fight with Trump,” Bozell notes.", "Bozell"),
        ("“Besides that, not a single accomplishment,” Bozell answers.", "Bozell"),
        # ... or reads a tag after the quote as one noun phrase: "the brief states".
        ("Lawyers filed a brief. “Children are to be protected,” the brief states.", "the brief"),
        # ... or the head of a sentence the parser read as one noun phrase.
        (
            "The dictionary defines arrogance as “an attitude of superiority manifested in an overbearing"
            " manner.”",
            "dictionary",
        ),
        # A study or report that "found" or "showed" words or a clause is their source ...
        (
            "New research, released in August, looked at the House and found “little evidence to"
            " suggest women are inherently more cooperative.”",
            "research",
        ),
        ("The report found that staffers were told “never to speak of the email system again.”", "report"),
        # ... and so is the one an "it" after it stands for.
        (
            "Fans carry 1.6kg of digital weight, a Toshiba study found. It found that 60% kept 1,000 files on"
            ' their devices, making the UK "digitally fat".',
            "study",
        ),
        # Who launched into a lament or went on a rant said what it quotes.
        (
            'Trump launched into a lament for the "countless Americans" who are "victims of violence."',
            "Trump",
        ),
        # Words handed down, credited: "as the song goes".
        (
            'Though "we may not live to see the glory," as the song from the musical Hamilton goes,'
            ' "let us join."',
            "song",
        ),
        ("As the old saying goes, “a rising tide lifts all boats,” and the town is rising.", "saying"),
        # A phrasal cue after a quote of several sentences: the words end in its sentence.
        (
            'Donald Trump spoke on Thursday.\n\n"I think we ought to start it up again this morning.'
            ' This is a lot of nonsense that we ended that," he went on.',
            "Trump",
        ),
        # ... but a phrase marked inside the subject is still the subject.
        ("A “senior administration official” told reporters that the talks had failed.", "official"),
        # Someone the quoted words name is talked about, not talking.
        (
            "Former tennis player Nicole Pratt spoke on Tuesday.\n\n"
            '"We have been doing well, with Sam and Alicia stepping up," she said.',
            "Nicole Pratt",
        ),
    ],
)
def test_sources_of_less_common_shapes(text: str, source: str) -> None:
    article = read_text(text, "a.txt")
    Linter(Config(select=("AT002",), languagetool="off")).run([article])
    sourcing = attribution.analyse(article)
    found = [sourcing.quote_sources[q.span] for q in sourcing.quotes]
    assert found and all(a is not None and source in f"{a.source_text} {a.resolved}" for a in found), found
    assert _found(text, "AT002") == []


def test_a_dash_byline_is_a_name_under_a_quote_that_is_its_paragraph() -> None:
    # A date under a quote says when, not who.
    assert _found("“We have no government armed with power.”—October 11, 1798", "AT002") != []
    # A dash after a quote inside a paragraph is a writer's credit or an aside.
    text = "The device “could give farmers insight into which plants are resilient.” — John Siciliano"
    assert _found(text, "AT002") != []
    # Before the quote, only a name alone names its speaker, not a clause.
    assert _found("The plan was simple – “we will win this fight in the end.”", "AT002") != []
    # A stage direction in brackets is no credit; a dash under a quote that shares its paragraph is none.
    assert _found("“We will all be fine in the end, I promise you.” (Laughter.)", "AT002") != []
    # Introducing a bill is no speech: "officials" there are no anonymous source.
    assert _found("Officials introduced new rules on Monday.", "AT005") == []
    # A verb after a quote with words of its own to report is not the quote's cue.
    text = (
        "The warm reception Chinese leaders extended to their Vietnamese “comrades and brothers” indicates"
        " that Beijing is also highly valuing Hanoi and its relations with the latter."
    )
    assert _found(text, "AT002") != []
    # A new sentence after a question is no tag, nor a clause that goes on after the verb.
    assert _found("The vote was close.\n\n“Is he breathing?” The nurse shook her head.", "AT002") != []
    assert _found("“We won it, all of it,” the crowd roared and the band played on.", "AT002") != []
    # Words after a quote are a name only if they start like one; a quote inside a paragraph has no epigraph.
    assert _found("“We will all be fine in the end, I promise you.” The End.", "AT002") != []
    assert _found("The mood “was grim in the end, and it will stay so” Marc Chernoff.", "AT002") != []
    text = "The device “could give farmers insight into which plants do well.”\n\n– Michelle Marks"
    assert _found(text, "AT002") != []


def _attributions(text: str) -> list[tuple[str, str]]:
    article = read_text(text, "a.txt")
    Linter(Config(select=("AT",), languagetool="off")).run([article])
    return [(a.cue_text, a.source_text) for a in attribution.analyse(article).attributions]


def test_a_relative_pronoun_or_a_statement_stands_for_who_said_it() -> None:
    found = _attributions("“It is a mess,” said Mike Petrilli, who thinks the plan will fail.")
    assert found == [("said", "Mike Petrilli"), ("thinks", "Mike Petrilli")]
    # "called “...”" names a thing; "called the deal “...”" is someone's words.
    assert _attributions("The course used a syllabus called “Trump University Playbook” for years.") == []
    assert ("called", "Trump") in _attributions("Trump called the deal “the worst ever” on Monday.")
    text = "It was what Bay Buchanan, Reagan's treasurer, called “hand-to-hand combat.”"
    assert [source for cue, source in _attributions(text)] == ["Bay Buchanan"]
    # A description is not a source: no "anonymous source: people".
    assert _found("Windows is a favourite of people who write computer viruses.", "AT005") == []
    # Who issued a statement is its source.
    text = "His office released a statement saying the senator “was never told” of the deal."
    assert _attributions(text) == [("saying", "His office")]
    text = "In October, Senator Jeh Johnson released a joint statement that “the community is confident.”"
    assert _attributions(text) == [("statement", "Senator Jeh Johnson")]
    # ... but a claim someone denies is not theirs.
    assert _attributions("The minister rejected the claim that “the army had fled.”") == [
        ("rejected", "The minister")
    ]


def test_sharing_is_speech_only_with_words_to_report() -> None:
    assert _found("People come to holiday meals to share in your company, not to eat.", "AT005") == []


def test_an_infinitive_after_too_or_hard_is_not_its_subject_s_speech() -> None:
    text = "The deal was hard to explain: “We have come through a hard year.”"
    assert ("explain", "The deal") not in _attributions(text)
    assert _found(text, "AT002") != []
    text = "It was too late to say, “We have come through a hard year.”"
    assert _found(text, "AT002") != []


def test_who_was_led_or_asked_to_speak_is_the_source() -> None:
    text = "Its cutback led the French manufacturer to announce it would end production."
    assert _attributions(text) == [("announce", "the French manufacturer")]
    text = "The board asked him to explain why the numbers were wrong."
    assert ("explain", "him") in _attributions(text)


def test_it_stands_for_an_organisation_never_a_person() -> None:
    def resolved(text: str) -> list[tuple[str, str | None]]:
        article = read_text(text, "a.txt")
        Linter(Config(select=("AT",), languagetool="off")).run([article])
        return [(a.source_text, a.resolved) for a in attribution.analyse(article).attributions]

    text = (
        "Emirates President Tim Clark told reporters the deal was done. Then it announced an order of jets."
    )
    assert ("it", None) in resolved(text)
    text = "The Foreign Ministry said talks had failed. It added that nothing was agreed."
    assert ("It", "The Foreign Ministry") in resolved(text)


def test_a_person_named_right_before_the_cue_beats_a_misparsed_subject() -> None:
    text = (
        "But only around 6,000 people paid between $995 and $1,995 to attend three-day seminars, "
        "director of operations Mark Covais said in a 2012 affidavit."
    )
    article = read_text(text, "a.txt")
    Linter(Config(select=("AT",), languagetool="off")).run([article])
    assert [(a.source_text, a.kind) for a in attribution.analyse(article).attributions] == [
        ("Mark Covais", "named")
    ]
    assert _found(text, "AT005") == []


@pytest.mark.parametrize(
    "text",
    [
        # A run of quoted sentences is the named speaker going on.
        "“It's a good deal,” said Marc Toutai, an economist. “But there's a problem.”",
        # A lead-in ending ":" introduces the quotes after it, closed and reopened or not.
        'Dr Frasca said: "Campaigns will experiment with video games. They are a new tool." '
        '"It will not replace other forms of political propaganda."',
        # Paragraphs run together: a quote reopened before it closed goes on.
        'Robinson said: "We are certainly not on the decline. You lose one game and that is all. '
        '"I have no doubt in the players we have got. We have still got the team."',
        # The sentence before names the speaker the paragraph quoted.
        '"Immigration is important," says Melissa Roloson, 32, of Sodus. '
        'Roloson supports Hillary Clinton. "I\'m a graduate, but I have student loans."',
        # A partial quote in a paragraph that names its speaker.
        "Trump attacked his rivals at a town hall in Salem on Monday. Then he cut into Bush, "
        "calling him a “spoiled child” and a “stiff” before leaving for the airport.",
    ],
)
def test_speaker_going_on(text: str) -> None:
    assert _found(text, "AT002") == []


def test_a_person_acting_in_the_sentence_before_introduces_a_quote() -> None:
    """A quote that is a whole sentence, after a sentence whose subject is a
    person, is that person's: the paragraph-before convention, inside one
    paragraph. An organisation, someone acted on and a partial quote are not."""
    _sourced_or_reported(
        (
            "Aderholt returned to the issue later in the hearing. “What launch vehicles exist today?”",
            "Ayotte then excuses herself. “I’ve got to pick up my daughter before 5:30!”",
            "Mr Frasca built a game for a party in Uruguay. He sees it as a laboratory. "
            '"It\'s up to us to explore what we can learn through play."',
        ),
        (
            (
                "Then the News of the World picked up the story. “I tried for three years to make it work.”",
                "“I tried for three years to make it work.”",
            ),
            (
                "John Smith was arrested at his home on Monday. “This is a sad day for the town.”",
                "“This is a sad day for the town.”",
            ),
            # The quote is a term the sentence is about, not words someone said.
            (
                "Klaus Schwab opened the forum. “Global warming fatigue” is a topic again this year.",
                "“Global warming fatigue”",
            ),
        ),
    )
    article = read_text(
        "Rep. Robert Aderholt spoke.\n\nAderholt returned to the issue. “What exists today?”", "a.txt"
    )
    Linter(Config(select=("AT002",), languagetool="off")).run([article])
    (source,) = attribution.analyse(article).quote_sources.values()
    assert source is not None and source.source_text == "Aderholt"


def test_a_surname_the_recogniser_takes_for_a_firm_is_a_person_named_before() -> None:
    """The recogniser reads "Bridenstine" alone as an organisation; the
    person named in full earlier makes him the subject who speaks."""
    lead = "Bridenstine expects to produce three SLS rockets through 2024. "
    quote = "“Adding an additional SLS into the mix could—I’m not confident that could happen.”"
    named = "NASA Administrator Jim Bridenstine spoke to the committee on Tuesday.\n\n"
    assert _found(named + lead + quote, "AT002") == []
    assert _found(lead + quote, "AT002") == [quote]


def test_what_an_acronym_stands_for_is_a_term() -> None:
    """Quoted words whose initials spell the acronym beside them expand it;
    an acronym beside words that do not spell it, or not beside them, does not."""
    _sourced_or_reported(
        (
            "Students were told to find OPM, “other people’s money,” to buy homes out of foreclosure.",
            'Short for "clusters of regularly interspaced short palindromic repeats," CRISPRs are DNA.',
            "The group called for “a new international economic order” (NIEO) at the summit.",
        ),
        (
            (
                "The FBI, “a rogue agency out of control,” was criticised in the report.",
                "“a rogue agency out of control,”",
            ),
            (
                "Leaders backed “an urgent review of all defence spending” at the NATO summit.",
                "“an urgent review of all defence spending”",
            ),
        ),
    )


def test_a_law_or_clause_is_the_source_of_its_wording() -> None:
    """The subject of a verb that lays down what a text says, with the quote
    in what the verb governs, and the text a quote stands right after; not
    words about the bill, nor a team, which lays nothing down."""
    _sourced_or_reported(
        (
            "Section 1635 of the NDAA allows the Pentagon to establish “a research and development program"
            " for a road-mobile missile system.”",
            "The Constitution mandates lifetime tenure for judges who serve in"
            " “good behavior and with honour”.",
            "The referendum stood, as it included a clause “to be executed within national law”"
            " on each case.",
            # ... and what carries words in public.
            "Then there is the woman hanging out of a school bus window with a sign:"
            " “Students before bankers.”",
        ),
        (
            (
                "The bill “would devastate rural hospitals across the state” and must be stopped.",
                "“would devastate rural hospitals across the state”",
            ),
            (
                "The team requires “a full audit of every account by an outside firm” before the vote.",
                "“a full audit of every account by an outside firm”",
            ),
        ),
    )
    article = read_text("The law bans “any payment to an agent above the agreed cap.”", "a.txt")
    Linter(Config(select=("AT002",), languagetool="off")).run([article])
    (source,) = attribution.analyse(article).quote_sources.values()
    assert source is not None and source.source_text == "The law"


def test_when_and_how_a_statement_came_is_not_its_source() -> None:
    """A statement "from" someone names its source; "from last week" or
    "by email" says when or how, and leaves the quote unattributed."""
    assert _found("Comments from last week that “the plan is dead” were wrong.", "AT002") == [
        "“the plan is dead”"
    ]
    assert _found("Comments from the mayor that “the plan is dead” were wrong.", "AT002") == []


def test_a_quote_closed_and_reopened_lost_its_cue() -> None:
    """“...” “...” with nothing between: one speaker going on is one quote,
    so the second had its own cue, and the run does not carry over the gap
    (the issue's window: no cue in its sentence or the one before)."""
    text = (
        "“It's a good deal,” said Marc Toutai, an economist. “But there's a problem.” "
        "“Consumer spending is still high.”"
    )
    assert _found(text, "AT002") == ["“Consumer spending is still high.”"]


def test_a_passive_cue_names_no_one() -> None:
    """ "is estimated to have cost" does not make its subject a source."""
    text = (
        "The outbreak began in 2001, led to the slaughter of 6.5 million animals, and is estimated "
        "to have cost the UK up to £8bn. “Defra is yet to begin its planned review of the costs.”"
    )
    assert _found(text, "AT002") == ["“Defra is yet to begin its planned review of the costs.”"]


def test_narrative_ends_a_run_of_quotes() -> None:
    """A quote after a sentence of narrative needs its own source, even in a
    paragraph whose speaker is named earlier."""
    text = (
        "“France still has a strong economy,” said Marc Toutai, an economist. "
        "Unemployment is stuck at about 10% and is proving difficult to bring down. "
        "Exports climbed by 1.3% in the fourth quarter. "
        "“France can't sustain a high growth rate without more jobs.”"
    )
    assert _found(text, "AT002") == ["“France can't sustain a high growth rate without more jobs.”"]


def test_a_phrase_quoted_again_keeps_its_speaker() -> None:
    """Words quoted again after their speaker was named are the same report."""
    text = (
        "An agitated Mills emailed Podesta: “We need to clean this up – he has emails from her.”\n\n"
        "So how did Obama and his helpers “clean this up”?"
    )
    assert _found(text, "AT002") == []
    # The same phrase never said by anyone named: still reported.
    unsaid = "The minister said nothing.\n\nSo how did Obama and his helpers “clean this up”?"
    assert _found(unsaid, "AT002") == ["“clean this up”"]


_CONVENTION = Config(select=("AT002",), languagetool="off", options={"AT002": {"carry-over": True}})


def _carried(text: str) -> list[str]:
    """AT002's findings with ``carry-over = true`` (the wire's convention)."""
    return [
        text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]
        for d in check_text(text, path="a.txt", config=_CONVENTION)
    ]


def test_quote_opening_a_paragraph_takes_the_sentence_before() -> None:
    """With ``carry-over = true``."""
    named = (
        "Liverpool won 3-1 at home. Boss Rafael Benitez praised his side afterwards.\n\n"
        "“We had to concentrate to the very last second of the game.”"
    )
    assert _carried(named) == []
    # The speaker is named in the paragraph before, but not in its last sentence.
    narrative = (
        "Boss Rafael Benitez praised his side afterwards. The club has not lost at home since May.\n\n"
        "“We had to concentrate to the very last second of the game.”"
    )
    assert _carried(narrative) == ["“We had to concentrate to the very last second of the game.”"]


def test_quotes_split_with_nothing_between_lost_their_attribution() -> None:
    """“...” “...” in a paragraph of its own: one speaker going on is one
    quote, so quotes closed and reopened had a cue between them that is gone
    (“...,” he said. “...”); the paragraph before is not their speaker. A
    lead-in ending ":" introduces them all."""
    split = (
        "But full-back Robinson believes the team can stop the rot.\n\n"
        '"Last weekend we should have won the game." "We proved in the autumn that we can win."'
    )
    for found in (_carried, lambda text: _found(text, "AT002")):
        assert found(split) == [
            '"Last weekend we should have won the game."',
            '"We proved in the autumn that we can win."',
        ]
        lead_in = split.replace("the rot.", "the rot:")
        assert found(lead_in) == []
    one_quote = split.replace('game." "We', "game. We")
    assert _carried(one_quote) == []


def test_a_quote_paragraph_wants_a_source_in_its_own_paragraph() -> None:
    """By default (the issue's window) a quote paragraph after one that names
    its speaker is reported, pointing at the name; a colon lead-in and a
    quote left open still count. ``carry-over = true`` lets the paragraph
    before attribute it, as wire copy's convention does."""

    def found(text: str, config: Config | None = None) -> list[str]:
        return [
            d.message
            for d in check_text(text, path="a.txt", config=config, select=None if config else ["AT002"])
        ]

    named = (
        "Liverpool won 3-1 at home. Boss Rafael Benitez praised his side afterwards.\n\n"
        "“We had to concentrate to the very last second of the game.”"
    )
    assert found(named) == [
        "quote with no source in its paragraph: "
        "who said “We had to concentrate to the very last second of the game.”?"
    ]
    (diag,) = check_text(named, path="a.txt", select=["AT002"])
    assert [(r.line, r.column, r.message) for r in diag.related] == [
        (1, 28, "the paragraph before names Boss Rafael Benitez")
    ]
    going_on = "“We had a plan,” said Benitez.\n\n“We had to concentrate to the very last second.”"
    assert len(found(going_on)) == 1
    assert found("Boss Rafael Benitez said afterwards:\n\n“We had to concentrate to the last second.”") == []
    assert found("“We will retake the building,\n\n“and then we will leave,” the minister said.") == []
    # The wire's convention, as an option.
    convention = _CONVENTION
    assert found(named, convention) == []
    assert found(going_on, convention) == []
    assert (
        found("Salif Traore spoke to reporters.\n\n“We will retake the building floor by floor.”", convention)
        == []
    )
    # Narrative between the speaker and the quote: no one to carry over, either way.
    narrative = (
        "Benitez spoke.\n\nThe club was founded in 1892.\n\n“We had to concentrate to the last second.”"
    )
    assert found(narrative, convention) == [
        "quote with no source: who said “We had to concentrate to the last second.”?"
    ]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Manchester City maintained their pressure in the second half.", []),
        ("An Israeli offensive claimed the lives of 19 Palestinians on Tuesday.", []),
        ("The lawmakers failed to answer the invitation.", []),
        ("The minister claimed that the vote had been rigged.", ["claimed"]),
        ("The club maintained its innocence: “We did nothing wrong,” it said.", ["maintained", "said"]),
        ("He called the plan “absurd” on Tuesday.", ["called"]),
        ("Warming to the theme, he expanded, “I think it will be sorted quickly.”", ["expanded"]),
        ("The firm expanded its operations in Wales.", []),
        ("Clinton expressed interest in the job.", []),
        ('"If that means downgrading the role of NATO, so be it," the newspaper opined.', ["opined"]),
        ("The minister proposed a new plan on Friday.", []),
        # "revealed the new Quattroporte": shown, not said; with a clause, said.
        ("Maserati revealed the new Quattroporte at the show.", []),
        ("The documents revealed that the scheme had run for years.", ["revealed"]),
        # "found" and "showed" report a study's words or clause, not a finding of fact or a thing found.
        ("The audit found that 3,000 patients died waiting for care.", ["found"]),
        ("The judge found him guilty of fraud.", []),
        ("Police found that the door had been forced.", []),
        ("Police found a “large amount” of cash in the flat.", []),
        ("Records show the company paid no tax that year.", ["show"]),
        ("The survey showed a fall in sales.", []),
        ("The song goes on for eight minutes.", []),
        # Shouting, yelling, screaming or chanting something plain is noise, not a report.
        ("People were shouting taunts outside their window.", []),
        ("The crowd chanted slogans as the convoy passed.", []),
        ("“Get out!” the crowd chanted.", ["chanted"]),
        ("Protesters shouted that the vote had been stolen.", ["shouted"]),
        # So "depict" and "portray": pictures, unless they depict quoted words.
        ("For example, “hate speech” is not protected. But content that depicts violence is.", []),
        ("The reports depicted “technical challenges and delays”.", ["depicted"]),
        # So "define": a definition in quoted words is its source's.
        ("The war defined the era for a generation.", []),
        ("Wikipedia defines happiness as “a mental or emotional state of well-being”.", ["defines"]),
        # Laughing, sighing, crying report only words.
        ("“Well, that went well,” the minister laughed.", ["laughed"]),
        ("The crowd laughed as 20 people were hurt.", []),
        ("“Had to find my own way, make my own mistakes,” she sings.", ["sings"]),
        ("People would sing during the marches.", []),
        # So do telling and marvelling.
        ("Eventually he recovered. As he related, “the course of steroids ran for 12 months.”", ["related"]),
        ("Many voters can relate to the struggle of paying bills.", []),
        ("The team added two goals. The setup lets people add the control signals.", []),
        ("Officials added that the road would reopen.", ["added"]),
        ("The FBI is exploring a provision relating to “gross negligence” in the handling of secrets.", []),
        ("Fans marvelled at the speed of the car.", []),
        ("“It was so fast,” one fan marvelled.", ["marvelled"]),
        # "continue" reports words only with a quote or a clause.
        ("Militant groups have continued to wage attacks in Mali.", []),
        ("Fighting continued on Monday.", []),
        ("“We will not stop,” he continued.", ["continued"]),
        (
            "You can ignore that information and just guess, he continues, or you can analyze it.",
            ["continues"],
        ),
        # What is answered: an action, unless a quote or a clause says what.
        ("Delhi officials are responding to the air pollution.", []),
        ("Residents objected to the new road.", []),
        (
            'Carole Lavallee objected to Hiebert\'s "disguised adjournment motion," as did Sukh Dhaliwal.',
            ["objected"],
        ),
        ("Delhi officials responded that the air was clean.", ["responded"]),
        ("“We are on it,” officials responded to the criticism.", ["responded"]),
        # Phrasal cues report with their particle and a quote or a clause.
        ("“We could work with them,” Bozell points out.", ["points out"]),
        ("“We ought to start it up again,” Mr Trump went on.", ["went on"]),
        ("The war went on for years.", []),
        ("He read the report and pointed at the map.", []),
        # A quote another cue reports is not the object-taker's inside its clause.
        (
            'By declaring their assets, people could "legalise their property", Mr Saakashvili stressed.',
            ["stressed"],
        ),
        ("He declared the vote “a farce and a fraud”.", ["declared"]),
        ("The governor declared a state of emergency.", []),
        # Speech named, none reported.
        ("A single company has so much power over what people say online.", []),
        ("What he said was: “We are done here.”", ["said"]),
    ],
)
def test_cue_verbs_with_a_noun_object_are_not_speech(text: str, cues: list[str]) -> None:
    article = read_text(text, "a.txt")
    Linter(Config(select=("AT",), languagetool="off")).run([article])
    found = [a.cue_text for a in attribution.analyse(article).attributions if a.kind != "none"]
    assert found == cues


def test_a_toll_after_a_non_speech_cue_is_unsourced() -> None:
    text = (
        "An offensive against rocket squads claimed the lives of 19 Palestinians on Tuesday. "
        "By Friday night, the death toll stood at 34, including at least 10 civilians."
    )
    assert [d.code for d in check_text(text, path="a.txt", select=["AT004"])] == ["AT004"]


def test_a_bare_figure_counts_the_things_counted_just_before() -> None:
    # "Four" are four of the specimens, no toll of people ...
    text = "The last five specimens were trawled up from the sea. Four were already dead."
    assert _found(text, "AT004") == []
    # ... but after a count of people, or of no thing, a bare figure dead is a toll.
    text = "Gunmen stormed the hotel and took 170 hostages. Twelve were killed."
    assert _found(text, "AT004") != []
    assert _found("The bus carried tourists. Four were killed.", "AT004") != []


def test_a_superlative_with_vague_sourcing_is_reported_once_as_vague() -> None:
    text = "The Barbarians won a game regarded by many as the greatest ever played."
    assert [d.code for d in check_text(text, path="a.txt", select=["AT001", "AT004"])] == ["AT001"]
    # A vague source elsewhere in the paragraph does not source the claim.
    text = "The firm is widely seen as weak. It is the biggest in the world."
    assert [d.code for d in check_text(text, path="a.txt", select=["AT001", "AT004"])] == ["AT001", "AT004"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Reports said the company was close to a deal.", ["Reports said"]),
        ("Police have not named a suspect, but it is understood one theory is arson.", ["it is understood"]),
        ("Two farm labourers died in Puglia last week, it was reported.", ["it was reported"]),
        ("It has been claimed that the mayor knew.", ["It has been claimed"]),
        # ... not what was reported to someone, nor a report whose source is named
        ("The theft happened on Friday and it was reported to police on Monday.", []),
        ("It was reported by Reuters that two labourers died.", []),
        ("Mr Gates is said to be trying to arrange a meeting with Lula.", ["is said to be"]),
        ("Critics say the plan will cost far more than promised.", ["Critics say"]),
        # weasel words: a crowd, not a source
        ("Many analysts believe the bourse has more firepower.", ["Many analysts believe"]),
        ("The Barbarians won a game regarded by many as the greatest ever played.", ["regarded by many"]),
        ("The shift was widely seen as an attempt to change the law.", ["widely seen"]),
        ("The bank is widely expected to raise rates.", []),
        # research for a source, whose research unnamed
        ("Studies show that small manufacturers face three times the burden.", ["Studies show"]),
        ("The ban is popular. Research has shown that dairy is linked to cancer.", ["Research has shown"]),
        ("Some studies suggest 60,000 a year is enough.", ["studies suggest"]),
        ("Studies by the CDC show that flu kills thousands.", []),
        ("Research published in the Lancet found the drug worked.", []),
        # the sentence names its source after the cue
        ("Hemsworth and Pine were said to have run into trouble, according to The Hollywood Reporter.", []),
        ("The database is believed to be larger than any the NSA holds, the Times reported.", []),
        ("Osman is believed to have been on the flight, according to his brother.", []),
        ("The meeting is reported to be on Feb. 23, per the Australian newspaper.", []),
        ("Fuel is said to have doubled, per gallon.", ["is said to have"]),
        # ... or before it, or an unnamed source does ("police", "dealers": AT005 lists those)
        ("The gunman is believed to have fled across the border, police said.", []),
        ("Police said the gunman is believed to have fled across the border.", []),
        ("According to UN estimates, Iraq is believed to have 145 billion barrels left.", []),
        ("According to reports, Iraq is believed to have 145 billion barrels left.", ["is believed to have"]),
        ("The bank is believed to be alert to inflows, dealers said.", []),
        ("A source said the BBC was keen, but it is understood Sky is too.", ["it is understood"]),
        ("The gunman is believed to have fled, some said.", ["is believed to have"]),
        ("Two men are said to have met in secret, critics say.", ["are said to have", "critics say"]),
        # "have" as a verb of its own is not a report
        ("He hid money he was believed to have. He kept quiet.", []),
        # ... unless that source is as vague, or the cue admits the claim is unverified
        ("The minister is said to have resigned, according to reports.", ["is said to have"]),
        ("Unconfirmed reports said the minister quit, according to Reuters.", ["Unconfirmed reports said"]),
        # "according to reports" is a vague source of its own, once a sentence
        ("The bank cut rates, according to local reports. Officials agreed.", ["according to local reports"]),
        ("According to early news reports, the bridge fell.", ["According to early news reports"]),
        ("The deal fell through, according to reports from The Wrap and Deadline.", []),
        # a source in the next sentence does not name this one's
        ("The ship is thought to have sunk. It was old, according to AP.", ["is thought to have"]),
        # the quoted speaker is the source
        ("“It is understood that we will stay,” the manager said.", []),
    ],
)
def test_vague_attribution(text: str, found: list[str]) -> None:
    assert _found(text, "AT001") == found


def test_a_quote_whose_closing_mark_was_dropped_before_its_tag() -> None:
    """The tag inside a quote left open is its source: unbalanced-quotes
    reports the missing mark, and the quote is not reported as unsourced."""
    text = "\"Nobody is listening to us, said Fatima Ahmed, a teacher who fled. 'We have nothing left.'"
    assert _found(text, "AT002") == []
    # ... but words a quote reports inside it are no tag: "He said just do it."
    left_open = '"Decisions can be made quickly now. I was on the phone to Joel Glazer. He said just do it.'
    assert len(_found(left_open, "AT002")) == 1


def test_a_quote_over_several_paragraphs_is_reported_once() -> None:
    """A quote left open over paragraphs is one quote: with no source it is
    reported at its first paragraph, not again at each that goes on."""
    text = (
        '"It was frustrating. We started poorly," said head coach Ryan.\n\n'
        '"I am frustrated we ended up playing with 13 men. It needs application across the game.\n\n'
        '"We have got to win next weekend, and then we will go through to the quarter-finals."\n\n'
        "The club was founded in 1890.\n\n"
        '"We will win the cup again this year and next year.\n\n'
        '"And then we will retire as champions of the whole wide world."'
    )
    assert [f[:25] for f in _found(text, "AT002")] == [
        '"I am frustrated we ended',
        '"We will win the cup agai',
    ]
    assert [f[:25] for f in _carried(text)] == ['"We will win the cup agai']


def test_an_interviews_answers_are_the_interviewees() -> None:
    """Quote paragraphs under the writer's questions, twice or more: an
    interview, whose format says who answers. One such pair is not."""
    qa = (
        "Emma Smith presents Celebrity Predictions on E4.\n\n"
        "Did many of the predictions from last year come true?\n\n"
        '"Some of them did, and that turned out to be pretty accurate in the end."\n\n'
        "Who's your favourite celebrity?\n\n"
        '"I like Liam Gallagher, as a musician and as a fashion icon."'
    )
    assert _found(qa, "AT002") == []
    single = qa.split("\n\nWho's")[0]
    assert _found(single, "AT002") == [
        '"Some of them did, and that turned out to be pretty accurate in the end."'
    ]
