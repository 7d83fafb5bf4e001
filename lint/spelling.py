"""Spelling analysis shared by the typo rules: which words are known, which
are slips (with ranked suggestions), which are names to verify.

The general lexicon is wordfreq's English list; the house vocabulary and the
archive lexicon add names; the article itself is context ("Islamis" beside
"Islamic Maghreb"). Computed once per article and vocabulary, no parser needed.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from copydesk import wordlists
from copydesk.article import Article
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import inside_any, starts_sentence
from copydesk.vocab import Vocabulary

# A word: letters, inner apostrophes and hyphens ("Ki-moon", "Mali’s").
_WORD = lazy_re(r"[^\W\d_](?:[\w’']*[^\W\d_])?(?:-[^\W\d_](?:[\w’']*[^\W\d_])?)*")
_POSSESSIVE = lazy_re(r"(?:['’]s|s['’])$")
# French and Italian elision: "Val-d’Or", "s’en va", "l’Unità" are no English slips.
_ELISION = lazy_re(r"^(?:[cdjlmnst]|qu)['’][aeiouhyéèêàâ]", re.IGNORECASE)
# Not prose words: parts of addresses, entities and code ("blinkx.tv", "&#233;"),
# halves of a word split by a soft hyphen ("evi\u00addence") or by UTF-8 read as
# Mac Roman ("Sch√§uble", "Plo√´rmel"), and words glued to digits ("Violater1").
_GLUED = frozenset("./@\\&;#_=<>|\u00ad√§´0123456789")
# Letters of UTF-8 read as Latin-1 ("thatâ"): the boilerplate family's mojibake, not a typo.
_MOJIBAKE = frozenset("âÃÂ€")
_PREFIXES = ("un", "re", "non", "over", "under", "out", "mis", "dis", "pre", "on", "co", "counter", "anti")
_SUFFIXES = (
    ("iest", "y"),
    ("ier", "y"),
    ("ies", "y"),
    ("ied", "y"),
    ("ily", "y"),
    ("ness", ""),
    ("ment", ""),
    ("ites", ""),
    ("ers", ""),
    ("er", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("y", ""),  # an adjective made of a noun: "muffiny", "salesy"
    ("ally", ""),
    ("fully", "ful"),
)

KNOWN_ZIPF = 2.0  # lower-case words at or above this are established English
RARE_TAIL_FLOOR = 4.0  # a rare listed word is a slip only of a word this common
BASE_ZIPF = 3.0  # a derived form of a word this common is a word ("balloted", "unkindly")
TAIL_ZIPF = 4.0  # a capitalised word this common before a name makes it the tail of a longer name
FUNCTION_ZIPF = 6.0  # ... unless it is as common as "The" or "In"
COMMON_ZIPF = 3.0  # candidates for lower-case slips come from words this common
INFLECTION_ZIPF = 2.0  # ... and the inflections of theirs this common, one slip away
NAME_OPENER_ZIPF = 5.0  # a given name opening a sentence is a slip only of a word this common ("their")
VERY_COMMON_ZIPF = 4.5  # a slip of a word this common outweighs a name or a foreign word it resembles
FAR_MORE = 2.0  # "far more frequent": 100 times, in zipf units
MIN_LENGTH = 4
LONG_WORD = 11  # a rare word this long one slip from a common one is a slip ("innappropriate")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_ch, set())
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                for _dc in (-1, 0, 1):
                    other_row = _ROWS[_r + _dr]
                    if 0 <= _c + _dc < len(other_row) and (_dr, _dc) != (0, 0):
                        near.add(other_row[_c + _dc])


def _package_file(package: str, name: str) -> Path | None:
    """A data file of an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    found = Path(spec.origin).parent / name if spec and spec.origin else None
    return found if found is not None and found.is_file() else None


