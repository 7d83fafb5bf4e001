"""The attribute ruler's matching by table lookup.

spaCy's attribute ruler maps each tagged token to its part of speech and
morphology with about 180 Matcher patterns, nearly all of one token ("TAG
is VBZ", "LOWER is 'ai' and TAG is VBP"). The Matcher tries every pattern
at every token, which costs about a tenth of a run. Here each pattern is
filed under a value its first token must have, so a token is checked only
against the patterns that can start there. Patterns with operators ("OP",
comparisons) or attributes not listed below stay with a Matcher of their
own. The matches, and so the annotations the ruler sets from them, are the
same as spaCy's: ``tests/test_nlp.py`` compares them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Token attributes a table entry may test, as spaCy names them in patterns:
# string-valued ones compare hashes, flags compare 0/1.
_STRINGS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")
_FLAGS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_UPPER", "IS_LOWER", "IS_TITLE")
# What a pattern may be filed under, most selective first.
_KEYS = ("LOWER", "ORTH", "NORM", "TAG", "DEP", *_FLAGS)

Test = Callable[[list[int]], bool]
# (pattern number, match id, tests of each token; the first token's filing value is not retested)
Entry = tuple[int, int, list[list[Test]]]
Match = tuple[int, int, int, int]  # pattern number, match id, start, end


def install(ruler: Any) -> None:
    """Make ``ruler`` (spaCy's AttributeRuler) match by table lookup."""
    ruler.match = TableMatch(ruler)


class TableMatch:
    """A drop-in for ``AttributeRuler.match``: (pattern number, match id,
    start, end) for every match, sorted as spaCy sorts them."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self._strings = ruler.vocab.strings
        self._rest = Matcher(ruler.vocab, validate=False)
        self._rest_count = 0
        self._columns: list[str] = []
        # column -> value -> entries filed under it; entries with no value to file under
        self._tables: dict[int, dict[int, list[Entry]]] = {}
        self._anywhere: list[Entry] = []
        for number, pattern in enumerate(ruler.patterns):
            match_id = self._strings.add(str(number))
            for tokens in pattern["patterns"]:
                if not self._file(number, match_id, tokens):
                    self._rest.add(str(number), [tokens])
                    self._rest_count += 1
        self._ids = [IDS[name] for name in self._columns]

    def _file(self, number: int, match_id: int, tokens: list[dict[str, Any]]) -> bool:
        """File a pattern in a table; False when it cannot be."""
        if not tokens or not all(tokens) or any(k not in _STRINGS + _FLAGS for t in tokens for k in t):
            return False
        first = tokens[0]
        key = next((k for k in _KEYS if k in first and _values(k, first[k]) is not None), None)
        tests: list[list[Test]] = []
        for token in tokens:
            tests.append([])
            for name, value in token.items():
                if token is first and name == key:
                    continue
                test = self._test(name, value)
                if test is None:
                    return False
                tests[-1].append(test)
        entry = (number, match_id, tests)
        if key is None:
            self._anywhere.append(entry)
            return True
        table = self._tables.setdefault(self._column(key), {})
        for value in self._hashes(key, _values(key, first[key]) or []):
            table.setdefault(value, []).append(entry)
        return True

    def _column(self, name: str) -> int:
        if name not in self._columns:
            self._columns.append(name)
        return self._columns.index(name)

    def _hashes(self, name: str, values: list[Any]) -> list[int]:
        return [int(v) for v in values] if name in _FLAGS else [self._strings.add(v) for v in values]

    def _test(self, name: str, value: Any) -> Test | None:
        """A test of one attribute on a token's row, or None when the value
        uses an operator this table does not know."""
        col = self._column(name)
        listed = _values(name, value)
        if listed is not None:
            hashes = frozenset(self._hashes(name, listed))
            return lambda row: row[col] in hashes
        if name in _FLAGS or not isinstance(value, dict) or len(value) != 1:
            return None
        op, arg = next(iter(value.items()))
        if op == "NOT_IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            hashes = frozenset(self._hashes(name, arg))
            return lambda row: row[col] not in hashes
        if op == "REGEX" and isinstance(arg, str):
            regex, strings = re.compile(arg), self._strings
            seen: dict[int, bool] = {}  # by hash: a text has few distinct words

            def search(row: list[int]) -> bool:
                value = row[col]
                if value not in seen:
                    seen[value] = regex.search(strings[value]) is not None
                return seen[value]

            return search
        return None

    def __call__(self, doc: Any) -> list[Match]:
        found: set[Match] = set()
        n = len(doc)
        if n and self._ids:
            rows = doc.to_array(self._ids).reshape(n, len(self._ids)).tolist()
            tables = list(self._tables.items())
            for i, row in enumerate(rows):
                for col, table in tables:
                    entries = table.get(row[col])
                    if entries:
                        _extend(entries, rows, i, found)
                _extend(self._anywhere, rows, i, found)
        if self._rest_count:
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self._strings[match_id]), match_id, start, end))
        return sorted(found)


def _extend(entries: list[Entry], rows: list[list[int]], i: int, found: set[Match]) -> None:
    """Add the entries that match at token ``i``."""
    for number, match_id, tests in entries:
        if len(tests) == 1:
            if all(t(rows[i]) for t in tests[0]):
                found.add((number, match_id, i, i + 1))
            continue
        end = i + len(tests)
        if end <= len(rows) and all(t(rows[i + k]) for k, token in enumerate(tests) for t in token):
            found.add((number, match_id, i, end))


def _values(name: str, value: Any) -> list[Any] | None:
    """The values an equality or IN test accepts."""
    if name in _FLAGS:
        return [value] if isinstance(value, bool) else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list):
        forms = value["IN"]
        if all(isinstance(v, str) for v in forms):
            return list(forms)
    return None
