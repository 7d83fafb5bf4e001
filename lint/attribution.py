"""Quotes and who said them: the shared extractor of the attribution rules and
of ``copydesk sources``.

Quotations come from the text's marks (curly and straight, partial quotes,
quotes running over several paragraphs). Reporting cues ("said", "told",
"according to", "quoted ... as saying") and their sources come from the
dependency parse: the subject of the cue verb, the object of "according to",
the object of "quoted". Pronoun sources ("he said") are resolved to the last
named speaker of the paragraph or of the paragraph before.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from copydesk.article import Article
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.rule import Need, Rule
from copydesk.text import quote_marks, unended_line

if TYPE_CHECKING:
    from copydesk.nlp import ParagraphDoc

NEEDS = frozenset({Need.PARSE, Need.LEMMAS, Need.ENTITIES})
# Subjects, and the owners of a remark ("her remark that ...").
PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your"}
    | {"him", "them", "us", "me"}  # the object that says "to explain" ("asked him to explain")
)
_WORDS = lazy_re(r"\w+(?:['’]\w+)*")
_ENDS_SENTENCE = lazy_re(r"[.!?…:;][\"”’')\]]*\s*$")


@cache
def _lines(name: str) -> tuple[str, ...]:
    text = files("copydesk").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def cue_lemmas() -> frozenset[str]:
    """Lemmas of the reporting verbs, and the heads of the phrasal ones."""
    return frozenset(line.split()[0] for line in _lines("cues.txt"))


@cache
def phrasal_cues() -> dict[str, frozenset[str]]:
    """Verbs that report only with a particle ("point out", "go on"): head -> particles."""
    lines = _lines("cues.txt")
    single = {line for line in lines if " " not in line}
    pairs: dict[str, set[str]] = {}
    for line in lines:
        head, _, particle = line.partition(" ")
        if particle and head not in single:
            pairs.setdefault(head, set()).add(particle)
    return {head: frozenset(p) for head, p in pairs.items()}


@cache
def _single_cue_lemmas() -> frozenset[str]:
    """The cue lemmas that report on their own (not "point" of "point out")."""
    return cue_lemmas() - phrasal_cues().keys()


def object_senses() -> frozenset[str]:
    return frozenset(_lines("object_senses.txt"))


def outlets() -> tuple[str, ...]:
    return _lines("outlets.txt")


# A dateline: "Dehradun (PTI):", "BAGHDAD, Iraq (AP) -": a place, then the agency.
_AGENCY_AFTER_PLACE = r"(?:,[^()\n]{0,30})?\s*\((?P<agency>[^()\n]{2,20})\)\s*[:—–-]"
DATELINE_AFTER_PLACE = lazy_re(_AGENCY_AFTER_PLACE)
_DATELINE = lazy_re(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}" + _AGENCY_AFTER_PLACE)


def agency(name: str) -> bool:
    """Whether a dateline's brackets name a news agency ("PTI", "Reuters")."""
    return name.isupper() or name in outlets()


def dateline_agency(article: Article) -> str | None:
    """The agency a dateline opening the story names ("NIAMEY, Niger (Reuters) -"), if any."""
    for para in [p for p in article.body if p != article.headline_span][:2]:
        m = _DATELINE.match(article.prose, para.start, para.end)
        if m and agency(m["agency"]):
            return m["agency"]
    return None


@cache
def person_nouns() -> frozenset[str]:
    return frozenset(_lines("person_nouns.txt"))


@cache
def message_nouns() -> frozenset[str]:
    return frozenset(_lines("message_nouns.txt"))


@cache
def speech_nouns() -> frozenset[str]:
    return frozenset(_lines("speech_nouns.txt"))


@cache
def finders() -> frozenset[str]:
    return frozenset(_lines("finders.txt"))


@cache
def sayings() -> frozenset[str]:
    return frozenset(_lines("sayings.txt"))


@cache
def documents() -> frozenset[str]:
    return frozenset(_lines("documents.txt"))


def anonymous_heads() -> frozenset[str]:
    return frozenset(_lines("anonymous.txt"))


@cache
def _institution_words() -> frozenset[str]:
    return frozenset(_lines("institution_words.txt"))


def institution_word(word: str) -> bool:
    """A word of an institution's name that says nothing of its owner ("Armed")."""
    return word.lower() in _institution_words()


def names_owner(phrase: str) -> bool:
    """Whether an institution's phrase says whose it is: a possessive, or a
    capitalised word that is not part of an institution's name ("the Russian
    Foreign Ministry", "Northumbria Police"; not "the Armed Forces")."""
    if re.search(r"\b(?:its|their|his|her|our)\b|['’]s\b", phrase, re.IGNORECASE):
        return True
    words = re.findall(r"[\w-]+", phrase)
    return any(w[0].isupper() and not institution_word(w) for w in words)


