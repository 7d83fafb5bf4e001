"""TY002 confused-word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from copydesk import Article, Family, Finding, Need, Rule, Severity, wordlists
from copydesk.nlp import ParagraphDoc
from copydesk.spelling import match_case, match_phrase

# Words after which a closed compound must be the verb: "have setup", "to login".
_VERB_SLOTS = frozenset(
    [
        "to",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "please",
        "n't",
        "not",
    ]
)
_OBJECT_POS = frozenset({"DET", "PRON", "PROPN", "ADP", "NUM"})
# A pronoun and its clitic, for the possessive that sounds like them:
# "it's" for "its", "who's" for "whose", "they're" for "their", "you're" for "your".
_CONTRACTED = {
    (pronoun, mark + clitic): owner
    for pronoun, clitic, owner in (
        ("it", "s", "its"),
        ("who", "s", "whose"),
        ("they", "re", "their"),
        ("you", "re", "your"),
    )
    for mark in "'’"
}
_CLITICS = frozenset(clitic for _pronoun, clitic in _CONTRACTED)
# Dependencies that make a word a modifier of the noun after it.
_MODIFIES = frozenset({"amod", "poss", "compound", "nmod", "det", "nummod"})
_ARTICLES = frozenset({"a", "an", "the"})
# A verb's particle, whatever the tagger calls it: "rolled back it's policy", "close out there trip".
_PARTICLES = frozenset({"back", "up", "down", "off", "out"})


@lru_cache(maxsize=1)
def _pairs() -> dict[str, str]:
    """Closed compound (noun) -> phrasal verb, e.g. ``setup -> set up``."""
    return {
        e.term.lower(): e.replacement or "" for e in wordlists.load(__package__ or "", "confused_words.txt")
    }


def _sound_alikes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right) for each word written for one that sounds like it,
    where the words around say which is meant (``sound_alikes.txt``)."""
    low = wordlists.lower(text)
    for pattern in wordlists.load_lower_patterns(__package__ or "", "sound_alikes.txt"):
        key = "w" if "w" in pattern.scan.groupindex else 0
        for m in pattern.finditer(low):
            yield m.start(key), m.end(key), pattern.entry.replacement or ""


# Words that open a noun phrase whatever the tagger makes of them ("there first away win").
_NP_OPENERS = frozenset({"first", "last", "next", "only", "best", "own", "more", "less", "most", "least"})


