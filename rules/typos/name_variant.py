"""TY004 name-variant."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from copydesk import Article, Family, Finding, Related, Rule, Severity, spelling
from copydesk.patterns import lazy_re

# Endings that make related words of one stem, not a misspelling:
# "Malian"/"Malians", "Wahhabis"/"Wahhabism".
_ENDINGS = frozenset({"", "s", "es", "n", "an", "ans", "i", "is", "a", "ism", "isms", "ist", "ists"})


_DOUBLED = lazy_re(r"(.)\1")


def _only_doubling_apart(a: str, b: str) -> bool:
    """Two forms that differ only in letters doubled or not: "Meghann" / "Meghan"."""
    return _DOUBLED.sub(r"\1", a.lower()) == _DOUBLED.sub(r"\1", b.lower())


def _related(a: str, b: str) -> bool:
    """Two forms of one stem with different endings; not one form with a
    letter doubled ("Kenteriis" is no "-is" form of "Kenteris")."""
    if len(a) != len(b) and _only_doubling_apart(a, b):
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return any(a[cut:] in _ENDINGS and b[cut:] in _ENDINGS for cut in range(max(4, shared - 3), shared + 1))


# British spellings as American ones: "centre", "labour", "catalogue", "organise".
_REGIONAL = (
    (re.compile(r"(?<=[a-z][a-z])re(s?)$"), r"er\1"),
    (re.compile(r"(?<=[a-z])our(?=[a-z]*$)"), "or"),
    (re.compile(r"(?<=[a-z])(i|y)s(?=(?:e|es|ed|ing|ation|ations)$)"), r"\1z"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"ence(s?)$"), r"ense\1"),
    (re.compile(r"(?<=[aeiou])ll(?=(?:ed|er|ers|ing|or|ors)$)"), "l"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),
)
REGIONAL_WORD = 2.5  # zipf of a common English word


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    for pattern, replacement in _REGIONAL:
        word = pattern.sub(replacement, word)
    return word


def _regional(a: str, b: str) -> bool:
    """Two common English words spelled the American and the British way:
    two venues' or bodies' own names ("Gorge Amphitheater", "Shoreline
    Amphitheatre"; "Labor Department", "Labour Party"), not a slip."""
    return (
        _american(a.lower()) == _american(b.lower())
        and spelling.zipf(a) >= REGIONAL_WORD
        and spelling.zipf(b) >= REGIONAL_WORD
    )


def _variants(a: str, b: str) -> bool:
    """Two capitalised forms that are one name spelled two ways."""
    low_a, low_b = a.lower(), b.lower()
    if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or low_a == low_b or abs(len(a) - len(b)) > 2:
        return False  # more than two letters apart is more than two edits
    if low_a[0] != low_b[0]:
        return False  # a name's first letter is rarely the slip: "Rostovsky" / "Moskovsky"
    if _related(low_a, low_b) or _regional(a, b):
        return False
    if spelling.zipf(a) > 0 and spelling.zipf(b) > 0 and (low_a.startswith(low_b) or low_b.startswith(low_a)):
        return False  # two attested names: "Corse"/"Corser"
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    from rapidfuzz.distance import OSA

    return bool(OSA.distance(low_a, low_b, score_cutoff=limit) <= limit)


def _word_for_name(rare: str, common: str) -> bool:
    """The rarer form is an English word and the common one is not: a word
    beside a name ("Brazil" in a story about Donna Brazile, "Bread and
    Circuses" after "Panem et Circenses"), not a slip. Accents alone do not
    count: "Soufflé" / "Souffle" is one word written two ways."""
    if _unaccented(rare) == _unaccented(common):
        return False
    return spelling.in_dictionary(rare.lower()) and not spelling.in_dictionary(common.lower())


def _long_enough(rare: str, common: str) -> bool:
    """Forms long enough to be one name: five letters each, or a four-letter
    slip of a five-letter name that is no everyday word ("Kery" for "Kerry";
    not "Deah" beside "Death", nor "Hilal" beside "Hill")."""
    if min(len(rare), len(common)) >= 5:
        return True
    return len(rare) == 4 and len(common) == 5 and spelling.zipf(common) < spelling.VERY_COMMON_ZIPF


def _lone_use_suffices(rare: str, common: str) -> bool:
    """One use of the name is evidence enough when the slip is barely
    attested (a stray "Jannet" beside "Janet Jackson") and the name is no
    everyday word: an everyday word capitalised once is a title or a month
    ("Tea Partiers" beside "Parties", "Marci" beside "March")."""
    return spelling.zipf(rare) < spelling.KNOWN_ZIPF and spelling.zipf(common) < spelling.VERY_COMMON_ZIPF


# How much commoner the name must be than a barely attested form its article
# uses once (five times: "Nevile" beside "Neville", "Torey" beside "Torrey";
# see `_margin`); otherwise FAR_MORE.
RARE_FORM_MARGIN = 0.7


def _margin(rare: str, common: str, common_uses: Sequence[spelling.Word]) -> float:
    if spelling.zipf(rare) >= spelling.KNOWN_ZIPF or spelling.in_dictionary(rare.lower()):
        return spelling.FAR_MORE  # a form the web or the dictionary knows ("Arabiya", "Cooky")
    if len(common_uses) >= 2:
        return RARE_FORM_MARGIN
    # Once beside once, a letter doubled or not is one name's two spellings
    # ("Meghann", "Meghan"); another slip is a slip ("Berkshire Hathway").
    return spelling.FAR_MORE if _only_doubling_apart(rare, common) else RARE_FORM_MARGIN


def _slips_of_known_names(
    analysis: spelling.Spelling, names: dict[str, int]
) -> Iterator[tuple[str, list[spelling.Word]]]:
    """A rare known form used once beside a far commoner name the article
    uses more than once (or once: see `_lone_use_suffices`), one edit apart
    ("Telsa" beside "Tesla", "the Catholic Chruch"; a barely attested form
    beside a name used more need only be rarer: see `_margin`): wordfreq lists the slip
    too, so neither is a rare name and misspelled-word trusts both. Yields
    the slip and the name's uses."""
    once = [form for form, count in names.items() if count == 1 and spelling.zipf(form) > 0]
    if not once:
        return
    capitalised: dict[str, list[spelling.Word]] = defaultdict(list)
    for w in analysis.words:
        if w.capitalised and not w.acronym and w.text not in names:
            capitalised[w.text].append(w)
    from rapidfuzz.distance import OSA

    for rare in once:
        for common, common_uses in capitalised.items():
            if (
                common[:1] == rare[:1]
                and abs(len(rare) - len(common)) <= 1  # one edit apart at most
                and (len(common_uses) >= 2 or _lone_use_suffices(rare, common))
                and not all(w.initial for w in common_uses)  # a name, not a word opening sentences
                and _long_enough(rare, common)
                and not _related(rare.lower(), common.lower())
                and OSA.distance(rare.lower(), common.lower(), score_cutoff=1) <= 1
                and spelling.zipf(common) - spelling.zipf(rare) >= _margin(rare, common, common_uses)
                and not _word_for_name(rare, common)
                and not _regional(rare, common)
                and not spelling.foreign_word(rare)
            ):
                yield rare, common_uses
                break


def _surname_slips(
    article: Article, analysis: spelling.Spelling
) -> Iterator[tuple[list[spelling.Word], list[spelling.Word]]]:
    """A surname with an "s" added or dropped after an honorific ("Keir
    Mather" then "Mr Mathers", "Bill Gates" then "Mr Gate's"), a form never
    given with a first name: an ending that elsewhere makes a related word
    ("Malian" / "Malians") makes none here. Yields the slip's uses and the
    uses of the surname with its first name."""
    words, prose, given = analysis.words, article.prose, spelling.given_names()
    with_first: dict[str, list[spelling.Word]] = defaultdict(list)
    with_title: dict[str, list[spelling.Word]] = defaultdict(list)
    for before, w in pairwise(words):
        gap = prose[before.span.end : w.span.start]
        if before.text in spelling.HONORIFICS and gap in (" ", ". ") and len(w.text) >= 4:
            with_title[w.text].append(w)
        elif before.text in given and gap == " " and w.capitalised and not w.acronym:
            with_first[w.text].append(w)
    for form in sorted(with_title.keys() - with_first.keys()):
        other = form[:-1] if form.endswith("s") else form + "s"
        if other in with_first:
            yield with_title[form], with_first[other]


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


class NameVariant(Rule):
    """
    ## What it does
    Flags one name spelled two ways in an article or, with `--story`, across
    the files of a story ("Belmokhtar" / "Belmoktar"). The rarer form is
    reported, with the common one as the suggestion and its first use as a
    related location; of two forms used as often, the one whose letters
    English spelling seldom puts together ("Braiiker" beside "Braiker").

    ## Why is this bad?
    At least one of the spellings is wrong, and a reader cannot tell which.
    (A slip of a name the lexicon knows, "Belmoktar" beside "Belmokhtar", is
    reported by misspelled-word; this rule covers names no lexicon knows, and
    slips the lexicon lists too: a rare form used once beside a name a hundred
    times commoner that the article uses more, "Telsa" beside "Tesla" (five
    times, where no dictionary lists the form and the web barely does:
    "Nevile" beside "Neville", "Hathway" beside "Hathaway"), or
    uses once too where the slip is barely attested and the name is no
    everyday word, "Jannet" beside "Janet".)

    ## Example
    ```text
    Al-Mourabitoun claimed the attack. Al-Mourabitoun is led from Libya. Al-Mourabitun denied it.
    ```

    ## Use instead
    ```text
    Al-Mourabitoun claimed the attack. Al-Mourabitoun is led from Libya.
    ```

    ## Options
    None. Forms of one stem with different endings ("Malian" / "Malians",
    "Wahhabis" / "Wahhabism") are related words, not variants (a letter
    doubled is a slip: "Kenteriis" / "Kenteris"; so is an "s" added to or
    dropped from a surname after an honorific, in a form never given with a
    first name: "Keir Mather" / "Mr Mathers"); two names that differ in
    their first letter ("Rostovsky" / "Moskovsky"), and two the lexicon
    knows where one is the other with letters added ("Corse" / "Corser"),
    are two names. Names are compared from five letters; a four-letter form
    only as the slip of a five-letter name that is no everyday word ("Kery"
    for "Kerry"; not "Deah" beside "Death"). A form that is an English word
    is not a variant of one that is not ("Circuses" / "Circenses"), and the
    American and British spellings of a common word are two venues' or
    bodies' own names ("Gorge Amphitheater", "Shoreline Amphitheatre";
    "Labor Department", "Labour Party").
    """

    code = "TY004"
    name = "name-variant"
    family = Family.TYPOS
    severity = Severity.WARNING
    group = "spelling"

    def _pairs(self, names: dict[str, int]) -> Iterator[tuple[str, str]]:
        """(rarer, common) pairs among name forms with their counts."""
        forms = sorted(names)
        by_letter: dict[str, list[int]] = defaultdict(list)  # only forms with one first letter can pair
        for i, form in enumerate(forms):
            by_letter[form[:1].lower()].append(i)
        close = sorted(
            (i, j)
            for group in by_letter.values()
            for k, i in enumerate(group)
            for j in group[k + 1 :]
            if _variants(forms[i], forms[j])
        )
        for i, j in close:
            a, b = forms[i], forms[j]
            if names[a] != names[b]:
                rare, common = (a, b) if names[a] < names[b] else (b, a)
            else:
                # Used as often: the slip is the one whose letters spelling seldom
                # puts together ("Braiiker" beside "Braiker", "Sillefman" beside "Sillerman").
                plausible = spelling.letter_plausibility(a), spelling.letter_plausibility(b)
                rare, common = (a, b) if (plausible[0], b) < (plausible[1], a) else (b, a)
            if _long_enough(rare, common) and not _word_for_name(rare, common):
                yield rare, common

    def check(self, article: Article) -> Iterator[Finding]:
        analysis = spelling.analyse(article, self.context.vocabulary)
        slipped = {s.word.text for s in analysis.slips}
        names = {form: len(uses) for form, uses in analysis.names.items() if form not in slipped}
        uses = dict(analysis.names)
        pairs = list(self._pairs(names))
        for rare, common_uses in _slips_of_known_names(analysis, names):
            common = common_uses[0].text
            uses[common], names[common] = common_uses, len(common_uses)
            pairs.append((rare, common))
        for rare_uses, common_uses in _surname_slips(article, analysis):
            rare, common = rare_uses[0].text, common_uses[0].text
            uses.setdefault(rare, rare_uses)
            uses.setdefault(common, common_uses)
            names.setdefault(rare, len(rare_uses))
            names[common] = max(names.get(common, 0), len(common_uses))
            pairs.append((rare, common))
        for rare, common in pairs:
            first = uses[common][0]
            for use in uses[rare]:
                yield self.finding(
                    use.span.start,
                    use.span.end,
                    f"“{rare}” is spelled “{common}” elsewhere in this article",
                    suggestions=[common],
                    related=[Related(first.span, f"“{common}” used here")],
                    confidence=0.8 if names[common] > names[rare] else 0.5,
                )

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        where: dict[str, list[tuple[Article, spelling.Word]]] = defaultdict(list)
        for article in articles:
            analysis = spelling.analyse(article, self.context.vocabulary)
            slipped = {s.word.text for s in analysis.slips}
            for form, uses in analysis.names.items():
                if form not in slipped:
                    where[form].extend((article, w) for w in uses)
        counts = {form: len(uses) for form, uses in where.items()}
        for rare, common in self._pairs(counts):
            common_articles = {id(a) for a, _ in where[common]}
            other_article, first = where[common][0]
            for article, use in where[rare]:
                if id(article) in common_articles:
                    continue  # same file: check() reports it
                yield (
                    article,
                    self.finding(
                        use.span.start,
                        use.span.end,
                        f"“{rare}” is spelled “{common}” in {other_article.path}",
                        suggestions=[common],
                        related=[Related(first.span, f"“{common}” used here", other_article)],
                        confidence=0.8 if counts[common] > counts[rare] else 0.5,
                    ),
                )