def _outlet_names(lower: bool = False) -> str:
    """The outlets' names as one alternation, longest first."""
    return "|".join(re.escape(o.lower() if lower else o) for o in sorted(outlets(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _outlet_name() -> re.Pattern[str]:
    """Any outlet's name as a whole word, in lower case."""
    return re.compile(rf"(?<!\w)(?:{_outlet_names(lower=True)})(?!\w)")


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    names = _outlet_names()

    def outlet(group: str) -> str:
        # "Reuters news agency", "the Guardian newspaper", "NBC News" (a network's news division)
        suffix = r"\s+news\s+agency|\s+agency|\s+newspaper|\s+(?-i:News)"
        return rf"(?:the\s+)?(?P<{group}>(?-i:{names}))(?:{suffix})?"

    return re.compile(
        rf"\b(?:(?:told|to|according\s+to|quoted\s+by|speaking\s+to|in\s+an\s+interview\s+with)\s+{outlet('a')}"
        rf"|{outlet('b')}\s+(?:said|says|reported|reports|notes|noted|quoted|cited|writes|wrote|has\s+reported))\b",
        re.IGNORECASE,
    )


# "to" an outlet that is no channel of a report: a range ("from Obama to
# CNN"), listening, going or being brought back to it.
_NOT_TOLD = lazy_re(
    r"(?:\b(?:back|listening|listen|listened|goes|go|went|going|gone)"
    r"|\bfrom\s+(?:(?!(?:said|says|told|stated|explained|confirmed|wrote|spoke|and|provided|given|leaked|sent)\b)\S+\s+){1,4})\s*$",
    re.IGNORECASE,
)

# Capitalised words between "the" and an outlet's name are part of the name:
# "the Hindustan Times", "the Sunday Times".
_OUTLET_PREFIX = lazy_re(r"\b[Tt]he\s+((?:[A-Z][\w&'’-]*\s+){1,2})$")


def outlet_mentions(article: Article) -> list[tuple[Span, str]]:
    """Places where another outlet is the source or channel ("the BBC notes",
    "told AFP"), found by pattern: the parse often misreads "notes"."""
    found = []
    prose = article.prose
    for m in _outlet_pattern().finditer(prose):
        if m.group(0)[:3].lower() in ("to ", "to\n") and _NOT_TOLD.search(
            prose, max(0, m.start() - 60), m.start()
        ):
            continue  # "from Obama to CNN", "listening to NBC", "the award goes to the Journal"
        start, name = m.start(), m.group("a") or m.group("b")
        if m.group("b"):
            prefix = _OUTLET_PREFIX.search(prose, max(0, m.start("b") - 60), m.start("b"))
            if prefix:
                start, name = prefix.start(1), " ".join([*prefix.group(1).split(), name])
        found.append((Span(start, m.end()), name))
    return found


@dataclass(frozen=True)
class Quote:
    span: Span  # marks included
    paragraph: Span
    closed: bool
    words: int


@dataclass(frozen=True)
class Attribution:
    cue: Span
    cue_text: str
    source: Span | None
    source_text: str
    kind: str  # named, organisation, outlet, anonymous, institution, pronoun, other
    sentence: Span
    paragraph: Span
    resolved: str | None = None  # for pronouns: the speaker they stand for


@dataclass
class Sourcing:
    quotes: list[Quote]
    attributions: list[Attribution]
    quote_sources: dict[Span, Attribution | None] = field(default_factory=dict)
    # Quotes whose source is only in the paragraph before, by the newswriting
    # convention (not a colon lead-in, not a quote left open): the
    # paragraph itself names no one.
    carried: set[Span] = field(default_factory=set)
    # Paragraphs of a quote left open over paragraphs, after its first: one
    # quote with the first, whose source (or lack of one) they share.
    continued: set[Span] = field(default_factory=set)


def find_quotes(article: Article) -> list[Quote]:
    """Every quotation of the article, paragraph by paragraph (cached on it:
    the tagging selector and the extractor both read them)."""
    cached = article.cache.get("quotes")
    if isinstance(cached, list):
        return cached
    prose = article.prose
    quotes = [
        Quote(span, para, closed, len(re.findall(r"\w+", prose[span.start : span.end])))
        for para in article.paragraphs
        for span, closed in quote_marks(prose, para)
    ]
    article.cache["quotes"] = quotes
    return quotes


# Sources that need an owner: by lemma, and by the phrase's last word.
_INSTITUTIONS = frozenset({"army", "police", "military", "ministry", "government", "authority", "force"})
_INSTITUTION_HEADS = _INSTITUTIONS - {"authority", "force"} | {"authorities", "forces"}


_NEGATED = lazy_re(r"(?:no|none|nobody|neither)\b")


def _classify(span_text: str, ents: list[tuple[str, str]], head: Any, pd: Any) -> str:
    low = span_text.lower()
    if low in PRONOUNS:
        return "pronoun"
    if _NEGATED.match(low):
        return "other"  # "no two people seem to agree", "nobody said": no one is a source
    if _outlet_name().search(low):
        return "outlet"
    labels = {label for text, label in ents}
    if "PERSON" in labels:
        return "named"
    heads = anonymous_heads()
    head_lemma = pd.lemma(head).lower() if head is not None else ""
    phrase_head = low.split()[-1] if low.split() else ""
    words = span_text.split()
    # "An Opinium poll for the Observer": a name after the head is no anonymous "observer"
    named_tail = len(words) > 1 and words[-1][:1].isupper() and head is not None and head.text != words[-1]
    if head_lemma in heads or (
        not named_tail and (phrase_head in heads or " ".join(low.split()[-2:]) in heads)
    ):
        # Whose army? A nationality, a place or a possessive says; the
        # institution's own name ("the Armed Forces") does not. "The deputy
        # head of the regional government" is someone in it, not the institution.
        qualified = labels & {"NORP", "GPE"} or names_owner(span_text)
        own_head = head is None or not re.search(r"\bof\b", low)
        if head_lemma in _INSTITUTIONS or (own_head and phrase_head in _INSTITUTION_HEADS):
            return "organisation" if qualified else "institution"
        return "anonymous"
    if labels & {"ORG", "NORP", "GPE"}:
        return "organisation"
    if head is not None and head.pos_ == "PROPN":
        return "named"
    return "other"


def _source_span(doc: Any, tok: Any) -> Any:
    """The noun phrase of a source token, stopping at a comma (appositions)."""
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            left = tok.left_edge.i
            start = (
                min(ent.start, left) if doc[left].dep_ in ("det", "amod", "compound", "nummod") else ent.start
            )
            return doc[start : ent.end]
    start = tok.left_edge.i
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == tok.head.i != tok.i:
        start -= 1  # "the brief states", read as one phrase: its article is the source's
    end = tok.i + 1
    for right in tok.rights:
        if right.dep_ == "prep" and right.lower_ in ("for", "of", "at", "from", "with", "close"):
            end = right.right_edge.i + 1
            break
    while start < tok.i and doc[start].is_punct:
        start += 1
    span = doc[start:end]
    comma = next((t.i for t in span if t.text == ","), None)
    return doc[start:comma] if comma is not None and comma > tok.i else span


def _noun_before(doc: Any, tok: Any) -> Any:
    """When the parse gives a cue no subject ("a spokesperson for the group
    said:"), the noun phrase right before the cue, through "for"/"of"."""
    end = tok.i - 1 if tok.i and doc[tok.i - 1].text == "," else tok.i  # "the nominee, Donald Trump, tweeted"
    chunks = [c for c in doc.noun_chunks if c.end == end]
    if not chunks:
        return None
    chunk = chunks[0]
    if chunk.start >= 2 and doc[chunk.start - 1].lower_ in ("for", "of"):
        earlier = [c for c in doc.noun_chunks if c.end == chunk.start - 1]
        if earlier:
            return earlier[0].root
    return chunk.root


# Verbs that issue a statement: their subject made it ("denied the claim
# that ..." is someone else's claim).
_ISSUE = frozenset({"release", "issue", "make", "give", "publish", "send", "post", "deliver", "put"})


def _owner(pd: Any, noun: Any) -> Any:
    """Who made a statement, a claim or a remark: its possessor, the
    subject of the verb that issued it or launched into it, or who it came
    from ("comments from Leon Panetta")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and pd.lemma(noun.head).lower() in _ISSUE:
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if (
        owner is None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("into", "on")
        and noun.head.head.pos_ == "VERB"
    ):
        # "Trump launched into a lament for the “countless Americans”", "she went on a rant about ..."
        owner = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    if owner is None:
        # "comments from Leon Panetta that “...”", "testimony by the director that ..."
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is not None and (owner.ent_type_ in ("DATE", "TIME") or owner.lower_ in ("email", "phone")):
            owner = None  # "comments from last week that ...", "a statement by email": when and how, not who
    return owner


# What a quote's words were, named after them: "Clinton’s “...” moment".
# (Beside the speech nouns, which name things said too: "slogan", "motto", "remark".)
_UTTERANCES = frozenset({"moment", "catchphrase", "line", "refrain", "speech"})


_POSSESSED_QUOTE = lazy_re(r"[’']s\s+(?:[\w-]+\s+){0,3}[“\"]")


def _owns_quote(doc: Any, mark: Any, offset: int, quotes: list[Quote]) -> bool:
    """The possessive ``mark`` ("’s") is followed, past any describing words,
    by a quote that a word for something said follows: its owner's words
    ("Clinton’s famous “we came, we saw, he died” moment"), not a term for
    what the owner has ("her father's “personal effects”")."""
    i = mark.i + 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "ADV") and not doc[i].is_quote:
        i += 1
    quote = next((q for q in quotes if i < len(doc) and q.span.start == offset + doc[i].idx), None)
    if quote is None:
        return False
    after = next((t for t in doc if t.idx >= quote.span.end - offset and not t.is_space), None)
    return after is not None and (after.lower_ in _UTTERANCES or after.lower_ in speech_nouns())


def _merged_cue(doc: Any, tok: Any) -> bool:
    """A cue verb the parser read as the plural noun of a compound with its
    subject, before a quote or a clause ("uploader thornews reports “...”",
    "The Sanders campaign projects that ..."), or as the noun of a phrase
    that tags the quote before it ('“...,” the brief states.'), or as the
    head of a sentence with no verb ("The dictionary defines arrogance as “...”")."""
    if tok.tag_ != "NNS" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if before.pos_ in ("NOUN", "PROPN", "ADJ") and after.text in (".", "!", "?", ",", ";"):
        j = tok.i - 1
        while j > 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
            j -= 1
        if doc[j].pos_ == "DET":
            j -= 1
        if j > 0 and (doc[j].is_quote or (doc[j].text == "," and doc[j - 1].is_quote)):
            return True
    if (
        # "The dictionary defines arrogance as “...”", read as one noun phrase
        # with no verb in the sentence: its opening noun and the cue
        tok.i >= 2
        and before.head.i == tok.i
        and before.dep_ in ("amod", "compound")
        and doc[tok.i - 2].pos_ == "DET"
        and tok.i - 2 == tok.sent.start
        and tok.sent.root.pos_ not in ("VERB", "AUX")
        and any(t.is_quote for t in doc[tok.i + 1 : tok.sent.end])
    ):
        return True
    return (
        before.dep_ == "compound"
        and before.head.i == tok.i
        and before.pos_ in ("NOUN", "PROPN")
        and (after.text in ("“", '"') or (after.lower_ == "that" and after.dep_ == "mark"))
    )


def _before_words(doc: Any, i: int) -> bool:
    """Token ``i`` opens what a statement said: "that" or a quote."""
    return i < len(doc) and (doc[i].lower_ == "that" or bool(doc[i].is_quote))


def _after_preps(noun: Any) -> int:
    """The token after the phrases right after ``noun`` ("his claim in the
    same interview | that ..."), wherever the parser attached them."""
    doc, i = noun.doc, int(noun.i) + 1
    while i < len(doc) and doc[i].dep_ == "prep":
        pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if pobj is None:
            break
        i = int(pobj.i) + 1  # the phrase's noun ends it; what hangs from the noun may be the words
    return i


def _colon_quote(doc: Any, noun: Any) -> bool:
    """The phrase of ``noun`` ends with a colon right before a quote
    ("Obama's 2006 statement on the Senate floor: “...”")."""
    end = noun.right_edge.i + 1
    return end + 1 < len(doc) and doc[end].text == ":" and bool(doc[end + 1].is_quote)


def _copula_quote(doc: Any, noun: Any) -> bool:
    """The phrase of ``noun``, then "is" or "was" (and "to" or a colon), then
    a quote: "Their mission statement is to “...”", "His reply was: “...”"."""
    i = _after_preps(noun)
    if i >= len(doc) or doc[i].lower_ not in ("is", "was", "are", "were"):
        return False
    if i + 1 < len(doc) and doc[i + 1].text in ("to", ":"):
        i += 1
    return i + 1 < len(doc) and bool(doc[i + 1].is_quote)


def _quote_closed_on(doc: Any, i: int) -> str:
    """The mark a quote closed on right before token ``i`` ("," in '“...,”
    Peterson allowed'; "?" or "!"), or "" if no quote closes there so."""
    if i >= 2 and doc[i - 1].is_quote and doc[i - 2].text in (",", "?", "!"):
        return str(doc[i - 2].text)
    return ""


def _person_before(doc: Any, tok: Any) -> Any:
    """A person the recogniser found right before a cue the parser left
    without a subject ('...," Arnetz said', with "Arnetz" read as an adverb),
    or a lone capitalised word opening the clause there."""
    person = next((e for e in doc.ents if e.end == tok.i and e.label_ == "PERSON"), None)
    if person is not None:
        return person[-1]
    # "Chomsky recalls ...", with "Chomsky" read as an adjective and no entity,
    # '“...,” Bozell notes.', with "Bozell notes" read as a compound: capitalised
    # words that open the clause, or follow the quote, right before the cue.
    first = tok.i
    while first > max(0, tok.i - 3) and doc[first - 1].is_title and doc[first - 1].is_alpha:
        first -= 1
    if first == tok.i or doc[tok.i - 1].is_stop:
        return None
    before = doc[first - 1] if first > doc[first].sent.start else None
    if before is None or before.text in (",", ";", ":", "—", "–") or _quote_closed_on(doc, first):
        return doc[tok.i - 1]
    return None


def _relative_about(tok: Any) -> bool:
    """The cue opens a relative clause with "that" or "which" the parser left
    without a subject ("a tweet from Trump that read, “...”"), not an
    infinitive ("$58 million to counter the threat")."""
    return (
        tok.dep_ == "relcl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.lower_ in ("that", "which") for c in tok.lefts)
    )


def _participle_subject(doc: Any, tok: Any) -> Any:
    """ ", writing “...”" after a clause, where the parser lost the link: the
    subject of the sentence's main verb ("Flea shared the news, writing “...”")."""
    if tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    root = tok.sent.root
    if root.i >= tok.i:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _name_after(doc: Any, tok: Any) -> Any:
    """An inverted cue the parser left without a subject ("...,” said running
    back Rashard Mendenhall, “...", with "running" read as a verb): the last
    proper noun of the name that follows, up to the next punctuation."""
    # The quote's own punctuation before the cue: '...,” said', '...?” queried';
    # or the cue opens a colon lead-in: "Continued Stone: “...”".
    after_quote = bool(_quote_closed_on(doc, tok.i))
    # ... or its comma left out: '“... up trend” agrees French bank Societe Generale’s team',
    # not a verb with words of its own to report ('“brothers” indicates that Beijing ...').
    after_quote = after_quote or (
        tok.i >= 2
        and doc[tok.i - 1].text == "”"
        and not doc[tok.i - 2].is_punct
        and not any(c.dep_ in ("ccomp", "mark") and c.i > tok.i for c in tok.children)
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that")
    )
    lead_in = tok.is_sent_start and any(t.text == ":" for t in doc[tok.i + 1 : tok.i + 6])
    if not (after_quote or lead_in):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
    if obj is not None:
        return obj  # '...,” write the authors': the parser made the speakers the object (or attribute)
    name = None
    for t in doc[tok.i + 1 : tok.i + 8]:
        if t.is_punct or t.is_quote:
            break
        if t.pos_ == "PROPN":
            name = t
        elif name is not None:
            break
    return name


def _person_just_before(doc: Any, tok: Any, subj: Any) -> Any:
    """In "6,000 people paid $995 to attend, director Mark Covais said" the
    parser makes "people" the subject; a person named right before the cue,
    after a comma that follows the parsed subject, is the speaker."""
    if subj.i >= tok.i:
        return None
    person = next((e for e in doc.ents if e.end == tok.i and e.label_ == "PERSON"), None)
    if person is None or not any(t.text == "," for t in doc[subj.i + 1 : person.start]):
        return None
    return person.root


def _cues(article: Article, pd: Any, quotes: list[Quote]) -> list[Attribution]:
    doc = pd.doc
    lemmas = cue_lemmas()
    senses = object_senses()
    phrasal = phrasal_cues()
    speech = speech_nouns()
    found = []
    para = article.paragraph_of(pd.offset) or Span(pd.offset, pd.offset + len(doc.text))
    local = [q for q in quotes if para.start <= q.span.start < para.end]
    embedded = _embedded_attributions(article, local)
    for sent in doc.sents:
        sentence = pd.span(sent.start_char, sent.end_char)
        for tok in sent:
            start = pd.offset + tok.idx
            inside = any(q.span.start < start < q.span.end for q in local)
            if inside and not any(e.start <= start < e.end for e in embedded):
                continue  # a verb inside the quoted words belongs to the quote
            source_tok = None
            cue_end = tok.i + 1
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                objects = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                source_tok, cue_end = (objects[0] if objects else None), tok.i + 2
            elif (
                tok.lower_ == "words"
                and tok.i >= 2
                and doc[tok.i - 2].lower_ == "in"
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ == "of"
            ):
                # "in the words of the patient": "according to"
                objects = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                if not objects:
                    continue
                source_tok, cue_end = objects[0], tok.i + 2
                start = pd.offset + doc[tok.i - 2].idx
            elif tok.lower_ == "per" and (tok.i == sent.start or doc[tok.i - 1].text == ","):
                # "Per the police report, ...": "according to", not "$5 per share"
                objects = [c for c in tok.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                source_tok = objects[0]
            elif (
                tok.lower_ in speech
                and tok.pos_ == "NOUN"
                and tok.i + 1 < len(doc)
                and (
                    _before_words(doc, _after_preps(tok)) or _colon_quote(doc, tok) or _copula_quote(doc, tok)
                )
                and (owner := _owner(pd, tok)) is not None
            ):
                # "her remark that “...”", "Trump's claim that ...", "Clapper
                # released a statement that “...”", "Obama's statement on the
                # Senate floor: “...”": who made it is the source.
                source_tok = owner
            elif (finder := _finder(pd, tok, sentence, local)) is not None:
                source_tok = finder  # "The audit found that ...": the audit
            elif (saying := _saying(tok)) is not None:
                source_tok = saying  # "as the song goes, “...”": the song
            elif (document := _document(pd, tok, local)) is not None:
                source_tok = document  # "The Constitution mandates ... “good behavior”": the law
            elif (lemma := pd.lemma_in(tok, lemmas)) and (
                tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT", "relcl") or _merged_cue(doc, tok)
            ):
                if lemma in senses and _object_sense(pd, tok, lemma, sentence, local):
                    continue  # "City maintained their pressure": not speech
                if (
                    lemma in _ONLY_WITH_WORDS
                    and tok.dep_ != "parataxis"
                    and not _reports(tok, sentence, local)
                ):
                    # "Militant groups have continued to wage attacks": not speech; "X, he
                    # continues, or Y" sets off the words it reports.
                    continue
                if lemma == "relate" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                    continue  # "a provision relating to “gross negligence”": about, not told
                if _free_relative(tok, sentence, local):
                    continue  # "what people say online": speech named, none reported
                if _unreal(tok) and not _previewed(tok, sentence, local):
                    continue  # "he can tell you about planets", "she would've mentioned it"
                if lemma == "call" and _names_a_thing(tok):
                    continue  # "a syllabus (is) called “Trump University”": a name, not speech
                if lemma in phrasal:
                    particle = _phrasal_cue(tok, phrasal[lemma], sentence, local)
                    if particle is None:
                        continue  # "the war went on for years"
                    if particle.i == tok.i + 1:
                        cue_end = particle.i + 1  # "went on", "points out"
                if lemma == "quote":
                    source_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                else:
                    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
                    if passive:
                        # "is estimated to have cost": no one is named unless "by ..." says who.
                        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                        source_tok = pobj
                    else:
                        # '“Sound like heaven?” asks Tim Stevens', '“... Magnificent,” said the
                        # Spurs boss': a subject inside the words said is not their speaker.
                        source_tok = next(
                            (
                                c
                                for c in subj or [_governing_subject(pd, tok)]
                                if c is not None
                                and not _spoken_not_embedded(article, pd.offset + c.idx, local, embedded)
                            ),
                            None,
                        )
                        if (
                            subj
                            and source_tok is not None
                            and (named := _person_just_before(doc, tok, source_tok)) is not None
                        ):
                            source_tok = named
                        if source_tok is None and tok.dep_ == "acl" and tok.head.lower_ in message_nouns():
                            source_tok = tok.head  # "issued a statement calling the deal “...”": its issuer
                        if source_tok is None and _merged_cue(doc, tok):
                            # "The Sanders campaign projects that ...", '“...,” the brief states.'
                            source_tok = doc[tok.i - 1]
                        if source_tok is None and _relative_about(tok):
                            # "a tweet from President Trump that read, “...”", with "that" read
                            # as a determiner: what the clause is about.
                            source_tok = tok.head
                        if source_tok is None:
                            source_tok = (
                                _noun_before(doc, tok)
                                or _person_before(doc, tok)
                                or _name_after(doc, tok)
                                or _participle_subject(doc, tok)
                            )
            elif tok.tag_ == "POS" and _owns_quote(doc, tok, pd.offset, local):
                source_tok = tok.head  # "Clinton’s famous “we came, we saw, he died” moment"
            elif (tagged := _tag_subject(tok)) is not None:
                source_tok = tagged
            else:
                continue
            cue = Span(start, pd.offset + doc[cue_end - 1].idx + len(doc[cue_end - 1]))
            if source_tok is None:
                found.append(Attribution(cue, article.text(cue), None, "", "none", sentence, para))
                continue
            found.append(_attribution(article, pd, source_tok, cue, sentence, para))
        found.extend(_colon_lead_ins(article, pd, sent, sentence, para, local, found))
    found.extend(_dash_bylines(article, pd, para, local))
    return found


# A closing mark left out before the attribution: "“... game design, she observed. “We ...”",
# '"... success with Dell, EMC's Treide said, "and ..."'. The cue is the writer's, not the quote's.
_EMBEDDED = lazy_re(
    r",[ \t]+(?:he|she|they|we|I|[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
    r"[ \t]+[a-z]+[ \t]*[.,][ \t]*(?=[“\"]|$)"
)


def _said(article: Article, q: Quote) -> bool:
    """A quote of words said, one that ends with its own punctuation ("“Sound
    like heaven?” asks"), not a phrase marked in a sentence ("a “senior
    official” said")."""
    return article.text(q.span)[-2:-1] in (",", ".", "?", "!", "…")


def _in_spoken_words(article: Article, start: int, quotes: list[Quote]) -> bool:
    """``start`` falls inside a quote of words said."""
    return any(q.span.start < start < q.span.end and _said(article, q) for q in quotes)


def _inside_spoken_words(article: Article, quotes: list[Quote]) -> Callable[[int], bool]:
    """:func:`_in_spoken_words` for many offsets of one article: a search
    among the quotes' starts, not a pass over every quote for each."""
    spoken = sorted((q.span.start, q.span.end) for q in quotes if _said(article, q))
    starts = [start for start, _ in spoken]
    reach = list(itertools.accumulate((end for _, end in spoken), max))  # furthest end so far

    def inside(offset: int) -> bool:
        before = bisect.bisect_left(starts, offset)  # the quotes opened before it
        return before > 0 and reach[before - 1] > offset

    return inside


def _spoken_not_embedded(article: Article, start: int, quotes: list[Quote], embedded: list[Span]) -> bool:
    """``start`` is inside words said, not in a writer's attribution a
    missing closing mark left inside them."""
    return _in_spoken_words(article, start, quotes) and not any(e.start <= start < e.end for e in embedded)


def _embedded_attributions(article: Article, quotes: list[Quote]) -> list[Span]:
    """Attributions a missing closing mark left inside a quote's span."""
    out: list[Span] = []
    for q in quotes:
        text = article.text(q.span)
        out.extend(
            Span(q.span.start + m.start() + 1, q.span.start + m.end()) for m in _EMBEDDED.finditer(text, 1)
        )
    return out


_OPENING_MARKS = frozenset({"“", '"', "‘", "'"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "will", "shall", "'ll"})


# Words whose "to ..." says something was not said: "declined to comment",
# "at a loss to explain", "refused to say", "what is he supposed to say" (by
# form: lemmas are computed on demand).
_NOT_SAID = lazy_re(r"(?:declin|refus|fail|unable|loss|reluctant|unwilling|suppos)\w*$")


# Words whose "to ..." says something is wished, not done: "wants people to speak up".
_WISHED = lazy_re(r"(?:want|wish|hop|urg|encourag|invit|expect)(?:s|ed|es|ing|e)?$")


def _names_a_thing(tok: Any) -> bool:
    """ "called" in the sense of naming: a participle or passive right before
    a quote mark ("a syllabus called “...”"), not "what Buchanan called “...”"."""
    named = tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)
    return named and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in _OPENING_MARKS


def _in_sentence(sentence: Span, quotes: list[Quote]) -> list[Quote]:
    """The quotes that open inside ``sentence``."""
    return [q for q in quotes if sentence.start <= q.span.start < sentence.end]


def _previewed(tok: Any, sentence: Span, quotes: list[Quote]) -> bool:
    """'“...,” Bush will say': a speech's prepared words, quoted before it is
    given, are reported."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return aux == {"will"} and bool(_in_sentence(sentence, quotes))


def _unreal(tok: Any) -> bool:
    """A cue under a modal reports nothing said: what someone can, might or
    would have said, or would say if something happened. "He would later
    say" is narrative and still counts. Nor
    does one under a refusal: "a spokesman declined to comment"."""
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None:
        before = tok.doc[to.i - 1].lower_ if to.i else ""
        if _NOT_SAID.match(tok.head.lower_) or _NOT_SAID.match(before):
            return True
        # "he wants people to continue to speak up": a wish, up a chain of "to" clauses.
        head, steps = tok, 0
        while (
            head.dep_ in ("xcomp", "ccomp")
            and steps < 3
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        ):
            head, steps = head.head, steps + 1
            if _WISHED.match(head.lower_):
                return True
            if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
                return True  # "People will begin to think ...": a prediction, nothing said
    if "would" in aux and ("have" in aux or "'ve" in aux or _conditional(tok)):
        return True  # "she would've mentioned it"; "if she won, people would say ..."
    return any(a in _MODALS for a in aux)


def _conditional(tok: Any) -> bool:
    """The cue has an "if" clause: what would be said if something happened."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children
    )


def _phrasal_cue(tok: Any, particles: frozenset[str], sentence: Span, quotes: list[Quote]) -> Any:
    """The particle of a phrasal cue ("he went on", "Bozell points out", "as
    the Times put it") when there is a quote or a clause to report."""
    particle = next(
        (
            c
            for c in tok.children
            if c.lower_ in particles
            and (c.dep_ in ("prt", "advmod", "prep") or (c.dep_ == "dobj" and c.lower_ == "it"))
        ),
        None,
    )
    if particle is None:
        return None
    return particle if _reports(tok, sentence, quotes) else None


def _reports(tok: Any, sentence: Span, quotes: list[Quote]) -> bool:
    """The cue has words to report: a clause under it, a quote that opens or
    ends in its sentence ('"... that," he went on', the quote's last sentence),
    or the words it is set into ("X, he continues, or Y")."""
    return (
        tok.dep_ == "parataxis"
        or any(c.dep_ == "ccomp" for c in tok.children)
        or bool(_in_sentence(sentence, quotes))
        or any(sentence.start < q.span.end <= sentence.end for q in quotes)
    )


# A quote closed on a comma goes on into its tag: '“...,” Peterson allowed.'
_TAGGED = lazy_re(r",[ \t]*[”\"’']{1,2}[ \t]+\w|[?!][ \t]*[”\"’']{1,2}[ \t]+[a-z]")
_TAG_END = frozenset({".", ",", ";", "—", "–", "!", "?"})


_FIND = frozenset({"find", "show"})
_FIND_OR_GO = _FIND | {"go"}


@cache
def _finders_and_sayings() -> frozenset[str]:
    return finders() | sayings()


def _finder(pd: Any, tok: Any, sentence: Span, quotes: list[Quote]) -> Any:
    """The study, report or court whose "found" or "showed" reports a clause or
    a quote ("The audit found that ...", "research ... found “little evidence
    ...”"), or the one an "it" or "they" after it stands for ("a Toshiba study
    found. It found that ..."). Not a finding of fact: "the judge found him
    guilty" has no words to report."""
    if tok.pos_ != "VERB" or pd.lemma_in(tok, _FIND) is None or any(c.lower_ == "to" for c in tok.children):
        return None  # "it just goes to show that ...", "a study designed to find ...": no finding
    # a clause with a verb ("found him guilty" is none) or quoted words
    if not _in_sentence(sentence, quotes) and not any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in tok.children
    ):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or _governing_subject(pd, tok)
    if subj is None:
        return None
    if subj.lower_ in ("it", "they"):
        # the latest study or report named before the pronoun in the paragraph
        return next(
            (t for t in reversed(tok.doc[: subj.i]) if t.pos_ == "NOUN" and t.lower_ in finders()), None
        )
    return subj if subj.lower_ in finders() else None


# What a law or a filing lays down: "the law requires ...", "the resolution calls for ...".
_STIPULATE = frozenset(
    {
        "require", "mandate", "allow", "permit", "provide", "stipulate", "prohibit", "ban", "forbid",
        "bar", "establish", "authorize", "authorise", "direct", "define", "specify", "grant", "oblige",
        "empower", "guarantee", "declare", "call", "accuse", "allege", "charge",
    }
)  # fmt: skip


def _document(pd: Any, tok: Any, quotes: list[Quote]) -> Any:
    """The law, clause or filing whose wording a quote gives: the subject of
    a verb that lays down what it says, with the quote in what the verb
    governs ("Section 1635 of the NDAA allows the Pentagon to establish “a
    research ... program”"), or the text the quote stands right after ("it
    included a clause “to be executed within national law”")."""
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.lower_ in documents():
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None  # "The bill “would devastate rural hospitals”": words about it
        after = tok.i + 1
        if after < len(doc) and doc[after].text == ":":
            after += 1
        opens = after < len(doc) and doc[after].is_quote and pd.offset + doc[after].idx
        return tok if opens and any(q.span.start == opens for q in quotes) else None
    if tok.pos_ != "VERB" or pd.lemma_in(tok, _STIPULATE) is None:
        return None
    edge = doc[tok.right_edge.i]
    lo, hi = pd.offset + tok.idx, pd.offset + edge.idx + len(edge)
    if not any(lo < q.span.start < hi for q in quotes):
        return None  # "The law allows it. “We are glad,” she said."
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ in documents() else None


def _saying(tok: Any) -> Any:
    """The song or saying of "as the song goes": words handed down, credited."""
    if tok.lower_ not in ("go", "goes", "went") or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in tok.children
    ):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in sayings()), None)


