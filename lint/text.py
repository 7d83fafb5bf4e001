"""Small text helpers shared by rules: words, quotations by their marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk.patterns import lazy_re
from copydesk.positions import Span

WORD = lazy_re(r"[^\W\d_](?:[\w’'-]*\w)?")
# Titles written before a name with a full stop ("Sen. Ted Cruz", "Gov. John Kasich").
TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "sens", "gov", "rep", "reps", "gen", "lt", "col", "capt", "sgt"}
    | {"prof", "rev", "st", "pres", "supt", "insp", "det", "cpl", "maj", "adm"}
)
# An initial or a title right before a word: the word goes on a name.
_NAME_ABBREVIATION = lazy_re(
    r"(?:^|[\s(])(?:[A-Z]|(?i:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r"))\.\s+$"
)
# What may stand before the first word of a sentence: a paragraph start, or a
# sentence end (or colon) and opening quotes.
_SENTENCE_START = lazy_re(r"(?:^|[.!?:…]['\"”’)\]]*\s+)['\"“‘(\[]*$")


# A sentence ends at . ! ? (or …) followed by space and a capital, digit or
# opening quote (the wire's '' too): "1.5 million" and "8 a.m. today" stay whole.
SENTENCE_BREAK = lazy_re(r"(?<=[.!?…])[\"'”’)]*\s+(?=(?:''|[\"'“‘(])?[A-Z0-9])")
# ... but not after an initial or a title ("Mr. Smith", "John F. Kennedy") or
# before the number of a date or an item ("Nov. 20", "No. 10").
_NUMBERED = lazy_re(r"(?:^|[\s(])(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|no|nos)\.\s+$")


# Words that open a sentence and never a name: after "Downing St." or
# "vitamin C." they start the next sentence.
_SENTENCE_OPENERS = frozenset(
    {"he", "she", "it", "they", "we", "the", "a", "an", "but", "and", "this", "that", "these", "those"}
    | {"there", "his", "her", "its", "their", "our", "if", "when", "however", "meanwhile"}
)
_NEXT_WORD = lazy_re(r"(?:''|[\"'“‘(])?([A-Za-z]+)\b")


def sentence_spans(text: str, para: Span) -> Iterator[Span]:
    """The sentences of one paragraph, found without the parser."""
    start = para.start
    for m in SENTENCE_BREAK.finditer(text, para.start, para.end):
        before = text[max(para.start, m.start() - 8) : m.end()]
        after = _NEXT_WORD.match(text, m.end())
        opens = after is not None and after.group(1).lower() in _SENTENCE_OPENERS  # "Downing St. He said"
        if (_NAME_ABBREVIATION.search(before) and not opens) or (
            text[m.end()].isdigit() and _NUMBERED.search(before)
        ):
            continue
        yield Span(start, m.start())
        start = m.end()
    if start < para.end:
        yield Span(start, para.end)


def starts_sentence(text: str, para_start: int, offset: int) -> bool:
    """True when the word at ``offset`` opens a sentence of its paragraph
    (not after an initial or a title: "Alice H. Eagly", "Lt. Gen. Nasier")."""
    if offset == para_start:
        return True
    before = text[max(para_start, offset - 12) : offset]
    return bool(_SENTENCE_START.search(before)) and not _NAME_ABBREVIATION.search(before)


_OPEN = "“"
_CLOSE = "”"
_MARKS = lazy_re("[“”\"'’`]")


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return WORD.finditer(text, start, len(text) if end is None else end)


# What may stand before an opening mark: a space (a no-break one too, as pasted web
# text has), an opening bracket or a dash.
_BEFORE_OPEN = frozenset(" \t\n\u00a0([—–-")


def straight_opens(text: str, i: int, start: int) -> bool:
    """Whether the straight mark at ``i`` stands where a quote opens: at
    ``start`` (the paragraph's) or after a space, bracket or dash."""
    return i == start or text[i - 1] in _BEFORE_OPEN


# What may follow a closing mark: a space, punctuation or a closing bracket.
_AFTER_CLOSE = frozenset(" \t\n\u00a0.,;:!?)]—–-")


def straight_closes(text: str, i: int, end: int) -> bool:
    """Whether the straight mark at ``i`` stands where a quote closes: at
    ``end`` (the paragraph's) or before a space, punctuation or a bracket."""
    return i + 1 >= end or text[i + 1] in _AFTER_CLOSE


def opening_closes(text: str, i: int) -> bool:
    """Whether the opening mark “ at ``i`` stands where a quote closes, typed
    for ”: after a word or punctuation, before a space, punctuation or the
    end ("“... a fascist?“ he asked")."""
    return i > 0 and text[i - 1] not in _BEFORE_OPEN and (i + 1 == len(text) or text[i + 1] in _AFTER_CLOSE)


def quote_marks(text: str, para: Span) -> list[tuple[Span, bool]]:
    """Quotations in one paragraph by their marks, as ``(span, closed)``,
    marks included. Curly marks pair directly; a straight mark opens after a
    space or the paragraph start and closes elsewhere, so an unclosed quote
    (one that runs on into the next paragraph) does not pair wrongly. An
    unclosed quote runs to the paragraph's end, or to the mark that reopens
    it."""
    found: list[tuple[Span, bool]] = []
    opened = straight = inner = -1
    # Only the marks themselves change the state: visit them, not every character.
    for mark in _MARKS.finditer(text, para.start, para.end):
        i = mark.start()
        ch = text[i]
        if ch == _OPEN and opened < 0:
            opened = i
        elif (ch == _CLOSE or (ch == _OPEN and opening_closes(text, i))) and opened >= 0:
            found.append((Span(opened, i + 1), True))
            opened = inner = -1
        elif ch in "’'" and opened >= 0 and text.startswith(ch * 2, i) and not text[i + 2 : i + 3].isalnum():
            # “Violence creates nothing.’’ or “... worked out,'' Martin said:
            # closed with two single marks, the wire's ''
            found.append((Span(opened, i + 2), True))
            opened = inner = -1
        elif ch == '"' and opened >= 0:
            # “He said "no" twice” nests; “... purchases," Jessica said closes
            # the curly quote with a straight mark (mixed marks).
            if straight_opens(text, i, para.start):
                inner = i
            elif inner >= 0:
                inner = -1
            else:
                found.append((Span(opened, i + 1), True))
                opened = -1
        elif ch == _CLOSE and straight >= 0:  # "mixed marks”
            found.append((Span(straight, i + 1), True))
            straight = -1
        elif (
            ch == "'"
            and straight >= 0
            and text.startswith("''", i)
            and not text[i + 2 : i + 3].isalnum()
            and not straight_opens(text, i, para.start)
        ):
            # The wire's closing mark: "Everyone is getting better,'' Goydos said.
            # ("...your first tournament?''' closes a quote inside it as well.)
            end = i + 2 if not text.startswith("'''", i) else i + 3
            found.append((Span(straight, end), True))
            straight = -1
        elif (
            ch in "'`"
            and straight < 0
            and opened < 0
            and text.startswith(ch * 2, i)
            and straight_opens(text, i, para.start)
            and text[i + 2 : i + 3].isalnum()
        ):
            # The archive's and the wire's opening marks: ''He says the United
            # States was not ready,'' and ``Most of them are up and running now.''
            straight = i
        elif ch == '"' and opened < 0:
            opening = straight_opens(text, i, para.start)
            if straight < 0 and opening:
                straight = i
            elif straight >= 0 and not opening:
                found.append((Span(straight, i + 1), True))
                straight = -1
            elif straight >= 0:
                # A quote reopened before it closed: the speaker's next
                # paragraph, where the paragraphs were run together.
                end = len(text[straight:i].rstrip()) + straight
                found.append((Span(straight, end), False))
                straight = i
    for begin in (opened, straight):
        if begin >= 0:
            found.append((Span(begin, para.end), False))
    found.sort(key=lambda f: f[0].start)
    return found


def quoted_spans(text: str, para: Span, closed_only: bool = False) -> list[Span]:
    """Spans inside quotation marks in one paragraph (see ``quote_marks``);
    with ``closed_only``, a quote left open does not count."""
    return [span for span, closed in quote_marks(text, para) if closed or not closed_only]


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "vs",
        "via",
        "into",
        "over",
        "it",
        "is",
    ]
)


