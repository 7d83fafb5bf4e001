"""AT006 incomplete-first-reference."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from copydesk import Article, Family, Finding, Severity, attribution, spelling, wordlists
from copydesk.patterns import LazyPattern, lazy_re
from copydesk.positions import Span
from copydesk.text import is_title_case, sentence_spans, starts_sentence, unended_line

# "the Scotsman", "many Britons", "a Miss Universe", "the Anfield crowd": a
# determiner makes the name a type, a title or a modifier, not a person.
_DETERMINER_BEFORE = lazy_re(r"\b(?:the|a|an|many|some|every)\s+$", re.IGNORECASE)
PLURAL_OF_COMMON = 4.0  # zipf of a singular whose plural is a noun, not a surname ("generic")
_DISPLAY_WORDS = 15  # the longest line read as a headline or deck when the reader marked none
DICTIONARY_WORD = 100  # pyspellchecker's count above which a word opening a sentence is a word, not a name
COMMON_WORD = 3.5  # zipf above which a capitalised word is as likely a word or place as a surname

# An age beside a lone name: the paper uses a given name on purpose (a child, a name withheld).
_AGE_AFTER = lazy_re(r",\s*\d{1,3}\b(?!\s*(?:%|percent|per|million|billion|years? ago))")
_AGE_BEFORE = lazy_re(r"\b\d{1,3}-year-old\s+$")
_HONORIFIC = lazy_re(rf"\b(?:{'|'.join(spelling.HONORIFICS)})\.?\s+(?P<name>[A-Z][\w’'-]+)")
# A title before a surname introduces the person ("President Macron").
_GIVEN_BEFORE = lazy_re(r"\b([A-Z][a-z]+) $")
_TITLE = lazy_re(
    r"(?:President|Minister|Secretary|Senator|Sen\.|Rep\.|Governor|Gov\.|General|Gen\.|Colonel|Col\.|Judge|"
    r"King|Queen|Prince|Pope|Chancellor|Mayor|Premier|Sheikh|Ayatollah|spokesman|spokeswoman|Captain|Capt\.|"
    r"Lord|Lady|Sir|Dame|Baroness|Baron|star|striker|midfielder|defender|goalkeeper|coach|manager|player|singer|"
    r"actor|actress|rapper|director|chief|boss|founder|CEO|chairman|Rev\.|Father|Bishop|Archbishop)\s+$"
)


def _plural(root: Any) -> bool:
    """A name the grammar makes plural: a plural proper noun, or alone as the
    subject of a plural verb ("Politicos call this the expectations game")."""
    if root.tag_ == "NNPS":
        return True
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    return verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children)


def _forms(word: str) -> tuple[str, ...]:
    """The word, and its singular if it may be a plural ("Dioxins")."""
    return (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word,)


_WORD_CHAR = lazy_re(r"[\w-]")
_ADDRESS_CHAR = lazy_re(r"[\w/.@-]")


def _uses(prose: str, word: str, end: int | None = None, before: LazyPattern = _WORD_CHAR) -> list[int]:
    """Where ``word`` stands alone in ``prose`` (up to ``end``): no word
    character or hyphen after it, nothing ``before`` matches just before it.
    (The literal is searched first: a long story has many names to look up.)"""
    found = []
    pattern = re.compile(rf"{re.escape(word)}(?![\w-])")
    for m in pattern.finditer(prose, 0, len(prose) if end is None else end):
        if m.start() == 0 or not before.match(prose, m.start() - 1):
            found.append(m.start())
    return found


def _written_lower(word: str, prose: str) -> bool:
    lower = word.lower()
    return lower != word and any(
        not prose.startswith(("/", "@"), at + len(lower)) for at in _uses(prose, lower, before=_ADDRESS_CHAR)
    )


def _mid_sentence(prose: str, at: int) -> bool:
    """A word at ``at`` is capitalised for itself, not because it opens a sentence."""
    return not starts_sentence(prose, prose.rfind("\n", 0, at) + 1, at)


def _only_opening(prose: str, word: str) -> bool:
    """Every use of the capitalised ``word`` opens a sentence: nothing shows it is a name."""
    return all(not _mid_sentence(prose, at) for at in _uses(prose, word))


def _given_name_before(prose: str, surname: str, start: int) -> bool:
    """Whether the surname at ``start``, or an earlier mention of it, follows
    a first name: a listed given name, a rare capitalised word, or any
    capitalised word inside a sentence (a longer name, "Dinh The Huynh", or
    a title), not one capitalised because it opens the sentence."""
    names = spelling.given_names()
    for at in _uses(prose, surname, start + len(surname)):
        given = _GIVEN_BEFORE.search(prose, max(0, at - 30), at)
        if given is None or given.group(1) in spelling.HONORIFICS:
            continue  # "Miss Traore" is the census's "Miss", not a first name
        word = given.group(1)
        if word in names or spelling.zipf(word) < COMMON_WORD or _mid_sentence(prose, given.start(1)):
            return True
        if word == "He":
            return True  # "He Lifeng said": the Chinese surname; the pronoun never comes before a bare name
    return False


def _display_line(article: Article, start: int) -> bool:
    """A headline or deck the reader did not mark as one: a short line among
    the first two of the body, above more text ("Netanyahu rejects Trump's
    remarks." over "JERUSALEM - Israeli Prime Minister Benjamin Netanyahu
    ..."). Such lines use surnames by convention."""
    para = article.paragraph_of(start)
    body = article.body
    return (
        para is not None
        and para in body[:2]
        and len(body) > 2
        and "\n" not in article.text(para)
        and len(article.text(para).split()) <= _DISPLAY_WORDS
    )


def _title_line(text: str) -> bool:
    """A headline: one title-case line with no sentence end."""
    return unended_line(text) and is_title_case(text)


def _named_in_full_later(prose: str, surname: str, end: int) -> bool:
    """A given name or a title with the surname later on ("Mahmoud Ahmadinejad")."""
    for m in re.finditer(rf"\b([A-Z][\w’'.-]*) {re.escape(surname)}(?![\w-])", prose[end:]):
        if m.group(1).rstrip(".") not in spelling.HONORIFICS:
            return True
    return False


# He or she (his, her...) referring back: a person, not a brand, a film or a coin.
_PERSONAL = attribution.words_pattern(attribution.PERSONAL_PRONOUNS)
_WHO_AFTER = lazy_re(r",?\s+who\b")


def _acts_as_person(article: Article, start: int, end: int, sources: list[Span]) -> bool:
    """Whether the article treats a bare name as a person: a speaker or
    source ("Gingrich said"), "who" after it, or he or she referring to it in
    its sentence or the next ("Wren was the author ..., and he championed").
    The recogniser calls brands, films and coins persons too ("Maserati
    revealed the new Quattroporte", "indie hit Juno came in third", "Ripple is
    down 30%")."""
    prose = article.prose
    if any(s.start <= start < s.end for s in sources) or _WHO_AFTER.match(prose, end):
        return True
    para = article.paragraph_of(start)
    if para is None:
        return False
    sentences = list(sentence_spans(prose, para))
    if not sentences:
        return False
    at = next((k for k, s in enumerate(sentences) if s.start <= start < s.end), len(sentences) - 1)
    stop = sentences[min(at + 1, len(sentences) - 1)].end
    return _PERSONAL.search(prose, end, stop) is not None


def _slip_of(surname: str, named: Sequence[str]) -> str | None:
    """The name of ``named`` that ``surname`` may be misspelt from: same
    first letter, one edit apart (two in longer names: "Tracey" for
    "Treacy", "Gate" for "Gates"), the closest first."""
    if len(surname) < 4:
        return None
    return next(
        (
            n
            for n, edits in spelling.close_words(surname, named, 2)
            if n[:1] == surname[:1] and len(n) >= 4 and edits <= (2 if len(n) >= 6 else 1)
        ),
        None,
    )


@cache
def single_names() -> frozenset[str]:
    """People known by one name, and figures of scripture and myth."""
    return frozenset(e.term for e in wordlists.load(__package__ or "", "single_names.txt"))


class IncompleteFirstReference(attribution.SourcingRule):
    """
    ## What it does
    Flags the first mention of a person by surname alone ("Macron
    reconfirmed ...") or by honorific and surname ("Mr Traore told AFP")
    when no fuller name appears earlier in the article. When one close to it
    does ("David Treacy", then "Mr Tracey"), the finding asks whether they are
    the same person and suggests the spelling given first.

    ## Why is this bad?
    The reader meets a stranger: a first reference gives the full name and,
    usually, who the person is. Stories cut from longer copy often lose it.

    ## Example
    ```text
    “Forces intervened,” Mr Traore told AFP. Macron reconfirmed his support.
    ```

    ## Use instead
    ```text
    “Forces intervened,” Security Minister Salif Traore told AFP.
    President Emmanuel Macron reconfirmed his support.
    ```

    ## Options
    None. A surname after a title ("President Macron") or a describing noun
    ("financier Soros", "supplier Ericsson") counts as introduced. Left alone:
    a name the grammar makes plural ("Politicos call this ..."), one
    modifying a noun ("a Miss England contestant"), an initial ("Mr. B's") and
    a lone name with an age ("Emily, 16", "20-year-old Amir"), which papers
    use on purpose, and a headline anywhere in the body (a title-case line
    with no sentence end). A bare surname is reported where the story
    treats it as a person: a speaker or source, "who" after it, or he or she
    referring to it in its sentence or the next (the recogniser calls films,
    coins and companies persons too: "indie hit Juno came in third"); "He
    Jianxiong" is a full name. People
    known by one name (Rihanna, Pelé) and figures of scripture and myth are
    listed in `single_names.txt` beside this rule; a desk can add its own.
    """

    code = "AT006"
    name = "incomplete-first-reference"
    family = Family.ATTRIBUTION
    severity = Severity.WARNING

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        seen_full: set[str] = set()
        full_names: dict[str, str] = {}  # surname -> the full name that introduced it
        seen: set[str] = set()
        others: set[str] = set()  # words the NER also calls places or organisations
        other_names: list[tuple[int, str]] = []  # two-word names it calls places or organisations
        people: list[tuple[int, int, str, bool, bool, bool]] = []
        if article.analysis is None:
            return
        for pd in article.analysis.docs:
            for ent in pd.doc.ents:
                if ent.label_ == "PERSON":
                    subject = ent.root.dep_ in ("nsubj", "nsubjpass")
                    text = ent.text.rstrip()  # "Yellen  The ...": a run of spaces is a token of its own
                    start = pd.offset + ent.start_char
                    before = pd.doc[ent.start - 1] if ent.start else None
                    # "supplier Ericsson", "the moon Ganymede", "band member Flea":
                    # a noun that describes the name introduces it (or says it is no person).
                    described = (
                        before is not None
                        and before.pos_ == "NOUN"
                        and before.is_lower
                        # its head is the name, or the parser made them two subjects
                        and (ent.start <= before.head.i < ent.end or before.dep_ == ent.root.dep_)
                    )
                    # "a former Miss England contestant", "Obama era rules": a name
                    # modifying a common noun names a kind of thing, not the person.
                    modifier = (
                        ent.root.dep_ == "compound" and ent.root.head.i >= ent.end and ent.root.head.is_lower
                    )
                    people.append(
                        (start, start + len(text), text, subject, described or modifier, _plural(ent.root))
                    )
                elif ent.label_ in ("GPE", "ORG", "NORP", "LOC", "FAC"):
                    # "Mason Rudolph’s helmet" taken for an organisation: "Rudolph" is named
                    others.update(re.sub(r"[’']s$", "", w) for w in ent.text.split())
                    if len(ent) == 2 and all(t.is_alpha and t.is_title for t in ent):
                        # "Sedelia Rodriguez, a lecturer" taken for one: a name to misspell later
                        other_names.append((pd.offset + ent.start_char, ent.text))
        honorifics = {m.start(): m for m in _HONORIFIC.finditer(prose)}
        sourcing = attribution.analyse(article)
        quoted = [q.span for q in sourcing.quotes]
        sources = [a.source for a in sourcing.attributions if a.source is not None]
        headline = article.headline_span
        single = single_names()
        for start, end, text, subject, described, plural in sorted(people):
            words = [re.sub(r"[’']s$", "", w) for w in re.split(r"\s+", text) if w]
            surname = words[-1]
            hon = next((m for s, m in honorifics.items() if s <= start < m.end()), None)
            if len(words) > 1:
                seen_full.update(words)  # "Dwain Chambers": later "Dwain" or "Chambers" is introduced
                full_names.setdefault(surname, text)
                seen.add(surname)
                continue
            para = article.paragraph_of(start)
            at_start = para is not None and para.start == start
            dateline = attribution.DATELINE_AFTER_PLACE.match(prose, end) if at_start else None
            if dateline and attribution.agency(dateline["agency"]):
                continue  # "Dehradun (PTI): ...": the dateline's place
            if (headline and headline.start <= start < headline.end) or any(
                q.start <= start < q.end for q in quoted
            ):
                continue  # headlines and quoted speech use surnames by convention
            if para is not None and _title_line(article.text(para)):
                continue  # "Kucinich Asks for New Hampshire Recount": a headline, anywhere in the body
            if _display_line(article, start) and _named_in_full_later(prose, surname, end):
                seen.add(surname)
                continue  # "Ginsburg apologizes ..." over the story that names Ruth Bader Ginsburg
            if surname in seen or surname in seen_full or surname in others or surname.upper() in seen_full:
                # ("BILL HARRIS" in a byline introduces "Mr. Harris")
                seen.add(surname)
                continue
            if described or surname in single:
                seen.add(surname)
                continue
            if surname in attribution.outlets() or (
                surname.endswith("s") and spelling.zipf(surname[:-1]) >= PLURAL_OF_COMMON
            ):
                continue  # "Politico is asking"; "Generics are thriving": not people
            if len(surname.rstrip(".")) == 1:
                continue  # "dinner at Mr. B's", "Mr. X": an initial, a nickname or a name withheld
            if hon is None and (
                _AGE_AFTER.match(prose, end) or _AGE_BEFORE.search(prose, max(0, start - 20), start)
            ):
                continue  # "children Emily, 16, and Pelham, 14", "20-year-old Amir": a given name by choice
            if surname.lower().endswith(("ness", "ism")):
                continue  # "Britishness", "Thatcherism": an idea, not a person
            if plural and hon is None:
                continue  # "Politicos call this ...": many, not one person
            if _written_lower(surname, prose):
                continue  # "Cryptos legged lower" beside "the major cryptos": a word the sentence capitalised
            if (
                hon is None
                and _only_opening(prose, surname)
                and max(spelling.dictionary_count(w) for w in _forms(surname)) >= DICTIONARY_WORD
            ):
                continue  # "Hubris, arrogance and debt ...", "Dioxins--the most potent ...": a word
            first = hon.start() if hon else start
            inside = _GIVEN_BEFORE.search(prose, max(0, first - 30), first) if hon else None
            if inside and _mid_sentence(prose, inside.start(1)):
                continue  # "Little Miss Sunshine": the honorific is inside a longer name
            if _DETERMINER_BEFORE.search(prose[max(0, first - 6) : first]):
                continue  # also "the Romneys", "the Levins of his comparison": a family or a type
            if _given_name_before(prose, surname, start):
                # "Ramesh Raskar" that the recogniser cut in two, or "Zach
                # Parise’s" it missed earlier: the first name is just before.
                seen.add(surname)
                continue
            seen.add(surname)
            if _TITLE.search(prose[max(0, start - 30) : start]) or (
                hon is None and not surname[:1].isupper()
            ):
                continue
            camel = any(ch.isupper() for ch in surname[1:])  # "SpaceX", "McDonald's" brands more often
            if hon is None and (
                "-" in surname
                or camel
                or not subject
                or spelling.zipf(surname) >= COMMON_WORD
                or not _acts_as_person(article, start, end, sources)
            ):
                # "Al-Mourabitoun" (a group), "Porto" (a place the tagger took
                # for a person), "Williams": a bare name is flagged only as the
                # subject of a clause and when it is not also a common word.
                continue
            shown = prose[first:end]
            given = {**{n.split()[-1]: n for pos, n in other_names if pos < start}, **full_names}
            near = _slip_of(surname, list(given))
            if near is not None:
                # "Mr Tracey" after "David Treacy": the name was given, and misspelt here.
                fixed = prose[first:start] + near + prose[start + len(surname) : end]
                message = f"“{shown}” is named nowhere before, but “{given[near]}” is: the same person?"
                yield self.finding(first, end, message, suggestions=[fixed], group="spelling")
                continue
            yield self.finding(first, end, f"first reference to “{shown}” without a full name: who is this?")