def _tag_subject(tok: Any) -> Any:
    """The subject of a verb that is the tag of the quote just before it,
    whatever the verb: '“...,” shared New Yorker Bernice Stewart', '“...,”
    Peterson allowed', '“...!” she beamed'. The verb and its subject are the
    whole clause after a quote closed on a comma (or on "?" or "!" with the
    tag in lower case: '“...?” The nurse shook her head' is a new sentence)."""
    if tok.pos_ != "VERB":
        return None
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # The verb's adverbs belong to the tag: "Luis emotionally shared", "Peterson allowed grudgingly".
    manner = {c.i for c in tok.children if c.dep_ == "advmod" and c.pos_ == "ADV"}
    if subj.i < tok.i:
        end = max((i for i in manner if i > tok.i), default=tok.i)
        between = set(range(subj.right_edge.i + 1, tok.i)) | set(range(tok.i + 1, end))
        first, last, joined = subj.left_edge.i, end, between <= manner
    else:
        first, last, joined = tok.i, subj.right_edge.i, subj.left_edge.i == tok.i + 1
    closing = _quote_closed_on(doc, first)
    if not joined or not closing or (last + 1 < len(doc) and doc[last + 1].text not in _TAG_END):
        return None
    return subj if closing == "," or doc[first].is_lower else None


