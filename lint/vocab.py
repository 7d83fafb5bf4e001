"""House vocabulary and the archive lexicon.

Files hold one term per line, ``#`` comments (Vale's ``accept.txt`` /
``reject.txt`` layout). A file named ``reject*.txt`` is a reject list, and a
``wrong -> right`` line is a rejection with the house form. A learned lexicon
(``copydesk vocab learn``) adds a tab and the count: ``Barkhane<TAB>12``.
A directory given as a vocabulary is read as ``accept.txt`` + ``reject.txt``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.errors import InputError

if TYPE_CHECKING:
    from copydesk.article import Article

LEARNED_HEADER = "# copydesk vocabulary"


@dataclass
class Vocabulary:
    """Accepted terms (with counts, for ranking) and rejected ones."""

    accepted: Counter[str] = field(default_factory=Counter)
    rejected: dict[str, str | None] = field(default_factory=dict)
    _lower: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def add(self, term: str, count: int = 1) -> None:
        self.accepted[term] += count
        self._lower.setdefault(term.lower(), set()).add(term)

    def knows(self, word: str) -> bool:
        """Accepted as written; a lower-case entry also accepts capitalised uses."""
        return word in self.accepted or (word.lower() in self.accepted and not word.islower())

    def forms(self, lower: str) -> set[str]:
        return self._lower.get(lower, set())

    def terms(self) -> list[str]:
        return list(self.accepted)

    def __bool__(self) -> bool:
        return bool(self.accepted or self.rejected)

    @classmethod
    def load(cls, paths: Sequence[Path]) -> Vocabulary:
        vocab = cls()
        for path in paths:
            if path.is_dir():
                for name in ("accept.txt", "reject.txt"):
                    if (path / name).is_file():
                        vocab._read(path / name)
            else:
                vocab._read(path)
        return vocab

    def _read(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read vocabulary ({exc})") from None
        rejecting = path.name.lower().startswith("reject")
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "->" in line:
                wrong, _, right = (part.strip() for part in line.partition("->"))
                if not wrong or not right:
                    raise InputError(f"{path}:{number}: expected 'wrong -> right', got {line!r}")
                self.rejected[wrong] = right
                self.add(right)
                continue
            term, _, count = line.partition("\t")
            term = term.strip()
            try:
                n = int(count) if count.strip() else 1
            except ValueError:
                raise InputError(f"{path}:{number}: count {count.strip()!r} is not a number") from None
            if rejecting:
                self.rejected[term] = None
            else:
                self.add(term, n)


def write_learned(counts: Counter[str], articles: int, out: Path) -> None:
    lines = [f"{LEARNED_HEADER}: learned from {articles} articles (term<TAB>count)"]
    lines += [f"{term}\t{n}" for term, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def learn(articles: Iterable[Article], min_count: int = 2) -> Counter[str]:
    """The names and rare words an archive has printed, with counts: every
    form the general lexicon does not know as common English."""
    from copydesk.spelling import COMMON_ZIPF, iter_words, zipf

    counts: Counter[str] = Counter()
    for article in articles:
        for word in iter_words(article):
            text = word.text
            if len(text) < 3 or (word.initial and zipf(text) >= COMMON_ZIPF):
                continue
            if zipf(text) < COMMON_ZIPF:
                counts[text] += 1
    return Counter({t: n for t, n in counts.items() if n >= min_count})