def _wordfreq_buckets(wordlist: str) -> list[list[str]] | None:
    """One of wordfreq's packed lists, read directly: importing wordfreq and
    building its frequency dict costs 0.5 s of every cold run, the English
    list itself 0.13 s. The format ("cB" version 1) is a list of buckets, one
    per centibel: bucket i holds the words at frequency 10 ** (-i / 100), zipf
    9 - (i - 1) / 100. None when the file or its layout is not that."""
    packed = _package_file("wordfreq", f"data/{wordlist}.msgpack.gz")
    if packed is None:
        return None
    import msgpack

    with gzip.open(packed, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    return data if data and data[0] == {"format": "cB", "version": 1} else None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """wordfreq's English list as zipf values (log10 of uses per billion words)."""
    data = _wordfreq_buckets("large_en")
    if data is not None:
        zipfs: dict[str, float] = {}
        for i in range(len(data) - 1, 0, -1):  # rarest first: a word's first bucket wins
            zipfs.update(dict.fromkeys(data[i], 9 - (i - 1) / 100))
        return zipfs
    from wordfreq import get_frequency_dict  # another layout: ask wordfreq

    return {w: math.log10(f * 1e9) for w, f in get_frequency_dict("en", wordlist="large").items() if f > 0}


@lru_cache(maxsize=1)
def _dictionary_text() -> str:
    # Kept as its JSON text, searched per word: the few lookups an article
    # needs cost less than a set of 160,000 words in every process (18 MB).
    listed = _package_file("spellchecker", "resources/en.json.gz")
    if listed is None:
        return ""
    with gzip.open(listed, "rt", encoding="utf-8") as fh:
        return fh.read()


def in_dictionary(word: str) -> bool:
    """In a curated English word list (pyspellchecker's, read without importing
    it): "winnow", "gibe", "orate" are words, however rare wordfreq finds them."""
    return dictionary_count(word) > 0


@lru_cache(maxsize=65536)
def dictionary_count(word: str) -> int:
    """How often pyspellchecker's list met the word (50 is its floor, where
    names it lists, "macron", "cheney", sit; "hubris" has 545)."""
    text = _dictionary_text()
    key = f'"{word.lower()}":'
    at = text.find(key)
    if at < 0:
        return 0
    m = re.match(r"\s*(\d+)", text[at + len(key) : at + len(key) + 12])
    return int(m.group(1)) if m else 0


@lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    return tuple(w for w, z in lexicon().items() if z >= COMMON_ZIPF and w.isalpha())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(e.term for e in wordlists.load("copydesk", "data/given_names.txt"))


HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof")


def _after_name(article: Article, words: list[Word], i: int, names: frozenset[str]) -> bool:
    """The word right after a given name ("Craig Forcese") or an honorific ("Mr. Smith")."""
    if i == 0:
        return False
    before, gap = words[i - 1], article.prose[words[i - 1].span.end : words[i].span.start]
    return (before.text in names and gap == " ") or (before.text in HONORIFICS and gap in (" ", ". "))


def _names_alone(article: Article, words: list[Word]) -> set[str]:
    """Capitalised words the article uses as a name of their own somewhere: not
    only as the tail of a longer name ("Special Forces", "Military Academy")."""
    names = given_names()
    alone = set()
    for k, w in enumerate(words):
        if not w.capitalised:
            continue
        before = words[k - 1] if k else None
        # The tail of a name made of words ("Special Forces"), not of "The Bedford
        # star" or of a given name the census list lacks ("Denzel Whitaker").
        tail = (
            before is not None
            and before.capitalised
            and TAIL_ZIPF <= zipf(before.text) < FUNCTION_ZIPF
            and article.prose[before.span.end : w.span.start] == " "
            and not _after_name(article, words, k, names)
        )
        if not tail:
            alone.add(w.text)
    return alone


TRIGRAM_ZIPF = 2.5  # the words whose letter sequences say what English spelling looks like


@lru_cache(maxsize=1)
def _trigrams() -> Counter[str]:
    """How many words of the lexicon have each sequence of three letters
    (``^`` and ``$`` mark the ends). Built on first use (0.1 s): only a tie
    between two spellings of a name asks."""
    counts: Counter[str] = Counter()
    for word, z in lexicon().items():
        if z >= TRIGRAM_ZIPF:
            marked = f"^{word}$"
            counts.update(marked[i : i + 3] for i in range(len(marked) - 2))
    return counts


def letter_plausibility(word: str) -> float:
    """The mean log count of the word's letter trigrams in English words: a
    slip makes a sequence spelling seldom has ("Braiiker", "Sillefman")."""
    counts = _trigrams()
    marked = f"^{word.lower()}$"
    grams = [marked[i : i + 3] for i in range(len(marked) - 2)]
    return sum(math.log(counts[g] + 1) for g in grams) / max(1, len(grams))


def zipf(word: str) -> float:
    return lexicon().get(word.lower().replace("’", "'"), 0.0)


def edit_cost(typed: str, meant: str) -> float:
    """Edit distance where the slips people make cost less: a neighbouring
    key, two letters swapped, a letter doubled or undoubled."""
    from rapidfuzz.distance import Levenshtein

    a, b = typed.lower(), meant.lower()
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return 0.6
    cost = 0.0
    for edit in Levenshtein.editops(a, b):
        op, i, j = edit.tag, edit.src_pos, edit.dest_pos
        if op == "replace":
            cost += 0.6 if b[j] in _NEIGHBOURS.get(a[i], ()) else 1.0
        elif op == "insert":  # typed lacks b[j]: the commonest slip, so it wins a tie with another letter
            doubled = (j > 0 and b[j - 1] == b[j]) or (j + 1 < len(b) and b[j + 1] == b[j])
            cost += 0.6 if doubled else 0.9
        else:  # typed has an extra a[i]
            doubled = (i > 0 and a[i - 1] == a[i]) or (i + 1 < len(a) and a[i + 1] == a[i])
            cost += 0.6 if doubled else 1.0
    return cost


def derived(word: str, prefixes: bool = True) -> bool:
    """A regular derivation of a common word: a prefix ("un-", "re-") and/or
    an inflection ("-ed", "-ier", doubled consonants) off a known base; with
    ``prefixes`` false, an inflection alone."""
    low = word.lower()
    stems = {low}
    for prefix in _PREFIXES if prefixes else ():
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            stems.add(low[len(prefix) :])
    for stem in list(stems):
        for suffix, restore in _SUFFIXES:
            if not stem.endswith(suffix) or len(stem) - len(suffix) < 3:
                continue
            base = stem[: -len(suffix)] + restore
            if not restore and not _regular(base, suffix):
                continue
            stems.add(base)
            # A consonant doubles before a vowel ending after one vowel:
            # "bigger", "runner", "swapped"; never "numbber", "cardds". Nor
            # where the language writes it single: "offered", not "offerred".
            single = base[:-1]
            if (
                len(base) > 3
                and base[-1] == base[-2]
                and suffix[0] in "aeiouy"
                and single[-1] not in _VOWELS
                and single[-2] in _VOWELS
                # ("hoping" is "hope"'s, no evidence against "hopping")
                and (
                    lexicon().get(single + suffix, 0.0) < KNOWN_ZIPF
                    or lexicon().get(single + "e", 0.0) >= BASE_ZIPF
                )
            ):
                stems.add(single)
    stems.discard(low)
    # A function word takes no endings: "fromer" is "former" slipped.
    return any(BASE_ZIPF <= lexicon().get(s, 0.0) < FUNCTION_ZIPF for s in stems)


_VOWELS = frozenset("aeiou")
_VOWEL_RUN = lazy_re(r"[aeiou]+")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")


def _regular(base: str, suffix: str) -> bool:
    """Whether English adds ``suffix`` to ``base`` as it stands: "raise"
    takes "-d", not "-ed" ("raiseed"); only an "e" takes "-d" alone
    ("owend"); "-es" follows a hiss or an "o" after a consonant ("boxes",
    "heroes"; not "cornes", "hooes"), a consonant's "y" turns "i" ("plied",
    not "plyed"), and
    "-s" no hiss ("acess"); and a one-vowel word ending in one consonant
    doubles it before "-ed", "-er" and "-ing" ("logger", not "loger"). A
    plural of three letters and "-s" is not trusted: the real ones ("cats")
    are listed words, and "neds" is "needs" or "news" slipped."""
    if base.endswith("e") and suffix.startswith("e"):
        return False
    consonant_y = len(base) > 1 and base[-1] == "y" and base[-2] not in _VOWELS
    if consonant_y and suffix in ("ed", "er", "ers", "es", "s"):
        return False  # a consonant's "y" turns "i": "plied", not "plyed"
    if suffix == "d":
        return base.endswith("e")
    if suffix == "es":
        # after an "o" a consonant comes before ("heroes"), not a vowel ("zoos", "radios")
        return base.endswith(_SIBILANT_ENDS[:-1]) or (base.endswith("o") and base[-2:-1] not in _VOWELS)
    if suffix == "s":
        # "acess" is no plural of "aces", nor "neds" of a three-letter name
        return len(base) >= 4 and not base.endswith(_SIBILANT_ENDS[:-1])
    if suffix == "y":
        # "mony" is no "mon" word, and "mentaly" is "mentally" slipped
        return len(base) >= 4 and not base.endswith(("y", "l"))
    if suffix in ("ed", "er", "ers", "ing"):
        one_vowel = len(_VOWEL_RUN.findall(base)) == 1
        return not (
            one_vowel
            and base[-1] not in _VOWELS
            and base[-1] not in "wxy"
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
        )
    return True


_BRAND = lazy_re(r"^[a-z][A-Z][a-z]")  # "iPhone", "eBay", "iRiver"
SLIP_RATIO_ZIPF = 3.0  # a word one edit away this much commoner (1,000 times) is what was meant
COMMON_PREFIXED_ZIPF = 4.0  # ... or this common and 100 times commoner, beside a prefix's coinage


def _far_commoner_neighbour(word: str, z: float, prefixed: bool = False) -> bool:
    """A very common word one slip away (a neighbouring key, two letters
    swapped, one left out or doubled), a thousand times commoner: "thoes" is
    "those" slipped whatever family the web's tail gives it ("thoe"). But
    "roiled" is no slip of "rolled", nor "boops" of "books". A word that is
    known only as a prefix on another ("co" + "mitted") needs a common word
    a hundred times commoner: "comitted" is "committed" with a letter lost."""
    if prefixed:
        floor = max(COMMON_PREFIXED_ZIPF, z + FAR_MORE)
    else:
        floor = max(VERY_COMMON_ZIPF, z + SLIP_RATIO_ZIPF)
    return any(zipf(c) >= floor and edit_cost(word, c) < 1.0 for c, _ in close_words(word, common_words(), 1))


FAMILY_ZIPF = 1.5  # an inflected form this frequent is in use, not a one-off slip
_ENDINGS = ("s", "es", "ed", "d", "ing")


def has_family(word: str) -> bool:
    """Whether a rare inflected form ("-s", "-ed", "-ing") belongs to a word in
    use: it, its stem and another form of the stem are all listed at
    ``FAMILY_ZIPF`` or above ("roiled": "roil", "roiling"; "spurns": "spurn",
    "spurned"). A slip seldom has such a family; the established misspellings
    that do are listed apart (misspellings.txt)."""
    low = word.lower()
    lex = lexicon()
    if lex.get(low, 0.0) < FAMILY_ZIPF:
        return False
    for suffix in _ENDINGS:
        if not low.endswith(suffix) or len(low) - len(suffix) < 2:
            continue
        bare = low[: -len(suffix)]
        if suffix in ("ed", "ing"):
            stems = {bare, bare + "e"}
            if len(bare) > 3 and bare[-1] == bare[-2]:
                stems.add(bare[:-1])  # "bobbed": "bob", "bobbing"
        elif (suffix == "d" and not bare.endswith("e")) or (
            suffix == "es" and not bare.endswith(("s", "x", "z", "ch", "sh", "o"))
        ):
            continue  # "coud" is not "cou" + "d"
        else:
            stems = {bare}
        for stem in stems:
            if lex.get(stem, 0.0) < FAMILY_ZIPF:
                continue
            root = stem[:-1] if stem.endswith("e") else stem  # "eke": "eked", "eking"
            forms = {stem + e for e in _ENDINGS} | {root + "ed", root + "ing", bare + "ed", bare + "ing"}
            if any(lex.get(f, 0.0) >= FAMILY_ZIPF for f in forms - {low, stem}):
                return True
    return False


_ENDINGS_ADDED = ("s", "es", "d", "ed")


def _with_inflections(word: str, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``found`` and the inflections of its two-slip candidates that are one
    slip away, where the web uses them: "fundmentalists" is one slip from
    "fundamentalists", a plural too rare for the common pool, and two from
    "fundamentalist", which is in it; "vicimize" is one from "victimize", the
    stem of a candidate, "victimized"."""
    from rapidfuzz.distance import OSA

    low = word.lower()
    have = {c.lower() for c, _ in found}
    extra = []
    for c, d in found:
        if d < 2:
            continue
        forms = {c + e for e in _ENDINGS_ADDED} | {
            c[: -len(e)] for e in _ENDINGS_ADDED if c.endswith(e) and len(c) - len(e) >= 4
        }
        for form in sorted(forms):
            key = form.lower()
            if key not in have and OSA.distance(low, key) == 1 and zipf(form) >= INFLECTION_ZIPF:
                extra.append((form, 1))
                have.add(key)
    return found + extra


def close_words(word: str, pool: Sequence[str], max_distance: int) -> list[tuple[str, int]]:
    """Words of ``pool`` within ``max_distance`` edits (swaps count once)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(
        word.lower(), pool, scorer=OSA.distance, score_cutoff=max_distance, limit=None, processor=str.lower
    )
    return [(choice, int(dist)) for choice, dist, _ in found if choice.lower() != word.lower()]


def match_case(word: str, replacement: str) -> str:
    if word.isupper() and len(word) > 1:
        return replacement.upper()
    if word[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def match_phrase(wrong: str, right: str) -> str:
    """``right`` in the case of ``wrong``, word by word where they have as
    many words ("Free reign" -> "Free rein"); whole otherwise ("alot" -> "a lot")."""
    words, rights = wrong.split(), right.split()
    if len(words) == len(rights):
        return " ".join(map(match_case, words, rights))
    return match_case(wrong, right)


@dataclass(frozen=True)
class Word:
    span: Span
    text: str  # possessive removed
    initial: bool  # first word of a sentence, a headline word, or after a colon

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        return sum(ch.isupper() for ch in self.text) > 1


@dataclass(frozen=True)
class Slip:
    word: Word
    suggestions: tuple[str, ...]
    distance: int
    from_vocabulary: bool


@dataclass
class Spelling:
    """The spelling analysis of one article."""

    words: list[Word]
    slips: list[Slip] = field(default_factory=list)
    unverified: list[Word] = field(default_factory=list)
    names: dict[str, list[Word]] = field(default_factory=dict)  # capitalised rare forms


def iter_words(article: Article) -> Iterator[Word]:
    """Every word of the prose, hyphenated compounds split into parts."""
    prose = article.prose
    headline = article.headline_span
    for para in article.paragraphs:
        in_headline = para == headline
        for m in _WORD.finditer(prose, para.start, para.end):
            left = prose[m.start() - 1 : m.start()]
            right = prose[m.end() : m.end() + 2]
            full_stop = right[:1] == "." and (len(right) == 1 or right[1].isspace())
            if (left in _GLUED and left) or (right[:1] in _GLUED and right[:1] and not full_stop):
                continue
            if any(ch in _MOJIBAKE for ch in m.group()):
                continue
            initial = in_headline or starts_sentence(prose, para.start, m.start())
            pos = m.start()
            for k, part in enumerate(m.group().split("-")):
                text = _POSSESSIVE.sub("", part) if len(part) > 3 else part
                if text:
                    yield Word(Span(pos, pos + len(text)), text, initial and k == 0)
                pos += len(part) + 1


# After an article or a possessive comes a word of its phrase, never another
# function word: "in the thid quarter" is "third", not "this".
_DETERMINERS = frozenset({"the", "a", "an", "his", "its", "their", "our", "my", "your", "every", "each"})
_FUNCTION_WORDS = (
    _DETERMINERS - {"every", "each"}
    | {"this", "that", "these", "those", "he", "she", "they", "we", "it", "him", "them", "us", "me", "i"}
    | {"is", "was", "are", "were", "be", "been", "and", "or", "but", "nor", "not", "as"}
    | {"of", "to", "in", "on", "at", "for", "with", "from", "by"}
)


# Endings that sound alike, spelled one for the other: "defendent", "independance", "responsable".
_SOUND_ALIKE_ENDINGS = (
    ("ant", "ent"),
    ("ance", "ence"),
    ("ancy", "ency"),
    ("able", "ible"),
    ("ary", "ery"),
    ("ery", "ory"),
    ("ary", "ory"),
    ("er", "or"),
    ("ar", "er"),
    ("ar", "or"),
)


@lru_cache(maxsize=65536)
def _ending_spelled_as_it_sounds(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with its ending spelled as it sounds:
    "defendent" for "defendant", not "dependent"."""
    a, b = typed.lower(), meant.lower()
    return any(
        (a.endswith(x) and b.endswith(y)) and a[: -len(x)] == b[: -len(y)]
        for p, q in _SOUND_ALIKE_ENDINGS
        for x, y in ((p, q), (q, p))
    )


def _rank(
    word: Word,
    found: list[tuple[str, int]],
    article_words: Counter[str],
    bigrams: set[tuple[str, str]],
    neighbours: tuple[str, str],
    vocab: Vocabulary,
) -> list[tuple[float, str, int]]:
    ranked = []
    for cand, dist in found:
        prior = zipf(cand) or (3.0 + math.log10(1 + vocab.accepted.get(cand, 0)))
        score = prior - 2.5 * edit_cost(word.text, cand)
        if _ending_spelled_as_it_sounds(word.text, cand):
            score += 1.0
        low = cand.lower()
        # The article's word, or its plural or singular ("Democrat" written, "Democrats" meant).
        if article_words.get(low) or article_words.get(low + "s") or article_words.get(low.removesuffix("s")):
            score += 3.0
        if (neighbours[0], low) in bigrams or (low, neighbours[1]) in bigrams:
            score += 2.0
        if vocab.knows(cand):
            score += 4.0
        if neighbours[0] in _DETERMINERS and low in _FUNCTION_WORDS:
            score -= 5.0
        ranked.append((score, cand, dist))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return ranked


# Languages whose words turn up in English copy: quoted phrases ("Qu'ils
# mangent de la brioche") and names ("Groupe LAPS").
NEIGHBOUR_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")
FOREIGN_LENGTH = 6  # shorter foreign words ("des", "und", "probe") are too often English slips


@lru_cache(maxsize=1)
def _foreign_words() -> str:
    # wordfreq's small lists (read as the English one is): the words of zipf
    # COMMON_ZIPF and more, FOREIGN_LENGTH letters or longer, one per line.
    # Kept as text and searched per word, as the dictionary is: the few
    # lookups a batch needs cost less than a set of 134,000 words (16 MB) in
    # every worker; asking wordfreq would load six full lists (220 MB).
    chunks = [""]
    last = int((9 - COMMON_ZIPF) * 100) + 1  # the bucket of COMMON_ZIPF
    for lang in NEIGHBOUR_LANGUAGES:  # one list at a time: little memory while reading
        data = _wordfreq_buckets(f"small_{lang}") or []
        chunks.extend(
            "\n".join(w for w in bucket if len(w) >= FOREIGN_LENGTH) for bucket in data[1 : last + 1]
        )
    chunks.append("")
    return "\n".join(chunks)


# Function words of English that the neighbour languages' sentences seldom hold
# both sides of a word: between two of them a word is in an English sentence
# ("the base is vitaal to preventing", "the evolution of galaxis within them").
_ENGLISH_FRAME = frozenset((
    "the", "to", "of", "and", "are", "been", "has", "have", "that", "this", "with", "from", "which",
    "would", "their", "his", "its", "than", "could", "should", "into", "about", "these", "those",
    "between", "within", "is", "was", "had", "will",
))  # fmt: skip


def _doubled_slip(word: str) -> bool:
    """A letter doubled in a very common word: "Singapore-bassed"."""
    return any(
        word[k] == word[k + 1] and zipf(word[:k] + word[k + 1 :]) >= VERY_COMMON_ZIPF
        for k in range(len(word) - 1)
    )


def _english_between(neighbours: tuple[str, str]) -> bool:
    return neighbours[0] in _ENGLISH_FRAME and neighbours[1] in _ENGLISH_FRAME


def foreign_word(word: str) -> bool:
    """A common word of another language that English copy quotes (six
    letters or more)."""
    return f"\n{word.lower()}\n" in _foreign_words()


# Short words that lose the space before or after them ("thevoter", "choiceof").
_GLUE_WORDS = ("the", "and", "of", "to", "in", "is", "for", "on", "by", "with", "all", "that", "an", "a")


def _glued(word: str) -> str | None:
    """Two words run together, one of them a short function word: "the voter"
    for "thevoter", "choice of" for "choiceof"."""
    for glue in _GLUE_WORDS:
        if word.startswith(glue) and len(word) - len(glue) >= 3 and zipf(word[len(glue) :]) >= COMMON_ZIPF:
            return f"{glue} {word[len(glue) :]}"
        if word.endswith(glue) and len(word) - len(glue) >= 3 and zipf(word[: -len(glue)]) >= COMMON_ZIPF:
            return f"{word[: -len(glue)]} {glue}"
    return None


def _bracketed(prose: str, w: Word) -> bool:
    """Letters in square brackets run into the word: an editor's change to a quote."""
    return prose[w.span.start - 1 : w.span.start] == "]" or prose[w.span.end : w.span.end + 1] == "["


def _split_word(prose: str, words: list[Word], i: int) -> tuple[Word, str] | None:
    """A word cut in two by a space ("bec ause", "historicall y"): the two
    pieces as one word, and the word they make."""
    pairs = [(words[i - 1], words[i])] if i else []
    pairs += [(words[i], words[i + 1])] if i + 1 < len(words) else []
    for a, b in pairs:
        joined = a.text + b.text
        if prose[a.span.end : b.span.start] == " " and zipf(joined.lower()) >= COMMON_ZIPF:
            return Word(Span(a.span.start, b.span.end), prose[a.span.start : b.span.end], a.initial), joined
    return None


def _compound(word: str) -> bool:
    """Two common words made one ("backglass", "handloads", "webware"): a
    coinage or a lost space, either way not two slips from another word."""
    return any(
        zipf(word[:i]) >= COMMON_ZIPF and zipf(word[i:]) >= COMMON_ZIPF for i in range(3, len(word) - 2)
    )


# A Latin word with a Cyrillic or Greek look-alike in it ("Nаval" with a Cyrillic а).
_MIXED_SCRIPT = lazy_re(r"[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")


def _surnames_after(article: Article, words: list[Word]) -> dict[str, set[str]]:
    """The capitalised words that follow each capitalised word ("Melania" ->
    {"Trump"}): who the article's given names belong to."""
    cached = article.cache.get("surnames-after")
    if isinstance(cached, dict):
        return cached
    after: dict[str, set[str]] = {}
    for first, second in pairwise(words):
        spaced = article.prose[first.span.end : second.span.start] == " "
        if first.capitalised and second.capitalised and not second.initial and spaced:
            after.setdefault(first.text, set()).add(second.text)
    article.cache["surnames-after"] = after
    return after


def _same_person(
    article: Article, words: list[Word], i: int, found: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    """Drop the names in ``found`` two edits away that belong to someone
    else: "Melanne Verveer" is not a slip of "Melania" where the article's
    Melania is always "Melania Trump". One edit away it is still a slip:
    people share given names ("Nucole Vaidisova" beside "Nicole Pratt")."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if not found or nxt is None or not nxt.capitalised or nxt.initial:
        return found
    if article.prose[words[i].span.end : nxt.span.start] != " ":
        return found
    after = _surnames_after(article, words)
    return [(c, d) for c, d in found if d < 2 or not after.get(c) or nxt.text in after[c]]


def _opens_name(article: Article, w: Word, words: list[Word], i: int, length: int = 2) -> bool:
    """A capitalised word that opens a sentence before ``length - 1``
    capitalised words ("Artturi Lehkonen and Joel Armia had the goals"):
    more likely a given name than a common word two slips away."""
    if not w.capitalised or i + length > len(words):
        return False
    for before, after in pairwise(words[i : i + length]):
        if (
            not after.capitalised
            or after.initial
            or after.acronym
            or article.prose[before.span.end : after.span.start] != " "
        ):
            return False
    return True


def analyse(article: Article, vocab: Vocabulary) -> Spelling:
    """The spelling analysis of ``article`` (cached on it per vocabulary)."""
    key = f"spelling:{id(vocab)}"
    cached = article.cache.get(key)
    if isinstance(cached, Spelling):
        return cached
    words = list(iter_words(article))
    lowered = [w.text.lower() for w in words]
    article_words = Counter(lowered)
    bigrams = set(pairwise(lowered))
    # Names the article or the house vouch for: the candidates for a slip in a
    # name. A common word capitalised only because it opens a sentence ("Easier")
    # vouches for nothing.
    names = {
        w.text
        for w in words
        if w.capitalised
        and not w.acronym
        and (zipf(w.text) > 0 or vocab.knows(w.text))
        and (not w.initial or zipf(w.text) < COMMON_ZIPF)
    } | {t for t in vocab.terms() if t[:1].isupper()}
    # A name's plural or singular, where it is the commoner form, is vouched
    # for with it: "Democrat" written, "Democats" typed (not "Trump", "Trumpus").
    vouched = sorted(
        names
        | {v + "s" for v in names if not v.endswith("s") and zipf(v + "s") > zipf(v)}
        | {v[:-1] for v in names if v.endswith("s") and zipf(v[:-1]) > zipf(v)}
    )
    # A known word the article capitalises only where a sentence opens or in
    # its headline may be a common word or a name ("Redmond also brought
    # ..."): it vouches for a slip one edit away that no lexicon knows
    # ("Phil Redmnod"), which is not a name of its own either way.
    openers = sorted(
        {
            w.text
            for w in words
            if w.capitalised
            and w.initial
            and not w.acronym
            and len(w.text) >= 5
            and zipf(w.text) >= COMMON_ZIPF
        }
        - names
    )
    result = Spelling(words)
    names_alone: set[str] | None = None  # computed when first needed
    broken = _broken_words(article)
    broken_spans = [slip.word.span for slip in broken]
    for i, w in enumerate(words):
        text = w.text
        if broken_spans and inside_any(w.span.start, broken_spans):
            continue
        if _bracketed(article.prose, w):
            continue  # "[b]uild", "work[s]": the desk's bracketed change to a quote completes the word
        if (
            len(text) < MIN_LENGTH
            or w.acronym
            or _ELISION.match(text)
            or any(ch.isdigit() for ch in text)
            or vocab.knows(text)
            or text in vocab.rejected
        ):
            continue
        z = zipf(text)
        glued: str | None = None
        near: list[tuple[str, int]] = []  # a lower-case word's close common words
        if _BRAND.match(text):
            # "iRiver", "eGift": a brand's spelling, not a slip of "river".
            if z == 0:
                result.unverified.append(w)
            continue
        # A form used twice is meant: a name, a term of art, the reporter's choice.
        repeated = article_words[text.lower()] >= 2
        neighbours = (lowered[i - 1] if i else "", lowered[i + 1] if i + 1 < len(words) else "")
        max_distance = 1 if len(text) < 7 else 2
        if w.capitalised and not w.initial:
            if z > 0:
                if z < COMMON_ZIPF:
                    result.names.setdefault(text, []).append(w)
                continue
            # Two edits away only counts between long names: "Khashan" is not "Hasan".
            found = [] if repeated else close_words(text, vouched, max_distance)
            found = [(c, d) for c, d in found if d <= 1 or len(c) >= 7]
            if openers and not found and not repeated:
                found = close_words(text, openers, 1)
            found = _same_person(article, words, i, found)
            if found and _after_name(article, words, i, given_names()):
                # A surname's first letter is rarely the slip ("Tim Koogle" is not
                # "Google"), nor is it the last word of a longer name the article
                # capitalises ("Craig Forcese" is not "U.S. Special Forces").
                if names_alone is None:
                    names_alone = _names_alone(article, words)
                found = [
                    (c, d)
                    for c, d in found
                    if c[0] == text[0] and (zipf(c) < COMMON_ZIPF or c in names_alone or vocab.knows(c))
                ]
            if not found:
                result.unverified.append(w)
                result.names.setdefault(text, []).append(w)
                continue
        else:
            if z >= KNOWN_ZIPF or (w.capitalised and z > 0):
                continue
            # An ending on a known word makes a word where a list has it or in a
            # compound, where coinages live ("grab-assers"). Otherwise an ending
            # or a prefix on a known word, or a family in the web's tail, makes a
            # word unless a far commoner one is one slip away ("atfer", "beiing",
            # "presure", "manged").
            inflected = derived(text, prefixes=False)
            after_hyphen = article.prose[w.span.start - 1 : w.span.start] == "-"
            if inflected and after_hyphen and not _doubled_slip(text):
                continue
            if inflected and z >= FAMILY_ZIPF:
                # a form in use ("uniter"); one the web barely knows is checked below against
                # a far commoner word one slip away ("It's gooing to take")
                continue
            prefixed = not inflected and derived(text)
            formed = inflected or prefixed or (z > 0 and has_family(text))
            if formed and not _far_commoner_neighbour(text, z, prefixed and not has_family(text)):
                continue
            if (
                text.endswith("in")
                and article.prose[w.span.end : w.span.end + 1] in ("'", "’")
                and zipf(text + "g") >= KNOWN_ZIPF
            ):
                continue  # "reversin’ it": the -ing of speech, its "g" dropped on purpose
            if repeated:
                if w.capitalised and z == 0:
                    result.unverified.append(w)
                    result.names.setdefault(text, []).append(w)
                continue
            # wordfreq's rare tail holds real words too ("snaffled"): there, only a
            # one-edit slip of a common word counts.
            limit, floor = (max_distance, z + FAR_MORE) if z == 0 else (1, max(RARE_TAIL_FLOOR, z + FAR_MORE))
            if z > 0 and len(text) >= LONG_WORD:
                floor = max(COMMON_ZIPF, z + FAR_MORE)  # the tail's long words are its misspellings
            opens_name = w.initial and _opens_name(article, w, words, i)
            look_alike = _MIXED_SCRIPT.search(text) is not None  # "Nаval", a Cyrillic а: always a slip
            if opens_name:
                limit = 1  # "Artturi Lehkonen" is not "Arthur", but "Thier Manchester rivals" is "Their"
            if opens_name and _opens_name(article, w, words, i, length=3) and not look_alike:
                limit = 0  # "Raminder Singh Rekhi, 41,": a full name opens the sentence
            near = close_words(text, common_words(), limit)
            found = [(c, d) for c, d in near if zipf(c) >= floor]
            if w.capitalised and w.initial:
                # A capitalised word opening a sentence is as likely a name
                # ("Stanglin reports for ...") as a slip: two edits only from
                # a very common word ("Govenrmnet"), not from "Stalin".
                found = [(c, d) for c, d in found if d == 1 or zipf(c) >= VERY_COMMON_ZIPF]
                if opens_name and not look_alike:
                    # Before another capitalised word it is a given name
                    # ("Melanne Verveer", "Yvetta Fedorova"), unless it is one
                    # slip from a word of every sentence ("Thier Manchester rivals").
                    found = [(c, d) for c, d in found if zipf(c) >= NAME_OPENER_ZIPF]
            if w.capitalised:
                found += _same_person(article, words, i, close_words(text, vouched, max_distance))
            if z == 0 and not w.capitalised:
                glued = _glued(text)
            if glued and not any(d == 1 for _, d in found):
                # "thevoter": a space lost, nearer than "theater"
                result.slips.append(Slip(w, (glued, *(c for c, _ in found[:2])), 1, False))
                continue
            if not found:
                if w.capitalised and z == 0:
                    result.unverified.append(w)
                    result.names.setdefault(text, []).append(w)
                continue
            very_common = any(d == 1 and zipf(c) >= VERY_COMMON_ZIPF for c, d in found)
            if in_dictionary(text.replace("’", "'")) and (z > 0 or len(text) > 5 or not very_common):
                # a real word close to a commoner one ("winnow", "orate", "reflated"); a short
                # one the web never uses, beside a word of every page, is its slip ("the curch")
                continue
            if not w.capitalised and not text.isascii() and not look_alike:
                continue  # "česky", "chôme": a foreign word; English slips are made in English letters
            if not w.capitalised and not any(d == 1 for _, d in found) and _compound(text):
                continue  # "backglass" is not two slips from "backlash"
            if (
                not w.capitalised
                and len(text) >= FOREIGN_LENGTH
                and not very_common
                and not (any(d == 1 for _, d in found) and _english_between(neighbours))
                and foreign_word(text)
            ):
                continue  # "Ogni impedimento è distrutto dal rigore": Italian, not "distrust"
        if w.capitalised:
            # A name's first letter is rarely the slip: "Ziketan" is not "Tibetan",
            # "Digilent" not "Vigilant", "Talorie Crafton" not "Calorie".
            found = [(c, d) for c, d in found if c[:1].lower() == text[:1].lower()]
            if not found:
                if z == 0:
                    result.unverified.append(w)
                    result.names.setdefault(text, []).append(w)
                continue
        if w.capitalised and any(c.lower() == text.lower() + "s" for c, _ in found) and text[-1] != "s":
            continue  # "Delhiite" beside a known "Delhiites": the singular of a name
        if w.capitalised and any(text.lower() in (c.lower() + "s", c.lower() + "es") for c, _ in found):
            continue  # "Trilaterals" beside "Trilateral": the plural of a name ("the Rickettses")
        split = _split_word(article.prose, words, i)
        if split is not None:
            whole, joined = split
            if not result.slips or result.slips[-1].word.span != whole.span:
                result.slips.append(Slip(whole, (match_case(whole.text, joined),), 1, False))
            continue  # "bec ause": one word with a space in it, not a slip of "use"
        if near and z > 0 and not w.capitalised:
            # A slip of the tail's word, once judged one, may be an ending spelled as it
            # sounds in a word below the floor that judged it: "defendent" is "defendant"
            # (zipf 3.98), not "dependent" (4.28).
            wider = max(COMMON_ZIPF, z + FAR_MORE)
            found += [
                (c, d)
                for c, d in near
                if (c, d) not in found and zipf(c) >= wider and _ending_spelled_as_it_sounds(text, c)
            ]
        found = _with_inflections(text, found)
        ranked = _rank(w, found, article_words, bigrams, neighbours, vocab)
        suggestions = tuple(dict.fromkeys(match_case(text, c) for _, c, _ in ranked[:3]))
        if glued:
            suggestions = (suggestions[0], glued, *suggestions[1:2])  # "campaigns" or "campaign is"
        best = ranked[0]
        result.slips.append(Slip(w, suggestions, best[2], vocab.knows(best[1])))
    result.slips = sorted(result.slips + broken, key=lambda slip: slip.word.span.start)
    article.cache[key] = result
    return result


# A word cut by a line-end hyphen that a paste kept: "delib- erately", "nec- essary".
_BROKEN = lazy_re(r"(?<![\w-])([a-z]{2,})- ([a-z]{2,})\b")


def _broken_words(article: Article) -> list[Slip]:
    """Words broken in two by a printed line's hyphen, where the halves are
    not words and the whole is ("self- made" and "pre- and post-war" are not)."""
    found = []
    for m in _BROKEN.finditer(article.prose):
        whole = m.group(1) + m.group(2)
        if zipf(whole) >= KNOWN_ZIPF and min(zipf(m.group(1)), zipf(m.group(2))) < KNOWN_ZIPF:
            word = Word(Span(m.start(), m.end()), m.group(), False)
            found.append(Slip(word, (whole,), 1, False))
    return found