# Cues whose "to" names what they answer or oppose: "responding to the pollution", "objected to the road".
_ANSWERS = frozenset({"respond", "reply", "object"})
# Cues that report only with a quote or a clause: "“...,” he continued", not
# "the fighting continued" or "they continued to wage attacks"; "“...,” she laughed", not
# "the crowd laughed"; "as he related, “...”", not "voters relate to the struggle";
# "“...,” shared a voter", not "came to share in your company".
_ALOUD = {"laugh", "sigh", "cry", "sing", "marvel", "rave", "rant", "groan", "grumble", "sneer"}
_ONLY_WITH_WORDS = frozenset({"continue", "relate", "share"} | _ALOUD)


def _object_sense(pd: Any, tok: Any, lemma: str, sentence: Span, quotes: list[Quote]) -> bool:
    """A cue verb with a noun object and no clause or quote to report; a
    request's "for" counts as the object ("called for calm", "studios ask for
    more"), as does what is answered ("officials are responding to the
    pollution"). A quote in the sentence is not the verb's to report when the
    verb sits inside what another cue reports ("By declaring their assets,
    people could “legalise their property”, he stressed")."""
    deps = {c.dep_ for c in tok.children}
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    requested = after == "for" or (after == "to" and lemma in _ANSWERS)
    if _tag_after_quote(tok, sentence, quotes):
        return False  # "“... go back?” a reporter asked the spokesman": the quote is what was asked
    if ("dobj" not in deps and not requested) or deps & {"ccomp", "xcomp", "parataxis", "oprd"}:
        return False
    in_sentence = _in_sentence(sentence, quotes)
    if not in_sentence:
        return True
    offset = sentence.start - tok.sent.start_char
    own = Span(offset + tok.left_edge.idx, offset + tok.right_edge.idx + len(tok.right_edge))
    return not any(own.start <= q.span.start < own.end for q in in_sentence) and _reported(pd, tok)


def _tag_after_quote(tok: Any, sentence: Span, quotes: list[Quote]) -> bool:
    """The verb's sentence is a quote's tag the parser cut off after a "?"
    or "!": it opens in lower case right after the quote closes."""
    first = tok.sent[0]
    if not first.text[:1].islower() or tok.i - first.i > 4:
        return False
    return any(q.closed and 0 <= sentence.start - q.span.end <= 2 for q in quotes)


