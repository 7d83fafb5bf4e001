"""The typo family on real sentence shapes: what it finds, what it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk import Config, Linter, Severity, Vocabulary, check_text, read_text
from copydesk.spelling import edit_cost
from tests.conftest import run_cli


def _found(text: str, select: str = "TY", vocab: tuple[Path, ...] = ()) -> list[tuple[str, str, str]]:
    config = Config(select=(select,), vocab=vocab)
    report = Linter(config).run([read_text(text, "a.txt")])
    return [
        (d.code, text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1], str(d.severity))
        for d in report.diagnostics
    ]


def test_common_word_slip_with_ranked_suggestions() -> None:
    diags = check_text("The goverment said the ceasefire was holdnig.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in diags] == ["holding"]
    diags = check_text("Officials confirmed the attakc on Friday.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "attack"
    # A letter left out beats another letter put in, where the two are otherwise equal.
    diags = check_text("Gammell said additional evalution was needed.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "evaluation"
    # After an article, another function word cannot come: "thid" is "third" there, not "this".
    diags = check_text("He got a technical foul in the thid quarter.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "third"
    diags = check_text("He said thid was over.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "this"
    # An ending spelled as it sounds: "defendant", not "dependent", though the web uses
    # "dependent" more; a letter left out still beats a key beside it.
    diags = check_text("The judge said the defendent had shown no remorse.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "defendant"
    diags = check_text("Some MPs had threatend to resign.", path="a.txt", select=["TY003"])
    assert diags and diags[0].suggestions[0] == "threatened"


def test_article_context_decides_between_candidates() -> None:
    text = "It is the Islamic Maghreb group. Al-Qaeda in the Islamis Maghreb said so."
    diags = check_text(text, path="a.txt", select=["TY003"])
    assert [(d.code, d.suggestions[0]) for d in diags] == [("TY003", "Islamic")]
    # The article's word counts for its plural or singular too: "Democrat" is there, "Democats" meant more.
    text = (
        'Appleby is a Democrat. She said: "At the end of the day, Democats will put forward a platform'
        ' that stands in stark contrast."'
    )
    diags = check_text(text, path="a.txt", select=["TY003"])
    assert [(d.code, d.suggestions[0]) for d in diags] == [("TY003", "Democrats")]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # "-es" after "oo", "-ed" after a consonant's "y": no inflection of "hoo" or "ply".
        ("It was raising hooes of a thaw in relations.", "hopes"),
        ("The sharper Pumas out-plyed and out-thought Ireland.", "played"),
        ("Their copyed files were lost.", "copied"),
        # A coinage only a prefix makes ("co" + "mitted") next to a far commoner word is its slip.
        ("The act is comitted before the court.", "committed"),
        ("He left a coment on the post.", "comment"),
        # An inflection one slip away beats its stem two away: "fundamentalists" and
        # "provocations" are too rare for the common pool; their stems are in it.
        ("In Iran, theocratic fundmentalists sowed division and hatred.", "fundamentalists"),
        ("NATO merely reacting to Russian provcations has gone up in flames.", "provocations"),
        # ... and a candidate's stem: "victimized" is in the pool, "victimize" one slip away.
        ("You start to run out of adults to vicimize so all that is left is kids.", "victimize"),
    ],
)
def test_slips_beside_an_inflection(text: str, meant: str) -> None:
    diags = check_text(text, path="a.txt", select=["TY003"])
    assert [(d.suggestions[0], str(d.severity)) for d in diags] == [(meant, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Stephane Dujarric, the UN spokesman, met Salif Traore in Sevare.",
        "Mokhtar Belmokhtar heads Al-Mourabitoun, linked to AQIM and Tuareg groups.",
        "The gunmen shouted Allahu akbar in Grand-Bassam, said Andrea de Georgio.",
        "Rezidor, the hotel operator, said Ban Ki-moon had called.",
    ],
)
def test_names_are_not_misspellings(text: str) -> None:
    assert not [f for f in _found(text) if f[2] != "info"]


def test_unknown_mid_sentence_name_is_not_corrected_to_a_common_word() -> None:
    found = _found("Five UN workers were killed in the town of Sevare in August.")
    assert found == [("TY005", "Sevare", "info")]
    # After an initial or a title the name goes on: no sentence starts there.
    found = _found("There are more details in Matthew M. Chingos's analysis of the plan.")
    assert found == [("TY005", "Chingos", "info")]
    found = _found("The general met with Iraqi Lt. Gen. Nasier Abadi on Monday.")
    assert [f for f in found if f[1] == "Nasier"] == [("TY005", "Nasier", "info")]


def test_a_given_name_opening_a_sentence_is_not_two_slips_from_a_word() -> None:
    found = _found(
        "Montreal lost. Artturi Lehkonen and Joel Armia had the goals.\n\nKetanji Brown is a judge."
    )
    assert [f[1] for f in found if f[0] == "TY003"] == []
    assert ("TY005", "Ketanji", "info") in found
    # A full name of three capitalised words opens the sentence: no common word is meant ...
    found = _found("The bank lost money. Raminder Singh Rekhi, 41, pleaded guilty on Monday.")
    assert [f[1] for f in found if f[0] == "TY003"] == []
    # ... but a Cyrillic look-alike letter in it is still a slip.
    found = _found("He taught there. N\u0430val Postgraduate School is in Monterey.")
    assert [f[1] for f in found if f[0] == "TY003"] == ["N\u0430val"]
    # Before a capitalised word it is a given name, not one slip from a rarer name or word ...
    found = _found(
        "She spoke. Melanne Verveer, a friend of Mrs. Clinton's, was there.\n\nLuay Sami, 33, came."
    )
    assert [f[:2] for f in found if f[1] in ("Melanne", "Luay")] == [("TY005", "Melanne"), ("TY005", "Luay")]
    # ... nor a slip of someone else's given name: the article's Melania is Melania Trump.
    text = "Melania Trump spoke on Monday. “It is a role,” Melanne Verveer, a former aide, said."
    assert [f[:2] for f in _found(text) if f[1] == "Melanne"] == [("TY005", "Melanne")]
    # With her surname, or alone, it is still her name misspelled; one slip away it is
    # a slip even with another surname: people share given names.
    for text in (
        "Melania Trump spoke. Later Melanai Trump left.",
        "Melania Trump spoke. Later Melanai left.",
        "Melania Trump spoke. Later Melanai Knauss left.",
    ):
        assert ("TY003", "Melanai", "error") in _found(text)
    # ... but one slip from a word of every sentence still counts, and two alone.
    assert ("TY003", "Tehre", "error") in _found("Tehre Manchester rivals lost too.")
    assert ("TY003", "Govenrmnet", "warning") in _found("Govenrmnet officials met on Monday.")
    # ... from a very common word: a byline's surname is not two slips from "Stalin".
    assert [f for f in _found("They met. Stanglin reports for USA TODAY in McLean.") if f[0] == "TY003"] == []


def test_a_new_name_two_edits_from_a_shorter_one_is_not_its_slip() -> None:
    text = (
        "Hezbollah's leader Hasan Nasrallah spoke on Monday. "
        "The group is strong in the south, said Hilal Khashan, a professor in Beirut."
    )
    assert ("TY005", "Khashan", "info") in _found(text)
    assert not [f for f in _found(text) if f[2] != "info"]
    # One edit still counts: "Nasralah" is a slip of the name used before.
    assert ("TY003", "Nasralah", "error") in _found(text + " Later Hasan Nasralah said more.")


def test_a_surname_after_a_given_name_is_not_a_slip_of_a_capitalised_word() -> None:
    # "Forces" and "Google" are capitalised in the article, but not as surnames.
    text = "Law professor Craig Forcese said he is surprised. U.S. Special Forces landed."
    assert _found(text) == [("TY005", "Forcese", "info")]
    text = "Yahoo replaced chief executive Tim Koogle with Terry Semel. Google grew fast."
    assert _found(text) == [("TY005", "Koogle", "info")]
    # A common surname the article uses as a name of its own is still a candidate,
    # and the rule applies only after a given name.
    assert ("TY003", "Smoth", "error") in _found("Mr Smith spoke first. Later John Smoth said it was over.")
    text = "Fans cheered Holloway on Saturday. Manager Ian Holloay said the team had played well."
    assert ("TY003", "Holloay", "error") in _found(text)
    assert ("TY003", "Acandemy", "error") in _found(
        "He went to the Artillery Acandemy. The Military Academy is old."
    )


def test_a_capitalised_word_is_not_a_slip_of_a_word_with_another_first_letter() -> None:
    text = "Several people died in the town of Ziketan on the Tibetan Plateau."
    assert [f for f in _found(text) if f[0] == "TY003"] == []
    assert [f for f in _found("Talorie Crafton scored one goal.") if f[0] == "TY003"] == []
    # The same first letter still counts, opening a sentence or not.
    assert ("TY003", "Tibetn", "error") in _found("The Tibetan Plateau is high. Tibetn herders live there.")


def test_halves_of_a_soft_hyphenated_word_are_not_slips() -> None:
    assert _found("There was no supporting evi\u00addence, and the in\u00addustry knew it.") == []


def test_a_word_broken_by_a_line_end_hyphen_is_reported_whole() -> None:
    text = "The government had delib- erately ignored it. A self- made man, pre- and post-war."
    found = check_text(text, path="a.txt", select=["TY"])
    assert [(text[d.column - 1 : d.end_column - 1], d.suggestions) for d in found] == [
        ("delib- erately", ("deliberately",))
    ]


def test_a_word_split_by_a_space_is_reported_whole() -> None:
    text = "I felt for the boys bec ause they tried. It was historicall y important. The rapist fled."
    found = check_text(text, path="a.txt", select=["TY003"])
    assert [(text[d.column - 1 : d.end_column - 1], d.suggestions) for d in found] == [
        ("bec ause", ("because",)),
        ("historicall y", ("historically",)),
    ]


def test_words_of_a_quoted_foreign_phrase_are_not_english_slips() -> None:
    text = 'She quoted da Vinci in Italian: "Ogni impedimento è distrutto dal rigore," every obstacle yields.'
    assert [f for f in _found(text) if f[0] == "TY003"] == []
    # ... unless they are one slip from a very common English word.
    assert ("TY003", "probleme", "error") in _found("The probleme is the budget.")
    # ... or one slip from a common one between English function words.
    text = "The base is vitaal to preventing attacks. It studies the evolution of galaxis within them."
    assert [f[1] for f in _found(text) if f[0] == "TY003"] == ["vitaal", "galaxis"]


def test_a_dictionary_word_the_web_never_uses_beside_a_word_of_every_page_is_its_slip() -> None:
    # pyspellchecker lists "curch" (a kerchief); wordfreq never met it, and "church" is everywhere.
    found = check_text("Weitz removed references to God and the curch.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in found] == ["church"]
    # Longer listed words stay words ("reflated"), as do listed words the web uses ("orate").
    text = "You reflated the stock market. He likes to orate at length."
    assert check_text(text, path="a.txt", select=["TY003"]) == []


def test_a_doubled_letter_in_a_compound_is_a_slip_of_a_very_common_word() -> None:
    found = check_text("Hans Goetti, a Singapore-bassed fund manager.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in found] == ["based"]
    # A compound's second part is otherwise a coinage: "grab-assers", "tattle-taled".
    text = "It was a grab-assers party. She tattle-taled on them."
    assert check_text(text, path="a.txt", select=["TY003"]) == []


def test_a_long_word_of_the_webs_tail_one_slip_from_a_common_word_is_a_slip() -> None:
    # wordfreq lists "innappropriate" (the web's misspellings), far rarer than "inappropriate".
    found = check_text("He used threatening and innappropriate language.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in found] == ["inappropriate"]
    # A shorter listed word stays one ("snaffled", "watter").
    assert check_text("Orquera snaffled the ball.", path="a.txt", select=["TY003"]) == []


def test_two_words_run_together_are_split_back() -> None:
    text = "Volunteers can send thevoter videos. Ask about conflictsof interest. The campaignis over."
    found = check_text(text, path="a.txt", select=["TY003"])
    assert [(text[d.column - 1 : d.end_column - 1], d.suggestions[:2]) for d in found] == [
        ("thevoter", ("the voter", "theater")),
        ("conflictsof", ("conflicts of", "conflicts")),
        # A one-letter slip is as likely: both are offered.
        ("campaignis", ("campaigns", "campaign is")),
    ]
    # A word the lexicon knows, or a run-together of two content words, is left to the reader.
    assert _found("The theatre was closed for the ofsted inspection.", select="TY003") == []


def test_unverified_name_listed_once_per_article() -> None:
    found = _found("Al-Mourabitoun claimed it. Later Al-Mourabitoun denied it.", select="TY005")
    assert found == [("TY005", "Mourabitoun", "info")]


def test_name_variant_in_an_article() -> None:
    text = "Al-Mourabitoun claimed it. Al-Mourabitoun is based in Libya. Then Al-Mourabitun denied it."
    found = _found(text, select="TY004")
    assert found == [("TY004", "Mourabitun", "warning")]
    # A slip of a name the lexicon knows is misspelled-word's, not reported twice.
    text = "Ould Abdelaziz arrived. Ould Abdelaziz spoke. Then Ould Abdelazis left."
    assert [f[0] for f in _found(text) if f[2] != "info"] == ["TY003"]


def test_a_name_that_opens_sentences_has_variants_too() -> None:
    # Written only where sentences open, "Activcard" is still the name the
    # slip mid-sentence varies; a known word opening a sentence is not a name.
    text = "Activcard shares rose. Activcard said profit doubled. Analysts said Activcsrd had done well."
    assert _found(text, select="TY004") == [("TY004", "Activcsrd", "warning")]
    text = "Buoyed by sales, the firm grew. Buoyed again, Chief executive Bouyd Smith smiled."
    assert _found(text, select="TY004") == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Attorney Sonya Braiker spoke. Later Braiiker said the case was weak.", "Braiiker"),
        ("Later Braiiker said the case was weak. Attorney Sonya Braiker spoke.", "Braiiker"),
        ("Robert Sillefman founded it. The firm says Sillerman will stay.", "Sillefman"),
    ],
)
def test_of_two_spellings_used_as_often_the_slip_is_the_unlikelier_one(text: str, slip: str) -> None:
    # Whatever their order or alphabet: a slip puts letters together that
    # English spelling seldom does ("aiik", "efm").
    assert _found(text, select="TY004") == [("TY004", slip, "warning")]


def test_inflections_are_not_name_variants() -> None:
    assert not _found("The Malian army and the Malians agreed. Rezidor and Rezidors.", select="TY004")
    wahhabis = "The spread of Wahhabism is old. The Wahhabis of Najd and the Wahhabis of Qatar."
    assert not _found(wahhabis, select="TY004")
    # A letter doubled before what looks like an ending is a slip, not an inflection.
    text = "Kostas Kenteris denied it. Athens waited, and Kenteriis withdrew. Kenteris protested."
    assert _found(text, select="TY004") == [("TY004", "Kenteriis", "warning")]


def test_a_surname_with_an_s_added_after_an_honorific_is_a_variant() -> None:
    text = "Keir Mather won 14,721 votes. Mr Mathers, 26, said voters had sent a clear message."
    assert _found(text, select="TY004") == [("TY004", "Mathers", "warning")]
    # A family in the plural, two people given with their first names, a title only: no slip.
    assert not _found("Barack Obama spoke. The Obamas left. Mr Obama waved.", select="TY004")
    two = "Tom Adam and Jane Adams met. Mr Adam spoke first; Ms Adams spoke next."
    assert not _found(two, select="TY004")
    assert not _found("Mr Roberts met the board. Roberts said no.", select="TY004")


def test_a_four_letter_slip_of_a_five_letter_name() -> None:
    text = "Senator John Kerry spoke first. Later Kery said the vote would pass. Kerry left."
    assert _found(text, select="TY004") == [("TY004", "Kery", "warning")]
    # ... not of an everyday word.
    text = "Yusor and Deah Barakat were killed. Fans of Death Cab played. The band Death Cab wept."
    assert not _found(text, select="TY004")
    text = "A post by Osman Abou Laban. Read our About page and the About section."
    assert not _found(text, select="TY004")


def test_names_that_differ_in_their_first_letter_are_two_names() -> None:
    text = "Mikhail Rostovsky wrote in Moscow daily Moskovsky Komsomolets that Moskovsky readers agreed."
    assert not _found(text, select="TY004")


def test_two_known_names_that_differ_at_an_end_are_two_names() -> None:
    text = "Rebels hold Daraa and the city around it. The Baraa brigade fights near Daraa."
    assert not _found(text, select="TY004")
    # Known names spelled two ways in the middle are still one name spelled twice.
    text = "The Yazidi minority fled. Yazidi leaders asked for help. The Yezidi elders stayed."
    assert _found(text, select="TY004") == [("TY004", "Yezidi", "warning")]


def test_an_english_word_is_not_a_variant_of_a_name() -> None:
    text = "Juvenal wrote “Panem et Circenses”, Circenses meaning games. Bread and Circuses, then."
    assert not _found(text, select="TY004")
    # An accent is not a word: one dish written two ways is still reported.
    text = "A Souffle for two. The Souffle rose. The Soufflé fell."
    assert _found(text, select="TY004") == [("TY004", "Soufflé", "warning")]


def test_american_and_british_spellings_are_two_names() -> None:
    """Each venue or body spells its own name: not a slip of the other."""
    text = "The Shoreline Amphitheatre show sold out, and a date at the Gorge Amphitheater was added."
    assert not _found(text, select="TY004")
    text = "It moved from the National Theatre in London to the Guthrie Theater in Minneapolis."
    assert not _found(text, select="TY004")
    text = "The Labour Party objected. Labour voted no. The Labor Department in Washington did not."
    assert not _found(text, select="TY004")
    # Only common words: a name's last letters swapped is still a slip.
    text = "Ali Vaidaster claimed the attack. Vaidaster is led from Libya. Then Vaidastre denied it."
    assert _found(text, select="TY004") == [("TY004", "Vaidastre", "warning")]


def test_a_rare_listed_form_beside_a_far_commoner_name_is_a_variant() -> None:
    # wordfreq lists "Telsa" and "Minster" too, so misspelled-word trusts them.
    text = (
        "In 1895, Tesla found a link between space and time.\n\nTesla had worked on radio.\n\n"
        "In March of 1895 Telsa underwent an experiment."
    )
    assert _found(text, select="TY004") == [("TY004", "Telsa", "warning")]
    text = "Prime Minister Najib Razak flew in. The Minister met Xi. Prime Minster Najib Razak left."
    assert _found(text, select="TY004") == [("TY004", "Minster", "warning")]
    # Once beside once is two names, unless the rare form is barely attested
    # ("Telsa", "Jannet") and the name is no everyday word ("March", "Parties");
    # a common word of another language is part of a name.
    text = "Then Tesla spoke. In March Telsa underwent an experiment."
    assert _found(text, select="TY004") == [("TY004", "Telsa", "warning")]
    text = "Fans complained about Jannet Jackson. A lawyer for Janet Jackson said sorry."
    assert _found(text, select="TY004") == [("TY004", "Jannet", "warning")]
    assert not _found("The Minister met Xi. Prime Minster Najib Razak left.", select="TY004")
    assert not _found("None of them were Tea Partiers. Both Parties agreed.", select="TY004")
    assert not _found("Dr. Marci Bowers met him in March.", select="TY004")
    text = "A show by Groupe LAPS opened. The Group said so. The Group agreed."
    assert not _found(text, select="TY004")


def test_a_barely_attested_form_beside_a_name_used_more_need_only_be_rarer() -> None:
    # "Nevile" (zipf 1.8), "Neville" (3.6): not a hundred times apart, but the article uses "Neville" twice.
    text = "Gary Neville scored. Neville was booked. Subs: Howard, Phil Nevile."
    assert _found(text, select="TY004") == [("TY004", "Nevile", "warning")]
    # ... once, where another slip than a letter doubled or not tells them apart ("Hathway").
    text = "Berkshire Hathaway bought it. Regulators banned 20 of Berkshire Hathway's firms."
    assert _found(text, select="TY004") == [("TY004", "Hathway", "warning")]
    # Not a letter doubled beside a name used once ("Nevile", "Meghann" are spellings of their own),
    # nor a form the web knows well ("Arabiya") or the dictionary lists ("Cooky").
    assert not _found("Gary Neville scored. Subs: Howard, Phil Nevile.", select="TY004")
    assert not _found("Posted by Meghann on Monday. Meghan Smith liked it.", select="TY004")
    text = "Saudi Arabia said no. Arabia agreed. Al Arabiya television aired it."
    assert not _found(text, select="TY004")
    assert not _found("Sherbet in Cooky Cups. Recipes by Three Cooks.", select="TY004")


def test_name_variant_across_a_story() -> None:
    a = read_text("Al-Mourabitoun claimed it on Friday. Al-Mourabitoun is based in Libya.", "a.txt")
    b = read_text("Al-Mourabitun denied it on Sunday.", "b.txt")
    report = Linter(Config(select=("TY004",))).run([a, b], story=True)
    assert [(d.path, d.code) for d in report.diagnostics] == [("b.txt", "TY004")]
    assert report.diagnostics[0].related[0].path == "a.txt"
    assert not Linter(Config(select=("TY004",))).run([a, b], story=False).diagnostics


def test_house_vocabulary_accept_and_reject(tmp_path: Path) -> None:
    accept = tmp_path / "accept.txt"
    accept.write_text("# house names\nBarkhane\nMourabitoun\n", encoding="utf-8")
    reject = tmp_path / "reject.txt"
    reject.write_text("Bakhane -> Barkhane\nKhartum\n", encoding="utf-8")
    text = "France's Bakhane force met Al-Mourabitoun near Khartum."
    found = _found(text, vocab=(accept,))
    assert ("TY003", "Bakhane", "error") in found
    assert not [f for f in found if f[1] == "Mourabitoun"]  # accepted: never reported
    found = _found(text, vocab=(reject,))
    assert ("TY006", "Bakhane", "error") in found and ("TY006", "Khartum", "error") in found
    diags = check_text(text, path="a.txt", select=["TY006"], config=Config(vocab=(reject,)))
    assert diags[0].suggestions == ("Barkhane",)


def test_vocabulary_directory_in_vale_layout(tmp_path: Path) -> None:
    (tmp_path / "accept.txt").write_text("Barkhane\n", encoding="utf-8")
    (tmp_path / "reject.txt").write_text("Barkane\n", encoding="utf-8")
    vocab = Vocabulary.load([tmp_path])
    assert vocab.knows("Barkhane") and "Barkane" in vocab.rejected


def test_bad_vocabulary_line_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "v.txt"
    bad.write_text("fine\nBarkhane\tmany\n", encoding="utf-8")
    done = run_cli("check", "--vocab", str(bad), "seeds/")
    assert done.returncode == 2 and f"{bad}:2" in done.stderr


def test_sic_silences_a_slip_inside_a_quote() -> None:
    text = "“We are fihgting [sic] for the people,” the statement said. The holdnig was brief."
    assert [f[1] for f in _found(text, select="TY003")] == ["holdnig"]


def test_severity_by_distance_and_config_override() -> None:
    text = "The spokesman said the negotiatons were continuing."
    diags = check_text(text, path="a.txt", select=["TY003"])
    assert diags and diags[0].severity is Severity.ERROR
    config = Config(severity={"TY003": Severity.INFO})
    assert check_text(text, path="a.txt", select=["TY003"], config=config)[0].severity is Severity.INFO


def test_keyboard_aware_costs() -> None:
    assert edit_cost("attakc", "attack") < 1  # swap
    assert edit_cost("holdimg", "holding") < edit_cost("holdirg", "holding")  # m is next to n
    assert edit_cost("attack", "attack") == 0


def test_vocab_learn_then_check(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "one.md").write_text("# Barkhane ends\n\nThe Barkhane force left Gao.\n", encoding="utf-8")
    (archive / "two.txt").write_text("Barkhane troops and Barkhane jets.\n", encoding="utf-8")
    out = tmp_path / "learned.txt"
    done = run_cli("vocab", "learn", str(archive), "-o", str(out))
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# copydesk vocabulary") and "Barkhane\t4" in lines
    story = tmp_path / "story.txt"
    story.write_text("Soldiers from France’s Bakhane force have arrived.\n", encoding="utf-8")
    before = run_cli("check", "--format", "concise", "--select", "TY", str(story))
    assert "TY005 [info] “Bakhane”" in before.stdout and before.returncode == 0
    after = run_cli("check", "--format", "concise", "--select", "TY", "--vocab", str(out), str(story))
    assert "TY003 [error] “Bakhane” is not a known word; did you mean “Barkhane”?" in after.stdout
    assert after.returncode == 1


@pytest.mark.parametrize(
    "text",
    [
        "The union balloted its members and the talks were revaluing the firm.",  # derivations
        "Bigger runners swapped their quizzed friends for winners.",  # doubled consonants
        "Light, fluffy, and muffiny goodness, not long salesy emails.",  # adjectives made of nouns
        "A misstep by a coworker, a nonstarter, an anticlimax.",  # prefixed words one slip from none
        "The book was coauthored by the cohost and the copilot.",  # prefixed, no far commoner word near
        "Herds of gnus and emus crossed the plain.",  # rare plurals of short words
        "He snaffled the loose ball, an unkindly bounce for the onrushing defender.",
        "Visit blinkx.tv or mail mkatz@example.org for the B&#233;ziers result.",  # addresses, entities
        "Contrack said it would leave. Later Contrack confirmed the withdrawal.",  # a form used twice
        "It was the worldâ€™s largest sale.",  # mojibake belongs to the boilerplate family
        # A rare verb form with its family in use ("roil", "roiling"), not a slip of "rolled".
        "In 1992 she famously roiled traditionalists nationwide with one sentence.",
        "The cacophony of blips, boops and beeps.",  # "books" is no slip away ("p" is far from "k")
        "He spurns the metropolitan elite, eking out a living.",  # "spurn", "spurned"; "eke", "eked"
        "Players from Apple, Creative Labs, Archos, iRiver and others.",  # a brand, not "river"
        "Most Delhiites were angry. “I'm actually a Delhiite,” she said.",  # the singular of a name
        "He wrote the book Trilaterals Over Washington on the Trilateral Commission.",  # its plural
        "Joe Ricketts gave $2 million. Beyond the Rickettses, others gave too.",
        "Game 2 will be played at Val-d’Or, Quebec.",  # French elision
        "The cross was removed from the statue in Plo√´rmel last year.",  # UTF-8 read as Mac Roman
        "A reply to: Violater1 yes, so is the media.",  # a user name glued to a digit
        "The hardest workin’ star is flippin’ and reversin’ it.",  # speech's dropped "g"
        "Not by grab-assers or the GOP; it was tattle-taled to the world.",  # coinages in compounds
        "He sees Cruz as a uniter.",  # listed in the web's tail, ending and all
        "Pick a language: česky, slovenčina, or the chôme of a Tokyo address.",  # not "pesky", "chime"
        "She promises she will “[b]uild a department” that “wor[ks] for everyone”.",  # bracketed letters
        # two words made one, not two slips from "backlash" or "landlords"
        "In place of the large backglass is a fabric top. I used handloads of Power Pistol.",
    ],
)
def test_words_left_alone(text: str) -> None:
    assert not [f for f in _found(text, select="TY003")]


@pytest.mark.parametrize(
    ("slip", "right"),
    [
        ("numbber", "number"),  # "numb" doubles no "b": one vowel goes before a doubled consonant
        ("cardds", "cards"),  # ... and only a vowel ending doubles it
        ("raiseed", "raised"),  # "raise" takes "-d", not "-ed"
        ("fromer", "former"),  # a function word takes no endings
        ("committment", "commitment"),
        ("offerred", "offered"),  # where the language writes the consonant single
        ("marketted", "marketed"),
        ("owend", "owned"),  # only an "e" takes "-d" alone
        ("threatend", "threatened"),
        ("nedes", "needs"),  # "-es" follows a hiss or an "o"
        ("acess", "access"),  # ... and "-s" follows none: no plural of "aces"
        ("neds", "news"),  # ... nor makes one of a three-letter name
        ("loger", "longer"),  # "log" doubles its "g" before "-er"
        ("mentaly", "mentally"),  # "-y" makes no adverb of an adjective
        ("presure", "pressure"),  # one slip from a word far commoner than "pre-" + "sure"
        # The web's tail lists it with a family ("manges"), but a word a
        # thousand times commoner is one slip away.
        ("manged", "managed"),
        # An ending on a known word ("atf" + "-er", "bei" + "-ing", "pla" + "-ed"),
        # unlisted, with a far commoner word one slip away.
        ("atfer", "after"),
        ("beiing", "being"),
        ("plaed", "played"),
        # ... or listed in the web's tail, barely ("goo" + "-ing": a slip the web makes too)
        ("gooing", "going"),
        ("plaing", "playing"),
    ],
)
def test_a_slip_shaped_like_a_derivation_is_still_a_slip(slip: str, right: str) -> None:
    diags = check_text(f"Officials said the {slip} was wrong.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in diags] == [right]


def test_slip_in_the_rare_tail_of_the_lexicon_is_still_found() -> None:
    # "analsyts" is listed by wordfreq (scraped web text has slips); one edit from "analysts".
    diags = check_text("Shares rose as analsyts cheered the results.", path="a.txt", select=["TY003"])
    assert [d.suggestions[0] for d in diags] == ["analysts"]


@pytest.mark.parametrize(
    "text",
    [
        "The panel will winnow the field to three candidates.",
        "Policy wonks were pleased with the plan.",
        "He likes to orate at length about his rangy midfielders.",
    ],
)
def test_a_dictionary_word_is_not_a_slip_however_rare(text: str) -> None:
    assert _found(text) == []


def test_sentence_initial_common_word_does_not_vouch_for_a_name() -> None:
    text = "Easier said than done. Officials met Nasier in the capital."
    assert not [f for f in _found(text) if f[2] != "info"]


def test_a_name_written_only_where_sentences_open_vouches_for_a_one_edit_slip() -> None:
    # "Redmond" opens its sentence, so it may be a common word or a name; an
    # unknown form one edit away is its slip all the same.
    text = (
        "Phil Redmnod, now chairman of Mersey TV, wrote to the minister. "
        "Redmond also brought teen soap Hollyoaks to the screen."
    )
    found = check_text(text, path="a.txt", select=["TY"])
    assert [(d.code, d.suggestions[0]) for d in found] == [("TY003", "Redmond")]
    # Two edits away, or used twice, it is a name of its own: listed, not corrected.
    for other in ("Phil Rebmund", "Phil Redmnod and Mary Redmnod"):
        assert [f for f in _found(text.replace("Phil Redmnod", other)) if f[2] != "info"] == []


def test_known_misspellings_keep_case() -> None:
    diags = check_text(
        "Goverment sources said they would recieve it. ACCOMODATE them.", path="a.txt", select=["TY001"]
    )
    assert [d.suggestions[0] for d in diags] == ["Government", "receive", "ACCOMMODATE"]
    assert check_text("The government will receive them.", path="a.txt", select=["TY001"]) == []


def test_misspellings_a_derivation_or_a_web_count_would_pass() -> None:
    """ "changable" looks like "change" + "-able" and "persistant" is common on
    the web: the list names them."""
    text = "The weather was changable and the rain persistant. The rules were preceeded by a debate."
    diags = check_text(text, path="a.txt", select=["TY001"])
    assert [d.suggestions[0] for d in diags] == ["changeable", "persistent", "preceded"]


def test_real_words_in_a_phrase_they_never_belong_to() -> None:
    """ "pubic hearing", "Untied States": words a spell-checker knows, in a
    phrase no story means; the phrase is matched over a line break too."""
    text = "The pubic hearing is on Tuesday. Officials from the Untied\nStates and PRIME MINSTER Trudeau met."
    assert [(f[0], f[2]) for f in _found(text, select="TY001")] == [("TY001", "error")] * 3
    diags = check_text(text, path="a.txt", select=["TY001"])
    assert [d.suggestions[0] for d in diags] == ["public hearing", "United States", "PRIME MINISTER"]
    assert not _found("He untied the boat. The pubic bone healed. The Minster bells rang.", select="TY001")


def test_one_finding_for_a_word_among_the_spelling_rules() -> None:
    """A name spelled two ways is not also listed to verify, and a phrase's
    misspelling is not also its word's variant."""
    text = (
        "Civilians fled to the Rukban camp. Aid reached Rukban on Monday. "
        "Troops blocked the road to the Rubkan camp."
    )
    assert [f[0] for f in _found(text) if f[1] == "Rubkan"] == ["TY004"]
    text = "Prime Minister Najib Razak flew in. The Minister met Xi. Prime Minster Najib Razak left."
    assert [(f[0], f[1]) for f in _found(text)] == [("TY001", "Prime Minster")]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("French troops have setup a cordon.", ["setup"]),
        ("Users had to login to the site.", ["login"]),
        ("The company will shutdown the plant.", ["shutdown"]),
        ("The set up took an hour.", ["set up"]),
        ("The setup took an hour. They set up a cordon. We have backup plans.", []),
        ("The login page was down. Police began a crackdown on Friday.", []),
    ],
)
def test_confused_words(text: str, flagged: list[str]) -> None:
    diags = check_text(text, path="a.txt", select=["TY002"])
    assert [text[d.column - 1 : d.end_column - 1] for d in diags] == flagged