def is_title_case(text: str, share: float = 0.75) -> bool:
    """At least ``share`` of the words, small words aside, capitalised (or
    figures): "Gunmen Attack Resort in Mali's Bamako"."""
    words = [w for w in re.findall(r"\w[\w’'.-]*", text) if w.lower() not in _SMALL_WORDS]
    caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return bool(words) and len(caps) / len(words) >= share


# A sentence's end at the end of a text, closing marks after it.
_ENDS_SENTENCE = lazy_re(r"[.!?…:;]['\"”’)\]]*\s*$")


def ends_sentence(text: str) -> bool:
    return _ENDS_SENTENCE.search(text) is not None


def unended_line(text: str) -> bool:
    """One line with no sentence end: a title, a caption or a list item."""
    return "\n" not in text.strip() and not ends_sentence(text)


def inside_any(offset: int, spans: list[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)


# Words a title shares with any text: they say nothing about its subject.
_NOT_CONTENT = _SMALL_WORDS | {"what", "how", "why", "when", "where", "who", "which", "your", "you", "our"}
_NOT_CONTENT |= {"their", "its", "his", "her", "this", "that", "these", "those", "are", "was", "can", "will"}


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w’'-]*", text.lower()) if len(w) >= 3 and w not in _NOT_CONTENT]


def echoes(line: str, context: str, share: float = 0.5) -> bool:
    """Whether at least ``share`` of the line's content words recur in
    ``context``: a subheading or a deck repeats the story's words ("Brydge
    Pro Keyboard for iPad Pro" over a paragraph about the Brydge keyboard);
    another story's headline or page furniture does not. Long words match on
    their first five letters, so "Blacks" echoes "black" and "Fulham's"
    echoes "Fulham", and a plural echoes its singular ("Lens", "lenses")."""
    words = _content_words(line)
    if not words:
        return False
    seen = set(_content_words(context))
    stems = {w[:5] for w in seen if len(w) >= 5}
    hits = sum(
        w in seen or w + "s" in seen or w + "es" in seen or (len(w) >= 5 and w[:5] in stems) for w in words
    )
    return hits / len(words) >= share


# A sentence end with no space before the next capitalised word: "capital.Gunmen",
# with the closing quote before the stop as well as after it ('"my life".Abba reunite'),
# before a name with an apostrophe or a hyphen ("online.O'Gara revels", "waste.E-University").
_GLUED = lazy_re(
    r"(?<=[a-z0-9%][a-z0-9%])(?:['\"”’)](?=[.!?]))?[.!?]['\"”’)]?(?=[A-Z](?:[A-Za-z]|['’-][A-Z][a-z]))"
)
_WORD_BEFORE = lazy_re(r"[A-Za-z]+$")
# Where the glued text ends: the line's end or the next sentence end.
_GLUED_END = lazy_re(r"[.!?](?=\s)|\n|$")
# "Bungie.Org,", "Amazon.Com", "site.Com/", "Boohoo.Com (LON:BOO)", "Pravda.Ru",
# "Sarah.Needleman@wsj.com": an address, not glued text.
_DOMAIN = lazy_re(
    r"[A-Z][A-Za-z]+(?:\.(?:[a-z]{2,}|[A-Z][a-z]{1,2}\b)|/|@)|[A-Z][a-z]{1,3}[,;)]"
    r"|(?:Com|Org|Net|Ru|Co|Uk|Io|Info|News|Gov|Edu)\b(?![ \t]+[a-z])"
)


# Inside a web address: "www.LisaHaven.News", "https://Site.Com/Page".
_IN_ADDRESS = lazy_re(r"(?i)(?:\bwww|://)\S*$")


def _title_stop(text: str, start: int, at: int, initials: bool = False) -> bool:
    """The mark at ``at`` follows a title ("Dr.", "Sens.") or, with
    ``initials``, a name's initial ("Zach C. Miller"), not a sentence's end."""
    word = _WORD_BEFORE.search(text, start, at)
    if word is None:
        return False
    initial = initials and len(word.group()) == 1 and word.group().isupper() and word.start() > start
    return initial or word.group().lower() in TITLE_ABBREVIATIONS


def glued_text(text: str) -> Iterator[tuple[int, Span, bool]]:
    """Text run onto a sentence end without a space, as ``(mark, span,
    sentence)``: the offset of the sentence's closing mark, the glued text up
    to its line's end or its own sentence end, and whether that text is a
    whole sentence in running prose (it ends with a full stop and is not
    title case: "dangerous.The man clearly has ...") rather than a headline,
    caption or credit ("capital.Gunmen Attack Resort in Mali's Bamako")."""
    for m in _GLUED.finditer(text):
        start = m.end()
        if _DOMAIN.match(text, start) or _IN_ADDRESS.search(text, max(0, m.start() - 80), m.start()):
            continue
        end = _GLUED_END.search(text, start + 1)
        # "cow.Dr. Andrew Kolodny, a supporter of ...", "supply.Zach C. Miller was raised": a
        # title's or an initial's full stop ends no sentence.
        while (
            end and text.startswith(".", end.start()) and _title_stop(text, start, end.start(), initials=True)
        ):
            end = _GLUED_END.search(text, end.end())
        stop = end.start() if end else len(text)
        if end and end.start() < len(text) and text[end.start()] in ".!?":
            stop += 1
        glued = text[start:stop].rstrip("'\"”’) ")
        if _title_stop(text, max(0, m.start() - 12), m.start()):
            yield m.start(), Span(start, stop), True  # "Sens.Ted Cruz": a missing space, in prose
            continue
        # A question or exclamation as long as a sentence is one ("Turkey.Theyre
        # massacring civilians, ... ?"); a short one is a headline ("Is this the end?").
        ends = glued.endswith(".") or (glued.endswith(("?", "!")) and len(glued.split()) >= 8)
        yield m.start(), Span(start, stop), ends and not is_title_case(glued)