def _reported(pd: Any, tok: Any) -> bool:
    """The token is a modifier inside another cue's clause, which the quote
    belongs to: "By declaring ..., people could “...”, he stressed";
    "staffers who expressed concerns were told “...”"."""
    if tok.dep_ not in ("pcomp", "advcl", "acl", "relcl"):
        return False
    lemmas = cue_lemmas()
    return any(pd.lemma_in(head, lemmas) for head in tok.ancestors)


def _free_relative(tok: Any, sentence: Span, quotes: list[Quote]) -> bool:
    """ "power over what people say online": a cue whose object is "what",
    with no clause or quote, names speech without reporting any; nor does
    one whose subject asks who ("no concept of how many people complained")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.i != subject.left_edge.i  # not "which says" in a relative clause
        and subject.left_edge.lower_ in ("how", "which", "what")
    ):
        return True
    if any(c.dep_ == "ccomp" for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
        return False
    return not _in_sentence(sentence, quotes)


def _attribution(
    article: Article, pd: Any, source_tok: Any, cue: Span, sentence: Span, para: Span
) -> Attribution:
    doc = pd.doc
    relative = source_tok.lower_ in ("who", "which", "that") and source_tok.head.dep_ == "relcl"
    if relative and source_tok.head.head.pos_ == "PROPN":
        # "Petrilli, who thinks ...": the name the clause is about ("people who
        # write viruses" is a description, not a source).
        source_tok = source_tok.head.head
    elif relative and source_tok.lower_ != "who" and source_tok.head.head.pos_ == "NOUN":
        source_tok = source_tok.head.head  # "two reports that depicted “...”": the reports
    if source_tok.lower_ in message_nouns() and source_tok.dep_ == "dobj":
        # "His office released a statement saying ...": who issued it.
        issuer = next((c for c in source_tok.head.children if c.dep_ == "nsubj"), None)
        source_tok = issuer if issuer is not None else source_tok
    phrase = _source_span(doc, source_tok)
    ents = [(e.text, e.label_) for e in doc.ents if e.start < phrase.end and phrase.start < e.end]
    kind = _classify(phrase.text, ents, source_tok, pd)
    if kind == "anonymous":
        # "Her chief policy aide, Jake Sullivan, calls ...": the apposition names him.
        name = next((c for c in source_tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None and name.i > phrase.start:
            phrase, kind = doc[phrase.start : name.right_edge.i + 1], "named"
    span = pd.span(phrase.start_char, phrase.end_char)
    return Attribution(cue, article.text(cue), span, phrase.text, kind, sentence, para)


# Verbs whose object does what the infinitive after it says ("led the firm to
# announce", "asked him to explain"); with others the subject does ("went to
# say").
_OBJECT_CONTROL = frozenset(
    {"lead", "force", "prompt", "cause", "ask", "urge", "push", "persuade", "convince", "invite"}
    | {"allow", "encourage", "compel", "pressure", "order", "tell", "require", "get", "inspire"}
)


# Modifiers whose infinitive is not their subject's act: "too late to say", "hard to tell".
_NO_CONTROL = frozenset({"too", "enough", "hard", "easy", "difficult", "impossible", "possible", "fair"})


def _governing_subject(pd: Any, tok: Any) -> Any:
    """The subject of the clause a subjectless cue hangs from: "took a
    heckler in stride, saying ...", "and then wrote ...", "was booed after
    telling ..."."""
    # "led the manufacturer to announce ...": who announced is the object (the
    # cue's own infinitive only: in "forced her to hide while threatening" he threatens).
    infinitive = tok.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in tok.children)
    if infinitive and pd.lemma(tok.head).lower() in _OBJECT_CONTROL:
        obj = [c for c in tok.head.children if c.dep_ == "dobj"]
        if obj:
            return obj[0]
    through_modifier = False
    for _ in range(4):
        if tok.dep_ in ("acomp", "advmod") and tok.head is not tok and tok.lower_ not in _NO_CONTROL:
            # "was quick to point out", "went as far as to say": the word the
            # infinitive hangs from is a modifier of the speaker's verb.
            through_modifier = True
        elif tok.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or tok.head is tok:
            return None
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            # "It is important to note": no one.
            return None if through_modifier and subj[0].lower_ in ("it", "this", "that", "there") else subj[0]
    return None


_LEAD_DASHES = ("–", "—", "--")


def _colon_lead_ins(
    article: Article,
    pd: Any,
    sent: Any,
    sentence: Span,
    para: Span,
    quotes: list[Quote],
    found: list[Attribution],
) -> list[Attribution]:
    """A lead-in ending with a colon right before a quote names its source
    even without a reporting verb ("Obama's first questioners ranged from
    sceptical to hostile: “Is it time ...?”"): the subject of the lead-in. A
    name alone and a dash opening the paragraph does too ("Thomas Jefferson
    – “...”"), as does a clause of a named subject and a dash ("Trump also
    embraced waterboarding -- “I think ...”")."""
    out = []
    prose = article.prose
    for q in quotes:
        if not sentence.start <= q.span.start < sentence.end + 2:
            continue
        before = prose[sentence.start : q.span.start].rstrip()
        # "Thomas Jefferson – “...”": a name and a dash open a paragraph of a collection of quotes.
        dash = before.endswith(_LEAD_DASHES)
        if not (before.endswith(":") or dash) or any(
            sentence.start <= a.cue.start < q.span.start for a in found
        ):
            continue
        colon = sentence.start + len(before) - 1
        lead = [t for t in sent if pd.offset + t.idx < colon and t.text not in _LEAD_DASHES]
        tok = next((t for t in sent if pd.offset + t.idx == colon), None)
        root = tok.head if tok is not None else sent.root
        while root.dep_ != "ROOT" and root.pos_ not in ("VERB", "AUX"):
            root = root.head
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if dash:
            if sentence.start == para.start and 0 < len(lead) <= 4 and all(t.pos_ == "PROPN" for t in lead):
                out.append(_attribution(article, pd, lead[-1], Span(colon, colon + 1), sentence, para))
            elif named := [
                t
                for t in lead
                if t.dep_ == "nsubj"
                and t.pos_ == "PROPN"
                and t.head.pos_ in ("VERB", "AUX")
                and t.ent_type_ in ("", "PERSON", "ORG")
            ]:
                # "Trump also embraced waterboarding -- “I think ...”": a named clause, then the words.
                out.append(_attribution(article, pd, named[0], Span(colon, colon + 1), sentence, para))
            continue
        if not subj and 0 < len(lead) <= 10 and not any(t.pos_ in ("VERB", "AUX") for t in lead):
            # A name and a colon, as in match reports and transcripts
            # ("Manchester City boss Kevin Keegan: “We had ...”").
            subj = [t for t in lead if t.pos_ == "PROPN"][-1:]
        if subj:
            cue = Span(colon, colon + 1)
            out.append(_attribution(article, pd, subj[0], cue, sentence, para))
    return out


# A name after a dash closing a paragraph that opens with a quote, as under an
# epigraph or in a collection of quotes ("“...” – Henry Ford").
_BYLINE_DASH = r"(?:[–—―]|--?)"
_DASH_BYLINE = lazy_re(rf"\s*({_BYLINE_DASH})\s*(?=[A-Z])[^\n]{{2,120}}$")


def _dash_byline(article: Article, q: Quote) -> Span | None:
    """The dash of a quote's dash byline, if it has one."""
    if not q.closed or q.span.start != q.paragraph.start:
        return None
    m = _DASH_BYLINE.match(article.prose, q.span.end, q.paragraph.end)
    return Span(m.start(1), m.end(1)) if m else None


def _dash_bylines(article: Article, pd: Any, para: Span, quotes: list[Quote]) -> list[Attribution]:
    """The name after the dash is the quote's source when it is a name (not
    "– October 11, 1798" or "- I think ...")."""
    out = []
    for q in quotes:
        dash = _dash_byline(article, q)
        if dash is None:
            continue
        first = next((t for t in pd.doc if pd.offset + t.idx >= q.span.end and t.is_alpha), None)
        if first is None or first.ent_type_ not in ("", "PERSON", "ORG", "NORP"):
            continue
        run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or t.lower_ == "the", pd.doc[first.i :]))
        names = [t for t in run if t.pos_ == "PROPN"]
        if not names:
            continue
        out.append(_attribution(article, pd, names[-1], dash, Span(q.span.start, para.end), para))
    return out


# A sentence that opens with a subordinate clause ("It was when he ...", "Even
# after she ...") before its main clause.
_SUBORDINATE_OPENING = lazy_re(
    r"(?:it was\s+)?(?:even\s+)?"
    r"(?:when|whenever|before|after|because|as soon as|while|although|though|since|until|once|if)\b",
    re.IGNORECASE,
)


_BODIES = frozenset({"organisation", "institution", "outlet"})