def _flagged_and_suggested(text: str, code: str) -> tuple[list[str], list[str]]:
    """The text each finding of the rule covers, and the first suggestion of those that make one."""
    diags = check_text(text, path="a.txt", select=[code])
    return [text[d.column - 1 : d.end_column - 1] for d in diags], [
        d.suggestions[0] for d in diags if d.suggestions
    ]


@pytest.mark.parametrize(
    ("text", "flagged", "suggested"),
    [
        # Shapes from the corpus: every one a slip a spell-checker passes.
        ("This year its the Streets. Its a stupid phrase.", ["its", "Its"], ["it's", "It's"]),
        ("If anyone doctors the footage, its going to be Moore.", ["its"], ["it's"]),
        ("Trading systems that have lead to market swings.", ["lead"], ["led"]),
        ("Its navigation team is lead by KinetX.", ["lead"], ["led"]),
        ("The senator who has lead the inquiry resigned.", ["lead"], ["led"]),
        ("Rebels who don't tow the party line.", ["tow"], ["toe"]),
        ("Commenters have free reign after that.", ["free reign"], ["free rein"]),
        ("The U.S. may loose their triple-A rating.", ["loose"], ["lose"]),
        ("The Constitution's principle author, James Madison.", ["principle"], ["principal"]),
        ("The staff could of been told sooner.", ["of"], ["have"]),
        ("Police said more then 20 people were hurt.", ["then"], ["than"]),
        ("Trees fell on there homes. Their is no answer.", ["there", "Their"], ["their", "There"]),
        ("The storm had an affect on turnout.", ["affect"], ["effect"]),
        ("The company cut it's own staff.", ["it's own"], ["its own"]),
        ("Greece misses a payment on all of it’s debt.", ["it’s"], ["its"]),
        ("Its important to have a large hiring pool.", ["Its"], ["It's"]),
        ("Their seems to be peace. Is he out their?", ["Their", "their"], ["There", "there"]),
        ("The economy is stronger then expected.", ["then"], ["than"]),
        ("If we loose 2-0 we are out.", ["loose"], ["lose"]),
        ("The film's success is clear. It's success continues a strong trend.", ["It's"], ["Its"]),
        ("The agency said that it's researchers examined hibernation.", ["it's"], ["its"]),
        ("The man who's car was stolen called police.", ["who's"], ["whose"]),
        ("They're car was towed on Monday.", ["They're"], ["Their"]),
        ("Anyone whose been there knows it.", ["whose"], ["who's"]),
        ("New Jersey was looking for it's first win.", ["it's"], ["its"]),
        ("It's crazy, I think it's bigger then the Academy Awards.", ["then"], ["than"]),
        ("Ad units are 20% less profitable then recommendation widgets.", ["then"], ["than"]),
        ("He is more then capable of taking care of himself.", ["then"], ["than"]),
        # "there" before a noun, read by the parser.
        ("Premiership clubs have seen there income from television soar.", ["there"], ["their"]),
        ("In spring, when birds molt and shed there feathers, the woods are quiet.", ["there"], ["their"]),
        ("Users can choose not to display there contact information.", ["there"], ["their"]),
        (
            "Mice carried more protozoa in there guts. Despite there record, they lost.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        ("Astronauts need tools ahead of there landing missions.", ["there"], ["their"]),
        ("Keys have stuck since there inception in 2016.", ["there"], ["their"]),
        ("He added that there decision to marry was sensible.", ["there"], ["their"]),
        # "it's" after a verb that cannot take a clause, or before a noun and a finite verb.
        ("Sweden has dropped it's investigation.", ["it's"], ["its"]),
        ("The club plays it's first match on Thursday.", ["it's"], ["its"]),
        ("Apple has unveiled it's 16-inch MacBook Pro.", ["it's"], ["its"]),
        ("The free-kick found it's way in. Officials quoted it's five-year plan.", ["it's"] * 2, ["its"] * 2),
        # Idioms of its own.
        (
            "UKIP has turned it's back on voters. The war took it's toll. Let it run it's course. Turkey"
            " sought to impose it's will. The firm did it's best and played it's part in the win.",
            ["it's"] * 6,
            ["its"] * 6,
        ),
        # "as" and its things: "as it's key beneficiaries", "as sophisticated as it's servers".
        (
            "Nomura named SBI as it's key beneficiaries. Its storage is not as good as it's servers.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        ("The ruling did not modify the law, nor it's interpretation by the court.", ["it's"], ["its"]),
        # What it wants or can do, before "to".
        (
            "Turkey signed a letter stating it's determination to push reforms. The firm doubted it's"
            " ability to pay.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        (
            "The slump left it's same store sales 5% higher. Airbus and it's US rival met.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        (
            "Data make up it's new chart. A salty ocean lies beneath it's ice shell.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        ("The firm tweaked it's books to spread earnings.", ["it's"], ["its"]),
        (
            "The service has done well since it's launch, well before it's June 30 expiry.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        ("It cut the rate to 5.2%, it's lowest level since 2001.", ["it's"], ["its"]),
        ("Operating is a lot different then a strategy role.", ["then"], ["than"]),
        # ... the comparative before a phrase of its own.
        (
            "They reported more symptoms of insomnia then people without it. He seemed more"
            " interested in politics then his personal life.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        (
            "The volume is higher then what is predicted. It got faster then if I rub it.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        ("We want our country to move forward, with all it's regions.", ["it's"], ["its"]),
        # "its" before what only "it's" comes before.
        (
            "He runs 6 yards when its supposed to be 5. So its possible the LC500 could arrive."
            " It's more than alike, its basically a mirror image.",
            ["its"] * 3,
            ["it's"] * 3,
        ),
        # ... or an adjective or participle, after an adverb or two, that heads no noun's phrase.
        (
            "However its narrower and lower. It has GPS, and its small, sleek, and looks the same."
            " The truth is, its completely useless, due to the voting system.",
            ["its"] * 3,
            ["it's"] * 3,
        ),
        (
            "Apple has gone beyond what its legally required to do. He answers before its even asked.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        # "it's" after a preposition or a particle, before an ordinal or a participle and its noun,
        # or as the next item of a list of its things.
        (
            "Sony will use the chip inside it's PlayStation 3 console. The firm rolled back it's policy.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        (
            "The authority reported it's third case of plague. Russia failed to fulfill it's agreed cuts.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        # ... and before a noun, its own phrase and a finite verb.
        (
            "Egypt will not talk as long as it's peace process with the Palestinians remains frozen.",
            ["it's"],
            ["its"],
        ),
        (
            "Investors grew wary of its losses, its business model, and it's corporate governance.",
            ["it's"],
            ["its"],
        ),
        # "there" before a noun phrase after a verb, "in" and an ordinal, or before a finite verb.
        ("Radiohead left there record label. Servicemen risked there lives.", ["there"] * 2, ["their"] * 2),
        # ... a noun the tagger read as a verb after a preposition; a time later in the phrase.
        (
            "Two officers were asleep at there desks. They finish there Chicago trip Saturday night.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        (
            "England were beaten in there Six Nations opener, in there first match.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        (
            "Acts reached the top in there chosen genre. Fans go online via there mobile.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        ("The Americans wanted a raid, but there helicopter was shot down.", ["there"], ["their"]),
        ("The general told US media that it's forces are likely to remain.", ["it's"], ["its"]),
        ("Tata Motors unveiled it's $2,500 Nano with much ado in New Delhi.", ["it's"], ["its"]),
        # ... two nouns of its before one verb; its people before "to"; a title with its number.
        ("Half said it's performance and key features are above expectations.", ["it's"], ["its"]),
        (
            "They worked with NASA and it's contractors to get a cost estimate. It will not run it's"
            " launch title Destiny 2 in 4K. Mali voted again since it's 1960 independence.",
            ["it's"] * 3,
            ["its"] * 3,
        ),
        ("The group announced that it's results would meet forecasts.", ["it's"], ["its"]),
        (
            "The statement was shared to it's website. According to it's authors, it works.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        # "there" for "their", "than" for "then", and the rest, by the words around.
        (
            "She understands their will be costs. Their wasn’t enough balance. Their had been incidents.",
            ["their", "Their", "Their"],
            ["there", "There", "There"],
        ),
        (
            "Police confirmed that their appeared to be blood. You’ll get their before you know it.",
            ["their"] * 2,
            ["there"] * 2,
        ),
        ("Goydos believes he's a better player then he was a year ago.", ["then"], ["than"]),
        # A noun phrase of "most" and no verb before the sentence goes on; an
        # expectation's verb a few words on; "had been expected".
        ("I'm bigger then most of the male contestants so I could take them.", ["then"], ["than"]),
        ("Prices were higher then most analysts thought.", ["then"], ["than"]),
        ("They cut more then had been expected.", ["then"], ["than"]),
        (
            "This is worse then anyone feared. Profit was higher then analysts expected.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        (
            "It happens much more then we realize. Black Friday deals are better then they usually are.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        (
            "Broadband is more popular then ever. That was a smaller drop then expected.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        (
            "Titan is the only object other then Earth. It came from none other then a dog.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        # A compared phrase with a clause of its own, a participle or adverb before "then", "rather".
        (
            "It was worse then Ruud's foul on Cole which went unpunished. He is more directly entangled"
            " then any witness. They played better then us and deserved to win.",
            ["then"] * 3,
            ["than"] * 3,
        ),
        (
            "The film is less depressing and constraining then that description might suggest. Reserves"
            " were larger then the government had hoped. They would rather be sacked then work for Oracle.",
            ["then"] * 3,
            ["than"] * 3,
        ),
        (
            "This is more then just a theory. He was more surprised then thrilled. It is more"
            " cost-effective then other forms. You can't ask for a better preparation then to play here.",
            ["then"] * 4,
            ["than"] * 4,
        ),
        # "its" before a past participle that modifies no noun.
        (
            "Once its built you won't be able to change it. The house is empty and its owned by a trust.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        # "more often" is a comparative; a fraction or a span of time after "more then" is compared.
        (
            "Their paths cross far more often then anyone anticipated. More then a third had no lock."
            " It took more then a decade to build.",
            ["then"] * 3,
            ["than"] * 3,
        ),
        (
            "The Premier League TV deal starts to take affect. It could have little affect if he fails.",
            ["affect"] * 2,
            ["effect"] * 2,
        ),
        (
            "The princess past away at Siriraj Hospital. The bill was finally past on Friday.",
            ["past"] * 2,
            ["passed"] * 2,
        ),
        ("Today I knew I had nothing to loose.", ["loose"], ["lose"]),
        # What is lost: a sum, a match, a margin, a score; a subject after "if".
        (
            "NBC stands to loose millions. I didn't want to loose that particular game. We watched them"
            " loose 2-0 to Auxerre. If we under-perform and loose by only two points, fine. But if you"
            " loose it becomes a stat.",
            ["loose"] * 5,
            ["lose"] * 5,
        ),
        (
            "They never finished lower then fourth. It was, more often then not, a mix. It exists for no"
            " other reason then to annoy. They more then pay for themselves. There is more pressure on"
            " pension spending then originally envisaged.",
            ["then"] * 5,
            ["than"] * 5,
        ),
        (
            "Pros out their who know video will like it. We were told that their can be no assurance. We"
            " were not their as a team.",
            ["their"] * 3,
            ["there"] * 3,
        ),
        # A clause cut short after its verb, "what better way ... then to", "then anything else".
        (
            "They feel the pinch worse then more affluent Americans do. They know a lot more about it then"
            " I do. What better way to reignite a passion then to let them dance? It is more an issue of"
            " labels then anything else.",
            ["then"] * 4,
            ["than"] * 4,
        ),
        (
            "I can't go out their and compete. By 2008, 95% of all mobiles sold their will have cameras.",
            ["their"] * 2,
            ["there"] * 2,
        ),
        (
            "India led the criticism of there on-field behaviour. Markets rose to there highest in"
            " two years. They hosted a dinner, there first public appearance since the engagement.",
            ["there"] * 3,
            ["their"] * 3,
        ),
        # A comparison the tagger breaks up: a multiple, a time compared, "to" and a verb, what was expected.
        (
            "Profits were ten times more then in 2003. They are 10 times better then Joss Stone and both"
            " of them have won. Prices were lower then in the preceding quarter. Sales were 9% higher then"
            " during the same period last year. It made languages far harder to learn then they should be."
            " More jobs had been cut then had been expected.",
            ["then"] * 6,
            ["than"] * 6,
        ),
        (
            "A long time had past and the memories faded. Since he past, you have been true to him.",
            ["past"] * 2,
            ["passed"] * 2,
        ),
        (
            "Sites about him, its to praise Zook. Work is ongoing and its 6PM, before the start. Sales"
            " were up, but its still down from March. In such cases, its instead been called a lung.",
            ["its"] * 4,
            ["it's"] * 4,
        ),
        (
            "The ban served the opposite affect. The drug has side affects.",
            ["affect", "affects"],
            ["effect", "effects"],
        ),
        (
            "The storm will effect the harvest, and it effects us all.",
            ["effect", "effects"],
            ["affect", "affects"],
        ),
        ("Your not alone. Your welcome. Your going to win.", ["Your"] * 3, ["You're"] * 3),
        # after a contracted "not", written as one word with its verb
        ("You can't loose your nerve. We won't waiver.", ["loose", "waiver"], ["lose", "waver"]),
        ("The fans say there going to win. Their going to lose.", ["there", "Their"], ["they're", "They're"]),
        (
            "Weather or not it rains, the whether is cold.",
            ["Weather or not", "whether"],
            ["Whether or not", "weather"],
        ),
        ("Police made a grizzly discovery. It didn't phase him.", ["grizzly", "phase"], ["grisly", "faze"]),
        (
            "They went threw the door. Then he through the ball at the goalkeeper.",
            ["threw", "through"],
            ["through", "threw"],
        ),
        # "lead" with one person or thing for its subject, or after a noun with who led it.
        ("The Seahawks quarterback lead his team to the Super Bowl two years ago.", ["lead"], ["led"]),
        # the second of two past verbs, sharing the first's subject
        (
            "This is what caused the fire and lead to the leak. He scored and lead the team to victory.",
            ["lead"] * 2,
            ["led"] * 2,
        ),
        # "there" after a verb, before a noun the tagger read as a verb and a preposition
        ("Servicemen who risked there lives for their country were angry.", ["there"], ["their"]),
        # after a verb's particle, or a comma, before a noun phrase and its verb
        (
            "The Canadiens close out there road trip tonight. They set up there headquarters in Paris."
            " They are crashing the glass, there defensive intensity has picked up.",
            ["there"] * 3,
            ["their"] * 3,
        ),
        # An ordinal and an adverb before the noun, a date before it, a kind of place, a preposition's
        # object the tagger calls an adverb, a participle before a number, idioms of one's own.
        (
            "Wales secured there first away win. Spurs were led to there first ever Champions League final."
            " They are closing out there November 18th concert. Voters were surprised to find there polling"
            " places closed.",
            ["there"] * 4,
            ["their"] * 4,
        ),
        (
            "Bodies lay in the ruins of there home later. It cools them during there projected 180-day"
            " cruise. He gave them a chance to prove there worth. The chances will come there way.",
            ["there"] * 4,
            ["their"] * 4,
        ),
        # What is on record, compared as expectations are.
        (
            "It is likely more people contract the disease then is documented. Prices were higher then is"
            " generally known.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        # An aside or an indirect object before an ordinal; a way made by force.
        (
            "The band will tour this year, there first for four years. The win gave the Windies there"
            " first Test victory. They had to battle there way over sand dunes.",
            ["there"] * 3,
            ["their"] * 3,
        ),
        # A noun before it, and a verb after its phrase; "in" before one noun and a preposition.
        (
            "He defended the decision despite a legal ruling there detention breached the law. It played"
            " a part in there advertising since 2004.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        # After "all" or "both", "be", "in" before a longer phrase, a preposition before an ordinal.
        (
            "Some use the same one for all there online accounts. It will be there last game. In there"
            " November report, MPs said so. The Broncos are slogging through there first losing season.",
            ["there"] * 4,
            ["their"] * 4,
        ),
        # ... or its base form: "work", "help" read as verbs
        (
            "The NPA will do there work as the law requires. They asked for there help, and got it.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        (
            "A scientist who lead the inquiry said so. It was a fight that lead to bans.",
            ["lead"] * 2,
            ["led"] * 2,
        ),
        (
            "In Sheffield he lead the council. A delegation lead by President Raut met him.",
            ["lead"] * 2,
            ["led"] * 2,
        ),
        (
            "Investors poured over the figures. The school principle said so. Their legal council"
            " objected. She will advice the board. They met on the Capital steps. The car was stationery"
            " at the lights. The fourth coming report is due. Rivals are honing in on the market. The"
            " match was called of.",
            [
                "poured",
                "principle",
                "council",
                "advice",
                "Capital",
                "stationery",
                "fourth coming",
                "honing",
                "of",
            ],
            [
                "pored",
                "principal",
                "counsel",
                "advise",
                "Capitol",
                "stationary",
                "forthcoming",
                "homing",
                "off",
            ],
        ),
        (
            "The vote came wether or not they agreed. It is unclear wether they will go.",
            ["wether"] * 2,
            ["whether"] * 2,
        ),
        (
            "It means a lot, its everything. Its possible he will go. Its all but certain. Its nothing"
            " personal. The problem is its overall affect on the defence.",
            ["its", "Its", "Its", "Its", "affect"],
            ["it's", "It's", "It's", "It's", "effect"],
        ),
        # a report's verb opening a clause
        (
            "Its understood officers have appealed for witnesses. Police said its believed the fire"
            " started in the kitchen. Its estimated that 5,000 people attended.",
            ["Its", "its", "Its"],
            ["It's", "it's", "It's"],
        ),
        # a preposition's object is whose doing it is
        (
            "The fishermen objected to there paying for monitors. Fans were angry about there losing.",
            ["there"] * 2,
            ["their"] * 2,
        ),
        # A noun before "lead" whose determiner the parser hangs on "lead"; an agent past adjectives.
        (
            "The campaign lead by Gov. Kristi Noem raised millions. A delegation lead by the foreign"
            " minister arrived on Monday.",
            ["lead"] * 2,
            ["led"] * 2,
        ),
        # One person by name, "one of which", a subject past a clause in commas, an agent by office.
        (
            "Lawrence Hill lead a balanced attack. One of which lead to the first goal. The outbreak,"
            " which began in 2001, lead to the slaughter. It was a channel of diplomacy lead by the"
            " president's lawyer.",
            ["lead"] * 4,
            ["led"] * 4,
        ),
        ("So its fair to say you lost. Obviously its unrealistic to win.", ["its"] * 2, ["it's"] * 2),
        (
            "Work is ongoing, but its always a thrill. The fee is high, so its up to the chairman.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        (
            "I think its bigger than the Academy Awards. However, its worth noting the loss.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        (
            "The catch is that its for virtual reality. Analysts say its because of the weather.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        ("I've said several times that its time for Israel to act.", ["its"], ["it's"]),
        (
            "Thus, its best to listen to your body. Let them know its time to order. But if its raining,"
            " come off. He'll be back when its right for him. It looks like its coming to an end.",
            ["its"] * 5,
            ["it's"] * 5,
        ),
        (
            "It's fine, its on-going, it's moving on. Apple is just going back, its just going back in"
            " time. Step out of it — its kind of like acting. It's time for proof, its time for Syria"
            " to act.",
            ["its"] * 4,
            ["it's"] * 4,
        ),
        (
            "The steroids had a transformative affect within two days. It had a massive affect on sales.",
            ["affect"] * 2,
            ["effect"] * 2,
        ),
        ("The act was never past by peers.", ["past"], ["passed"]),
        ("Apple moves past it's butterfly keyboards.", ["it's"], ["its"]),
        ("But their needs to be zero shame around it.", ["their"], ["there"]),
        ("When you save for retirement, its imperative to live below your means.", ["its"], ["it's"]),
        ("It had a similar affect in the country.", ["affect"], ["effect"]),
        (
            "The bill must be past before the Commons closes. It has been past to the ICC. The bill was"
            " only past after the Tories agreed.",
            ["past"] * 3,
            ["passed"] * 3,
        ),
        (
            "It has a different feel then the others I have seen. It struck me as different then other"
            " calls I had listened to.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        (
            "Our clubs are growing their too. It was their second visit their in a month. We won't drop"
            " these products out their without a talk.",
            ["their"] * 3,
            ["there"] * 3,
        ),
        ("It is a warning to businesses to get there act together.", ["there"], ["their"]),
        ("I told myself, try not to loose focus.", ["loose"], ["lose"]),
        (
            "Nearly 20% more firms produced reports on social issues then last year. It fails to find"
            " more cost-effective giving opportunities then GiveWell's charities.",
            ["then"] * 2,
            ["than"] * 2,
        ),
        ("It accused its predecessor, lead by President Leonid Kuchma, of fraud.", ["lead"], ["led"]),
        (
            "Sales were 4.3% higher then in 2003. What better fix then to slap on a veneer? There is a lot"
            " more to like then you would think. Sales shot up more then tenfold. It does a better job of"
            " teaching vocabulary and grammar then traditional methods.",
            ["then"] * 5,
            ["than"] * 5,
        ),
        (
            "Radcliffe, however, past up the chance. The stars have past a motion of no confidence.",
            ["past"] * 2,
            ["passed"] * 2,
        ),
        ("Flash flood watches were in affect for some communities.", ["affect"], ["effect"]),
        ("A team lead by researchers out of NASA found it.", ["lead"], ["led"]),
        (
            "For there to be a state, their has to be a commitment. He was their in my weakest moments. It"
            " is what goes on their and why. McCain was held their after he was shot down.",
            ["their"] * 4,
            ["there"] * 4,
        ),
        ("Physicians are volunteering there time to give the shots.", ["there"], ["their"]),
        ("New York, which won it's second in a row, left.", ["it's"], ["its"]),
        (
            "After all, its just more incentive to buy. Again its incumbent on all fans to behave.",
            ["its"] * 2,
            ["it's"] * 2,
        ),
        # A participle before a name, an ordinal before two adjectives joined.
        (
            "Apple cancelled it's failed AirPower charging mat project. Mauritania held it's first free"
            " and fair election.",
            ["it's"] * 2,
            ["its"] * 2,
        ),
        ("The principle beneficiary will be landlords.", ["principle"], ["principal"]),
        # A name read as a compared noun's subject, a name in the compared phrase, an amount as the
        # object of a preposition.
        (
            "That is less then the $53 million figure McKinley cited. He has won more PGA TOUR events"
            " then any other Asian-born player. Tuft cells respond to more then succinate and do more.",
            ["then"] * 3,
            ["than"] * 3,
        ),
        # A noun that opens a compound: "season-long".
        (
            "The Canadiens close out there season-long six-game road trip tonight.",
            ["there"],
            ["their"],
        ),
        (
            "The trouble is, and its no reflection on them. That's the affect the surface is having on the"
            " ball. Beijing tried to reign in public solar subsidies. Gidley, the principle deputy press"
            " secretary, spoke.",
            ["its", "affect", "reign", "principle"],
            ["it's", "effect", "rein", "principal"],
        ),
        # Being somewhere; "more then once"; a clause opening "its time to"; a name in quotes.
        (
            "Tom Smith has been their and done it. I was their and saw it. Fans view them more then once."
            " Then its time to pack up. He will spend more on it's “Pepsi Stuff” advertising.",
            ["their", "their", "then", "its", "it's"],
            ["there", "there", "than", "it's", "its"],
        ),
        (
            "He feared their might now be too many games. Is their something you should know? He is a better"
            " player then people give him credit for. Four times more phones will be sold by the end of 2004"
            " then last year.",
            ["their", "their", "then", "then"],
            ["there", "there", "than", "than"],
        ),
        (
            "He could not hold or breath out. He drank nothing and past out in line. The laptop began to show"
            " it's age. “They will give us there best shot,” he said. They asked for help in there release"
            " — but failed.",
            ["breath", "past", "it's", "there", "there"],
            ["breathe", "passed", "its", "their", "their"],
        ),
        (
            "The Wild improved to 4-2-1 in there last seven. Apple uses a different format for songs then"
            " Napster. Wal-Mart saw it's sales rise after it cut prices. Crime Scene Investigation (CSI)"
            " and it's spin-offs thrive. I have no words, its such good news. Nature is the principle loser.",
            ["there", "then", "it's", "it's", "its", "principle"],
            ["their", "than", "its", "its", "it's", "principal"],
        ),
        (
            "They worked there socks off. Like I tell the guys, its my job. We would not loose him. Scott"
            " Strenfel is the principle meteorologist. She was more nervous then Harlan has ever been. It"
            " saw it's market value fall to $4.6bn.",
            ["there", "its", "loose", "principle", "then", "it's"],
            ["their", "it's", "lose", "principal", "than", "its"],
        ),
    ],
)
def test_sound_alikes(text: str, flagged: list[str], suggested: list[str]) -> None:
    assert _flagged_and_suggested(text, "TY002") == (flagged, suggested)


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to imagine its going undetected for five months.",  # a gerund's owner
        "In May of 2014 the bank lost money. You could, of course, ask.",
        "He prayed to loose the seven seals.",  # the archaic verb
        "The screw came loose by 2 mm. They played a loose 4-4-2 and set them loose 2 days ago.",
        "Prices were three times higher then, the report said. It was better to wait then, she said.",
        "He found it harder to sleep then and ate less. It was bigger then in the 1990s.",
        "Hanoi will try its best to sustain ties. It was doing its best to follow the rules. It is its"
        " best to date. The firm knows its time to market is slow. It's getting late and its raining men.",
        "He scored once more then doubled his lead. Their can of beans. He was their at-home nurse.",
        "Its ongoing inquiry and its kind of car. The firm, its time running out, sold. Its official launch.",
        "Ireland lead by points. They lead by 3 points. Changes in affect and mood. Its far more powerful"
        " engine. It was their after-party.",
        "It has been past the point of no return. Prices were lower then the government stepped in.",
        "Just past it's a shop. It's past its prime. Their in-laws came. Their too-small shoes.",
        "The drug's emotional affect on patients. He was not past his best.",
        "If they want more, then they do. He was better then, he said. It's in there, the highest in town.",
        "In the square, there first came a rumble. It was there first thing.",
        "Sales grew more and then expected to slow. We want more, then usual things happen.",
        "Let Ivan lead the team. Ivan and Maria lead the team. Did Ivan lead it? Ireland lead by the break.",
        "The coach insisted that Ivan lead the team. Would Ivan lead it? Ivan will lead.",
        "He got there first ever. We went there first away from the crowds. They went out there Saturday"
        " night. We got out of there quickly. Prices there rose way more than expected.",
        "We have past and present members. They have past convictions. It had past form.",
        "The company added its 10 pm news bulletin. The firm sold its to-do list.",
        "The so-called laws of the jungle reign in the suburbs.",
        "Its only child, its very existence and its all-time high.",
        "Prices were higher then, the report said. The king's reign in Spain lasted years.",
        "The pipes had lead in them. There lives a man who has lead poisoning.",
        "With there being no deal, they went against their will. Their needs to be met come first.",
        "Its in-house team and its likely successor met. Leaders lead by example.",
        "Before it's too late, as it's clear, like it's 1999. The stuff on there is good.",
        "Prices were lower then the government stepped in.",
        "She was younger then and wiser. It was bigger then in the 1990s. It was colder then, she said.",
        "The firm said its stated aim was growth. It and its estimated 5,000 staff had its budget cut by"
        " half. Europe and its caught-in-the-middle position.",
        "The firm said its reported profits were wrong. The charity and its alleged victims met. Its"
        " thought process is opaque. Its known members fled.",
        "Let there be light. We went there to work. I saw there was a problem.",
        "They wanted to stay out there all night. He went out there last week. In the square, there stood"
        " a statue. We found them up there playing cards.",
        "The river was lower then than now. Sales were better then. We met more often then, a decade ago.",
        "People there say so. Is there anything left? They lived there years ago. We went there Monday.",
        "They went there last week and played there Saturday night. He worked there part time.",
        "The fans cheered and it's time to go. Fine food and it's people who matter. Cheer up, it's Friday.",
        "You'll find it's a great place. I guess it's Apple that leads. Polls show it's time for change.",
        "We've found it's voter error. You'll stand there taking damage.",
        "Don't worry, it's back on. I turn it's back on again. Make it big, it's best to wait.",
        "It's commitment to the cause that counts. It's decision time for the board.",
        "We left early as it's early days. He stayed home as it's hard times for everyone.",
        "He is not rich, nor it's fair to say so.",
        "Fans there first saw the show in 1999. We went to Paris, there first and then to Rome. They"
        " fought there way better than anyone.",
        "People there say so. The fans in there cheered. It is dark in there tonight. The town there has"
        " changed. They were in there fighting.",
        "There was no change at all there last year. I will be there tomorrow morning, and there Christmas"
        " Day. We stayed in there three hours. Get over there first thing tomorrow.",
        "Things were different then, and it's best to wait. It was different then the war came.",
        "He played for all it's worth. That's all it's cracked up to be.",
        "We stayed in since it's Christmas. Leave before it's dark, or after it's time.",
        "As a side note, there studies that show benefits of meditation.",  # a verb missing, not "their"
        "There are many people there today, and more there tomorrow.",
        "For there is no doubt. Many believe in there remains a chance. The fans on there were loud.",
        "He knew there remains a chance. She says there seems to be a problem. He said there comes a time.",
        "England scored twice and lead 2-0 at the break. They scored and lead the league.",
        "It's time to go. It's raining men. It's the end, it's money well spent and it's people who matter.",
        "The man who's been arrested is 45. They're people who care. Who's going? They're home now.",
        "The woman who's responsible left. You're welcome, and you're right. Whose coming of age was it?",
        "The stuff in there somewhere is good. With there being no deal, is there time?",
        "For there to be peace, talks must go on.",
        "It's cold in there, stored away from the light. The boxes in there marked fragile are mine.",
        "What's on there now? It's up there with the best. Although there were doubts, as there are today.",
        "I think it's money well spent. They said it's time to go. Sources say it's Apple that leads.",
        "I think it's time and money well spent. He said it's bread and butter issues that matter.",
        "It will shape its foreign and domestic policies. It is spreading its snowy, icy mess east.",
        "It relies on growth to justify its extremely high (relative to past losses) valuation.",
        "It bought GeCAD to get its anti-virus technology. If Cannes is formal, Toronto is its opposite.",
        "The firm, on its own, trained its highly skilled staff; its most important asset and its very"
        " existence were at stake. It raised its dividend, its first in a decade.",
        "Make no mistake, it's war. Whether it's Siri shortcuts or maps, it's people who matter.",
        "Their needs to be met come first. Their to-do list grew.",
        "Their for-profit arm and their already high prices.",
        "The two hugged each other then left. One rode on, and the other then turned back.",
        "Prices were higher then they fell. It was bigger then, and it is bigger now.",
        "He was more interested in politics then, and less in business. The team did more with the"
        " ball then scored twice. Prices were higher in the 1990s then they fell.",
        "The firm grew bigger and then the market crashed. I would rather go home then, she said.",
        "He was tired then and angry now. Prices rose higher then the government had to step in.",
        "He grew stronger then most people left.",  # a clause with a verb of its own
        "Her affect on stage was flat. He took affect-laden notes. The years past away from home.",
        "They want to effect change. The law will effect the transfer. Its effects the next day were clear.",
        "Your going to the party upset him. Your very own car, your not-for-profit arm, your welcome pack.",
        "Are there going to be more? There going to be a vote? Their going to the party was fun.",
        "The weather was cold. A grizzly bear attacked. The first phase began. He went through the door.",
        "It was past midnight. The deadline was past its due date.",
        "The Eagles lead 14-7. England lead by two goals. The team lead the league. They lead the way.",
        "We will lead. He wants to lead. She insisted that he lead the talks. Leaders lead by example.",
        "Polls gave her a 10-point lead by Clinton standards. Her lead by Gallup figures held.",
        "Verstappen extended his points lead by 12 points. The early lead by Clinton evaporated.",
        "It went ahead despite there being no quorum, and without there having been a debate.",
        "Water poured over the edge. It is a principle of law, and he is a man of high principle.",
        "The school principle of fairness held. A legal council meeting was held.",
        "He gave advice the board ignored. The capital was hit by rockets. The stationery shop was closed.",
        "What is it made of. It is all they are capable of.",
        "The farmer sold the wether to a neighbour.",
        "The plan had its possible uses, and its all-but-certain failure was noted.",
        "He drove from there heading north. Get out of there running. People moved to there during the war.",
        '"We found water in vapor form," lead researcher Lucas Paganini said.',
        "He is a principle-driven man. In principle the cause is good.",
        "The firm closed its more than 200 stores. It reported its bigger than expected loss.",
        "It proved its worth something. Its time in the sun came. The board has its time to respond.",
        "It's second nature to him. It's first come, first served. It's second-hand news.",
        "It's primary day in New York and front-runners Hillary Clinton and Donald Trump are ahead.",
        "Its supposed benefits were small. Its meant purpose was clear. Its likely successor was named.",
        "Its shares rose, and it's money well spent. Its profits rose, and it's good news.",
        "Officials say it's expected growth will slow. Analysts say it's said prices will rise.",
        "He came back, it's true. It's paid leave, not a holiday. I think it's used cars that sell.",
        "Its for-profit arm and its up-to-date map. It cut its fair share, did its best and got its due.",
        "The airline set out its no-fly rules and its no deal plans. Its No 1 seed lost; its no. 2 won.",
        "Prices were higher then the government stepped in. He moved in more, then left.",
        "The queen chose to reign in Spain. His reign in Rome lasted. The affect and mood of the film.",
        "They close out there, then fly home. They stayed out there season after season.",
        "Their and our children were there. The board has its time to respond. Its time to market was long.",
        "Their might grew. Is their decision final? Take a breath in. They and past out-of-towners came.",
        "He had been in there last week and in there last 10 days. Its such-and-such rule applies.",
        "He gave more time to students then left. They saw it's time to go.",
        "Its his and hers towels were sold. I saw it's time to go. The principle-driven actor left.",
        "Get in there mate, he shouted. Get out there people and vote. They stayed in there hours.",
        "I met them there last week. I saw him there first thing. He sat in there alone — nobody came.",
        "He wanted more, then once again left. He said it's “crazy” and that it's “fake news”.",
    ],
)
def test_sound_alikes_left_alone(text: str) -> None:
    assert check_text(text, path="a.txt", select=["TY002"]) == []


def test_a_paragraph_ending_at_an_ordinal_or_a_particle_is_read_without_failing() -> None:
    # no sentence end after "it's third": the next token is past the paragraph's end
    for text in ("The team said it's third", "Up it's fine", "The club won it's second game in a row."):
        report = Linter(Config(select=("TY002",), languagetool="off")).run([read_text(text, "a.txt")])
        assert report.notices == [], report.notices
    assert [d.suggestions for d in report.diagnostics] == [("its",)]


def test_a_hyphenated_noun_is_suggested_where_the_data_lists_it() -> None:
    diags = check_text("The follow up was released three years later.", path="a.txt", select=["TY002"])
    assert [d.suggestions for d in diags] == [("follow-up",)]
    diags = check_text("We need to followup on the leads.", path="a.txt", select=["TY002"])
    assert [d.suggestions for d in diags] == [("follow up",)]


@pytest.mark.parametrize(
    ("text", "found", "suggestion"),
    [
        ("He said the plan was dangerous.The man clearly has no idea.", "dangerous.The", "dangerous. The"),
        ("Who will pay for it all over?We will, as always, in the end.", "over?We", "over? We"),
        ('She walked the red carpet."It\'s a great night for all of us."', "carpet.\"It's", "carpet.\" It's"),
        # A question glued on, after a name.
        (
            "They are backed by Turkey.Theyre killing soldiers and civilians with chemical weapons?",
            "Turkey.Theyre",
            "Turkey. Theyre",
        ),
        # The stop after the closing mark or bracket.
        (
            'He called the plan "a good idea".The man said no more about it that day.',
            'idea".The',
            'idea". The',
        ),
        (
            "It is a natural probiotic).Made from apples, it keeps for months.",
            "probiotic).Made",
            "probiotic). Made",
        ),
        # A title's full stop: a missing space, not a headline glued on.
        ("But Sens.Ted Cruz, R-Texas, and Gov. John Kasich are not giving up.", "Sens.Ted", "Sens. Ted"),
        # ... nor does one in the sentence glued on: it runs on past "Dr.".
        ("Opioids are a cash cow.Dr. Andrew Kolodny, a doctor, told the paper so.", "cow.Dr", "cow. Dr"),
        # ... nor past a name's initial.
        (
            "It taints the entire food supply.Zach C. Miller was raised to value health.",
            "supply.Zach",
            "supply. Zach",
        ),
    ],
)
def test_missing_space_between_sentences(text: str, found: str, suggestion: str) -> None:
    diags = check_text(text, path="a.txt", select=["TY007"])
    assert [text[d.column - 1 : d.end_column - 1] for d in diags] == [found]
    assert list(diags[0].suggestions) == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers moved to Amazon.Com and never came back to the high street.",  # a name with a dot
        "The story is at example.com/News.Today and on the front page.",  # an address
        "Troops stormed a hotel in the capital.Gunmen Attack Resort in Mali's Bamako",  # BP004's
        "The firm sold 1.5 million units in the U.S. The rest went to Europe.",
        "Visit site.Com today.",  # too short to be a sentence
    ],
)
def test_no_missing_space(text: str) -> None:
    assert check_text(text, path="a.txt", select=["TY007"]) == []


def test_lexicon_read_directly_matches_wordfreq() -> None:
    """The packed list read without importing wordfreq gives wordfreq's own values."""
    from wordfreq import zipf_frequency

    from copydesk.spelling import lexicon

    lex = lexicon()
    assert len(lex) > 300_000
    for word in ("the", "said", "hostage", "islamic", "maghreb", "snaffled", "analsyts"):
        assert abs(lex.get(word, 0.0) - zipf_frequency(word, "en", wordlist="large")) < 0.01, word


@pytest.mark.parametrize(
    ("text", "flagged", "suggested"),
    [
        # Shapes from the corpus.
        ("Federer looked on course for a easy victory.", ["a"], ["an"]),
        ("The medium had already had an deleterious impact.", ["an"], ["a"]),
        ("He became a honorary research professor.", ["a"], ["an"]),
        ("Police showed the rescue of a 8-year-old girl. With a 11-hour battery.", ["a", "a"], ["an", "an"]),
        ("Nurses United, an 185,000-member union, backs Sanders.", ["an"], ["a"]),
        ("A elderly man is carried across the border.", ["A"], ["An"]),
        ("Federal authorities charged an Philadelphia chiropractor.", ["an"], ["a"]),
        ("The offer was a “excellent strategic fit”.", ["a"], ["an"]),
        ("It is an head-to-head contest on an high-end camera.", ["an", "an"], ["a", "a"]),
        ("It was a on/off switch.", ["a"], ["an"]),
        # Before a word no article precedes, "an" is "and" typed short and "a" lost a word.
        ("They met at a specific time and place, an thus they can not be re-created.", ["an"], ["and"]),
        ("We will see whether it's a on a Bosman or not.", ["a"], []),
    ],
)
def test_indefinite_article(text: str, flagged: list[str], suggested: list[str]) -> None:
    assert _flagged_and_suggested(text, "TY008") == (flagged, suggested)


@pytest.mark.parametrize(
    "text",
    [
        "An hour later, a unique chance came: a one-off, a European first, a U-turn and an X-ray.",
        "An Uber driver met an FBI agent at a NATO summit in Frankfurt an der Oder.",
        "It was an historic day and a historic day, with an herb and a herb.",
        "Plan A is fine, vitamin A appears, and type A personalities thrive.",
        "An 8% rise, an 11,000-strong crowd, a 100-year-old man, an 18th birthday.",
        "A utility, a usual day, a unanimous vote, an unconfirmed report, an upgraded camera.",
        "Nostalgia for a (older, whiter) America.",
        "An honest man waited an hourlong hour for an heiress.",
        "An as yet unnamed man met a then little-known senator, an It girl and a “to do” list.",
    ],
)
def test_indefinite_article_left_alone(text: str) -> None:
    assert check_text(text, path="a.txt", select=["TY008"]) == []