def _noun_phrase_end(doc: Any, i: int) -> int:
    """Where the bare noun phrase (no article) starting at ``i`` ends, or
    ``i``: modifiers (adjectives, numbers, a gerund or participle before a noun, the
    hyphens between, a currency sign first), then nouns, up to the first word after
    the nouns ("it's same store sales | 5% higher")."""
    j, nouns = i, False
    while j < len(doc):
        t = doc[j]
        noun = t.pos_ in ("NOUN", "PROPN")
        modifier = (
            t.pos_ in ("ADJ", "NUM")
            or (j == i and (t.lower_ in _NP_OPENERS or t.tag_ == "$"))  # "it's $10.3bn takeover"
            or (_modifying_gerund(t) and j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN")
            # "agreed cuts"; not "it's expected growth will slow", "it's said prices will rise"
            or (
                t.tag_ == "VBN"
                and j + 1 < len(doc)
                and doc[j + 1].pos_ in ("NOUN", "NUM", "PROPN")  # "projected 180-day cruise"
                and t.lower_ not in _words("expectations") | _words("reported")
            )
        )
        # "first away win", "first ever final": an adverb between an ordinal and its noun
        noun_ahead = j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN")
        if j > i and not nouns and t.lower_ in ("ever", "away") and noun_ahead:
            modifier = doc[j - 1].lower_ in _NP_OPENERS | _words("ordinals")
        if (
            not nouns
            and j + 2 < len(doc)
            and doc[j + 1].tag_ == "HYPH"
            and doc[j + 2].pos_ in ("NOUN", "ADJ")
        ):
            modifier = True  # a compound's first part, whatever its tag: "on-field behaviour"
        if j > i and not nouns and t.pos_ == "CCONJ" and doc[j - 1].pos_ == "ADJ":
            modifier = j + 1 < len(doc) and doc[j + 1].pos_ == "ADJ"  # "first free and fair election"
        date = t.pos_ == "NUM" and j > i and doc[j - 1].pos_ == "PROPN"  # "June 30 expiry"
        if nouns and t.pos_ == "ADJ" and doc[j - 1].tag_ == "HYPH" and not doc[j - 2].whitespace_:
            nouns, modifier = False, True  # the noun began a compound: "season-long road trip"
        if not (noun or date or (j > i and t.tag_ == "HYPH") or (modifier and not nouns)):
            break
        nouns = nouns or noun
        j += 1
    while j > i and doc[j - 1].tag_ == "HYPH":
        j -= 1
    return j


def _date_number(tok: Any) -> bool:
    """A day of the month: "18th", "18"."""
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", tok.lower_))


def _modifying_gerund(tok: Any) -> bool:
    """A gerund that may modify a noun ("landing missions"); not "being", "having" ..."""
    return tok.tag_ == "VBG" and tok.lower_ not in ("being", "having", "getting", "going")


# Words "there" follows as a place: "out there", "over there first thing".
_PLACE_ADVERBS = frozenset({"out", "up", "down", "back", "around", "over", "in", "near", "along"})


def _owned(noun: Any) -> bool:
    """A noun that names a thing one owns, not a time ("there first thing", "there on Monday morning")."""
    return bool(noun.pos_ == "NOUN" and noun.lower_ != "thing" and noun.lower_ not in _words("times"))


def _possessive_there(tok: Any) -> bool:
    """ "there" where "their" belongs, before a noun phrase with no article:
    after a word an adverb of place cannot follow there ("ahead of there
    landing missions", "since there inception"); after "in" before an
    ordinal or an adjective ("in there first TV debate"); after a verb, unless
    the phrase is a time ("risked there lives", not "lived there years" or
    "went there last week"); before a finite verb ("but there helicopter was
    shot down"); before a noun the tagger read as a verb after a preposition
    that is never a conjunction ("asleep at there desks") or after a verb and
    before a preposition ("risked there lives for"). Or the parser hangs
    it on the noun after it, or puts it between a verb and the verb's object
    ("birds shed there feathers"), or makes the word after it the object of
    the preposition before it ("the ruins of there home", "home" read as an
    adverb)."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev = doc[tok.i - 1]
    if prev.lower_ in _PLACE_ADVERBS and tok.i > 1 and doc[tok.i - 2].lower_ in _words("motion"):
        return False  # a place gone to or kept: "Get in there mate", "went out there people"
    end = _noun_phrase_end(doc, tok.i + 1)
    if end > tok.i + 1 and doc[end - 1].pos_ in ("NOUN", "PROPN"):
        first = doc[tok.i + 1]
        if first.lower_ == "first" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "thing":
            return False  # "get over there first thing tomorrow": when
        if prev.lower_ in _words("there-owners"):
            return True
        if prev.lower_ in ("all", "both") and (tok.i < 2 or doc[tok.i - 2].lower_ != "at"):
            return True  # "for all there online accounts"; not "no change at all there last year"
        if (
            prev.text == ","
            and (first.lower_ in _NP_OPENERS or first.lower_ in _words("ordinals"))
            and (end == len(doc) or doc[end].pos_ in ("ADP", "SCONJ", "PUNCT"))
        ):
            return True  # an aside: "hosted a dinner, there first public appearance since"
        when = first.lower_ in ("last", "next", "past") and doc[end - 1].lower_ in _words("times")
        if prev.lower_ == "in" and (first.tag_ in ("JJ", "JJS", "VBN") or first.lower_ in _NP_OPENERS):
            return not when  # "in there first TV debate"; not "been in there last week"
        if prev.lower_ == "in" and end - tok.i > 2 and _owned(doc[end - 1]):
            return True  # "in there November report", "in there Six Nations opener"
        if (
            prev.lower_ == "in"
            and end == tok.i + 2
            and first.tag_ in ("NN", "NNS")
            and _owned(first)
            and (
                end == len(doc)
                or doc[end].pos_ in ("ADP", "SCONJ", "CCONJ")
                or doc[end].text in (".", ";", "—", "–")  # "to help in there release — but"
            )
        ):
            return True  # "a part in there advertising since 2004"
        particle = prev.lower_ in _PARTICLES and tok.i > 1 and doc[tok.i - 2].pos_ == "VERB"
        # "will be there debut", as after a verb; a name may be when ("be there Christmas Day")
        be = prev.lower_ == "be" and first.pos_ != "PROPN"
        if prev.pos_ == "VERB" or particle or be:
            # ... or its particle ("close out there road trip"); not a time, nor what one did
            # there ("stand there taking damage"); a time
            # later in the phrase is when ("finish there Chicago trip Saturday night"), and one
            # first is its thing's date ("closing out there November 18th concert")
            owned = [
                t
                for t in doc[tok.i + 1 : end]
                if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _words("times") and not _date_number(t)
            ]
            # a gerund that names a kind ("find there polling places"), not what one did there
            kind = first.tag_ != "VBG" or first.dep_ in ("amod", "compound")
            return bool(owned) and kind
        if (
            end < len(doc)
            and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD")
            and (prev.pos_ in ("CCONJ", "SCONJ", "NOUN") or prev.text in (",", ";"))
        ):
            # "but there helicopter was shot down", "..., there defence has picked up", "a
            # ruling there detention breached the law"
            return True
    nxt = doc[tok.i + 1]
    if (
        prev.text == ","
        and nxt.lower_ in _words("ordinals")
        and tok.i + 2 < len(doc)
        and doc[tok.i + 2].lower_ in ("in", "for", "since", "of")
    ):
        return True  # an aside: "a world tour this year, there first for four years"
    if (
        (prev.pos_ == "ADP" and prev.lower_ not in _PLACE_ADVERBS) or prev.pos_ in ("NOUN", "PROPN")
    ) and nxt.lower_ in _words("ordinals"):
        # an ordinal, whatever its tag, and the rest of the phrase: "slogging through there
        # first losing season", "giving the Windies there first Test victory"; not "over there
        # first thing"
        end = _noun_phrase_end(doc, tok.i + 2)
        if end > tok.i + 2 and doc[end - 1].pos_ == "NOUN" and doc[end - 1].lower_ != "thing":
            return True  # its noun may name a time: "through there first losing season"
    if (
        prev.lower_ in ("us", "them", "him", "her", "me")
        and (nxt.lower_ in _words("ordinals") or (nxt.tag_ == "JJS" and nxt.lower_ not in ("most", "least")))
        and prev.dep_ in ("dobj", "dative")
    ):
        # ... or after a verb's indirect object, when its noun is a thing given: "give us there
        # best shot"; not "met them there last week"
        end = _noun_phrase_end(doc, tok.i + 2)
        if end > tok.i + 2 and _owned(doc[end - 1]):
            return True
    if prev.lower_ in _words("there-owners") and nxt.dep_ == "pobj" and nxt.head.i == prev.i:
        return True  # the preposition's object, whatever its tag: "the ruins of there home"
    if (
        prev.lower_ in _words("there-owners")
        and nxt.tag_ in ("JJS", "RBS")
        and nxt.lower_ not in ("most", "least")
        and (tok.i + 2 == len(doc) or doc[tok.i + 2].tag_ == "IN" or doc[tok.i + 2].is_punct)
    ):
        return True  # a superlative standing for its noun: "markets rose to there highest in two years"
    # A noun read as a verb: "lives", "desks", or a base form, "do there work as" (not "let there be")
    misread = (
        nxt.tag_ in ("VBZ", "VBP") or (nxt.tag_ == "VB" and nxt.lower_ != "be")
    ) and nxt.lower_ not in _words("echoes") | {"'s", "'re", "’s", "’re"}
    if misread and prev.lower_ in _words("prepositions-only"):
        return True  # a noun read as a verb after "there": "asleep at there desks"
    if (
        misread
        and prev.pos_ == "VERB"
        and nxt.i + 1 < len(doc)
        and (doc[nxt.i + 1].tag_ in ("IN", "CC") or doc[nxt.i + 1].is_punct)
        and doc[nxt.i + 1].lower_ not in ("that", "to")
    ):
        # ... or after a verb, before a preposition or the sentence's end ("risked there lives
        # for", "do there work as required"); not "knew there remains a chance"
        return True
    if tok.dep_ in _MODIFIES and tok.head.i > tok.i and tok.head.lower_ not in _words("times"):
        # ... in a sentence with a verb: in "As a side note, there studies that
        # show ..." a verb is missing, and "their" would not mend it.
        return tok.sent.root.pos_ in ("VERB", "AUX")
    after = doc[tok.i + 1]
    if tok.dep_ != "advmod" or prev.pos_ not in ("VERB", "ADP"):
        return False
    if after.pos_ not in ("NOUN", "ADJ"):
        return False
    noun = after
    while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
        noun = noun.head  # "there latest solutions", "there contact information"
    return (
        noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") and noun.head.i == tok.head.i and noun.i > tok.i
    )


def _possessive(tok: Any, pd: ParagraphDoc) -> bool:
    """ "it's", "who's", "they're" or "you're" (``tok`` is the pronoun) where
    the possessive belongs: a noun phrase with no article after it, then a
    finite verb ("it's researchers examined", "It's success continues", "the
    man who's car was stolen", "it's forces are likely", "it's performance
    and key features are"; not "it's time to go"); or "it's" and a noun
    phrase after a verb that cannot take a clause ("Sweden has dropped it's
    investigation"; not "I think it's money well spent"), a verb's particle,
    "all", or a noun and "and" ("Airbus and it's rival"), or "since" and an
    event ("since it's launch"), a preposition ("inside it's console"), or as
    the next of a list of its things ("its losses, its business model, and
    it's governance"); or any of the four before a superlative, an ordinal or
    "same" with no "the" ("it's lowest level", "reported it's third case")."""
    doc = tok.doc
    start = tok.i + 2
    if start + 1 < len(doc) and doc[start].tag_ == "``":
        start += 1  # a name in quotes: "spend more on it's “Pepsi Stuff” campaign"
    end = _noun_phrase_end(doc, start)
    if end == start:
        return False
    first = doc[start]
    # The phrase's last noun, not a number naming it: "it's launch title Destiny 2".
    last = next(
        (doc[k] for k in range(end - 1, tok.i + 1, -1) if doc[k].pos_ in ("NOUN", "PROPN")), doc[end - 1]
    )
    verb = end
    if verb + 1 < len(doc) and doc[verb].lower_ in ("and", "or"):
        # Two things of its before one verb: "it's performance and key features are".
        more = _noun_phrase_end(doc, verb + 1)
        if more > verb + 1 and more < len(doc) and doc[more].tag_ in ("VBP", "VBD"):
            verb, last = more, doc[more - 1]
    own_phrase = verb < len(doc) and doc[verb].dep_ == "prep" and doc[verb].head.i == end - 1
    if own_phrase and tok.i > tok.sent.start:
        # past the noun's own phrase: "as long as it's peace process with the Palestinians remains";
        # not a sentence's opening "It's primary day in New York and the front-runners are ..."
        verb = doc[verb].right_edge.i + 1
    if verb < len(doc) and doc[verb].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return bool(last.pos_ == "NOUN")
    if (
        verb < len(doc)
        and doc[verb].tag_ == "VB"
        and last.tag_ in ("NN", "NNS")
        and tok.i > 0
        and doc[tok.i - 1].lower_ in _SEEN_DOING
    ):
        return True  # what was seen to happen, in its bare form: "Wal-Mart saw it's sales rise"
    if first.tag_ == "JJS" and first.lower_ not in ("best", "worst", "most", "least") and last.pos_ == "NOUN":
        return True  # a superlative with no "the": "it's lowest level since 2001"
    if (
        (first.lower_ in _words("ordinals") or re.fullmatch(r"\d+(?:st|nd|rd|th)", first.lower_))
        and (first.i + 1 == len(doc) or doc[first.i + 1].tag_ != "HYPH")
        and last.pos_ == "NOUN"
        and last.lower_ not in _words("ordinal-idioms")
    ):
        return True  # so an ordinal or "same": "reported it's third case", "saw it's same store sales"
    if tok.lower_ != "it" or tok.i == 0 or last.pos_ not in ("NOUN", "PROPN"):
        return False
    before = doc[tok.i - 1]
    if before.pos_ == "VERB":
        return pd.lemma_in(before, _clause_verbs()) is None
    if before.lower_ in ("since", "after", "before", "until", "till") and last.lower_ in _words("events"):
        return True  # an event of its life: "since it's launch", "before it's June 30 expiry"
    if end < len(doc) and (
        doc[end].lower_ in ("that", "who", "which") or (doc[end].tag_ == "TO" and last.tag_ != "NNS")
    ):
        # a cleft or what to do: "and it's Apple that leads", "and it's time to go"; not its
        # people's work: "NASA and it's contractors to get a cost estimate"
        return False
    particle = before.lower_ in _PARTICLES and tok.i > 1 and doc[tok.i - 2].pos_ == "VERB"
    if before.tag_ == "RP" or particle or before.lower_ == "all":
        # a verb's particle or "all": "ramp up it's production", "rolled back it's policy",
        # "with all it's regions"
        return bool(last.pos_ == "NOUN")
    if before.tag_ in ("IN", "TO") and before.lower_ in _words("prepositions"):
        return True  # "inside it's PlayStation 3 console", "compared to it's rivals"
    if (
        before.lower_ == "as"
        and last.tag_ == "NNS"
        and last.lower_ not in _words("times")
        and (end == len(doc) or doc[end].is_punct or doc[end].pos_ in ("ADP", "CCONJ"))
    ):
        return True  # "named SBI as it's key beneficiaries", "as sophisticated as it's servers"
    if before.lower_ in (",", "and", "or"):
        # a list of its things, no verb between: "its losses, its business model, and it's
        # corporate governance"; not "Its profits rose, and it's good news"
        earlier = [t for t in doc[tok.sent.start : tok.i] if t.lower_ == "its"]
        if earlier and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[earlier[-1].i : tok.i]):
            return True
    # One of two things: "Carnival and it's main competitor", "the website or it's staff",
    # "did not modify the law, nor it's interpretation".
    if before.lower_ not in ("and", "or", "nor") or tok.i < 2:
        return False
    thing = (
        doc[tok.i - 3]
        if doc[tok.i - 2].text == "," and before.lower_ == "nor" and tok.i > 2
        else doc[tok.i - 2]
    )
    if thing.text == ")":
        # past a name's initials in brackets: "Crime Scene Investigation (CSI) and it's spin-offs"
        opening = next((k for k in range(thing.i - 1, max(0, thing.i - 6), -1) if doc[k].text == "("), None)
        thing = doc[opening - 1] if opening else thing
    return bool(thing.pos_ in ("NOUN", "PROPN"))


# Verbs after which a thing is seen doing, in the bare form: "saw its sales rise".
_SEEN_DOING = frozenset({"saw", "see", "sees", "seen", "seeing", "watched", "watch", "let", "lets"})


# What follows a participle that modifies no noun: "its owned by", "its built you".
_NOT_MODIFIED = frozenset({"ADP", "PRON", "ADV", "DET", "PART", "SCONJ", "CCONJ"})


# Adverbs that open a possessive's noun phrase: "its very existence", "its most
# important asset", "its only hope", "its ever-growing debt".
_PHRASE_ADVERBS = frozenset({"very", "most", "least", "only", "once", "ever", "far", "much", "more", "less"})


def _contracted_its(tok: Any) -> bool:
    """ "its" where "it's" belongs: before a past participle or an
    adjective, perhaps after an adverb or two, that modifies no noun after it
    ("Once its built you won't", "its owned by a trust", "its legally
    required to", "its completely useless,", "its narrower and lower"; not "its
    stated aim", "its highly trained staff", "its estimated 5,000 staff",
    "its caught-in-the-middle position", "on its own")."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and i - tok.i <= 2 and doc[i].tag_ == "RB" and doc[i].lower_ not in _PHRASE_ADVERBS:
        i += 1  # "its really deserved", "its quite arid"
    if i >= len(doc):
        return False
    word = doc[i]
    adjective = word.tag_ in ("JJ", "JJR") and word.lower_ not in _words("its-adjectives")
    if word.tag_ != "VBN" and not adjective:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.tag_ == "HYPH" or after.text == "-" or after.lower_ == "than"):
        # "its caught-in-the-middle position", "its anti-virus software"; "its bigger than
        # expected loss" (sound_alikes.txt knows which comparisons are "it's")
        return False
    if adjective:
        # an adjective that heads a phrase of its own ("its insightful, and", "its
        # narrower and lower"), not the first of a noun's ("its foreign and domestic
        # policies", "its snowy, icy mess", "its extremely high (...) valuation")
        return _ends_phrase(doc, i + 1)
    return after is None or after.is_punct or after.pos_ in _NOT_MODIFIED


def _ends_phrase(doc: Any, j: int) -> bool:
    """Whether an adjective before token ``j`` ends its phrase: past more
    adjectives and adverbs, commas, "and" or "or" and asides in brackets, no
    noun comes."""
    while j < len(doc):
        t = doc[j]
        if t.text == "(":
            close = next((k for k in range(j + 1, min(len(doc), j + 12)) if doc[k].text == ")"), None)
            if close is None:
                return False  # an aside that runs on: no telling
            j = close + 1
            continue
        if t.pos_ in ("NOUN", "PROPN", "NUM"):
            return False
        if not (t.pos_ in ("ADJ", "ADV", "CCONJ") or t.text == "," or t.tag_ in ("VBN", "HYPH")):
            return True
        j += 1
    return True


def _past_lead(tok: Any) -> bool:
    """ "lead" where "led" belongs: the verb with one person or thing for its
    subject and no auxiliary ("the quarterback lead his team", "a scientist
    who lead the inquiry", "an effect that lead to delays", "Lawrence Hill
    lead the attack", "one of which lead to"), the second of two
    past verbs with one subject ("what caused the fire and lead to"), or a participle
    after a noun with the name of who led ("a delegation lead by President
    Raut"). Not a team's plural ("England lead 2-0", "the side lead"), a
    subjunctive ("insisted that he lead"), "lead by example" or "by two goals"."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "by" and tok.i > 0:
        before, agent = doc[tok.i - 1], doc[tok.i + 2]
        # who led is the object of "by", past its adjectives: "lead by the foreign minister"
        agent = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), agent)
        if agent.pos_ == "DET" and tok.i + 3 < len(doc):
            agent = doc[tok.i + 3]
        # ... not the noun: "a 10-point lead by Clinton", "her lead by five points"; a determiner
        # the parser hangs on "lead" past a noun before it is that noun's ("The campaign lead by
        # Gov. Kristi Noem raised"), unless the noun is a margin ("the points lead by Hamilton")
        compound = (
            before.dep_ == "compound" and before.pos_ == "NOUN" and before.lower_ not in _words("margins")
        )
        kinds = ("poss", "amod") if compound else ("det", "poss", "amod")
        noun = any(c.dep_ in kinds and c.i < tok.i for c in tok.children)
        # who led may be named by office: "diplomacy lead by the president's lawyer"; not a time
        # ("Ireland lead by the break")
        named = agent.pos_ == "PROPN" or (
            agent.pos_ == "NOUN"
            and (
                doc[agent.i - 1].pos_ == "DET"
                or agent.tag_ == "NNS"  # "a team lead by researchers"
                or any(c.dep_ in ("det", "poss") for c in agent.children)
            )
            and agent.lower_ not in _words("times") | _words("moments") | _words("margins")
        )
        # ... or after a comma that closes the noun's phrase: "its predecessor, lead by ex-President Kuchma"
        aside = before.text == "," and tok.i > 1 and doc[tok.i - 2].pos_ in ("NOUN", "PROPN")
        noun_before = (
            before.pos_ in ("NOUN", "PROPN") or before.lower_ == "one" or (aside and agent.pos_ == "PROPN")
        )
        return noun_before and named and not noun
    if tok.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("that", "lest") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "conj" and tok.head.tag_ == "VBD" and tok.head.i < tok.i:
        # the second of two past verbs shares the first's subject: "what caused the fire and lead to"
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("what", "who", "which", "that"):
            return True
        if subject is not None and subject.i > tok.head.i:
            return False
    elif subject is not None and any(t.is_quote for t in doc[subject.i + 1 : tok.i]):
        return False  # a parse across a quote's end (‘..., water in vapor form," lead researcher’)
    if subject is None:
        return False
    if subject.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
        subject = tok.head
    if subject.lower_ in ("he", "she", "it", "one", "each", "either", "neither"):
        return True  # "one of which lead to the first goal"
    if subject.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in subject.children):
        # one person ("Lawrence Hill lead the attack"), unless another verb governs the bare form
        # ("let Ivan lead", "saw Ivan lead")
        return tok.dep_ not in ("ccomp", "xcomp") or tok.head.pos_ != "VERB"
    return subject.tag_ == "NN" and subject.lower_ not in _words("collective")


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, frozenset[str]]:
    """The closed sets of ``context_words.txt``, by name."""
    sets: dict[str, set[str]] = {}
    for entry in wordlists.load(__package__ or "", "context_words.txt"):
        sets.setdefault(entry.replacement or "", set()).update(entry.term.lower().split())
    return {name: frozenset(words) for name, words in sets.items()}


def _words(name: str) -> frozenset[str]:
    return _word_sets()[name]


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    """Verbs after which "it's" may open a clause (``clause_verbs.txt``)."""
    return frozenset(e.term.lower() for e in wordlists.load(__package__ or "", "clause_verbs.txt"))


# What may follow "than" in a comparison: a noun phrase, a number, an adjective,
# a gerund ("more effective then offering half the price").
_COMPARED = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def _comparative_then(tok: Any) -> bool:
    """ "then" where "than" belongs: right after a comparative ("bigger then
    the Academy Awards", "less profitable then ad widgets", "more then
    capable", "more directly entangled then any witness") and before a noun
    phrase, which may have a clause of its own ("worse then Ruud's foul, which
    went unpunished"), not a clause ("higher then the government stepped in"
    may be a time) nor "and", a comma or a phrase of place or time ("younger
    then and wiser", "bigger then in the 1990s"); and "rather ... then" a
    verb ("would rather be sacked then work"). After "then", "most" or a
    pronoun opens the compared phrase when no verb of its own follows before
    the sentence goes on, or its verb echoes the comparison ("then most
    analysts thought"); so does what was expected ("then had been expected",
    with a comparative a few words back). After a multiple ("ten times more
    then in 2003") or before a time set against another ("lower then in the
    preceding quarter"), "then" compares whatever follows."""
    doc = tok.doc
    if tok.i < 1 or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    if _rather_then(doc, tok.i) and (after.tag_ in ("VB", "VBP") or after.lower_ == "to"):
        return True  # "would rather be sacked then work for Oracle"
    if _expected_after(doc, tok.i + 1) and any(
        t.tag_ in ("JJR", "RBR") for t in doc[max(tok.sent.start, tok.i - 8) : tok.i]
    ):
        return True  # "more jobs had been cut then had been expected"
    if after.lower_ in _words("than-after") and _compared_before(doc, tok.i):
        return True  # "more pressure on pension spending then originally envisaged"
    if _elliptical(doc, tok.i + 1) and (_compared_before(doc, tok.i) or _after_comparative(doc, tok.i)):
        return True  # "worse then more affluent Americans do", "more about it then I do"
    if after.lower_ in _words("subjects") and _echo(doc, tok.i + 2) and _compared_before(doc, tok.i):
        return True  # "a lot more to like then you would think"
    if not _after_comparative(doc, tok.i):
        return False
    if after.is_punct or after.pos_ == "CCONJ":
        return False  # "younger then and wiser", "higher then, the report said"
    if _multiplied(doc, tok.i):
        return True  # "ten times more then in 2003", "10 times better then Joss Stone and ..."
    if (
        after.lower_ in ("in", "during", "over", "for")
        and any(t.lower_ in _words("earlier-times") for t in doc[after.i + 1 : after.i + 4])
        and not any(t.lower_ == "than" for t in doc[after.i : tok.sent.end])
    ):
        return True  # a time compared: "lower then in the preceding quarter"
    if after.lower_ in _words("than-after") or after.lower_ in _words("ordinals"):
        return True  # "never finished lower then fourth"
    if after.lower_ in _words("subjects"):
        if _echo(doc, tok.i + 2):
            return True
        # No verb of its own before the sentence goes on: a noun phrase
        # ("bigger then most of the male contestants so I could"), not a clause.
        # With one, its verb must echo the comparison ("then most analysts thought").
        for t in doc[tok.i + 2 : tok.sent.end]:
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return t.lower_ in _words("echoes") | _words("expectations")
            if t.is_punct or t.pos_ == "SCONJ":
                return True
        return True
    if after.lower_ == "to" and tok.i + 2 < len(doc) and doc[tok.i + 2].tag_ == "VB":
        return True  # "a better preparation then to play a few matches"
    if after.lower_ == "just" and tok.i + 2 < len(doc):
        after = doc[tok.i + 2]  # "more then just a theory"
    if doc[tok.i - 1].lower_ in ("more", "less", "fewer") and tok.i > 1 and doc[tok.i - 2].pos_ == "ADP":
        return True  # an amount as the object, whatever follows: "respond to more then succinate"
    if after.pos_ == "AUX" and after.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return False  # what was expected is taken above; any other clause is a time
    if not (after.pos_ in _COMPARED or after.tag_ in ("VBG", "VBN")):
        return False  # ("more surprised then thrilled")
    for t in doc[after.i : tok.sent.end]:
        if t.is_punct or t.tag_ in ("WDT", "WP") or t.dep_ == "relcl":
            break  # the compared phrase's own clause: "then Ruud's foul, which went unpunished"
        if t.pos_ == "SCONJ" and t.i > after.i:
            break  # a clause of the sentence's own: "bigger then most of them so I could take them"
        if t.dep_ == "cc" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP"):
            break  # "played better then us and deserved to win": the sentence goes on
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and _reduced_relative(doc, t.i, after.i):
            break  # the compared noun's own clause: "a different feel then the others I have seen"
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ == "than":
            # A clause, or "lower then than now"; but what someone expected
            # is what is compared ("higher then analysts expected", "then
            # that description might suggest").
            verb = t.head if t.dep_ == "aux" and t.head.i > t.i else t  # "might suggest", "had hoped"
            return verb.lower_ in _words("expectations") and verb.i - tok.i <= 5
    return True


def _reduced_relative(doc: Any, verb: int, start: int) -> bool:
    """The verb at ``verb`` opens, with a pronoun for its subject right after a
    noun, a relative clause with no "that": "the others I have seen"."""
    j = verb - 1
    while j > start and doc[j].dep_ in ("aux", "neg", "advmod"):
        j -= 1
    if j <= start or doc[j].dep_ != "nsubj" or doc[j - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    # ... or a name right after a common noun: "the $53 million figure McKinley cited"
    return bool(doc[j].pos_ == "PRON" or (doc[j].pos_ == "PROPN" and doc[j - 1].pos_ == "NOUN"))


# What is on record, compared as expectations are: "more people contract it then is documented".
_ON_RECORD = frozenset({"documented", "recorded", "recognised", "recognized", "acknowledged", "appreciated"})


def _expected_after(doc: Any, i: int) -> bool:
    """What was expected or is known, from ``i``: "had been expected", "was
    forecast", "is documented", "is generally known"."""
    if i >= len(doc) or doc[i].pos_ != "AUX" or doc[i].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    known = _words("expectations") | _words("reported") | _ON_RECORD
    return any(t.tag_ == "VBN" and t.lower_ in known for t in doc[i : i + 3])


def _elliptical(doc: Any, i: int) -> bool:
    """From ``i``, a clause cut short after its verb, as a comparison's is:
    a noun phrase or pronoun, then "do", "could", "is" ... and a punctuation
    mark, not a dash ("then alternatives could.", "then I do,"). Not after
    "if" or "when", where "then" is the time ("If they want more, then they do.")."""
    sent = doc[i - 1].sent
    if any(t.lower_ in ("if", "when", "once", "unless") for t in doc[sent.start : i]):
        return False
    j = i
    while j < sent.end and j - i < 4 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "ADV"):
        j += 1
    return (
        i < j < sent.end - 1
        and doc[j].lower_ in _words("echoes")
        and (doc[j + 1].is_punct and doc[j + 1].text not in ("-", "—", "–"))
    )


def _compared_before(doc: Any, i: int) -> bool:
    """A comparative a few words before ``i`` in one stretch of its clause, no
    comma or "and" between: "more pressure on spending then"."""
    for t in reversed(doc[max(doc[i].sent.start, i - 8) : i]):
        if t.is_punct or t.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX"):
            return False
        if t.tag_ in ("JJR", "RBR"):
            return True
    return False


def _multiplied(doc: Any, i: int) -> bool:
    """A multiple or a percentage before the comparative before ``i``: "ten
    times more then", "4.3% higher then"."""
    j = i - 1
    while j > 0 and doc[j].tag_ not in ("JJR", "RBR") and i - j < 5:
        j -= 1
    # ... or a measure of the difference: "4.3% higher then in 2003"
    return j > 0 and doc[j].tag_ in ("JJR", "RBR") and doc[j - 1].lower_ in ("times", "fold", "%", "percent")


def _rather_then(doc: Any, i: int) -> bool:
    """ "rather" a few words before ``i`` in its clause: "rather be sacked then"."""
    return any(t.lower_ == "rather" for t in doc[max(doc[i].sent.start, i - 6) : i])


# Prepositions of a compared noun's own phrase: "a different format for songs then Napster".
_PHRASE_PREPOSITIONS = frozenset({"of", "in", "with", "about", "for", "on", "to"})


def _after_comparative(doc: Any, i: int) -> bool:
    """Whether a comparative comes before ``i``, or opens the noun phrase that
    does ("more then 20", "a smaller drop then expected", "a greater global
    reach then any other", "more often then anyone expected"), or comes
    before a phrase of its own ("more symptoms of insomnia then")."""
    j = i - 1
    while (
        j > 0
        and i - j < 6
        and doc[j].lower_ != "different"
        # "more directly entangled then", "less depressing and constraining then"
        and (
            doc[j].pos_ in ("NOUN", "PROPN")  # "more PGA Tour events then"
            or doc[j].tag_ in ("JJ", "VBN", "VBG")
            or (doc[j].tag_ == "RB" and (doc[j].lower_.endswith("ly") or doc[j].lower_ in ("so", "often")))
            or doc[j].tag_ == "HYPH"  # "more cost-effective then"
            or doc[j].tag_ == "TO"
            or (doc[j].tag_ == "VB" and doc[j - 1].tag_ == "TO")  # "far harder to learn then"
            or (doc[j].lower_ in ("and", "or") and j < i - 1)
        )
    ):
        j -= 1
    # "different" takes "than" too: "a lot different then a strategy role"
    if doc[j].tag_ in ("JJR", "RBR") or doc[j].lower_ == "different":
        return True
    # ... or before a phrase of its own: "more symptoms of insomnia then", "more
    # interested in politics then" (a preposition and a bare noun, or "the" and a noun).
    if doc[j].pos_ == "ADP" and doc[j].lower_ in _PHRASE_PREPOSITIONS and j + 1 < i:
        return (
            _after_comparative(doc, j)
            and all(
                t.pos_ in ("NOUN", "PROPN", "ADJ")
                or t.tag_ in ("HYPH", "VBG")  # "in the Kilroy-Silk Party then", "of teaching grammar then"
                or (t.lower_ in ("and", "or") and t.i > j + 1)
                or (t.lower_ == "the" and t.i == j + 1)
                for t in doc[j + 1 : i]
            )
        )
    return False


def _echo(doc: Any, i: int) -> bool:
    """A pronoun's clause from ``i`` whose first verb echoes a comparison."""
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1  # "then they usually are"
    return i < len(doc) and (doc[i].lower_ in _words("echoes") or doc[i].lower_ in _words("expectations"))


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    """First word of the phrasal verb -> (noun, verb phrase), e.g. ``set -> (setup, set up)``."""
    return {v.split()[0]: (noun, v) for noun, v in _pairs().items()}


class ConfusedWord(Rule):
    """
    ## What it does
    Flags a noun written where its phrasal verb belongs ("have setup" for
    "have set up", "to login" for "to log in"), and the verb written where the
    noun belongs ("a set up" for "a setup"). Also flags a word written for
    one that sounds like it, where the words around leave only one meaning:
    "its the", "could of been", "has lead to", "more then 20", "free reign",
    "tow the line", "an affect on", "their will be", "its fair to say";
    and, read from the tagger and parser, "there" before a noun it modifies
    ("shed there feathers", "since there inception"), "it's", "who's" or
    "they're" before a noun and its verb ("It's success continues", "the man
    who's car was stolen"), "it's" and a noun after a verb that takes no
    clause ("Sweden dropped it's inquiry"; not "I think it's money well
    spent") or a preposition ("inside it's console"), "its" before a
    participle or an adjective that heads no noun's phrase ("Once its built
    you won't", "its completely useless, due to"; not "its foreign and
    domestic policies"), and
    "then" between a comparative and what it is compared with ("bigger then
    the Oscars", "a better player then he was", "would rather quit then work
    for Oracle").

    ## Why is this bad?
    The closed form is the noun, the open form the verb; "its" is no "it's".
    These slips survive a spell-checker, because every word is a word, and
    readers notice them at once.

    ## Example
    ```text
    French troops have setup a security cordon around the hotel. Its not clear
    who has lead the attack, which gave the gunmen free reign for an hour.
    ```

    ## Use instead
    ```text
    French troops have set up a security cordon around the hotel. The setup took an hour.
    It's not clear who has led the attack, which gave the gunmen free rein for an hour.
    ```

    ## Options
    None. The pairs are in `confused_words.txt` beside this rule
    (`noun -> verb phrase`, one per line); the sound-alikes are in
    `sound_alikes.txt` (`pattern -> right`: a regular expression and what
    replaces its match, or its group named `w`); the verbs after which
    "it's" may open a clause in `clause_verbs.txt`, and the closed sets of
    words the parse-read checks use in `context_words.txt`.
    """

    code = "TY002"
    name = "confused-word"
    family = Family.TYPOS
    severity = Severity.WARNING
    group = "spelling"
    needs = frozenset({Need.POS, Need.PARSE, Need.LEMMAS, Need.ENTITIES})

    def needs_tagging(self, article: Article, piece: ParagraphDoc) -> bool:
        pairs, verbs = _pairs(), _verbs()
        doc = piece.doc
        return any(
            t.lower_ in pairs
            or t.lower_ in ("there", "then", "lead", "its")
            or (t.lower_ in _CLITICS and t.i > 0 and (doc[t.i - 1].lower_, t.lower_) in _CONTRACTED)
            or (t.lower_ in verbs and t.i > 0 and doc[t.i - 1].lower_ in _ARTICLES)
            for t in doc
        )

    def check(self, article: Article) -> Iterator[Finding]:
        prose = article.prose
        flagged = set()
        for start, end, right in _sound_alikes(prose):
            if start in flagged:
                continue  # two patterns for one slip ("had an affect on")
            flagged.add(start)
            yield self._sound_alike(start, end, prose[start:end], right, 0.8)
        if article.analysis is None:
            return
        pairs, verbs = _pairs(), _verbs()
        for pd in article.analysis.docs:
            doc = pd.doc
            for tok in doc:
                low = tok.lower_
                prev = doc[tok.i - 1] if tok.i > 0 else None
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                start = pd.offset + tok.idx
                if low == "there" and start not in flagged and _possessive_there(tok):
                    yield self._sound_alike(start, start + len(tok), tok.text, "their", 0.7)
                elif low == "then" and start not in flagged and _comparative_then(tok):
                    yield self._sound_alike(start, start + len(tok), tok.text, "than", 0.7)
                elif low == "lead" and start not in flagged and _past_lead(tok):
                    yield self._sound_alike(start, start + len(tok), tok.text, "led", 0.7)
                elif low == "its" and start not in flagged and _contracted_its(tok):
                    yield self._sound_alike(start, start + len(tok), tok.text, "it's", 0.7)
                elif (owner := _CONTRACTED.get((low, nxt.lower_ if nxt else ""))) and start not in flagged:
                    if nxt is not None and _possessive(tok, pd):
                        end = pd.offset + nxt.idx + len(nxt)
                        yield self._sound_alike(start, end, prose[start:end], owner, 0.7)
                elif low in pairs and prev is not None:
                    verbal = tok.tag_.startswith("VB") or prev.lower_ in _VERB_SLOTS
                    if (
                        verbal
                        and (nxt is None or nxt.pos_ in _OBJECT_POS or nxt.is_punct)
                        and prev.pos_ != "DET"
                    ):
                        right = match_case(tok.text, pairs[low])
                        yield self.finding(
                            pd.offset + tok.idx,
                            pd.offset + tok.idx + len(tok),
                            f"“{tok.text}” is the noun; the verb is “{right}”",
                            suggestions=[right],
                            confidence=0.8,
                        )
                elif low in verbs and prev is not None and prev.lower_ in _ARTICLES and nxt is not None:
                    noun, phrase = verbs[low]
                    particle = phrase.split()[1]
                    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                    if nxt.lower_ == particle and (after is None or after.pos_ not in {"DET", "PRON"}):
                        start = pd.offset + tok.idx
                        end = pd.offset + nxt.idx + len(nxt)
                        yield self.finding(
                            start,
                            end,
                            f"“{tok.text} {nxt.text}” is the verb; the noun is “{noun}”",
                            suggestions=[match_case(tok.text, noun)],
                            confidence=0.8,
                        )

    def _sound_alike(self, start: int, end: int, wrong: str, right: str, confidence: float) -> Finding:
        fixed = match_phrase(wrong, right)
        return self.finding(
            start, end, f"“{wrong}” where “{fixed}” is meant", suggestions=[fixed], confidence=confidence
        )