def _resolve(
    attributions: list[Attribution],
    people: list[tuple[int, str]],
    described: list[tuple[int, str]],
    article: Article,
    subjects: Sequence[tuple[int, str]] = (),
    quoted: frozenset[int] = frozenset(),
) -> list[Attribution]:
    """A pronoun source stands for the last named speaker, or the last person
    named (up to two paragraphs back; one named outside quoted words before
    one named inside them, at ``quoted``) or described ("the president", in
    its paragraph or the one just before), or, in a clause that opens its
    sentence, the person who is the subject of the main clause after it; in a
    paragraph that opens the story on the pronoun, the next subject named in it."""
    out: list[Attribution] = []
    paras = article.paragraphs
    last: Attribution | None = None
    last_para: Span | None = None
    for a in attributions:
        if a.kind == "pronoun" and a.source_text.lower() in ("it", "its"):
            # "it announced": the organisation that last spoke in this
            # paragraph or the one before, never a person.
            if (
                last is not None
                and last.kind in _BODIES
                and last_para is not None
                and (last.paragraph == a.paragraph or _adjacent(last_para, a.paragraph))
            ):
                a = dataclasses.replace(a, resolved=last.source_text)
            out.append(a)
            continue
        if a.kind == "pronoun":
            candidate = None
            k = next((i for i, p in enumerate(paras) if p == a.paragraph), 0)
            back = _referred_back(article, k, a.source_text.lower())
            # People named up to two paragraphs back
            window_start = paras[_paragraphs_back(article, back, 2)].start
            in_window = [(pos, name) for pos, name in people if window_start <= pos < a.cue.start]
            named = [name for pos, name in in_window if pos not in quoted] or [name for _, name in in_window]
            if not named:
                near = paras[max(0, k - 1)].start
                named = [role for pos, role in described if near <= pos < a.cue.start]
            if named:
                candidate = named[-1]
            elif _SUBORDINATE_OPENING.match(article.prose[a.sentence.start : a.cue.start]):
                # "When he first read the treaty, Leach became convinced": the
                # clause before the main one names its subject after the pronoun.
                later = [name for pos, name in subjects if a.cue.end <= pos < a.sentence.end]
                candidate = later[0] if later else None
            elif a.sentence.start == a.paragraph.start and not any(pos < a.cue.start for pos, _ in people):
                # A story that opens on "He has said it again and again" and names
                # him as the next sentence's subject ("... Al Gore used ...").
                later = [name for pos, name in subjects if a.cue.end <= pos < a.paragraph.end]
                candidate = later[0] if later else None
            if last is not None and last.kind in ("named", "organisation", "anonymous", "other"):
                same = last.paragraph == a.paragraph
                previous = (
                    last_para is not None
                    and last.paragraph == last_para
                    and last_para.end <= a.paragraph.start
                )
                if same or (previous and _speaker_goes_on(article, last.paragraph, a.paragraph)):
                    candidate = candidate or last.source_text
            a = Attribution(
                a.cue, a.cue_text, a.source, a.source_text, a.kind, a.sentence, a.paragraph, candidate
            )
            if candidate is not None:
                last = Attribution(a.cue, a.cue_text, a.source, candidate, "named", a.sentence, a.paragraph)
        elif a.kind != "none":
            last = a
        if a.kind != "none":
            last_para = a.paragraph
        out.append(a)
    return out


_HE_WORDS = frozenset({"he", "his", "him", "himself"})
_SHE_WORDS = frozenset({"she", "her", "hers", "herself"})
# He or she, in any case: a pronoun that shows a name is a person's.
PERSONAL_PRONOUNS = _HE_WORDS | _SHE_WORDS


def words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, in any case."""
    return re.compile(rf"\b(?:{'|'.join(sorted(words))})\b", re.IGNORECASE)


_HE = words_pattern(_HE_WORDS)
_SHE = words_pattern(_SHE_WORDS)
_SAME_PERSON = {"he": _HE, "his": _HE, "she": _SHE, "her": _SHE}
CHAIN_PARAGRAPHS = 8  # the furthest back a chain of pronouns carries a name


def _referred_back(article: Article, k: int, pronoun: str) -> int:
    """The paragraph from which a pronoun in paragraph ``k`` looks back for
    its person: ``k``, or earlier where the paragraphs just before refer to
    someone by the same pronoun ("McGovern ..." / "In his third year, he
    beat ..." / "For ten years, he has ..." / "“...,” he said"): each such
    paragraph carries the person on, up to ``CHAIN_PARAGRAPHS`` back."""
    same = _SAME_PERSON.get(pronoun)
    if same is None:
        return k
    paras = article.paragraphs
    back = k
    while back > 0 and k - back < CHAIN_PARAGRAPHS:
        earlier = [j for j in range(max(0, back - 2), back) if same.search(article.text(paras[j]))]
        if not earlier:
            break
        back = earlier[0]
    return back


# A line this short with no sentence end is page furniture between paragraphs
# (a pasted headline, a subhead, a caption), not a paragraph of the story.
FURNITURE_WORDS = 14


def _paragraphs_back(article: Article, k: int, n: int) -> int:
    """The paragraph ``n`` before paragraph ``k``, not counting the furniture
    between ("Webb emerged, naked." / "Updated Police Identify Man ..." / "At
    first ..." / "... where he forced her to hide")."""
    paras = article.paragraphs
    j = k
    while j > 0 and n > 0:
        j -= 1
        text = article.text(paras[j])
        if not (unended_line(text) and len(text.split()) <= FURNITURE_WORDS):
            n -= 1
    return j


def _adjacent(first: Span, second: Span) -> bool:
    return 0 <= second.start - first.end <= 3  # the next paragraph, a blank line apart


# A paragraph about the speaker that opens with "He"/"She" keeps them in view.
_GOES_ON = lazy_re(r"(?:He|She)\s")


def _speaker_goes_on(article: Article, first: Span, second: Span) -> bool:
    """The next paragraph, or one after up to three paragraphs of quotation
    or of narrative about the speaker that carry them on ("the Pope wrote" /
    “...” / “...,” he continued; "McConnell said" / "He eschewed ..." / “...,” he said)."""
    if _adjacent(first, second):
        return True
    between = [p for p in article.paragraphs if first.end <= p.start and p.end <= second.start]
    return 0 < len(between) <= 3 and all(
        article.prose[p.start] in '“"' or _GOES_ON.match(article.prose, p.start) for p in between
    )


def needs_tagging(article: Article, piece: ParagraphDoc) -> bool:
    """The paragraphs whose tags and parse the extractor and the AT rules
    read: those with a possible cue word, with a one-word person (is it a
    clause's subject?), with a quote after a colon or an opening name and
    dash (the lead-in's subject)
    or before a dash and a name, with a quote opening a sentence after
    another, and those just before a paragraph that opens with a quote (do
    they name someone?). Nothing is read from the others."""
    phrasal = phrasal_cues()
    lemmas = _single_cue_lemmas()
    lemmas_of = piece.lemmas.possible if piece.lemmas is not None else (lambda w: frozenset({w.lower()}))
    speech = speech_nouns()
    if any(
        t.lower_ in ("according", "per") or t.lower_ in speech or lemmas_of(t.text) & lemmas
        for t in piece.doc
    ):
        return True
    words = {t.lower_ for t in piece.doc}
    heads = {h for h, particles in phrasal.items() if particles & words}  # "point" only with "out"
    if heads and any(lemmas_of(t.text) & heads for t in piece.doc):
        return True
    if words & _finders_and_sayings() and any(lemmas_of(t.text) & _FIND_OR_GO for t in piece.doc):
        return True  # "The audit found that ...", "as the saying goes"
    if words & documents() and any(t.is_quote or lemmas_of(t.text) & _STIPULATE for t in piece.doc):
        return True  # "The law requires “...”", "a clause “...”"
    if any(e.label_ == "PERSON" and not any(c.isspace() for c in e.text) for e in piece.doc.ents):
        return True
    if _TAGGED.search(piece.doc.text) or _POSSESSED_QUOTE.search(piece.doc.text):
        return True  # a quote's tag, whatever its verb; "Clinton’s famous “...” moment"
    prose, here = article.prose, article.paragraph_of(piece.offset)
    if here in _quote_paragraphs(
        article,
        "colon-lead-ins",
        lambda q: prose[q.paragraph.start : q.span.start].rstrip().endswith((":", *_LEAD_DASHES)),
    ):
        return True  # a colon lead-in: its subject is the source
    if here in _quote_paragraphs(article, "dash-bylines", lambda q: _dash_byline(article, q) is not None):
        return True  # "“...” – Henry Ford": is that a name?
    if here in _quote_paragraphs(
        article,
        "quote-opens-sentence",
        lambda q: _ENDS_SENTENCE.search(prose, q.paragraph.start, q.span.start) is not None,
    ):
        return True  # "Aderholt returned to the issue. “What ...?”": is Aderholt a person?
    before = article.cache.get("before-quote")
    if not isinstance(before, frozenset):
        paras = article.paragraphs
        opening = {q.paragraph for q in find_quotes(article) if q.span.start == q.paragraph.start}
        before = article.cache["before-quote"] = frozenset(
            p for p, nxt in itertools.pairwise(paras) if nxt in opening
        )
    return here in before


def _quote_paragraphs(article: Article, key: str, test: Callable[[Quote], bool]) -> frozenset[Span]:
    """The paragraphs holding a quote that passes ``test``, found once per
    article (cached under ``key``) and asked of each of its paragraphs."""
    found = article.cache.get(key)
    if not isinstance(found, frozenset):
        found = article.cache[key] = frozenset(q.paragraph for q in find_quotes(article) if test(q))
    return found


class SourcingRule(Rule):
    """Base of the rules that read the extractor: its needs, and the
    paragraphs it reads the tagger and parser on."""

    needs = NEEDS

    def needs_tagging(self, article: Article, piece: ParagraphDoc) -> bool:
        return needs_tagging(article, piece)


def _surnames_again(article: Article, people: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Later mentions of a person's surname that the recogniser missed: after
    "Kathleen Blanco", a bare "Blanco has reached out" names her again."""
    surnames = {name.split()[-1] for _, name in people if len(name.split()) > 1}
    surnames = {s for s in surnames if len(s) >= 3 and s[:1].isupper() and s.isalpha()}
    if not surnames:
        return []
    found = {pos for pos, _ in people}
    first = min(pos for pos, name in people if name.split()[-1] in surnames)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    inside = {i for pos, n in people for i in range(pos + 1, pos + len(n))}  # within a name found
    return [
        (m.start(), m.group())
        for m in pattern.finditer(article.prose, first)
        if m.start() not in found and m.start() not in inside
    ]


# Entity labels the recogniser gives people by mistake (the small model has
# "Carly Fiorina" an organisation and "Ivanka" a product).
_MAYBE_PEOPLE = frozenset({"", "PERSON", "ORG", "PRODUCT"})


def _merged_subject(tok: Any) -> bool:
    """A name the parser compounded with the verb after it, read as a noun
    that heads the sentence ("Ivanka Trump strode across the stage")."""
    head = tok.head
    return bool(
        tok.dep_ == "compound"
        and head.i == tok.i + 1
        and head.dep_ == "ROOT"
        and head.tag_ in ("NN", "NNS")
        and head.is_lower
    )


def _people_by_pronoun(article: Article, pd: Any) -> list[tuple[int, str]]:
    """Names the recogniser missed that a personal pronoun later in their
    sentence shows to be people: a proper noun as the subject ("Instead,
    Fiorina opened by talking about her charitable work"; "Pato was delighted
    ... but he still deferred to his hero")."""
    if not pd.tagged:
        return []
    found = []
    for sent in pd.doc.sents:
        for tok in sent:
            if tok.pos_ != "PROPN" or tok.ent_type_ not in _MAYBE_PEOPLE:
                continue
            # "Ivanka Trump strode across the stage": the verb read as a noun the name compounds
            if tok.dep_ not in ("nsubj", "nsubjpass") and not _merged_subject(tok):
                continue
            if not any(t.lower_ in PERSONAL_PRONOUNS for t in sent[tok.i - sent.start + 1 :]):
                continue
            first = tok
            while (
                first.i > sent.start
                and (left := pd.doc[first.i - 1]).pos_ == "PROPN"
                and left.dep_ == "compound"
            ):
                first = left
            found.append((first.idx, pd.doc.text[first.idx : tok.idx + len(tok.text)]))
    # Only where the selector tags the paragraph, so that the findings are the
    # same with the parser run on every paragraph.
    return found if found and needs_tagging(article, pd) else []


def _token_roles(
    article: Article, surnames: frozenset[str]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[int], dict[int, tuple[Span | None, str]]]:
    """What ``analyse`` reads off single tokens, in one pass over them (a
    spaCy token is built anew on every visit): nouns for a person, proper
    nouns that are a clause's subject and not a place or an organisation,
    every proper-noun subject, and the persons who are a sentence's active
    subject (a surname the recogniser took for a firm, "Bridenstine expects
    ...", among them when ``surnames`` holds it: a person's elsewhere)."""
    roles = person_nouns()
    # "the former Mexican president ..." then "he continued": someone to point at.
    described: list[tuple[int, str]] = []
    # Whom a pronoun before them in the sentence can stand for.
    subjects: list[tuple[int, str]] = []
    proper_subjects: list[int] = []
    # Inside a paragraph, only a person as a sentence's active subject
    # introduces the quote after it ("Chen sees it differently. “...”"); an
    # organisation, a thing or someone acted on seldom speaks it.
    actors: dict[int, tuple[Span | None, str]] = {}
    for pd in article.analysis.docs if article.analysis else ():
        for t in pd.doc:
            at = pd.offset + t.idx
            if t.lower_ in roles and (not pd.tagged or t.pos_ == "NOUN"):
                described.append((at, t.text))
            if not pd.tagged or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            proper, entity = t.pos_ == "PROPN", t.ent_type_
            if proper and entity in ("", "PERSON"):
                subjects.append((at, t.text))
            if t.dep_ != "nsubj":
                continue
            if proper:
                proper_subjects.append(at)
            if t.head.dep_ != "ROOT" or any(c.dep_ == "conj" for c in t.children):
                continue  # "the final, where Federer triumphed"; "White and Smith have flu. “We ...”"
            person = entity == "PERSON" or (proper and not entity) or t.lower_ in ("he", "she")
            # A one-word "firm" that is a person's surname elsewhere: "Bridenstine expects ..."
            misread = (
                proper
                and entity in ("ORG", "GPE", "NORP", "PRODUCT")
                and t.text in surnames
                and t.ent_iob_ == "B"
                and (t.i + 1 == len(pd.doc) or pd.doc[t.i + 1].ent_iob_ != "I")
            )
            if person or misread:
                actors[at] = _actor(pd, t)
    return described, subjects, proper_subjects, actors


def analyse(article: Article) -> Sourcing:
    """Quotes, attributions and who said each quote (cached on the article)."""
    cached = article.cache.get("sourcing")
    if isinstance(cached, Sourcing):
        return cached
    quotes = find_quotes(article)
    attributions: list[Attribution] = []
    if article.analysis is not None:
        for pd in article.analysis.docs:
            if pd.tagged:  # the others hold no cue (needs_tagging)
                attributions.extend(_cues(article, pd, quotes))
    people = [
        (pd.offset + e.start_char, e.text)
        for pd in (article.analysis.docs if article.analysis else ())
        for e in pd.doc.ents
        if e.label_ == "PERSON"
    ]
    people += [
        (pd.offset + start, name)
        for pd in (article.analysis.docs if article.analysis else ())
        for start, name in _people_by_pronoun(article, pd)
    ]
    people = sorted(set(people + _surnames_again(article, people)))
    # Someone the quoted words name is talked about, not talking: "“... with Sam
    # and Alicia stepping up,” she said" is not Alicia speaking.
    in_spoken = _inside_spoken_words(article, quotes)
    quoted = frozenset(pos for pos, _ in people if in_spoken(pos))
    surnames = frozenset(name.split()[-1] for _, name in people if name.split())
    described, subjects, proper_subjects, actors = _token_roles(article, surnames)
    attributions = _resolve(attributions, people, described, article, subjects, quoted)
    result = Sourcing(quotes, attributions)
    paras = article.paragraphs
    para_index = {p: k for k, p in enumerate(paras)}
    quotes_in: dict[Span, list[Quote]] = {}
    for q in quotes:
        quotes_in.setdefault(q.paragraph, []).append(q)
    attributed_in: dict[Span, list[Attribution]] = {}
    for a in attributions:
        if a.kind != "none":
            attributed_in.setdefault(a.paragraph, []).append(a)
    sentences: dict[Span | None, list[Span]] = {}
    if article.analysis is not None:
        for span, _ in article.analysis.sentences():
            spans = sentences.setdefault(article.paragraph_of(span.start), [])
            if spans and (
                not _ENDS_SENTENCE.search(article.prose[spans[-1].start : spans[-1].end])
                or article.prose[span.start : span.start + 1].islower()
            ):
                # The parser cut at "Lt." or "1st", or after "...!” the nominee tweeted".
                spans[-1] = Span(spans[-1].start, span.end)
            else:
                spans.append(span)
    # Where someone is named: a person, or a proper-noun subject (the tagger
    # often calls a person an organisation in a short sentence).
    naming = sorted([pos for pos, _ in people] + proper_subjects)
    for q in quotes:
        k = para_index[q.paragraph]
        previous = paras[k - 1] if k else None
        # The sentence before a paragraph's first: the last of the paragraph before.
        before = (sentences.get(previous) or [previous])[-1] if previous is not None else None
        source = _source_of(
            article,
            q,
            attributed_in.get(q.paragraph, []),
            sentences.get(q.paragraph, []),
            quotes_in[q.paragraph],
            before,
            attributed_in.get(previous, []) if previous is not None else [],
        )
        opens = q.span.start == q.paragraph.start
        lead_in = previous is not None and article.text(previous).rstrip().endswith(":")
        split = not lead_in and _reopened(article, q, quotes_in)
        if source is not None and source.paragraph != q.paragraph and split:
            source = None
        if source is None and opens and previous is not None and before is not None and not split:
            # A paragraph that is all quote takes its speaker from the sentence
            # before: a lead-in ending ":", a person just named, or a quote going on.
            prior = [
                p
                for p in quotes_in.get(previous, [])
                if p.span.end > before.start and result.quote_sources.get(p.span)
            ]
            if prior:
                source = result.quote_sources[prior[-1].span]
            elif lead_in or _any_between(naming, before):
                source = Attribution(
                    Span(previous.end, previous.end),
                    "",
                    None,
                    "",
                    "lead-in",
                    Span(previous.start, previous.end),
                    previous,
                )
        if source is None and not opens and not split:
            source = _named_just_before(article, q, sentences.get(q.paragraph, []), quotes_in, actors)
        carried_over = source is not None and source.paragraph != q.paragraph
        if source is None or carried_over:
            # A credit after the quote names its speaker, over one carried from the paragraph before.
            source = _credit_after(article, q, paras[k + 1] if k + 1 < len(paras) else None) or source
        if source is None and (lead_in or _after_colon(article, q, quotes_in[q.paragraph])):
            # “...” “...” after "Ritchie raised questions:": the lead-in introduces them all.
            joined = _reopens(article, q, quotes_in[q.paragraph])
            source = result.quote_sources.get(joined.span) if joined else None
        result.quote_sources[q.span] = source
        if source is not None and source.paragraph != q.paragraph and not lead_in:
            result.carried.add(q.span)

    _echoes(article, quotes, result)

    # A quote that runs over paragraphs shares the source of any of its parts.
    def next_para_start(q: Quote) -> int:
        k = para_index[q.paragraph]
        return paras[k + 1].start if k + 1 < len(paras) else -1

    runs_on = [
        (q, after)
        for q, after in itertools.pairwise(quotes)
        if not q.closed
        and (
            after.span.start == next_para_start(q) or not article.prose[q.span.end : after.span.start].strip()
        )
    ]
    result.continued.update(after.span for _, after in runs_on)
    for q, after in [*runs_on, *reversed(runs_on)]:
        # The part that names its source gives it, before one that carries it.
        giver = min((q, after), key=lambda p: (not result.quote_sources[p.span], p.span in result.carried))
        shared = result.quote_sources[giver.span]
        result.quote_sources[q.span] = result.quote_sources[after.span] = shared
        if giver.span not in result.carried:
            result.carried.difference_update((q.span, after.span))
    article.cache["sourcing"] = result
    return result


def _actor(pd: Any, tok: Any) -> tuple[Span | None, str]:
    """Where a sentence's subject is named and the name ("he" names no one)."""
    if tok.pos_ == "PRON":
        return None, ""
    name = _source_span(pd.doc, tok)
    return Span(pd.offset + name.start_char, pd.offset + name.end_char), name.text


def _named_just_before(
    article: Article,
    q: Quote,
    sentences: list[Span],
    quotes_in: dict[Span, list[Quote]],
    actors: dict[int, tuple[Span | None, str]],
) -> Attribution | None:
    """The sentence before names whom a quote opening its own sentence is
    from, as the paragraph before does for a paragraph that is all quote
    ("Aderholt returned to the issue later. “What launch vehicles ...?”")."""
    k = next((i for i, s in enumerate(sentences) if s.start <= q.span.start < s.end), 0)
    if (
        not k
        or article.prose[sentences[k].start : q.span.start].strip()
        or article.prose[q.span.end : sentences[k].end].strip(" .,!?”\"'’")
    ):
        return None  # not a sentence that is all quote: "“Global warming” features high"
    before = sentences[k - 1]
    actor = next((pos for pos in actors if before.start <= pos < before.end), None)
    if actor is None or _quoted(article, before, quotes_in[q.paragraph], anywhere=True):
        return None
    source, name = actors[actor]
    return Attribution(Span(before.end, before.end), "", source, name, "lead-in", before, q.paragraph)


# A credit closing the paragraph right after a quote: "“...” [WaPo.]", "(SVP/Global Risk Insights.)",
# a citation "( Coningsby, Book 4, Chap. 15 , Page 131)".
_BRACKET_CREDIT = lazy_re(
    r"[ \t]*[\[(][ \t]*(?:via[ \t]+)?(?P<name>[A-Z][\w’'&./ -]{1,40}?)[ \t]*"
    r"(?:,[^\[\]()\n]{1,60})?\.?[ \t]*[\])][ \t]*$"
)
# An epigraph's author after the words: "“It’s always better ...” Marc and Angel Chernoff."
_NAME_AFTER = lazy_re(
    r"[ \t]+(?!(?:The|This|That|These|Those|It|He|She|We|They|I|A|An|And|But|So|Yes|No)\b)"
    r"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+(?:(?:and|&|de|van|von|bin|al)[ \t]+)?[A-Z][\w’'.-]*){1,3})"
    r"\.?[ \t]*$"
)
# A byline under a paragraph that is all quote: "-President Obama, tweeting after ...";
# a customer's name masked in a review: "– Ali***".
_DASH_UNDER = lazy_re(
    rf"{_BYLINE_DASH}[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,3}})\**(?:,|[ \t]*$)"
)
# Stage directions in brackets are no one's credit.
_NOT_CREDITS = frozenset({"laughter", "applause", "cheers", "inaudible", "crosstalk", "video", "photo"})


def _credit_after(article: Article, q: Quote, next_para: Span | None) -> Attribution | None:
    """A quote credited the way web copy and collections of quotes do, after
    the words: a bracketed name or outlet ending its paragraph ("“...”
    [WaPo.]", "“...” [via Chicago Tribune ]"), or a dash and a name on the
    line under a paragraph that is all quote ("-Michelle Marks,
    Philadelphia."), or a name alone after a quote that opens its paragraph
    (an epigraph: "“...” Marc and Angel Chernoff.")."""
    if not q.closed:
        return None
    prose = article.prose
    bracket = m = _BRACKET_CREDIT.match(prose, q.span.end, q.paragraph.end)
    opens = q.span.start == q.paragraph.start
    alone = opens and not prose[q.span.end : q.paragraph.end].strip(" \t.")
    if m is None and next_para is not None and alone:
        m = _DASH_UNDER.match(prose, next_para.start, next_para.end)
    if m is None and opens:
        m = _NAME_AFTER.match(prose, q.span.end, q.paragraph.end)
    if m is None or m["name"].lower().rstrip(".") in _NOT_CREDITS or len(m["name"].split()) > 5:
        return None
    name = m["name"].rstrip(".")
    span = Span(m.start("name"), m.start("name") + len(name))
    # A dash byline names a person; a bracket as often a paper or a body.
    kind = (
        "outlet" if any(o.lower() == name.lower() for o in outlets()) else ("other" if bracket else "named")
    )
    cue = Span(m.start(), m.start("name"))
    return Attribution(cue, prose[cue.start : cue.end].strip(), span, name, kind, q.paragraph, q.paragraph)


def _echoes(article: Article, quotes: list[Quote], result: Sourcing) -> None:
    """A phrase quoted again after its speaker was named ("Mills emailed:
    “We need to clean this up ...”" then "How did they “clean this up”?")
    takes that speaker: the words are the same report, not a new one."""
    said: list[tuple[str, Attribution]] = []
    for q in quotes:
        words = quoted_words(article.text(q.span))
        source = result.quote_sources.get(q.span)
        if source is not None:
            said.append((f" {words} ", source))
        elif " " in words:
            result.quote_sources[q.span] = next((a for text, a in said if f" {words} " in text), None)


def quoted_words(text: str) -> str:
    """A quote's words, lower case, one space apart: the same words whatever the marks."""
    return " ".join(_WORDS.findall(text.lower().replace("’", "'")))


def _back_to_back(article: Article, first: Quote, second: Quote) -> bool:
    """``first`` closes and ``second`` opens right after it, nothing between ("..." "...")."""
    gap = second.span.start - first.span.end
    return first.closed and 0 < gap <= 2 and not article.prose[first.span.end : second.span.start].strip()


def _reopens(article: Article, q: Quote, quotes: list[Quote]) -> Quote | None:
    """The quote of ``quotes`` that ``q`` reopens right after ("..." "...")."""
    return next((p for p in quotes if _back_to_back(article, p, q)), None)


def _after_colon(article: Article, q: Quote, quotes: list[Quote]) -> bool:
    """``q`` ends a chain of quotes closed and reopened ("...: “A.” “B.” “C.”")
    whose first follows a colon in the paragraph."""
    head = q
    while (before := _reopens(article, head, quotes)) is not None:
        head = before
    return head is not q and article.prose[q.paragraph.start : head.span.start].rstrip().endswith(":")


def _reopened(article: Article, q: Quote, quotes_in: dict[Span, list[Quote]]) -> bool:
    """A quote closed and at once reopened ("..." "..."): quotes split like
    that had an attribution between them, so the paragraph before is not
    their speaker (one speaker going on is one quote; a lead-in ending ":"
    may introduce several)."""
    return any(_back_to_back(article, q, after) for after in quotes_in.get(q.paragraph, []))


def _any_between(positions: list[int], span: Span) -> bool:
    """Whether a sorted list of offsets has one inside ``span``."""
    i = bisect.bisect_left(positions, span.start)
    return i < len(positions) and positions[i] < span.end


def _quoted(article: Article, sentence: Span, quotes: list[Quote], anywhere: bool = False) -> bool:
    """A sentence of quoted speech: it opens with a quote mark or lies inside
    a quote; with ``anywhere``, it holds a quote ("..., admitted it would be
    “very difficult”")."""
    if article.prose[sentence.start : sentence.end].lstrip().startswith(('"', "“", "‘", "'")):
        return True
    if any(q.span.start <= sentence.start and sentence.end <= q.span.end + 1 for q in quotes):
        return True
    return anywhere and bool(_in_sentence(sentence, quotes))


def _source_of(
    article: Article,
    q: Quote,
    in_para: list[Attribution],
    sentences: list[Span],
    quotes: list[Quote],
    sentence_before: Span | None,
    in_previous: list[Attribution],
) -> Attribution | None:
    """The attribution of a quote: a cue outside the quote in its sentence,
    in the sentence before or after in its paragraph (including a colon
    lead-in), at the end of a run of quoted sentences, or in the sentence
    before a quote that opens its paragraph (``sentence_before``: the last
    of the paragraph before, "... said:"). ``in_para`` and ``in_previous``:
    the attributions with a source kind in the quote's paragraph and the one
    before; ``quotes``: the quotes of its paragraph."""
    same = [
        a
        for a in in_para
        if a.sentence.start <= q.span.start < a.sentence.end
        or (q.span.start <= a.cue.start < q.span.end + 60 and a.sentence.start <= q.span.end)
    ]
    if same:
        return same[0]
    for a in in_para:
        gap_before = article.prose[a.sentence.end : q.span.start]
        gap_after = article.prose[q.span.end : a.sentence.start]
        if (0 <= q.span.start - a.sentence.end <= 3 and not gap_before.strip(' \n“"')) or (
            0 <= a.sentence.start - q.span.end <= 3 and not gap_after.strip(' \n”".,')
        ):
            return a
    k = next((i for i, s in enumerate(sentences) if s.start <= q.span.start < s.end), None)
    if in_para and k is not None:

        def cues_in(j: int) -> list[Attribution]:
            return [a for a in in_para if sentences[j].start <= a.cue.start < sentences[j].end]

        # The sentence before or after names the source.
        if k > 0 and (found := cues_in(k - 1)):
            return found[-1]
        if k + 1 < len(sentences) and (found := cues_in(k + 1)):
            return found[0]
        if k > 0:
            # ... or names a speaker the paragraph has quoted ("..." says
            # Melissa Roloson. Roloson supports Clinton. "I'm a graduate ...").
            previous_text = article.prose[sentences[k - 1].start : sentences[k - 1].end]
            for a in reversed(in_para):
                name = (a.resolved or a.source_text).split()[-1:] if a.cue.start < q.span.start else []
                if a.kind == "named" and name and re.search(rf"\b{re.escape(name[0])}\b", previous_text):
                    return a
        # A run of quoted sentences is one speaker going on ("...," said Marc
        # Toutai. "But ... And ..."): follow the run to the sentence that
        # quotes and names the speaker. A sentence of narrative ends the run,
        # so a quote after it needs its own source, and so does a quote closed
        # and reopened with nothing between ("..." "..."), which had a cue
        # between them that is gone (a colon lead-in still introduces it).
        for step in (1,) if _reopens(article, q, quotes) else (-1, 1):
            j = k + step
            while 0 <= j < len(sentences) and _quoted(article, sentences[j], quotes, anywhere=step < 0):
                if found := cues_in(j):
                    return found[-1] if step < 0 else found[0]
                j += step
        # A partial quote inside a sentence of a paragraph that names a
        # speaker is that speaker's phrase ("Then he cut into Bush, calling
        # him a “spoiled child”").
        if article.prose[sentences[k].start : q.span.start].strip():
            earlier = [a for a in in_para if a.cue.start < q.span.start]
            return earlier[-1] if earlier else in_para[0]
    previous = [
        a
        for a in in_previous
        if sentence_before is not None and sentence_before.start <= a.cue.start < sentence_before.end
    ]
    if previous:
        lead = article.prose[previous[-1].cue.start : previous[-1].paragraph.end].rstrip()
        # "... said:" then the quote; or a paragraph that is all quote after
        # one that named its speaker (the newswriting convention).
        if lead.endswith(":") or q.span.start == q.paragraph.start:
            return previous[-1]
    return None
